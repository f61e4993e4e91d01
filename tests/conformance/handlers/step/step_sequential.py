"""1-3: Sequential steps where second depends on first"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)


@durable_step
def step_one(step_context: StepContext) -> str:
    return "first"


@durable_step
def step_two(step_context: StepContext, previous: str) -> str:
    return f"{previous}_second"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    result1 = context.step(step_one())
    return context.step(step_two(result1))
