"""Notices a shop or a carrier sends to a customer about an order ("other"): confirmations,
shipping and delivery messages, missed-delivery cards, return labels and refund notices.

They talk about the same orders, parcels and refunds as customers' order inquiries, so the
model learns that a shop writing "your parcel is on its way" is not a request for help."""

from __future__ import annotations

import random

from document_pipeline.classification.corpus.casual import brand
from document_pipeline.classification.corpus.common import (
    address,
    as_email,
    date_text,
    maybe,
    person,
    pick,
    random_date,
)
from document_pipeline.classification.corpus.shop_notice_words import NOTICE_KINDS, SHOP_NOTICE
from document_pipeline.classification.corpus.ticket_shop import shop_values

KIND_WEIGHTS = (1.0, 1.4, 0.8, 0.6, 1.0, 0.6)
WITH_ITEMS = ("placed", "shipped", "return")
POINTS = ("Station Road post office", "Paketshop Kiosk Müller", "Relais Tabac du Centre",
          "PostNL-punt Primera", "Punto Pack Farmacia", "Punto Poste Tabacchi 21",
          "Ponto CTT Papelaria Central", "Parcel locker 114")


def _values(rng: random.Random, lang: str) -> dict[str, str]:
    start = rng.randint(8, 17)
    return {**shop_values(rng, lang), "name": person(rng, lang).split()[0],
            "shop": brand(rng, "shop"), "point": pick(rng, POINTS),
            "window": f"{start}:00 - {start + rng.choice((1, 2, 3))}:00",
            "date": date_text(random_date(rng), lang, rng)}


def _items(rng: random.Random, lang: str, values: dict[str, str]) -> list[str]:
    rows = []
    for _ in range(rng.randint(1, 3)):
        item = shop_values(rng, lang)["item"]
        rows.append(f"{rng.choice((1, 1, 2))} x {item[0].upper()}{item[1:]}"
                    f"{pick(rng, ('', '   ', chr(9)))}  {shop_values(rng, lang)['amount']}")
    return rows


def _return_label(rng: random.Random, lang: str, values: dict[str, str]) -> list[str]:
    """The label itself: sender, warehouse, reference. No message, just addresses."""
    head = pick(rng, ("RETURN LABEL", "RETOURE", "ÉTIQUETTE RETOUR", "RETOURLABEL",
                      "ETIQUETA DE DEVOLUCIÓN", "ETICHETTA DI RESO", "ETIQUETA DE DEVOLUÇÃO"))
    return [head, f"{values['carrier']}  {values['tracking']}", "",
            f"{pick(rng, ('From', 'Absender', 'Expéditeur', 'Van', 'Remitente', 'Mittente'))}:",
            person(rng, lang), *address(rng, lang), "",
            f"{pick(rng, ('To', 'Empfänger', 'Destinataire', 'Aan', 'Destinatario'))}:",
            f"{values['shop']} Returns Centre", *address(rng, lang), "",
            f"RMA {values['order']}"]


def shop_notice(rng: random.Random, lang: str) -> list[str]:
    lang = lang if lang in SHOP_NOTICE else "en"
    words = SHOP_NOTICE[lang]
    values = _values(rng, lang)
    kind = rng.choices(NOTICE_KINDS, weights=KIND_WEIGHTS)[0]
    if kind == "return" and maybe(rng, 0.3):
        return _return_label(rng, lang, values)
    title = pick(rng, words[kind]).format(**values)
    texts = list(words[f"{kind}_text"])
    body = [title, ""] if maybe(rng, 0.6) else []
    body += [text.format(**values) for text in rng.sample(texts, k=rng.randint(1, len(texts)))]
    if kind in WITH_ITEMS and maybe(rng, 0.6):
        body += ["", *_items(rng, lang, values)]
    footers = rng.sample(words["footer"], k=rng.randint(0, 2))
    body += ["", *[footer.format(**values) for footer in footers]]
    if maybe(rng, 0.5):
        sender = pick(rng, (f"{values['shop']}", "no-reply", values["carrier"]))
        return as_email(rng, lang, body, title, sender, person(rng, lang), random_date(rng))
    return body
