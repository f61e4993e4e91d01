"""A handler module that talks while it is imported, as many real ones do."""

import logging

from aws_durable_execution_sdk_python import DurableContext, durable_execution

print("cold start: loading the model")
logging.getLogger("noisy").warning("configured from the environment")


@durable_execution
def handler(event: dict, context: DurableContext) -> str:
    print(f"handling {event['n']}")
    return f"handled {event['n']}"
