"""6-10: Wait-for-condition null result"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def check_none(state: None, check_context: WaitForConditionCheckContext) -> None:
    return None


def strategy(state: None, attempt: int) -> WaitForConditionDecision:
    return WaitForConditionDecision.stop_polling()


@durable_execution
def handler(event: object, context: DurableContext) -> None:
    return context.wait_for_condition(
        check_none, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=None)
    )
