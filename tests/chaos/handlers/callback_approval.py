"""A step, then a callback someone outside answers, then a short wait and a closing step."""

from __future__ import annotations

import json
import time
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from step_journal import record_run


def _step(execution: str, name: str, value: Any) -> Any:
    def body(step_context: StepContext) -> Any:
        record_run(execution, name)
        time.sleep(0.2)
        return value

    return body


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    key = event["key"]
    request = context.step(_step(key, "request", f"request-{key}"), name="request")
    # The default callback serdes passes the answer through as the text it was sent as.
    approval = json.loads(context.create_callback(name="approval").result())
    context.wait(Duration.from_seconds(1), name="cool-down")
    closing = context.step(_step(key, "close", [request, approval]), name="close")
    return {"key": key, "closing": closing}
