"""3-2: Child context with name"""

from typing import Any

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> str:
    value = event["value"]
    return context.run_in_child_context(
        lambda child_context: child_context.step(echo(value)), name=event["name"]
    )
