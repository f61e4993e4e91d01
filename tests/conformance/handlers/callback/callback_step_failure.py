"""4-7: createCallback then a step then await callback result — external failure, not caught."""

from typing import Any

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: Any, context: DurableContext) -> Any:
    callback = context.create_callback(name=event)
    context.step(lambda _: "step done", name="work")
    return callback.result()
