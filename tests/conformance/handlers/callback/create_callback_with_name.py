"""4-2: Create callback with an explicit Name."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name="approval")
    return callback.result()
