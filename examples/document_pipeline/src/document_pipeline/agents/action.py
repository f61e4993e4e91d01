"""The Action agent: files the document, notifies, emits the downstream event.

A plain function: the orchestrator retries it on its own when a downstream is down. Every
effect carries the execution's idempotency key, so a retry never repeats a finished effect.
"""

from __future__ import annotations

from typing import Any

from document_pipeline.actions import ActionSettings, perform_actions
from document_pipeline.agents.source import document_bytes


def handler(event: dict[str, Any], _context: Any) -> dict[str, Any]:
    key, outcome = event["key"], event["outcome"]
    document, classification = event["document"], event["classification"]
    record = {
        "document": document,
        "type": classification["type"],
        "fields": classification.get("fields", {}),
        "enrichment": event.get("enrichment"),
        "decision": event.get("decision"),
        "review": event.get("review"),
        "outcome": outcome,
    }
    receipts = perform_actions(
        ActionSettings.from_env(),
        key=key,
        decision={**(event.get("decision") or {}), "outcome": outcome},
        content=document_bytes(document),
        document_name=document["name"],
        record=record,
    )
    return receipts

