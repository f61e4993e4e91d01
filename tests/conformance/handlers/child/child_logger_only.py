"""3-17: Child context with durable logger only (verify no re-execution on replay)"""

import logging

from aws_durable_execution_sdk_python import (
    DurableContext,
    durable_execution,
    durable_with_child_context,
)
from aws_durable_execution_sdk_python.config import Duration

logging.getLogger().setLevel(logging.INFO)


@durable_with_child_context
def child_body(child_context: DurableContext, value: str) -> str:
    replay_logger = child_context.logger.with_is_replaying(lambda: False)
    replay_logger.info("Child context running for: %s", value)
    return value


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    result = context.run_in_child_context(child_body(event))
    context.wait(Duration.from_seconds(1))
    return result
