"""4-15: Custom serdes deserializes a JSON callback payload into a typed object with a Date."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import CallbackConfig
from aws_durable_execution_sdk_python.serdes import SerDes, SerDesContext


@dataclass(frozen=True)
class Received:
    id: str
    message: str
    timestamp: datetime


class ReceivedSerDes(SerDes[Received]):
    def serialize(self, value: Received, serdes_context: SerDesContext) -> str:
        return json.dumps(
            {"id": value.id, "message": value.message, "timestamp": value.timestamp.isoformat()}
        )

    def deserialize(self, data: str, serdes_context: SerDesContext) -> Received:
        raw = json.loads(data)
        timestamp = datetime.fromisoformat(raw["timestamp"].replace("Z", "+00:00"))
        return Received(id=raw["id"], message=raw["message"], timestamp=timestamp)


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name=event, config=CallbackConfig(serdes=ReceivedSerDes()))
    received: Received = callback.result()
    return {
        "received": {
            "id": received.id,
            "message": received.message,
            "timestamp": int(received.timestamp.timestamp()),
        }
    }
