"""What starts the pipeline: a document event, or an S3 event notification as AWS sends it."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote_plus


class BadEvent(ValueError):
    """The orchestrator's input names no document it can read."""


def document_from_event(event: Any) -> dict[str, Any]:
    """A `{"uri", "name", "sha256", "size"}` document reference from either event shape."""
    if not isinstance(event, dict):
        raise BadEvent(f"the event must be a JSON object, not {type(event).__name__}")
    if "document" in event:
        return _document(event["document"])
    records = event.get("Records")
    if isinstance(records, list) and records:
        return _from_s3_record(records[0])
    raise BadEvent('the event has neither "document" nor S3 "Records"')


def _document(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not isinstance(value.get("uri"), str):
        raise BadEvent('"document" must be an object with a "uri"')
    uri: str = value["uri"]
    if not uri.startswith(("file://", "s3://")):
        raise BadEvent(f"document uri {uri!r} must start with file:// or s3://")
    name = value.get("name") or PurePosixPath(uri).name
    return {
        "uri": uri,
        "name": str(name),
        "sha256": str(value.get("sha256") or ""),
        "size": int(value.get("size") or 0),
    }


def _from_s3_record(record: Any) -> dict[str, Any]:
    try:
        bucket = record["s3"]["bucket"]["name"]
        obj = record["s3"]["object"]
        key = unquote_plus(obj["key"])
    except (KeyError, TypeError):
        raise BadEvent("an S3 record needs s3.bucket.name and s3.object.key") from None
    return {
        "uri": f"s3://{bucket}/{key}",
        "name": PurePosixPath(key).name,
        "sha256": str(obj.get("sha256") or obj.get("eTag") or ""),
        "size": int(obj.get("size") or 0),
    }
