"""1-17: Step with AtMostOncePerRetry semantics (interrupted, no retry)"""

import logging
import os
import sys

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import StepConfig, StepSemantics
from aws_durable_execution_sdk_python.retries import RetryPresets

logging.getLogger().setLevel(logging.INFO)


def crash_process() -> None:
    for log_handler in logging.getLogger().handlers:
        log_handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)


@durable_step
def flaky_step(step_context: StepContext, value: str) -> str:
    step_context.logger.info("At-most-once step running with input: %s", value)
    crash_process()
    return value


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.step(
        flaky_step(event),
        name="at_most_once_flaky_step",
        config=StepConfig(
            retry_strategy=RetryPresets.none(),
            step_semantics=StepSemantics.AT_MOST_ONCE_PER_RETRY,
        ),
    )
