"""Where a filing goes inside an archive, and what its record says: shared by every archive.

A filing lives at `[<shelf>/]<yyyy>/<type>/<key>/<original name>` beside `record.json`. The
record is written last, so its presence means the filing is complete.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

RECORD_NAME = "record.json"
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")


@dataclass(frozen=True)
class Filing:
    """One document to file: validated names, the parts of its path, and its record."""

    key: str
    name: str
    doc_type: str
    shelf: str
    content: bytes | None
    record: dict[str, Any]

    def folder(self, year: int) -> str:
        parts = [self.shelf] if self.shelf else []
        return "/".join([*parts, f"{year:04d}", self.doc_type, self.key])

    def candidate_folders(self) -> list[str]:
        """This year's folder, then last year's: a retry across New Year finds its filing."""
        year = datetime.now(UTC).year
        return [self.folder(year), self.folder(year - 1)]

    @property
    def content_type(self) -> str:
        return mimetypes.guess_type(self.name)[0] or "application/octet-stream"

    def record_json(self, location: str) -> bytes:
        """The filing's record.json: the caller's record plus what was filed, where and when."""
        envelope = {
            "key": self.key,
            "name": self.name,
            "location": location,
            "filed_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "content_type": self.content_type,
            "size": None if self.content is None else len(self.content),
            "sha256": None if self.content is None else hashlib.sha256(self.content).hexdigest(),
            "record": self.record,
        }
        return json.dumps(envelope, indent=2, sort_keys=True, ensure_ascii=False).encode()


def make_filing(
    key: str, name: str, content: bytes | None, record: dict[str, Any], shelf: str = ""
) -> Filing:
    """Check every part of a filing, so bad input fails before anything is written."""
    _check_segment("idempotency key", key)
    if shelf:
        _check_segment("archive shelf", shelf)
    doc_type = str(record.get("type") or "other")
    _check_segment("document type", doc_type)
    if content is not None and not isinstance(content, bytes | bytearray):
        raise TypeError(f"document content must be bytes, not {type(content).__name__}")
    try:
        json.dumps(record)
    except (TypeError, ValueError) as error:
        raise ValueError(f"the filing record is not JSON-serialisable: {error}") from None
    return Filing(key, document_file_name(name), doc_type, shelf,
                  None if content is None else bytes(content), record)


def document_file_name(name: str) -> str:
    """The last component of a document's name, safe as a file name in the key's folder."""
    base = PurePosixPath(name.replace("\\", "/")).name.strip()
    if not base or base in (".", "..") or "\0" in base:
        raise ValueError(f"document name {name!r} has no usable file name")
    # The record owns record.json; a document of that name keeps it under a prefix.
    return f"document-{base}" if base == RECORD_NAME else base


def _check_segment(what: str, value: str) -> None:
    if not isinstance(value, str) or not _SEGMENT.fullmatch(value):
        raise ValueError(
            f"{what} {value!r} is not usable in an archive path:"
            " use 1-200 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
