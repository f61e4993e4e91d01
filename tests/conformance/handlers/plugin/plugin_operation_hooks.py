"""10-2: Plugin operation lifecycle hooks (step start and terminal end)"""

import json
from typing import Any

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.plugin import (
    DurableInstrumentationPlugin,
    InvocationStartInfo,
    OperationEndInfo,
    OperationStartInfo,
    OperationType,
)


class ConfPlugin(DurableInstrumentationPlugin):
    def __init__(self) -> None:
        self.execution_arn: str | None = None

    def emit(self, record: dict[str, Any]) -> None:
        record = {"plugin": "CONFPLUGIN", **record, "durableExecutionArn": self.execution_arn}
        print(json.dumps(record), flush=True)

    def on_invocation_start(self, info: InvocationStartInfo) -> None:
        self.execution_arn = info.execution_arn

    def on_operation_start(self, info: OperationStartInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.emit({"hook": "operation-start", "op": info.operation_id})

    def on_operation_end(self, info: OperationEndInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.emit(
                {"hook": "operation-end", "op": info.operation_id, "status": info.status.value}
            )


class ConfPluginFactory:
    def create_plugin(self, info: InvocationStartInfo) -> ConfPlugin:
        return ConfPlugin()


@durable_step
def greet(step_context: StepContext, name: str) -> str:
    return f"Hello, {name}!"


@durable_execution(plugins=[ConfPluginFactory()])
def handler(event: str, context: DurableContext) -> str:
    return context.step(greet(event))
