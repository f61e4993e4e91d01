"""4-17: Create callback A, wait for A, then create callback B, wait for B."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    name_a, name_b = event
    result_a = context.create_callback(name=name_a).result()
    result_b = context.create_callback(name=name_b).result()
    return [result_a, result_b]
