"""7-8: Wait-for-callback nested inside a child context named "wrapper"."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.types import WaitForCallbackContext


def submit(callback_id: str, context: WaitForCallbackContext) -> None:
    context.logger.info("callback id registered: %s", callback_id)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.run_in_child_context(
        lambda child: child.wait_for_callback(submit, name=event), name="wrapper"
    )
