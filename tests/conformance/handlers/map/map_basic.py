"""9-1: Map basic applies a function to each item, each item runs a single step"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import MapConfig


@durable_step
def greet(step_context: StepContext, name: str) -> str:
    return f"Hello, {name}!"


def greet_item(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return ctx.step(greet(item))


@durable_execution
def handler(event: list[str], context: DurableContext) -> list[str]:
    batch = context.map(event, greet_item, name="map", config=MapConfig(max_concurrency=1))
    return batch.get_results()
