"""4-11: createCallback (3s timeout) then 6s wait then await — times out during the wait."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CallbackConfig, Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    config = CallbackConfig(timeout=Duration.from_seconds(3))
    callback = context.create_callback(name=event, config=config)
    context.wait(Duration.from_seconds(6))
    return callback.result()
