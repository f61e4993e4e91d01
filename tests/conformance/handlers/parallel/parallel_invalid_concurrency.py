"""8-19: Parallel with invalid max-concurrency raises a validation error"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import ParallelConfig


def ok(ctx: DurableContext) -> str:
    return "ok"


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [ok, ok], name="bad-concurrency", config=ParallelConfig(max_concurrency=0)
    )
    return batch.get_results()
