"""7-14: Wait-for-callback timeout caught; the handler returns "timed-out-handled"."""

from typing import Any

from aws_durable_execution_sdk_python import CallbackTimeoutError, DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration, WaitForCallbackConfig
from aws_durable_execution_sdk_python.types import WaitForCallbackContext


def submit(callback_id: str, context: WaitForCallbackContext) -> None:
    context.logger.info("callback id registered: %s", callback_id)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    config = WaitForCallbackConfig(timeout=Duration.from_seconds(3))
    try:
        return context.wait_for_callback(submit, name=event, config=config)
    except CallbackTimeoutError:
        return "timed-out-handled"
