"""8-10: Parallel stops early once the failure count exceeds tolerated-failure-count"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def ok(ctx: DurableContext) -> str:
    return "ok"


def fail(ctx: DurableContext) -> str:
    raise RuntimeError("branch failed")


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.parallel(
        [fail, fail, ok],
        name="tolerated-exceeded",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(tolerated_failure_count=1),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "successCount": batch.success_count,
        "failureCount": batch.failure_count,
        "totalCount": batch.total_count,
    }
