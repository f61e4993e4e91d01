"""6-5: Wait-for-condition fixed-delay wait strategy"""

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


@durable_execution
def handler(event: int, context: DurableContext) -> int:
    strategy = create_wait_strategy(
        WaitStrategyConfig(
            should_continue_polling=lambda state: state < event,
            initial_delay=Duration.from_seconds(2),
            backoff_rate=1,
            jitter_strategy=JitterStrategy.NONE,
        )
    )
    return context.wait_for_condition(
        increment, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=0)
    )
