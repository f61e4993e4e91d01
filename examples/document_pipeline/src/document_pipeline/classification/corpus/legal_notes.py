"""Formal documents that bind nobody ("other"): guides and FAQs that explain agreements and
legal processes, bylaws, standing orders and fee schedules of associations, security and
compliance pages (RFC 2350 CSIRT descriptions, disclosure policies, subprocessor lists,
transparency reports, accessibility and supply-chain statements) and internal policies and
works-council notices, in English, German, French and Dutch.

They talk about agreements, members, incidents and reporting, in numbered sections and
tables, so the model has to learn that a contract binds two parties and a ticket asks for
help, not that legal words or numbered paragraphs make a contract.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from document_pipeline.classification.corpus.common import (
    address,
    as_email,
    company,
    date_text,
    greeting,
    maybe,
    money,
    person,
    phone,
    pick,
    random_date,
    signature,
)
from document_pipeline.classification.corpus.legal_notes_words import POOLS, SECTIONS
from document_pipeline.classification.corpus.pools import CITIES, MONTHS

KINDS = {
    "guide": ("guide_nda", "guide_takedown", "guide_terms", "faq_clauses"),
    "rules": ("statutes", "orders", "fees"),
    "security": ("csirt", "disclosure", "accessibility", "slavery", "subprocessors",
                 "transparency"),
    "policy": ("travel", "remote", "retention", "works_council"),
}
FAMILIES = tuple(KINDS)
FAMILY_WEIGHTS = (0.27, 0.25, 0.27, 0.21)
MAILBOXES = {"guide": ("legal", "hello", "info", "redaktion", "blog"),
             "rules": ("vorstand", "secretary", "bureau", "bestuur", "info", "club"),
             "csirt": ("cert", "csirt", "security", "incident"),
             "disclosure": ("security", "responsible-disclosure", "cvd", "psirt"),
             "accessibility": ("accessibility", "webteam", "info", "toegankelijkheid"),
             "retention": ("dpo", "privacy", "datenschutz", "rgpd"),
             "works_council": ("works-council", "betriebsrat", "cse", "or"),
             "security": ("privacy", "legal", "compliance", "trust"),
             "policy": ("hr", "people", "finance", "travel", "personal")}
TEAMS = ("{short}-CERT", "{short} CSIRT", "{short}-PSIRT", "CERT-{short}", "{short} SIRT")
RULE_HEADINGS = {"en": ("Rule {n} – {h}", "{n}. {h}", "Section {n}: {h}", "Article {n} – {h}"),
                 "de": ("§ {n} {h}", "§ {n} – {h}", "§ {n}\n{h}", "§ {n}. {h}"),
                 "fr": ("Article {n} – {h}", "Article {n} : {h}", "Art. {n} – {h}",
                        "ARTICLE {n} – {H}"),
                 "nl": ("Artikel {n} – {h}", "Artikel {n}. {h}", "Art. {n} {h}",
                        "Artikel {n}\n{h}")}
HEADINGS = ("## {h}", "{n}. {h}", "{h}", "{H}", "**{h}**", "{n} {h}", "### {h}", "{h}:")
BULLETS = ("- ", "• ", "* ", "– ", "· ")
HONORARY = ("honor", "ehren", "honneur", "erelid")
Writer = Callable[[random.Random, str, str, dict[str, str]], list[str]]


def _values(rng: random.Random, lang: str, family: str, kind: str) -> dict[str, str]:
    org = company(rng, lang)
    slug = re.sub(r"[^a-z]", "", org.lower())[:12] or "example"
    domain = f"{slug}.example"
    site = f"www.{domain}" if maybe(rng, 0.3) else domain
    mailbox = pick(rng, MAILBOXES.get(kind, MAILBOXES[family]))
    currency = pick(rng, ("GBP", "GBP", "USD", "EUR")) if lang == "en" else "EUR"
    city = pick(rng, [name for name, _ in CITIES[lang]])
    fingerprint = " ".join(f"{rng.randrange(65536):04X}" for _ in range(10))
    short = slug[:rng.randint(3, 6)].upper()
    day = random_date(rng)
    return {"org": org, "site": site, "city": city, "name": person(rng, lang),
            "name2": person(rng, lang), "email": f"{mailbox}@{domain}",
            "date": date_text(day, lang, rng), "date2": date_text(random_date(rng), lang, rng),
            "year": str(day.year), "month": MONTHS[lang][day.month - 1],
            "version": f"{rng.randint(1, 4)}.{rng.randint(0, 9)}", "n": str(rng.randint(2, 12)),
            "days": str(rng.choice((3, 5, 7, 10, 14, 14, 21, 30))), "phone": phone(rng),
            "amount": money(rng.choice((5, 10, 15, 20, 25, 30, 50)), currency, lang, rng),
            "limit": money(rng.choice((50, 100, 120, 150, 180, 250, 500)), currency, lang, rng),
            "team": pick(rng, TEAMS).format(short=short), "short": short,
            "fingerprint": fingerprint, "keyid": fingerprint.replace(" ", "")[-16:],
            "club": pick(rng, POOLS[lang]["club"]).format(city=city),
            "address": "\n".join([org, *address(rng, lang)]), "half": str(rng.randint(1, 2)),
            "read": str(rng.randint(3, 12)), "staff": str(rng.randint(40, 9000)),
            "weekdays": str(rng.choice((2, 3)))}


def _line(rng: random.Random, lang: str, key: str, values: dict[str, str]) -> str:
    return pick(rng, POOLS[lang][key]).format(**values)


def _title(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    title = _line(rng, lang, f"title_{kind}", values)
    roll = rng.random()
    if roll < 0.2:
        return [f"# {title}", ""]
    if roll < 0.3:
        return [title, "=" * len(title), ""]
    if roll < 0.4:
        return [title.upper(), ""]
    return [title, ""]


def _paragraph(text: str, values: dict[str, str], bullet: str) -> list[str]:
    lines = text.format(**values).split("\n")
    return [bullet + line[2:] if line.startswith("- ") else line for line in lines]


def _heading(style: str, number: int, heading: str, values: dict[str, str]) -> list[str]:
    heading = heading.format(**values)
    return style.format(n=number, h=heading, H=heading.upper()).split("\n")


def _body(rng: random.Random, entry: tuple[str, ...], values: dict[str, str], bullet: str,
          both: float = 0.0) -> list[str]:
    """One of a section's texts; with probability `both`, two of them (guides, policies)."""
    texts = list(entry[1:])
    if not texts:
        return []
    chosen = rng.sample(texts, k=2) if len(texts) > 1 and maybe(rng, both) else [pick(rng, texts)]
    lines: list[str] = []
    for text in chosen:
        lines += _paragraph(text, values, bullet)
    return lines


def _sections(rng: random.Random, entries: list[tuple[int, tuple[str, ...]]], style: str,
              values: dict[str, str], renumber: bool = True, both: float = 0.0) -> list[str]:
    bullet = pick(rng, BULLETS)
    lines: list[str] = []
    for position, (index, entry) in enumerate(entries, start=1):
        lines += _heading(style, position if renumber else index + 1, entry[0], values)
        lines += [*_body(rng, entry, values, bullet, both), ""]
    return lines


def _subset(rng: random.Random, lang: str, kind: str,
            low: int = 2) -> list[tuple[int, tuple[str, ...]]]:
    """Some of a kind's sections, in their order."""
    entries = list(enumerate(SECTIONS[lang][kind]))
    keep = sorted(rng.sample(entries, k=rng.randint(min(low, len(entries)), len(entries))))
    return keep


def _slice(rng: random.Random, lang: str, kind: str) -> list[tuple[int, tuple[str, ...]]]:
    """All of a kind's sections, or a run of them as in an excerpt."""
    entries = list(enumerate(SECTIONS[lang][kind]))
    if maybe(rng, 0.6):
        return entries
    start = rng.randrange(len(entries) - 2)
    return entries[start:start + rng.randint(3, len(entries) - start)]


def guide(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    lines = _title(rng, lang, kind, values) if not maybe(rng, 0.08) else []
    if maybe(rng, 0.6):
        lines += [_line(rng, lang, "guide_byline", values), ""]
    if kind == "faq_clauses":
        entries = _subset(rng, lang, kind)
        rng.shuffle(entries)
        style = pick(rng, ("Q: {h}", "**{h}**", "### {h}", "{h}", "{n}. {h}"))
    else:
        entries = _subset(rng, lang, kind)
        style = pick(rng, HEADINGS)
    lines += _sections(rng, entries, style, values, both=0.25)
    for _ in range(rng.randint(0, 2)):
        lines.append(_line(rng, lang, "guide_footer", values))
    return lines


def association_rules(rng: random.Random, lang: str, kind: str,
                      values: dict[str, str]) -> list[str]:
    lines = _title(rng, lang, kind, values)
    if maybe(rng, 0.3):
        lines += [_line(rng, lang, "meta", values), ""]
    entries = _slice(rng, lang, kind)
    lines += _sections(rng, entries, pick(rng, RULE_HEADINGS[lang]), values, renumber=False)
    if maybe(rng, 0.5):
        lines.append(_line(rng, lang, "adopted", values))
    return lines


def _table(rng: random.Random, rows: list[list[str]]) -> list[str]:
    style = rng.randrange(3)
    if style == 0:
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        return [lines[0], "|" + "|".join("---" for _ in rows[0]) + "|", *lines[1:]]
    if style == 1:
        return ["\t".join(row) for row in rows]
    widths = [max(len(row[column]) for row in rows) + 3 for column in range(len(rows[0]))]
    return ["".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip()
            for row in rows]


def fee_schedule(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    words = POOLS[lang]
    lines = [values["club"], *_title(rng, lang, kind, values)] if maybe(rng, 0.5) else \
        _title(rng, lang, kind, values)
    lines += [_line(rng, lang, "fee_intro", values), ""]
    currency = pick(rng, ("GBP", "USD")) if lang == "en" else "EUR"
    rows = [list(words["fee_head"])]
    for category in rng.sample(words["fee_category"], k=rng.randint(3, 7)):
        free = any(mark in category.lower() for mark in HONORARY)
        amount = 0 if free else rng.choice((12, 24, 36, 48, 60, 90, 120, 150, 180, 240, 320))
        note = words["fee_note"][0] if free else pick(rng, words["fee_note"][1:])
        rows.append([category, money(amount, currency, lang, rng), note])
    lines += [*_table(rng, rows), ""]
    notes = rng.sample(words["fee_para"], k=rng.randint(1, min(4, len(words["fee_para"]))))
    numbered = maybe(rng, 0.4)
    for number, note in enumerate(notes, start=2):
        text = note.format(**values)
        lines.append(f"{'§ ' if lang == 'de' else ''}{number}. {text}" if numbered else text)
    return [*lines, "", _line(rng, lang, "adopted", values)]


def csirt(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    lines = _title(rng, lang, kind, values)
    entries = _slice(rng, lang, kind)
    style = rng.randrange(3)
    for _, entry in entries:
        heading = entry[0].format(**values)
        top = re.match(r"\d+\. ", heading) is not None
        if style == 1:
            heading = f"{'##' if top else '###'} {heading}"
        elif style == 2 and top:
            heading = heading.upper()
        lines.append(heading)
        body = _body(rng, entry, values, "- ")
        if body:
            lines += [*(f"   {line}" if style == 0 and maybe(rng, 0.5) else line for line in body)]
        lines.append("")
    return lines


def statement(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    lines = _title(rng, lang, kind, values)
    if maybe(rng, 0.5):
        lines += [_line(rng, lang, "meta", values), ""]
    both = 0.2 if kind in ("travel", "remote") else 0.0
    entries = _subset(rng, lang, kind, low=3)
    return lines + _sections(rng, entries, pick(rng, HEADINGS), values, both=both)


def _listed(rng: random.Random, lang: str, kind: str, values: dict[str, str],
            rows: list[list[str]]) -> list[str]:
    """A page of a few paragraphs around one table."""
    lines = _title(rng, lang, kind, values)
    if maybe(rng, 0.6):
        lines += [_line(rng, lang, "meta", values), ""]
    entries = _subset(rng, lang, kind, low=1)
    style = pick(rng, HEADINGS) if maybe(rng, 0.5) else ""
    split = rng.randint(1, len(entries))
    return [*lines, *_plain_or_headed(rng, entries[:split], style, values),
            *_table(rng, rows), "", *_plain_or_headed(rng, entries[split:], style, values)]


def _plain_or_headed(rng: random.Random, entries: list[tuple[int, tuple[str, ...]]], style: str,
                     values: dict[str, str]) -> list[str]:
    if style:
        return _sections(rng, entries, style, values)
    lines: list[str] = []
    for _, entry in entries:
        lines += [*_body(rng, entry, values, "- "), ""]
    return lines


def subprocessors(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    words = POOLS[lang]
    rows = [list(words["sub_head"])]
    for purpose in rng.sample(words["sub_purpose"], k=rng.randint(3, 9)):
        vendor = company(rng, pick(rng, (lang, "en", "en")))
        rows.append([vendor, purpose, pick(rng, words["sub_location"])])
    return _listed(rng, lang, kind, values, rows)


def transparency(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    words = POOLS[lang]
    rows = [list(words["tr_head"])]
    for label in rng.sample(words["tr_rows"], k=rng.randint(3, len(words["tr_rows"]))):
        received = rng.randint(0, 2400)
        disclosed = rng.randint(0, received)
        rejected = rng.randint(0, received - disclosed)
        rows.append([label, str(received), str(disclosed), str(rejected)])
    return _listed(rng, lang, kind, values, rows)


def retention(rng: random.Random, lang: str, kind: str, values: dict[str, str]) -> list[str]:
    words = POOLS[lang]
    rows = [list(words["ret_head"])]
    chosen = rng.sample(words["ret_rows"], k=rng.randint(4, min(9, len(words["ret_rows"]))))
    rows += [row.split(";") for row in chosen]
    return _listed(rng, lang, kind, values, rows)


def internal_policy(rng: random.Random, lang: str, kind: str,
                    values: dict[str, str]) -> list[str]:
    if kind == "works_council":
        lines = _title(rng, lang, kind, values)
        entries = rng.sample(list(enumerate(SECTIONS[lang][kind])), k=rng.randint(1, 3))
        style = pick(rng, ("{h}", "**{h}**", "{H}", "## {h}"))
        lines += _sections(rng, entries, style, values)
    else:
        lines = statement(rng, lang, kind, values)
    if maybe(rng, 0.6):
        lines.append(_line(rng, lang, "policy_footer", values))
    if not maybe(rng, 0.2):
        return lines
    sender = person(rng, lang)
    body = [greeting(rng, lang, person(rng, lang)), "", _line(rng, lang, "mail_note", values), "",
            *lines, "", *signature(rng, lang, sender, values["org"])]
    subject = next(line for line in lines if line.strip()).lstrip("# ")
    return as_email(rng, lang, body, subject, sender, values["org"], random_date(rng))


WRITERS: dict[str, Writer] = {
    "statutes": association_rules, "orders": association_rules, "fees": fee_schedule,
    "csirt": csirt, "subprocessors": subprocessors, "transparency": transparency,
    "disclosure": statement, "accessibility": statement, "slavery": statement,
    "retention": retention, "travel": internal_policy, "remote": internal_policy,
    "works_council": internal_policy,
}


def legal_note(rng: random.Random, lang: str) -> list[str]:
    lang = lang if lang in SECTIONS else "en"
    family = rng.choices(FAMILIES, weights=FAMILY_WEIGHTS)[0]
    kind = pick(rng, KINDS[family])
    values = _values(rng, lang, family, kind)
    lines = WRITERS.get(kind, guide)(rng, lang, kind, values)
    # A company name that ends in "Co." or "Inc." at the end of a sentence.
    return [re.sub(r"(?<=[A-Za-z])\.\.(?!\.)", ".", line) for line in lines]
