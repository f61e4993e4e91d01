"""9-17: Wait after a successful map; on replay the completed map is skipped"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration, MapConfig


def upper(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return item.upper()


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(["a", "b"], upper, name="then-wait", config=MapConfig(max_concurrency=1))
    context.wait(Duration.from_seconds(1))
    return batch.get_results()
