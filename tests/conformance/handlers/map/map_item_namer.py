"""9-13: Map with a custom item namer"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import MapConfig


def times_ten(ctx: DurableContext, item: int, index: int, items: Sequence[int]) -> int:
    return item * 10


@durable_execution
def handler(event: list[int], context: DurableContext) -> list[int]:
    batch = context.map(
        event,
        times_ten,
        name="named-items",
        config=MapConfig(max_concurrency=1, item_namer=lambda item, index: f"item-{item}"),
    )
    return batch.get_results()
