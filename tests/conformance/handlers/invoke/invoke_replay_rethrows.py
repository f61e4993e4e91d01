"""5-10: Invoke replay re-throws — failed invoke followed by wait; on replay, error is re-thrown."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, InvokeError, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    try:
        outcome = context.invoke(os.environ["TARGET_FUNCTION_NAME"], event)
    except InvokeError as error:
        outcome = f"caught: {error.message}"
    context.wait(Duration.from_seconds(1))
    return outcome
