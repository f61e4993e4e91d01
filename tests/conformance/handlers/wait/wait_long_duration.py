"""2-5: Wait with long duration (1 hour)"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution
from aws_durable_execution_sdk_python.config import Duration


@durable_execution
def handler(event: object, context: DurableContext) -> None:
    context.wait(Duration.from_hours(1))
