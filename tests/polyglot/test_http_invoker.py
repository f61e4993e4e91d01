"""Handlers in another process behind an HTTP endpoint, checkpointing over Lamina's API."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LAMINA = str(Path(sys.executable).parent / "lamina")
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(command: list[str], env: dict[str, str], ready: str, log: Path) -> subprocess.Popen[str]:
    with log.open("w") as output:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            command,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
    deadline = time.monotonic() + 30
    while ready not in log.read_text():
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.05)
    return process


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[Any]:
    api_port, rie_port = free_port(), free_port()
    env = {**os.environ, **CREDENTIALS, "AWS_ENDPOINT_URL_LAMBDA": f"http://127.0.0.1:{api_port}"}
    rie = start(
        [
            sys.executable,
            str(HERE / "rie_server.py"),
            str(rie_port),
            str(REPO / "examples/hello"),
            "hello=hello.handler",
        ],
        env,
        "listening",
        tmp_path / "rie.log",
    )
    template = tmp_path / "template.yaml"
    template.write_text(f"""
Resources:
  RemoteHello:
    Type: AWS::Serverless::Function
    Metadata:
      Lamina:
        Endpoint: http://127.0.0.1:{rie_port}/hello
    Properties:
      FunctionName: remote-hello
      CodeUri: {REPO / "examples/hello"}
      Handler: hello.handler
      Timeout: 30
      DurableConfig: {{ExecutionTimeout: 300, RetentionPeriodInDays: 1}}
""")
    lamina = start(
        [
            LAMINA,
            "run",
            "--template",
            str(template),
            "--port",
            str(api_port),
            "--database-url",
            f"sqlite:///{tmp_path}/l.db",
        ],
        env,
        "Press Ctrl-C",
        tmp_path / "lamina.log",
    )
    yield boto3.client(
        "lambda",
        endpoint_url=f"http://127.0.0.1:{api_port}",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    for process in (lamina, rie):
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_a_handler_behind_an_endpoint_runs_durably(remote: Any) -> None:
    response = remote.invoke(FunctionName="remote-hello", Payload=b'{"name": "Remote"}')
    assert json.loads(response["Payload"].read()) == {"greeting": "Hello, Remote!"}
    arn = response["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"]
    events = remote.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
    kinds = [e["EventType"] for e in events]
    # Two invocations over HTTP: one before the 1 s wait, one after it.
    assert kinds.count("InvocationCompleted") == 2 and kinds[-1] == "ExecutionSucceeded"
    assert kinds.count("StepStarted") == 1
