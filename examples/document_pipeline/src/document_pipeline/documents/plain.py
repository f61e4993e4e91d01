"""Plain text: decoding bytes whose encoding nobody declared, and telling text from binary."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Share of control characters above which bytes are not text: text has almost none, while
# random bytes decoded as latin-1 have about a quarter.
BINARY_RATIO = 0.10
SAMPLE_CHARS = 65536
NON_PRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class DecodedText:
    text: str
    problems: tuple[str, ...] = ()


def decode_text(data: bytes, declared: str | None = None) -> DecodedText:
    """Text from bytes: a BOM or declared charset, then UTF-8, then cp1252, then latin-1."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return DecodedText(data.decode(encoding, errors="replace"))
    if b"\0" in data:
        return DecodedText("", ("binary content",))
    text, problems = _decode_guessing(data, declared)
    if _looks_binary(text):
        return DecodedText("", ("binary content",))
    return DecodedText(text, problems)


def _decode_guessing(data: bytes, declared: str | None) -> tuple[str, tuple[str, ...]]:
    if declared and _known_codec(declared):
        try:
            return data.decode(declared), ()
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ("text is not UTF-8: decoded as cp1252",)
    except UnicodeDecodeError:
        return data.decode("latin-1"), ("text is not UTF-8: decoded as latin-1",)


def _known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return False
    return len(NON_PRINTABLE.findall(sample)) / len(sample) > BINARY_RATIO


def normalise_whitespace(text: str) -> str:
    """Lines stripped on the right, runs of blank lines cut to one, no blank start or end."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
