"""5-6: Invoke target fails, caught — caller wraps invoke in try/catch, execution succeeds."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, InvokeError, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    try:
        return context.invoke(os.environ["TARGET_FUNCTION_NAME"], event)
    except InvokeError:
        return "fallback"
