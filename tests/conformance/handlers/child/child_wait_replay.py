"""3-13: Child context with wait inside - verify replay"""

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
    child_context.wait(Duration.from_seconds(1))
    return value


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    context.run_in_child_context(child_body(event))
    return context.step(echo(event))
