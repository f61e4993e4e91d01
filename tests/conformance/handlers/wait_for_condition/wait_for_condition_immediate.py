"""6-2: Wait-for-condition immediate stop (condition already met on first check)"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def unchanged(state: int, check_context: WaitForConditionCheckContext) -> int:
    return state


def strategy(state: int, attempt: int) -> WaitForConditionDecision:
    if state >= 5:
        return WaitForConditionDecision.stop_polling()
    return WaitForConditionDecision.continue_waiting(Duration.from_seconds(1))


@durable_execution
def handler(event: int, context: DurableContext) -> int:
    return context.wait_for_condition(
        unchanged, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=5)
    )
