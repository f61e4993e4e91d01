"""Support tickets as they arrive through social media customer care: a public post or a DM
at a company's support handle, a thread of two or three posts by the same customer, or a post
with the brand's reply ("... DM us your account number ^JS") before or after it.

Short, informal and often angry: short forms, typos, ALL CAPS, hashtags, emoji. Every post is
about the customer's problem with the company it is addressed to."""

from __future__ import annotations

import random
import re
import unicodedata

from document_pipeline.classification.corpus.common import maybe, pick
from document_pipeline.classification.corpus.pools import CITIES, FIRST_NAMES, LAST_NAMES, MONTHS
from document_pipeline.classification.corpus.ticket_social_words import (
    ABBREV,
    CODES,
    CONSOLES,
    DEVICES,
    EMOJI,
    HANDLE_SUFFIXES,
    HANDLES,
    SECTOR_EMOJI,
    SECTOR_WEIGHTS,
    SECTORS,
    SOCIAL,
)

SHAPES = ("post", "thread", "answered", "reply", "dm")
SHAPE_WEIGHTS = (0.36, 0.18, 0.2, 0.11, 0.15)
ENDINGS = (".", "", "", "!", "!!", "...", "!!!", "??")
MID_ENDINGS = (".", ".", ".", "!", "!!", "...", ",", " -")
OUTAGE_SECTORS = ("carrier", "isp", "utility")
APP_SECTORS = ("streaming", "bank", "gaming")
BOOKING_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
POST_LIMIT = 330
# Placeholders any sector's post may use, and the ones that only make sense in some sectors
# (a booking reference for a flight, a router for broadband).
GENERIC_KEYS = frozenset(("n", "nth", "days", "mins", "hours", "ref", "handle", "city", "date",
                          "amount", "cust", "first"))
SECTOR_KEYS = {
    "streaming": ("account", "version", "device", "code"), "carrier": ("account", "device"),
    "grocery": ("order", "item"), "air": ("booking", "flight"),
    "rail": ("booking", "order", "time"),
    "bank": ("account", "version", "device", "code", "last4"), "parcel": ("order", "time"),
    "utility": ("account",), "gaming": ("order", "account", "console", "code", "version"),
    "isp": ("account", "code", "plan", "speed"), "ride": ("account",), "food": ("order", "dish"),
}
NET_SECTORS = ("isp", "carrier")


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def _nick(rng: random.Random, lang: str, name: str) -> str:
    first = _ascii(name)
    last = _ascii(pick(rng, LAST_NAMES[lang]))
    shapes = (f"{first}{rng.randint(1, 99)}", f"{first}_{last[:1]}", f"{first}.{last}",
              f"{first[:3]}{last}", f"{last}{rng.randint(70, 99)}", f"the_real_{first}",
              f"{first}{last[:2]}_", f"{last}_{first}")
    return pick(rng, shapes)


def _amount(rng: random.Random, lang: str) -> str:
    value = rng.randint(4, 420)
    cents = pick(rng, ("", "", "", ".99", ".50", ".00", ".49"))
    if lang == "en":
        symbol = rng.choices(("£", "$", "€"), weights=(5, 2, 1))[0]
        return f"{symbol}{value}{cents}"
    cents = cents.replace(".", ",")
    word = {"es": "euros", "pt": "euros", "it": "euro", "nl": "euro", "de": "Euro"}.get(lang)
    shapes = [f"{value}{cents} €", f"{value}{cents}€", f"€{value}{cents}"]
    if word:
        shapes.append(f"{value} {word}")
    return pick(rng, shapes)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10,
                                                                                 "th")
    return f"{number}{suffix}"


def _date(rng: random.Random, lang: str) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    name = MONTHS[lang][month - 1]
    if lang == "en":
        name = name.lower() if maybe(rng, 0.4) else name
        return pick(rng, (f"{day} {name}", f"{name} {day}", f"{day}/{month}", f"the "
                          f"{_ordinal(day)}", pick(rng, SOCIAL["en"]["weekday"])))
    shapes = {
        "de": (f"{day}.{month}.", f"{day}. {name}", f"{day:02d}.{month:02d}."),
        "fr": (f"{'1er' if day == 1 else day} {name}", f"{day:02d}/{month:02d}"),
        "nl": (f"{day} {name}", f"{day}-{month}"),
        "es": (f"{day} de {name}", f"{day}/{month}"),
        "it": (f"{day} {name}", f"{day}/{month}"),
        "pt": (f"{day} de {name}", f"{day}/{month}"),
    }[lang]
    return pick(rng, shapes)


def _values(rng: random.Random, lang: str, company: str) -> dict[str, str]:
    words = SOCIAL[lang]
    city = re.sub(r",.*| \d+$", "", pick(rng, CITIES[lang])[0])
    count = rng.randint(3, 6)
    letters = "ABCDEFGHJKLMNPRSTVWXZ"
    order = pick(rng, (f"#{rng.randint(10000, 99999999)}", str(rng.randint(100000, 9999999)),
                       f"{pick(rng, letters)}{rng.randint(100000, 99999999)}",
                       f"{pick(rng, letters)}{pick(rng, letters)}-{rng.randint(1000, 999999)}"))
    customer = pick(rng, FIRST_NAMES[lang])
    return {
        "handle": company, "amount": _amount(rng, lang), "date": _date(rng, lang),
        "city": city, "order": order, "n": str(count), "nth": _ordinal(count),
        "days": str(rng.randint(3, 40)),
        "mins": str(pick(rng, (15, 20, 25, 35, 40, 45, 50, 55, 70, 90, 120))),
        "hours": str(rng.randint(2, 9)),
        "booking": "".join(pick(rng, BOOKING_CHARS) for _ in range(6)),
        "account": str(rng.randint(10_000_000, 9_999_999_999)),
        "last4": f"{rng.randint(0, 9999):04d}",
        "version": f"{rng.randint(2, 12)}.{rng.randint(0, 24)}.{rng.randint(0, 9)}",
        "flight": f"{pick(rng, letters)}{pick(rng, letters)}{rng.randint(100, 9899)}",
        "time": f"{rng.randint(5, 22):02d}:{pick(rng, ('02', '12', '17', '28', '33', '42', '54'))}",
        "device": pick(rng, DEVICES), "console": pick(rng, CONSOLES), "code": pick(rng, CODES),
        "plan": pick(rng, ("100", "250", "300", "500", "1000")), "speed": str(rng.randint(2, 40)),
        "item": pick(rng, words["items"]), "dish": pick(rng, words["dishes"]),
        "cust": "there" if lang == "en" and maybe(rng, 0.4) else customer, "first": customer,
        "ref": pick(rng, (f"CAS-{rng.randint(100000, 9999999)}",
                          str(rng.randint(1000000, 99999999)),
                          f"{pick(rng, letters)}{rng.randint(10000, 999999)}")),
    }


def _fits(sector: str, text: str) -> bool:
    keys = set(re.findall(r"{(\w+)}", text))
    return keys <= GENERIC_KEYS | set(SECTOR_KEYS[sector])


def _line(rng: random.Random, lang: str, key: str, sector: str, values: dict[str, str]) -> str:
    """A detail, ask, follow-up or answer that fits the sector, filled in."""
    words = SOCIAL[lang]
    options = [text for text in words[key] if _fits(sector, text)]
    if key == "followup" and sector in NET_SECTORS:
        options += words.get("followup_net", ())
    return pick(rng, options).format(**values)


def _shorten(rng: random.Random, lang: str, text: str) -> str:
    for long, short in ABBREV[lang].items():
        if maybe(rng, 0.7):
            pattern = rf"(?<![\w@#']){re.escape(long)}(?![\w'])"
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    return text


def _plain_words(words: list[str], shortest: int) -> list[int]:
    return [index for index, word in enumerate(words)
            if len(word) >= shortest and word.isalpha() and not word.isupper()]


def _shout(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = _plain_words(words, 4)
    for index in rng.sample(candidates, k=min(len(candidates), rng.choice((1, 1, 2)))):
        words[index] = words[index].upper()
    return " ".join(words)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = _plain_words(words, 5)
    if not candidates:
        return text
    index = pick(rng, candidates)
    word = words[index]
    at = rng.randrange(len(word) - 1)
    roll = rng.random()
    if roll < 0.45:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    elif roll < 0.8:
        word = word[:at] + word[at + 1:]
    else:
        word = word[:at] + word[at] + word[at:]
    words[index] = word
    return " ".join(words)


def _style(rng: random.Random, lang: str, text: str) -> str:
    """Phone typing: short forms, lost capitals, a shouted word, a typo."""
    if maybe(rng, 0.5):
        text = _shorten(rng, lang, text)
    if maybe(rng, 0.35):
        text = text.lower()
    if maybe(rng, 0.3):
        text = _shout(rng, text)
    if maybe(rng, 0.35):
        text = _typo(rng, text)
    if lang == "en" and maybe(rng, 0.2):
        text = text.replace("'", "")
    if maybe(rng, 0.03):
        text = text.upper()
    return text


def _end(rng: random.Random, text: str, last: bool = True) -> str:
    """Close a sentence the way people do on a phone; one followed by more text gets a mark."""
    text = text.strip()
    if not text or not text[-1].isalnum():
        return text
    ending = pick(rng, ENDINGS if last else MID_ENDINGS)
    return text + (ending if ending != "??" or "?" in text[-40:] else "!")


def _brand_tag(company: str) -> str:
    name = company.lstrip("@")
    for suffix in HANDLE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 3:
            name = name[: -len(suffix)]
    return name.rstrip("_")


def _emoji(rng: random.Random, sector: str) -> str:
    """A face for the mood, now and then one for the thing that went wrong."""
    if maybe(rng, 0.2) and SECTOR_EMOJI.get(sector):
        return pick(rng, SECTOR_EMOJI[sector])
    return pick(rng, EMOJI)


def _tail(rng: random.Random, lang: str, company: str, sector: str) -> str:
    """Hashtags, emoji and a cc where people put them: at the end."""
    extras = []
    if maybe(rng, 0.4):
        tags = list(rng.sample(SOCIAL[lang]["tags"], k=rng.choice((1, 1, 2))))
        if maybe(rng, 0.35):
            brand = _brand_tag(company)
            tags.append("#" + brand + pick(rng, ("Fail", "fail", "Down", "Out", "")))
        extras.append(" ".join(tags))
    if maybe(rng, 0.42):
        face = _emoji(rng, sector)
        extras.append(face * rng.choice((1, 1, 2, 3)) if maybe(rng, 0.5) else
                      face + "".join(_emoji(rng, sector) for _ in range(rng.randint(0, 2))))
    rng.shuffle(extras)
    if maybe(rng, 0.06):
        extras.append(pick(rng, SOCIAL[lang]["cc"]))
    return " ".join(extras)


def _body(rng: random.Random, lang: str, sector: str, values: dict[str, str]) -> tuple[str, bool]:
    """The problem, maybe a detail, an ask and a closer; and whether the handle is already in."""
    words = SOCIAL[lang]
    template = pick(rng, words[sector])
    values["used"] = template
    parts = [template.format(**values)]
    for key, chance in (("detail", 0.22), ("ask", 0.6), ("closer", 0.33)):
        if maybe(rng, chance):
            parts.append(_line(rng, lang, key, sector, values))
    while len(" ".join(parts)) > POST_LIMIT and len(parts) > 1:
        parts.pop()
    joiner = " " if maybe(rng, 0.85) else "\n"
    parts = [_end(rng, part, joiner == "\n" or index == len(parts) - 1)
             for index, part in enumerate(parts)]
    return _style(rng, lang, joiner.join(parts)), "{handle}" in template


def _post(rng: random.Random, lang: str, sector: str, values: dict[str, str]) -> str:
    """One public post at the company's handle."""
    company = values["handle"]
    body, mentioned = _body(rng, lang, sector, values)
    opener = pick(rng, SOCIAL[lang]["opener"]) if maybe(rng, 0.22) else ""
    if mentioned:
        text = f"{opener} {body}"
    else:
        roll = rng.random()
        if roll < 0.6:
            text = (f"{opener} {company} {body}" if maybe(rng, 0.5)
                    else f"{company} {opener} {body}")
        elif roll < 0.68:
            text = f".{company} {opener} {body}"
        elif roll < 0.88:
            text = f"{opener} {body} {company}"
        else:
            first, dot, rest = body.partition(". ")
            text = (f"{opener} {first}{dot}{company} {rest}" if rest
                    else f"{opener} {body} {company}")
    return re.sub(r" {2,}", " ", f"{text} {_tail(rng, lang, company, sector)}").strip()


def _followup(rng: random.Random, lang: str, sector: str, values: dict[str, str]) -> str:
    """A later post in the customer's thread: still waiting, one more problem, or the ask."""
    words = SOCIAL[lang]
    others = [text for text in words[sector] if text != values.get("used")]
    roll = rng.random()
    if roll < 0.55 or (roll < 0.8 and not others):
        text = _line(rng, lang, "followup", sector, values)
        if maybe(rng, 0.35):
            text = _end(rng, text, False) + " " + _line(rng, lang, "ask", sector, values)
        text = _end(rng, text)
    elif roll < 0.8:
        problem = pick(rng, others).format(**{**values, "amount": _amount(rng, lang)})
        text = _end(rng, f"{pick(rng, words['also'])} {problem[0].lower()}{problem[1:]}")
    else:
        text = _end(rng, _line(rng, lang, "ask", sector, values))
    text = _style(rng, lang, text)
    if values["handle"] not in text and maybe(rng, 0.65):
        text = f"{values['handle']} {text}"
    if maybe(rng, 0.25):
        text += " " + _emoji(rng, sector)
    return text


def _agent(rng: random.Random, lang: str, sector: str, values: dict[str, str], user: str) -> str:
    """The brand's reply, signed with the agent's initials or name."""
    words = SOCIAL[lang]
    replies = words["agent"]
    if sector in OUTAGE_SECTORS:
        replies += words.get("agent_outage", ())
    if sector in APP_SECTORS:
        replies += words.get("agent_app", ())
    agent = pick(rng, FIRST_NAMES[lang])
    initials = agent[0] + pick(rng, "ABCDEFGHJKLMNPRSTVW")
    sign = pick(rng, (f" ^{initials}", f" ^{initials}", f" ^{initials}", f" -{agent}",
                      f" /{initials}", f" ~{agent[0]}"))
    text = pick(rng, replies).format(**values) + sign
    return f"@{user} {text}" if user and maybe(rng, 0.75) else text


def _stamp(rng: random.Random, user: str, minutes: int = 0) -> str:
    """The platform's line above a post: who, and how long ago."""
    minutes = minutes or rng.randint(1, 23 * 60)
    if minutes < 60:
        return f"@{user} · {minutes}{pick(rng, ('m', 'min'))}"
    return f"@{user} · {minutes // 60}h"


def _plain_problem(rng: random.Random, lang: str, sector: str, values: dict[str, str]) -> str:
    """A problem that does not name the handle itself, for a DM or an answer to the brand."""
    templates = [text for text in SOCIAL[lang][sector] if "{handle}" not in text]
    return pick(rng, templates).format(**values)


def _thread(rng: random.Random, lang: str, sector: str, values: dict[str, str],
            user: str) -> list[str]:
    posts = [_post(rng, lang, sector, values)]
    posts += [_followup(rng, lang, sector, values) for _ in range(rng.choice((1, 1, 2)))]
    if maybe(rng, 0.3):
        total = len(posts)
        posts = [f"{post} {index}/{total}" if maybe(rng, 0.6) else f"({index}/{total}) {post}"
                 for index, post in enumerate(posts, start=1)]
    lines: list[str] = []
    stamped = maybe(rng, 0.35)
    gap = maybe(rng, 0.5)
    # Older posts first: each later post was sent a little after the one before.
    ages = sorted((rng.randint(1, 20 * 60) for _ in posts), reverse=True)
    for post, age in zip(posts, ages, strict=True):
        if stamped:
            lines.append(_stamp(rng, user, age))
        lines.append(post)
        if gap:
            lines.append("")
    return lines[:-1] if gap else lines


def _answered(rng: random.Random, lang: str, sector: str, values: dict[str, str],
              user: str) -> list[str]:
    """The customer's post, the brand's reply, sometimes the customer's answer to it."""
    company = values["handle"]
    words = SOCIAL[lang]
    lines = [_stamp(rng, user)] if maybe(rng, 0.25) else []
    lines.append(_post(rng, lang, sector, values))
    if maybe(rng, 0.5):
        lines.append(pick(rng, words["reply_head"]).format(handle=company, to=f"@{user}"))
    lines.append(_agent(rng, lang, sector, values, user))
    if maybe(rng, 0.45):
        answer = _style(rng, lang, _end(rng, _line(rng, lang, "answer", sector, values)))
        lines.append(f"{company} {answer}")
    return lines


def _reply(rng: random.Random, lang: str, sector: str, values: dict[str, str],
           user: str) -> list[str]:
    """The brand's reply to an earlier post, then the customer answering it with the problem."""
    company = values["handle"]
    lines = [f"{company} · {rng.randint(1, 23)}h"] if maybe(rng, 0.4) else []
    lines.append(_agent(rng, lang, sector, values, user))
    answer = _line(rng, lang, "answer", sector, values)
    if maybe(rng, 0.7):
        problem = _plain_problem(rng, lang, sector, values)
        answer = f"{_end(rng, answer, False)} {problem}"
    answer = _end(rng, answer)
    tail = _tail(rng, lang, company, sector)
    lines.append(f"{company} {_style(rng, lang, answer)} {tail}".strip())
    return lines


def _dm(rng: random.Random, lang: str, sector: str, values: dict[str, str]) -> list[str]:
    """A direct message: header, the customer's messages, maybe an automatic or agent reply."""
    company = values["handle"]
    words = SOCIAL[lang]
    lines = [pick(rng, words["dm_head"]).format(handle=company)]
    if maybe(rng, 0.25):
        lines.append(f"{company}: {pick(rng, words['auto']).format(**values)}")
    messages = [_end(rng, _plain_problem(rng, lang, sector, values))]
    if maybe(rng, 0.4):
        messages.append(_end(rng, _line(rng, lang, "detail", sector, values)))
    if maybe(rng, 0.7):
        messages.append(_end(rng, _line(rng, lang, "ask", sector, values)))
    if maybe(rng, 0.25):
        messages.insert(0, pick(rng, words["opener"]))
    clock = rng.randint(7, 22) * 60 + rng.randint(0, 59)
    stamped = maybe(rng, 0.3)
    for message in messages:
        clock += rng.randint(0, 3)
        text = _style(rng, lang, message)
        lines.append(f"[{clock // 60 % 24:02d}:{clock % 60:02d}] {text}" if stamped else text)
    if maybe(rng, 0.3):
        lines.append(f"{company}: {_agent(rng, lang, sector, values, '')}")
    return lines


def social_ticket(rng: random.Random, lang: str) -> list[str]:
    """A post, DM or short thread at a company's social media support handle."""
    lang = lang if lang in SOCIAL else "en"
    sector = rng.choices(SECTORS, weights=SECTOR_WEIGHTS)[0]
    values = _values(rng, lang, pick(rng, HANDLES[lang][sector]))
    user = _nick(rng, lang, values["first"])
    shape = rng.choices(SHAPES, weights=SHAPE_WEIGHTS)[0]
    if shape == "thread":
        return _thread(rng, lang, sector, values, user)
    if shape == "answered":
        return _answered(rng, lang, sector, values, user)
    if shape == "reply":
        return _reply(rng, lang, sector, values, user)
    if shape == "dm":
        return _dm(rng, lang, sector, values)
    lines = [_stamp(rng, user)] if maybe(rng, 0.2) else []
    return [*lines, _post(rng, lang, sector, values)]
