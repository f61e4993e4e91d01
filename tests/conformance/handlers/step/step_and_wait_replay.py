"""1-8: Step and wait with replay"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration


@durable_step
def compute(step_context: StepContext) -> str:
    return "computed"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    result = context.step(compute())
    context.wait(Duration.from_seconds(2))
    return result
