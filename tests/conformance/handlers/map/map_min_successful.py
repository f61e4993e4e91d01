"""9-7: Map min-successful completion stops early"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, MapConfig


def process(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    return "done"


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.map(
        ["i0", "i1", "i2", "i3"],
        process,
        name="min-successful",
        config=MapConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(min_successful=2),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "successCount": batch.success_count,
        "totalCount": batch.total_count,
    }
