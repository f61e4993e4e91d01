"""AWS's conformance requirements, run by `lamina conformance` in its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer

from postgres_server import fresh_database

pytestmark = pytest.mark.conformance

HERE = Path(__file__).resolve().parent
SUITES = (
    "step",
    "wait",
    "child",
    "callback",
    "invoke",
    "wait_for_condition",
    "wait_for_callback",
    "parallel",
    "map",
    "plugin",
)
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}
@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty journal for one run: a SQLite file, or a database made on the server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/conformance.db"
        return
    with fresh_database("the conformance run on PostgreSQL", "lamina_conformance") as url:
        yield url


@pytest.fixture(scope="module")
def dynamodb() -> Iterator[str]:
    """A local server speaking DynamoDB's protocol, with the table requirement 3-12 uses."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    client = boto3.client(
        "dynamodb",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_table(
        TableName="AttemptsTable",
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    yield url
    server.stop()


# PostgreSQL on the pipe data plane only: the data plane does not touch the store.
@pytest.mark.parametrize(
    ("data_plane", "database_url"),
    [("pipe", "sqlite"), ("http", "sqlite"), ("pipe", "postgresql")],
    indirect=["database_url"],
)
def test_every_requirement_passes(dynamodb: str, data_plane: str, database_url: str) -> None:
    """pipe: handlers checkpoint through their sandbox's pipe; http: with the SDK's boto3."""
    backend = "" if database_url.startswith("sqlite") else "-postgresql"
    run_conformance(
        [HERE / f"template_{suite}.yaml" for suite in SUITES],
        ["--data-plane", data_plane, "--database-url", database_url],
        dynamodb,
        f"conformance-{data_plane}{backend}.json",
    )


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_every_requirement_passes_on_a_virtual_clock(dynamodb: str, database_url: str) -> None:
    """--time-skip: waits, retry back-offs and timeouts pass at once whenever nothing runs;
    time is real while the runner is about to answer a callback."""
    run_conformance(
        [HERE / f"template_{suite}.yaml" for suite in SUITES],
        ["--time-skip", "--database-url", database_url],
        dynamodb,
        "conformance-time-skip.json",
    )


@pytest.mark.parametrize(
    ("data_plane", "database_url"),
    [("pipe", "sqlite"), ("http", "sqlite"), ("pipe", "postgresql")],
    indirect=["database_url"],
)
def test_every_requirement_passes_in_javascript(
    dynamodb: str, data_plane: str, database_url: str
) -> None:
    """The project's JavaScript handlers (js/), on AWS's JavaScript SDK from their own
    node_modules, which Lamina installs from js/package-lock.json when it is missing. pipe:
    the SDK checkpoints over its process's pipes; http: with its Lambda client."""
    backend = "" if database_url.startswith("sqlite") else "-postgresql"
    run_conformance(
        [HERE / "js" / f"template_{suite}.yaml" for suite in SUITES],
        ["--data-plane", data_plane, "--database-url", database_url],
        dynamodb,
        f"conformance-js-{data_plane}{backend}.json",
    )


def run_conformance(templates: list[Path], options: list[str], dynamodb: str, name: str) -> None:
    """`lamina conformance` over every requirement: all 155 must pass."""
    report = Path(os.environ.get("LAMINA_ARTIFACTS", "test-artifacts")) / name
    command = [
        str(Path(sys.executable).parent / "lamina"),
        "conformance",
        "--report",
        "json",
        "--report-file",
        str(report),
        *options,
        "--env",
        f"AWS_ENDPOINT_URL_DYNAMODB={dynamodb}",
    ]
    command += [f"--env={k}={v}" for k, v in CREDENTIALS.items()]
    for template in templates:
        command += ["--template", str(template)]
    finished = subprocess.run(
        command, capture_output=True, text=True, timeout=1200, env={**os.environ, **CREDENTIALS}
    )
    assert report.exists(), finished.stderr[-4000:]
    verdicts = json.loads(report.read_text())
    failed = {
        r["requirement_id"]: r["detail"]
        for r in verdicts["requirements"]
        if r["status"] != "PASSED"
    }
    assert failed == {}, finished.stdout[-4000:]
    assert verdicts["totals"]["PASSED"] == 155
    # Without --requirements, the run judges by AWS's pinned set and says where it is.
    assert "aws-durable-execution-conformance-tests==1.0.0: " in finished.stderr
    assert finished.returncode == 0
