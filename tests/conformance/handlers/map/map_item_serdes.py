"""9-14: Map with a custom per-item serdes"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import MapConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext

PREFIX = "wrapped:"


class PrefixSerDes(SerDes[str]):
    def serialize(self, value: str, serdes_context: SerDesContext) -> str:
        return PREFIX + value

    def deserialize(self, data: str, serdes_context: SerDesContext) -> str:
        return data.removeprefix(PREFIX)


def upper(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return item.upper()


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(
        ["x", "y"],
        upper,
        name="serdes",
        config=MapConfig(max_concurrency=1, item_serdes=PrefixSerDes()),
    )
    return batch.get_results()
