"""7-6: Wait-for-callback external failure caught; the handler returns "recovered"."""

from typing import Any

from aws_durable_execution_sdk_python import CallbackError, DurableContext, durable_execution
from aws_durable_execution_sdk_python.types import WaitForCallbackContext


def submit(callback_id: str, context: WaitForCallbackContext) -> None:
    context.logger.info("callback id registered: %s", callback_id)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    try:
        return context.wait_for_callback(submit, name=event)
    except CallbackError:
        return "recovered"
