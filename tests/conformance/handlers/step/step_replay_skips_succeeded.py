"""1-9: Replay skips succeeded step"""

import logging

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration

logging.getLogger().setLevel(logging.INFO)


@durable_step
def produce_value(step_context: StepContext) -> str:
    step_context.logger.info("step executed")
    return "cached_value"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    result = context.step(produce_value())
    context.wait(Duration.from_seconds(1))
    return result
