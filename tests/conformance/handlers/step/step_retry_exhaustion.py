"""1-12: Retry exhaustion (max attempts)"""

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
        max_attempts=4,
        initial_delay=Duration.from_seconds(1),
        backoff_rate=1,
        jitter_strategy=JitterStrategy.NONE,
    )
)


@durable_step
def always_fail(step_context: StepContext) -> str:
    raise RuntimeError(f"attempt {step_context.attempt} failed")


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(always_fail(), config=StepConfig(retry_strategy=RETRY_STRATEGY))
