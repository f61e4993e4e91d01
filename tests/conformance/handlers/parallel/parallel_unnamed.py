"""8-2: Parallel branches-only form (no operation name)"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import ParallelConfig


def alpha(ctx: DurableContext) -> str:
    return "alpha"


def beta(ctx: DurableContext) -> str:
    return "beta"


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel([alpha, beta], config=ParallelConfig(max_concurrency=1))
    return batch.get_results()
