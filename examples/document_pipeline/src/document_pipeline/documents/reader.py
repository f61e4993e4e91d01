"""Reading any file into a Document: sniff what it is, then read it without ever failing on it."""

from __future__ import annotations

import re
from pathlib import Path

from document_pipeline.documents.einvoice import (
    EInvoiceError,
    declared_type,
    einvoice_fields,
    einvoice_text,
    is_einvoice,
    parse_xml,
    xml_text,
)
from document_pipeline.documents.html_text import declared_charset, html_to_text
from document_pipeline.documents.mail import read_email
from document_pipeline.documents.model import BINARY, EMAIL, HTML, PDF, TEXT, XML, Document
from document_pipeline.documents.pdf import read_pdf
from document_pipeline.documents.plain import decode_text, normalise_whitespace

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
# E-mails attached to e-mails attached to e-mails: read this deep, list the rest.
MAX_NESTING = 3
EXTENSIONS = {
    ".pdf": PDF, ".eml": EMAIL, ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".csv": TEXT, ".log": TEXT, ".xml": XML,
}
HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]*\S?")
MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"received", b"return-path", b"message-id",
                b"mime-version", b"delivered-to", b"reply-to", b"cc", b"content-type"}
HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL)


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a file. Raises FileNotFoundError only; bad content is reported in `problems`."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such document: {path}")
    size = path.stat().st_size
    if size > max_bytes:
        return _too_large(path.name, size, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Document(path.name, BINARY, "", size, problems=(f"unreadable file: {error}",))
    return read_document_bytes(data, path.name, max_bytes=max_bytes)


def read_document_bytes(
    data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a document held in memory; never raises for what the bytes contain."""
    return _read(data, name, max_bytes, depth=0)


def sniff_media_type(data: bytes, name: str) -> str:
    """Content first (PDF header, e-mail headers, HTML start), the file name's extension second."""
    head = data[:4096]
    if b"%PDF-" in head[:1024]:
        return PDF
    if _looks_like_email(head):
        return EMAIL
    if HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return HTML
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml"):
        return XML
    return EXTENSIONS.get(Path(name).suffix.lower(), TEXT)


def _read(data: bytes, name: str, max_bytes: int, depth: int) -> Document:
    if len(data) > max_bytes:
        return _too_large(name, len(data), max_bytes)
    if not data.strip():
        return Document(name, sniff_media_type(data, name), "", len(data), problems=("empty file",))
    media_type = sniff_media_type(data, name)
    try:
        return _read_as(media_type, data, name, max_bytes, depth)
    except Exception as error:
        # The last line of defence: a reader bug or a pathological file must not stop the flow.
        problem = f"unreadable {media_type} content: {str(error) or type(error).__name__}"
        return Document(name, media_type, "", len(data), problems=(problem,))


def _read_as(media_type: str, data: bytes, name: str, max_bytes: int, depth: int) -> Document:
    if media_type == PDF:
        return read_pdf(data, name)
    if media_type == EMAIL:
        if depth >= MAX_NESTING:
            return Document(name, EMAIL, "", len(data), problems=("e-mail nested too deep",))
        return read_email(data, name, lambda d, n: _read(d, n, max_bytes, depth + 1))
    if media_type == XML:
        return _read_xml(data, name)
    if media_type == HTML:
        decoded = decode_text(data, declared_charset(data))
        return Document(name, HTML, html_to_text(decoded.text), len(data),
                        problems=decoded.problems)
    decoded = decode_text(data)
    kind = BINARY if "binary content" in decoded.problems else TEXT
    return Document(name, kind, normalise_whitespace(decoded.text), len(data),
                    problems=decoded.problems)


def _read_xml(data: bytes, name: str) -> Document:
    """An e-invoice (CII, UBL) as the invoice it is; any other XML as its values, by name."""
    try:
        root = parse_xml(data)
    except EInvoiceError as error:
        decoded = decode_text(data)
        return Document(name, XML, normalise_whitespace(decoded.text), len(data),
                        problems=(*decoded.problems, f"XML not read as XML: {error}"))
    declared = declared_type(root)
    if is_einvoice(root):
        fields = einvoice_fields(root)
        return Document(name, XML, einvoice_text(fields), len(data), embedded_invoice=fields,
                        declared_type=declared)
    return Document(name, XML, xml_text(root), len(data), declared_type=declared)


def _looks_like_email(head: bytes) -> bool:
    """RFC 822: the file opens with a block of header lines, most of them known mail headers."""
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    names: list[bytes] = []
    for line in lines[:60]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and names:
            continue
        if not HEADER_LINE.match(line):
            return False
        names.append(line.split(b":", 1)[0].lower())
    known = [n for n in names if n in MAIL_HEADERS or n.startswith(b"x-")]
    return len(known) >= 2 and bool({b"from", b"received", b"message-id"} & set(names))


def _too_large(name: str, size: int, limit: int) -> Document:
    media_type = EXTENSIONS.get(Path(name).suffix.lower(), BINARY)
    return Document(name, media_type, "", size,
                    problems=(f"file too large: {size} bytes (limit {limit})",))
