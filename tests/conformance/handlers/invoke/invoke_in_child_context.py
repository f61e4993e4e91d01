"""5-13: Invoke inside child context — invoke within run_in_child_context."""

import os
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    target = os.environ["TARGET_FUNCTION_NAME"]
    return context.run_in_child_context(lambda child: child.invoke(target, event))
