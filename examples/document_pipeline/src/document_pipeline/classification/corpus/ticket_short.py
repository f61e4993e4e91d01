"""Short requests for help as they reach a company on social media, chat, SMS, an app's
feedback form or a two-line e-mail: one to three sentences, often typed on a phone; and
complaints posted at a company's handle that ask for nothing but are still meant for it."""

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
from document_pipeline.classification.corpus.common import maybe, pick
from document_pipeline.classification.corpus.pools import CITIES, FIRST_NAMES
from document_pipeline.classification.corpus.ticket_short_words import SHORT_TICKET
from document_pipeline.classification.corpus.ticket_short_words_gripes import SHORT_GRIPES
from document_pipeline.classification.corpus.ticket_short_words_romance import (
    SHORT_TICKET_ROMANCE,
)

WORDS = {**SHORT_TICKET, **SHORT_TICKET_ROMANCE}
SECTORS = tuple(BRANDS)
SECTOR_WEIGHTS = (1.2, 1.2, 1.0, 0.9, 1.5, 1.3, 0.8, 0.5, 0.7, 0.6)
CODES = ("503", "500", "404", "E102", "0x80070005", "AUTH_FAILED", "E-17", "1020", "P2003",
         "429", "NW-2-5", "C-3021", "ERR_TIMEOUT", "403", "B12")
GRIPE_GROUPS = {"rail": "travel", "air": "travel", "shop": "shop"}
COMPLAINT_SHARE = 0.35
NAME_FIRST = {"en": "Hey {brand},", "de": "Hallo {brand},", "fr": "Bonjour {brand},",
              "nl": "Hoi {brand},", "es": "Hola {brand},", "it": "Ciao {brand},"}


def _values(rng: random.Random, lang: str, company: str) -> dict[str, str]:
    symbol = pick(rng, ("€", "£", "$", "EUR ", "")) if lang == "en" else pick(rng, ("€", ""))
    cents = pick(rng, ("", ".99", ",50", ".00"))
    amount = f"{symbol}{rng.randint(3, 480)}{cents}" if symbol else f"{rng.randint(3, 480)} €"
    order = pick(rng, (str(rng.randint(1000, 99999999)), f"#{rng.randint(100, 999999)}",
                       f"{pick(rng, 'ABCDKLMRSWXZ')}{rng.randint(10000, 9999999)}"))
    return {"brand": company, "order": order, "code": pick(rng, CODES),
            "n": str(rng.randint(2, 14)), "amount": amount, "city": pick(rng, CITIES[lang])[0],
            "time": f"{rng.randint(5, 22)}:{pick(rng, ('00', '15', '32', '45', '07', '58'))}",
            "version": f"{rng.randint(2, 9)}.{rng.randint(0, 20)}",
            "name": pick(rng, FIRST_NAMES[lang]), "when": ""}


def _opening(rng: random.Random, lang: str, company: str) -> str:
    roll = rng.random()
    if roll < 0.42:
        return handle(company, rng)
    if roll < 0.52:
        return NAME_FIRST[lang].format(brand=company)
    if roll < 0.75:
        return pick(rng, WORDS[lang]["hello"]) + pick(rng, (",", "", " -", "!"))
    return ""


def _problem(rng: random.Random, words: dict[str, tuple[str, ...]], sector: str,
             values: dict[str, str]) -> str:
    values["when"] = pick(rng, words["when"])
    template = pick(rng, words[sector])
    text = template.format(**values)
    if "{when}" not in template and maybe(rng, 0.3):
        text = f"{text} {values['when']}" if maybe(rng, 0.6) else f"{values['when']} {text}"
    return text


def _sentence(rng: random.Random, text: str) -> str:
    text = text.strip()
    if not text or text[-1] in "?!.":
        return text
    return text + pick(rng, (".", "", "", "!", "..."))


def short_request(rng: random.Random, lang: str) -> str:
    """One message: opening, the problem, maybe a detail, an ask, a mood and a sign-off."""
    words = WORDS[lang]
    sector = rng.choices(SECTORS, weights=SECTOR_WEIGHTS)[0]
    company = brand(rng, sector)
    values = _values(rng, lang, company)
    parts = []
    if maybe(rng, 0.15):
        parts.append(pick(rng, words["follow"]).format(**values))
        if maybe(rng, 0.6):
            parts.append(_problem(rng, words, sector, values))
    else:
        parts.append(_problem(rng, words, sector, values))
    for key, chance in (("detail", 0.35), ("ask", 0.6), ("mood", 0.3)):
        if maybe(rng, chance):
            parts.append(pick(rng, words[key]).format(**values))
    if len(parts) > 2 and maybe(rng, 0.3):
        rng.shuffle(parts)
    joiner = pick(rng, (". ", " ", ", ", " - ", ". ", "\n"))
    text = lead(rng, _opening(rng, lang, company), joiner.join(parts))
    if maybe(rng, 0.5):
        text = text[0].upper() + text[1:]
    text = informal(rng, _sentence(rng, text))
    if maybe(rng, 0.12):
        text += pick(rng, ("\n", " ")) + pick(rng, words["sign"]).format(**values)
    return decorate(rng, text, (company.replace(" ", "").lower(), "fail", "help"))


def short_complaint(rng: random.Random, lang: str) -> str:
    """A complaint at a company: its handle or name, what went wrong, maybe a sarcastic tail."""
    gripes = SHORT_GRIPES[lang]
    sector = rng.choices(SECTORS, weights=SECTOR_WEIGHTS)[0]
    company = brand(rng, sector)
    values = _values(rng, lang, company)
    values["when"] = pick(rng, WORDS[lang]["when"])
    tagged = handle(company, rng)
    if maybe(rng, 0.5):
        # The sector's own problems, said as a statement: "again. internet down since monday"
        problems = [text for text in WORDS[lang][sector] if not text.endswith("?")]
        template = pick(rng, problems).replace("{when}", values["when"])
        if maybe(rng, 0.5):
            template = f"{pick(rng, gripes['again'])} {template}"
        if maybe(rng, 0.5):
            template = f"{pick(rng, gripes['opener'])} {template}"
    else:
        template = pick(rng, gripes[GRIPE_GROUPS.get(sector, "service")])
    if "{brand}" in template:
        values["brand"] = tagged if maybe(rng, 0.65) else company
        text = template.format(**values)
    else:
        text = template.format(**values)
        text = f"{text} {tagged}" if maybe(rng, 0.3) else lead(rng, tagged, text)
    if maybe(rng, 0.35):
        text = _sentence(rng, text) + " " + pick(rng, gripes["sarcasm"])
    if maybe(rng, 0.15):
        text = _sentence(rng, text) + " " + pick(rng, WORDS[lang]["detail"]).format(**values)
    if maybe(rng, 0.5):
        text = text[0].upper() + text[1:]
    text = informal(rng, _sentence(rng, text))
    return decorate(rng, text, (company.replace(" ", "").lower(), "fail", "neveragain"))


def short_ticket(rng: random.Random, lang: str) -> list[str]:
    """A short request or complaint, sometimes with a follow-up, a reply-to line or a
    platform header."""
    lang = lang if lang in WORDS else "en"
    if lang in SHORT_GRIPES and maybe(rng, COMPLAINT_SHARE):
        lines = [short_complaint(rng, lang)]
    else:
        lines = [short_request(rng, lang)]
    if maybe(rng, 0.12):
        values = _values(rng, lang, "")
        lines.append(informal(rng, pick(rng, WORDS[lang]["follow"]).format(**values)))
    roll = rng.random()
    if roll < 0.08:
        lines.insert(0, f"@{pick(rng, NICKS)} · {rng.randint(1, 59)}{pick(rng, 'mh')}")
    elif roll < 0.14:
        lines.insert(0, pick(rng, ("Feedback:", "Message:", "SMS", "New message",
                                   "In-app feedback", "Chat")))
    return lines
