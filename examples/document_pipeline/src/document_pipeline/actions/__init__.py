"""The Action agent's side effects: file the document, notify, emit the downstream event.

Every effect carries an idempotency key and is recorded in an `EffectLedger`, so a retry
never files, notifies or emits twice.
"""

from __future__ import annotations

from document_pipeline.actions.archive import Archive, open_archive
from document_pipeline.actions.errors import DeliveryFailed
from document_pipeline.actions.ledger import EffectLedger
from document_pipeline.actions.notify import SmtpNotifier, WebhookNotifier
from document_pipeline.actions.outbox import JsonlOutbox
from document_pipeline.actions.perform import final_outcome, perform_actions
from document_pipeline.actions.settings import ActionSettings, SmtpSettings

__all__ = [
    "ActionSettings",
    "Archive",
    "DeliveryFailed",
    "EffectLedger",
    "JsonlOutbox",
    "SmtpNotifier",
    "SmtpSettings",
    "WebhookNotifier",
    "final_outcome",
    "open_archive",
    "perform_actions",
]
