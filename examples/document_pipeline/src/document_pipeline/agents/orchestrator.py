"""The orchestrator: classify, enrich, decide, wait for a person when needed, act.

Each agent is its own function, called with `context.invoke`, so each result is checkpointed
and a replay never runs an agent again. The Action agent alone is retried, with backoff.
"""

from __future__ import annotations

import hashlib
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.exceptions import InvokeError

from document_pipeline.agents.events import document_from_event
from document_pipeline.agents.review import await_review
from document_pipeline.config import PipelineConfig

FINAL = {"auto_approve": "approved", "reject": "rejected"}


@durable_execution
def handler(event: Any, context: DurableContext) -> dict[str, Any]:
    config = PipelineConfig.from_env()
    document = document_from_event(event)
    classification: dict[str, Any] = context.invoke(
        config.classifier_function, {"document": document}, name="classify"
    )
    key = hashlib.sha256(context.execution_context.durable_execution_arn.encode()).hexdigest()
    findings: dict[str, Any] = {"document": document, "classification": classification}
    enrichment: dict[str, Any] = context.invoke(
        config.enrichment_function, {**findings, "key": key}, name="enrich"
    )
    findings["enrichment"] = enrichment
    decision: dict[str, Any] = context.invoke(config.decision_function, findings, name="decide")
    findings["decision"] = decision
    review = None
    if decision["outcome"] == "escalate":
        review = await_review(context, config, findings)
        outcome = review["outcome"]
    else:
        outcome = FINAL[decision["outcome"]]
    action = act(context, config, {**findings, "outcome": outcome, "review": review, "key": key})
    return {
        "document": document["name"],
        "type": classification["type"],
        "outcome": outcome,
        "reasons": decision.get("reasons", []),
        "review": review,
        "action": action,
    }


def act(context: DurableContext, config: PipelineConfig, payload: dict[str, Any]) -> Any:
    """Invoke the Action agent; when it fails, wait and invoke it again, up to the limit."""
    for attempt in range(1, config.action_attempts + 1):
        name = "act" if attempt == 1 else f"act (attempt {attempt})"
        try:
            return context.invoke(config.action_function, payload, name=name)
        except InvokeError:
            if attempt == config.action_attempts:
                raise
        delay = min(config.action_backoff_seconds * 2 ** (attempt - 1), 300)
        context.wait(Duration.from_seconds(delay), name=f"act backoff {attempt}")
    raise AssertionError("unreachable")
