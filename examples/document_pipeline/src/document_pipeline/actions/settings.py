"""The Action agent's settings, read from environment variables (the template sets them).

An empty variable means "not set": templates pass empty parameters through as empty strings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    starttls: bool = False
    username: str | None = None
    password: str | None = None


@dataclass(frozen=True)
class ActionSettings:
    archive_url: str
    ledger_path: Path
    outbox_path: Path
    s3_endpoint_url: str | None = None
    webhook_url: str | None = None
    smtp: SmtpSettings | None = None
    timeout_seconds: float = 10.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> ActionSettings:
        data_dir = Path(env.get("DOCPIPE_DATA_DIR") or Path.home() / ".document-pipeline")
        return cls(
            archive_url=env.get("DOCPIPE_ARCHIVE_URL") or (data_dir / "archive").as_uri(),
            ledger_path=Path(env.get("DOCPIPE_LEDGER") or data_dir / "actions-ledger.db"),
            outbox_path=Path(env.get("DOCPIPE_OUTBOX") or data_dir / "outbox.jsonl"),
            s3_endpoint_url=env.get("DOCPIPE_S3_ENDPOINT_URL") or None,
            webhook_url=env.get("DOCPIPE_WEBHOOK_URL") or None,
            smtp=smtp_from_env(env),
        )


def smtp_from_env(env: Mapping[str, str]) -> SmtpSettings | None:
    """E-mail settings when DOCPIPE_SMTP_HOST is set; the sender and recipients are then due."""
    host = env.get("DOCPIPE_SMTP_HOST")
    if not host:
        return None
    sender = env.get("DOCPIPE_SMTP_FROM")
    listed = (env.get("DOCPIPE_SMTP_TO") or "").split(",")
    recipients = tuple(address.strip() for address in listed if address.strip())
    if not sender or not recipients:
        raise ValueError("DOCPIPE_SMTP_HOST is set, so DOCPIPE_SMTP_FROM and DOCPIPE_SMTP_TO"
                         " (comma-separated addresses) must be set too")
    raw_port = env.get("DOCPIPE_SMTP_PORT") or "25"
    try:
        port = int(raw_port)
    except ValueError:
        raise ValueError(f"DOCPIPE_SMTP_PORT must be a port number, not {raw_port!r}") from None
    starttls = (env.get("DOCPIPE_SMTP_STARTTLS") or "").lower() in ("1", "true", "yes")
    return SmtpSettings(host, port, sender, recipients, starttls,
                        env.get("DOCPIPE_SMTP_USERNAME") or None,
                        env.get("DOCPIPE_SMTP_PASSWORD") or None)
