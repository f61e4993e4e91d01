"""Versions, aliases and code uploads through boto3 and the AWS CLI against a live Lamina."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from cli_driver import Cli, wait_until

AWS = str(Path(sys.executable).parent / "aws")
DURABLE = {"ExecutionTimeout": 3600, "RetentionPeriodInDays": 1}
ROLE = "arn:aws:iam::123456789012:role/lamina"

SIMPLE = """
from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    return {{"version": {version}}}
"""

# Version 2 inserts a step before the callback: replaying version 1's history on it diverges.
APPROVAL = {
    1: """
from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    return {"version": 1, "answer": answer}
""",
    2: """
from aws_durable_execution_sdk_python import DurableContext, durable_execution, durable_step


@durable_step
def check(step_context, event: dict) -> str:
    return "checked"


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    context.step(check(event))
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    return {"version": 2, "answer": answer}
""",
}


def package(source: str, module: str = "app") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{module}.py", source)
    return buffer.getvalue()


def sha(content: bytes) -> str:
    return base64.b64encode(hashlib.sha256(content).digest()).decode()


def error_of(call: Any) -> tuple[str, str]:
    with pytest.raises(ClientError) as raised:
        call()
    error = raised.value.response["Error"]
    return error["Code"], error["Message"]


def invoke(client: Any, name: str, qualifier: str, payload: Any = None) -> tuple[Any, str]:
    reply = client.invoke(
        FunctionName=name, Qualifier=qualifier, Payload=json.dumps(payload or {}).encode()
    )
    assert "FunctionError" not in reply, reply["Payload"].read()
    return json.loads(reply["Payload"].read()), reply["ExecutedVersion"]


def create(client: Any, name: str, content: bytes) -> dict[str, Any]:
    created: dict[str, Any] = client.create_function(
        FunctionName=name,
        Runtime="python3.11",
        Role=ROLE,
        Handler="app.handler",
        Code={"ZipFile": content},
        Timeout=30,
        DurableConfig=DURABLE,
    )
    return created


def test_publish_alias_and_update_code_then_invoke_by_alias_and_version(
    lambda_client: Any,
) -> None:
    client = lambda_client
    first, second = package(SIMPLE.format(version=1)), package(SIMPLE.format(version=2))
    created = create(client, "pinned", first)
    assert created["CodeSha256"] == sha(first) and created["Version"] == "$LATEST"

    one = client.publish_version(FunctionName="pinned")
    assert (one["Version"], one["CodeSha256"]) == ("1", sha(first))
    assert one["FunctionArn"].endswith(":function:pinned:1")
    assert client.publish_version(FunctionName="pinned")["Version"] == "1"  # nothing changed
    client.create_alias(FunctionName="pinned", Name="live", FunctionVersion="1")
    assert invoke(client, "pinned", "live") == ({"version": 1}, "1")

    updated = client.update_function_code(FunctionName="pinned", ZipFile=second, Publish=True)
    assert (updated["Version"], updated["CodeSha256"]) == ("2", sha(second))
    assert invoke(client, "pinned", "live") == ({"version": 1}, "1")  # the alias did not move
    client.update_alias(FunctionName="pinned", Name="live", FunctionVersion="2")
    assert invoke(client, "pinned", "live") == ({"version": 2}, "2")
    assert invoke(client, "pinned", "1") == ({"version": 1}, "1")
    assert invoke(client, "pinned", "$LATEST") == ({"version": 2}, "$LATEST")

    listed = client.list_versions_by_function(FunctionName="pinned")["Versions"]
    assert [v["Version"] for v in listed] == ["$LATEST", "1", "2"]
    [alias] = client.list_aliases(FunctionName="pinned")["Aliases"]
    assert (alias["Name"], alias["FunctionVersion"]) == ("live", "2")
    by_alias = client.get_function(FunctionName="pinned", Qualifier="live")["Configuration"]
    assert by_alias["Version"] == "2" and by_alias["FunctionArn"].endswith(":pinned:live")


def test_versioning_errors_are_lambdas(lambda_client: Any) -> None:
    client = lambda_client
    content = package(SIMPLE.format(version=1))
    latest = create(client, "strict", content)
    client.publish_version(FunctionName="strict")

    code, message = error_of(lambda: invoke(client, "strict", "9"))
    assert code == "ResourceNotFoundException" and message.endswith(":function:strict:9")
    code, _ = error_of(
        lambda: client.create_alias(FunctionName="strict", Name="live", FunctionVersion="9")
    )
    assert code == "ResourceNotFoundException"
    code, message = error_of(lambda: create(client, "nohandler", package("x = 1", "other")))
    assert code == "InvalidParameterValueException" and "no module for Handler" in message
    code, message = error_of(lambda: create(client, "notzip", b"plain text"))
    assert code == "InvalidParameterValueException" and "Could not unzip" in message
    code, _ = error_of(
        lambda: client.update_function_code(
            FunctionName="strict", ZipFile=content, RevisionId="not-the-revision"
        )
    )
    assert code == "PreconditionFailedException"
    code, message = error_of(
        lambda: client.publish_version(FunctionName="strict", CodeSha256=sha(b"other"))
    )
    assert code == "InvalidParameterValueException" and latest["CodeSha256"] in message
    code, _ = error_of(lambda: create(client, "strict", content))
    assert code == "ResourceConflictException"
    client.create_alias(FunctionName="strict", Name="live", FunctionVersion="1")
    code, message = error_of(lambda: client.delete_function(FunctionName="strict", Qualifier="1"))
    assert code == "ResourceConflictException" and "[live]" in message
    code, _ = error_of(
        lambda: client.create_alias(FunctionName="strict", Name="2024", FunctionVersion="1")
    )
    assert code == "InvalidParameterValueException"
    # Nothing above changed what was stored.
    assert [v["Version"] for v in client.list_versions_by_function(FunctionName="strict")[
        "Versions"
    ]] == ["$LATEST", "1"]
    assert client.get_function(FunctionName="strict")["Configuration"]["CodeSha256"] == sha(
        content
    )


def test_the_aws_cli_publishes_and_moves_an_alias(
    lambda_client: Any, cli: Cli, tmp_path: Path
) -> None:
    create(lambda_client, "cli-made", package(SIMPLE.format(version=1)))
    endpoint = lambda_client.meta.endpoint_url
    env = {**cli.env, "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x",
           "AWS_DEFAULT_REGION": "us-east-1"}

    def aws(*args: str) -> Any:
        done = subprocess.run(
            [AWS, "lambda", *args, "--endpoint-url", endpoint, "--output", "json"],
            capture_output=True, text=True, env=env, timeout=60, check=True,
        )
        return json.loads(done.stdout) if done.stdout.strip() else None

    assert aws("publish-version", "--function-name", "cli-made")["Version"] == "1"
    archive = tmp_path / "f.zip"
    archive.write_bytes(package(SIMPLE.format(version=2)))
    aws("update-function-code", "--function-name", "cli-made", "--zip-file", f"fileb://{archive}")
    assert aws("publish-version", "--function-name", "cli-made")["Version"] == "2"
    aws("create-alias", "--function-name", "cli-made", "--name", "live", "--function-version", "1")
    aws("update-alias", "--function-name", "cli-made", "--name", "live", "--function-version", "2")
    versions = aws("list-versions-by-function", "--function-name", "cli-made")["Versions"]
    assert [v["Version"] for v in versions] == ["$LATEST", "1", "2"]
    assert aws("get-alias", "--function-name", "cli-made", "--name", "live")[
        "FunctionVersion"
    ] == "2"


def callback_of(client: Any, arn: str) -> str | None:
    events = client.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
    for event in events:
        if event["EventType"] == "CallbackStarted":
            return str(event["CallbackStartedDetails"]["CallbackId"])
    return None


def test_executions_finish_on_the_version_they_started_on_after_a_redeploy(
    lambda_client: Any,
) -> None:
    redeploy_under_waiting_executions(lambda_client)


def redeploy_under_waiting_executions(client: Any) -> None:
    """50 executions of version 1 wait while an incompatible version 2 takes the alias."""
    create(client, "approvals", package(APPROVAL[1]))
    client.publish_version(FunctionName="approvals")
    client.create_alias(FunctionName="approvals", Name="live", FunctionVersion="1")
    arns = [
        client.invoke(
            FunctionName="approvals", Qualifier="live", InvocationType="Event", Payload=b"{}"
        )["DurableExecutionArn"]
        for _ in range(50)
    ]
    assert all(re.search(r":function:approvals:1/durable-execution/", arn) for arn in arns)
    callbacks = {arn: wait_until(lambda a=arn: callback_of(client, a), 120) for arn in arns}

    # The incompatible version 2 is deployed and takes the alias while the 50 wait.
    client.update_function_code(FunctionName="approvals", ZipFile=package(APPROVAL[2]))
    client.publish_version(FunctionName="approvals")
    client.update_alias(FunctionName="approvals", Name="live", FunctionVersion="2")
    code, message = error_of(
        lambda: client.delete_function(FunctionName="approvals", Qualifier="1")
    )
    assert code == "ResourceConflictException" and "executions in flight" in message
    assert any(arn in message for arn in arns)

    for callback_id in callbacks.values():
        client.send_durable_execution_callback_success(CallbackId=callback_id, Result=b'"yes"')

    def finished(arn: str) -> dict[str, Any] | None:
        described = client.get_durable_execution(DurableExecutionArn=arn)
        return described if described["Status"] != "RUNNING" else None

    for arn in arns:
        described = wait_until(lambda a=arn: finished(a), 120)
        assert described["Status"] == "SUCCEEDED", described
        # The SDK hands the handler a callback's result as the text sent.
        assert json.loads(described["Result"]) == {"version": 1, "answer": '"yes"'}
        names = {e.get("Name") for e in client.get_durable_execution_history(
            DurableExecutionArn=arn)["Events"]}
        assert "approval" in names and "check" not in names  # version 2's step never ran

    fresh = client.invoke(
        FunctionName="approvals", Qualifier="live", InvocationType="Event", Payload=b"{}"
    )["DurableExecutionArn"]
    assert ":function:approvals:2/durable-execution/" in fresh
    client.send_durable_execution_callback_success(
        CallbackId=wait_until(lambda: callback_of(client, fresh), 60), Result=b'"ok"'
    )
    described = wait_until(lambda: finished(fresh), 60)
    assert json.loads(described["Result"]) == {"version": 2, "answer": '"ok"'}
    names = {e.get("Name") for e in client.get_durable_execution_history(
        DurableExecutionArn=fresh)["Events"]}
    assert "check" in names
    client.delete_function(FunctionName="approvals", Qualifier="1")  # nothing runs on it now
