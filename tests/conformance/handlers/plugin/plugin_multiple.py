"""10-5: Multiple registered plugins all receive lifecycle hooks"""

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
    InvocationEndInfo,
    InvocationStartInfo,
)


class NamedPlugin(DurableInstrumentationPlugin):
    def __init__(self, name: str) -> None:
        self.name = name
        self.execution_arn: str | None = None

    def emit(self, record: dict[str, Any]) -> None:
        record = {"plugin": self.name, **record, "durableExecutionArn": self.execution_arn}
        print(json.dumps(record), flush=True)

    def on_invocation_start(self, info: InvocationStartInfo) -> None:
        self.execution_arn = info.execution_arn
        self.emit({"hook": "invocation-start"})

    def on_invocation_end(self, info: InvocationEndInfo) -> None:
        self.emit({"hook": "invocation-end", "status": info.status.value})


class NamedPluginFactory:
    def __init__(self, name: str) -> None:
        self.name = name

    def create_plugin(self, info: InvocationStartInfo) -> NamedPlugin:
        return NamedPlugin(self.name)


@durable_step
def greet(step_context: StepContext, name: str) -> str:
    return f"Hello, {name}!"


@durable_execution(plugins=[NamedPluginFactory("CONFPLUGIN-A"), NamedPluginFactory("CONFPLUGIN-B")])
def handler(event: str, context: DurableContext) -> str:
    return context.step(greet(event))
