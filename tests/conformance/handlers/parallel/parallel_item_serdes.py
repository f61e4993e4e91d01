"""8-15: Parallel with a custom per-branch serdes that wraps and unwraps each result"""

import json

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import ParallelConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


class WrappingSerDes(SerDes[str]):
    def serialize(self, value: str, serdes_context: SerDesContext) -> str:
        return json.dumps({"wrapped": value})

    def deserialize(self, data: str, serdes_context: SerDesContext) -> str:
        return json.loads(data)["wrapped"]


def branch_x(ctx: DurableContext) -> str:
    return "x"


def branch_y(ctx: DurableContext) -> str:
    return "y"


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [branch_x, branch_y],
        name="serde",
        config=ParallelConfig(max_concurrency=1, item_serdes=WrappingSerDes()),
    )
    return batch.get_results()
