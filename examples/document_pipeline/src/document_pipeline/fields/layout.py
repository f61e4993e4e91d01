"""How business documents are laid out: labelled values, letterheads, addressees, e-mail headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parseaddr

from document_pipeline.documents import Document

LEGAL_FORM = (
    r"GmbH(?:\s*&\s*Co\.\s*KG)?|GMBH|AG|KG|OHG|UG|GbR|e\.\s?K\.|e\.U\.|Ltd\.?|LTD\.?|"
    r"Limited|LIMITED|LLC|L\.L\.C\.|LLP|Inc\.?|INC\.?|Incorporated|Corp\.?|Corporation|plc|"
    r"PLC|B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|SARL|S[àa]rl|S\.A\.R\.L\.|SAS|S\.A\.S\.|S\.A\.U?\.|SA|"
    r"SE|S\.L\.U?\.?|S\.r\.l\.|Srl|S\.p\.A\.|S\.n\.c\.|Oy|AB|ApS|A/S|s\.r\.o\.|a\.s\.|"
    r"Sp\.\s?z\s?o\.o\.|Pty\.?\s+Ltd\.?"
)
# Words of a company's name: capitalised, with the particles between them ("Claes & Peeters",
# "Hotel Mirador del Turia"), a comma allowed before the legal form ("Red Rock, LLC").
NAME_WORD = r"(?:[A-ZÄÖÜÉ0-9][\w&'’.\-]*,?|&|und|and|et|en|y|e|de|del|du|da|di|van|von|der|zur|zum)"
COMPANY = re.compile(
    rf"(?<![\w&])((?:[A-ZÄÖÜÉ0-9][\w&'’.\-]*,?\s+)(?:{NAME_WORD}\s+){{0,5}}?(?:{LEGAL_FORM}))"
    r"(?![\w&])"
)
# Separators of a letterhead line: "ACME GmbH · Industriestraße 12 · 70565 Stuttgart".
SEGMENT = re.compile(r"\s*(?:[·•|–—]|\t|\s{2,}|,\s)\s*")
EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Lines are read this far: a label and its value never run longer, and it bounds regex work.
MAX_LINE_CHARS = 400
# Fields are read from this much of a document: about a hundred pages of text.
MAX_FIELD_CHARS = 200_000
RECIPIENT = re.compile(
    r"^\s*(?:bill(?:ed)?\s+to|invoice\s+to|ship\s+to|sold\s+to|deliver\s+to|customer|client|"
    r"to|attn|rechnungsempfänger|rechnungsadresse|lieferadresse|kunde|an|rechnung\s+an|"
    r"factur[ée]\s+à|facturer\s+à|adresse\s+de\s+facturation|destinataire|"
    r"factuuradres|gefactureerd\s+aan|factuur\s+voor|klant|afnemer|aan|cliente|"
    r"facturar\s+a|destinatario|spett\.?\s?le|intestat[oa]\s+a)\b\s*[:\t]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Layout:
    """A document's body, its lines (cut to MAX_LINE_CHARS), and an e-mail's subject and sender."""

    text: str
    lines: tuple[str, ...]
    subject: str | None = None
    sender_name: str | None = None
    sender_email: str | None = None


def layout_of(document: Document) -> Layout:
    lines = document.text[:MAX_FIELD_CHARS].splitlines()
    subject = sender = None
    while document.media_type == "message/rfc822" and lines and re.match(
        r"^(Subject|From): ", lines[0]
    ):
        label, value = lines.pop(0).split(": ", 1)
        subject, sender = (value, sender) if label == "Subject" else (subject, value)
    name, address = parseaddr(sender or "")
    return Layout("\n".join(lines), tuple(line[:MAX_LINE_CHARS] for line in lines), subject,
                  name.strip() or None, address.lower() or None)


def labelled(
    lines: tuple[str, ...], label: str, *, loose: bool = False
) -> Iterator[tuple[int, str]]:
    """(line index, value) for each line that starts with `label`; the value may be below it.

    A label ends at a colon, "#", a tab or the end of the line; `loose` labels ("Rechnung Nr.
    2024-17", "Gesamtbetrag 1.589,80") also end at a space.
    """
    separator = r"(?:\s*[:#\t]|\s*$|\s+(?=\S))" if loose else r"(?:\s*[:#\t]|\s*$)"
    pattern = re.compile(
        # A label opens the line or a column (after a tab, a bar or two spaces).
        rf"(?:^\s*+|(?<=[\t|])\s*+|(?<=\s\s)(?=\S))(?:{label}){separator}\s*+(?P<value>.*)$",
        re.IGNORECASE)
    for index, line in enumerate(lines):
        match = pattern.search(line)
        if not match:
            continue
        value = match["value"].strip(" :\t")
        if not value and not line[match.end("value"):].strip():
            value = next((ln.strip() for ln in lines[index + 1:index + 3] if ln.strip()), "")
        if value:
            yield index, value


def company_name(text: str) -> str | None:
    """The company named in `text` by its legal form ("ACME GmbH", "Initech B.V."), if any."""
    segments: list[str] = []
    for segment in SEGMENT.split(text):
        if segments and re.fullmatch(rf"(?:{LEGAL_FORM})", segment.strip()):
            segments[-1] += ", " + segment.strip()  # "Red Rock Consulting, LLC" is one name
        else:
            segments.append(segment)
    for segment in segments:
        segment = EMAIL_ADDRESS.sub("", segment).strip(" <>()\"'")
        match = COMPANY.search(segment)
        if match:
            return match.group(1).strip()
    return None


def recipient_lines(lines: tuple[str, ...]) -> set[int]:
    """Lines of the addressee's block ("Bill to:" and the lines below it up to a blank line)."""
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if not RECIPIENT.match(line):
            continue
        taken.add(index)
        for below in range(index + 1, min(index + 6, len(lines))):
            if not lines[below].strip() or re.match(r"^\s*[\w ]{2,30}:", lines[below]):
                break
            taken.add(below)
    return taken


def clean_name(value: str) -> str | None:
    """A party's name from a labelled value: the company if named, else the text sans address."""
    company = company_name(value)
    if company:
        return company
    name, address = parseaddr(value)
    text = (name if address and "@" in address else value).strip(" ,;:<>\"'")
    text = EMAIL_ADDRESS.sub("", text).strip(" ,;:<>\"'")
    first = SEGMENT.split(text)[0].strip() if text else ""
    return first or None
