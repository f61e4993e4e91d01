"""9-15: Map iteration suspends on a wait; on replay the succeeded iteration is skipped"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration, MapConfig


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


def process(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    if index == 1:
        ctx.wait(Duration.from_seconds(1))
    return ctx.step(echo(item))


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(["r0", "r1"], process, name="suspend", config=MapConfig(max_concurrency=1))
    return batch.get_results()
