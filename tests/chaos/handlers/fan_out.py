"""A map of slow steps, a chained invoke of Tally on their results, then a closing step."""

from __future__ import annotations

import time
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from step_journal import record_run


def _step(execution: str, name: str, value: Any) -> Any:
    def body(step_context: StepContext) -> Any:
        record_run(execution, name)
        time.sleep(0.1)
        return value

    return body


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    key = event["key"]

    def triple(branch: DurableContext, item: int, index: int, _: Any) -> int:
        return branch.step(_step(key, f"item-{index}", item * 3), name=f"item-{index}")

    tripled = context.map(event["items"], triple, name="triple").get_results()
    tally = context.invoke("Tally", {"key": f"{key}.tally", "values": tripled}, name="tally")
    return context.step(_step(key, "finish", {"key": key, "total": tally["checked"]}), "finish")


@durable_execution
def tally(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    """The invoked side: a step, a one-second wait, a step."""
    key = event["key"]
    total = context.step(_step(key, "sum", sum(event["values"])), name="sum")
    context.wait(Duration.from_seconds(1), name="settle")
    return {"checked": context.step(_step(key, "check", total + 1), name="check")}
