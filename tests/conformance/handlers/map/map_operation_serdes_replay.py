"""9-20: Wait after a map with a custom operation-level serdes; replay deserializes the result"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import (
    BatchItemStatus,
    BatchResult,
    DurableContext,
    durable_execution,
)
from aws_durable_execution_sdk_python.concurrency.models import BatchItem, CompletionReason
from aws_durable_execution_sdk_python.config import Duration, MapConfig
from aws_durable_execution_sdk_python.serdes import ExtendedTypeSerDes, SerDes, SerDesContext

PREFIX = "OPSERDE:"


class ResultSerDes(SerDes[BatchResult]):
    def serialize(self, value: BatchResult, serdes_context: SerDesContext) -> str:
        return PREFIX + ",".join(value.get_results())

    def deserialize(self, data: str, serdes_context: SerDesContext) -> BatchResult:
        body = data.removeprefix(PREFIX)
        values = body.split(",") if body else []
        items = [
            BatchItem(index, BatchItemStatus.SUCCEEDED, value) for index, value in enumerate(values)
        ]
        return BatchResult(items, CompletionReason.ALL_COMPLETED)


def upper(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return item.upper()


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(
        ["x", "y"],
        upper,
        name="op-serde-replay",
        config=MapConfig(
            max_concurrency=1, serdes=ResultSerDes(), item_serdes=ExtendedTypeSerDes()
        ),
    )
    context.wait(Duration.from_seconds(1))
    return batch.get_results()
