"""1-5: Undefined/null result"""

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)


@durable_step
def do_nothing(step_context: StepContext) -> None:
    return None


@durable_execution
def handler(event: object, context: DurableContext) -> None:
    return context.step(do_nothing())
