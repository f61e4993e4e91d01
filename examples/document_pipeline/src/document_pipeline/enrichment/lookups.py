"""The business context of each document type, looked up in the reference database."""

from __future__ import annotations

from typing import Any

from document_pipeline.enrichment.records import Contract, Customer, Vendor
from document_pipeline.enrichment.reference import ReferenceDB

# Totals agree when they differ by at most a cent (rounding in the sender's system).
TOTAL_TOLERANCE = 0.01


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _amount(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def find_invoice_vendor(db: ReferenceDB, fields: dict[str, Any]) -> Vendor | None:
    """The VAT id identifies a vendor better than a name read from a letterhead."""
    for candidate in (_text(fields.get("vat_id")), _text(fields.get("vendor"))):
        vendor = db.find_vendor(candidate) if candidate else None
        if vendor is not None:
            return vendor
    return None


def invoice_context(
    db: ReferenceDB, fields: dict[str, Any], seen_key: str | None = None
) -> dict[str, Any]:
    vendor = find_invoice_vendor(db, fields)
    return {
        "vendor": _vendor_block(vendor, _text(fields.get("vendor"))),
        "purchase_order": _purchase_order_block(db, fields, vendor),
        "duplicate": _duplicate_block(db, fields, vendor, seen_key),
    }


def _vendor_block(vendor: Vendor | None, extracted: str | None) -> dict[str, Any]:
    if vendor is None:
        return {"known": False, "id": None, "name": extracted, "country": None, "vat_id": None}
    return {"known": True, **vendor.to_dict()}


def _purchase_order_block(
    db: ReferenceDB, fields: dict[str, Any], vendor: Vendor | None
) -> dict[str, Any]:
    number = _text(fields.get("purchase_order"))
    order = db.find_purchase_order(number) if number else None
    if order is None:
        return {"number": number, "found": False, "vendor_matches": False, "amount": None,
                "currency": None, "currency_matches": False, "total_matches": False,
                "status": None}
    total = _amount(fields.get("total"))
    currency = _text(fields.get("currency"))
    currency_matches = currency is not None and currency.upper() == order.currency
    return {
        "number": order.number,
        "found": True,
        "vendor_matches": vendor is not None and vendor.id == order.vendor_id,
        "vendor_name": order.vendor_name,
        "amount": order.amount,
        "currency": order.currency,
        "currency_matches": currency_matches,
        "total_matches": currency_matches and total is not None
        and abs(total - order.amount) <= TOTAL_TOLERANCE + 1e-9,
        "status": order.status,
    }


def _duplicate_block(
    db: ReferenceDB, fields: dict[str, Any], vendor: Vendor | None, seen_key: str | None
) -> dict[str, Any]:
    number = _text(fields.get("invoice_number"))
    if number is None:
        return {"is_duplicate": False, "first_filed_key": None, "checked": False}
    identity: int | str = vendor.id if vendor else _text(fields.get("vendor")) or ""
    if seen_key:
        # The first row for this invoice wins: writes to the database are serialised.
        db.record_filed_invoice(identity, number, _amount(fields.get("total")),
                                _text(fields.get("currency")), seen_key)
    filed = db.find_filed_invoice(identity, number)
    if filed is not None and filed.key == seen_key:
        filed = None
    return {
        "is_duplicate": filed is not None,
        "first_filed_key": filed.key if filed else None,
        "first_filed_at_ms": filed.filed_at_ms if filed else None,
        "checked": True,
    }


def contract_context(db: ReferenceDB, fields: dict[str, Any]) -> dict[str, Any]:
    """Who the parties are to us, their contracts, and the one covering this document if any."""
    names = [n for n in (_text(p) for p in fields.get("parties") or []) if n]
    parties: list[dict[str, Any]] = []
    contracts: list[Contract] = []
    for name in names:
        customer, vendor = db.find_customer(name), db.find_vendor(name)
        parties.append(_party_block(name, customer, vendor))
        if customer or vendor:
            contracts.extend(c for c in db.contracts_for(name) if c not in contracts)
    effective = _text(fields.get("effective_date"))
    covering = next((c for c in contracts if effective and c.in_force_on(effective)), None)
    return {
        "parties": parties,
        "known_customers": [p["customer"]["name"] for p in parties if p["customer"]],
        "known_vendors": [p["vendor"]["name"] for p in parties if p["vendor"]],
        "existing_contracts": [c.to_dict() for c in contracts],
        "covering_contract": _covering_block(covering, effective),
    }


def _party_block(name: str, customer: Customer | None, vendor: Vendor | None) -> dict[str, Any]:
    return {
        "name": name,
        "customer": customer.to_dict() if customer else None,
        "vendor": vendor.to_dict() if vendor else None,
    }


def _covering_block(contract: Contract | None, effective: str | None) -> dict[str, Any] | None:
    if contract is None:
        return None
    return {**contract.to_dict(), "in_force_on": effective}


def ticket_context(db: ReferenceDB, fields: dict[str, Any]) -> dict[str, Any]:
    customer = None
    for candidate in (_text(fields.get("customer_email")), _text(fields.get("customer"))):
        customer = db.find_customer(candidate) if candidate else None
        if customer is not None:
            break
    tickets = db.open_tickets_for(customer.id) if customer else []
    product = (_text(fields.get("product")) or "").lower()
    return {
        "customer": {"known": True, **customer.to_dict()} if customer else
        {"known": False, "id": None, "name": _text(fields.get("customer")), "tier": None},
        "open_tickets": len(tickets),
        "open_tickets_same_product": sum(t.product.lower() == product for t in tickets),
        "open_ticket_references": [t.reference for t in tickets],
    }
