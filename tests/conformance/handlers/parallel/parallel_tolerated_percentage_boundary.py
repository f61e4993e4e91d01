"""8-22: Parallel tolerated-failure-percentage at the boundary (not exceeded)"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def ok(ctx: DurableContext) -> str:
    return "ok"


def fail(ctx: DurableContext) -> str:
    raise RuntimeError("branch failed")


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.parallel(
        [fail, ok, ok, ok],
        name="pct-boundary",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(tolerated_failure_percentage=25),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "status": batch.status.value,
        "successCount": batch.success_count,
        "failureCount": batch.failure_count,
        "totalCount": batch.total_count,
    }
