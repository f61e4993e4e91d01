"""5-9: Invoke replay skips — invoke followed by a wait; on replay, invoke result is cached."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    result = context.invoke(os.environ["TARGET_FUNCTION_NAME"], event)
    context.wait(Duration.from_seconds(1))
    return result
