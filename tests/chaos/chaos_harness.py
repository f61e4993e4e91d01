"""Real `lamina run` processes in their own sessions, and what their step bodies recorded."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from lamina.service import DurableService

LAMINA = Path(sys.executable).parent / "lamina"
TEMPLATE = Path(__file__).parent / "template.yaml"
FUNCTIONS = {"StepsAndWaits", "CallbackApproval", "TaggedSlowStep"}

T = TypeVar("T")


def wait_until(
    condition: Callable[[], T], timeout_s: float, what: str, interval_s: float = 0.05
) -> T:
    """Poll until `condition` returns something truthy; fail with `what` at the deadline."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


@dataclass
class LaminaProcess:
    """One `lamina run`, leader of its own process group (its forkserver and sandboxes too)."""

    name: str
    process: subprocess.Popen[bytes]
    output: Path

    @property
    def pgid(self) -> int:
        return self.process.pid  # start_new_session: the leader's pid is the group id

    def signal_group(self, signum: int) -> None:
        with contextlib.suppress(ProcessLookupError):  # the whole group is already gone
            os.killpg(self.pgid, signum)

    def kill(self) -> None:
        """SIGKILL the whole group at once, as a crashed host would lose it."""
        self.signal_group(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self, timeout_s: float = 30) -> int:
        """SIGTERM the leader only: Lamina finishes its in-flight invocations and exits."""
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout_s)

    def freeze_between_writes(self, database: Path, timeout_s: float = 10) -> None:
        """SIGSTOP the group at a moment it holds no SQLite write lock.

        A lease fences a slow worker, not a frozen one holding the database's write lock:
        every other process would block on that lock, so freeze only between writes.
        """

        def attempt() -> bool:
            self.signal_group(signal.SIGSTOP)
            if write_lock_is_free(database):
                return True
            self.thaw()
            return False

        wait_until(attempt, timeout_s, f"Lamina {self.name} to be between writes", 0.01)

    def thaw(self) -> None:
        self.signal_group(signal.SIGCONT)

    def log(self) -> str:
        return self.output.read_text(errors="replace")


StartLamina = Callable[[str, dict[str, str]], LaminaProcess]  # (tag, extra environment)


def write_lock_is_free(database: Path) -> bool:
    conn = sqlite3.connect(database, timeout=0.2, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def _state(stat_file: Path) -> str | None:
    try:
        return stat_file.read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return None


def process_ended(pid: int) -> bool:
    """The process is gone or a zombie (its parent may not have reaped it yet)."""
    return _state(Path(f"/proc/{pid}/stat")) in (None, "Z", "X")


def start_lamina(name: str, database_url: str, workdir: Path, env: dict[str, str]) -> LaminaProcess:
    output = workdir / f"lamina-{name}.log"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [
                str(LAMINA),
                "run",
                "--template",
                str(TEMPLATE),
                "--database-url",
                database_url,
                "--no-api",
            ],
            cwd=workdir,
            env={**os.environ, **env},
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return LaminaProcess(name, process, output)


def wait_for_functions(service: DurableService, timeout_s: float = 30) -> None:
    wait_until(
        lambda: {f.name for f in service.functions.all()} >= FUNCTIONS,
        timeout_s,
        "the chaos template's functions to be registered",
    )


def all_events(service: DurableService, arn: str) -> list[dict[str, Any]]:
    events, after = service.history(arn, limit=1000)
    while after is not None:
        more, after = service.history(arn, after_id=after, limit=1000)
        events += more
    return events


def events_of(events: list[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [e for e in events if e["EventType"] == event_type]


@dataclass(frozen=True)
class StepRun:
    """One line a step body appended: when, for which execution key and step, where."""

    t: float
    execution: str
    step: str
    phase: str
    tag: str
    pid: int


def read_step_runs(path: Path) -> list[StepRun]:
    if not path.exists():
        return []
    lines = path.read_text().splitlines()
    return [StepRun(**json.loads(line)) for line in lines if line.strip()]


def written_off(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """InvocationCompleted events of invocations a scheduler wrote off (lease expired)."""
    return [
        e
        for e in events_of(events, "InvocationCompleted")
        if e["InvocationCompletedDetails"].get("Error", {}).get("Payload", {}).get("ErrorType")
        == "Runtime.WorkerLost"
    ]


def runs_after_success(
    service: DurableService, arns: dict[str, str], step_log: Path
) -> list[StepRun]:
    """Step bodies begun after the database had recorded that step's success."""
    succeeded_at = {
        (key, event["Name"]): event["EventTimestamp"]
        for key, arn in arns.items()
        for event in events_of(all_events(service, arn), "StepSucceeded")
    }
    return [
        run
        for run in read_step_runs(step_log)
        if run.phase == "start"
        and run.t > succeeded_at.get((run.execution, run.step), float("inf"))
    ]
