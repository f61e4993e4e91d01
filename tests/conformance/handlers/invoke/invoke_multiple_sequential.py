"""5-14: Multiple sequential invokes — two invokes in sequence, each suspends/resumes."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    first = context.invoke(os.environ["TARGET_FUNCTION_NAME_1"], "first")
    second = context.invoke(os.environ["TARGET_FUNCTION_NAME_2"], "second")
    return [first, second]
