"""3-8: Child context with step retry exhaustion (child fails)"""

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
        max_attempts=2,
        initial_delay=Duration.from_seconds(1),
        backoff_rate=1,
        jitter_strategy=JitterStrategy.NONE,
    )
)


@durable_step
def always_fail(step_context: StepContext) -> str:
    raise RuntimeError(f"attempt {step_context.attempt} failed")


@durable_with_child_context
def child_body(child_context: DurableContext) -> str:
    return child_context.step(always_fail(), config=StepConfig(retry_strategy=RETRY_STRATEGY))


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.run_in_child_context(child_body())
