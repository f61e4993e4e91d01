"""Functions the acceptance tests run through real `lamina` processes."""

import os
import time
from pathlib import Path

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def approval(event: dict, context: DurableContext) -> dict:
    decision = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    return {"document": event.get("document"), "decision": decision}


def shout(event: dict, context: object) -> str:
    """A plain (non-durable) function."""
    if event.get("fail"):
        raise ValueError("refusing to shout")
    return str(event["text"]).upper()


@durable_execution
def caller(event: dict, context: DurableContext) -> dict:
    target = os.environ["SHOUT_FUNCTION"]
    try:
        loud = context.invoke(target, event, name="shout")
    except Exception as error:
        return {"error": str(error)}
    return {"loud": loud}


@durable_execution
def slow_first_time(event: dict, context: DurableContext) -> str:
    """Sleeps past its 1 s Timeout the first time it runs, then behaves."""
    marker = Path(os.environ["MARKER_DIR"]) / f"slow-{event['key']}"
    if not marker.exists():
        marker.write_text("ran")
        time.sleep(5)
    context.wait(Duration.from_seconds(1))
    return "finished"


@durable_execution
def always_fails(event: dict, context: DurableContext) -> str:
    raise RuntimeError("this function always fails")


@durable_execution
def two_slow_steps(event: dict, context: DurableContext) -> list[str]:
    first = context.step(lambda _: time.sleep(1.5) or "first", name="first")
    second = context.step(lambda _: "second", name="second")
    return [first, second]
