"""6-6: Wait-for-condition max attempts exceeded (failure)"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration, JitterStrategy
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitStrategyConfig,
    create_wait_strategy,
)


def increment(state: int, check_context: WaitForConditionCheckContext) -> int:
    return state + 1


strategy = create_wait_strategy(
    WaitStrategyConfig(
        should_continue_polling=lambda state: True,
        max_attempts=3,
        initial_delay=Duration.from_seconds(1),
        backoff_rate=1,
        jitter_strategy=JitterStrategy.NONE,
    )
)


@durable_execution
def handler(event: int, context: DurableContext) -> int:
    return context.wait_for_condition(
        increment, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=event)
    )
