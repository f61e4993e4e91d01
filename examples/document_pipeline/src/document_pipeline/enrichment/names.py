"""How names, VAT ids and document numbers are compared: case, spaces and punctuation aside."""

from __future__ import annotations

import re
import unicodedata

# Legal forms dropped for the looser "core" comparison: "Globex Corp" is "Globex Corporation".
LEGAL_FORMS = frozenset({
    "ag", "bv", "co", "company", "corp", "corporation", "gmbh", "inc", "incorporated", "kg",
    "limited", "llc", "llp", "ltd", "nv", "plc", "sa", "sarl", "sas", "spa", "srl",
})
_WORD = re.compile(r"[a-z0-9]+")
_EMAIL_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _ascii_lower(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_key(name: str) -> str:
    """"ACME GmbH", "Acme GmbH." and " acme  gmbh" share the key "acme gmbh"."""
    # Dots inside legal forms ("B.V.", "S.A.R.L.") join letters rather than split words.
    joined = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", _ascii_lower(name))
    return " ".join(_WORD.findall(joined))


def core_key(name: str) -> str:
    """The name key without legal forms; the whole key when nothing else is left."""
    words = name_key(name).split()
    core = [w for w in words if w not in LEGAL_FORMS]
    return " ".join(core or words)


def vat_key(vat_id: str) -> str:
    """"DE 123 456 789" and "de123456789" are the same VAT id."""
    return re.sub(r"[^A-Z0-9]", "", vat_id.upper())


def number_key(number: str) -> str:
    """Invoice and order numbers compare without case, spaces or separators."""
    return re.sub(r"[^A-Z0-9]", "", number.upper())


def email_domain(text: str) -> str | None:
    """The domain of an e-mail address or a bare domain, lowercased; None for a plain name."""
    candidate = text.strip().lower().rsplit("@", 1)[-1].strip("<> ")
    return candidate if _EMAIL_DOMAIN.match(candidate) else None
