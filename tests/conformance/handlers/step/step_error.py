"""1-19: Step with error (fails permanently)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import StepConfig
from aws_durable_execution_sdk_python.retries import RetryPresets


@durable_step
def failing_func(step_context: StepContext) -> str:
    raise RuntimeError("step failed permanently")


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(failing_func(), config=StepConfig(retry_strategy=RetryPresets.none()))
