"""8-4: Parallel with heterogeneous branch return types"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import ParallelConfig


def text(ctx: DurableContext) -> str:
    return "hello"


def number(ctx: DurableContext) -> int:
    return 42


def mapping(ctx: DurableContext) -> dict:
    return {"k": "v"}


@durable_execution
def handler(event: object, context: DurableContext) -> list:
    batch = context.parallel(
        [text, number, mapping], name="hetero", config=ParallelConfig(max_concurrency=1)
    )
    return batch.get_results()
