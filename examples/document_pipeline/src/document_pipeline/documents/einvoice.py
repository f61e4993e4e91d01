"""Structured e-invoices embedded in PDFs: Factur-X / ZUGFeRD (CII) and XRechnung (CII or UBL).

Parsed with the standard library; documents with a DOCTYPE or entity declarations are refused,
which closes the doors that XML bombs and external entities come through.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

EINVOICE_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "zugferd.xml")
MAX_XML_BYTES = 5 * 1024 * 1024
UNSAFE_XML = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "ubl": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"


class EInvoiceError(ValueError):
    """The embedded XML is not an invoice this module can read; the message says why."""


def is_einvoice_name(name: str) -> bool:
    return name.lower().rsplit("/", 1)[-1] in EINVOICE_NAMES


def parse_einvoice(data: bytes) -> dict[str, Any]:
    """Invoice fields from CII or UBL XML: invoice_number, vendor, total, currency, dates..."""
    if len(data) > MAX_XML_BYTES:
        raise EInvoiceError(f"XML too large: {len(data)} bytes (limit {MAX_XML_BYTES})")
    if UNSAFE_XML.search(data):
        raise EInvoiceError("XML with DOCTYPE or ENTITY declarations refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise EInvoiceError(f"malformed XML: {error}") from None
    if root.tag == f"{{{NS['rsm']}}}CrossIndustryInvoice":
        return _parse_cii(root)
    if root.tag == f"{{{NS['ubl']}}}Invoice":
        return _parse_ubl(root)
    raise EInvoiceError(f"not a CII or UBL invoice: root element {root.tag}")


def _text(node: ET.Element, path: str) -> str | None:
    found = node.find(path, NS)
    if found is None or found.text is None or not found.text.strip():
        return None
    return found.text.strip()


def _amount(node: ET.Element, path: str) -> float | None:
    value = _text(node, path)
    try:
        return round(float(value), 2) if value is not None else None
    except ValueError:
        return None


def _cii_date(node: ET.Element, path: str) -> str | None:
    value = _text(node, path)
    if value is None or not re.fullmatch(r"\d{8}", value):
        return value
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _parse_cii(root: ET.Element) -> dict[str, Any]:
    seller = f"{AGREEMENT}/ram:SellerTradeParty"
    totals = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    total = _amount(root, f"{totals}/ram:GrandTotalAmount")
    return {
        "invoice_number": _text(root, "rsm:ExchangedDocument/ram:ID"),
        "vendor": _text(root, f"{seller}/ram:Name"),
        "total": total if total is not None else _amount(root, f"{totals}/ram:DuePayableAmount"),
        "currency": _text(root, f"{SETTLEMENT}/ram:InvoiceCurrencyCode"),
        "date": _cii_date(root, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"),
        "due_date": _cii_date(
            root, f"{SETTLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/"
            "udt:DateTimeString"),
        "purchase_order": _text(
            root, f"{AGREEMENT}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
        "vat_id": _text(root, f"{seller}/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
        "line_items": [_cii_line(item) for item in root.iterfind(
            "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem", NS)],
    }


def _cii_line(item: ET.Element) -> dict[str, Any]:
    quantity = _amount(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")
    return {
        "description": _text(item, "ram:SpecifiedTradeProduct/ram:Name"),
        "quantity": quantity,
        "unit_price": _amount(
            item, "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"),
        "amount": _amount(item, "ram:SpecifiedLineTradeSettlement/"
                          "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"),
    }


def _parse_ubl(root: ET.Element) -> dict[str, Any]:
    party = "cac:AccountingSupplierParty/cac:Party"
    vendor = _text(root, f"{party}/cac:PartyLegalEntity/cbc:RegistrationName") or _text(
        root, f"{party}/cac:PartyName/cbc:Name")
    total = _amount(root, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")
    return {
        "invoice_number": _text(root, "cbc:ID"),
        "vendor": vendor,
        "total": total if total is not None else _amount(
            root, "cac:LegalMonetaryTotal/cbc:PayableAmount"),
        "currency": _text(root, "cbc:DocumentCurrencyCode"),
        "date": _text(root, "cbc:IssueDate"),
        "due_date": _text(root, "cbc:DueDate"),
        "purchase_order": _text(root, "cac:OrderReference/cbc:ID"),
        "vat_id": _text(root, f"{party}/cac:PartyTaxScheme/cbc:CompanyID"),
        "line_items": [
            {
                "description": _text(line, "cac:Item/cbc:Name"),
                "quantity": _amount(line, "cbc:InvoicedQuantity"),
                "unit_price": _amount(line, "cac:Price/cbc:PriceAmount"),
                "amount": _amount(line, "cbc:LineExtensionAmount"),
            }
            for line in root.iterfind("cac:InvoiceLine", NS)
        ],
    }
