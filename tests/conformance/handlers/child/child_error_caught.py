"""3-5: Child context error caught (try/catch, execution succeeds)"""

from aws_durable_execution_sdk_python import (
    ChildContextError,
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)
from aws_durable_execution_sdk_python.config import StepConfig
from aws_durable_execution_sdk_python.retries import RetryPresets


@durable_step
def failing_step(step_context: StepContext) -> str:
    raise RuntimeError("step inside child context failed")


@durable_step
def recovery_step(step_context: StepContext, value: str) -> str:
    return value


@durable_with_child_context
def child_body(child_context: DurableContext) -> str:
    return child_context.step(failing_step(), config=StepConfig(retry_strategy=RetryPresets.none()))


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    try:
        return context.run_in_child_context(child_body())
    except ChildContextError:
        return context.step(recovery_step(event))
