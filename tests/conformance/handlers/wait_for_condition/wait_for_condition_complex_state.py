"""6-9: Wait-for-condition with a complex object state"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def advance(state: dict, check_context: WaitForConditionCheckContext) -> dict:
    attempts = state["attempts"] + 1
    return {"status": "DONE" if attempts >= 2 else "PENDING", "attempts": attempts}


def strategy(state: dict, attempt: int) -> WaitForConditionDecision:
    if state["status"] == "PENDING":
        return WaitForConditionDecision.continue_waiting(Duration.from_seconds(1))
    return WaitForConditionDecision.stop_polling()


@durable_execution
def handler(event: object, context: DurableContext) -> dict:
    return context.wait_for_condition(
        advance,
        config=WaitForConditionConfig(
            wait_strategy=strategy, initial_state={"status": "PENDING", "attempts": 0}
        ),
    )
