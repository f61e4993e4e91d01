"""The Classifier agent: reads the document, decides its type, extracts its metadata.

A durable function of its own, so an LLM call runs inside a step and a replay never pays for
it twice. With no LLM configured, the embedded offline model and rule-based extractors decide.
"""

from __future__ import annotations

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import StepConfig

from document_pipeline.agents.source import load_document
from document_pipeline.classification import classify_document
from document_pipeline.fields import extract_fields
from document_pipeline.llm import make_client, settings_from_env, tasks

EXCERPT_CHARS = 4000
NO_RETRY = StepConfig(retry_strategy=lambda error, attempts: _no_retry())


def _no_retry() -> Any:
    from aws_durable_execution_sdk_python.retries import RetryDecision

    return RetryDecision.no_retry()


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    ref = event["document"]
    result: dict[str, Any] = context.step(
        lambda _: classify_offline(ref), name="read and classify"
    )
    settings = settings_from_env()
    # A type the file's format declares (an e-invoice) needs no LLM to read it.
    if settings is not None and result["text_excerpt"] and result["classified_by"] != "format":
        # The LLM client retries malformed answers and timeouts itself; the step records it once.
        result = context.step(
            lambda step: classify_with_llm(step, ref, result), name="classify with llm",
            config=NO_RETRY,
        )
    return result


def classify_offline(ref: dict[str, Any]) -> dict[str, Any]:
    document = load_document(ref)
    found = classify_document(document)
    fields = extract_fields(found.type, document) if found.type != "other" else {}
    details = document.to_dict()
    details.pop("text", None)
    return {
        "type": found.type,
        "confidence": round(found.confidence, 4),
        "scores": {k: round(v, 4) for k, v in found.scores.items()},
        "fields": fields,
        "document": details,
        "text_excerpt": document.text[:EXCERPT_CHARS],
        "classified_by": "format" if found.by == "format" else "offline",
    }


def classify_with_llm(
    step: StepContext, ref: dict[str, Any], offline: dict[str, Any]
) -> dict[str, Any]:
    settings = settings_from_env()
    assert settings is not None
    document = load_document(ref)
    answer, usage = tasks.classify_document(make_client(settings), document.text)
    fields = {**offline["fields"], **{k: v for k, v in answer.fields.items() if v is not None}}
    embedded = offline["document"].get("embedded_invoice") or {}
    if answer.type == "invoice":
        fields.update({k: v for k, v in embedded.items() if v is not None})
    return {
        **offline,
        "type": answer.type,
        "confidence": round(answer.confidence, 4),
        "fields": fields,
        "rationale": answer.rationale,
        "classified_by": f"llm:{usage.provider}:{usage.model}",
        "offline": {"type": offline["type"], "confidence": offline["confidence"]},
        "llm_usage": [usage.to_dict()],
    }
