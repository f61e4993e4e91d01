"""4-14: Handler catches a callback timeout and continues with a wait, verifying replay."""

from typing import Any

from aws_durable_execution_sdk_python import CallbackError, DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CallbackConfig, Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    config = CallbackConfig(timeout=Duration.from_seconds(3))
    callback = context.create_callback(name=event, config=config)
    try:
        message = callback.result()
    except CallbackError as error:
        message = f"callback timed out: {error.message}"
    context.wait(Duration.from_seconds(2))
    return message
