"""10-1: Plugin invocation lifecycle hooks (start and end on a single invocation)"""

import json
import logging
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

logging.getLogger().setLevel(logging.INFO)


class ConfPlugin(DurableInstrumentationPlugin):
    def __init__(self) -> None:
        self.execution_arn: str | None = None

    def emit(self, record: dict[str, Any]) -> None:
        record = {"plugin": "CONFPLUGIN", **record, "durableExecutionArn": self.execution_arn}
        print(json.dumps(record), flush=True)

    def on_invocation_start(self, info: InvocationStartInfo) -> None:
        self.execution_arn = info.execution_arn
        self.emit({"hook": "invocation-start", "first": info.is_first_invocation})

    def on_invocation_end(self, info: InvocationEndInfo) -> None:
        self.emit({"hook": "invocation-end", "status": info.status.value})


class ConfPluginFactory:
    def create_plugin(self, info: InvocationStartInfo) -> ConfPlugin:
        return ConfPlugin()


@durable_step
def greet(step_context: StepContext, name: str) -> str:
    step_context.logger.info("Greeting step running for: %s", name)
    return f"Hello, {name}!"


@durable_execution(plugins=[ConfPluginFactory()])
def handler(event: str, context: DurableContext) -> str:
    return context.step(greet(event))
