"""5-12: Invoke then step — invoke succeeds, then step uses invoke result."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    echoed = context.invoke(os.environ["TARGET_FUNCTION_NAME"], {"value": 21})
    return context.step(lambda _: {"value": echoed["value"] * 2}, name="process")
