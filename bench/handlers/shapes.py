"""The benchmark shapes every peer runs: 4 trivial steps, 100 steps, a step and a 1 s wait.

Also a lone 5 s wait (the timer benchmark) and a callback wait (suspended executions).
"""

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


def step_payload(i: int) -> dict:
    return {"step": i, "ok": True, "value": "x" * 16}


def make_step(i: int):
    def trivial(_ctx: StepContext) -> dict:
        return step_payload(i)

    return trivial


STEPS = [make_step(i) for i in range(100)]


@durable_execution
def steps4(event, context: DurableContext):
    out = None
    for i in range(4):
        out = context.step(STEPS[i], name=f"s{i}")
    return out


@durable_execution
def steps100(event, context: DurableContext):
    out = None
    for i in range(100):
        out = context.step(STEPS[i], name=f"s{i}")
    return out


@durable_execution
def wait1s(event, context: DurableContext):
    out = context.step(STEPS[0], name="s0")
    context.wait(Duration.from_seconds(1), name="w")
    return out


@durable_execution
def wait5s(event, context: DurableContext):
    context.wait(Duration.from_seconds(5), name="w")
    return {"ok": True}


@durable_execution
def callback_wait(event, context: DurableContext):
    callback = context.create_callback(name="resume")
    return callback.result()
