"""The Decision agent: the business rules decide; an LLM, when configured, says why."""

from __future__ import annotations

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution

from document_pipeline.config import PipelineConfig
from document_pipeline.decision import RuleSet, build_facts, decide
from document_pipeline.llm import make_client, settings_from_env
from document_pipeline.llm.tasks import explain_decision


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    config = PipelineConfig.from_env()
    decision: dict[str, Any] = context.step(
        lambda _: evaluate(config, event["classification"], event["enrichment"]),
        name="evaluate rules",
    )
    settings = settings_from_env()
    if settings is not None:
        explained: dict[str, Any] = context.step(
            lambda _: explain(decision), name="explain decision"
        )
        decision = {**decision, **explained}
    return decision


def evaluate(
    config: PipelineConfig, classification: dict[str, Any], enrichment: dict[str, Any]
) -> dict[str, Any]:
    rules = RuleSet.load(config.rules_path)
    return decide(rules, build_facts(classification, enrichment)).to_dict()


def explain(decision: dict[str, Any]) -> dict[str, Any]:
    settings = settings_from_env()
    assert settings is not None
    facts = {k: decision.get(k) for k in ("outcome", "reasons", "rules_fired", "facts")}
    rationale, usage = explain_decision(make_client(settings), facts)
    return {"rationale": rationale, "llm_usage": [usage.to_dict()]}
