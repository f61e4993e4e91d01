"""1-7: Step with context logger"""

import logging

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)

logging.getLogger().setLevel(logging.INFO)


@durable_step
def greet(step_context: StepContext, name: str) -> str:
    step_context.logger.info("Greeting step started for: %s", name)
    greeting = f"Hello, {name}!"
    step_context.logger.info("Greeting step completed with: %s", greeting)
    return greeting


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    return context.step(greet(event))
