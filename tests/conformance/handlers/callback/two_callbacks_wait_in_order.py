"""4-18: Create callback A, create callback B, wait for A, wait for B."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    name_a, name_b = event
    callback_a = context.create_callback(name=name_a)
    callback_b = context.create_callback(name=name_b)
    result_a = callback_a.result()
    result_b = callback_b.result()
    return [result_a, result_b]
