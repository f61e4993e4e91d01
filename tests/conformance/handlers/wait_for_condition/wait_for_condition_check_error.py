"""6-7: Wait-for-condition check function throws (uncaught failure)"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def failing_check(state: int, check_context: WaitForConditionCheckContext) -> int:
    raise RuntimeError("check failed")


def strategy(state: int, attempt: int) -> WaitForConditionDecision:
    return WaitForConditionDecision.stop_polling()


@durable_execution
def handler(event: object, context: DurableContext) -> int:
    return context.wait_for_condition(
        failing_check, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=0)
    )
