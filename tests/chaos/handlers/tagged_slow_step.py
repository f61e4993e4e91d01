"""One slow step that returns the tag of the Lamina process whose sandbox ran it."""

from __future__ import annotations

import os
import time
from typing import Any

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from step_journal import record_run


@durable_execution
def handler(event: dict[str, Any], context: DurableContext) -> str:
    key, seconds = event["key"], event["seconds"]

    def body(step_context: StepContext) -> str:
        record_run(key, "tagged")
        time.sleep(seconds)
        record_run(key, "tagged", phase="end")
        return os.environ["CHAOS_TAG"]

    result: str = context.step(body, name="tagged")
    return result
