"""Contracts: services, NDAs, supply, leases, employment, SLAs, order forms and amendments, in
English, German, French and Dutch, whole or as the e-mail that sends them for signature."""

from __future__ import annotations

import random

from document_pipeline.classification.corpus.common import (
    address,
    as_email,
    company,
    date_text,
    greeting,
    maybe,
    money,
    person,
    pick,
    random_date,
    signature,
)
from document_pipeline.classification.corpus.contract_terms import online_terms, standard_terms
from document_pipeline.classification.corpus.contract_words import (
    CLAUSES,
    KINDS,
    LETTER_TERMS,
    TITLES,
    WORDS,
)
from document_pipeline.classification.corpus.pools import CITIES

LAWS = ("England and Wales", "Ireland", "the State of New York", "Delaware", "Scotland")
TERMS = {"en": ("12 months", "24 months", "three (3) years", "one year", "36 months"),
         "de": ("12 Monaten", "24 Monaten", "drei Jahren", "einem Jahr"),
         "fr": ("douze (12) mois", "24 mois", "trois ans", "un an"),
         "nl": ("12 maanden", "twee jaar", "drie jaar", "24 maanden")}
MAIL_SUBJECTS = {
    "en": ("Signed {title}", "{title} for signature", "Contract draft v{n}", "Agreement – final"),
    "de": ("{title} zur Unterschrift", "Vertragsentwurf v{n}", "Unterschriebener Vertrag"),
    "fr": ("{title} pour signature", "Projet de contrat v{n}", "Contrat signé"),
    "nl": ("{title} ter ondertekening", "Conceptovereenkomst v{n}", "Getekende overeenkomst"),
}
MAIL_BODIES = {
    "en": ("Please find attached the {title} for your review and signature.",
           "Attached is the countersigned agreement for your records.",
           "As discussed, here is the revised draft with our comments on clauses 7 and 9."),
    "de": ("anbei erhalten Sie den {title} mit der Bitte um Unterzeichnung.",
           "im Anhang der gegengezeichnete Vertrag für Ihre Unterlagen."),
    "fr": ("veuillez trouver ci-joint le {title} pour relecture et signature.",
           "vous trouverez en pièce jointe le contrat contresigné."),
    "nl": ("bijgaand ontvangt u de {title} ter ondertekening.",
           "in de bijlage vindt u de door ons getekende overeenkomst."),
}


def party_block(rng: random.Random, lang: str, kind: str) -> list[str]:
    words = WORDS[lang]
    title = pick(rng, TITLES[lang][kind]).format(n=rng.randint(1, 4))
    first = person(rng, lang) if kind == "employment" and maybe(rng, 0.5) else company(rng, lang)
    second = person(rng, lang) if kind == "employment" else company(rng, pick(rng, (lang, "en")))
    opening = pick(rng, words["between"]).format(date=date_text(random_date(rng), lang, rng),
                                                   title=title.title())
    lines = [title, "", opening, ""]
    for index, party in enumerate((first, second)):
        place = address(rng, lang)
        lines += [party, ", ".join(place) if maybe(rng, 0.6) else place[0]]
        if maybe(rng, 0.6):
            lines.append(pick(rng, words["role"]))
        lines += ["", pick(rng, words["and"]), ""] if index == 0 else [""]
    return lines


def clauses(rng: random.Random, lang: str) -> list[str]:
    pool = list(CLAUSES[lang])
    chosen = rng.sample(pool, k=min(len(pool), rng.randint(3, 9)))
    if maybe(rng, 0.6):
        chosen.sort(key=pool.index)
    city = pick(rng, [name for name, _ in CITIES[lang]])
    values = {"term": pick(rng, TERMS[lang]), "days": rng.choice((14, 30, 45, 60)),
              "notice": rng.choice((1, 3, 6)), "law": pick(rng, LAWS), "city": city,
              "date": date_text(random_date(rng), lang, rng),
              "amount": money(rng.uniform(800, 250000), pick(rng, ("EUR", "GBP", "USD")),
                              lang, rng)}
    style = pick(rng, WORDS[lang]["heading"])
    lines = []
    for number, (heading, text) in enumerate(chosen, start=1):
        lines.append(style.format(n=number, h=heading.upper() if maybe(rng, 0.2) else heading))
        body = text.format(**values)
        lines += [f"{number}.1 {body}" if maybe(rng, 0.3) else body, ""]
    return lines


def signatures(rng: random.Random, lang: str) -> list[str]:
    words = WORDS[lang]["sign"]
    city = pick(rng, [name for name, _ in CITIES[lang]])
    values = {"party": company(rng, lang), "city": city,
              "date": date_text(random_date(rng), lang, rng)}
    return [pick(rng, words).format(**values) for _ in range(rng.randint(1, 3))]


def contract_text(rng: random.Random, lang: str, kind: str) -> list[str]:
    lines = party_block(rng, lang, kind)
    if maybe(rng, 0.6):
        lines += [pick(rng, WORDS[lang]["recital"]), ""]
    lines += clauses(rng, lang)
    return [*lines, *signatures(rng, lang)]


def contract_email(rng: random.Random, lang: str, kind: str) -> list[str]:
    title = pick(rng, TITLES[lang][kind]).format(n=rng.randint(1, 4)).title()
    sender = person(rng, lang)
    body = [greeting(rng, lang, person(rng, lang)), "",
            pick(rng, MAIL_BODIES[lang]).format(title=title), "",
            *signature(rng, lang, sender, company(rng, lang))]
    if maybe(rng, 0.8):
        text = contract_text(rng, lang, kind)
        body += ["", f"--- Attachment: {title.replace(' ', '_')}.pdf ---", *text]
    subject = pick(rng, MAIL_SUBJECTS[lang]).format(title=title, n=rng.randint(2, 7))
    return as_email(rng, lang, body, subject, sender, company(rng, lang), random_date(rng))


def terms_letter(rng: random.Random, lang: str) -> list[str]:
    """An offer or engagement letter: a contract once the addressee signs it."""
    words = LETTER_TERMS[lang]
    firm, addressee = company(rng, lang), person(rng, lang)
    values = [date_text(random_date(rng), lang, rng), pick(rng, TERMS[lang]),
              money(rng.uniform(1500, 90000), pick(rng, ("EUR", "GBP")), lang, rng),
              f"{rng.choice((20, 30, 37.5, 38, 40))} h", f"{rng.randint(20, 30)}"]
    labels = rng.sample(list(words["labels"]), k=rng.randint(4, len(words["labels"])))
    terms = [f"{label}: {pick(rng, values)}" for label in labels]
    return [firm, *address(rng, lang), "", addressee, *address(rng, lang), "",
            date_text(random_date(rng), lang, rng), "", greeting(rng, lang, addressee), "",
            pick(rng, words["open"]), "", *terms, "", pick(rng, words["close"]), "",
            *signature(rng, lang, person(rng, lang), firm)]


def contract_document(rng: random.Random, lang: str) -> list[str]:
    lang = lang if lang in CLAUSES else "en"
    if maybe(rng, 0.12):
        return online_terms(rng, lang)
    if maybe(rng, 0.08):
        return standard_terms(rng, lang)
    kind = pick(rng, KINDS)
    if maybe(rng, 0.15):
        return terms_letter(rng, lang)
    if maybe(rng, 0.2):
        return contract_email(rng, lang, kind)
    return contract_text(rng, lang, kind)
