"""SigV4 on the HTTP API: only requests signed with a configured key get through."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.exceptions import ClientError
from cli_driver import HERE, LAMINA, REPO, Cli, wait_until

KEYS = """
keys:
  - id: AKIDADMIN
    secret: admin-secret
  - id: AKIDHELLO
    secret: hello-secret
    functions: [hello-world]
"""


@pytest.fixture
def endpoint(cli: Cli, tmp_path: Path) -> Iterator[str]:
    keys = tmp_path / "keys.yaml"
    keys.write_text(KEYS)
    log = (tmp_path / "signed.log").open("w")
    process = subprocess.Popen(
        [
            LAMINA,
            "run",
            "--template",
            str(REPO / "examples/hello/template.yaml"),
            "--template",
            str(HERE / "functions/template.yaml"),
            "--database-url",
            cli.database_url,
            "--port",
            "0",
            "--keys-file",
            str(keys),
            "--data-plane",
            "http",
        ],
        env=cli.env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    text = wait_until(
        lambda: re.search(r"API: (http://\S+)", (tmp_path / "signed.log").read_text()),
        30,
        "the signed API",
    )
    yield text.group(1)
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)
    log.close()


OPEN_CLIENTS: list[Any] = []


@pytest.fixture(autouse=True)
def close_clients() -> Iterator[None]:
    """Each test's clients close their kept-alive sockets before the server they talk to stops."""
    yield
    while OPEN_CLIENTS:
        OPEN_CLIENTS.pop().close()


def client(endpoint: str, key: str, secret: str) -> Any:
    made = boto3.client(
        "lambda",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        config=Config(retries={"max_attempts": 1}),
    )
    OPEN_CLIENTS.append(made)
    return made


def error_code(call: Any) -> str:
    with pytest.raises(ClientError) as raised:
        call()
    return str(raised.value.response["Error"]["Code"])


def test_signed_requests_pass_and_handlers_sign_their_checkpoints(endpoint: str) -> None:
    admin = client(endpoint, "AKIDADMIN", "admin-secret")
    response = admin.invoke(FunctionName="hello-world", Payload=b'{"name": "Sig"}')
    # The handler checkpointed over this same signed API (the http data plane).
    assert json.loads(response["Payload"].read()) == {"greeting": "Hello, Sig!"}


def test_bad_keys_and_signatures_are_refused(endpoint: str) -> None:
    unknown = client(endpoint, "AKIDNOBODY", "whatever")
    assert error_code(lambda: unknown.list_functions()) == "UnrecognizedClientException"
    wrong = client(endpoint, "AKIDADMIN", "not-the-secret")
    assert error_code(lambda: wrong.list_functions()) == "InvalidSignatureException"


def test_unsigned_and_stale_requests_are_refused(endpoint: str) -> None:
    url = f"{endpoint}/2015-03-31/functions"
    with pytest.raises(urllib.error.HTTPError) as unsigned:
        urllib.request.urlopen(url, timeout=10)
    assert unsigned.value.code == 403
    assert unsigned.value.headers["x-amzn-ErrorType"] == "MissingAuthenticationTokenException"
    unsigned.value.close()
    request = AWSRequest(method="GET", url=url)
    signer = SigV4Auth(Credentials("AKIDADMIN", "admin-secret"), "lambda", "us-east-1")
    stale = datetime.now(UTC) - timedelta(minutes=10)
    request.context["timestamp"] = stale.strftime("%Y%m%dT%H%M%SZ")
    request.headers["X-Amz-Date"] = request.context["timestamp"]
    request.headers["Host"] = url.split("/")[2]
    canonical = signer.canonical_request(request)
    signature = signer.signature(signer.string_to_sign(request, canonical), request)
    scope = signer.credential_scope(request)
    request.headers["Authorization"] = (
        f"AWS4-HMAC-SHA256 Credential=AKIDADMIN/{scope}, "
        f"SignedHeaders={signer.signed_headers(signer.headers_to_sign(request))}, "
        f"Signature={signature}"
    )
    prepared = urllib.request.Request(url, headers=dict(request.headers.items()))
    with pytest.raises(urllib.error.HTTPError) as expired:
        urllib.request.urlopen(prepared, timeout=10)
    assert expired.value.headers["x-amzn-ErrorType"] == "InvalidSignatureException"
    assert "Signature expired" in json.loads(expired.value.read())["message"]
    expired.value.close()


def test_a_key_limited_to_one_function_touches_no_other(endpoint: str) -> None:
    limited = client(endpoint, "AKIDHELLO", "hello-secret")
    ran = limited.invoke(FunctionName="hello-world", Payload=b'{"name": "x"}')
    assert ran["StatusCode"] == 200
    assert error_code(lambda: limited.invoke(FunctionName="approval", Payload=b"{}")) == (
        "AccessDeniedException"
    )
    admin = client(endpoint, "AKIDADMIN", "admin-secret")
    other = admin.invoke(FunctionName="approval", InvocationType="Event", Payload=b"{}")
    arn = other["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"]
    assert error_code(lambda: limited.get_durable_execution(DurableExecutionArn=arn)) == (
        "AccessDeniedException"
    )
    assert error_code(lambda: limited.stop_durable_execution(DurableExecutionArn=arn)) == (
        "AccessDeniedException"
    )
    assert admin.get_durable_execution(DurableExecutionArn=arn)["Status"] == "RUNNING"


def test_binding_beyond_loopback_needs_keys(cli: Cli) -> None:
    done = subprocess.run(
        [LAMINA, "run", "--host", "0.0.0.0", "--port", "0", "--database-url", cli.database_url],
        capture_output=True,
        text=True,
        env=cli.env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "serves only loopback" in done.stderr
