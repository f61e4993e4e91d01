"""Lamina on PostgreSQL as separate processes (`lamina worker`s and a `lamina server`).

    .venv/bin/python bench/cluster_bench.py [--cases throughput,timers,callbacks,suspended]
        [--postgres postgresql://postgres@127.0.0.1:5432] [--workers 1,2,4] [--reps 3]
        [--rounds 1] [--n 40] [--steps100-n 4] [--sync-n 5] [--timers 10000] [--callbacks 1000]
        [--suspended 100000] [--suspended-real 1000] [--idle-s 60] [--case-workers 2]
        [--clients 4] [--dbos-python /tmp/dbos-venv/bin/python]

Every case runs on a database of its own on the `--postgres` server, named
`lamina_bench_<case>_<hex>` and dropped at the end, even on failure or SIGTERM. Lamina runs
as real processes: one `lamina server --port 0` (the clients' boto3 talks to it) and
`lamina worker --template bench/template.yaml` processes, each the leader of its own process
group (its sandboxes are in it), all stopped at the end; their output goes to
bench/results/cluster-*/. The benchmark reads the database itself to see executions end
(every 5 ms) and to read history events in bulk.

  throughput  with 1, 2 and 4 workers (`--workers`): steps4 with 20 executions in flight
              (started with boto3 `Invoke` type Event, then awaited, batch after batch), steps100
              one at a time, and steps4 one at a time through boto3's synchronous `Invoke`.
              DBOS 3.4.0 runs the same shapes on the same server (bench/peers/dbos_runner.py in
              its own virtual environment, system database `lamina_bench_dbos`), and a bare
              `BEGIN; INSERT; COMMIT` gives the server's commit floor, before and after. With
              `--rounds K`, Lamina and DBOS take turns K times (which goes first alternates),
              and a table gives each round's ratios and their medians. The
              in-flight figure also counts, per execution: transaction ids (every Lamina
              process's write transactions and the savepoints in them that wrote, from the
              server's counter; the benchmark only reads), WAL syncs (durable flushes, from
              pg_stat_wal) and CPU milliseconds from /proc (bench/peers/proc_cpu.py) of the
              server, the workers, their sandboxes, PostgreSQL and the benchmark itself;
              DBOS's runner counts its own process and PostgreSQL's the same way.
  timers      `--timers` executions each waiting 5 s (`wait5s`) across `--case-workers` workers:
              how late each wait completed (its WaitSucceeded event against the WaitStarted
              event's scheduled end), how late the execution resumed (the next invocation's
              start) and ended. Target: p99 under 100 ms late.
  callbacks   `--callbacks` executions waiting on a callback; boto3
              `send_durable_execution_callback_success` through the server, then the time from
              the send to the execution's end: 20 one at a time, then the rest as a burst.
  suspended   `--suspended` executions waiting on callbacks: `--suspended-real` run for real to
              their callback, the rest cloned by SQL (new ARNs, ids and callback ids in every
              table holding per-execution rows). Then the workers idle `--idle-s` seconds: their
              memory (the main process's RSS; with their sandboxes, PSS) at its start and end,
              the database's size per execution, what the idle workers read meanwhile (index
              scans, sequential scans per table), one claim poll's cost and the plans of the
              workers' idle queries, and callback-to-end on 20 real executions and 3 clones.

Each figure prints as one JSON line; a table follows at the end. Compare figures within one
run only: the machine is shared. A case during which the PostgreSQL server restarted is
flagged. If the DBOS environment is missing it is created (python3.11 -m venv, then pip
install dbos==3.4.0 psycopg[binary]==3.3.9).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import boto3
import psycopg
from botocore.config import Config
from lamina_bench import postgresql_floor, summarize
from peers.proc_cpu import CpuMeter, group_pids, postgres_pids
from psycopg.rows import dict_row

from lamina.store import open_store
from lamina.store.queries import load_queries

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "template.yaml"
DBOS_RUNNER = HERE / "peers" / "dbos_runner.py"
LAMINA = str(Path(sys.executable).parent / "lamina")
DBOS_DATABASE = "lamina_bench_dbos"
DBOS_PACKAGES = ["dbos==3.4.0", "psycopg[binary]==3.3.9"]
CASES = ("throughput", "timers", "callbacks", "suspended")
ONE_AT_A_TIME = 20  # callbacks answered one by one before the burst, and in `suspended`
CLONES_ANSWERED = 3
RESULTS: list[dict[str, Any]] = []


def emit(entry: dict[str, Any]) -> dict[str, Any]:
    print(json.dumps(entry), flush=True)
    RESULTS.append(entry)
    return entry


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentiles(xs: list[float]) -> dict[str, float]:
    """min, p50, p99 and max (nearest rank), rounded to 0.1."""
    if not xs:
        return {"n": 0}
    xs = sorted(xs)

    def at(q: float) -> float:
        return round(xs[min(len(xs) - 1, int(len(xs) * q))], 1)

    return {
        "min": round(xs[0], 1),
        "p50": at(0.5),
        "p99": at(0.99),
        "max": round(xs[-1], 1),
        "n": len(xs),
    }


def now_ms() -> float:
    return time.time() * 1000


# Databases


def database_url(server: str, name: str) -> str:
    return urlsplit(server)._replace(path=f"/{name}").geturl()


def admin(server: str) -> psycopg.Connection[Any]:
    return psycopg.connect(database_url(server, "postgres"), autocommit=True, connect_timeout=10)


def drop_database(server: str, name: str) -> None:
    assert name.startswith("lamina_bench_"), name
    with admin(server) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def bench_database(server: str, case: str) -> Iterator[str]:
    """A new database `lamina_bench_<case>_<hex>` for the block, dropped after it."""
    name = f"lamina_bench_{case}_{secrets.token_hex(4)}"
    with admin(server) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield database_url(server, name)
    finally:
        drop_database(server, name)


# Processes


def _kib_field(path: str, key: str) -> int:
    with suppress(OSError):
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    return 0


def rss_kib(pid: int) -> int:
    return _kib_field(f"/proc/{pid}/status", "VmRSS:")


def pss_kib(pid: int) -> int:
    """Proportional set size: pages shared by forked sandboxes count once over all of them."""
    return _kib_field(f"/proc/{pid}/smaps_rollup", "Pss:")


@dataclass
class Member:
    """One `lamina` process, leader of its own process group (its sandboxes are in it)."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_ready(self, timeout_s: float = 120) -> None:
        deadline = time.monotonic() + timeout_s
        while "Press Ctrl-C" not in self.output():
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited:\n{self.output()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} did not start in {timeout_s:.0f} s")
            time.sleep(0.1)

    def api_url(self) -> str:
        match = re.search(r"API: (http://\S+)", self.output())
        if not match:
            raise RuntimeError(f"{self.name} printed no API address:\n{self.output()}")
        return match.group(1)

    def memory(self) -> dict[str, int]:
        """Resident KiB of the process alone, and of every process of its group (RSS, PSS)."""
        pids = group_pids(self.process.pid)
        return {
            "main_rss_kib": rss_kib(self.process.pid),
            "group_rss_kib": sum(rss_kib(pid) for pid in pids),
            "group_pss_kib": sum(pss_kib(pid) for pid in pids),
            "processes": len(pids),
        }

    def stop(self) -> None:
        """SIGTERM to the group, SIGKILL after 20 s; then any leftover of the group."""
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if group_pids(self.process.pid):
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)


class Cluster:
    """A `lamina server` and `lamina worker`s on one database; all stopped on exit."""

    def __init__(self, database_url: str, logs: Path) -> None:
        self.database_url = database_url
        self.logs = logs
        self.server: Member | None = None
        self.workers: list[Member] = []
        self._started = 0

    def _launch(self, command: str, *args: str) -> Member:
        self._started += 1
        name = f"{command}-{self._started}"
        database = urlsplit(self.database_url).path.lstrip("/")
        log = self.logs / f"{database}-{name}.log"
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [LAMINA, command, "--database-url", self.database_url, *args],
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return Member(name, process, log)

    def start_server(self) -> str:
        """The API server; returns its URL."""
        self.server = self._launch("server", "--port", "0")
        self.server.wait_ready()
        return self.server.api_url()

    def start_workers(self, count: int) -> list[Member]:
        started = [self._launch("worker", "--template", str(TEMPLATE)) for _ in range(count)]
        self.workers.extend(started)
        for worker in started:
            worker.wait_ready()
        return started

    def stop_workers(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers = []

    def memory(self) -> list[dict[str, int]]:
        return [worker.memory() for worker in self.workers]

    def close(self) -> None:
        self.stop_workers()
        if self.server is not None:
            self.server.stop()
            self.server = None

    def __enter__(self) -> Cluster:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


# The client: boto3 against the server


def lambda_client(url: str, threads: int = 4) -> Any:
    return boto3.client(
        "lambda",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
        config=Config(
            retries={"max_attempts": 1}, max_pool_connections=max(10, threads), read_timeout=300
        ),
    )


def invoke_event(client: Any, function: str) -> str:
    response = client.invoke(FunctionName=function, InvocationType="Event", Payload=b"{}")
    # Read to its end (empty), so that boto3 keeps the connection: a body left unread makes
    # it close the connection and open a new one for the next call.
    response["Payload"].read()
    return str(response["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"])


def start_many(client: Any, function: str, count: int, threads: int) -> list[str]:
    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(lambda _: invoke_event(client, function), range(count)))


def send_success(client: Any, callback_id: str) -> float:
    """Answers a callback; returns when it was sent (epoch ms)."""
    sent = now_ms()
    client.send_durable_execution_callback_success(CallbackId=callback_id, Result=b'"go"')
    return sent


# The benchmark's own reads of a case's database


class Watch:
    """The benchmark's own connection to the case database: execution ends, events, sizes.

    It reconnects for up to a minute when the connection is lost (a server restart).
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn = self._connect()

    def _connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url, autocommit=True, connect_timeout=10)

    def close(self) -> None:
        self.conn.close()

    def rows(self, query: str, params: Any = (), dicts: bool = False) -> list[Any]:
        deadline = time.monotonic() + 60
        while True:
            try:
                cursor = self.conn.cursor(row_factory=dict_row) if dicts else self.conn.cursor()
                return cursor.execute(query, params).fetchall()
            except (psycopg.OperationalError, psycopg.InterfaceError):
                if time.monotonic() > deadline:
                    raise
                progress("lost the connection to PostgreSQL; reconnecting")
                time.sleep(1)
                with suppress(psycopg.Error):
                    self.conn.close()
                with suppress(psycopg.OperationalError):
                    self.conn = self._connect()

    def value(self, query: str, *params: Any) -> Any:
        found = self.rows(query, params)
        return found[0][0] if found else None

    def wait_ended(self, arns: list[str], timeout_s: float = 120, every_s: float = 0.005) -> None:
        """Until every execution ended (polled every `every_s`); all must have succeeded."""
        deadline = time.monotonic() + timeout_s
        query = "SELECT count(*) FROM executions WHERE arn = ANY(%s) AND end_ms IS NULL"
        while self.value(query, arns):
            if time.monotonic() > deadline:
                raise RuntimeError(f"executions still running after {timeout_s:.0f} s")
            time.sleep(every_s)
        failed = self.value(
            "SELECT count(*) FROM executions WHERE arn = ANY(%s) AND status <> 'SUCCEEDED'", arns
        )
        if failed:
            raise RuntimeError(f"{failed} executions did not succeed")

    def end_ms(self, arn: str) -> int | None:
        return self.value("SELECT end_ms FROM executions WHERE arn = %s", arn)

    def server_ms(self, arns: list[str]) -> list[float]:
        """Start to end as the database recorded them."""
        rows = self.rows("SELECT end_ms - start_ms FROM executions WHERE arn = ANY(%s)", (arns,))
        return [float(r[0]) for r in rows if r[0] is not None]

    def last_invocation_start(self, arn: str) -> int | None:
        return self.value(
            "SELECT (body::jsonb -> 'InvocationCompletedDetails' ->> 'StartTimestamp')::bigint "
            "FROM events WHERE arn = %s AND event_type = 'InvocationCompleted' "
            "ORDER BY event_id DESC LIMIT 1",
            arn,
        )

    def wait_count(
        self, query: str, params: tuple[Any, ...], target: int, timeout_s: float
    ) -> None:
        """Until `query` counts `target` (progress every 10 s)."""
        deadline = time.monotonic() + timeout_s
        shown = time.monotonic()
        while (count := self.value(query, *params)) < target:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{count} of {target} after {timeout_s:.0f} s: {query}")
            if time.monotonic() - shown > 10:
                progress(f"{count} of {target}")
                shown = time.monotonic()
            time.sleep(0.5)

    def wait_all_ended(self, function: str, count: int, timeout_s: float) -> None:
        query = "SELECT count(*) FROM executions WHERE function_name = %s AND end_ms IS NOT NULL"
        self.wait_count(query, (function,), count, timeout_s)

    def wait_suspended(self, function: str, count: int, timeout_s: float) -> None:
        """Until `count` executions of `function` wait, idle, on a callback."""
        query = (
            "SELECT count(*) FROM executions e WHERE e.function_name = %s AND e.gate = 'idle' "
            "AND e.status = 'RUNNING' AND EXISTS (SELECT 1 FROM callbacks c WHERE c.arn = e.arn)"
        )
        self.wait_count(query, (function,), count, timeout_s)

    def callback_ids(self, arns: list[str]) -> dict[str, str]:
        rows = self.rows("SELECT arn, callback_id FROM callbacks WHERE arn = ANY(%s)", (arns,))
        return {arn: callback_id for arn, callback_id in rows}


# throughput


def timed(run_once: Callable[[], None], reps: int, n: int) -> tuple[list[float], list[float]]:
    """`reps` rounds of `n` calls after one warm-up call: rates per round, every latency."""
    run_once()
    rates, lats = [], []
    for _ in range(reps):
        t_rep = time.perf_counter()
        for _ in range(n):
            t0 = time.perf_counter()
            run_once()
            lats.append(time.perf_counter() - t0)
        rates.append(n / (time.perf_counter() - t_rep))
    return rates, lats


def throughput_entry(
    case: str, rates: list[float], lats: list[float], steps: int, server_ms: list[float]
) -> dict[str, Any]:
    return {
        "case": case,
        "ops_per_s": summarize(rates),
        "latency_us": summarize([x * 1e6 for x in lats]),
        "us_per_step": summarize([1e6 / r / steps for r in rates]),
        "server_ms_median": round(statistics.median(server_ms), 1) if server_ms else None,
    }


def warm_up(client: Any, watch: Watch, inflight: int, workers: int) -> None:
    """Sandboxes forked in every worker for both functions before anything is timed."""
    for _ in range(2):
        arns = [invoke_event(client, "steps4") for _ in range(inflight)]
        arns += [invoke_event(client, "steps100") for _ in range(2 * workers)]
        watch.wait_ended(arns)


XID_NEXT = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"
WAL_SYNCS = "SELECT wal_sync FROM pg_stat_wal"


def lamina_cpu_meter(cluster: Cluster) -> CpuMeter:
    """Lamina's processes (the server, the workers, the workers' sandboxes), PostgreSQL's,
    and the benchmark's own (its boto3 client and its watch on the database)."""
    server = cluster.server
    assert server is not None
    return CpuMeter(
        server=lambda: group_pids(server.process.pid),
        workers=lambda: [w.process.pid for w in cluster.workers],
        sandboxes=lambda: [
            p for w in cluster.workers for p in group_pids(w.process.pid) if p != w.process.pid
        ],
        postgresql=postgres_pids,
        benchmark=lambda: [os.getpid()],
    )


def lamina_inflight(
    client: Any, watch: Watch, args: argparse.Namespace, cluster: Cluster
) -> None:
    workers = len(cluster.workers)
    every: list[str] = []

    def batch() -> None:
        arns = [invoke_event(client, "steps4") for _ in range(args.inflight)]
        watch.wait_ended(arns)
        every.extend(arns)

    cpu = lamina_cpu_meter(cluster)
    xid_before = watch.value(XID_NEXT)  # reading it takes no transaction id of its own
    wal_before = watch.value(WAL_SYNCS)
    cpu.start()
    rates, lats = timed(batch, args.reps, max(1, args.n // args.inflight))
    cpu.stop()
    xids = (watch.value(XID_NEXT) - xid_before) / len(every)  # the warm-up batch too
    wal_syncs = (watch.value(WAL_SYNCS) - wal_before) / len(every)
    entry = throughput_entry(
        f"lamina steps4 {args.inflight} in flight, {workers} workers",
        [r * args.inflight for r in rates],
        [x / args.inflight for x in lats],
        4,
        watch.server_ms(every),
    )
    connections = watch.value(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
    )
    # Every write transaction and every savepoint that writes takes a transaction id; the
    # benchmark itself only reads. A WAL sync is a durable flush, shared by all commits
    # waiting for it.
    emit({**entry, "workers": workers, "database_connections": connections,
          "transaction_ids_per_execution": round(xids, 1),
          "wal_syncs_per_execution": round(wal_syncs, 2),
          "cpu_ms_per_execution": cpu.ms_per(len(every))})


def lamina_steps100(client: Any, watch: Watch, args: argparse.Namespace, workers: int) -> None:
    every: list[str] = []

    def once() -> None:
        arn = invoke_event(client, "steps100")
        watch.wait_ended([arn])
        every.append(arn)

    rates, lats = timed(once, args.reps, args.steps100_n)
    entry = throughput_entry(
        f"lamina steps100, {workers} workers", rates, lats, 100, watch.server_ms(every)
    )
    emit({**entry, "workers": workers})


def lamina_sync_invoke(client: Any, watch: Watch, args: argparse.Namespace, workers: int) -> None:
    """steps4 through boto3's synchronous Invoke: the server waits for the end itself."""
    every: list[str] = []

    def once() -> None:
        response = client.invoke(FunctionName="steps4", Payload=b"{}")
        assert response["StatusCode"] == 200, response
        assert json.loads(response["Payload"].read())["ok"] is True  # the last step's result
        every.append(response["ResponseMetadata"]["HTTPHeaders"]["x-amz-durable-execution-arn"])

    rates, lats = timed(once, args.reps, args.sync_n)
    entry = throughput_entry(
        f"lamina steps4 sync Invoke, {workers} workers", rates, lats, 4, watch.server_ms(every)
    )
    emit({**entry, "workers": workers})


def lamina_throughput(args: argparse.Namespace, logs: Path) -> list[float]:
    """Lamina's shapes for each worker count; returns the commit floor (s) before and after."""
    with (
        bench_database(args.postgres, "throughput") as url,
        Cluster(url, logs) as cluster,
        closing(Watch(url)) as watch,
    ):
        floors = [postgresql_floor(url, 500)]
        client = lambda_client(cluster.start_server())
        for workers in args.workers:
            progress(f"throughput: {workers} workers")
            cluster.start_workers(workers)
            warm_up(client, watch, args.inflight, workers)
            lamina_inflight(client, watch, args, cluster)
            lamina_steps100(client, watch, args, workers)
            lamina_sync_invoke(client, watch, args, workers)
            cluster.stop_workers()
        floors.append(postgresql_floor(url, 500))
    return floors


def ensure_dbos_python(path: Path) -> None:
    """The DBOS virtual environment, created when missing."""
    if path.exists():
        return
    venv = path.parent.parent
    progress(f"creating {venv} for DBOS")
    subprocess.run(["python3.11", "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", *DBOS_PACKAGES], check=True)


def dbos_throughput(args: argparse.Namespace) -> None:
    """The same shapes on DBOS in its own process and virtual environment."""
    python = Path(args.dbos_python)
    ensure_dbos_python(python)
    url = database_url(args.postgres, DBOS_DATABASE)
    command = [str(python), str(DBOS_RUNNER), "--url", url, "--reps", str(args.reps)]
    command += ["--n", str(args.n), "--steps100-n", str(args.steps100_n)]
    command += ["--inflight", str(args.inflight)]
    drop_database(args.postgres, DBOS_DATABASE)  # a leftover of an interrupted run
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    finally:
        drop_database(args.postgres, DBOS_DATABASE)
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            emit({"case": "dbos versions", **json.loads(line)})
    if done.returncode != 0:
        raise RuntimeError(f"the DBOS runner failed:\n{done.stderr[-3000:]}")


def throughput_ratios(floors: list[float]) -> None:
    """Lamina against DBOS for each worker count, and the cost of a step against the floor."""
    floor_us = statistics.mean(floors) * 1e6
    dbos_inflight = _find("dbos steps4 ")
    dbos_steps100 = _find("dbos steps100")
    ratios: dict[str, Any] = {
        "case": "throughput ratios",
        "commit_floor_us": [round(f * 1e6, 1) for f in floors],
        "us_per_step_over_floor": {},
        "steps4_inflight_lamina_over_dbos": {},
        "steps100_ms_lamina_over_dbos": {},
    }
    for entry in RESULTS:
        workers = entry.get("workers")
        if entry["case"].startswith("lamina steps100,"):
            per_step = entry["us_per_step"]["median"]
            ratios["us_per_step_over_floor"][f"lamina {workers}w"] = round(per_step / floor_us, 2)
            if dbos_steps100:
                ms = entry["latency_us"]["median"] / dbos_steps100["latency_us"]["median"]
                ratios["steps100_ms_lamina_over_dbos"][f"{workers}w"] = round(ms, 2)
        if " in flight, " in entry["case"] and dbos_inflight:
            rate = entry["ops_per_s"]["median"] / dbos_inflight["ops_per_s"]["median"]
            ratios["steps4_inflight_lamina_over_dbos"][f"{workers}w"] = round(rate, 2)
    if dbos_steps100:
        per_step = dbos_steps100["us_per_step"]["median"]
        ratios["us_per_step_over_floor"]["dbos"] = round(per_step / floor_us, 2)
    emit(ratios)


def _find(prefix: str) -> dict[str, Any] | None:
    return next((r for r in RESULTS if r["case"].startswith(prefix)), None)


def throughput_case(args: argparse.Namespace, logs: Path) -> None:
    """`--rounds` rounds of Lamina's shapes and DBOS's, which goes first alternating: the
    ratios of each round come from runs minutes apart, not from the two ends of the run."""
    floors: list[float] = []
    ratios = []
    for number in range(args.rounds):
        first = len(RESULTS)
        if number % 2:
            progress(f"throughput round {number + 1}: DBOS first")
            dbos_throughput(args)
        floors += lamina_throughput(args, logs)
        if not number % 2:
            progress(f"throughput round {number + 1}: DBOS")
            dbos_throughput(args)
        ratios.append(round_ratios(RESULTS[first:], args.workers[0]))
    throughput_ratios(floors)
    if args.rounds > 1:
        emit({"case": "throughput rounds", "workers": None, "rounds": ratios, "median": {
            key: round(statistics.median(r[key] for r in ratios), 2) for key in ratios[0]
        }})


def round_ratios(entries: list[dict[str, Any]], workers: int) -> dict[str, float]:
    """A round's figures, Lamina's (at `workers`) over DBOS's: exec/s in flight (higher is
    better) and steps100's latency (lower is better)."""
    def find(prefix: str) -> dict[str, Any]:
        return next(e for e in entries if e["case"].startswith(prefix)
                    and e.get("workers") in (None, workers))

    lamina, dbos = find("lamina steps4 "), find("dbos steps4 ")
    lamina100, dbos100 = find("lamina steps100,"), find("dbos steps100")
    return {
        "lamina_inflight": round(lamina["ops_per_s"]["median"], 1),
        "dbos_inflight": round(dbos["ops_per_s"]["median"], 1),
        "inflight_ratio": round(lamina["ops_per_s"]["median"] / dbos["ops_per_s"]["median"], 2),
        "lamina_steps100_ms": round(lamina100["latency_us"]["median"] / 1000, 1),
        "dbos_steps100_ms": round(dbos100["latency_us"]["median"] / 1000, 1),
        "steps100_faster": round(
            dbos100["latency_us"]["median"] / lamina100["latency_us"]["median"], 2),
    }


# timers

TIMER_ROWS = """
SELECT e.status, e.start_ms, e.end_ms, ws.ts_ms AS wait_started_ms,
       (ws.body::jsonb -> 'WaitStartedDetails' ->> 'ScheduledEndTimestamp')::bigint AS due_ms,
       wd.ts_ms AS wait_done_ms,
       (SELECT min((ic.body::jsonb -> 'InvocationCompletedDetails' ->> 'StartTimestamp')::bigint)
          FROM events ic
         WHERE ic.arn = e.arn AND ic.event_type = 'InvocationCompleted'
           AND ic.event_id > wd.event_id) AS resumed_ms
FROM executions e
LEFT JOIN events ws ON ws.arn = e.arn AND ws.event_type = 'WaitStarted'
LEFT JOIN events wd ON wd.arn = e.arn AND wd.event_type = 'WaitSucceeded'
WHERE e.function_name = %s
"""


def timer_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Lateness against each wait's scheduled end (WaitStarted + 5 s), in ms."""
    done = [r for r in rows if r["due_ms"] is not None and r["wait_done_ms"] is not None]

    def late(key: str) -> dict[str, float]:
        return percentiles([r[key] - r["due_ms"] for r in done if r[key] is not None])

    return {
        "wait_completed_late_ms": late("wait_done_ms"),
        "resumed_late_ms": late("resumed_ms"),
        "ended_late_ms": late("end_ms"),
        "start_to_wait_started_ms": percentiles(
            [r["wait_started_ms"] - r["start_ms"] for r in done]
        ),
        "not_succeeded": sum(1 for r in rows if r["status"] != "SUCCEEDED"),
        "target": "wait_completed_late_ms p99 < 100",
    }


def timers_case(args: argparse.Namespace, logs: Path) -> None:
    count = args.timers
    with (
        bench_database(args.postgres, "timers") as url,
        Cluster(url, logs) as cluster,
        closing(Watch(url)) as watch,
    ):
        cluster.start_workers(args.case_workers)
        client = lambda_client(cluster.start_server(), args.clients)
        progress(f"timers: starting {count} executions of wait5s")
        t0 = time.perf_counter()
        start_many(client, "wait5s", count, args.clients)
        started_s = time.perf_counter() - t0
        watch.wait_all_ended("wait5s", count, 120 + count * 0.1)
        done_s = time.perf_counter() - t0
        rows = watch.rows(TIMER_ROWS, ("wait5s",), dicts=True)
    figures = timer_figures(rows)
    emit(
        {
            "case": f"lamina timers, {count} waits of 5 s, {args.case_workers} workers",
            "started_in_s": round(started_s, 1),
            "all_ended_in_s": round(done_s, 1),
            **figures,
        }
    )


# callbacks


def answer_one_at_a_time(
    client: Any, watch: Watch, callbacks: dict[str, str]
) -> tuple[list[float], list[float]]:
    """Send, then wait for the end: ms from the send to the resumed invocation and to the end."""
    to_resume, to_end = [], []
    for arn, callback_id in callbacks.items():
        sent = send_success(client, callback_id)
        deadline = time.monotonic() + 60
        while (end := watch.end_ms(arn)) is None:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{arn} did not end within 60 s of its callback")
            time.sleep(0.002)
        to_end.append(end - sent)
        resumed = watch.last_invocation_start(arn)
        if resumed is not None:
            to_resume.append(resumed - sent)
    return to_resume, to_end


def answer_burst(client: Any, watch: Watch, callbacks: dict[str, str]) -> dict[str, Any]:
    """Send every callback back to back from one thread, then wait for every end."""
    t0 = time.perf_counter()
    sent = {arn: send_success(client, callback_id) for arn, callback_id in callbacks.items()}
    send_s = time.perf_counter() - t0
    # The ends are read from the database afterwards: a coarse poll keeps its load low.
    watch.wait_ended(list(sent), 120 + len(sent) * 0.1, every_s=0.25)
    ends = watch.rows("SELECT arn, end_ms FROM executions WHERE arn = ANY(%s)", (list(sent),))
    last_end = max(end for _, end in ends)
    return {
        "sent": len(sent),
        "sends_per_s": round(len(sent) / send_s, 1),
        "ended_per_s": round(len(sent) / ((last_end - min(sent.values())) / 1000), 1),
        "send_to_end_ms": percentiles([end - sent[arn] for arn, end in ends]),
    }


def suspend_callback_waits(client: Any, watch: Watch, count: int, threads: int) -> list[str]:
    arns = start_many(client, "callback-wait", count, threads)
    watch.wait_suspended("callback-wait", count, 120 + count * 0.1)
    return arns


def callbacks_case(args: argparse.Namespace, logs: Path) -> None:
    count = args.callbacks
    with (
        bench_database(args.postgres, "callbacks") as url,
        Cluster(url, logs) as cluster,
        closing(Watch(url)) as watch,
    ):
        cluster.start_workers(args.case_workers)
        client = lambda_client(cluster.start_server(), args.clients)
        progress(f"callbacks: {count} executions to their callback")
        arns = suspend_callback_waits(client, watch, count, args.clients)
        callbacks = watch.callback_ids(arns)
        first = dict(list(callbacks.items())[: min(ONE_AT_A_TIME, count // 2)])
        to_resume, to_end = answer_one_at_a_time(client, watch, first)
        rest = {arn: cid for arn, cid in callbacks.items() if arn not in first}
        burst = answer_burst(client, watch, rest) if rest else {}
    emit(
        {
            "case": f"lamina callbacks, one at a time, {args.case_workers} workers",
            "send_to_resumed_invocation_ms": percentiles(to_resume),
            "send_to_end_ms": percentiles(to_end),
        }
    )
    if burst:
        emit({"case": f"lamina callbacks, burst, {args.case_workers} workers", **burst})


# suspended

CLONE_MAP = """
INSERT INTO clone_map
SELECT old_arn, old_id, old_name, old_cb,
       replace(old_arn, '/' || old_name || '/' || old_id, '/' || new_name || '/' || new_id),
       new_id, new_name, new_cb
FROM (
    SELECT s.arn AS old_arn, s.execution_id AS old_id, s.name AS old_name,
           c.callback_id AS old_cb,
           gen_random_uuid()::text AS new_id,
           replace(gen_random_uuid()::text, '-', '') AS new_name,
           replace(gen_random_uuid()::text, '-', '') || substr(md5(random()::text), 1, 8)
               AS new_cb
    FROM clone_sources s
    JOIN callbacks c ON c.arn = s.arn
    CROSS JOIN generate_series(1, %(copies)s)
    LIMIT %(count)s
) fresh
"""
# The same replacement everywhere an id may be written inside a text column (JSON bodies).
RENAMED_TEXT = "replace(replace(replace(t.{c}, m.old_id, m.new_id), m.old_name, m.new_name), m.old_cb, m.new_cb)"  # noqa: E501


def per_execution_tables(conn: psycopg.Connection[Any]) -> dict[str, list[tuple[str, str]]]:
    """Tables with an `arn` column, and their (column, type) that take a value on insert."""
    rows = conn.execute(
        "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
        "JOIN information_schema.tables t USING (table_schema, table_name) "
        "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
        "AND c.is_identity = 'NO' AND c.is_generated = 'NEVER' "
        "AND c.table_name IN (SELECT table_name FROM information_schema.columns "
        "                     WHERE table_schema = 'public' AND column_name = 'arn') "
        "ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        tables.setdefault(table, []).append((column, kind))
    return tables


def clone_expression(table: str, column: str, kind: str) -> str:
    """What a clone's row holds in `column`: the clone's ids where the original's were."""
    special = {
        "arn": "m.new_arn",
        "callback_id": "m.new_cb",
        "op_id": "CASE WHEN t.op_id = m.old_id THEN m.new_id ELSE t.op_id END",
    }
    if column in special:
        return special[column]
    if table == "executions" and column in ("execution_id", "name"):
        return "m.new_id" if column == "execution_id" else "m.new_name"
    if column == "name":
        return "CASE WHEN t.name = m.old_name THEN m.new_name ELSE t.name END"
    if kind == "text":
        return RENAMED_TEXT.format(c=column)
    return f"t.{column}"


def clone_statements(tables: dict[str, list[tuple[str, str]]]) -> list[str]:
    statements = []
    for table, columns in tables.items():
        names = ", ".join(c for c, _ in columns)
        values = ", ".join(clone_expression(table, c, k) for c, k in columns)
        statements.append(
            f"INSERT INTO {table} ({names}) SELECT {values} "
            f"FROM {table} t JOIN clone_map m ON t.arn = m.old_arn"
        )
    return statements


def clone_suspended(url: str, function: str, target: int, batch: int = 50_000) -> dict[str, Any]:
    """Copy the waiting executions of `function` in SQL until `target` wait in all."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "CREATE TEMP TABLE clone_sources AS SELECT arn, execution_id, name FROM executions "
            "WHERE function_name = %s AND status = 'RUNNING' AND gate = 'idle'",
            (function,),
        )
        real = conn.execute("SELECT count(*) FROM clone_sources").fetchone()[0]  # type: ignore[index]
        callbacks = conn.execute(
            "SELECT count(*) FROM callbacks WHERE arn IN (SELECT arn FROM clone_sources)"
        ).fetchone()[0]  # type: ignore[index]
        if not real or callbacks != real:
            raise RuntimeError(
                f"{real} waiting executions with {callbacks} callbacks: cannot clone"
            )
        conn.execute(
            "CREATE TEMP TABLE clone_map (old_arn text, old_id text, old_name text, old_cb text, "
            "new_arn text, new_id text, new_name text, new_cb text)"
        )
        statements = clone_statements(per_execution_tables(conn))
        t0 = time.perf_counter()
        remaining = target - real
        while remaining > 0:
            count = min(batch, remaining)
            with conn.transaction():
                conn.execute("TRUNCATE clone_map")
                conn.execute(CLONE_MAP, {"copies": -(-count // real), "count": count})
                for statement in statements:
                    conn.execute(statement)
            remaining -= count
            progress(f"suspended: cloned {target - real - remaining} of {target - real}")
        cloned_s = time.perf_counter() - t0
        conn.execute("VACUUM ANALYZE")
    return {"real": real, "cloned_by_sql": target - real, "cloned_in_s": round(cloned_s, 1)}


def database_bytes(watch: Watch, executions: int) -> dict[str, Any]:
    tables = watch.rows(
        "SELECT relname, pg_total_relation_size(relid) FROM pg_stat_user_tables ORDER BY 2 DESC"
    )
    total = watch.value("SELECT pg_database_size(current_database())")
    return {
        "database_bytes": total,
        "database_bytes_per_execution": round(total / executions),
        "table_bytes_per_execution": {
            name: round(size / executions) for name, size in tables if size > 65536
        },
    }


def activity(watch: Watch) -> dict[str, Any]:
    """Transactions on the database, and reads of Lamina's tables (catalog reads left out)."""
    transactions = watch.value(
        "SELECT xact_commit + xact_rollback FROM pg_stat_database "
        "WHERE datname = current_database()"
    )
    tables = watch.rows(
        "SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0), "
        "coalesce(idx_tup_fetch, 0) FROM pg_stat_user_tables"
    )
    return {
        "transactions": transactions,
        "index_scans": sum(t[3] for t in tables),
        "index_tuples_fetched": sum(t[4] for t in tables),
        "seq": {t[0]: (t[1], t[2]) for t in tables},
    }


def activity_delta(before: dict[str, Any], after: dict[str, Any], seconds: float) -> dict[str, Any]:
    keys = ("transactions", "index_scans", "index_tuples_fetched")
    per_s = {key: round((after[key] - before[key]) / seconds, 1) for key in keys}
    seq = {}
    for name, (scans, tuples) in after["seq"].items():
        old_scans, old_tuples = before["seq"].get(name, (0, 0))
        if scans > old_scans:
            seq[name] = {"seq_scans": scans - old_scans, "seq_tuples_read": tuples - old_tuples}
    return {"per_s": per_s, "sequential_scans": seq}


def idle_watch(cluster: Cluster, watch: Watch, seconds: float) -> dict[str, Any]:
    """The workers left idle: their memory every 5 s, and what they read meanwhile."""
    time.sleep(2)  # the statistics of the set-up settle
    before, t0 = activity(watch), time.monotonic()
    samples = [cluster.memory()]
    while time.monotonic() - t0 < seconds:
        time.sleep(min(5.0, max(0.0, seconds - (time.monotonic() - t0))))
        samples.append(cluster.memory())
    time.sleep(1)  # PostgreSQL publishes counters up to a second late
    after = activity(watch)
    totals = [sum(w["group_pss_kib"] for w in sample) for sample in samples]
    return {
        "idle_s": round(time.monotonic() - t0, 1),
        "workers_memory_idle_start": samples[0],
        "workers_memory_idle_end": samples[-1],
        "workers_pss_kib_min_max": [min(totals), max(totals)],
        "idle_database_activity": activity_delta(before, after, time.monotonic() - t0),
    }


# What idle workers ask the database, and the limits they ask with.
IDLE_QUERIES: dict[str, int] = {
    "next_ready_execution": 1,
    "claim_ready_execution": 1,
    "next_timer_due": 1,
    "claim_due_timers": 200,
    "expired_leases": 1,
    "expired_executions": 1,
}


def scan_nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if "Relation Name" in plan:
        yield {
            "node": plan["Node Type"],
            "table": plan["Relation Name"],
            "index": plan.get("Index Name"),
            "rows": plan.get("Actual Rows"),
        }
    for child in plan.get("Plans", []):
        yield from scan_nodes(child)


def explain_idle_queries(url: str) -> dict[str, Any]:
    """EXPLAIN ANALYZE of what idle workers ask, rolled back (the claims lock rows)."""
    queries = load_queries("postgresql")
    plans: dict[str, Any] = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for name, limit in IDLE_QUERIES.items():
            # A superset of the queries' parameters: each takes the ones it names.
            params = {"now": int(now_ms()), "limit": limit, "skip": []}
            try:
                plans[name] = explain(conn, queries[name], params)
            except (KeyError, psycopg.Error) as error:
                plans[name] = {"error": f"{type(error).__name__}: {error}"}
    return plans


def explain(conn: psycopg.Connection[Any], query: str, params: dict[str, Any]) -> dict[str, Any]:
    with conn.transaction(force_rollback=True):
        sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + query
        plan = conn.execute(sql, params).fetchone()[0][0]  # type: ignore[index]
    scans = list(scan_nodes(plan["Plan"]))
    return {
        "ms": round(plan["Execution Time"], 3),
        # Of a table that grows with executions (`functions` holds a row per function).
        "sequential_scan": any(
            s["node"] == "Seq Scan" and s["table"] != "functions" for s in scans
        ),
        "scans": scans,
    }


def claim_poll_cost(url: str, polls: int = 200) -> dict[str, Any]:
    """One idle pass as the workers make it, through Lamina's store: ms per read."""
    store = open_store(url)
    probes: dict[str, Callable[[Any], Any]] = {
        "claim_peek": lambda tx: tx.next_ready_execution(int(now_ms())),
        "next_timer_due": lambda tx: tx.next_timer_due(),
        "expired_leases": lambda tx: tx.expired_leases(int(now_ms()), 1),
    }
    costs = {}
    try:
        for name, probe in probes.items():
            lats = []
            for _ in range(polls):
                t0 = time.perf_counter()
                store.read(probe)
                lats.append((time.perf_counter() - t0) * 1000)
            costs[name] = {"median_ms": round(statistics.median(lats), 3)}
            costs[name]["p99_ms"] = round(sorted(lats)[int(polls * 0.99) - 1], 3)
    finally:
        store.close()
    return costs


def answer_some(client: Any, watch: Watch, real: list[str], sample: int) -> dict[str, Any]:
    """Callback to end for a few real executions, then for a few clones (they must work)."""
    callbacks = watch.callback_ids(real[:sample])
    to_resume, to_end = answer_one_at_a_time(client, watch, callbacks)
    rows = watch.rows(
        "SELECT c.arn, c.callback_id FROM callbacks c JOIN executions e ON e.arn = c.arn "
        "WHERE e.status = 'RUNNING' AND NOT c.arn = ANY(%s) LIMIT %s",
        (real, CLONES_ANSWERED),
    )
    clones = {arn: callback_id for arn, callback_id in rows}
    _, clone_end = answer_one_at_a_time(client, watch, clones)
    statuses = watch.rows(
        "SELECT status, count(*) FROM executions WHERE arn = ANY(%s) GROUP BY status",
        (list(clones),),
    )
    return {
        "send_to_resumed_invocation_ms": percentiles(to_resume),
        "send_to_end_ms": percentiles(to_end),
        "clones_answered": {status: n for status, n in statuses},
        "clones_send_to_end_ms": percentiles(clone_end),
    }


def suspended_case(args: argparse.Namespace, logs: Path) -> None:
    target, real = args.suspended, min(args.suspended_real, args.suspended)
    with (
        bench_database(args.postgres, "suspended") as url,
        Cluster(url, logs) as cluster,
        closing(Watch(url)) as watch,
    ):
        cluster.start_workers(args.case_workers)
        client = lambda_client(cluster.start_server(), args.clients)
        rss_started = cluster.memory()
        progress(f"suspended: {real} real executions to their callback")
        arns = suspend_callback_waits(client, watch, real, args.clients)
        rss_real = cluster.memory()
        cloning = clone_suspended(url, "callback-wait", target)
        sizes = database_bytes(watch, target)
        progress(f"suspended: {target} waiting; workers idle for {args.idle_s:.0f} s")
        idle = idle_watch(cluster, watch, args.idle_s)
        polls = claim_poll_cost(url)
        plans = explain_idle_queries(url)
        answered = answer_some(client, watch, arns, ONE_AT_A_TIME)
        rss_final = cluster.memory()
    emit(
        {
            "case": f"lamina {target} suspended executions, {args.case_workers} workers",
            "note": f"{cloning['real']} ran for real to their callback; the other "
            f"{cloning['cloned_by_sql']} were cloned by SQL from them",
            **cloning,
            "workers_memory_just_started": rss_started,
            "workers_memory_after_real": rss_real,
            **idle,
            "workers_memory_after_callbacks": rss_final,
            **sizes,
            "claim_poll": polls,
            "idle_query_plans": plans,
            **answered,
        }
    )


# The table


def fmt(stats: dict[str, float] | None, key: str = "p50") -> str:
    return "" if not stats or key not in stats else f"{stats[key]:g}"


# label, marker in Lamina's case names, figure, scale, DBOS's case prefix
THROUGHPUT_ROWS = [
    ("steps4, 20 in flight, exec/s", " in flight,", "ops_per_s.median", 1, "dbos steps4 "),
    ("steps4, CPU ms per execution (system and PostgreSQL)", " in flight,",
     "cpu_ms_per_execution.system", 1, "dbos steps4 "),
    ("steps4, of which PostgreSQL", " in flight,", "cpu_ms_per_execution.postgresql", 1,
     "dbos steps4 "),
    ("steps100 one at a time, ms/exec", "steps100,", "latency_us.median", 1e-3, "dbos steps100"),
    ("steps100, us per step", "steps100,", "us_per_step.median", 1, "dbos steps100"),
    ("steps4 sync Invoke, ms/exec (client)", "sync Invoke", "latency_us.median", 1e-3, None),
]


def _figure(entry: dict[str, Any], path: str) -> Any:
    for key in path.split("."):
        entry = entry.get(key) if isinstance(entry, dict) else None  # type: ignore[assignment]
    return entry


def throughput_table() -> None:
    """Medians per worker count, DBOS, and Lamina/DBOS for each worker count."""
    lamina = [r for r in RESULTS if r.get("workers") and r["case"].startswith("lamina")]
    counts = sorted({r["workers"] for r in lamina})
    if not counts:
        return
    heads = " | ".join(f"Lamina {w}w" for w in counts)
    print(f"\n| throughput | {heads} | DBOS 3.4.0 | Lamina/DBOS ({', '.join(map(str, counts))}w) |")
    print("|---" * (len(counts) + 3) + "|")
    for label, marker, figure, scale, peer in THROUGHPUT_ROWS:
        mine = [_median(lamina, w, marker, figure, scale) for w in counts]
        other = _find(peer) if peer else None
        value = _figure(other, figure) if other else None
        theirs = value * scale if value is not None else None
        ratios = "/".join(f"{m / theirs:.2f}" for m in mine if m and theirs)
        cells = " | ".join(f"{m:.1f}" if m else "" for m in mine)
        print(f"| {label} | {cells} | {f'{theirs:.1f}' if theirs else ''} | {ratios} |")
    rounds = _find("throughput rounds")
    if rounds:
        print("\n| round | Lamina exec/s | DBOS exec/s | Lamina/DBOS | Lamina steps100 ms "
              "| DBOS steps100 ms | steps100, x faster |\n|---|---|---|---|---|---|---|")
        for number, r in enumerate([*rounds["rounds"], rounds["median"]], start=1):
            label = number if number <= len(rounds["rounds"]) else "median"
            print(f"| {label} | {r['lamina_inflight']} | {r['dbos_inflight']} | "
                  f"{r['inflight_ratio']} | {r['lamina_steps100_ms']} | "
                  f"{r['dbos_steps100_ms']} | {r['steps100_faster']} |")
    ratios_entry = _find("throughput ratios")
    if ratios_entry:
        print(
            f"\ncommit floor (us, before and after): {ratios_entry['commit_floor_us']}; "
            f"us per step over the floor: {ratios_entry['us_per_step_over_floor']}"
        )


def _median(
    entries: list[dict[str, Any]], workers: int, marker: str, figure: str, scale: float
) -> float | None:
    found = next((r for r in entries if r["workers"] == workers and marker in r["case"]), None)
    value = _figure(found, figure) if found else None
    return float(value) * scale if value is not None else None


def cases_table() -> None:
    print("\n| case | figures |\n|---|---|")
    for entry in RESULTS:
        case = entry["case"]
        if case.startswith("lamina timers"):
            print(
                f"| {case} | wait completed late p50/p99/max "
                f"{_triple(entry['wait_completed_late_ms'])} ms; resumed late "
                f"{_triple(entry['resumed_late_ms'])} ms; not succeeded "
                f"{entry['not_succeeded']} |"
            )
        elif case.startswith("lamina callbacks"):
            print(f"| {case} | send to end p50/p99/max {_triple(entry['send_to_end_ms'])} ms |")
        elif " suspended executions" in case:
            print(
                f"| {case} ({entry['note']}) | idle "
                f"{_memory(entry['workers_memory_idle_start'], entry['workers_memory_idle_end'])}; "
                f"{entry['database_bytes_per_execution']} B of database per execution; "
                f"claim peek {entry['claim_poll']['claim_peek']['median_ms']} ms; callback "
                f"to end p50/p99/max {_triple(entry['send_to_end_ms'])} ms |"
            )
        elif "warning" in entry:
            print(f"| {case} | {entry['warning']} |")
        elif "error" in entry:
            print(f"| {entry.get('failed_case')} | FAILED: {entry['error']} |")


def _triple(stats: dict[str, float]) -> str:
    return "/".join(fmt(stats, k) for k in ("p50", "p99", "max"))


def _memory(start: list[dict[str, int]], end: list[dict[str, int]]) -> str:
    """Workers' memory in MiB, one figure per worker, at the idle window's start -> end."""

    def mib(sample: list[dict[str, int]], key: str) -> str:
        return "+".join(f"{w[key] / 1024:.0f}" for w in sample)

    return (
        f"workers' main RSS {mib(start, 'main_rss_kib')} -> {mib(end, 'main_rss_kib')} MiB, "
        f"with sandboxes (PSS) {mib(start, 'group_pss_kib')} -> {mib(end, 'group_pss_kib')} MiB"
    )


# main


RUNNERS: dict[str, Callable[[argparse.Namespace, Path], None]] = {
    "throughput": throughput_case,
    "timers": timers_case,
    "callbacks": callbacks_case,
    "suspended": suspended_case,
}


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument(
        "--postgres",
        default="postgresql://postgres@127.0.0.1:5432",
        help="the server; every case creates and drops a database lamina_bench_* on it",
    )
    parser.add_argument("--workers", default="1,2,4", help="worker counts for throughput")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1,
                        help="throughput: rounds of Lamina and DBOS, alternating which goes first")
    parser.add_argument("--n", type=int, default=40, help="steps4 executions in flight per rep")
    parser.add_argument("--inflight", type=int, default=20)
    parser.add_argument("--steps100-n", type=int, default=4, help="steps100 executions per rep")
    parser.add_argument("--sync-n", type=int, default=5, help="sync Invokes per rep")
    parser.add_argument("--timers", type=int, default=10_000, help="executions waiting 5 s")
    parser.add_argument("--callbacks", type=int, default=1_000, help="executions answered")
    parser.add_argument("--suspended", type=int, default=100_000, help="suspended executions")
    parser.add_argument(
        "--suspended-real", type=int, default=1_000, help="of which run for real (others cloned)"
    )
    parser.add_argument("--idle-s", type=float, default=60.0, help="idle workers watched for")
    parser.add_argument(
        "--case-workers", type=int, default=2, help="workers for timers, callbacks, suspended"
    )
    parser.add_argument("--clients", type=int, default=4, help="threads starting executions")
    parser.add_argument("--dbos-python", default="/tmp/dbos-venv/bin/python")
    args = parser.parse_args()
    args.workers = [int(w) for w in args.workers.split(",")]
    unknown = set(args.cases.split(",")) - set(CASES)
    if unknown:
        parser.error(f"unknown cases {sorted(unknown)}: use {','.join(CASES)}")
    return args


def server_started_at(server: str) -> str:
    """When the PostgreSQL server last started: a change means a restart disturbed a case."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with admin(server) as conn:
                row = conn.execute("SELECT pg_postmaster_start_time()::text").fetchone()
                return str(row[0]) if row else ""
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)


def restarted_warning(case: str) -> dict[str, Any]:
    return {
        "case": f"{case}: server restarted",
        "warning": "the PostgreSQL server restarted during this case (it is shared): "
        "its figures include the outage and are not comparable",
    }


def stop_on_sigterm() -> None:
    """A SIGTERM unwinds like Ctrl-C, so processes are stopped and databases dropped."""

    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def main() -> int:
    args = parse_args()
    logging.disable(logging.WARNING)
    stop_on_sigterm()
    (HERE / "results").mkdir(exist_ok=True)
    logs = Path(tempfile.mkdtemp(prefix="cluster-", dir=HERE / "results"))
    progress(f"process logs in {logs}")
    failures = 0
    for case in CASES:
        if case not in args.cases.split(","):
            continue
        try:
            started = server_started_at(args.postgres)
            RUNNERS[case](args, logs)
            if server_started_at(args.postgres) != started:
                emit(restarted_warning(case))
        except Exception as error:
            failures += 1
            traceback.print_exc()
            emit({"case": f"{case} failed", "failed_case": case, "error": str(error)[:500]})
    throughput_table()
    cases_table()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
