"""5-1: Invoke basic — invoke an echo target function with input, returns same result."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(os.environ["TARGET_FUNCTION_NAME"], event)
