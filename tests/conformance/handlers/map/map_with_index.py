"""9-3: Map function receives the item and its index"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import MapConfig


def add_index(ctx: DurableContext, item: int, index: int, items: Sequence[int]) -> int:
    return item + index


@durable_execution
def handler(event: list[int], context: DurableContext) -> list[int]:
    batch = context.map(event, add_index, name="indexed", config=MapConfig(max_concurrency=1))
    return batch.get_results()
