"""The Enrichment agent: business context from the reference database and an external API.

The external API may be slow or down: its call is a step retried with backoff, and while it
waits the agent and the orchestrator are suspended, holding no process.
"""

from __future__ import annotations

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration, StepConfig
from aws_durable_execution_sdk_python.exceptions import StepError
from aws_durable_execution_sdk_python.retries import RetryStrategyConfig, create_retry_strategy

from document_pipeline.config import PipelineConfig
from document_pipeline.enrichment import enrich, fetch_external
from document_pipeline.enrichment.external import ExternalContextClient
from document_pipeline.enrichment.reference import ReferenceDB

EXTERNAL_RETRIES = StepConfig(
    retry_strategy=create_retry_strategy(
        RetryStrategyConfig(
            max_attempts=5,
            initial_delay=Duration.from_seconds(1),
            max_delay=Duration.from_seconds(30),
        )
    )
)


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    config = PipelineConfig.from_env()
    classification = event["classification"]
    external: dict[str, Any] | None = None
    if config.context_api_url:
        client = ExternalContextClient(config.context_api_url)
        try:
            external = context.step(
                lambda _: fetch_external(client, classification),
                name="fetch external context",
                config=EXTERNAL_RETRIES,
            )
        except StepError as error:
            external = {"available": False, "error": error.message}
    block: dict[str, Any] = context.step(
        lambda _: look_up(config, classification, external, event.get("key")),
        name="look up reference data",
    )
    return block


def look_up(
    config: PipelineConfig,
    classification: dict[str, Any],
    external: dict[str, Any] | None,
    key: str | None,
) -> dict[str, Any]:
    db = ReferenceDB.open(config.reference_db_url)
    try:
        return enrich(classification, db, external_result=external, seen_key=key)
    finally:
        db.close()
