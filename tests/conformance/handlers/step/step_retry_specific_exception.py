"""1-15: Retry specific exception"""

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


def retry_on_transient(error: Exception, attempts_made: int) -> RetryDecision:
    if isinstance(error, TransientError) and attempts_made < 3:
        return RetryDecision.retry(Duration.from_seconds(1))
    return RetryDecision.no_retry()


@durable_step
def unreliable_func(step_context: StepContext) -> str:
    if step_context.attempt == 1:
        raise TransientError("temporary failure")
    return "succeeded after transient error"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(unreliable_func(), config=StepConfig(retry_strategy=retry_on_transient))
