"""Durable functions in the shape of AWS's example apps: waits, retries with back-off,
callbacks with timeouts, a failure. test_examples.py tests them."""

from __future__ import annotations

from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration, StepConfig, WaitForCallbackConfig
from aws_durable_execution_sdk_python.exceptions import CallbackTimeoutError
from aws_durable_execution_sdk_python.retries import (
    JitterStrategy,
    RetryStrategyConfig,
    create_retry_strategy,
)


@durable_execution
def wait_then_greet(event: dict, context: DurableContext) -> str:
    context.wait(Duration.from_seconds(10), name="pause")
    return context.step(lambda _: f"Hello, {event['name']}!", name="greet")


def _flaky(step_context: StepContext) -> int:
    if step_context.attempt < 3:
        raise ConnectionError(f"attempt {step_context.attempt}: the API is down")
    return step_context.attempt


@durable_execution
def call_flaky_api(event: dict, context: DurableContext) -> dict:
    retry = create_retry_strategy(RetryStrategyConfig(
        max_attempts=4, initial_delay=Duration.from_seconds(2), backoff_rate=2.0,
        jitter_strategy=JitterStrategy.NONE,
    ))
    attempts = context.step(_flaky, name="call api", config=StepConfig(retry_strategy=retry))
    return {"attempts": attempts}


@durable_execution
def approval(event: dict, context: DurableContext) -> str:
    try:
        answer = context.wait_for_callback(
            lambda callback_id, _: None, name="approval",
            config=WaitForCallbackConfig(timeout=Duration.from_seconds(event["timeout"])),
        )
    except CallbackTimeoutError:
        return "expired"
    return f"approved by {answer}"


@durable_execution
def always_fails(event: dict, context: DurableContext) -> None:
    context.step(lambda _: 1 / 0, name="divide",
                 config=StepConfig(retry_strategy=create_retry_strategy(
                     RetryStrategyConfig(max_attempts=1))))
