"""9-5: Map fail-fast via tolerated-failure-count=0 stops after the first failure"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, MapConfig


def process(ctx: DurableContext, item: str, index: int, items: Sequence[str]) -> str:
    if item == "fail":
        raise RuntimeError("item failed")
    return item


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.map(
        ["ok", "fail", "ok"],
        process,
        name="failfast",
        config=MapConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(tolerated_failure_count=0),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "status": batch.status.value,
        "successCount": batch.success_count,
        "failureCount": batch.failure_count,
        "totalCount": batch.total_count,
    }
