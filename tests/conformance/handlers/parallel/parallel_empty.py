"""8-5: Parallel with an empty branches list"""

from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: object, context: DurableContext) -> list:
    return context.parallel([], name="empty").get_results()
