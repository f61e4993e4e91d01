"""3-3: Child context with multiple sequential steps"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)


@durable_step
def first_step(step_context: StepContext, value: str) -> str:
    return value


@durable_step
def second_step(step_context: StepContext, previous: str) -> str:
    return previous


@durable_with_child_context
def child_body(child_context: DurableContext, value: str) -> str:
    first = child_context.step(first_step(value))
    return child_context.step(second_step(first))


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.run_in_child_context(child_body(event))
