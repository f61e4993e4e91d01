"""1-13: Default retry strategy"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)


@durable_step
def unreliable_func(step_context: StepContext) -> str:
    if step_context.attempt < 3:
        raise RuntimeError(f"attempt {step_context.attempt} failed")
    return "succeeded on third attempt"


@durable_execution
def handler(event: object, context: DurableContext) -> str:
    return context.step(unreliable_func())
