"""1-10: Replay re-throws failed step"""

import logging

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    StepError,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration, StepConfig
from aws_durable_execution_sdk_python.retries import RetryPresets

logging.getLogger().setLevel(logging.INFO)


@durable_step
def always_fail(step_context: StepContext) -> str:
    step_context.logger.info("step executed")
    raise RuntimeError("step failed permanently")


@durable_execution
def handler(event: object, context: DurableContext) -> str | None:
    caught = None
    try:
        context.step(always_fail(), config=StepConfig(retry_strategy=RetryPresets.none()))
    except StepError as error:
        caught = str(error)
    context.wait(Duration.from_seconds(1))
    return caught
