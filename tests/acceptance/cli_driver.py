"""The `lamina` CLI run as a user runs it, against one database."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
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
