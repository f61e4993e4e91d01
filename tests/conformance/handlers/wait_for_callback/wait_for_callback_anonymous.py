"""7-3: Wait-for-callback invoked with only a submitter function and no operation name."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.wait_for_callback(lambda callback_id, submitter_context: None)
