"""Three `lamina worker` processes and one `lamina server` on PostgreSQL, under steady fire.

1,000 executions mix slow steps, 1-2 s waits, callbacks the test answers through the server,
and maps whose results go to a chained invoke of another durable function. Every ~2 s a
random worker loses its whole process group to SIGKILL and a new one takes its place; once,
midway, PostgreSQL itself restarts. The fire lasts `FIRE_S` (all 1,000 executions are in
flight from the start, so every one of them lives through it); then the kills stop, and
whatever is left must end within `CALM_DEADLINE_S`. How far the fire gets depends on the
machine's speed (a replacement worker's cold start eats into its ~6 s of life); the calm
phase's deadline is what checks that nothing was left stuck. Every execution (the invoked
ones too) must end with the right result, every wait must have fired once, every callback
must have been delivered, and no step body may run again after the database recorded its
success.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from chaos_harness import (
    LAMINA,
    TEMPLATE,
    LaminaProcess,
    all_events,
    events_of,
    read_step_runs,
    runs_after_success,
    wait_for_functions,
    wait_until,
    written_off,
)
from test_crash_recovery import Planned, assert_results, start_all

from lamina.service import DurableService
from postgres_server import create_database, drop_database, server_ready

WORKERS = 3
STEP_EXECUTIONS = int(os.environ.get("CHAOS_STEP_EXECUTIONS", "500"))
CALLBACK_EXECUTIONS = int(os.environ.get("CHAOS_CALLBACK_EXECUTIONS", "250"))
FAN_OUT_EXECUTIONS = int(os.environ.get("CHAOS_FAN_OUT_EXECUTIONS", "250"))
KILL_EVERY_S = 2.0
FIRE_S = float(os.environ.get("CHAOS_FIRE_S", "150"))
CALM_DEADLINE_S = 180.0
RESTART_POSTGRES_BY_S = 40.0  # or once half the executions have ended, if sooner
WORKER_ENV = {"LAMINA_LEASE_MS": os.environ.get("CHAOS_LEASE_MS", "4000")}
# Few sandboxes per worker: a replacement's cold start must not starve the others' renewals.
WORKER_ARGS = ["--concurrency", "8"]


@pytest.fixture
def database_url() -> Iterator[str]:
    """A fresh PostgreSQL database (overrides the chaos tests' SQLite file), dropped after."""
    url = create_database("this chaos test")
    yield url
    ensure_postgres_running()  # other tests share the server: never leave it stopped
    drop_database(url)


def restart_postgres() -> float:
    """Restart the machine's PostgreSQL; returns how long it was away, in seconds."""
    began = time.monotonic()
    subprocess.run(["pg_ctlcluster", "15", "main", "restart"], check=True, timeout=60)
    wait_until(server_ready, 60, "PostgreSQL to accept connections again", 0.1)
    return time.monotonic() - began


def ensure_postgres_running() -> None:
    if not server_ready():
        subprocess.run(["pg_ctlcluster", "15", "main", "start"], check=False, timeout=60)
        wait_until(server_ready, 60, "PostgreSQL to start")


def plan() -> list[Planned]:
    executions = []
    for index in range(STEP_EXECUTIONS):
        key = f"steps-{index:03d}"
        waits = [1 + index % 2]
        payload = {"key": key, "seed": index, "waits": waits}
        executions.append(
            Planned(key, "StepsAndWaits", payload, ("first", "after-pause-0", "last"))
        )
    for index in range(CALLBACK_EXECUTIONS):
        key = f"callback-{index:03d}"
        executions.append(Planned(key, "CallbackApproval", {"key": key}, ("request", "close")))
    for index in range(FAN_OUT_EXECUTIONS):
        key = f"fan-out-{index:03d}"
        items = [index, index + 1, index + 2][: 1 + index % 3]
        steps = (*(f"item-{i}" for i in range(len(items))), "finish")
        executions.append(Planned(key, "FanOut", {"key": key, "items": items}, steps))
    return executions


def invoked_executions(service: DurableService, arns: dict[str, str]) -> dict[str, str]:
    """Key -> ARN of each Tally execution a FanOut invoked (keyed as its steps log them)."""
    invoked = {}
    for key, arn in arns.items():
        for started in events_of(all_events(service, arn), "ChainedInvokeStarted"):
            invoked[f"{key}.tally"] = started["ChainedInvokeStartedDetails"]["DurableExecutionArn"]
    return invoked


def timers_and_callbacks(service: DurableService, arns: dict[str, str]) -> Counter[str]:
    """How many waits started and fired, callbacks started and succeeded, over all histories."""
    counts: Counter[str] = Counter()
    for arn in arns.values():
        for event in all_events(service, arn):
            counts[event["EventType"]] += 1
    return counts


def launch(
    command: str, name: str, database_url: str, workdir: Path, env: dict[str, str]
) -> LaminaProcess:
    output = workdir / f"lamina-{name}.log"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [str(LAMINA), command, "--template", str(TEMPLATE), "--database-url", database_url]
            + (["--port", "0"] if command == "server" else WORKER_ARGS),
            cwd=workdir,
            env={**os.environ, **env, "CHAOS_TAG": name},
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return LaminaProcess(name, process, output)


@dataclass
class Cluster:
    database_url: str
    workdir: Path
    env: dict[str, str]
    workers: list[LaminaProcess] = field(default_factory=list)
    everyone: list[LaminaProcess] = field(default_factory=list)
    kills: int = 0

    def start(self, command: str, name: str) -> LaminaProcess:
        member = launch(command, name, self.database_url, self.workdir, self.env)
        self.everyone.append(member)
        return member

    def replace_random_worker(self) -> None:
        index = random.randrange(len(self.workers))
        self.workers[index].kill()
        self.kills += 1
        self.workers[index] = self.start("worker", f"worker-{index}-{self.kills}")


@pytest.fixture
def cluster(database_url: str, step_log: Path, tmp_path: Path) -> Iterator[Cluster]:
    env = {**WORKER_ENV, "CHAOS_STEP_LOG": str(step_log)}
    cluster = Cluster(database_url, tmp_path, env)
    yield cluster
    for member in cluster.everyone:
        member.kill()


def boto_client(server: LaminaProcess) -> Any:
    wait_until(lambda: "API: " in server.log(), 60, "lamina server to start")
    match = re.search(r"API: (http://\S+)", server.log())
    assert match, server.log()
    return boto3.client(
        "lambda",
        endpoint_url=match.group(1),
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(retries={"max_attempts": 1}, read_timeout=40),
    )


def answer_callbacks(service: DurableService, client: Any, planned: dict[str, Planned]) -> int:
    """Answer, through the server, every callback now waiting; returns how many were sent."""
    sent = 0
    for waiting in service.waiting_callbacks(None, limit=1000):
        answer = json.dumps(planned[waiting.execution_name].answer()).encode()
        callback_id = waiting.details["CallbackId"]
        try:
            client.send_durable_execution_callback_success(CallbackId=callback_id, Result=answer)
            sent += 1
        except (ClientError, BotoCoreError):
            pass  # the server could not reach PostgreSQL, or it was answered: look again later
    return sent


def running(service: DurableService) -> int:
    return service.count_executions().get("RUNNING", 0)


@pytest.mark.chaos
@pytest.mark.timeout(FIRE_S + CALM_DEADLINE_S + 240)  # its own deadlines decide, not the default
def test_workers_killed_and_postgres_restarted_lose_and_redo_nothing(
    service: DurableService, cluster: Cluster, step_log: Path
) -> None:
    began = time.monotonic()
    client = boto_client(cluster.start("server", "server"))
    cluster.workers = [cluster.start("worker", f"worker-{i}-0") for i in range(WORKERS)]
    wait_for_functions(service, 60)
    executions = plan()
    arns = start_all(service, executions)
    planned = {p.key: p for p in executions}
    restarted_postgres_after_s = postgres_away_s = None
    next_kill = time.monotonic() + KILL_EVERY_S
    calm_since = None
    while left := running(service):
        answer_callbacks(service, client, planned)
        if calm_since is None and time.monotonic() - began >= FIRE_S:
            calm_since, left_at_calm = time.monotonic(), left
        if calm_since is not None:
            if time.monotonic() - calm_since >= CALM_DEADLINE_S:
                break
        elif time.monotonic() >= next_kill:
            cluster.replace_random_worker()
            next_kill = time.monotonic() + KILL_EVERY_S
            midway = left <= len(arns) // 2 or time.monotonic() - began >= RESTART_POSTGRES_BY_S
            if postgres_away_s is None and midway:
                restarted_postgres_after_s = round(time.monotonic() - began, 1)
                postgres_away_s = round(restart_postgres(), 1)
        time.sleep(0.5)
    ended_s = time.monotonic() - began
    calm = ""
    if calm_since is not None:
        calm = f" left_when_kills_stopped={left_at_calm} calm_s={time.monotonic() - calm_since:.1f}"
    invoked = invoked_executions(service, arns)
    everything = {**arns, **invoked}
    runs = read_step_runs(step_log)
    redone = [
        f"{run.execution}/{run.step} by {run.tag} at {run.t:.3f}"
        for run in runs_after_success(service, everything, step_log)
    ]
    counts = timers_and_callbacks(service, everything)
    lost = sum(len(written_off(all_events(service, arn))) for arn in everything.values())
    print(
        f"\nexecutions={len(arns)} invoked={len(invoked)} kills={cluster.kills} "
        f"invocations_written_off={lost} step_runs={len(runs)} "
        f"steps={sum(len(p.steps) for p in executions) + 2 * len(invoked)} "
        f"duplicates={len(redone)} waits={counts['WaitStarted']}/{counts['WaitSucceeded']} "
        f"callbacks={counts['CallbackStarted']}/{counts['CallbackSucceeded']} "
        f"postgres_restart_at_s={restarted_postgres_after_s} postgres_away_s={postgres_away_s} "
        f"all_ended_s={ended_s:.1f}{calm}"
    )
    assert left == 0, f"{left} executions still running {CALM_DEADLINE_S:.0f} s after the fire"
    assert postgres_away_s is not None, "PostgreSQL was never restarted: the test proves nothing"
    assert cluster.kills >= 5, "too few kills to prove anything"
    assert_results(service, executions, arns)
    assert redone == [], "steps ran again after the database held their success"
    for key, arn in invoked.items():
        tally = service.get_execution(arn)
        assert (key, tally.status) == (key, "SUCCEEDED"), tally.error
        steps = [e["Name"] for e in events_of(all_events(service, arn), "StepSucceeded")]
        assert sorted(steps) == ["check", "sum"], f"{key}: {steps}"
    assert counts["WaitStarted"] == counts["WaitSucceeded"], "a wait did not fire exactly once"
    assert counts["CallbackStarted"] == counts["CallbackSucceeded"] == CALLBACK_EXECUTIONS
