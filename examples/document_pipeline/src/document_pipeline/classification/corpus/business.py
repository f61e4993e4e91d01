"""Commercial documents that are not invoices ("other"): purchase orders, quotes, order
confirmations, delivery notes, payment reminders and payment receipts, and shops' notices to
their customers about orders, parcels and returns (shop_notices.py).

They share an invoice's letterhead, tables and amounts, so the model has to learn the words
that make the difference. A reminder is "other": the invoice it chases is already on file.
A receipt is "other" when it only confirms a payment; a till slip that calls itself an invoice
(a simplified invoice) is an invoice.
"""

from __future__ import annotations

import random

from document_pipeline.classification.corpus.business_words import BUSINESS_WORDS
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
    random_date,
    reference,
    signature,
    table_row,
)
from document_pipeline.classification.corpus.pools import DOMAINS, GOODS
from document_pipeline.classification.corpus.shop_notices import shop_notice

KINDS = ("po", "quote", "confirmation", "delivery", "reminder", "receipt")
BANKS_AND_LEDGERS = ("Sparkasse", "ING", "Rabobank", "Barclays", "Crédit Mutuel", "KBC",
                     "Northfield Building Society", "Volksbank", "Customer ledger")
WIDTHS = (40, 8, 16, 16)
# Shops' notices to consumers; in es, it and pt they are the only commercial "other" documents.
SHOP_NOTICE_SHARE = 0.35


def _values(rng: random.Random, lang: str, currency: str) -> dict[str, str]:
    return {"ref": reference(rng, ("INV-", "RE-", "F", "", "TRK")), "n": str(rng.randint(1, 52)),
            "date": date_text(random_date(rng), lang, rng), "domain": pick(rng, DOMAINS),
            "amount": money(rng.uniform(40, 9000), currency, lang, rng),
            "fee": money(rng.choice((5.0, 10.0, 40.0)), currency, lang, rng)}


def item_lines(
    rng: random.Random, lang: str, currency: str, priced: bool
) -> tuple[list[str], float]:
    words = BUSINESS_WORDS[lang]
    rows = [table_row(list(words["head"] if priced else words["head"][:2]), WIDTHS, rng)]
    total = 0.0
    for _ in range(rng.randint(1, 6)):
        name, quantity = pick(rng, GOODS[lang]), rng.choice((1, 2, 4, 10, 20, 50))
        price = round(rng.uniform(3, 900), 2)
        total += quantity * price
        cells = [name, str(quantity)]
        if priced:
            cells += [money(price, currency, lang, rng),
                      money(quantity * price, currency, lang, rng)]
        rows.append(table_row(cells, WIDTHS, rng))
    return rows, round(total, 2)


def business_letter(rng: random.Random, lang: str, kind: str) -> list[str]:
    words = BUSINESS_WORDS[lang]
    currency = currency_for(rng, lang)
    sender, recipient = company(rng, lang), company(rng, lang)
    values = _values(rng, lang, currency)
    sep = pick(rng, (": ", " ", "\t"))
    lines = [*letterhead(rng, lang, sender), "", recipient, *address(rng, lang), "",
             pick(rng, words[kind]), "",
             f"{pick(rng, words['number'])}{sep}{reference(rng, ('PO-', 'Q-', 'AB', 'LS', ''))}",
             f"{pick(rng, words['date'])}{sep}{values['date']}", ""]
    if kind in ("reminder", "receipt"):
        lines += [greeting(rng, lang, person(rng, lang))]
    if kind not in ("receipt", "reminder") or maybe(rng, 0.3):
        rows, total = item_lines(rng, lang, currency, kind != "delivery")
        lines += [*rows, ""]
        if kind != "delivery":
            lines.append(f"{pick(rng, words['total'])}  {money(total, currency, lang, rng)}")
    texts = list(words[f"{kind}_text"])
    rng.shuffle(texts)
    lines += ["", *[text.format(**values) for text in texts[: rng.randint(1, len(texts))]]]
    lines += ["", *signature(rng, lang, person(rng, lang), sender)]
    if maybe(rng, 0.4):
        lines += ["", *bank_footer(rng, lang, sender)]
    return lines


def business_email(rng: random.Random, lang: str, kind: str) -> list[str]:
    words = BUSINESS_WORDS[lang]
    title = pick(rng, words[kind])
    sender = person(rng, lang)
    body = [greeting(rng, lang, person(rng, lang)), ""]
    values = _values(rng, lang, currency_for(rng, lang))
    body += [text.format(**values) for text in rng.sample(list(words[f"{kind}_text"]), k=1)]
    body += ["", *signature(rng, lang, sender, company(rng, lang))]
    if maybe(rng, 0.6):
        body += ["", f"--- Attachment: {title.replace(' ', '_')}.pdf ---",
                 *business_letter(rng, lang, kind)]
    subject = f"{title} {reference(rng, ('', 'Nr. ', 'No. ', '#'))}"
    return as_email(rng, lang, body, subject, sender, company(rng, lang), random_date(rng))


def account_statement(rng: random.Random, lang: str) -> list[str]:
    """A bank or customer account statement: money in and out, no request to pay."""
    currency = currency_for(rng, lang)
    title = pick(rng, ("Account statement", "Kontoauszug", "Relevé de compte", "Rekeningafschrift",
                       "Statement of account", "Business current account statement"))
    balance = rng.uniform(500, 60000)
    lines = [pick(rng, BANKS_AND_LEDGERS), title, f"{company(rng, lang)}",
             f"IBAN {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}", ""]
    for _ in range(rng.randint(3, 9)):
        amount = round(rng.uniform(-4000, 4000), 2)
        balance += amount
        lines.append(f"{date_text(random_date(rng), lang, rng)}  "
                     f"{pick(rng, ('SEPA', 'DD', 'CARD', 'BACS', 'SO', 'FPI'))} "
                     f"{company(rng, lang)[:24]} {reference(rng, ('INV ', 'RE ', ''))}  "
                     f"{money(amount, currency, lang, rng)}  {money(balance, currency, lang, rng)}")
    closing = pick(rng, ("Closing balance", "Neuer Saldo", "Nouveau solde", "Eindsaldo"))
    return [*lines, "", f"{closing} {money(balance, currency, lang, rng)}"]


def business_document(rng: random.Random, lang: str) -> list[str]:
    if lang not in BUSINESS_WORDS or maybe(rng, SHOP_NOTICE_SHARE):
        return shop_notice(rng, lang)
    if maybe(rng, 0.1):
        return account_statement(rng, lang)
    kind = pick(rng, KINDS)
    if maybe(rng, 0.25):
        return business_email(rng, lang, kind)
    return business_letter(rng, lang, kind)
