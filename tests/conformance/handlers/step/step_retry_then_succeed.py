"""1-11: Step with retry (fails then succeeds)"""

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
        max_attempts=3,
        initial_delay=Duration.from_seconds(1),
        backoff_rate=1,
        jitter_strategy=JitterStrategy.NONE,
    )
)


@durable_step
def unreliable_func(step_context: StepContext) -> str:
    if step_context.attempt == 1:
        raise RuntimeError("first attempt fails")
    return "Operation succeeded"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(unreliable_func(), config=StepConfig(retry_strategy=RETRY_STRATEGY))
