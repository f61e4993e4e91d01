"""The reference data file (YAML): its validation and its idempotent loading.

Every row has a natural key (a name, a number, a reference), and loading upserts on it, so
loading the same file twice, or a corrected file, never duplicates a row. Rows that a newer
file leaves out are kept: filed invoices and contracts may still refer to them.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from document_pipeline.enrichment.names import core_key, name_key, number_key, vat_key


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VendorRow(_Strict):
    name: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    vat_id: str | None = None


class CustomerRow(_Strict):
    name: str = Field(min_length=1)
    email_domain: str | None = None
    tier: Literal["standard", "silver", "gold", "platinum"]


class PurchaseOrderRow(_Strict):
    number: str = Field(min_length=1)
    vendor: str
    amount: float = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    status: Literal["open", "closed", "cancelled"] = "open"


class ContractRow(_Strict):
    reference: str = Field(min_length=1)
    title: str
    customer: str | None = None
    vendor: str | None = None
    start_date: date
    end_date: date | None = None


class TicketRow(_Strict):
    reference: str = Field(min_length=1)
    customer: str
    product: str
    subject: str
    severity: Literal["low", "medium", "high", "critical"]
    status: Literal["open", "closed"] = "open"


class ReferenceData(_Strict):
    vendors: list[VendorRow] = []
    customers: list[CustomerRow] = []
    purchase_orders: list[PurchaseOrderRow] = []
    contracts: list[ContractRow] = []
    tickets: list[TicketRow] = []


def default_fixtures_path() -> Path:
    return Path(str(resources.files("document_pipeline") / "data" / "reference.yaml"))


def read_fixtures(path: Path) -> ReferenceData:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return ReferenceData.model_validate(raw)
    except OSError as error:
        raise ValueError(f"cannot read reference data {path}: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise ValueError(f"reference data {path} is not valid YAML: {error}") from None
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise ValueError(f"reference data {path} is invalid: {problems}") from None


def load_fixtures(conn: sqlite3.Connection, data: ReferenceData) -> dict[str, int]:
    """Upsert every row in one transaction; returns how many rows of each kind the file has."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for vendor in data.vendors:
            _upsert_vendor(conn, vendor)
        for customer in data.customers:
            _upsert_customer(conn, customer)
        for order in data.purchase_orders:
            _upsert_purchase_order(conn, order)
        for contract in data.contracts:
            _upsert_contract(conn, contract)
        for ticket in data.tickets:
            _upsert_ticket(conn, ticket)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {kind: len(rows) for kind, rows in data.model_dump().items()}


def _upsert_vendor(conn: sqlite3.Connection, row: VendorRow) -> None:
    conn.execute(
        "INSERT INTO vendors (name, name_key, core_key, vat_key, vat_id, country)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET name = excluded.name,"
        " core_key = excluded.core_key, vat_key = excluded.vat_key, vat_id = excluded.vat_id,"
        " country = excluded.country",
        (row.name, name_key(row.name), core_key(row.name),
         vat_key(row.vat_id) if row.vat_id else None, row.vat_id, row.country),
    )


def _upsert_customer(conn: sqlite3.Connection, row: CustomerRow) -> None:
    domain = row.email_domain.lower() if row.email_domain else None
    conn.execute(
        "INSERT INTO customers (name, name_key, core_key, email_domain, tier)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name_key) DO UPDATE SET name = excluded.name,"
        " core_key = excluded.core_key, email_domain = excluded.email_domain,"
        " tier = excluded.tier",
        (row.name, name_key(row.name), core_key(row.name), domain, row.tier),
    )


def _party_id(conn: sqlite3.Connection, table: str, name: str, what: str) -> int:
    row = conn.execute(f"SELECT id FROM {table} WHERE name_key = ?", (name_key(name),)).fetchone()
    if row is None:
        raise ValueError(f"{what} names {name!r}, which is not one of the {table}")
    return int(row[0])


def _upsert_purchase_order(conn: sqlite3.Connection, row: PurchaseOrderRow) -> None:
    vendor_id = _party_id(conn, "vendors", row.vendor, f"purchase order {row.number}")
    conn.execute(
        "INSERT INTO purchase_orders (number, number_key, vendor_id, amount_minor, currency,"
        " status) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (number_key) DO UPDATE SET"
        " number = excluded.number, vendor_id = excluded.vendor_id,"
        " amount_minor = excluded.amount_minor, currency = excluded.currency,"
        " status = excluded.status",
        (row.number, number_key(row.number), vendor_id, round(row.amount * 100), row.currency,
         row.status),
    )


def _upsert_contract(conn: sqlite3.Connection, row: ContractRow) -> None:
    if (row.customer is None) == (row.vendor is None):
        raise ValueError(f"contract {row.reference} needs exactly one of customer or vendor")
    what = f"contract {row.reference}"
    customer_id = _party_id(conn, "customers", row.customer, what) if row.customer else None
    vendor_id = _party_id(conn, "vendors", row.vendor, what) if row.vendor else None
    conn.execute(
        "INSERT INTO contracts (reference, title, customer_id, vendor_id, start_date, end_date)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET"
        " title = excluded.title, customer_id = excluded.customer_id,"
        " vendor_id = excluded.vendor_id, start_date = excluded.start_date,"
        " end_date = excluded.end_date",
        (row.reference, row.title, customer_id, vendor_id, row.start_date.isoformat(),
         row.end_date.isoformat() if row.end_date else None),
    )


def _upsert_ticket(conn: sqlite3.Connection, row: TicketRow) -> None:
    customer_id = _party_id(conn, "customers", row.customer, f"ticket {row.reference}")
    conn.execute(
        "INSERT INTO tickets (reference, customer_id, product, subject, severity, status)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET"
        " customer_id = excluded.customer_id, product = excluded.product,"
        " subject = excluded.subject, severity = excluded.severity, status = excluded.status",
        (row.reference, customer_id, row.product, row.subject, row.severity, row.status),
    )
