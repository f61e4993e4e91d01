"""4-6: External system reports failure via SendDurableExecutionCallbackFailure; handler fails."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name=event)
    return callback.result()
