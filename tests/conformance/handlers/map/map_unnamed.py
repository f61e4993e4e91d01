"""9-2: Map items-only form (no name argument), each item returns directly"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import MapConfig


def double(ctx: DurableContext, item: int, index: int, items: Sequence[int]) -> int:
    return item * 2


@durable_execution
def handler(event: list[int], context: DurableContext) -> list[int]:
    batch = context.map(event, double, config=MapConfig(max_concurrency=1))
    return batch.get_results()
