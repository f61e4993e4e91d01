"""1-14: Retry with custom config (fixed interval and backoff)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration, JitterStrategy, StepConfig
from aws_durable_execution_sdk_python.retries import RetryStrategyConfig, create_retry_strategy

RETRY_STRATEGY = create_retry_strategy(
    RetryStrategyConfig(
        max_attempts=5,
        initial_delay=Duration.from_seconds(2),
        backoff_rate=3,
        jitter_strategy=JitterStrategy.NONE,
    )
)


@durable_step
def unreliable_func(step_context: StepContext) -> str:
    if step_context.attempt < 3:
        raise RuntimeError(f"attempt {step_context.attempt} failed")
    return "succeeded on third attempt"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(unreliable_func(), config=StepConfig(retry_strategy=RETRY_STRATEGY))
