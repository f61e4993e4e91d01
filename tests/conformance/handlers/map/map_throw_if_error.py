"""9-6: Map throw-if-error propagates an item failure to the execution"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, MapConfig


def process(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    if item == "fail":
        raise RuntimeError("item failed")
    return item


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.map(
        ["fail", "ok"],
        process,
        name="throwing",
        config=MapConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(tolerated_failure_count=0),
        ),
    )
    batch.throw_if_error()
    return batch.get_results()
