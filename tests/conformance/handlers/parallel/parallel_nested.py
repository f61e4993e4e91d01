"""8-21: Nested parallel (a parallel operation inside a parallel branch)"""

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


def inner_one(ctx: DurableContext) -> str:
    return ctx.step(task("i1"))


def inner_two(ctx: DurableContext) -> str:
    return ctx.step(task("i2"))


def outer_branch(ctx: DurableContext) -> list[str]:
    inner = ctx.parallel(
        [inner_one, inner_two], name="inner", config=ParallelConfig(max_concurrency=1)
    )
    return inner.get_results()


@durable_execution
def handler(event: object, context: DurableContext) -> list[list[str]]:
    outer = context.parallel([outer_branch], name="outer", config=ParallelConfig(max_concurrency=1))
    return outer.get_results()
