"""E-mail (RFC 822 / MIME): the body, the sender, and the text of what is attached."""

from __future__ import annotations

import base64
import binascii
import mimetypes
import quopri
from collections.abc import Callable
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from typing import Any

from document_pipeline.documents.html_text import html_to_text
from document_pipeline.documents.model import EMAIL, Document
from document_pipeline.documents.plain import decode_text, normalise_whitespace

ReadAttachment = Callable[[bytes, str], Document]
# Attachments whose text is worth reading; images and archives are only listed.
READABLE = ("application/pdf", "text/", "message/rfc822", "application/octet-stream")


def read_email(data: bytes, name: str, read_attachment: ReadAttachment) -> Document:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    header = _header_lines(message)
    body = _body_text(message)
    parts = [*header, "", body] if header else [body]
    problems: list[str] = []
    names: list[str] = []
    invoice: dict[str, Any] | None = None
    for index, part in enumerate(message.iter_attachments(), start=1):
        attached_name = _attachment_name(part, index)
        names.append(attached_name)
        attached = _read_part(part, attached_name, read_attachment)
        if attached is None:
            continue
        if attached.text.strip():
            parts += ["", f"--- Attachment: {attached_name} ---", attached.text]
        problems += [f"attachment {attached_name}: {p}" for p in attached.problems]
        invoice = invoice or attached.embedded_invoice
    if not body.strip():
        listed = ", ".join(names) if names else "none"
        problems.insert(0, f"e-mail has no text body (attachments: {listed})")
    return Document(
        name=name, media_type=EMAIL, text=normalise_whitespace("\n".join(parts)), size=len(data),
        attachments=tuple(names), embedded_invoice=invoice, problems=tuple(problems),
    )


def _header_lines(message: EmailMessage) -> list[str]:
    lines = []
    for label in ("Subject", "From"):
        value = message.get(label)
        if value is not None and str(value).strip():
            lines.append(f"{label}: {' '.join(str(value).split())}")
    return lines


def _body_text(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    raw = body.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return ""
    decoded = decode_text(raw, body.get_content_charset())
    if body.get_content_subtype() == "html":
        return html_to_text(decoded.text)
    return normalise_whitespace(decoded.text)


def _attachment_name(part: Message, index: int) -> str:
    filename = part.get_filename()
    if filename:
        return filename.replace("/", "_").replace("\\", "_")
    extension = mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return f"attachment-{index}{extension}"


def _forwarded_bytes(inner: Message, encoding: str) -> bytes:
    """An attached e-mail; some mailers encode it, which RFC 2046 forbids but readers accept."""
    body = inner.get_payload()
    if encoding.lower() not in ("base64", "quoted-printable") or not isinstance(body, str):
        return inner.as_bytes()
    try:
        if encoding.lower() == "base64":
            return base64.b64decode(body)
        return quopri.decodestring(body.encode("ascii", errors="replace"))
    except (binascii.Error, ValueError):
        return b""


def _read_part(part: Message, name: str, read_attachment: ReadAttachment) -> Document | None:
    content_type = part.get_content_type()
    if not content_type.startswith(READABLE):
        return None
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        data = _forwarded_bytes(payload[0], str(part.get("content-transfer-encoding", "")))
    else:
        raw = part.get_payload(decode=True)
        data = raw if isinstance(raw, bytes) else b""
    return read_attachment(data, name)
