"""8-8: Parallel min-successful completion stops early"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def branch(value: str):
    def run(ctx: DurableContext) -> str:
        return value

    return run


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    batch = context.parallel(
        [branch("b0"), branch("b1"), branch("b2"), branch("b3")],
        name="min-successful",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(min_successful=2),
        ),
    )
    return {
        "completionReason": batch.completion_reason.value,
        "successCount": batch.success_count,
        "totalCount": batch.total_count,
    }
