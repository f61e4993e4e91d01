"""6-3: Wait-for-condition with explicit name"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def increment(state: int, check_context: WaitForConditionCheckContext) -> int:
    return state + 1


@durable_execution
def handler(event: int, context: DurableContext) -> int:
    def strategy(state: int, attempt: int) -> WaitForConditionDecision:
        if state >= event:
            return WaitForConditionDecision.stop_polling()
        return WaitForConditionDecision.continue_waiting(Duration.from_seconds(1))

    return context.wait_for_condition(
        increment,
        config=WaitForConditionConfig(wait_strategy=strategy, initial_state=0),
        name="poll-status",
    )
