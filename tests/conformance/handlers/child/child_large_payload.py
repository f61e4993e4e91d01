"""3-11: Child context large payload (ReplayChildren mode)"""

import logging

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)
from aws_durable_execution_sdk_python.config import Duration

logging.getLogger().setLevel(logging.INFO)

LARGE_RESULT_ITEMS = 40_000


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


@durable_with_child_context
def build_large_result(child_context: DurableContext, value: str) -> list[str]:
    replay_logger = child_context.logger.with_is_replaying(lambda: False)
    replay_logger.info("Building large result for: %s", value)
    small = child_context.step(echo(value))
    return [small] * LARGE_RESULT_ITEMS


@durable_execution
def handler(event: str, context: DurableContext) -> int:
    large = context.run_in_child_context(build_large_result(event))
    context.wait(Duration.from_seconds(1))
    return len(large)
