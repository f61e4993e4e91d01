"""7-5: Wait-for-callback that times out because no external system completes the callback."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration, WaitForCallbackConfig
from aws_durable_execution_sdk_python.types import WaitForCallbackContext


def submit(callback_id: str, context: WaitForCallbackContext) -> None:
    context.logger.info("callback id registered: %s", callback_id)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    config = WaitForCallbackConfig(timeout=Duration.from_seconds(3))
    return context.wait_for_callback(submit, name=event, config=config)
