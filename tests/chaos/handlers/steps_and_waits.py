"""A chain of slow steps with short waits between them: work that is often mid-flight."""

from __future__ import annotations

import os
import time
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration
from step_journal import record_run


def _slow_step(execution: str, name: str, value: int) -> Any:
    def body(step_context: StepContext) -> int:
        record_run(execution, name)
        time.sleep(float(os.environ["CHAOS_STEP_SECONDS"]))  # from the template
        return value

    return body


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> dict[str, Any]:
    key, waits = event["key"], event["waits"]
    total = context.step(_slow_step(key, "first", event["seed"] * 10), name="first")
    for index, seconds in enumerate(waits):
        context.wait(Duration.from_seconds(seconds), name=f"pause-{index}")
        total = context.step(
            _slow_step(key, f"after-pause-{index}", total + index + 1), name=f"after-pause-{index}"
        )
    total = context.step(_slow_step(key, "last", total * 2), name="last")
    return {"key": key, "total": total}
