"""6-12: Wait-for-condition followed by a step (result passed onward)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


def increment(state: int, check_context: WaitForConditionCheckContext) -> int:
    return state + 1


@durable_step
def multiply(step_context: StepContext, value: int) -> int:
    return value * 10


@durable_execution
def handler(event: int, context: DurableContext) -> int:
    def strategy(state: int, attempt: int) -> WaitForConditionDecision:
        if state >= event:
            return WaitForConditionDecision.stop_polling()
        return WaitForConditionDecision.continue_waiting(Duration.from_seconds(1))

    final_state = context.wait_for_condition(
        increment, config=WaitForConditionConfig(wait_strategy=strategy, initial_state=0)
    )
    return context.step(multiply(final_state))
