"""9-11: Map concurrent items return results in item index order"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import MapConfig


def identity(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return item


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(
        ["r0", "r1", "r2"], identity, name="concurrent", config=MapConfig(max_concurrency=2)
    )
    return batch.get_results()
