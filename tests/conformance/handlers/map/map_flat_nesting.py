"""9-12: Map with FLAT nesting runs items in virtual contexts"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import MapConfig, NestingType


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


def process(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return ctx.step(echo(item))


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(
        ["fa", "fb"],
        process,
        name="flat",
        config=MapConfig(max_concurrency=1, nesting_type=NestingType.FLAT),
    )
    return batch.get_results()
