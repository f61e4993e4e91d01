"""Structured e-invoices, embedded in PDFs or sent as XML: Factur-X / ZUGFeRD 2 and
XRechnung (CII), ZUGFeRD 1 (CrossIndustryDocument), and UBL invoices and credit notes
(XRechnung, Peppol BIS). A credit note's total is negative, as a person books it.

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
    "ublcn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "ferd": "urn:ferd:CrossIndustryDocument:invoice:1p0",
    "ram12": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
    "udt15": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
FERD_TRADE = "ferd:SpecifiedSupplyChainTradeTransaction"
FERD_SETTLEMENT = f"{FERD_TRADE}/ram12:ApplicableSupplyChainTradeSettlement"
UBL_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"
# UBL documents that bill: the rest (Order, DespatchAdvice, Catalogue, ...) do not.
UBL_INVOICES = {"Invoice", "CreditNote", "DebitNote", "SelfBilledInvoice",
                "SelfBilledCreditNote", "FreightInvoice"}
CEFACT_PREFIX = "urn:un:unece:uncefact:data:"
# UNTDID 1001 document types that credit the buyer: credit note, and its variants.
CREDIT_TYPES = {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}


class EInvoiceError(ValueError):
    """The embedded XML is not an invoice this module can read; the message says why."""


def is_einvoice_name(name: str) -> bool:
    return name.lower().rsplit("/", 1)[-1] in EINVOICE_NAMES


def parse_xml(data: bytes) -> ET.Element:
    """The root of a safe, well-formed XML document."""
    if len(data) > MAX_XML_BYTES:
        raise EInvoiceError(f"XML too large: {len(data)} bytes (limit {MAX_XML_BYTES})")
    if UNSAFE_XML.search(data):
        raise EInvoiceError("XML with DOCTYPE or ENTITY declarations refused")
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        raise EInvoiceError(f"malformed XML: {error}") from None


def parse_einvoice(data: bytes) -> dict[str, Any]:
    """Invoice fields from CII or UBL XML: invoice_number, vendor, total, currency, dates..."""
    return einvoice_fields(parse_xml(data))


def einvoice_fields(root: ET.Element) -> dict[str, Any]:
    if root.tag == f"{{{NS['rsm']}}}CrossIndustryInvoice":
        fields = _parse_cii(root)
    elif root.tag == f"{{{NS['ferd']}}}CrossIndustryDocument":
        fields = _parse_zugferd1(root)
    elif root.tag in (f"{{{NS['ubl']}}}Invoice", f"{{{NS['ublcn']}}}CreditNote"):
        fields = _parse_ubl(root)
    else:
        raise EInvoiceError(f"not a CII or UBL invoice: root element {root.tag}")
    if fields.pop("credit", False) and isinstance(fields.get("total"), float):
        fields["total"] = -abs(fields["total"])
    return fields


def is_einvoice(root: ET.Element) -> bool:
    return root.tag in (f"{{{NS['rsm']}}}CrossIndustryInvoice",
                        f"{{{NS['ferd']}}}CrossIndustryDocument",
                        f"{{{NS['ubl']}}}Invoice", f"{{{NS['ublcn']}}}CreditNote")


def declared_type(root: ET.Element) -> str | None:
    """The document type a business XML standard's root element declares: an e-invoice is an
    invoice; an order, despatch advice, catalogue or application response of UBL, CII or
    Order-X is "other"; XML of no standard known here declares nothing."""
    if is_einvoice(root):
        return "invoice"
    namespace, _, local = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", "")
    if namespace.startswith(UBL_PREFIX) and local not in UBL_INVOICES:
        return "other"
    if namespace.startswith(CEFACT_PREFIX) and "Invoice" not in local:
        return "other"
    return None


def einvoice_text(fields: dict[str, Any]) -> str:
    """An e-invoice as a person reads it: heading, parties, dates, lines and total."""
    credit = isinstance(fields.get("total"), float) and fields["total"] < 0
    currency = fields.get("currency") or ""
    lines = ["CREDIT NOTE" if credit else "INVOICE",
             f"Invoice number: {fields.get('invoice_number') or ''}",
             f"Seller: {fields.get('vendor') or ''}",
             f"Invoice date: {fields.get('date') or ''}"]
    if fields.get("due_date"):
        lines.append(f"Due date: {fields['due_date']}")
    if fields.get("purchase_order"):
        lines.append(f"Purchase order: {fields['purchase_order']}")
    if fields.get("vat_id"):
        lines.append(f"VAT ID: {fields['vat_id']}")
    for item in fields.get("line_items") or []:
        lines.append(f"{item.get('description') or ''}  {item.get('quantity') or ''}  "
                     f"{item.get('unit_price') or ''}  {item.get('amount') or ''}")
    if fields.get("total") is not None:
        lines.append(f"Total amount due: {fields['total']:.2f} {currency}".rstrip())
    return "\n".join(lines) + "\n"


def xml_text(root: ET.Element) -> str:
    """Any other XML as text: its root's name, then each value under its element's name
    ("Issue Date: 2024-01-31"), so a purchase order reads as one."""
    lines = [_words(root.tag)]
    for element in root.iter():
        value = (element.text or "").strip()
        if value and len(element) == 0:
            lines.append(f"{_words(element.tag)}: {value}")
    return "\n".join(lines) + "\n"


def _words(tag: str) -> str:
    """"{urn:...}DespatchAdviceLine" -> "Despatch Advice Line"."""
    local = tag.rsplit("}", 1)[-1]
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local)


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
    """"20240131" (format 102) as "2024-01-31"; any other form as written."""
    value = _text(node, path)
    if value is None or not re.fullmatch(r"\d{8}", value):
        return value
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def _parse_cii(root: ET.Element) -> dict[str, Any]:
    seller = f"{AGREEMENT}/ram:SellerTradeParty"
    totals = f"{SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    total = _amount(root, f"{totals}/ram:GrandTotalAmount")
    return {
        "credit": _text(root, "rsm:ExchangedDocument/ram:TypeCode") in CREDIT_TYPES,
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


def _parse_zugferd1(root: ET.Element) -> dict[str, Any]:
    agreement = f"{FERD_TRADE}/ram12:ApplicableSupplyChainTradeAgreement"
    totals = f"{FERD_SETTLEMENT}/ram12:SpecifiedTradeSettlementMonetarySummation"
    total = _amount(root, f"{totals}/ram12:GrandTotalAmount")
    seller = f"{agreement}/ram12:SellerTradeParty"
    return {
        "credit": _text(root, "ferd:HeaderExchangedDocument/ram12:TypeCode") in CREDIT_TYPES,
        "invoice_number": _text(root, "ferd:HeaderExchangedDocument/ram12:ID"),
        "vendor": _text(root, f"{seller}/ram12:Name"),
        "total": total if total is not None else _amount(root, f"{totals}/ram12:DuePayableAmount"),
        "currency": _text(root, f"{FERD_SETTLEMENT}/ram12:InvoiceCurrencyCode"),
        "date": _cii_date(root, "ferd:HeaderExchangedDocument/ram12:IssueDateTime/"
                          "udt15:DateTimeString"),
        "due_date": _cii_date(root, f"{FERD_SETTLEMENT}/ram12:SpecifiedTradePaymentTerms/"
                              "ram12:DueDateDateTime/udt15:DateTimeString"),
        "purchase_order": _text(
            root, f"{agreement}/ram12:BuyerOrderReferencedDocument/ram12:ID"),
        "vat_id": _text(root, f"{seller}/ram12:SpecifiedTaxRegistration/ram12:ID[@schemeID='VA']"),
        "line_items": [
            {
                "description": _text(item, "ram12:SpecifiedTradeProduct/ram12:Name"),
                "quantity": _amount(item, "ram12:SpecifiedSupplyChainTradeDelivery/"
                                    "ram12:BilledQuantity"),
                "unit_price": _amount(item, "ram12:SpecifiedSupplyChainTradeAgreement/"
                                      "ram12:NetPriceProductTradePrice/ram12:ChargeAmount"),
                "amount": _amount(item, "ram12:SpecifiedSupplyChainTradeSettlement/"
                                  "ram12:SpecifiedTradeSettlementMonetarySummation/"
                                  "ram12:LineTotalAmount"),
            }
            for item in root.iterfind(f"{FERD_TRADE}/ram12:IncludedSupplyChainTradeLineItem", NS)
        ],
    }


def _parse_ubl(root: ET.Element) -> dict[str, Any]:
    party = "cac:AccountingSupplierParty/cac:Party"
    vendor = _text(root, f"{party}/cac:PartyLegalEntity/cbc:RegistrationName") or _text(
        root, f"{party}/cac:PartyName/cbc:Name")
    total = _amount(root, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")
    credit_note = root.tag == f"{{{NS['ublcn']}}}CreditNote"
    type_code = _text(root, "cbc:CreditNoteTypeCode" if credit_note else "cbc:InvoiceTypeCode")
    lines = "cac:CreditNoteLine" if credit_note else "cac:InvoiceLine"
    quantity = "cbc:CreditedQuantity" if credit_note else "cbc:InvoicedQuantity"
    return {
        "credit": credit_note or type_code in CREDIT_TYPES,
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
                "quantity": _amount(line, quantity),
                "unit_price": _amount(line, "cac:Price/cbc:PriceAmount"),
                "amount": _amount(line, "cbc:LineExtensionAmount"),
            }
            for line in root.iterfind(lines, NS)
        ],
    }
