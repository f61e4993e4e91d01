"""A worker cut off from PostgreSQL is fenced out before its lease expires.

Worker A reaches PostgreSQL only through a TCP proxy the test runs; worker B connects
directly. A claims an execution whose one step body takes several seconds; while the body
runs, the proxy blackholes A's connections: nothing arrives either way, nothing is closed,
and A's renewals hang as they would across a real partition. A's watchdog must kill the
sandbox before the database lets the lease expire; B then writes A's invocation off and runs
the execution to the end. When the partition heals, whatever A had waiting to write goes
through and must change nothing, and A goes on as a normal worker: it runs the next
execution, then stops cleanly.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from chaos_harness import (
    LAMINA,
    TEMPLATE,
    LaminaProcess,
    StepRun,
    all_events,
    events_of,
    process_ended,
    read_step_runs,
    runs_after_success,
    wait_for_functions,
    wait_until,
    written_off,
)

from lamina.service import DurableService, StartRequest
from lamina.store.records import ExecutionRecord
from postgres_server import POSTGRES_SERVER
from tcp_proxy import TcpProxy

LEASE_MS = 3000
SLOW_STEP_S = 6.0  # A's step body would end by then, were it not stopped
WORKER_ENV = {"LAMINA_LEASE_MS": str(LEASE_MS)}

StartWorker = Callable[[str, str], LaminaProcess]  # (tag, database URL)


@pytest.fixture
def database_url(postgres_url: str) -> str:
    """A fresh PostgreSQL database (overrides the chaos tests' SQLite file)."""
    return postgres_url


@pytest.fixture
def proxy() -> Iterator[TcpProxy]:
    """The partitionable route to the PostgreSQL server; healed and closed after the test."""
    server = urlsplit(POSTGRES_SERVER)
    with TcpProxy(server.hostname or "127.0.0.1", server.port or 5432) as proxy:
        yield proxy
        proxy.restore()


@pytest.fixture
def workers(proxy: TcpProxy, step_log: Path, tmp_path: Path) -> Iterator[StartWorker]:
    """Start `lamina worker` processes; each group is SIGKILLed before the proxy closes."""
    started: list[LaminaProcess] = []

    def start(name: str, database_url: str) -> LaminaProcess:
        output = tmp_path / f"lamina-{name}.log"
        env = {**WORKER_ENV, "CHAOS_STEP_LOG": str(step_log), "CHAOS_TAG": name}
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [str(LAMINA), "worker", "--template", str(TEMPLATE)]
                + ["--database-url", database_url, "--concurrency", "4"],
                cwd=tmp_path,
                env={**os.environ, **env},
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        started.append(LaminaProcess(name, process, output))
        return started[-1]

    yield start
    for process in started:
        process.kill()


def worker_owner(worker: LaminaProcess) -> str:
    """The lease owner name the worker printed when it started."""
    match = wait_until(
        lambda: re.search(r"Worker: (worker-[0-9a-f]+)", worker.log()), 60, f"{worker.name} up"
    )
    return match.group(1)


def start(service: DurableService, key: str, seconds: float) -> str:
    payload = json.dumps({"key": key, "seconds": seconds})
    request = StartRequest(function="TaggedSlowStep", payload=payload, name=key)
    return service.start_execution(request).execution.arn


def ended(service: DurableService, arn: str, timeout_s: float, what: str) -> ExecutionRecord:
    return wait_until(lambda: (e := service.get_execution(arn)).terminal and e, timeout_s, what)


def idle_in_transaction(database_url: str) -> list[str]:
    """Sessions on the database left inside a transaction, waiting for their client."""
    with psycopg.connect(database_url, autocommit=True, connect_timeout=5) as conn:
        rows = conn.execute(
            "SELECT extract(epoch FROM now() - state_change), query FROM pg_stat_activity "
            "WHERE datname = current_database() AND state = 'idle in transaction' "
            "AND now() - state_change > interval '1 second'"
        ).fetchall()
    return [f"idle {age:.0f} s in a transaction after {query!r}" for age, query in rows]


def taken_over(service: DurableService, database_url: str, arn: str) -> ExecutionRecord:
    """The execution once B has ended it; if it never does, say what held it up."""
    try:
        return ended(service, arn, 45, "B to finish the execution")
    except AssertionError as timeout:
        stuck = idle_in_transaction(database_url)
        if not stuck:
            raise
        raise AssertionError(
            f"{timeout}; a session cut off mid-transaction holds its row locks for as long as "
            f"the partition lasts, so the lease cannot be written off: {stuck}"
        ) from None


def body_run(step_log: Path, key: str, tag: str, phase: str) -> StepRun | None:
    runs = read_step_runs(step_log)
    return next((r for r in runs if (r.execution, r.tag, r.phase) == (key, tag, phase)), None)


@pytest.mark.chaos
@pytest.mark.parametrize("cut", ["anywhere", "inside-a-transaction"])
def test_worker_partitioned_from_postgres_is_fenced_out(
    cut: str,
    service: DurableService,
    database_url: str,
    proxy: TcpProxy,
    workers: StartWorker,
    step_log: Path,
) -> None:
    began = time.monotonic()
    partitioned = workers("A", proxy.route(database_url))
    owner = worker_owner(partitioned)
    wait_for_functions(service, 60)
    arn = start(service, "partitioned", SLOW_STEP_S)

    run = wait_until(lambda: body_run(step_log, "partitioned", "A", "start"), 60, "A's step body")
    wait_until(lambda: events_of(all_events(service, arn), "StepStarted"), 30, "StepStarted")
    claimed = service.get_execution(arn)
    assert claimed.lease_owner == owner and claimed.invocation_id is not None
    assert proxy.connections > 0, "A does not reach PostgreSQL through the proxy"

    if cut == "anywhere":
        proxy.cut()
    else:  # A's session is left holding the execution's row lock; the server must end it
        proxy.cut_inside_a_transaction(mentioning=arn.encode())
        wait_until(lambda: proxy.cut_now, LEASE_MS / 1000, "A's next write to be cut")
    cut_at = time.time()
    assert not process_ended(run.pid), "A's sandbox stopped before the partition"
    taker = workers("B", database_url)

    # (1) A's watchdog kills the sandbox before the database lets the lease expire.
    killed_at = wait_until(
        lambda: process_ended(run.pid) and time.time(),
        LEASE_MS / 1000 + 5,
        "A's sandbox to be stopped while A cannot renew its lease",
        0.01,
    )
    fenced = service.get_execution(arn)  # the lease as A last renewed it
    assert (fenced.invocation_id, fenced.lease_owner) == (claimed.invocation_id, owner), (
        f"the lease expired before A's sandbox was stopped ({killed_at - cut_at:.2f} s after "
        "the cut): another worker may have run the step alongside it"
    )
    assert fenced.lease_expires_ms is not None
    margin_s = fenced.lease_expires_ms / 1000 - killed_at
    assert margin_s > 0, f"A's sandbox outlived its lease by {-margin_s:.2f} s"

    # (2) B writes A's invocation off once the lease expires and runs the execution to the end.
    execution = taken_over(service, database_url, arn)
    assert execution.status == "SUCCEEDED", execution.error
    assert execution.result is not None and json.loads(execution.result) == "B"
    settled = all_events(service, arn)
    lost = [e["InvocationCompletedDetails"]["RequestId"] for e in written_off(settled)]
    assert lost == [claimed.invocation_id], "B did not write off A's invocation (only)"
    succeeded = [e for e in events_of(settled, "StepSucceeded") if e["Name"] == "tagged"]
    assert [e["StepSucceededDetails"]["Result"]["Payload"] for e in succeeded] == ['"B"']
    assert time.time() > run.t + SLOW_STEP_S + 1, "too soon to tell A's step body was stopped"
    assert body_run(step_log, "partitioned", "A", "end") is None, "A's step body ran to its end"
    assert proxy.cut_now

    # (3) Healed: A's late writes land and change nothing; A is a working worker again.
    proxy.restore()
    assert taker.stop() == 0, taker.log()
    arn_after = start(service, "after-partition", 0.2)
    after = ended(service, arn_after, 30, "A to run an execution after the partition healed")
    assert after.status == "SUCCEEDED", after.error
    assert after.result is not None and json.loads(after.result) == "A"
    # A clean stop waits for everything A still had in flight: all it will try, it has tried.
    assert partitioned.stop() == 0, partitioned.log()
    assert all_events(service, arn) == settled, "A's late writes changed the history"
    final = service.get_execution(arn)
    assert (final.status, final.result) == ("SUCCEEDED", execution.result)
    arns = {"partitioned": arn, "after-partition": arn_after}
    assert runs_after_success(service, arns, step_log) == [], "a step ran again after its success"
    assert "Traceback" not in partitioned.log(), partitioned.log()
    print(
        f"\nA stopped {killed_at - cut_at:.2f} s after the cut, {margin_s:.2f} s before its "
        f"lease expired; test took {time.monotonic() - began:.1f} s"
    )
