"""A real `lamina run` process on a SQLite file."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from cli_driver import HERE, LAMINA, REPO, Cli, wait_until


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    env = {
        **os.environ,
        "MARKER_DIR": str(tmp_path),
        "LAMINA_LEASE_MS": "3000",
        "LAMINA_CACHE_DIR": str(tmp_path / "cache"),
    }
    return Cli(f"sqlite:///{tmp_path}/lamina.db", env)


@pytest.fixture
def server(cli: Cli, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    log = (tmp_path / "server.log").open("w")
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
        ],
        env=cli.env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    wait_until(
        lambda: "Press Ctrl-C" in (tmp_path / "server.log").read_text(),
        30,
        "lamina run to start",
    )
    yield process
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    log.close()


@pytest.fixture
def lambda_client(server: subprocess.Popen[str], tmp_path: Path) -> Any:
    """The real boto3 Lambda client, pointed at the running Lamina."""
    match = re.search(r"API: (http://\S+)", (tmp_path / "server.log").read_text())
    assert match, "lamina run did not print its API address"
    return boto3.client(
        "lambda",
        endpoint_url=match.group(1),
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(retries={"max_attempts": 1}),
    )
