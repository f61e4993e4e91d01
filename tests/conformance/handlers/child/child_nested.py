"""3-6: Nested child contexts"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


@durable_with_child_context
def inner_child(child_context: DurableContext, value: str) -> str:
    return child_context.step(echo(value))


@durable_with_child_context
def outer_child(child_context: DurableContext, value: str) -> str:
    child_context.step(echo(value))
    return child_context.run_in_child_context(inner_child(value))


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.run_in_child_context(outer_child(event))
