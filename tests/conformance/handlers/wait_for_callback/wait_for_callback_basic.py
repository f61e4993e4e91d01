"""7-1: Wait-for-callback basic — submitter gets the callback id, external system completes it."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.types import WaitForCallbackContext


def submit(callback_id: str, context: WaitForCallbackContext) -> None:
    context.logger.info("callback id registered: %s", callback_id)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.wait_for_callback(submit, name=event)
