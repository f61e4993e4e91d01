"""1-18: Step with AtMostOncePerRetry semantics (with retry, succeeds on second attempt)"""

import logging
import os
import sys

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import (
    Duration,
    JitterStrategy,
    StepConfig,
    StepSemantics,
)
from aws_durable_execution_sdk_python.retries import RetryStrategyConfig, create_retry_strategy

logging.getLogger().setLevel(logging.INFO)

RETRY_STRATEGY = create_retry_strategy(
    RetryStrategyConfig(
        max_attempts=3,
        initial_delay=Duration.from_seconds(1),
        backoff_rate=1,
        jitter_strategy=JitterStrategy.NONE,
    )
)


def crash_process() -> None:
    for log_handler in logging.getLogger().handlers:
        log_handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)


@durable_step
def flaky_step(step_context: StepContext, value: str) -> str:
    step_context.logger.info("At-most-once step running with input: %s", value)
    if step_context.attempt == 1:
        crash_process()
    return "succeeded on second attempt"


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.step(
        flaky_step(event),
        config=StepConfig(
            retry_strategy=RETRY_STRATEGY,
            step_semantics=StepSemantics.AT_MOST_ONCE_PER_RETRY,
        ),
    )
