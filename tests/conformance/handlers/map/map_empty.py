"""9-4: Map with an empty items list completes immediately"""

from collections.abc import Sequence

from aws_durable_execution_sdk_python import DurableContext, durable_execution


def identity(ctx: DurableContext, item: object, index: int, items: Sequence[object]) -> object:
    return item


@durable_execution
def handler(event: list, context: DurableContext) -> list:
    return context.map(event, identity, name="empty").get_results()
