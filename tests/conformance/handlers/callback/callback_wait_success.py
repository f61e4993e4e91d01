"""4-9: createCallback then a duration wait, then wait for callback result (success)."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name=event)
    context.wait(Duration.from_seconds(5))
    return callback.result()
