"""6-8: Wait-for-condition check throws, caught by handler (recovers)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    WaitForConditionError,
    durable_execution,
)
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
def handler(event: object, context: DurableContext) -> object:
    try:
        return context.wait_for_condition(
            failing_check, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=0)
        )
    except WaitForConditionError:
        return "recovered"
