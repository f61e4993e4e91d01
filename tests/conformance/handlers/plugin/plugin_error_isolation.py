"""10-4: Plugin exceptions are swallowed and never affect the execution outcome"""

import json

from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
)
from aws_durable_execution_sdk_python.plugin import (
    DurableInstrumentationPlugin,
    InvocationEndInfo,
    InvocationStartInfo,
    OperationEndInfo,
    OperationStartInfo,
    OperationType,
    UserFunctionEndInfo,
    UserFunctionStartInfo,
)


class PluginHookError(Exception):
    pass


class FaultyPlugin(DurableInstrumentationPlugin):
    def __init__(self) -> None:
        self.execution_arn: str | None = None

    def fail(self, hook: str) -> None:
        record = {
            "plugin": "CONFPLUGIN-FAULTY",
            "hook": hook,
            "durableExecutionArn": self.execution_arn,
        }
        print(json.dumps(record), flush=True)
        raise PluginHookError(f"{hook} hook failed")

    def on_invocation_start(self, info: InvocationStartInfo) -> None:
        self.execution_arn = info.execution_arn
        self.fail("invocation-start")

    def on_invocation_end(self, info: InvocationEndInfo) -> None:
        self.fail("invocation-end")

    def on_operation_start(self, info: OperationStartInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.fail("operation-start")

    def on_operation_end(self, info: OperationEndInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.fail("operation-end")

    def on_user_function_start(self, info: UserFunctionStartInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.fail("attempt-start")

    def on_user_function_end(self, info: UserFunctionEndInfo) -> None:
        if info.operation_type is OperationType.STEP:
            self.fail("attempt-end")


class FaultyPluginFactory:
    def create_plugin(self, info: InvocationStartInfo) -> FaultyPlugin:
        return FaultyPlugin()


@durable_step
def greet(step_context: StepContext, name: str) -> str:
    return f"Hello, {name}!"


@durable_execution(plugins=[FaultyPluginFactory()])
def handler(event: str, context: DurableContext) -> str:
    return context.step(greet(event))
