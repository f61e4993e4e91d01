"""7-10: Wait-for-callback combined with a preceding durable wait and a top-level step."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.types import WaitForCallbackContext


def submit(callback_id: str, context: WaitForCallbackContext) -> None:
    context.logger.info("callback id registered: %s", callback_id)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    context.wait(Duration.from_seconds(1))
    context.step(lambda _: {"prepared": True}, name="prepare")
    return context.wait_for_callback(submit, name=event)
