"""3-12: Child context interrupted and re-executed"""

import logging
import os
import sys
import time

import boto3
from aws_durable_execution_sdk_python import (
    DurableContext,
    StepContext,
    durable_execution,
    durable_step,
    durable_with_child_context,
)

CHECKPOINT_FLUSH_SECONDS = 3


def record_attempt(key: str) -> int:
    response = boto3.client("dynamodb").update_item(
        TableName=os.environ["ATTEMPTS_TABLE_NAME"],
        Key={"id": {"S": key}},
        UpdateExpression="ADD attempts :one",
        ExpressionAttributeValues={":one": {"N": "1"}},
        ReturnValues="UPDATED_NEW",
    )
    return int(response["Attributes"]["attempts"]["N"])


def crash_process() -> None:
    for log_handler in logging.getLogger().handlers:
        log_handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)


@durable_step
def crash_once(step_context: StepContext, value: str, attempts_key: str) -> str:
    if record_attempt(attempts_key) == 1:
        time.sleep(CHECKPOINT_FLUSH_SECONDS)
        crash_process()
    return value


@durable_with_child_context
def child_body(child_context: DurableContext, value: str, attempts_key: str) -> str:
    return child_context.step(crash_once(value, attempts_key))


@durable_execution
def handler(event: str, context: DurableContext) -> str:
    attempts_key = context.execution_context.durable_execution_arn
    return context.run_in_child_context(child_body(event, attempts_key))
