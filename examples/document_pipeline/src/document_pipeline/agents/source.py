"""Fetching the document an event names: a local file, or an object in an S3-compatible store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from document_pipeline.documents import Document, read_document, read_document_bytes

MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


def local_path(uri: str) -> Path | None:
    """The file a `file://` URI names, or None for remote documents."""
    parsed = urlparse(uri)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def load_document(ref: dict[str, Any]) -> Document:
    uri = ref["uri"]
    path = local_path(uri)
    if path is not None:
        return read_document(path, max_bytes=MAX_DOCUMENT_BYTES)
    data = fetch_s3(uri)
    if data is None:
        return read_document_bytes(b"\0" * 0, ref.get("name") or uri)
    return read_document_bytes(data, ref.get("name") or uri.rsplit("/", 1)[-1])


def document_bytes(ref: dict[str, Any]) -> bytes | None:
    """The document's bytes for filing, or None when it is larger than the limit."""
    path = local_path(ref["uri"])
    if path is not None:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            return None
        return path.read_bytes()
    return fetch_s3(ref["uri"])


def fetch_s3(uri: str) -> bytes | None:
    import boto3

    parsed = urlparse(uri)
    client = boto3.client("s3", endpoint_url=os.environ.get("DOCPIPE_S3_ENDPOINT_URL") or None)
    bucket, key = parsed.netloc, parsed.path.lstrip("/")
    if client.head_object(Bucket=bucket, Key=key)["ContentLength"] > MAX_DOCUMENT_BYTES:
        return None
    body: bytes = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    return body
