"""A request as the API handlers see it: decoded path labels, query, headers and body."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from starlette.datastructures import Headers, QueryParams


@dataclass(frozen=True)
class ApiRequest:
    method: str
    segments: tuple[str, ...]  # each raw path segment, percent-decoded on its own
    query: QueryParams
    headers: Headers
    body: bytes


def split_raw_path(raw_path: bytes) -> tuple[str, ...]:
    """Route on the raw path: botocore percent-encodes '/' inside ARNs and callback ids."""
    text = raw_path.decode("latin-1").split("?", 1)[0]
    return tuple(unquote(part) for part in text.strip("/").split("/"))
