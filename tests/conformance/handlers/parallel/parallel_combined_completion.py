"""8-18: Parallel with min-successful and tolerated-failure-count combined"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def ok(ctx: DurableContext) -> str:
    return "ok"


def fail(ctx: DurableContext) -> str:
    raise RuntimeError("branch failed")


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.parallel(
        [fail, fail, ok, ok],
        name="combined",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(min_successful=3, tolerated_failure_count=1),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "successCount": batch.success_count,
        "failureCount": batch.failure_count,
        "totalCount": batch.total_count,
    }
