"""4-5: Heartbeat keeps callback alive past the heartbeat interval, then a success call."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CallbackConfig, Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    config = CallbackConfig(heartbeat_timeout=Duration.from_seconds(10))
    callback = context.create_callback(name=event, config=config)
    return callback.result()
