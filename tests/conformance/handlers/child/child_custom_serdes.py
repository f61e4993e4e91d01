"""3-14: Child context with custom serdes (succeed)"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)
from aws_durable_execution_sdk_python.config import ChildConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


class UppercaseSerDes(SerDes[str]):
    def serialize(self, value: str, serdes_context: SerDesContext) -> str:
        return value.upper()

    def deserialize(self, data: str, serdes_context: SerDesContext) -> str:
        return data


@durable_step
def echo(step_context: StepContext, value: str) -> str:
    return value


@durable_with_child_context
def child_body(child_context: DurableContext, value: str) -> str:
    return child_context.step(echo(value))


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.run_in_child_context(
        child_body(event), config=ChildConfig(serdes=UppercaseSerDes())
    )
