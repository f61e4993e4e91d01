"""The Document: what the pipeline knows about a file once it has been read."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

PDF = "application/pdf"
EMAIL = "message/rfc822"
HTML = "text/html"
TEXT = "text/plain"
BINARY = "application/octet-stream"
XML = "application/xml"


@dataclass(frozen=True)
class Document:
    """A file's text and what got in the way of reading it.

    `problems` explains why `text` is empty, partial or unreliable; an empty tuple means the
    text is the whole document.
    """

    name: str
    media_type: str
    text: str
    size: int
    pages: int | None = None
    attachments: tuple[str, ...] = ()
    embedded_invoice: dict[str, Any] | None = None
    problems: tuple[str, ...] = field(default=())
    # The type the file's format declares, when it does: an e-invoice (XML, or embedded in a
    # PDF) is an invoice, a UBL order is "other". None: only its text can tell.
    declared_type: str | None = None

    def with_problem(self, problem: str) -> Document:
        return replace(self, problems=(*self.problems, problem))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "media_type": self.media_type,
            "text": self.text,
            "size": self.size,
            "pages": self.pages,
            "attachments": list(self.attachments),
            "embedded_invoice": self.embedded_invoice,
            "problems": list(self.problems),
            "declared_type": self.declared_type,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls(
            name=str(data["name"]),
            media_type=str(data["media_type"]),
            text=str(data.get("text") or data.get("text_excerpt") or ""),
            size=int(data.get("size") or 0),
            pages=data.get("pages"),
            attachments=tuple(data.get("attachments") or ()),
            embedded_invoice=data.get("embedded_invoice"),
            problems=tuple(data.get("problems") or ()),
            declared_type=data.get("declared_type"),
        )
