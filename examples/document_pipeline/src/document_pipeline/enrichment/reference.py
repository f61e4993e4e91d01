"""The reference database: vendors, customers, purchase orders, contracts, filed invoices, tickets.

A SQLite file chosen by URL (`sqlite:///path/to/reference.db`, as Lamina's own database). Each
operation opens its own connection and closes it, so one `ReferenceDB` may be shared by threads,
and several agent processes may share the file (WAL).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from document_pipeline.enrichment.fixtures import (
    default_fixtures_path,
    load_fixtures,
    read_fixtures,
)
from document_pipeline.enrichment.names import (
    core_key,
    email_domain,
    name_key,
    number_key,
    vat_key,
)
from document_pipeline.enrichment.records import (
    Contract,
    Customer,
    FiledInvoice,
    PurchaseOrder,
    Ticket,
    Vendor,
)
from document_pipeline.enrichment.schema import connect, migrate

SCHEME = "sqlite:///"

_CONTRACT_COLUMNS = (
    "c.reference, c.title, c.start_date, c.end_date,"
    " coalesce(cu.name, v.name) AS party,"
    " CASE WHEN c.customer_id IS NULL THEN 'vendor' ELSE 'customer' END AS party_kind"
    " FROM contracts c LEFT JOIN customers cu ON cu.id = c.customer_id"
    " LEFT JOIN vendors v ON v.id = c.vendor_id"
)
_FILED_COLUMNS = (
    "idempotency_key AS key, vendor_id, vendor_name, invoice_number, total_minor, currency,"
    " filed_at_ms FROM filed_invoices"
)


def path_from_url(url: str) -> Path:
    """The file of a `sqlite:///path` URL; any other scheme is refused with the accepted form."""
    if not url.startswith(SCHEME) or url == SCHEME:
        raise ValueError(
            f"unsupported reference database URL {url!r}: use sqlite:///path/to/reference.db"
        )
    return Path(url.removeprefix(SCHEME))


class ReferenceDB:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.schema_version = 0
        self._closed = False

    @classmethod
    def open(cls, url: str) -> ReferenceDB:
        """Open (creating it if needed) the database at `url` and bring its schema up to date."""
        db = cls(path_from_url(url))
        db.path.parent.mkdir(parents=True, exist_ok=True)
        with db._connection() as conn:
            db.schema_version = migrate(conn)
        return db

    def close(self) -> None:
        """Refuse further use; connections are already closed after each operation."""
        self._closed = True

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        if self._closed:
            raise RuntimeError(f"reference database {self.path} is closed")
        with closing(connect(str(self.path))) as conn:
            yield conn

    def _one(self, sql: str, *params: object) -> sqlite3.Row | None:
        with self._connection() as conn:
            row: sqlite3.Row | None = conn.execute(sql, params).fetchone()
            return row

    def _all(self, sql: str, *params: object) -> list[sqlite3.Row]:
        with self._connection() as conn:
            return conn.execute(sql, params).fetchall()

    def seed(self, fixtures: Path | None = None) -> dict[str, int]:
        """Load a reference data file (the packaged one when None); never duplicates a row."""
        data = read_fixtures(fixtures or default_fixtures_path())
        with self._connection() as conn:
            return load_fixtures(conn, data)

    def count(self, table: str) -> int:
        if table not in {"vendors", "customers", "purchase_orders", "contracts",
                         "filed_invoices", "tickets"}:
            raise ValueError(f"no table {table!r} in the reference database")
        row = self._one(f"SELECT count(*) FROM {table}")
        return int(row[0]) if row else 0

    def find_vendor(self, name_or_vat: str) -> Vendor | None:
        """By VAT id, exact name, or name without legal form when that is unambiguous."""
        if not name_or_vat.strip():
            return None
        columns = "SELECT id, name, country, vat_id FROM vendors"
        row = self._one(f"{columns} WHERE vat_key = ? OR name_key = ?", vat_key(name_or_vat),
                        name_key(name_or_vat))
        if row is None:
            rows = self._all(f"{columns} WHERE core_key = ?", core_key(name_or_vat))
            row = rows[0] if len(rows) == 1 else None
        return Vendor(**dict(row)) if row else None

    def find_customer(self, name_or_email: str) -> Customer | None:
        """By e-mail address or domain (sub-domains included), or by name like `find_vendor`."""
        columns = "SELECT id, name, email_domain, tier FROM customers"
        domain = email_domain(name_or_email)
        if domain is not None:
            rows = self._all(f"{columns} WHERE email_domain IS NOT NULL AND (? = email_domain"
                             " OR ? LIKE '%.' || email_domain)", domain, domain)
        else:
            rows = self._all(f"{columns} WHERE name_key = ?", name_key(name_or_email))
            if not rows and name_or_email.strip():
                rows = self._all(f"{columns} WHERE core_key = ?", core_key(name_or_email))
        return Customer(**dict(rows[0])) if len(rows) == 1 else None

    def find_purchase_order(self, number: str) -> PurchaseOrder | None:
        row = self._one(
            "SELECT p.number, p.vendor_id, v.name AS vendor_name, p.amount_minor, p.currency,"
            " p.status FROM purchase_orders p JOIN vendors v ON v.id = p.vendor_id"
            " WHERE p.number_key = ?", number_key(number))
        if row is None:
            return None
        values = dict(row)
        amount = values.pop("amount_minor") / 100
        return PurchaseOrder(amount=amount, **values)

    def contracts_for(self, party: str) -> list[Contract]:
        """The contracts with a known customer or vendor of that name, oldest first."""
        customer, vendor = self.find_customer(party), self.find_vendor(party)
        rows = self._all(
            f"SELECT {_CONTRACT_COLUMNS} WHERE c.customer_id = ? OR c.vendor_id = ?"
            " ORDER BY c.start_date, c.reference",
            customer.id if customer else None, vendor.id if vendor else None)
        return [Contract(**dict(row)) for row in rows]

    def open_tickets_for(self, customer_id: int) -> list[Ticket]:
        rows = self._all(
            "SELECT reference, customer_id, product, subject, severity, status FROM tickets"
            " WHERE customer_id = ? AND status = 'open' ORDER BY reference", customer_id)
        return [Ticket(**dict(row)) for row in rows]

    def _vendor_identity(self, vendor: int | str) -> tuple[int | None, str, str]:
        """(vendor id, comparison key, display name): known vendors compare by id-backed key."""
        if isinstance(vendor, int):
            row = self._one("SELECT id, name, name_key FROM vendors WHERE id = ?", vendor)
            if row is None:
                raise ValueError(f"no vendor with id {vendor}")
            return int(row["id"]), str(row["name_key"]), str(row["name"])
        known = self.find_vendor(vendor)
        if known is not None:
            return known.id, name_key(known.name), known.name
        return None, name_key(vendor), vendor.strip()

    def find_filed_invoice(self, vendor: int | str, invoice_number: str) -> FiledInvoice | None:
        """The first filing of this vendor's invoice number: a new copy is a duplicate."""
        _, key, _ = self._vendor_identity(vendor)
        row = self._one(f"SELECT {_FILED_COLUMNS} WHERE vendor_key = ? AND number_key = ?"
                        " ORDER BY id LIMIT 1", key, number_key(invoice_number))
        return _filed(row) if row else None

    def record_filed_invoice(self, vendor: int | str, invoice_number: str, total: float | None,
                             currency: str | None, key: str) -> FiledInvoice:
        """Remember a filed invoice; recording the same idempotency key again changes nothing."""
        if not invoice_number.strip() or not key:
            raise ValueError("a filed invoice needs an invoice number and an idempotency key")
        vendor_id, vendor_key, vendor_name = self._vendor_identity(vendor)
        total_minor = None if total is None else round(float(total) * 100)
        with self._connection() as conn:
            conn.execute(
                "INSERT INTO filed_invoices (idempotency_key, vendor_id, vendor_key, vendor_name,"
                " invoice_number, number_key, total_minor, currency, filed_at_ms)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
                (key, vendor_id, vendor_key, vendor_name, invoice_number.strip(),
                 number_key(invoice_number), total_minor, currency, time.time_ns() // 1_000_000))
            row = conn.execute(f"SELECT {_FILED_COLUMNS} WHERE idempotency_key = ?",
                               (key,)).fetchone()
        return _filed(row)


def _filed(row: sqlite3.Row) -> FiledInvoice:
    values = dict(row)
    minor = values.pop("total_minor")
    return FiledInvoice(total=None if minor is None else minor / 100, **values)
