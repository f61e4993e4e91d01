"""Python beside Node: one function that invokes a Node one, and one a Node one invokes."""

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def count_in_node(event: dict, context: DurableContext) -> dict:
    counted = context.invoke("node-counter", {"n": event["n"]}, name="count")
    return {"from_node": counted}


@durable_execution
def shout(event: dict, context: DurableContext) -> dict:
    return {"loud": context.step(lambda _: event["text"].upper(), name="upper")}
