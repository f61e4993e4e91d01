"""Enough checkpointed state that the invocation input spans several pages."""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: dict, context: DurableContext) -> list[str]:
    values = [
        context.step(lambda _, i=i: f"value-{i}-" + "x" * 50, name=f"s{i}") for i in range(12)
    ]
    context.wait(Duration.from_seconds(1))
    return values
