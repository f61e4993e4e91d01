"""The Lambda API of a live `lamina run`, driven by the real boto3 client."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from botocore.exceptions import ClientError


def invoke_async(client: Any, function: str, payload: Any, **extra: Any) -> str:
    response = client.invoke(
        FunctionName=function, InvocationType="Event", Payload=json.dumps(payload), **extra
    )
    assert response["StatusCode"] == 202
    return str(response["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"])


def callback_id_of(client: Any, arn: str) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for event in client.get_durable_execution_history(DurableExecutionArn=arn)["Events"]:
            if event["EventType"] == "CallbackStarted":
                return str(event["CallbackStartedDetails"]["CallbackId"])
        time.sleep(0.1)
    raise AssertionError("no CallbackStarted event")


def wait_status(client: Any, arn: str, status: str) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        described: dict[str, Any] = client.get_durable_execution(DurableExecutionArn=arn)
        if described["Status"] == status:
            return described
        time.sleep(0.1)
    raise AssertionError(f"{arn} never reached {status}")


def test_sync_invoke_returns_the_result(lambda_client: Any) -> None:
    response = lambda_client.invoke(
        FunctionName="hello-world", Qualifier="$LATEST", Payload=json.dumps({"name": "Ada"})
    )
    assert response["StatusCode"] == 200
    assert json.loads(response["Payload"].read()) == {"greeting": "Hello, Ada!"}
    assert response["ExecutedVersion"] == "$LATEST"
    arn = response["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"]
    described = lambda_client.get_durable_execution(DurableExecutionArn=arn)
    assert described["Status"] == "SUCCEEDED"
    assert json.loads(described["Result"]) == {"greeting": "Hello, Ada!"}
    assert described["EndTimestamp"] >= described["StartTimestamp"]
    events = lambda_client.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
    assert [e["EventId"] for e in events] == list(range(1, len(events) + 1))
    assert events[-1]["EventType"] == "ExecutionSucceeded"


def test_function_errors_come_back_as_lambda_reports_them(lambda_client: Any) -> None:
    failed = lambda_client.invoke(FunctionName="always-fails", Payload=b"{}")
    assert failed["FunctionError"] == "Unhandled"
    assert json.loads(failed["Payload"].read())["errorMessage"] == "this function always fails"
    plain = lambda_client.invoke(FunctionName="shout", Payload=json.dumps({"text": "hi"}))
    assert json.loads(plain["Payload"].read()) == "HI"
    assert "x-amz-durable-execution-arn" not in plain["ResponseMetadata"]["HTTPHeaders"]


def test_callbacks_over_http(lambda_client: Any) -> None:
    approved = invoke_async(lambda_client, "approval", {"document": "a"})
    lambda_client.send_durable_execution_callback_heartbeat(
        CallbackId=callback_id_of(lambda_client, approved)
    )
    lambda_client.send_durable_execution_callback_success(
        CallbackId=callback_id_of(lambda_client, approved), Result=b'"yes"'
    )
    result = json.loads(wait_status(lambda_client, approved, "SUCCEEDED")["Result"])
    assert result == {"document": "a", "decision": '"yes"'}
    rejected = invoke_async(lambda_client, "approval", {})
    lambda_client.send_durable_execution_callback_failure(
        CallbackId=callback_id_of(lambda_client, rejected),
        Error={"ErrorType": "Rejected", "ErrorMessage": "no"},
    )
    wait_status(lambda_client, rejected, "FAILED")
    with pytest.raises(ClientError) as answered:
        lambda_client.send_durable_execution_callback_success(
            CallbackId=callback_id_of(lambda_client, approved), Result=b'"again"'
        )
    assert answered.value.response["Error"]["Code"] == "CallbackTimeoutException"
    with pytest.raises(lambda_client.exceptions.ResourceNotFoundException):
        lambda_client.send_durable_execution_callback_success(CallbackId="0" * 40, Result=b"1")


def test_names_make_starts_idempotent(lambda_client: Any) -> None:
    first = invoke_async(lambda_client, "approval", {}, DurableExecutionName="order-1")
    assert invoke_async(lambda_client, "approval", {}, DurableExecutionName="order-1") == first
    with pytest.raises(ClientError) as conflict:
        invoke_async(lambda_client, "approval", {"x": 1}, DurableExecutionName="order-1")
    assert conflict.value.response["Error"]["Code"] == "DurableExecutionAlreadyStartedException"
    assert conflict.value.response["ResponseMetadata"]["HTTPStatusCode"] == 409


def test_stop_and_listing(lambda_client: Any) -> None:
    arns = [invoke_async(lambda_client, "approval", {"n": n}) for n in range(3)]
    stopped = lambda_client.stop_durable_execution(
        DurableExecutionArn=arns[0], Error={"ErrorType": "Cancelled", "ErrorMessage": "by a test"}
    )
    assert stopped["StopTimestamp"]
    described = wait_status(lambda_client, arns[0], "STOPPED")
    assert described["Error"]["ErrorMessage"] == "by a test"
    listed = lambda_client.list_durable_executions_by_function(FunctionName="approval")
    assert [e["DurableExecutionArn"] for e in listed["DurableExecutions"]] == arns[::-1]
    running = lambda_client.list_durable_executions_by_function(
        FunctionName="approval", Statuses=["RUNNING"], ReverseOrder=True
    )
    assert [e["DurableExecutionArn"] for e in running["DurableExecutions"]] == arns[1:]
    page = lambda_client.list_durable_executions_by_function(FunctionName="approval", MaxItems=2)
    rest = lambda_client.list_durable_executions_by_function(
        FunctionName="approval", MaxItems=2, Marker=page["NextMarker"]
    )
    paged = page["DurableExecutions"] + rest["DurableExecutions"]
    assert [e["DurableExecutionArn"] for e in paged] == arns[::-1]
    assert "NextMarker" not in rest


def test_history_paging_and_data_exclusion(lambda_client: Any) -> None:
    response = lambda_client.invoke(FunctionName="hello-world", Payload=b'{"name": "B"}')
    arn = response["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"]
    whole = lambda_client.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
    first = lambda_client.get_durable_execution_history(DurableExecutionArn=arn, MaxItems=3)
    second = lambda_client.get_durable_execution_history(
        DurableExecutionArn=arn, MaxItems=100, Marker=first["NextMarker"]
    )
    assert first["Events"] + second["Events"] == whole
    newest = lambda_client.get_durable_execution_history(
        DurableExecutionArn=arn, ReverseOrder=True
    )["Events"]
    assert newest == whole[::-1]
    bare = lambda_client.get_durable_execution_history(
        DurableExecutionArn=arn, IncludeExecutionData=False
    )["Events"]
    assert bare[0]["ExecutionStartedDetails"]["Input"] == {"Truncated": True}


def test_functions_are_listed_and_described(lambda_client: Any) -> None:
    names = {f["FunctionName"] for f in lambda_client.list_functions()["Functions"]}
    assert {"hello-world", "approval", "shout"} <= names
    config = lambda_client.get_function(FunctionName="hello-world")["Configuration"]
    assert config["Handler"] == "hello.handler" and config["Timeout"] == 30
    assert config["DurableConfig"]["ExecutionTimeout"] == 3600
    with pytest.raises(lambda_client.exceptions.ResourceNotFoundException):
        lambda_client.get_function(FunctionName="nope")


def test_bad_requests_raise_the_classes_aws_raises(lambda_client: Any) -> None:
    arn = invoke_async(lambda_client, "approval", {})
    exceptions = lambda_client.exceptions
    with pytest.raises(exceptions.ResourceNotFoundException):
        lambda_client.invoke(FunctionName="nope", Payload=b"{}")
    with pytest.raises(exceptions.InvalidParameterValueException):
        lambda_client.invoke(FunctionName="hello-world", Payload=b"{not json")
    with pytest.raises(exceptions.ResourceNotFoundException):
        lambda_client.get_durable_execution(DurableExecutionArn=arn + "x")
    with pytest.raises(exceptions.InvalidParameterValueException) as stale:
        lambda_client.checkpoint_durable_execution(
            DurableExecutionArn=arn, CheckpointToken="abc", Updates=[]
        )
    assert str(stale.value).count("Invalid checkpoint token") == 1
    with pytest.raises(exceptions.InvalidParameterValueException):
        lambda_client.get_durable_execution_state(DurableExecutionArn=arn, CheckpointToken="abc")
    with pytest.raises(exceptions.InvalidParameterValueException):
        lambda_client.list_durable_executions_by_function(
            FunctionName="approval", Marker="not a marker"
        )
    assert wait_status(lambda_client, arn, "RUNNING")


def aws(endpoint: str, *args: str) -> Any:
    """The AWS CLI, as a user runs it, pointed at Lamina."""
    env = {
        **os.environ,
        "AWS_ENDPOINT_URL_LAMBDA": endpoint,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }
    done = subprocess.run(
        [str(Path(sys.executable).parent / "aws"), "lambda", *args, "--output", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else None


def test_the_aws_cli_works_against_lamina(lambda_client: Any, tmp_path: Path) -> None:
    endpoint = lambda_client.meta.endpoint_url
    out = tmp_path / "out.json"
    invoked = aws(
        endpoint,
        "invoke",
        "--function-name",
        "approval",
        "--invocation-type",
        "Event",
        "--payload",
        '{"document": "cli"}',
        str(out),
    )
    assert invoked["StatusCode"] == 202
    [execution] = aws(
        endpoint, "list-durable-executions-by-function", "--function-name", "approval"
    )["DurableExecutions"]
    arn = execution["DurableExecutionArn"]
    callback_id = callback_id_of(lambda_client, arn)
    aws(
        endpoint,
        "send-durable-execution-callback-success",
        "--callback-id",
        callback_id,
        "--result",
        '"from the cli"',
    )
    wait_status(lambda_client, arn, "SUCCEEDED")
    events = aws(endpoint, "get-durable-execution-history", "--durable-execution-arn", arn)[
        "Events"
    ]
    assert [e["EventType"] for e in events][-2:] == ["InvocationCompleted", "ExecutionSucceeded"]
    succeeded = [e for e in events if e["EventType"] == "CallbackSucceeded"]
    assert succeeded[0]["CallbackSucceededDetails"]["Result"]["Payload"] == '"from the cli"'


def event_types(client: Any, arn: str) -> list[str]:
    events = client.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
    return [e["EventType"] for e in events]


def test_pause_keeps_completions_and_defers_the_invocation(lambda_client: Any) -> None:
    arn = invoke_async(lambda_client, "approval", {"document": "p"})
    callback_id = callback_id_of(lambda_client, arn)
    wait_until_idle = time.monotonic() + 10
    while "InvocationCompleted" not in event_types(lambda_client, arn):
        assert time.monotonic() < wait_until_idle
        time.sleep(0.05)
    response = lambda_client.pause_durable_execution(DurableExecutionArn=arn, Reason="lunch")
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 202
    paused = lambda_client.get_durable_execution(DurableExecutionArn=arn)
    assert paused["Status"] == "PAUSED"
    assert paused["PauseDetails"]["ExecutionTimeoutPaused"] is True
    lambda_client.send_durable_execution_callback_success(CallbackId=callback_id, Result=b'"ok"')
    time.sleep(1)  # an invocation would have started by now if the pause did not hold it
    kinds = event_types(lambda_client, arn)
    assert kinds[-2:] == ["ExecutionPaused", "CallbackSucceeded"]
    assert lambda_client.get_durable_execution(DurableExecutionArn=arn)["Status"] == "PAUSED"
    lambda_client.resume_durable_execution(
        DurableExecutionArn=arn, Reason="back", ClientToken="resume-1"
    )
    # A retried request (same ClientToken) is answered again; a new one is refused.
    lambda_client.resume_durable_execution(DurableExecutionArn=arn, ClientToken="resume-1")
    with pytest.raises(lambda_client.exceptions.ResourceConflictException):
        lambda_client.resume_durable_execution(DurableExecutionArn=arn, ClientToken="resume-2")
    wait_status(lambda_client, arn, "SUCCEEDED")
    assert "ExecutionResumed" in event_types(lambda_client, arn)


def test_pausing_a_running_invocation_waits_for_its_checkpoint(lambda_client: Any) -> None:
    arn = invoke_async(lambda_client, "two-slow-steps", {})
    deadline = time.monotonic() + 10
    while "StepStarted" not in event_types(lambda_client, arn):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    lambda_client.pause_durable_execution(DurableExecutionArn=arn)
    assert lambda_client.get_durable_execution(DurableExecutionArn=arn)["Status"] == "PAUSING"
    wait_status(lambda_client, arn, "PAUSED")
    kinds = event_types(lambda_client, arn)
    assert kinds.count("StepSucceeded") == 1 and kinds[-1] == "ExecutionPaused"
    lambda_client.resume_durable_execution(DurableExecutionArn=arn)
    done = wait_status(lambda_client, arn, "SUCCEEDED")
    assert json.loads(done["Result"]) == ["first", "second"]
    assert event_types(lambda_client, arn).count("StepStarted") == 2  # nothing ran twice


def test_pause_resume_and_delete_refuse_the_wrong_states(lambda_client: Any) -> None:
    running = invoke_async(lambda_client, "approval", {})
    conflict = lambda_client.exceptions.ResourceConflictException
    with pytest.raises(conflict):
        lambda_client.resume_durable_execution(DurableExecutionArn=running)
    with pytest.raises(conflict):
        lambda_client.delete_durable_execution(DurableExecutionArn=running)
    lambda_client.stop_durable_execution(DurableExecutionArn=running)
    wait_status(lambda_client, running, "STOPPED")
    with pytest.raises(conflict):
        lambda_client.pause_durable_execution(DurableExecutionArn=running)
    deleted = lambda_client.delete_durable_execution(DurableExecutionArn=running)
    assert deleted["ResponseMetadata"]["HTTPStatusCode"] == 202
    with pytest.raises(lambda_client.exceptions.ResourceNotFoundException):
        lambda_client.get_durable_execution(DurableExecutionArn=running)


def test_a_request_that_is_not_http_is_refused_as_lambda_refuses_one(lambda_client: Any) -> None:
    """The HTTP parser refuses it before any route: still a JSON body with its error type,
    and the server goes on serving."""
    url = urlsplit(lambda_client.meta.endpoint_url)
    for garbage in (b"GET /\x00\x01 HTTP/1.1\r\n\r\n", b"\x16\x03\x01 not http at all\r\n\r\n",
                    b"POST /x HTTP/1.1\r\nContent-Length: nope\r\n\r\n"):
        with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
            conn.sendall(garbage)
            answer = b""
            while chunk := conn.recv(65536):
                answer += chunk
        head, _, body = answer.partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        assert lines[0] == "HTTP/1.1 400 Bad Request", (garbage, answer)
        headers = dict(line.lower().split(": ", 1) for line in lines[1:])
        assert headers["x-amzn-errortype"] == "invalidparametervalueexception"
        assert headers["content-type"] == "application/json"
        assert int(headers["content-length"]) == len(body)
        assert json.loads(body)["message"] == "Invalid HTTP request received."
    assert lambda_client.list_functions()["Functions"]  # still serving
