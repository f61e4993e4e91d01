"""What the Action agent does for a decided document: file it, notify, emit the event.

Every effect is keyed by the execution's idempotency key. When a downstream is down, the
effects that succeeded are done and recorded before `DeliveryFailed` is raised, so the retry
does only the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from document_pipeline.actions.archive import open_archive
from document_pipeline.actions.errors import DeliveryFailed
from document_pipeline.actions.ledger import EffectLedger
from document_pipeline.actions.notify import SmtpNotifier, WebhookNotifier, send_once
from document_pipeline.actions.outbox import JsonlOutbox
from document_pipeline.actions.settings import ActionSettings

APPROVED = frozenset({"auto_approve", "approve", "approved"})
REJECTED = frozenset({"reject", "rejected"})


def final_outcome(decision: dict[str, Any]) -> str:
    """"approved" or "rejected"; any other outcome (an open escalation) cannot be acted on."""
    outcome = decision.get("outcome")
    if outcome in APPROVED:
        return "approved"
    if outcome in REJECTED:
        return "rejected"
    raise ValueError(f"cannot act on outcome {outcome!r}: expected one of "
                     f"{sorted(APPROVED | REJECTED)}")


def perform_actions(
    settings: ActionSettings, *, key: str, decision: dict[str, Any], document_name: str,
    record: dict[str, Any], document_path: Path | None = None, content: bytes | None = None,
) -> dict[str, Any]:
    """File, notify and emit for `key`; receipts of each effect, done now or already done."""
    outcome = final_outcome(decision)
    ledger = EffectLedger(settings.ledger_path)
    archive = file_document(settings, ledger, key, outcome, document_name, record,
                            read_content(document_path, content))
    event = downstream_event(key, outcome, decision, document_name, record, archive["location"])
    failures: list[DeliveryFailed] = []
    notifications: dict[str, dict[str, Any]] = {}
    for name, send in notifiers(settings, ledger, key, event).items():
        try:
            notifications[name] = send()
        except DeliveryFailed as failure:
            failures.append(failure)
            notifications[name] = {"status": "failed", "error": str(failure)}
    emitted: dict[str, Any] = {}
    try:
        emitted = JsonlOutbox(settings.outbox_path).emit(key, event)
    except OSError as error:
        failures.append(DeliveryFailed(f"cannot write the outbox: {error}", effect="outbox"))
    if failures:
        raise DeliveryFailed.combine(failures)
    return {"key": key, "outcome": outcome, "archive": archive,
            "notifications": notifications, "event": emitted}


def read_content(document_path: Path | None, content: bytes | None) -> bytes | None:
    if content is not None or document_path is None:
        return content
    try:
        return document_path.read_bytes()
    except OSError as error:
        raise DeliveryFailed(f"cannot read the document {document_path}: {error}",
                             retryable=not isinstance(error, FileNotFoundError),
                             effect="archive") from error


def file_document(
    settings: ActionSettings, ledger: EffectLedger, key: str, outcome: str, name: str,
    record: dict[str, Any], content: bytes | None,
) -> dict[str, Any]:
    """File once: the ledger answers a retry; the archive itself answers a retry after a crash."""
    def deliver() -> dict[str, Any]:
        archive = open_archive(settings.archive_url, endpoint_url=settings.s3_endpoint_url)
        shelf = "rejected" if outcome == "rejected" else ""
        location = archive.file(key, name, content, record, shelf=shelf)
        return {"location": location, "archive": archive.url}

    return send_once(ledger, key, "archive", deliver)


def downstream_event(
    key: str, outcome: str, decision: dict[str, Any], name: str, record: dict[str, Any],
    location: str,
) -> dict[str, Any]:
    return {
        "type": f"document.{outcome}",
        "key": key,
        "outcome": outcome,
        "document": {"name": name, "type": record.get("type") or "other"},
        "archive": location,
        "fields": record.get("fields") or {},
        "reasons": list(decision.get("reasons") or []),
    }


def notifiers(
    settings: ActionSettings, ledger: EffectLedger, key: str, event: dict[str, Any]
) -> dict[str, Callable[[], dict[str, Any]]]:
    """The configured notifications, by name, each ready to send."""
    sends: dict[str, Callable[[], dict[str, Any]]] = {}
    if settings.webhook_url:
        webhook = WebhookNotifier(settings.webhook_url, settings.timeout_seconds, ledger=ledger)
        sends["webhook"] = lambda: webhook.send(key, event)
    if settings.smtp is not None:
        smtp = settings.smtp
        mailer = SmtpNotifier(
            smtp.host, smtp.port, smtp.sender, smtp.recipients, starttls=smtp.starttls,
            username=smtp.username, password=smtp.password,
            timeout=settings.timeout_seconds, ledger=ledger,
        )
        subject, text = email_text(event)
        sends["email"] = lambda: mailer.send(key, subject, text)
    return sends


def email_text(event: dict[str, Any]) -> tuple[str, str]:
    document = event["document"]
    subject = f"Document {event['outcome']}: {document['name']} ({document['type']})"
    lines = [
        f"The document {document['name']} ({document['type']}) was {event['outcome']}.",
        f"Filed at: {event['archive']}",
        *(f"- {reason}" for reason in event["reasons"]),
        "",
        f"Reference: {event['key']}",
    ]
    return subject, "\n".join(lines) + "\n"
