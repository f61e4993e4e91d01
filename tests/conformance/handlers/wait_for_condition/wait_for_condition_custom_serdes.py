"""6-11: Wait-for-condition with custom state serdes"""

import json

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext
from aws_durable_execution_sdk_python.types import WaitForConditionCheckContext
from aws_durable_execution_sdk_python.waits import (
    WaitForConditionConfig,
    WaitForConditionDecision,
)


class EnvelopeSerDes(SerDes[str]):
    def serialize(self, value: str, serdes_context: SerDesContext) -> str:
        return json.dumps({"state": value})

    def deserialize(self, data: str, serdes_context: SerDesContext) -> str:
        return json.loads(data)["state"]


def append(state: str, check_context: WaitForConditionCheckContext) -> str:
    return state + "x"


def strategy(state: str, attempt: int) -> WaitForConditionDecision:
    if len(state) >= 2:
        return WaitForConditionDecision.stop_polling()
    return WaitForConditionDecision.continue_waiting(Duration.from_seconds(1))


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.wait_for_condition(
        append,
        config=WaitForConditionConfig(
            wait_strategy=strategy, initial_state="", serdes=EnvelopeSerDes()
        ),
    )
