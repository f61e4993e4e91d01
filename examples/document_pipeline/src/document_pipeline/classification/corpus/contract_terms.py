"""Contracts as businesses meet them on the web, in English, German, French and Dutch: the terms
of service of a website, app or online service, and standard-terms agreements (a cover page of
key terms followed by numbered Standard Terms) as open template projects publish them.

Written in markdown or plain text, whole or as an excerpt that starts mid-document.
"""

from __future__ import annotations

import random
import re

from document_pipeline.classification.corpus.common import (
    address,
    company,
    date_text,
    maybe,
    money,
    pick,
    random_date,
    table_row,
)
from document_pipeline.classification.corpus.contract_terms_words import (
    BRANDS,
    COVER_KEYS,
    COVER_LABELS,
    COVER_VALUES,
    CYCLES,
    EMAIL_LOCALS,
    KIND_TOPICS,
    LAWS_EN,
    ONLINE_TITLES,
    ONLINE_TOPICS,
    ONLINE_WORDS,
    PROHIBITED,
    ROLES,
    SERVICE_KINDS,
    SERVICE_TOPICS,
    SERVICES,
    STANDARD_KINDS,
    STANDARD_SKIP,
    STANDARD_TITLES,
    STANDARD_TOPICS,
    STANDARD_WORDS,
    SUFFIXES,
    Topic,
)
from document_pipeline.classification.corpus.pools import CITIES, LEGAL_FORMS, NAME_STEMS

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX")
NUMBERINGS = ("arabic", "arabic", "arabic", "arabic", "arabic", "none", "letter", "roman")
BULLETS = ("- ", "* ", "• ", "(a) ", "(i) ", "1. ", "– ")
# Topics whose phrasings contradict each other (two governing laws) or repeat (two contacts).
SINGLE_BODY = ("law", "contact", "eligibility", "scope", "content")
CURRENCY = {"en": ("USD", "GBP", "EUR"), "de": ("EUR",), "fr": ("EUR",), "nl": ("EUR",)}
Values = dict[str, str]


def _tidy(lines: list[str]) -> list[str]:
    """No doubled full stop where a name ending in "Co." or "e.K." closes a sentence."""
    return [re.sub(r"(?<!\.)\.\.(?!\.)", ".", line) for line in lines]


def _lang(lang: str) -> str:
    return lang if lang in ONLINE_TOPICS else "en"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())[:20] or "service"


def _anchor(text: str) -> str:
    return "-".join(re.findall(r"\w+", text.lower()))


def _marker(kind: str, index: int) -> str:
    if kind == "letter":
        return chr(ord("A") + index - 1)
    if kind == "roman":
        return ROMAN[(index - 1) % len(ROMAN)]
    return str(index)


def _bullet(style: str, index: int) -> str:
    if style == "(a) ":
        return f"({chr(ord('a') + index)}) "
    if style == "(i) ":
        return f"({ROMAN[index].lower()}) "
    if style == "1. ":
        return f"{index + 1}. "
    return style


def _with_caps(values: Values) -> Values:
    """The values again under upper-case names, upper-cased, for all-caps paragraphs."""
    return {**values, **{key.upper(): value.upper() for key, value in values.items()}}


def _fill(template: str, values: Values, markdown: bool) -> str:
    text = template.format(**values)
    if markdown:
        return text
    text = text.replace("**", "")
    return text.strip("_") if text.startswith("_") and text.endswith("_") else text


def _common_values(rng: random.Random, lang: str) -> Values:
    brand = pick(rng, BRANDS) if maybe(rng, 0.6) else pick(rng, NAME_STEMS)
    legal = (f"{brand} {pick(rng, LEGAL_FORMS[lang])}" if maybe(rng, 0.75)
             else company(rng, lang))
    place = address(rng, lang)
    slug = _slug(brand)
    day = random_date(rng)
    currency = pick(rng, CURRENCY[lang])
    uptime = pick(rng, ("99.9", "99.5", "99.95", "99"))
    return {
        "company": brand, "legal_entity": legal, "slug": slug,
        "address_line": ", ".join(place), "address_block": "\n".join(place),
        "email": f"{pick(rng, EMAIL_LOCALS[lang])}@{slug}.example",
        "url": f"https://{pick(rng, ('www.', '', 'legal.'))}{slug}.example",
        "date": date_text(day, lang, rng), "year": str(day.year),
        "date2": date_text(random_date(rng), lang, rng),
        "v": pick(rng, ("1.0", "1.1", "2.0", "2.1", "3", "4.2", "2024-03")),
        "days": str(pick(rng, (7, 10, 14, 30, 30, 45))),
        "notice_days": str(pick(rng, (14, 30, 30, 60, 90))),
        "months": str(pick(rng, (3, 6, 12, 12))),
        "amount": money(float(pick(rng, (50, 100, 250, 500, 1000, 5000))), currency, lang, rng),
        "city": pick(rng, [name for name, _ in CITIES[lang]]),
        "uptime": uptime if lang == "en" else uptime.replace(".", ","),
        "pct": str(pick(rng, (5, 8, 10, 12, 15, 20))),
        "page": str(rng.randint(2, 6)), "pages": str(rng.randint(7, 14)),
    }


def _online_values(rng: random.Random, lang: str, kind: str) -> Values:
    values = _common_values(rng, lang)
    brand = values["company"]
    law, courts = pick(rng, LAWS_EN)
    values.update({
        "product": brand if maybe(rng, 0.35) else f"{brand} {pick(rng, SUFFIXES[kind])}",
        "service": pick(rng, SERVICES[lang][kind]), "law": law, "courts": courts,
        "age": str(pick(rng, (13, 16, 18, 18))), "cycle": pick(rng, CYCLES[lang]),
        "trial": str(pick(rng, (7, 14, 30))), "kvk": str(rng.randint(10_000_000, 99_999_999)),
    })
    return _with_caps(values)


def _heading(style: str, marker: str, heading: str, markdown: str) -> str:
    text = style.format(n=marker, h=heading, H=heading.upper())
    if markdown == "**":
        return f"**{text}**"
    return f"{markdown} {text}" if markdown else text


def _list_lines(rng: random.Random, lang: str) -> list[str]:
    pool = PROHIBITED[lang]
    items = rng.sample(list(pool), k=rng.randint(3, min(7, len(pool))))
    style = pick(rng, BULLETS)
    end = pick(rng, (";", ".", ",", ""))
    return [f"{_bullet(style, index)}{item}{'.' if index == len(items) - 1 else end}"
            for index, item in enumerate(items)]


def _body(rng: random.Random, body: str, values: Values, lang: str, sub: str,
          markdown: bool, spaced: bool) -> list[str]:
    """A body's paragraphs, numbered sub-clauses when `sub` is a section number."""
    text = _fill(body, values, markdown)
    paragraphs = text.split("\n")
    if len(paragraphs) == 1 and maybe(rng, 0.6):
        sub = ""
    gap = [""] if spaced else []
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs, start=1):
        lines += [f"{sub}.{index} {paragraph}" if sub else paragraph, *gap]
    if text.endswith(":"):
        lines = [*lines[:len(lines) - len(gap)], *_list_lines(rng, lang), *gap]
    return lines


def _online_topics(rng: random.Random, lang: str, kind: str) -> list[Topic]:
    pool = ONLINE_TOPICS[lang]
    count = rng.randint(5, min(14, len(pool)))
    chosen = [pool[index] for index in sorted(rng.sample(range(len(pool)), count))]
    if maybe(rng, 0.12):
        middle = chosen[1:-1]
        rng.shuffle(middle)
        chosen = [chosen[0], *middle, chosen[-1]]
    if maybe(rng, 0.6):
        chosen.insert(rng.randint(1, min(3, len(chosen))), SERVICE_TOPICS[lang][kind])
    return chosen


def _section_style(rng: random.Random, words: dict[str, tuple[str, ...]],
                   markdown: bool) -> tuple[str, str, str]:
    """(heading template, numbering kind, markdown prefix) used by every section."""
    numbering = pick(rng, NUMBERINGS)
    style = "{n}. {h}" if numbering in ("letter", "roman") else pick(rng, words["heading"])
    if numbering == "none":
        style = pick(rng, ("{h}", "{h}", "{H}"))
    prefix = pick(rng, ("##", "##", "###", "**")) if markdown else ""
    return style, numbering, prefix


def _online_section(rng: random.Random, lang: str, topic: Topic, marker: str,
                    values: Values, markdown: bool, spaced: bool) -> list[str]:
    key, _, bodies = topic
    sub = marker if marker.isdigit() and maybe(rng, 0.25) else ""
    body = pick(rng, bodies)
    if len(bodies) > 1 and key not in SINGLE_BODY and maybe(rng, 0.3):
        # Two phrasings under one heading make a longer section; a list comes last.
        pair = sorted(rng.sample(list(bodies), k=2),
                      key=lambda text: (text.endswith(":"), bodies.index(text)))
        body = body if pair[0].endswith(":") else "\n".join(pair)
    lines = _body(rng, body, values, lang, sub, markdown, spaced)
    if key in ("disclaimer", "liability") and maybe(rng, 0.15):
        lines = [line.upper() for line in lines]
    return lines


def _toc(rng: random.Random, words: dict[str, tuple[str, ...]], headings: list[str],
         markdown: bool) -> list[str]:
    label = pick(rng, words["toc"])
    lines = [f"## {label}" if markdown else label]
    for index, heading in enumerate(headings, start=1):
        if markdown and maybe(rng, 0.5):
            lines.append(f"{index}. [{heading}](#{_anchor(heading)})")
        else:
            lines.append(f"{index}. {heading}")
    return [*lines, ""]


def _excerpt(rng: random.Random, words: dict[str, tuple[str, ...]], sections: list[list[str]],
             values: Values) -> list[str]:
    """The document from somewhere in the middle: a scan of page 3, a pasted fragment."""
    start = rng.randint(1, max(1, len(sections) - 3))
    lines: list[str] = []
    if maybe(rng, 0.5):
        lines += [pick(rng, words["continued"]).format(**values), ""]
    previous = [line for line in sections[start - 1] if line.strip()]
    if previous and maybe(rng, 0.5):
        lines += [previous[-1], ""]
    for section in sections[start:]:
        lines += section
    return lines


def online_terms(rng: random.Random, lang: str) -> list[str]:
    """Terms of service of a website, app or online service, written to "you" by "we"."""
    lang = _lang(lang)
    kind = pick(rng, SERVICE_KINDS)
    values = _online_values(rng, lang, kind)
    words = ONLINE_WORDS[lang]
    markdown = maybe(rng, 0.45)
    topics = _online_topics(rng, lang, kind)
    style, numbering, prefix = _section_style(rng, words, markdown)
    headings = [pick(rng, headings).format(**values) for _, headings, _ in topics]
    spaced = markdown or maybe(rng, 0.6)
    gap = [""] if spaced else []
    sections = []
    for index, (topic, heading) in enumerate(zip(topics, headings, strict=True), start=1):
        marker = "" if numbering == "none" else _marker(numbering, index)
        sections.append([_heading(style, marker, heading, prefix), *gap,
                         *_online_section(rng, lang, topic, marker, values, markdown, spaced)])
    if maybe(rng, 0.12):
        return _tidy(_excerpt(rng, words, sections, values))
    title = pick(rng, ONLINE_TITLES[lang]["any"] + ONLINE_TITLES[lang].get(kind, ()))
    title = title.format(**values)
    lines = [f"# {title}" if markdown else title, ""]
    if maybe(rng, 0.7):
        lines += [_fill(pick(rng, words["updated"]), values, markdown), ""]
    if maybe(rng, 0.85):
        lines += [_fill(pick(rng, words["intro"]), values, markdown), ""]
    if maybe(rng, 0.2):
        lines += [pick(rng, words["caps"]), ""]
    if len(topics) >= 6 and maybe(rng, 0.25):
        lines += _toc(rng, words, headings, markdown)
    for section in sections:
        lines += section if section[-1] == "" else [*section, ""]
    if maybe(rng, 0.15):
        lines += [pick(rng, words["accept"]), ""]
    if maybe(rng, 0.35):
        lines.append(("---\n" if markdown else "") + pick(rng, words["footer"]).format(**values))
    return _tidy(lines)


# ---- Standard-terms agreements ----

def _standard_values(rng: random.Random, lang: str, kind: str) -> Values:
    values = _common_values(rng, lang)
    prov, cust, thing = ROLES[lang][kind]
    brand = values["company"]
    values.update({
        "prov": prov, "cust": cust, "thing": thing,
        "product": f"{brand} {pick(rng, SUFFIXES[pick(rng, ('saas', 'hosting', 'api'))])}",
        "customer_name": company(rng, pick(rng, (lang, lang, "en"))),
        "users": str(pick(rng, (10, 25, 50, 100, 250, 1000))),
        "servers": str(pick(rng, (1, 2, 4, 8))),
        "ref": f"{rng.randint(2021, 2025)}-{rng.randint(1, 999):03d}",
    })
    return _with_caps(values)


def _cover_value(rng: random.Random, lang: str, key: str, values: Values) -> str:
    if key == "provider":
        return values["legal_entity"] + (f", {values['address_line']}" if maybe(rng, 0.4)
                                         else "")
    if key == "customer":
        return values["customer_name"]
    if key == "effective":
        return date_text(random_date(rng), lang, rng)
    if key == "product":
        return values["product"]
    if key == "notice":
        return f"{values['prov']}: {values['email']}; {values['cust']}: " \
               f"legal@{_slug(' '.join(values['customer_name'].split()[:2]))}.example"
    return pick(rng, COVER_VALUES[lang][key]).format(**values)


def _key_terms(rng: random.Random, lang: str, kind: str, values: Values,
               markdown: bool) -> list[str]:
    """The cover page's key terms, as a table, a list of labels or label-value pairs."""
    keys = [key for key in COVER_KEYS[kind]
            if key in ("provider", "customer", "effective") or maybe(rng, 0.75)]
    rows = [(pick(rng, COVER_LABELS[lang][key]).format(**values),
             _cover_value(rng, lang, key, values)) for key in keys]
    shape = rng.randrange(4)
    if markdown and shape < 2:
        head = pick(rng, STANDARD_WORDS[lang]["table"]).split("|")
        bold = maybe(rng, 0.5)
        lines = [f"| {head[0]} | {head[1]} |", "|---|---|"]
        return lines + [f"| {'**' + label + '**' if bold else label} | {value} |"
                        for label, value in rows]
    if shape == 0:
        return [table_row([label, value], (30, 70), rng) for label, value in rows]
    if shape == 1:
        return [line for label, value in rows for line in (label, value, "")]
    joiner = pick(rng, (": ", ": ", " – ", "\t"))
    return [f"{label}{joiner}{value}" for label, value in rows]


def _signature_block(rng: random.Random, lang: str, values: Values) -> list[str]:
    words = STANDARD_WORDS[lang]
    lines = [pick(rng, words["sign"]), ""]
    for party, name in ((values["prov"], values["legal_entity"]),
                        (values["cust"], values["customer_name"])):
        lines.append(f"{party}: {name}")
        lines += [f"{field}: ____________________" for field in words["fields"]
                  if maybe(rng, 0.8)]
        lines.append("")
    return lines


def _cover_page(rng: random.Random, lang: str, kind: str, values: Values,
                markdown: bool) -> list[str]:
    words = STANDARD_WORDS[lang]
    heading = pick(rng, words["cover"])
    lines = [f"## {heading}" if markdown else heading, ""]
    if maybe(rng, 0.7):
        lines += [pick(rng, words["cover_intro"]).format(**values), ""]
    lines += [*_key_terms(rng, lang, kind, values, markdown), ""]
    if maybe(rng, 0.4):
        lines += _signature_block(rng, lang, values)
    return [*lines, "---" if markdown and maybe(rng, 0.6) else ""]


def _standard_topics(rng: random.Random, lang: str, kind: str) -> list[Topic]:
    skip = STANDARD_SKIP.get(kind, ())
    common = [topic for topic in STANDARD_TOPICS[lang] if topic[0] not in skip]
    lead = 1 if common and common[0][0] == "service" else 0
    pool = [*common[:lead], *KIND_TOPICS[lang].get(kind, ()), *common[lead:]]
    count = rng.randint(5, min(14, len(pool)))
    return [pool[index] for index in sorted(rng.sample(range(len(pool)), count))]


def _standard_section(rng: random.Random, lang: str, topic: Topic, number: int,
                      style: tuple[str, str, str], values: Values, markdown: bool,
                      layout: tuple[bool, bool]) -> list[str]:
    """One numbered section; `layout` is (blank lines between paragraphs, run-in headings)."""
    template, numbering, prefix = style
    spaced, run_in = layout
    _, headings, bodies = topic
    heading = pick(rng, headings).format(**values)
    marker = "" if numbering == "none" else _marker(numbering, number)
    sub = marker if numbering == "arabic" and not run_in and maybe(rng, 0.7) else ""
    body = _body(rng, pick(rng, bodies), values, lang, sub, markdown, spaced)
    if run_in:
        # The heading runs into the first paragraph: "1. Service. Provider will ..."
        lead = template.format(n=marker, h=heading, H=heading.upper()).rstrip(".") + "."
        lead = f"**{lead}**" if prefix == "**" else lead
        return [f"{lead} {body[0]}", *body[1:]]
    return [_heading(template, marker, heading, prefix), *([""] if spaced else []), *body]


def standard_terms(rng: random.Random, lang: str) -> list[str]:
    """A cover page of key terms, then numbered Standard Terms with capitalised defined terms."""
    lang = _lang(lang)
    kind = pick(rng, STANDARD_KINDS[lang])
    values = _standard_values(rng, lang, kind)
    words = STANDARD_WORDS[lang]
    markdown = maybe(rng, 0.5)
    values["title"] = pick(rng, STANDARD_TITLES[lang][kind]).format(**values)
    style = _section_style(rng, words, markdown)
    layout = (markdown or maybe(rng, 0.7),
              style[1] != "none" and style[2] in ("", "**") and maybe(rng, 0.3))
    sections = [_standard_section(rng, lang, topic, number, style, values, markdown, layout)
                for number, topic in enumerate(_standard_topics(rng, lang, kind), start=1)]
    sections = [section if section[-1] == "" else [*section, ""] for section in sections]
    if maybe(rng, 0.1):
        return _tidy(_excerpt(rng, ONLINE_WORDS[lang], sections, values))
    lines = [f"# {values['title']}" if markdown else values["title"], ""]
    if maybe(rng, 0.85):
        lines += _cover_page(rng, lang, kind, values, markdown)
    # A processing agreement is not called "general terms of sale".
    terms = pick(rng, [text for text in words["terms"] if kind != "dpa" or not any(
        word in text for word in ("AGB", "GESCHÄFTS", "Geschäfts", "vente"))])
    terms = terms.format(**values)
    lines += [f"## {terms}" if markdown else terms, ""]
    if maybe(rng, 0.4):
        lines += [pick(rng, words["terms_intro"]).format(**values), ""]
    for section in sections:
        lines += section
    if maybe(rng, 0.2):
        lines += _signature_block(rng, lang, values)
    if maybe(rng, 0.3):
        lines.append(pick(rng, words["end"]).format(**values))
    return _tidy(lines)
