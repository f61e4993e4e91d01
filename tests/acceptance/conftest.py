"""A real `lamina run` process on a SQLite file, and the CLI run as a user runs it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

LAMINA = str(Path(sys.executable).parent / "lamina")
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@dataclass
class Cli:
    database_url: str
    env: dict[str, str]

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [LAMINA, *args, "--database-url", self.database_url],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )
        if check and done.returncode != 0:
            raise AssertionError(f"lamina {' '.join(args)} failed: {done.stderr}")
        return done

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)

    def history(self, arn: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.json("executions", "history", arn)
        return result

    def snapshot(self) -> Any:
        """Everything a user can read back: executions and their histories."""
        listed = self.json("executions", "list", "--limit", "1000")
        return [(e, self.history(e["DurableExecutionArn"])) for e in listed]


def wait_until(condition: Callable[[], Any], timeout: float = 60, what: str = "") -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what or condition}")


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    env = {**os.environ, "MARKER_DIR": str(tmp_path), "LAMINA_LEASE_MS": "3000"}
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
        ],
        env=cli.env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    wait_until(
        lambda: "Lamina is running" in (tmp_path / "server.log").read_text(),
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
