"""8-17: Parallel min-successful never reached runs all branches"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def ok(ctx: DurableContext) -> str:
    return "ok"


def fail(ctx: DurableContext) -> str:
    raise RuntimeError("branch failed")


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.parallel(
        [ok, fail, ok],
        name="min-not-reached",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(min_successful=3),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "status": batch.status.value,
        "successCount": batch.success_count,
        "failureCount": batch.failure_count,
        "totalCount": batch.total_count,
    }
