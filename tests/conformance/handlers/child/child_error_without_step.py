"""3-15: Child context error without step (error thrown directly in child body)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    durable_execution,
    durable_with_child_context,
)


@durable_with_child_context
def child_body(child_context: DurableContext) -> str:
    raise RuntimeError("child context body failed")


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.run_in_child_context(child_body())
