"""Invoke target: waits one second, then returns its input unchanged."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    context.wait(Duration.from_seconds(1))
    return event
