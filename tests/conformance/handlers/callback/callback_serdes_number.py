"""4-16: Custom serdes converts callback string into a number."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CallbackConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


class NumberSerDes(SerDes[int]):
    def serialize(self, value: int, serdes_context: SerDesContext) -> str:
        return str(value)

    def deserialize(self, data: str, serdes_context: SerDesContext) -> int:
        return int(data)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name=event, config=CallbackConfig(serdes=NumberSerDes()))
    count: int = callback.result()
    return {"count": count, "doubled": count * 2}
