"""5-11: Step then invoke — step succeeds, then invoke succeeds."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    prepared = context.step(lambda _: {"prepared": True}, name="prepare")
    return context.invoke(os.environ["TARGET_FUNCTION_NAME"], prepared)
