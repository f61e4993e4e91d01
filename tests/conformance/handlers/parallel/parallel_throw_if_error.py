"""8-7: Parallel throw-if-error propagates a branch failure to the execution"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CompletionConfig, ParallelConfig


def fail(ctx: DurableContext) -> str:
    raise RuntimeError("branch failed")


def ok(ctx: DurableContext) -> str:
    return "ok"


@durable_execution
def handler(event: object, context: DurableContext) -> list[str]:
    batch = context.parallel(
        [fail, ok],
        name="throwing",
        config=ParallelConfig(
            max_concurrency=1,
            completion_config=CompletionConfig(tolerated_failure_count=0),
        ),
    )
    batch.throw_if_error()
    return batch.get_results()
