"""10-3: Plugin attempt hooks fire per step attempt with attempt number and outcome"""

import json
from typing import Any

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.config import Duration, JitterStrategy, StepConfig
from aws_durable_execution_sdk_python.plugin import (
    DurableInstrumentationPlugin,
    InvocationStartInfo,
    OperationType,
    UserFunctionEndInfo,
    UserFunctionStartInfo,
)
from aws_durable_execution_sdk_python.retries import RetryStrategyConfig, create_retry_strategy

RETRY_STRATEGY = create_retry_strategy(
    RetryStrategyConfig(
        max_attempts=3,
        initial_delay=Duration.from_seconds(1),
        backoff_rate=1,
        jitter_strategy=JitterStrategy.NONE,
    )
)


class ConfPlugin(DurableInstrumentationPlugin):
    def __init__(self) -> None:
        self.execution_arn: str | None = None

    def emit(self, record: dict[str, Any]) -> None:
        record = {"plugin": "CONFPLUGIN", **record, "durableExecutionArn": self.execution_arn}
        print(json.dumps(record), flush=True)

    def on_invocation_start(self, info: InvocationStartInfo) -> None:
        self.execution_arn = info.execution_arn

    def on_user_function_start(self, info: UserFunctionStartInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.emit({"hook": "attempt-start", "n": info.attempt, "op": info.operation_id})

    def on_user_function_end(self, info: UserFunctionEndInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.emit(
                {
                    "hook": "attempt-end",
                    "n": info.attempt,
                    "outcome": info.outcome.value,
                    "op": info.operation_id,
                }
            )


class ConfPluginFactory:
    def create_plugin(self, info: InvocationStartInfo) -> ConfPlugin:
        return ConfPlugin()


@durable_step
def unreliable_func(step_context: StepContext) -> str:
    if step_context.attempt == 1:
        raise RuntimeError("first attempt fails")
    return "Operation succeeded"


@durable_execution(plugins=[ConfPluginFactory()])
def handler(event: object, context: DurableContext) -> str:
    return context.step(unreliable_func(), config=StepConfig(retry_strategy=RETRY_STRATEGY))
