"""Contract fields: parties, effective and expiration dates, term, governing law."""

from __future__ import annotations

import re
from typing import Any

from document_pipeline.documents import Document
from document_pipeline.fields.dates import find_dates, parse_date
from document_pipeline.fields.layout import clean_name, company_name, labelled, layout_of

PARTY_LABELS = (
    r"party\s*(?:a|b|1|2|one|two)|customer|client|provider|service\s+provider|supplier|"
    r"contractor|licensor|licensee|auftraggeber|auftragnehmer|le\s+client|le\s+prestataire|"
    r"prestataire|opdrachtgever|opdrachtnemer|leverancier"
)
BETWEEN = re.compile(r"\b(?:between|zwischen|entre|tussen)\b\s*:?\s*", re.IGNORECASE)
CONJUNCTION = re.compile(r"\s(?:and|und|et|en)\s+(?:\(\d\)\s*)?(?:the\s+company\s+)?",
                         re.IGNORECASE)
DEFINED_TERM = re.compile(r"\(\s*(?:the\s+|hereinafter\s+)?(?:called\s+)?[\"“'‘][^)]*\)")
NUMBERED_PARTY = re.compile(r"^\s*(?:\(\d\)|\d[.)])\s+(?P<party>\S.*)$")
EFFECTIVE_LABELS = (
    r"effective\s+date|commencement\s+date|start\s+date|inkrafttreten|vertragsbeginn|"
    r"date\s+d'entr[ée]e\s+en\s+vigueur|date\s+d'effet|ingangsdatum|begindatum"
)
EFFECTIVE_PHRASE = re.compile(
    r"\b(?:effective|commenc\w*|starts?|begins?|with\s+effect)\s+(?:as\s+)?(?:of|on|from)?|"
    r"tritt\s+am|gilt\s+ab|ab\s+dem|prend\s+effet\s+le|entre\s+en\s+vigueur\s+le|"
    r"[àa]\s+compter\s+du|met\s+ingang\s+van|gaat\s+in\s+op", re.IGNORECASE)
EXPIRY_LABELS = (
    r"expiration\s+date|expiry\s+date|end\s+date|termination\s+date|vertragsende|enddatum|"
    r"date\s+d'expiration|date\s+de\s+fin|einddatum"
)
EXPIRY_PHRASE = re.compile(
    r"\b(?:expires?|ends?|terminates?|until|through)\s+(?:on\s+)?|\bendet\s+am|bis\s+(?:zum\s+)?|"
    r"expire\s+le|jusqu'au|eindigt\s+op|loopt\s+tot|tot\s+en\s+met", re.IGNORECASE)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12,
    "eighteen": 18, "twenty-four": 24, "thirty-six": 36, "ein": 1, "einen": 1, "zwei": 2,
    "drei": 3, "fünf": 5, "zwölf": 12, "un": 1, "deux": 2, "trois": 3, "cinq": 5, "douze": 12,
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "twaalf": 12,
}
UNITS = {"month": "months", "monat": "months", "mois": "months", "maand": "months",
         "year": "years", "jahr": "years", "an": "years", "année": "years", "jaar": "years"}
TERM = re.compile(
    r"(?P<count>\d+|[a-zäöüéû-]+)(?:\s*\((?P<digits>\d+)\))?[\s-]+"
    r"(?P<unit>months?|monate?n?|mois|maanden|maand|years?|jahre?n?|ans?|années?|jaar|jaren)\b",
    re.IGNORECASE)
TERM_CONTEXT = re.compile(r"\b(?:term|period|duration|laufzeit|dauer|dur[ée]e|looptijd|"
                          r"periode)\b", re.IGNORECASE)
LAW_LABELS = r"governing\s+law|applicable\s+law|anwendbares\s+recht|droit\s+applicable|" \
             r"toepasselijk\s+recht"
LAWS_OF = re.compile(
    r"laws?\s+of\s+(?:the\s+)?(?P<law>[A-Z][\w ]{0,60}?(?:,\s*[A-Z][\w ]{0,60}?)?)"
    r"(?=\s*[.,;(]|\s+(?:without|excluding|and\s+the|and\s+any)\b|\s*$)", re.MULTILINE)
NATIONAL_LAW = {
    "deutsch": "Germany", "österreich": "Austria", "schweizer": "Switzerland",
    "englisch": "England and Wales", "français": "France", "belge": "Belgium",
    "luxembourgeois": "Luxembourg", "nederlands": "the Netherlands", "belgisch": "Belgium",
    "french": "France", "german": "Germany", "dutch": "the Netherlands",
}
NATIONAL = re.compile(
    r"\b(?P<adjective>deutsch|österreichisch|schweizer|englisch|français|belge|luxembourgeois|"
    r"nederlands|belgisch)\w*\s+(?:recht|droit)|(?:droit|recht)\s+(?P<after>français|belge|"
    r"luxembourgeois)", re.IGNORECASE)


def extract_contract_fields(document: Document) -> dict[str, Any]:
    layout = layout_of(document)
    flat = re.sub(r"\s+", " ", layout.text)
    return {
        "parties": find_parties(layout.lines, flat),
        "effective_date": _date_by(layout.lines, flat, EFFECTIVE_LABELS, EFFECTIVE_PHRASE),
        "term": find_term(flat),
        "expiration_date": _date_by(layout.lines, flat, EXPIRY_LABELS, EXPIRY_PHRASE),
        "governing_law": find_governing_law(layout.lines, flat),
    }


def find_parties(lines: tuple[str, ...], flat: str) -> list[str]:
    parties: list[str] = []
    for _, value in labelled(lines, PARTY_LABELS):
        _add(parties, clean_name(value))
    if len(parties) < 2:
        parties += [p for p in _numbered_parties(lines) if p not in parties]
    if len(parties) < 2:
        parties += [p for p in _parties_in_sentence(flat) if p not in parties]
    return parties


def _add(parties: list[str], name: str | None) -> None:
    if name and name not in parties:
        parties.append(name)


def _numbered_parties(lines: tuple[str, ...]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if BETWEEN.fullmatch(line.strip() + " ")),
                 None)
    if start is None:
        return []
    parties: list[str] = []
    for line in lines[start + 1:start + 8]:
        match = NUMBERED_PARTY.match(line)
        if match:
            _add(parties, _party_name(match["party"]))
    return parties


def _parties_in_sentence(flat: str) -> list[str]:
    match = BETWEEN.search(flat)
    if not match:
        return []
    window = flat[match.end():match.end() + 600]
    first = _party_name(window)
    if not first:
        return []
    # "between A, <who A is> ("Customer"), and B": B follows the end of A's defined term.
    term = DEFINED_TERM.search(window, len(first))
    conjunction = CONJUNCTION.search(window, term.end() if term else len(first))
    second = _party_name(window[conjunction.end():]) if conjunction else None
    return [first, second] if second else [first]


def _party_name(text: str) -> str | None:
    head = re.split(r"[,(;\n]|\s(?:and|und|et|en)\s", text, maxsplit=1)[0]
    # A sentence may end right after a name without a legal form ("... and Lamina Labs. The").
    sentence = re.split(r"\.\s", head, maxsplit=1)[0]
    return company_name(head) or (sentence.strip(" .:\"“”") or None)


def _date_by(lines: tuple[str, ...], flat: str, labels: str, phrase: re.Pattern[str]) -> str | None:
    for _, value in labelled(lines, labels, loose=True):
        found = parse_date(value)
        if found:
            return found
    for match in phrase.finditer(flat):
        # The date must follow the phrase closely ("effective as of the 1st of ..." at most).
        dates = find_dates(flat[match.end():match.end() + 40])
        if dates and dates[0].start <= 12:
            return dates[0].iso
    return None


def find_term(flat: str) -> str | None:
    """The contract's duration as "<n> months" or "<n> years"."""
    for context in TERM_CONTEXT.finditer(flat):
        match = TERM.search(flat, context.end(), context.end() + 40)
        if match is None:
            continue
        count = int(match["digits"]) if match["digits"] else _count(match["count"])
        unit = next((v for k, v in UNITS.items() if match["unit"].lower().startswith(k)), None)
        if count and unit:
            return f"{count} {unit[:-1] if count == 1 else unit}"
    return None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def find_governing_law(lines: tuple[str, ...], flat: str) -> str | None:
    for _, value in labelled(lines, LAW_LABELS):
        match = LAWS_OF.search(value)
        return match["law"].strip() if match else value.rstrip(".")
    match = LAWS_OF.search(flat)
    if match:
        return match["law"].strip()
    national = NATIONAL.search(flat)
    if national:
        word = (national["adjective"] or national["after"]).lower()
        return next((v for k, v in NATIONAL_LAW.items() if word.startswith(k)), None)
    return None
