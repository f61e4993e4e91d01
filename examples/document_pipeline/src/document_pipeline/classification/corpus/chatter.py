"""Short everyday messages that are "other": they look like the short requests for help (same
brands, handles, emoji, links, phone spelling) but nobody asks a company to fix anything."""

from __future__ import annotations

import random

from document_pipeline.classification.corpus.casual import (
    BRANDS,
    NICKS,
    brand,
    decorate,
    handle,
    informal,
    lead,
)
from document_pipeline.classification.corpus.chatter_words import CHATTER
from document_pipeline.classification.corpus.chatter_words_romance import CHATTER_ROMANCE
from document_pipeline.classification.corpus.common import maybe, pick
from document_pipeline.classification.corpus.pools import CITIES, FIRST_NAMES, MONTHS

WORDS = {**CHATTER, **CHATTER_ROMANCE}
KINDS = ("personal", "congrats", "marketing", "notice", "event", "teaser", "review", "social",
         "reply")
KIND_WEIGHTS = (1.4, 0.8, 1.4, 1.3, 0.8, 0.6, 1.2, 1.0, 0.5)
BRAND_VOICE = ("marketing", "notice", "event", "teaser", "reply")
DAYS = {
    "en": ("monday", "tuesday", "friday", "saturday", "sunday", "the 14th", "next week"),
    "de": ("montag", "dienstag", "freitag", "samstag", "sonntag", "14.", "nächste woche"),
    "fr": ("lundi", "mardi", "vendredi", "samedi", "dimanche", "14", "la semaine prochaine"),
    "nl": ("maandag", "dinsdag", "vrijdag", "zaterdag", "zondag", "de 14e", "volgende week"),
    "es": ("lunes", "martes", "viernes", "sábado", "domingo", "día 14", "la semana que viene"),
    "it": ("lunedì", "martedì", "venerdì", "sabato", "domenica", "14", "la settimana prossima"),
}
TEAM_SIGN = {"en": "– the {brand} team", "de": "– dein {brand}-Team", "fr": "– l'équipe {brand}",
             "nl": "– team {brand}", "es": "– el equipo de {brand}", "it": "– il team {brand}"}
ANNOUNCE = ("📣", "NEW:", "✨", "🚨", "Heads up:", "Update:", "ℹ️", "🎉", "", "")


def _values(rng: random.Random, lang: str, company: str) -> dict[str, str]:
    amount = f"{pick(rng, ('€', '£', '$'))}{rng.randint(9, 199)}" if lang == "en" \
        else f"{rng.randint(9, 199)} €"
    return {"name": pick(rng, FIRST_NAMES[lang]), "brand": company, "day": pick(rng, DAYS[lang]),
            "time": f"{rng.randint(6, 23)}:{pick(rng, ('00', '30', '15'))}",
            "pct": str(pick(rng, (10, 15, 20, 25, 30, 40, 50))), "n": str(rng.randint(2, 40)),
            "city": pick(rng, CITIES[lang])[0], "amount": amount,
            "month": MONTHS[lang][rng.randrange(12)].lower()}


def _sentences(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    pool = WORDS[lang][kind]
    count = min(len(pool), rng.choice((1, 1, 1, 2, 2, 3)))
    chosen = [text.format(**values) for text in rng.sample(pool, k=count)]
    if maybe(rng, 0.15):
        chosen.append(pick(rng, WORDS[lang]["social"]).format(**values))
    return chosen


def _opening(rng: random.Random, kind: str, company: str) -> str:
    if kind == "reply" or (kind in ("personal", "congrats", "review") and maybe(rng, 0.3)):
        return "@" + pick(rng, NICKS)
    if kind == "review" and maybe(rng, 0.4):
        return handle(company, rng)
    if kind in BRAND_VOICE:
        return pick(rng, ANNOUNCE)
    return ""


def everyday_message(rng: random.Random, lang: str) -> str:
    """One short message of a kind that needs no support agent."""
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    company = brand(rng, pick(rng, tuple(BRANDS)))
    values = _values(rng, lang, company)
    parts = _sentences(rng, lang, kind, values)
    if kind in BRAND_VOICE and kind != "reply" and maybe(rng, 0.25):
        parts.append(TEAM_SIGN[lang].format(brand=company))
    joiner = pick(rng, (". ", " ", "! ", ", ", "\n"))
    text = lead(rng, _opening(rng, kind, company), joiner.join(parts))
    if maybe(rng, 0.6):
        text = text[0].upper() + text[1:]
    if kind not in BRAND_VOICE or maybe(rng, 0.3):
        text = informal(rng, text)
    tags = (company.replace(" ", "").lower(), kind, "new", "sale")
    return decorate(rng, text, tags)


def chatter_document(rng: random.Random, lang: str) -> list[str]:
    """A short message, sometimes a second one from the same thread, or a platform header."""
    lang = lang if lang in WORDS else "en"
    lines = [everyday_message(rng, lang)]
    if maybe(rng, 0.15):
        lines.append(everyday_message(rng, lang))
    roll = rng.random()
    if roll < 0.08:
        lines.insert(0, f"@{pick(rng, NICKS)} · {rng.randint(1, 59)}{pick(rng, 'mh')}")
    elif roll < 0.14:
        lines.insert(0, pick(rng, ("Message:", "SMS", "New message", "Chat", "Post")))
    return lines
