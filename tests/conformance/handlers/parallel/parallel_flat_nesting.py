"""8-12: Parallel with FLAT nesting runs branches in virtual contexts"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import NestingType, ParallelConfig


@durable_step
def task(step_context: StepContext, value: str) -> str:
    return value


def branch_a(ctx: DurableContext) -> str:
    return ctx.step(task("fa"))


def branch_b(ctx: DurableContext) -> str:
    return ctx.step(task("fb"))


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [branch_a, branch_b],
        name="flat",
        config=ParallelConfig(max_concurrency=1, nesting_type=NestingType.FLAT),
    )
    return batch.get_results()
