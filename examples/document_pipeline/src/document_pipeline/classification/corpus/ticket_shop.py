"""A customer's order inquiry or question to a company, composed from pieces: what they
bought, what went wrong or what they want to know, a detail, and what they ask for; or a
polite request framed as "sorry to bother you, I would like an estimate of ..." (category
"request").

Shops' own notices about the same orders are "other" (see shop_notices.py), so the model has
to learn who writes to whom, not that a message mentions a parcel."""

from __future__ import annotations

import random
import unicodedata

from document_pipeline.classification.corpus.casual import informal
from document_pipeline.classification.corpus.common import (
    date_text,
    email_of,
    maybe,
    person,
    pick,
    random_date,
    reference,
)
from document_pipeline.classification.corpus.pools import CITIES, STREETS
from document_pipeline.classification.corpus.ticket_shop_words import SHOP_TICKET
from document_pipeline.classification.corpus.ticket_shop_words_frame import REQUEST_FRAME
from document_pipeline.classification.corpus.ticket_shop_words_south import (
    CARRIERS,
    ITEMS,
    PLANS,
    SHOP_TICKET_SOUTH,
)

WORDS = {**SHOP_TICKET, **SHOP_TICKET_SOUTH}
SHOP_CATEGORIES = ("order", "question", "request")


def shop_values(rng: random.Random, lang: str) -> dict[str, str]:
    day = random_date(rng)
    short_date = pick(rng, (day.strftime("%d/%m"), day.strftime("%d.%m."),
                            date_text(day, lang, rng)))
    symbol = pick(rng, ("€", "£", "$")) if lang == "en" else "€"
    tracking = f"{pick(rng, ('JJD', '1Z', 'CP', '3S', 'LX'))}{rng.randint(10**8, 10**11)}"
    booking = f"{pick(rng, 'ABCKLMRXZ')}{pick(rng, 'DEFHJQTW')}{rng.randint(1000, 99999)}"
    return {"item": pick(rng, ITEMS[lang]), "date": short_date, "days": str(rng.randint(3, 21)),
            "order": reference(rng, ("", "#", "WEB-", "ORD-", "A", "10")),
            "tracking": tracking, "carrier": pick(rng, CARRIERS),
            "amount": f"{rng.randint(9, 640)},{rng.randint(0, 99):02d} {symbol}",
            "account": str(rng.randint(100000, 9999999)), "booking": booking,
            "plan": pick(rng, PLANS), "email": email_of(rng, person(rng, lang)),
            "street": f"{pick(rng, STREETS[lang])} {rng.randint(1, 120)}",
            "city": pick(rng, CITIES[lang])[0]}


def shop_subject(rng: random.Random, lang: str, category: str) -> str:
    words = REQUEST_FRAME[lang] if category == "request" else WORDS[lang]
    return pick(rng, words[f"{category}_subject"]).format(**shop_values(rng, lang))


def _order_sentences(rng: random.Random, words: dict[str, tuple[str, ...]]) -> list[str]:
    lines = [pick(rng, words["trouble"])]
    if maybe(rng, 0.7):
        lines.insert(0, pick(rng, words["placed"]))
    lines += rng.sample(words["extra"], k=rng.choice((0, 0, 1, 1, 2)))
    lines.append(pick(rng, words["ask"]))
    if maybe(rng, 0.15):
        lines.append(pick(rng, words["ask"]))
    return lines


def _question_sentences(rng: random.Random, words: dict[str, tuple[str, ...]]) -> list[str]:
    lines = rng.sample(words["query"], k=rng.choice((1, 1, 1, 2)))
    if maybe(rng, 0.5):
        lines.insert(0, pick(rng, words["topic"]))
    if maybe(rng, 0.45):
        lines.insert(rng.randint(0, len(lines)), pick(rng, words["context"]))
    if maybe(rng, 0.7):
        lines.append(pick(rng, words["close"]))
    return lines


def plain_letters(text: str) -> str:
    """Text as typed without accents: "réception" becomes "reception"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _frame_sentences(rng: random.Random, words: dict[str, tuple[str, ...]]) -> list[str]:
    if maybe(rng, 0.75):
        lines = [f"{pick(rng, words['want'])} {pick(rng, words['what'])} "
                 f"{pick(rng, words['about'])}"]
    else:
        lines = [pick(rng, words["direct"])]
    if maybe(rng, 0.45):
        lines[0] = f"{pick(rng, words['sorry'])} {lines[0]}"
    context = rng.sample(words["context"], k=rng.choice((0, 1, 1, 1, 2)))
    if context and maybe(rng, 0.3):
        lines = context + lines
    else:
        lines += context
    if maybe(rng, 0.45):
        lines.append(pick(rng, words["ask"]))
    if maybe(rng, 0.85):
        lines.append(pick(rng, words["thanks"]))
    return lines


def framed_request(rng: random.Random, lang: str) -> list[str]:
    """A polite request about an order's delivery: greeting, maybe an apology, "I would like
    an estimate of ...", what was promised, thanks; often typed quickly, without accents."""
    lang = lang if lang in REQUEST_FRAME else "en"
    words = REQUEST_FRAME[lang]
    values = shop_values(rng, lang)
    sentences = [template.format(**values) for template in _frame_sentences(rng, words)]
    if maybe(rng, 0.5):
        sentences[0] += "." if sentences[0][-1] not in ".?!" else ""
    if maybe(rng, 0.6):
        sentences = [text[0].upper() + text[1:] for text in sentences]
    greet = pick(rng, words["greet"])
    roll = rng.random()
    if roll < 0.45:
        # One run-on paragraph after the greeting: "Bonjour, désolé de vous déranger, je ..."
        mark = pick(rng, ("", "", ",", "."))
        text = "".join(sentence + ("" if sentence[-1] in ".?!," else mark) + " "
                       for sentence in sentences)
        lines = [f"{greet} {text.strip()}"]
    elif roll < 0.75:
        lines = [greet, " ".join(sentences)]
    else:
        lines = [greet, *sentences]
    if maybe(rng, 0.3):
        lines = [informal(rng, line) for line in lines]
    if maybe(rng, 0.25):
        lines = [plain_letters(line) for line in lines]
    return lines


def shop_request(rng: random.Random, lang: str, category: str) -> list[str]:
    """The body of an order inquiry or a question, one sentence a line or as one paragraph."""
    if category == "request":
        return framed_request(rng, lang)
    lang = lang if lang in WORDS else "en"
    words = WORDS[lang]
    values = shop_values(rng, lang)
    compose = _order_sentences if category == "order" else _question_sentences
    lines = []
    for template in dict.fromkeys(compose(rng, words)):
        text = template.format(**values)
        lines.append(text[0].upper() + text[1:])
    if maybe(rng, 0.6):
        return [" ".join(lines)]
    return lines
