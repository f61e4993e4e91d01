"""3-9: Child context replay (returns cached result)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)
from aws_durable_execution_sdk_python.config import Duration


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


@durable_with_child_context
def child_body(child_context: DurableContext, value: str) -> str:
    return child_context.step(echo(value))


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    result = context.run_in_child_context(child_body(event))
    context.wait(Duration.from_seconds(1))
    return result
