"""8-3: Parallel with named branch objects"""

from aws_durable_execution_sdk_python import DurableContext, ParallelBranch, durable_execution
from aws_durable_execution_sdk_python.config import ParallelConfig


def one(ctx: DurableContext) -> str:
    return "one"


def two(ctx: DurableContext) -> str:
    return "two"


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [ParallelBranch(func=one, name="first"), ParallelBranch(func=two, name="second")],
        name="named",
        config=ParallelConfig(max_concurrency=1),
    )
    return batch.get_results()
