"""3-7: Child context with step retry (fails then succeeds)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
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
def unreliable_step(step_context: StepContext, value: str) -> str:
    if step_context.attempt == 1:
        raise RuntimeError("first attempt fails")
    return value


@durable_with_child_context
def child_body(child_context: DurableContext, value: str) -> str:
    return child_context.step(
        unreliable_step(value), config=StepConfig(retry_strategy=RETRY_STRATEGY)
    )


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.run_in_child_context(child_body(event))
