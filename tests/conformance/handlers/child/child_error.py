"""3-4: Child context error (step fails, execution fails)"""

from aws_durable_execution_sdk_python import (
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


@durable_with_child_context
def child_body(child_context: DurableContext) -> str:
    return child_context.step(failing_step(), config=StepConfig(retry_strategy=RetryPresets.none()))


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.run_in_child_context(child_body())
