"""A durable function written with the official SDK: greet, wait, then finish."""

from aws_durable_execution_sdk_python import DurableContext, durable_execution, durable_step
from aws_durable_execution_sdk_python.config import Duration


@durable_step
def greet(step_context, name: str) -> str:
    return f"Hello, {name}!"


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    greeting = context.step(greet(event.get("name", "world")))
    context.wait(Duration.from_seconds(1))
    return {"greeting": greeting}
