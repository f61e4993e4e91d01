"""1-16: Retry specific exception (non-retryable fails)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration, StepConfig
from aws_durable_execution_sdk_python.retries import RetryDecision


class TransientError(Exception):
    pass


def no_retry_on_transient_error(error: Exception, attempts_made: int) -> RetryDecision:
    if isinstance(error, TransientError) or attempts_made >= 3:
        return RetryDecision.no_retry()
    return RetryDecision.retry(Duration.from_seconds(1))


@durable_step
def failing_func(step_context: StepContext) -> str:
    raise TransientError("transient failure that is not retried")


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(
        failing_func(), config=StepConfig(retry_strategy=no_retry_on_transient_error)
    )
