"""5-3: Invoke returning complex object — echo target returns the nested JSON input as-is."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(os.environ["TARGET_FUNCTION_NAME"], event)
