"""1-4: Returning complex object"""

from typing import Any

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)


@durable_step
def build_response(step_context: StepContext, event: dict[str, Any]) -> dict[str, Any]:
    tags = list(event["tags"])
    return {"user": {"name": event["name"], "tags": tags}, "count": len(tags)}


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    return context.step(build_response(event))
