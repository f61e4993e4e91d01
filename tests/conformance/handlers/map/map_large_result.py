"""9-16: Map whose combined results exceed the checkpoint size threshold"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import MapConfig


def produce(ctx: DurableContext, item: int, index: int, items: Sequence[int]) -> str:
    return str(item) * (70 * 1024)


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.map([0, 1, 2, 3], produce, name="large", config=MapConfig(max_concurrency=1))
    return {"successCount": batch.success_count, "totalCount": batch.total_count}
