"""A step, a one-second wait, a step: work for a worker, then a timer for a scheduler."""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    before = context.step(lambda _: event["n"], name="before")
    context.wait(Duration.from_seconds(1))
    return {"n": context.step(lambda _: before + 1, name="after")}
