"""8-16: Parallel where every branch fails within tolerance"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def fail(ctx: DurableContext) -> str:
    raise RuntimeError("branch failed")


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.parallel(
        [fail, fail, fail],
        name="all-fail",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(tolerated_failure_count=3),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "status": batch.status.value,
        "successCount": batch.success_count,
        "failureCount": batch.failure_count,
        "totalCount": batch.total_count,
    }
