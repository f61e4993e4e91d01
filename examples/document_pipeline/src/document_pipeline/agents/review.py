"""Human review: the orchestrator suspends on a callback until a person approves or rejects.

The callback is named "review ..." and its submitter step returns the review packet, so the
console's review inbox can tell it from machine callbacks and show what a person must decide.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from aws_durable_execution_sdk_python import DurableContext
from aws_durable_execution_sdk_python.config import Duration, WaitForCallbackConfig
from aws_durable_execution_sdk_python.exceptions import (
    CallbackError,
    CallbackExternalError,
    CallbackTimeoutError,
)
from aws_durable_execution_sdk_python.types import WaitForCallbackContext

from document_pipeline.config import PipelineConfig

log = logging.getLogger("document_pipeline.review")

DEFAULT_TIMEOUT_SECONDS = 7 * 24 * 3600
ANSWERS = {"approve": "approved", "approved": "approved", "reject": "rejected",
           "rejected": "rejected"}
TIMEOUT_OUTCOMES = {"auto_approve": "approved", "approve": "approved", "reject": "rejected"}


def await_review(
    context: DurableContext, config: PipelineConfig, findings: dict[str, Any]
) -> dict[str, Any]:
    decision = findings["decision"]
    timeout = int(decision.get("review_timeout_seconds") or DEFAULT_TIMEOUT_SECONDS)
    packet = review_packet(findings, timeout)

    # The submitter's result is checkpointed: it is the review packet the console shows.
    def submit(callback_id: str, _: WaitForCallbackContext) -> None:
        return notify_reviewer(config, packet, callback_id, timeout)  # type: ignore[return-value]

    name = f"review {findings['document']['name']}"[:200]
    try:
        answer = context.wait_for_callback(
            submit, name=name, config=WaitForCallbackConfig(timeout=Duration(timeout))
        )
    except CallbackTimeoutError:
        outcome = TIMEOUT_OUTCOMES.get(str(decision.get("on_review_timeout")), "rejected")
        return {"outcome": outcome, "by": "timeout", "comment": f"no answer in {timeout} s"}
    except CallbackExternalError as error:
        return {"outcome": "rejected", "by": "callback failure", "comment": error.message}
    except CallbackError as error:
        return {"outcome": "rejected", "by": "callback error", "comment": str(error)}
    return read_answer(answer)


def read_answer(answer: Any) -> dict[str, Any]:
    """A reviewer's answer: `{"decision": "approve" | "reject", "comment", "reviewer"}`."""
    if isinstance(answer, str | bytes):
        try:
            answer = json.loads(answer or "null")
        except ValueError:
            answer = {"decision": str(answer).strip()}
    if not isinstance(answer, dict):
        answer = {"decision": answer}
    said = str(answer.get("decision", "")).strip().lower()
    outcome = ANSWERS.get(said)
    comment = str(answer.get("comment") or "")
    if outcome is None:
        outcome, comment = "rejected", f"unrecognised review answer {said!r}; {comment}".strip()
    return {"outcome": outcome, "by": str(answer.get("reviewer") or "reviewer"),
            "comment": comment}


def review_packet(findings: dict[str, Any], timeout: int) -> dict[str, Any]:
    """What a person needs to decide, with no clock read: the orchestrator stays replayable."""
    document, classification = findings["document"], findings["classification"]
    decision = findings["decision"]
    details = classification.get("document") or {}
    reasons = list(decision.get("reasons") or [])
    return {
        "title": f"{classification['type']}: {document['name']}",
        "document": {
            "name": document["name"],
            "uri": document["uri"],
            "media_type": details.get("media_type"),
            "text_excerpt": classification.get("text_excerpt") or details.get("text_excerpt"),
            "problems": details.get("problems") or [],
        },
        "findings": {
            "classifier": {k: classification.get(k) for k in
                           ("type", "confidence", "fields", "classified_by")},
            "enrichment": findings["enrichment"],
            "decision": {k: decision.get(k) for k in ("outcome", "reasons", "rationale")},
        },
        "rules_fired": list(decision.get("rules_fired") or []),
        "reasons": reasons,
        "timeout_seconds": timeout,
        "on_timeout": decision.get("on_review_timeout", "reject"),
    }


def notify_reviewer(
    config: PipelineConfig, packet: dict[str, Any], callback_id: str, timeout: int
) -> dict[str, Any]:
    """Runs in the submitter step: stamps the deadline and tells the reviewer where to answer."""
    deadline = datetime.now(UTC) + timedelta(seconds=timeout)
    packet = {**packet, "callback_id": callback_id, "deadline": deadline.isoformat()}
    if config.console_url:
        packet["link"] = f"{config.console_url.rstrip('/')}/console/inbox"
    if config.review_webhook_url:
        from document_pipeline.actions.notify import WebhookNotifier

        WebhookNotifier(config.review_webhook_url, timeout=10).send(
            f"review-{callback_id}", {"event": "review.requested", **packet}
        )
    log.warning("review requested for %s: callback %s", packet["document"]["name"], callback_id)
    return packet
