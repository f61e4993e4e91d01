"""Invoice fields from text in English, German, French, Dutch, Spanish and Italian, or from the
structured e-invoice (Factur-X, ZUGFeRD, XRechnung, UBL) when the document carries one."""

from __future__ import annotations

import re
from typing import Any

from document_pipeline.documents import Document
from document_pipeline.fields.amounts import Money, find_amounts, main_currency
from document_pipeline.fields.dates import parse_date
from document_pipeline.fields.layout import (
    SEGMENT,
    Layout,
    clean_name,
    company_name,
    labelled,
    layout_of,
    recipient_lines,
)

NUMBER_LABEL = (
    r"invoice\s*(?:number|no\.?|nr\.?|num\.?|#)|inv\.?\s*no\.?|rechnungs?-?\s*(?:nummer|nr\.?)|"
    r"rechnung\s+(?:nr\.?|nummer)|num[ée]ro\s+de\s+facture|n[°ºo]\.?\s*(?:de\s+)?facture|"
    r"facture\s+n[°ºo]\.?|factuur\s*-?\s*(?:nummer|nr\.?)|"
    r"n[úu]m(?:ero|\.)?\s+(?:de\s+)?factura|factura\s+(?:n[°ºo]\.?|n[úu]m(?:ero|\.)?)|"
    r"n[°º]\.?\s*(?:de\s+)?factura|fattura\s+(?:n[°ºo]\.?|numero|nr\.?)|numero\s+fattura|"
    r"n[°º]\.?\s*fattura"
)
CREDIT_TITLE = (r"credit\s+note|gutschrift|avoir|creditnota|nota\s+de\s+cr[ée]dito|"
                r"nota\s+di\s+credito|rechnungskorrektur|storno(?:rechnung)?")
# A document's title with its number, and what may follow on the line ("del 22/10/2024").
TITLE = re.compile(
    r"^\s*(?:tax\s+)?(?P<kind>invoice|inv0ice|rechnung|facture|factuur|factura|fattura|"
    rf"faktura|pro-?\s?forma(?:\s+invoice)?|{CREDIT_TITLE})\s*"
    r"(?:no\.?|nr\.?|n[°º]\.?|n\.|#|č\.|number)?\s*:?\s*"
    r"(?P<number>[A-Z0-9][\w\-/.]*\d[\w\-/]*)(?:\s.*)?$", re.IGNORECASE)
# The head of a document, where its own date is printed when no label names it.
HEAD_LINES = 15
REFERENCE = re.compile(r"(?<![A-Z0-9\-/._])(?:[A-Z0-9][A-Z0-9\-/._]*\d[A-Z0-9\-/_]*|\d+)",
                       re.IGNORECASE)
ISSUE_LABELS = (
    r"invoice\s+date|date\s+of\s+(?:issue|invoice)|issue\s+date|date\s+issued|rechnungsdatum|"
    r"ausstellungsdatum|date\s+de\s+(?:la\s+)?factur(?:e|ation)|date\s+d'[ée]mission|"
    r"factuurdatum|fecha\s+(?:de\s+)?(?:la\s+)?(?:factura|emisi[óo]n|expedici[óo]n)|"
    r"data\s+(?:della\s+)?(?:fattura|emissione|documento)|datum\s+vystaven[íi]|datum\s+vyd[áa]n[íi]",
    r"date|datum|dated|fecha|data",
)
DUE_LABELS = (
    r"due\s+date|payment\s+due(?:\s+date)?|due\s+on|due\s+by|payable\s+(?:by|until|on)|due|"
    r"f[äa]llig(?:keitsdatum|keit)?(?:\s+am)?|zahlbar\s+(?:ohne\s+abzug\s+)?bis|zahlungsziel|"
    r"date\s+d'[ée]ch[ée]ance|[ée]ch[ée]ance|[àa]\s+payer\s+avant\s+le|payable\s+avant\s+le|"
    r"vervaldatum|uiterste\s+betaaldatum|(?:te\s+)?betalen\s+v[oó]{2}r|"
    r"(?:fecha\s+de\s+)?vencimiento|(?:data\s+(?:di\s+)?)?scadenza|datum\s+splatnosti",
)
TOTAL_LABELS = (
    r"total\s+(?:amount\s+)?due|amount\s+due|balance\s+due|total\s+to\s+pay|amount\s+payable|"
    r"total\s+payable|grand\s+total|invoice\s+total|total\s+amount|total\s+incl\.?(?:\s+vat)?|"
    r"gesamtbetrag|rechnungsbetrag|zahlbetrag|endbetrag|bruttobetrag|gesamtsumme|"
    r"zu\s+zahlen(?:der\s+betrag)?|summe\s+brutto|total\s+ttc|net\s+[àa]\s+payer|"
    r"montant\s+(?:total\s+)?(?:ttc|d[ûu]|[àa]\s+payer)|total\s+[àa]\s+payer|"
    r"totaal\s+te\s+betalen|te\s+betalen|totaalbedrag|totaal\s+incl\.?(?:\s+btw)?|"
    r"gross\s+total|total\s+gross|amount\s+to\s+pay|total\s+incl\.?\s+(?:tax|vat)|"
    r"importe\s+total|total\s+(?:de\s+la\s+)?factura|total\s+a\s+pagar|importe\s+a\s+pagar|"
    r"totale\s+(?:fattura|documento|da\s+pagare)|importo\s+totale|netto\s+a\s+pagare|"
    r"totale\s+(?:ivato|iva\s+inclusa)|celkem\s+k\s+úhradě",
    r"(?:total|totaal|summe|montant\s+total|betrag|totale|celkem)"
    r"(?!\s*(?:ht|net|netto|excl|hors|vat|tax|tva|btw|ust|mwst|before|avant))",
)
VENDOR_LABELS = (
    r"seller|vendor|supplier|provider|issued\s+by|payee|verk[äa]ufer|lieferant|"
    r"rechnungssteller|fournisseur|vendeur|[ée]metteur|leverancier|verkoper|proveedor|"
    r"vendedor|emisor|fornitore|venditore|cedente|prestatore|prodejce|dodavatel"
)
SENDER_LABELS = r"from|von|de|van|absender|exp[ée]diteur|afzender|payment\s+to"
PO_TOKEN = re.compile(r"\bPO[-\s]?\d[\w-]*\d\b")
PO_LABELS = (
    r"purchase\s+order(?:\s+(?:number|no\.?|ref(?:erence)?))?|your\s+(?:purchase\s+)?order|"
    r"p\.?o\.?\s*(?:number|no\.?|#)|order\s+(?:number|no\.?|ref(?:erence)?)|bestellnummer|"
    r"ihre\s+bestellung|bestellung|bon\s+de\s+commande|commande\s+n[°º]|votre\s+commande|"
    r"r[ée]f[ée]rence\s+(?:de\s+)?commande|inkooporder(?:nummer)?|bestelnummer|"
    r"uw\s+bestelling|ordernummer"
)
VAT_LABEL = re.compile(r"\b(?:VAT|USt|UStId|TVA|BTW|MwSt|IVA|tax\s+id)\b", re.IGNORECASE)
VAT_ID = re.compile(
    r"\b(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|"
    r"SK|XI|CHE)[\s-]?[0-9A-Z](?:[\s.-]?[0-9A-Z]){7,13}\b")
NOT_A_NAME = re.compile(
    r"invoice|rechnung|facture|factuur|receipt|quittung|reçu|bon|memo|page|seite", re.IGNORECASE)
NAME_LINE = re.compile(r"^[A-ZÄÖÜÉ][\w&'’.\-]*(?:\s+(?:[A-ZÄÖÜÉ&][\w&'’.\-]*|de|van|von|da|di|"
                       r"du|del|der|le|la)){0,5}$")
# A letterhead: the first lines of a document (or of each attachment).
LETTERHEAD_LINES = 4
MAX_ITEM_LINE = 200
NOT_AN_ITEM = re.compile(
    r"total|summe|subtotal|sous-total|subtotaal|vat|tax|tva|btw|ust|mwst|umsatzsteuer|"
    r"betrag|montant|totaal|balance|due|f[äa]llig|[ée]ch[ée]ance|iban|bic|skonto|rabatt",
    re.IGNORECASE)


def extract_invoice_fields(document: Document) -> dict[str, Any]:
    layout = layout_of(document)
    total = find_total(layout.lines)
    fields: dict[str, Any] = {
        "invoice_number": find_invoice_number(layout),
        "vendor": find_vendor(layout),
        "total": total.value if total else None,
        "currency": (total.currency if total else None) or main_currency(layout.text),
        "date": _labelled_date(layout.lines, ISSUE_LABELS) or _head_date(layout),
        "due_date": _labelled_date(layout.lines, DUE_LABELS),
        "purchase_order": find_purchase_order(layout.lines),
        "vat_id": find_vat_id(layout.lines),
        "line_items": find_line_items(layout.lines),
    }
    if fields["total"] and fields["total"] > 0 and _is_credit_note(layout):
        fields["total"] = -fields["total"]  # a credit note is booked as a negative amount
    embedded = document.embedded_invoice or {}
    # The structured e-invoice is what the vendor's system says: it beats reading the layout.
    fields.update({k: v for k, v in embedded.items() if v not in (None, "", [])})
    return fields


def find_invoice_number(layout: Layout) -> str | None:
    for _, value in labelled(layout.lines, NUMBER_LABEL, loose=True):
        match = REFERENCE.search(value)
        if match and parse_date(match.group(0)) is None:
            return match.group(0).rstrip("./")
    title = _title(layout)
    return title[1]["number"].rstrip("./") if title else None


def find_total(lines: tuple[str, ...]) -> Money | None:
    """The grand total: the last amount under the strongest total label."""
    for label in TOTAL_LABELS:
        found = [_money_in(value) for _, value in labelled(lines, label, loose=True)]
        found = [money for money in found if money is not None]
        if found:
            return found[-1]
    return None


def _money_in(value: str) -> Money | None:
    amounts = [amount for amount in find_amounts(value) if not amount.looks_like_a_year]
    priced = [a for a in amounts if a.looks_like_money]
    best = priced or amounts
    return best[0] if best else None


def _labelled_date(lines: tuple[str, ...], labels: tuple[str, ...]) -> str | None:
    for label in labels:
        for _, value in labelled(lines, label, loose=True):
            found = parse_date(value)
            if found:
                return found
    return None


def _title(layout: Layout) -> tuple[int, re.Match[str]] | None:
    """The line that titles the document with its kind and number, and the match."""
    for index, line in enumerate((*layout.lines, layout.subject or "")):
        match = TITLE.match(line) or TITLE.match(re.sub(r"^(?:fwd?|wg|tr|re|aw):\s*", "",
                                                        line, flags=re.IGNORECASE))
        if match and parse_date(match["number"]) is None:
            return index, match
    return None


def _is_credit_note(layout: Layout) -> bool:
    title = _title(layout)
    if title is not None:
        return re.fullmatch(CREDIT_TITLE, title[1]["kind"], re.IGNORECASE) is not None
    head = "\n".join(layout.lines[:HEAD_LINES])
    return re.search(rf"^\s*(?:{CREDIT_TITLE})\b", head, re.IGNORECASE | re.MULTILINE) is not None


def _head_date(layout: Layout) -> str | None:
    """With no labelled issue date: the date on the title line ("FATTURA N. 318 del
    22/10/2024"), else the first date at the head of the document outside the addressee's
    block ("Stuttgart, 05.02.2024")."""
    title = _title(layout)
    if title is not None:
        found = parse_date(title[1].group(0))
        if found:
            return found
    addressee = recipient_lines(layout.lines)
    for index, line in enumerate(layout.lines[:HEAD_LINES]):
        if index in addressee or re.search(DUE_LABELS[0], line, re.IGNORECASE):
            continue
        found = parse_date(line)
        if found:
            return found
    return None


def find_vendor(layout: Layout) -> str | None:
    """The issuer: a labelled seller, the letterhead's company, the first line, the sender."""
    addressee = recipient_lines(layout.lines)
    for index, value in labelled(layout.lines, VENDOR_LABELS):
        if index not in addressee:
            return _name_above(layout.lines, index, value) or clean_name(value)
    for index, value in labelled(layout.lines, SENDER_LABELS):
        if index not in addressee and company_name(value):
            return company_name(value)
    # The letterhead: a company at the head of the document, else its first line as a name.
    heads = [i for start in _first_lines(layout) for i in range(start, start + LETTERHEAD_LINES)]
    for index in [*heads, *range(len(layout.lines))]:
        line = layout.lines[index] if index < len(layout.lines) else ""
        company = company_name(line)
        if company and index not in addressee and not re.match(r"^\s*(?:Subject|From):", line):
            return company
        if index in heads[:1]:
            name = SEGMENT.split(line.strip())[0] if line.strip() else ""
            if NAME_LINE.match(name) and not NOT_A_NAME.search(name) and index not in addressee:
                return name
    return clean_name(layout.sender_name) if layout.sender_name else None


def _name_above(lines: tuple[str, ...], index: int, below: str) -> str | None:
    """A name printed above its label ("John White" / "Provider" / "5th Avenue"): when the
    label stands alone and what follows it is an address, not a company."""
    alone = re.fullmatch(rf"\s*(?:{VENDOR_LABELS})\s*:?\s*", lines[index], re.IGNORECASE)
    if not alone or index == 0 or company_name(below) or not re.match(r"\d", below):
        return None
    above = lines[index - 1].strip()
    return above if NAME_LINE.match(above) and not NOT_A_NAME.search(above) else None


def _first_lines(layout: Layout) -> list[int]:
    """Where a document's own first line is: the top of a file, the top of each attachment."""
    starts = [] if layout.sender_name or layout.subject else [0]
    starts += [i + 1 for i, line in enumerate(layout.lines) if line.startswith("--- Attachment:")]
    return [i for i in starts if i < len(layout.lines)]


def find_purchase_order(lines: tuple[str, ...]) -> str | None:
    for line in lines:
        match = PO_TOKEN.search(line)
        if match:
            return re.sub(r"^PO\s", "PO-", match.group(0))
    for _, value in labelled(lines, PO_LABELS, loose=True):
        match = REFERENCE.search(value)
        if match and parse_date(match.group(0)) is None:
            return match.group(0)
    return None


def find_vat_id(lines: tuple[str, ...]) -> str | None:
    """The issuer's VAT number: the first one outside the addressee's block."""
    addressee = recipient_lines(lines)
    for index, line in enumerate(lines):
        if index in addressee:
            continue
        label = VAT_LABEL.search(line)
        match = VAT_ID.search(line, label.start()) if label else None
        if match:
            return re.sub(r"[\s.-]", "", match.group(0))
    return None


def find_line_items(lines: tuple[str, ...]) -> list[dict[str, Any]]:
    items = []
    for line in lines:
        item = _line_item(line)
        if item is not None and not NOT_AN_ITEM.search(str(item["description"])):
            items.append(item)
    return items


def _line_item(line: str) -> dict[str, Any] | None:
    """A row ending in an amount: "<what> <qty> <unit price> <amount>", or "<what>  <amount>"."""
    if len(line) > MAX_ITEM_LINE or not re.search(r"[A-Za-z]{3}", line):
        return None
    amounts = find_amounts(line)
    if not amounts or not amounts[-1].looks_like_money or line[amounts[-1].end:].strip():
        return None
    amount = amounts[-1]
    for quantity, unit, start in _quantity_and_price(line, amounts):
        # A row only when quantity x unit price makes the amount: otherwise columns were misread.
        if quantity > 0 and abs(quantity * unit - amount.value) <= 0.01:
            return _item(line[:start], quantity, unit, amount.value)
    if re.search(r"(?:\t|\s{2,})$", line[:amount.start]):
        return _item(line[:amount.start], None, None, amount.value)
    return None


def _quantity_and_price(line: str, amounts: list[Money]) -> list[tuple[float, float, int]]:
    """Readings of the two columns before the amount; "1 980,00" may be quantity 1, price 980."""
    readings = []
    if len(amounts) >= 3 and amounts[-3].currency is None and amounts[-2].looks_like_money:
        readings.append((amounts[-3].value, amounts[-2].value, amounts[-3].start))
    if len(amounts) >= 2:
        price = amounts[-2]
        split = re.match(r"(\d{1,3})[ \u00a0](\d.*)$", line[price.start:price.end])
        unit = _money_in(split.group(2)) if split else None
        if split and unit:
            readings.append((float(split.group(1)), unit.value, price.start))
    return readings


def _item(description: str, quantity: float | None, unit: float | None,
          amount: float) -> dict[str, Any] | None:
    description = re.sub(r"^\s*\d{1,3}[.)]?\s+(?=\S)", "", description).strip(" \t-|")
    if not re.search(r"[A-Za-z]{3}", description):
        return None
    return {"description": description, "quantity": quantity, "unit_price": unit,
            "amount": amount}
