"""Invoke target: waits one second, then fails."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


class TargetFailure(Exception):
    pass


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    context.wait(Duration.from_seconds(1))
    raise TargetFailure("target function failed")
