"""5-8: Invoke with tenantId — invoke a target function with tenant isolation config."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import InvokeConfig


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    return context.invoke(
        os.environ["TARGET_FUNCTION_NAME"],
        event["payload"],
        config=InvokeConfig(tenant_id=event["tenantId"]),
    )
