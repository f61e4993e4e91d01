"""1-20: Error caught and handled (try/catch)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    StepError,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import StepConfig
from aws_durable_execution_sdk_python.retries import RetryPresets


@durable_step
def failing_func(step_context: StepContext) -> str:
    raise RuntimeError("step failed")


@durable_step
def finish(step_context: StepContext, value: str) -> str:
    return f"{value}_result"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    try:
        value = context.step(failing_func(), config=StepConfig(retry_strategy=RetryPresets.none()))
    except StepError:
        value = "fallback"
    return context.step(finish(value))
