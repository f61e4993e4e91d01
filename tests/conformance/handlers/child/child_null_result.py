"""3-16: Child context returning null"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    durable_execution,
    durable_with_child_context,
)


@durable_with_child_context
def child_body(child_context: DurableContext) -> None:
    return None


@durable_execution
def handler(event: object, context: DurableContext) -> None:
    return context.run_in_child_context(child_body())
