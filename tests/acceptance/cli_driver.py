"""The `lamina` CLI run as a user runs it, against one database."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LAMINA = str(Path(sys.executable).parent / "lamina")
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@dataclass
class Cli:
    database_url: str
    env: dict[str, str]

    def command(self, *args: str) -> list[str]:
        return [LAMINA, *args, "--database-url", self.database_url]

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self.command(*args),
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


@contextmanager
def lamina_run(
    cli: Cli, templates: list[Path], log_path: Path, *options: str
) -> Iterator[Any]:
    """`lamina run` with the templates (and options), on any port, until the block ends;
    yields a boto3 Lambda client bound to it."""
    import boto3
    from botocore.config import Config

    args = [a for template in templates for a in ("--template", str(template))]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [LAMINA, "run", *args, *options, "--database-url", cli.database_url, "--port", "0"],
            env=cli.env, stdout=log, stderr=subprocess.STDOUT, text=True, start_new_session=True,
        )
    try:
        wait_until(lambda: "Press Ctrl-C" in log_path.read_text(), 120, "lamina run to start")
        url = re.search(r"API: (http://\S+)", log_path.read_text())
        assert url is not None, log_path.read_text()
        yield boto3.client(
            "lambda", endpoint_url=url.group(1), region_name="us-east-1",
            aws_access_key_id="testing", aws_secret_access_key="testing",
            config=Config(retries={"max_attempts": 1}, read_timeout=120),
        )
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
