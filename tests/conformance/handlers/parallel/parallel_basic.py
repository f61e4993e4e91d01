"""8-1: Parallel basic (two branches, each a single step, all succeed)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import ParallelConfig


@durable_step
def task(step_context: StepContext, value: str) -> str:
    return value


def branch_one(ctx: DurableContext) -> str:
    return ctx.step(task("task-1"))


def branch_two(ctx: DurableContext) -> str:
    return ctx.step(task("task-2"))


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [branch_one, branch_two], name="parallel", config=ParallelConfig(max_concurrency=1)
    )
    return batch.get_results()
