"""5-16: Invoke with custom result serdes — custom deserializer for the returned result."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import InvokeConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


class UppercaseSerDes(SerDes[str]):
    def serialize(self, value: str, serdes_context: SerDesContext) -> str:
        return value

    def deserialize(self, data: str, serdes_context: SerDesContext) -> str:
        return data.upper()


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(
        os.environ["TARGET_FUNCTION_NAME"],
        event,
        config=InvokeConfig(serdes_result=UppercaseSerDes()),
    )
