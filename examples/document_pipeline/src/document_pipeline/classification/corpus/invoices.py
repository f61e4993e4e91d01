"""Invoices: letterhead and table, e-mail, till receipt, credit note, pro-forma, utility bill and
software subscription, in English, German, French, Dutch and a little Spanish and Italian."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from document_pipeline.classification.corpus.common import (
    address,
    as_email,
    bank_footer,
    company,
    currency_for,
    date_text,
    greeting,
    letterhead,
    maybe,
    money,
    person,
    pick,
    reference,
    signature,
    table_row,
    vat_id,
)
from document_pipeline.classification.corpus.invoice_words import INVOICE_WORDS
from document_pipeline.classification.corpus.pools import GOODS, MONTHS, PRODUCTS, VAT_RATES

NUMBER_PREFIXES = ("INV-", "RE-", "R", "F", "FA-", "FAC-", "NR", "", "SI-", "2024", "BILL-")
WIDTHS = (40, 8, 16, 16)


@dataclass
class Invoice:
    lang: str
    vendor: str
    customer: str
    number: str
    issued: dt.date
    due: dt.date
    currency: str
    items: list[tuple[str, int, float]]
    rate: float

    @property
    def net(self) -> float:
        return round(sum(quantity * price for _, quantity, price in self.items), 2)

    @property
    def tax(self) -> float:
        return round(self.net * self.rate / 100, 2)

    @property
    def total(self) -> float:
        return round(self.net + self.tax, 2)


def new_invoice(rng: random.Random, lang: str) -> Invoice:
    issued = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1700))
    goods = GOODS[lang] if maybe(rng, 0.8) else GOODS["en"]
    items = [(pick(rng, goods), rng.choice((1, 1, 1, 2, 3, 5, 10, 12, 25, 40)),
              round(rng.choice((rng.uniform(2, 90), rng.uniform(90, 2500))), 2))
             for _ in range(rng.choice((1, 1, 2, 3, 4, 6)))]
    return Invoice(
        lang=lang, vendor=company(rng, lang), customer=company(rng, pick(rng, ("en", lang))),
        number=reference(rng, NUMBER_PREFIXES), issued=issued,
        due=issued + dt.timedelta(days=rng.choice((7, 14, 30, 30, 45, 60))),
        currency=currency_for(rng, lang), items=items, rate=float(pick(rng, VAT_RATES[lang])))


def _w(rng: random.Random, invoice: Invoice, key: str) -> str:
    return pick(rng, INVOICE_WORDS[invoice.lang][key])


def _m(rng: random.Random, invoice: Invoice, value: float) -> str:
    return money(value, invoice.currency, invoice.lang, rng)


def header_block(rng: random.Random, inv: Invoice, title_key: str = "title") -> list[str]:
    sep = pick(rng, (": ", ":  ", " ", "\t", " : "))
    lines = [_w(rng, inv, title_key), ""]
    facts = [f"{_w(rng, inv, 'number')}{sep}{inv.number}",
             f"{_w(rng, inv, 'date')}{sep}{date_text(inv.issued, inv.lang, rng)}"]
    if maybe(rng, 0.7):
        facts.append(f"{_w(rng, inv, 'due')}{sep}{date_text(inv.due, inv.lang, rng)}")
    if maybe(rng, 0.4):
        facts.append(f"{_w(rng, inv, 'po')}{sep}{reference(rng, ('PO-', 'BE', '4500', 'PO '))}")
    if maybe(rng, 0.3):
        facts.append(f"VAT ID{sep}{vat_id(rng, inv.lang)}")
    if maybe(rng, 0.3):
        rng.shuffle(facts)
    return [*lines, *facts]


def items_block(rng: random.Random, inv: Invoice) -> list[str]:
    head = list(INVOICE_WORDS[inv.lang]["head"])
    numbered = maybe(rng, 0.4)
    rows = [table_row((["Pos."] if numbered else []) + head, WIDTHS, rng)]
    for index, (name, quantity, price) in enumerate(inv.items, start=1):
        cells = [name, str(quantity), _m(rng, inv, price), _m(rng, inv, quantity * price)]
        rows.append(table_row(([str(index)] if numbered else []) + cells, WIDTHS, rng))
    return rows


def totals_block(rng: random.Random, inv: Invoice) -> list[str]:
    lines = []
    if maybe(rng, 0.75):
        lines.append(f"{_w(rng, inv, 'subtotal')}  {_m(rng, inv, inv.net)}")
        vat = _w(rng, inv, "vat").format(rate=f"{inv.rate:g}")
        lines.append(f"{vat}  {_m(rng, inv, inv.tax)}")
    lines.append(f"{_w(rng, inv, 'total')}{pick(rng, (':', '', '  '))}  {_m(rng, inv, inv.total)}")
    return lines


def closing_block(rng: random.Random, inv: Invoice) -> list[str]:
    terms = _w(rng, inv, "terms").format(days=(inv.due - inv.issued).days)
    lines = [terms, _w(rng, inv, "thanks")]
    if maybe(rng, 0.7):
        lines += ["", *bank_footer(rng, inv.lang, inv.vendor)]
    return lines


def classic_invoice(rng: random.Random, inv: Invoice, title_key: str = "title") -> list[str]:
    bill_to = [f"{_w(rng, inv, 'bill_to')}:" if maybe(rng, 0.6) else "", inv.customer,
               *address(rng, pick(rng, ("en", inv.lang)))]
    parts = [letterhead(rng, inv.lang, inv.vendor), bill_to, header_block(rng, inv, title_key)]
    if maybe(rng, 0.3):
        parts[1], parts[2] = parts[2], parts[1]
    body = [*items_block(rng, inv), "", *totals_block(rng, inv), "", *closing_block(rng, inv)]
    return [line for part in parts for line in (*part, "")] + body


def email_invoice(rng: random.Random, inv: Invoice) -> list[str]:
    words = {"number": inv.number, "vendor": inv.vendor, "total": _m(rng, inv, inv.total),
             "date": date_text(inv.issued, inv.lang, rng), "due": date_text(inv.due, inv.lang, rng),
             "month": MONTHS[inv.lang][inv.issued.month - 1]}
    contact = person(rng, inv.lang)
    body = [greeting(rng, inv.lang, person(rng, inv.lang)), "",
            _w(rng, inv, "mail_body").format(**words), "", _w(rng, inv, "terms").format(days=30),
            "", *signature(rng, inv.lang, contact, inv.vendor)]
    if maybe(rng, 0.6):
        name = pick(rng, (f"{inv.number}.pdf", "invoice.pdf", f"Rechnung_{inv.number}.pdf",
                          "facture.pdf", "factuur.pdf", "scan0001.pdf"))
        body += ["", f"--- Attachment: {name} ---", *classic_invoice(rng, inv)]
    subject = _w(rng, inv, "mail_subject").format(**words)
    return as_email(rng, inv.lang, body, subject, contact, inv.customer, inv.issued)


def receipt_invoice(rng: random.Random, inv: Invoice) -> list[str]:
    lines = [inv.vendor.upper() if maybe(rng, 0.5) else inv.vendor, *address(rng, inv.lang)[:2],
             vat_id(rng, inv.lang), "", _w(rng, inv, "receipt_head"),
             f"{_w(rng, inv, 'number')} {inv.number}",
             f"{date_text(inv.issued, inv.lang, rng)} {rng.randint(7, 21)}:{rng.randint(10, 59)}",
             "-" * rng.choice((24, 32, 40))]
    for name, quantity, price in inv.items:
        lines.append(f"{quantity} x {name[:22]}  {_m(rng, inv, quantity * price)}")
    lines += ["-" * 24, *totals_block(rng, inv), _w(rng, inv, "paid"), "",
              pick(rng, ("*** Thank you ***", "Vielen Dank für Ihren Einkauf", "Merci",
                         "Tot ziens", ""))]
    return lines


def credit_note(rng: random.Random, inv: Invoice) -> list[str]:
    inv.items = [(name, quantity, -price) for name, quantity, price in inv.items[:2]]
    lines = classic_invoice(rng, inv, "credit")
    note = _w(rng, inv, "credit_body").format(ref=reference(rng, NUMBER_PREFIXES))
    return [*lines[:-4], note, *lines[-4:]]


def proforma_invoice(rng: random.Random, inv: Invoice) -> list[str]:
    lines = classic_invoice(rng, inv, "proforma")
    return [*lines, _w(rng, inv, "proforma_body")]


def utility_bill(rng: random.Random, inv: Invoice) -> list[str]:
    meter = INVOICE_WORDS[inv.lang]["meter"]
    old = rng.randint(1000, 90000)
    used = rng.randint(80, 6000)
    start = inv.issued - dt.timedelta(days=rng.choice((30, 91, 365)))
    readings = [f"{meter[0]}: {rng.randint(10**7, 10**8)}", f"{meter[1]}: {old}",
                f"{meter[2]}: {old + used}", f"{meter[3]}: {used} {pick(rng, ('kWh', 'm³'))}",
                f"{meter[4]}: {_m(rng, inv, rng.uniform(5, 40))}",
                f"{meter[5]}: {rng.uniform(0.2, 0.45):.4f} {inv.currency}/kWh",
                f"{meter[6]}: {date_text(start, inv.lang, rng)} - "
                f"{date_text(inv.issued, inv.lang, rng)}"]
    head = [inv.vendor, "", _w(rng, inv, "utility"), f"{_w(rng, inv, 'number')}: {inv.number}",
            f"{_w(rng, inv, 'date')}: {date_text(inv.issued, inv.lang, rng)}",
            f"{person(rng, inv.lang)}", *address(rng, inv.lang), ""]
    return [*head, *readings, "", *totals_block(rng, inv), "", *closing_block(rng, inv)]


def subscription_invoice(rng: random.Random, inv: Invoice) -> list[str]:
    saas = INVOICE_WORDS[inv.lang]["saas"]
    product = pick(rng, PRODUCTS).replace("the ", "").title()
    plan = pick(rng, ("Team", "Business", "Pro", "Enterprise", "Starter", "Growth"))
    seats = rng.randint(1, 80)
    inv.items = [(f"{product} {plan} ({seats} x {saas[1].lower()})", seats,
                  round(rng.uniform(4, 60), 2))]
    end = inv.issued + dt.timedelta(days=rng.choice((30, 365)))
    lines = [f"{product} by {inv.vendor}", "", _w(rng, inv, "title"),
             f"{_w(rng, inv, 'number')} {inv.number}",
             f"{_w(rng, inv, 'date')} {date_text(inv.issued, inv.lang, rng)}", "",
             f"{saas[0]}: {plan}", f"{saas[1]}: {seats}",
             f"{saas[2]}: {date_text(inv.issued, inv.lang, rng)} – {date_text(end, inv.lang, rng)}",
             f"{saas[3]}: Visa, {saas[4]} {rng.randint(1000, 9999)}", "",
             *items_block(rng, inv), "", *totals_block(rng, inv),
             f"{saas[5]}: {date_text(end, inv.lang, rng)}"]
    return lines


LAYOUTS: tuple[tuple[Callable[[random.Random, Invoice], list[str]], float], ...] = (
    (classic_invoice, 0.34), (email_invoice, 0.2), (receipt_invoice, 0.09), (credit_note, 0.08),
    (proforma_invoice, 0.07), (utility_bill, 0.1), (subscription_invoice, 0.12),
)


def invoice_document(rng: random.Random, lang: str) -> list[str]:
    lang = lang if lang in INVOICE_WORDS else "en"
    layouts = [layout for layout, _ in LAYOUTS]
    layout = rng.choices(layouts, weights=[weight for _, weight in LAYOUTS])[0]
    return layout(rng, new_invoice(rng, lang))
