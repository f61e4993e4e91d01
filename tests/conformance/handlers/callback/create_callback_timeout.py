"""4-3: Create callback with a short general timeout; no callback is sent so it times out."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CallbackConfig, Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    config = CallbackConfig(timeout=Duration.from_seconds(5))
    callback = context.create_callback(name=event, config=config)
    return callback.result()
