"""1-6: Custom serdes (per-step)"""

import json
from typing import Any

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import StepConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


def _uppercase(value: Any) -> Any:
    if isinstance(value, str):
        return value.upper()
    if isinstance(value, list):
        return [_uppercase(item) for item in value]
    if isinstance(value, dict):
        return {key: _uppercase(item) for key, item in value.items()}
    return value


class UppercaseSerDes(SerDes[Any]):
    def serialize(self, value: Any, serdes_context: SerDesContext) -> str:
        return json.dumps(_uppercase(value))

    def deserialize(self, data: str, serdes_context: SerDesContext) -> Any:
        return json.loads(data)


@durable_step
def return_input(step_context: StepContext, value: str) -> str:
    return value


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.step(return_input(event), config=StepConfig(serdes=UppercaseSerDes()))
