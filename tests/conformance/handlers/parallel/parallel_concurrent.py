"""8-11: Parallel concurrent branches return results in branch index order"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import ParallelConfig


def branch(value: str):
    def run(ctx: DurableContext) -> str:
        return value

    return run


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [branch("r0"), branch("r1"), branch("r2")],
        name="concurrent",
        config=ParallelConfig(max_concurrency=2),
    )
    return batch.get_results()
