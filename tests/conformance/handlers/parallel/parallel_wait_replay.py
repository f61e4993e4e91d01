"""8-14: Parallel branch suspends on a wait; on resume the succeeded branch is skipped"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration, ParallelConfig


@durable_step
def task(step_context: StepContext, value: str) -> str:
    return value


def branch0(ctx: DurableContext) -> str:
    return ctx.step(task("b0"))


def branch1(ctx: DurableContext) -> str:
    ctx.wait(Duration.from_seconds(2))
    return "b1"


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [branch0, branch1], name="replay", config=ParallelConfig(max_concurrency=1)
    )
    return batch.get_results()
