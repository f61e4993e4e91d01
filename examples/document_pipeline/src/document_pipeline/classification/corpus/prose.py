"""Everyday documents that are "other": memos, reports, minutes, newsletters, press releases,
CVs, job ads, policies, statute excerpts and letters, sometimes sent as e-mails."""

from __future__ import annotations

import random

from document_pipeline.classification.corpus.common import (
    address,
    as_email,
    company,
    date_text,
    greeting,
    letterhead,
    maybe,
    person,
    pick,
    random_date,
    signature,
)
from document_pipeline.classification.corpus.pools import CITIES, DOMAINS, MONTHS
from document_pipeline.classification.corpus.prose_words import ROLES, SENTENCES, TITLES

KINDS = tuple(TITLES["en"])


def _values(rng: random.Random, lang: str) -> dict[str, str]:
    names = ", ".join(person(rng, lang) for _ in range(rng.randint(2, 5)))
    return {"date": date_text(random_date(rng), lang, rng), "pct": str(rng.randint(1, 40)),
            "n": str(rng.randint(2, 400)), "year": str(rng.randint(2015, 2025)),
            "names": names, "name": person(rng, lang), "company": company(rng, lang),
            "city": pick(rng, [city for city, _ in CITIES[lang]]), "domain": pick(rng, DOMAINS),
            "role": pick(rng, ROLES), "month": pick(rng, MONTHS[lang])}


def prose_body(rng: random.Random, lang: str, kind: str) -> list[str]:
    values = _values(rng, lang)
    sentences = list(SENTENCES[lang][kind])
    chosen = rng.sample(sentences, k=rng.randint(min(2, len(sentences)), len(sentences)))
    if kind in ("minutes", "cv", "statute") and maybe(rng, 0.7):
        chosen.sort(key=sentences.index)
    lines = [sentence.format(**values) for sentence in chosen]
    if maybe(rng, 0.4) and kind not in ("minutes", "cv"):
        return [" ".join(lines[: len(lines) // 2 + 1]), "", *lines[len(lines) // 2 + 1:]]
    return lines


def prose_document(rng: random.Random, lang: str, kind: str) -> list[str]:
    values = _values(rng, lang)
    title = pick(rng, TITLES[lang][kind]).format(**{**values, "n": str(rng.randint(1, 4))})
    lines = [title, ""] if title else []
    if kind in ("letter", "press", "memo") and maybe(rng, 0.5):
        firm = company(rng, lang)
        lines = [*letterhead(rng, lang, firm), "", *address(rng, lang), "",
                 date_text(random_date(rng), lang, rng), "", *lines]
    if kind in ("letter", "memo"):
        lines += [greeting(rng, lang, person(rng, lang)), ""]
    lines += prose_body(rng, lang, kind)
    if kind in ("letter", "memo", "job") and maybe(rng, 0.7):
        lines += ["", *signature(rng, lang, person(rng, lang), company(rng, lang))]
    return lines


def prose_email(rng: random.Random, lang: str, kind: str) -> list[str]:
    sender = person(rng, lang)
    body = prose_document(rng, lang, kind)
    subject = next((line for line in body if line.strip()), "Info")[:60]
    return as_email(rng, lang, body, subject, sender, company(rng, lang), random_date(rng))


def out_of_office(rng: random.Random, lang: str) -> list[str]:
    texts = {"en": "I am out of the office until {date} with limited access to e-mail. For "
                   "urgent matters please contact {name}.",
             "de": "Ich bin bis einschließlich {date} nicht im Büro. In dringenden Fällen "
                   "wenden Sie sich bitte an {name}.",
             "fr": "Je suis absent(e) jusqu'au {date}. En cas d'urgence, contactez {name}.",
             "nl": "Ik ben afwezig tot en met {date}. Voor dringende zaken kunt u contact "
                   "opnemen met {name}."}
    body = [texts[lang].format(**_values(rng, lang))]
    subject = pick(rng, ("Automatic reply", "Abwesenheitsnotiz", "Réponse automatique",
                         "Automatisch antwoord", "Out of office"))
    return as_email(rng, lang, body, subject, person(rng, lang), company(rng, lang),
                    random_date(rng))


def everyday_document(rng: random.Random, lang: str) -> list[str]:
    lang = lang if lang in SENTENCES else "en"
    if maybe(rng, 0.06):
        return out_of_office(rng, lang)
    kind = pick(rng, KINDS)
    if kind in ("letter", "memo", "newsletter", "minutes") and maybe(rng, 0.35):
        return prose_email(rng, lang, kind)
    return prose_document(rng, lang, kind)
