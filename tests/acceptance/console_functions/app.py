"""Durable functions for the console's acceptance tests: a review, and one that just waits."""

import os
from pathlib import Path

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import (
    Duration,
    JitterStrategy,
    StepConfig,
    WaitForCallbackConfig,
)
from aws_durable_execution_sdk_python.retries import RetryStrategyConfig, create_retry_strategy

ONE_RETRY = StepConfig(
    retry_strategy=create_retry_strategy(
        RetryStrategyConfig(
            max_attempts=2,
            initial_delay=Duration.from_seconds(1),
            jitter_strategy=JitterStrategy.NONE,
        )
    )
)


def classify(context: DurableContext) -> dict:
    return context.step(lambda _: {"type": "invoice", "confidence": 0.93}, name="classify")


def enrich(context: DurableContext) -> dict:
    return context.step(lambda _: {"vendor": "ACME", "known": True}, name="enrich")


@durable_execution
def invoice_review(event: dict, context: DurableContext) -> dict:
    found = context.parallel([classify, enrich], name="agents").get_results()
    if event.get("flaky"):
        marker = Path(os.environ["MARKER_DIR"]) / f"flaky-{event['flaky']}"

        def check_totals(_: object) -> str:
            if not marker.exists():
                marker.write_text("failed once")
                raise ValueError("totals disagree on the first look")
            return "totals agree"

        context.step(check_totals, name="check totals", config=ONE_RETRY)

    def submit(callback_id: str, _: object) -> dict:
        return {
            "title": event.get("title", "Invoice to review"),
            "document": {
                "name": event.get("file_name", "invoice.pdf"),
                "text_excerpt": event.get("text", ""),
            },
            "findings": {"classifier": found[0], "enrichment": found[1]},
            "rules_fired": ["total above 10,000 EUR"],
            "reasons": ["the total is above the auto-approval limit"],
            "deadline": "2030-01-01T00:00:00Z",
        }

    decision = context.wait_for_callback(
        submit, name="review invoice", config=WaitForCallbackConfig(timeout=Duration.from_hours(24))
    )
    return {"decision": decision}


@durable_execution
def just_waits(event: dict, context: DurableContext) -> str:
    context.step(lambda _: "ready", name="prepare")
    context.wait(Duration.from_seconds(int(event.get("seconds", 3600))))
    return "waited"
