"""The archive: a local folder (default) or any S3-compatible store, keyed by idempotency key.

Filing the same key again returns the first filing's location and writes nothing: a retry
after a crash between filing and recording it in the ledger files nothing twice.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, unquote, urlparse

from document_pipeline.actions.errors import DeliveryFailed
from document_pipeline.actions.filing import RECORD_NAME, Filing, make_filing

# Codes S3 answers for a missing object, and client errors that a retry can cure.
_MISSING = {"404", "NoSuchKey", "NotFound"}
_TRANSIENT = {"429", "SlowDown", "RequestTimeout", "RequestTimeTooSkewed", "Throttling"}
_FATAL_BOTO = {"NoCredentialsError", "PartialCredentialsError", "NoRegionError"}


class Archive(Protocol):
    url: str

    def file(
        self, key: str, name: str, content: bytes | None, record: dict[str, Any], *,
        shelf: str = "",
    ) -> str:
        """File the document under `key`; return its location URI (the same on every retry)."""
        ...


def open_archive(url: str, *, endpoint_url: str | None = None) -> Archive:
    """The archive at `file:///abs/dir` (or an absolute path) or `s3://bucket/prefix`."""
    parsed = urlparse(url)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise ValueError(f"archive URL {url!r} names no bucket: use s3://bucket/prefix")
        return S3Archive(parsed.netloc, parsed.path.strip("/"), endpoint_url=endpoint_url)
    if parsed.scheme == "file" and parsed.netloc in ("", "localhost"):
        path = Path(unquote(parsed.path))
    elif not parsed.scheme and url:
        path = Path(url)
    else:
        raise ValueError(
            f"unsupported archive URL {url!r}: use file:///absolute/folder or s3://bucket/prefix"
        )
    if not path.is_absolute():
        raise ValueError(f"archive folder {str(path)!r} is not absolute: use file:///abs/dir")
    return LocalArchive(path)


class LocalArchive:
    """Files in a folder; writes are atomic (temporary file, fsync, rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.url = root.as_uri()

    def file(
        self, key: str, name: str, content: bytes | None, record: dict[str, Any], *,
        shelf: str = "",
    ) -> str:
        filing = make_filing(key, name, content, record, shelf)
        try:
            return self._file(filing)
        except OSError as error:
            raise DeliveryFailed(
                f"cannot file {filing.name!r} in {self.root}: {error}",
                retryable=not isinstance(error, PermissionError), effect="archive",
            ) from error

    def _file(self, filing: Filing) -> str:
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock():
            for folder in filing.candidate_folders():
                record_path = self.root / folder / RECORD_NAME
                if record_path.exists():
                    return str(json.loads(record_path.read_bytes())["location"])
            folder_path = self.root / filing.candidate_folders()[0]
            folder_path.mkdir(parents=True, exist_ok=True)
            target = folder_path / (filing.name if filing.content is not None else RECORD_NAME)
            location = target.as_uri()
            if filing.content is not None:
                write_atomically(target, filing.content)
            write_atomically(folder_path / RECORD_NAME, filing.record_json(location))
            return location

    @contextmanager
    def _lock(self) -> Iterator[None]:
        # One writer at a time across processes, so two filings of a key cannot interleave.
        with open(self.root / ".archive.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so readers see the old file or the whole new one, never a part."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a power cut
    finally:
        os.close(directory)


class S3Archive:
    """Objects in a bucket, through boto3; a retry checks with head_object before any put."""

    def __init__(self, bucket: str, prefix: str, *, endpoint_url: str | None = None) -> None:
        import boto3
        from botocore.config import Config

        self.bucket, self.prefix = bucket, prefix
        self.url = f"s3://{bucket}/{prefix}" if prefix else f"s3://{bucket}"
        config = Config(
            connect_timeout=5, read_timeout=30, retries={"max_attempts": 3, "mode": "standard"},
            # S3-compatible stores on a host or IP address serve buckets on the path.
            s3={"addressing_style": "path"} if endpoint_url else None,
        )
        self.client: Any = boto3.client("s3", endpoint_url=endpoint_url, config=config)

    def file(
        self, key: str, name: str, content: bytes | None, record: dict[str, Any], *,
        shelf: str = "",
    ) -> str:
        from botocore.exceptions import BotoCoreError, ClientError

        filing = make_filing(key, name, content, record, shelf)
        try:
            return self._file(filing)
        except (BotoCoreError, ClientError) as error:
            raise s3_failure(error, f"s3://{self.bucket}") from error

    def _file(self, filing: Filing) -> str:
        for folder in filing.candidate_folders():
            record_key = self._object_key(folder, RECORD_NAME)
            found = self._head(record_key)
            if found is not None:
                return self._recorded_location(record_key, found)
        folder = filing.candidate_folders()[0]
        metadata = {"idempotency-key": filing.key, "document-type": filing.doc_type,
                    "original-name": quote(filing.name)}
        location = self._uri(folder, filing.name if filing.content is not None else RECORD_NAME)
        document_key = self._object_key(folder, filing.name)
        if filing.content is not None and self._head(document_key) is None:
            self.client.put_object(Bucket=self.bucket, Key=document_key, Body=filing.content,
                                   ContentType=filing.content_type, Metadata=metadata)
        self.client.put_object(
            Bucket=self.bucket, Key=self._object_key(folder, RECORD_NAME),
            Body=filing.record_json(location), ContentType="application/json",
            Metadata={**metadata, "location": quote(location, safe=":/")},
        )
        return location

    def _head(self, object_key: str) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        try:
            head: dict[str, Any] = self.client.head_object(Bucket=self.bucket, Key=object_key)
        except ClientError as error:
            if str(error.response.get("Error", {}).get("Code")) in _MISSING:
                return None
            raise
        return head

    def _recorded_location(self, record_key: str, head: dict[str, Any]) -> str:
        stored = head.get("Metadata", {}).get("location")
        if stored:
            return unquote(stored)
        body = self.client.get_object(Bucket=self.bucket, Key=record_key)["Body"].read()
        return str(json.loads(body)["location"])

    def _object_key(self, folder: str, name: str) -> str:
        return "/".join(part for part in (self.prefix, folder, name) if part)

    def _uri(self, folder: str, name: str) -> str:
        return f"s3://{self.bucket}/{self._object_key(folder, name)}"


def s3_failure(error: Exception, where: str) -> DeliveryFailed:
    """A boto3 error as DeliveryFailed: retryable for outages and throttling, not for refusals."""
    from botocore.exceptions import ClientError

    if isinstance(error, ClientError):
        code = str(error.response.get("Error", {}).get("Code", ""))
        status = int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
        retryable = status >= 500 or code in _TRANSIENT
        return DeliveryFailed(f"{where} refused the filing: {code or status}: {error}",
                              retryable=retryable, effect="archive")
    retryable = type(error).__name__ not in _FATAL_BOTO
    return DeliveryFailed(f"cannot reach {where}: {error}", retryable=retryable, effect="archive")
