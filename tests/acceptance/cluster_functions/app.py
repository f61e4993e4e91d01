"""A step that names the worker it ran on, then (if asked) a callback answered from outside."""

import json
import os
import time

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution


def _work(number: int) -> object:
    def body(step_context: StepContext) -> dict:
        began = time.time()
        time.sleep(0.2)  # long enough that work spreads over the workers
        return {
            "doubled": number * 2,
            "worker": os.environ["CLUSTER_WORKER"],
            "ran": [began, time.time()],  # when the body ran, to count how many ran at once
        }

    return body


@durable_execution
def relay(event: dict, context: DurableContext) -> dict:
    work = context.step(_work(int(event["number"])), name="work")
    if not event.get("callback"):
        return work
    # The default callback serdes passes the answer through as the text it was sent as.
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="answer")
    return {**work, "answer": json.loads(answer)}
