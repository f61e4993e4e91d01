"""5-5: Invoke target fails — invoked function throws an error, caller gets ChainedInvokeFailed."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(os.environ["TARGET_FUNCTION_NAME"], event)
