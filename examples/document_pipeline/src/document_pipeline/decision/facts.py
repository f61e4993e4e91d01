"""The facts the rules read: a flat dict built from the classification and the enrichment.

`FACTS` names every fact a rule may use, with its kind and meaning; the rules file is checked
against it, so a misspelt fact is an error at load time rather than a rule that never fires.
A fact whose value is unknown is absent from the dict (the `missing` operator tests for it).
"""

from __future__ import annotations

import re
from typing import Any, Literal

Kind = Literal["text", "number", "yes/no", "list"]

FACTS: dict[str, tuple[Kind, str]] = {
    "type": ("text", "invoice, contract, support_ticket or other"),
    "confidence": ("number", "the classifier's confidence in the type, 0..1"),
    "classified_by": ("text", "offline, or llm:<provider>:<model>"),
    "document.name": ("text", "the file name"),
    "problems": ("list", "why the text is missing or unreliable (e.g. 'encrypted PDF')"),
    "text.empty": ("yes/no", "no text could be read from the document"),
    "invoice.number": ("text", "the invoice number"),
    "invoice.vendor": ("text", "the vendor name as written on the invoice"),
    "invoice.total": ("number", "the invoice total"),
    "invoice.currency": ("text", "ISO 4217 code of the total"),
    "invoice.date": ("text", "invoice date, yyyy-mm-dd"),
    "invoice.due_date": ("text", "due date, yyyy-mm-dd"),
    "invoice.purchase_order": ("text", "the purchase order number quoted on the invoice"),
    "invoice.vat_id": ("text", "the vendor's VAT id as written on the invoice"),
    "invoice.line_items": ("number", "how many line items were read"),
    "vendor.known": ("yes/no", "the vendor is in the vendor register"),
    "vendor.name": ("text", "the vendor's name in the register"),
    "vendor.country": ("text", "the vendor's country in the register"),
    "po.found": ("yes/no", "the quoted purchase order exists"),
    "po.number": ("text", "the purchase order's number"),
    "po.vendor": ("text", "the vendor the purchase order was issued to"),
    "po.vendor_matches": ("yes/no", "the purchase order was issued to this invoice's vendor"),
    "po.amount": ("number", "the purchase order's amount"),
    "po.currency": ("text", "the purchase order's currency"),
    "po.currency_matches": ("yes/no", "invoice and purchase order have the same currency"),
    "po.total_matches": ("yes/no", "same currency and totals within 0.01"),
    "po.status": ("text", "open, closed or cancelled"),
    "duplicate": ("yes/no", "this vendor's invoice number was filed before"),
    "duplicate.first_filed_key": ("text", "the filing key of the earlier copy"),
    "contract.parties": ("list", "the parties named in the contract"),
    "contract.effective_date": ("text", "yyyy-mm-dd"),
    "contract.expiration_date": ("text", "yyyy-mm-dd"),
    "contract.term": ("text", "e.g. 24 months"),
    "contract.governing_law": ("text", "e.g. England and Wales"),
    "contract.known_customers": ("list", "parties that are known customers"),
    "contract.known_vendors": ("list", "parties that are known vendors"),
    "contract.known_parties": ("list", "parties that are known customers or vendors"),
    "contract.existing_contracts": ("number", "how many contracts we have with the parties"),
    "contract.covered": ("yes/no", "an existing contract with a party is in force on the"
                                   " effective date"),
    "contract.covering_contract": ("text", "reference and title of that contract"),
    "ticket.customer": ("text", "the customer as written on the ticket"),
    "ticket.severity": ("text", "low, medium, high or critical"),
    "ticket.category": ("text", "billing, bug, access, feature_request or other"),
    "ticket.product": ("text", "the product the ticket is about"),
    "ticket.order_number": ("text", "the order number quoted"),
    "customer.known": ("yes/no", "the ticket's customer is a known customer"),
    "customer.name": ("text", "the customer's name in the register"),
    "customer.tier": ("text", "standard, silver, gold or platinum"),
    "customer.open_tickets": ("number", "the customer's open tickets"),
    "external.configured": ("yes/no", "an external company-context API is configured"),
    "external.available": ("yes/no", "the external API answered"),
    "external.error": ("text", "why the external API did not answer"),
    "external.sanctioned": ("yes/no", "a company of the document is on a sanctions list"),
    "external.sanctioned_names": ("list", "the sanctioned companies"),
    "external.inactive_names": ("list", "companies whose registration is not active"),
}


def _content(text: str) -> str:
    """The text a document says something with: an e-mail's subject and sender lines alone
    (its body empty, its attachments unreadable) say nothing to act on."""
    return re.sub(r"\A(?:(?:Subject|From): .*(?:\n|\Z))+", "", text).strip()


def build_facts(classification: dict[str, Any], enrichment: dict[str, Any]) -> dict[str, Any]:
    """The facts of one document; unknown values are left out."""
    document = classification.get("document") or {}
    fields = classification.get("fields") or {}
    facts: dict[str, Any] = {
        "type": classification.get("type"),
        "confidence": classification.get("confidence"),
        "classified_by": classification.get("classified_by"),
        "document.name": document.get("name"),
        "problems": list(document.get("problems") or []),
        "text.empty": not _content(str(classification.get("text_excerpt") or "")),
    }
    kind = classification.get("type")
    if kind == "invoice":
        facts.update(_invoice_facts(fields, enrichment))
    elif kind == "contract":
        facts.update(_contract_facts(fields, enrichment))
    elif kind == "support_ticket":
        facts.update(_ticket_facts(fields, enrichment))
    facts.update(_external_facts(enrichment.get("external") or {}))
    return {k: v for k, v in facts.items() if v is not None}


def _prefixed(prefix: str, values: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {f"{prefix}.{name}": values.get(name) for name in names}


def _invoice_facts(fields: dict[str, Any], enrichment: dict[str, Any]) -> dict[str, Any]:
    vendor = enrichment.get("vendor") or {}
    order = enrichment.get("purchase_order") or {}
    duplicate = enrichment.get("duplicate") or {}
    names = ("number", "vendor", "total", "currency", "date", "due_date", "purchase_order",
             "vat_id")
    facts = _prefixed("invoice", {**fields, "number": fields.get("invoice_number")}, names)
    items = fields.get("line_items")
    facts["invoice.line_items"] = len(items) if isinstance(items, list) else None
    facts.update({"vendor.known": bool(vendor.get("known")), "vendor.name": vendor.get("name"),
                  "vendor.country": vendor.get("country")})
    facts.update(_prefixed("po", order, ("found", "number", "vendor_matches", "amount",
                                         "currency", "currency_matches", "total_matches",
                                         "status")))
    facts["po.vendor"] = order.get("vendor_name")
    facts["duplicate"] = bool(duplicate.get("is_duplicate"))
    facts["duplicate.first_filed_key"] = duplicate.get("first_filed_key")
    return facts


def _contract_facts(fields: dict[str, Any], enrichment: dict[str, Any]) -> dict[str, Any]:
    covering = enrichment.get("covering_contract")
    customers = list(enrichment.get("known_customers") or [])
    vendors = list(enrichment.get("known_vendors") or [])
    facts = _prefixed("contract", fields, ("effective_date", "expiration_date", "term",
                                           "governing_law"))
    facts.update({
        "contract.parties": list(fields.get("parties") or []),
        "contract.known_customers": customers,
        "contract.known_vendors": vendors,
        "contract.known_parties": list(dict.fromkeys(customers + vendors)),
        "contract.existing_contracts": len(enrichment.get("existing_contracts") or []),
        "contract.covered": covering is not None,
        "contract.covering_contract":
            f"{covering['reference']} ({covering['title']})" if covering else None,
    })
    return facts


def _ticket_facts(fields: dict[str, Any], enrichment: dict[str, Any]) -> dict[str, Any]:
    customer = enrichment.get("customer") or {}
    facts = _prefixed("ticket", fields, ("customer", "severity", "category", "product",
                                         "order_number"))
    facts.update({"customer.known": bool(customer.get("known")),
                  "customer.name": customer.get("name"), "customer.tier": customer.get("tier"),
                  "customer.open_tickets": enrichment.get("open_tickets")})
    return facts


def _external_facts(external: dict[str, Any]) -> dict[str, Any]:
    companies = [c for c in external.get("companies") or [] if isinstance(c, dict)]
    available = bool(external.get("available"))
    return {
        # No block at all means the enrichment ran without an external API.
        "external.configured": bool(external) and external.get("configured", True) is not False,
        "external.available": available,
        "external.error": external.get("error"),
        "external.sanctioned": bool(external.get("sanctioned")) if available else None,
        "external.sanctioned_names": [c.get("name") for c in companies if c.get("sanctioned")],
        "external.inactive_names": [
            c.get("name") for c in companies
            if c.get("found", True) and c.get("registration_status", "active") != "active"
        ],
    }
