"""5-2: Invoke with name — invoke echo target with name set from input, assert name in history."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(os.environ["TARGET_FUNCTION_NAME"], event["payload"], name=event["name"])
