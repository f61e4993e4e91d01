"""4-13: Handler catches a callback failure and continues with a wait, then returns the message."""

from typing import Any

from aws_durable_execution_sdk_python import CallbackError, DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name=event)
    try:
        message = callback.result()
    except CallbackError as error:
        message = f"callback failed: {error.message}"
    context.wait(Duration.from_seconds(2))
    return message
