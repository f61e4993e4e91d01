"""5-15: Invoke with custom payload serdes — custom serializer for the outgoing payload."""

import json
import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import InvokeConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


class UppercaseSerDes(SerDes[dict[str, Any]]):
    def serialize(self, value: dict[str, Any], serdes_context: SerDesContext) -> str:
        return json.dumps({k: v.upper() if isinstance(v, str) else v for k, v in value.items()})

    def deserialize(self, data: str, serdes_context: SerDesContext) -> dict[str, Any]:
        return json.loads(data)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(
        os.environ["TARGET_FUNCTION_NAME"],
        event,
        config=InvokeConfig(serdes_payload=UppercaseSerDes()),
    )
