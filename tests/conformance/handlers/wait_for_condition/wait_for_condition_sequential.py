"""6-13: Multiple sequential wait_for_condition operations"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def increment(state: int, check_context: WaitForConditionCheckContext) -> int:
    return state + 1


def until(threshold: int):
    def strategy(state: int, attempt: int) -> WaitForConditionDecision:
        if state >= threshold:
            return WaitForConditionDecision.stop_polling()
        return WaitForConditionDecision.continue_waiting(Duration.from_seconds(1))

    return strategy


@durable_execution
def handler(event: object, context: DurableContext) -> int:
    first = context.wait_for_condition(
        increment, config=WaitForConditionConfig(wait_strategy=until(2), initial_state=0)
    )
    return context.wait_for_condition(
        increment, config=WaitForConditionConfig(wait_strategy=until(4), initial_state=first)
    )
