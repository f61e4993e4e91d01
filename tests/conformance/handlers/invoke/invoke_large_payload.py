"""5-7: Invoke large payload — payload near the size limit."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution

PAYLOAD_SIZE = 200_000


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    result = context.invoke(os.environ["TARGET_FUNCTION_NAME"], {"data": "x" * PAYLOAD_SIZE})
    return {"size": len(result["data"])}
