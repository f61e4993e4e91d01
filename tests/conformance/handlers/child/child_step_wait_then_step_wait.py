"""3-18: Child context with step and wait inside, step and wait after"""

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
    result = child_context.step(echo(value))
    child_context.wait(Duration.from_seconds(1))
    return result


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    child_result = context.run_in_child_context(child_body(event))
    result = context.step(echo(child_result))
    context.wait(Duration.from_seconds(1))
    return result
