"""Lamina against AWS's local runner, the same shapes in the same run, printed side by side.

    python bench/lamina_bench.py [--reps 5] [--n 40] [--cases steps4,steps100,wait1s,inflight,
                                  service,cold,suspended] [--suspended 100000]
                                 [--database-url postgresql://postgres@127.0.0.1:5432/bench]

Every case prints one JSON line (the peers' benchlib format); the table at the end gives
medians (min-max) and Lamina's ratio to the peer. The disk's fsync rate is probed before and
after, because this disk has a fast and a slow regime (see the peer FINDINGS.md).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "handlers"))
sys.path.insert(0, str(HERE))

from peers.proc_cpu import total_cpu_s  # noqa: E402

from lamina.app import Lamina, wait_for_terminal  # noqa: E402
from lamina.config import Settings  # noqa: E402
from lamina.service import StartRequest  # noqa: E402
from lamina.store import Store  # noqa: E402

RESULTS: list[dict] = []


def summarize(xs: list[float]) -> dict:
    xs = sorted(xs)
    return {
        "median": statistics.median(xs),
        "min": xs[0],
        "max": xs[-1],
        "p99": xs[min(len(xs) - 1, int(len(xs) * 0.99))],
        "n": len(xs),
    }


def report(
    case: str, rates: list[float], lats: list[float], steps: int | None = None, **extra: object
) -> dict:
    entry: dict = {
        "case": case,
        "ops_per_s": summarize(rates),
        "latency_us": summarize([x * 1e6 for x in lats]),
    }
    if steps:
        entry["us_per_step"] = summarize([1e6 / r / steps for r in rates])
    entry.update(extra)
    print(json.dumps(entry), flush=True)
    RESULTS.append(entry)
    return entry


def fsync_probe(directory: str, count: int = 200) -> float:
    path = os.path.join(directory, "fsync-probe")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        start = time.perf_counter()
        for _ in range(count):
            os.write(fd, b"x" * 64)
            os.fdatasync(fd)
        rate = count / (time.perf_counter() - start)
    finally:
        os.close(fd)
        os.unlink(path)
    print(json.dumps({"fsync_per_s": round(rate)}), flush=True)
    return rate


def timed(
    run_once: Callable[[int], None], reps: int, n: int, store: Store | None = None
) -> tuple[list[float], list[float]]:
    run_once(-1)  # warm-up: sandboxes forked, caches filled
    rates, lats = [], []
    k = 0
    CPU.start(store)
    for _ in range(reps):
        t_rep = time.perf_counter()
        for _ in range(n):
            t0 = time.perf_counter()
            run_once(k)
            lats.append(time.perf_counter() - t0)
            k += 1
        rates.append(n / (time.perf_counter() - t_rep))
    CPU.stop(k)
    return rates, lats


class _Cpu:
    """CPU seconds of this process (the service, its workers, the API) and of its sandboxes
    over the last `timed` run, per run of its function; and, given a SQLite store, the share
    of that run's wall time its one writer spent on writes, and on a CPU (the rest of its busy
    time it waits for the disk or for the interpreter lock)."""

    def start(self, store: Store | None = None) -> None:
        self._store = store if hasattr(store, "busy_s") else None
        self._at = (time.process_time(), total_cpu_s(sandbox_pids()))
        self._wall_at = time.perf_counter()
        self._busy_at = self._busy()

    def _busy(self) -> tuple[float, float]:
        store: Any = self._store
        return (store.busy_s, store.busy_cpu_s) if store is not None else (0.0, 0.0)

    def stop(self, runs: int) -> None:
        service, sandboxes = self._at
        self.per_run = (
            (time.process_time() - service) / runs,
            (total_cpu_s(sandbox_pids()) - sandboxes) / runs,
        )
        wall = time.perf_counter() - self._wall_at
        busy = [(now - then) / wall for now, then in zip(self._busy(), self._busy_at, strict=True)]
        self.writer_busy = (
            {"wall": round(busy[0], 2), "cpu": round(busy[1], 2)} if self._store else None
        )

    def us_per_step(self, steps: int, per_run_of: int = 1) -> dict[str, float]:
        service, sandboxes = (x / per_run_of / steps * 1e6 for x in self.per_run)
        return {"service": round(service), "sandboxes": round(sandboxes)}


CPU = _Cpu()


# Lamina


def durable_commits(store: Store) -> int:
    """Durable commits so far: the SQLite and PostgreSQL stores both count them."""
    return int(getattr(store, "commits", 0))


def lamina_sequential(app: Lamina, function: str, steps: int, reps: int, n: int, tag: str) -> dict:
    service = app.service

    def once(_: int) -> None:
        started = service.start_execution(StartRequest(function=function, payload="{}"))
        done = wait_for_terminal(service, started.execution.arn, 120)
        assert done.status == "SUCCEEDED", done.error

    store = app.store
    before = durable_commits(store)
    rates, lats = timed(once, reps, n)
    flushes = (durable_commits(store) - before) / ((reps * n + 1) * steps)
    return report(
        f"lamina {function}{tag}", rates, lats, steps=steps, flushes_per_step=round(flushes, 3),
        cpu_us_per_step=CPU.us_per_step(steps),
    )


def lamina_inflight(
    app: Lamina, function: str, steps: int, reps: int, n: int, inflight: int, tag: str
) -> dict:
    service = app.service

    def batch(_: int) -> None:
        arns = [
            service.start_execution(StartRequest(function=function, payload="{}")).execution.arn
            for _ in range(inflight)
        ]
        for arn in arns:
            assert wait_for_terminal(service, arn, 120).status == "SUCCEEDED"

    store = app.store
    before = durable_commits(store)
    batches = max(1, n // inflight)
    rates, lats = timed(batch, reps, batches, store)
    flushes = (durable_commits(store) - before) / ((reps * batches + 1) * inflight * steps)
    writer = {"writer_busy": CPU.writer_busy} if CPU.writer_busy else {}
    return report(
        f"lamina {function} {inflight} in flight{tag}",
        [r * inflight for r in rates],
        [x / inflight for x in lats],
        steps=steps,
        flushes_per_step=round(flushes, 3),
        cpu_us_per_step=CPU.us_per_step(steps, per_run_of=inflight),
        **writer,
    )


def service_cost(app: Lamina, reps: int, directory: str) -> None:
    """The service alone (no SDK, no sandbox): one [START, SUCCEED] checkpoint per step."""
    service = app.service
    lats: list[float] = []
    rates: list[float] = []
    for _ in range(reps):
        arn = service.start_execution(StartRequest(function="steps100", payload="{}")).execution.arn
        service.stop(arn)  # keep the workers away: this measures checkpoint calls only
    database_url = app.settings.database_url
    if database_url.startswith("sqlite"):
        floor_name, floor = "sqlite_commit_floor_us", sqlite_floor(directory, 500)
    else:
        floor_name, floor = "postgresql_commit_floor_us", postgresql_floor(database_url, 500)
    from lamina.service.invocations import claim

    for rep in range(reps):
        arn = service.start_execution(
            StartRequest(function="callback-wait", payload="{}")
        ).execution.arn
        claimed = app.store.write(lambda tx: claim(tx, time.time_ns() // 10**6, "bench", 60000))
        assert claimed is not None
        invocation, view = claimed
        service.views.keep(view, by_checkpoint=False)  # as the service's own claim does
        token = invocation.token
        t_rep = time.perf_counter()
        for i in range(100):
            t0 = time.perf_counter()
            response = service.checkpoint(
                arn,
                token,
                [
                    {"Id": f"s{rep}-{i}", "Type": "STEP", "Action": "START", "SubType": "Step"},
                    {
                        "Id": f"s{rep}-{i}",
                        "Type": "STEP",
                        "Action": "SUCCEED",
                        "SubType": "Step",
                        "Payload": json.dumps({"step": i, "ok": True, "value": "x" * 16}),
                    },
                ],
            )
            lats.append(time.perf_counter() - t0)
            token = response["CheckpointToken"]
        rates.append(100 / (time.perf_counter() - t_rep))
        service.stop(arn)
    report(
        "lamina service checkpoint (no SDK)",
        rates,
        lats,
        **{floor_name: round(floor * 1e6, 1)},
        ratio_to_floor=round(statistics.median(lats) / floor, 2),
    )


def sqlite_floor(directory: str, count: int) -> float:
    import sqlite3

    path = os.path.join(directory, f"floor-{time.time_ns()}.db")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
    lats = []
    for _ in range(count):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", ("x" * 64,))
        conn.execute("COMMIT")
        lats.append(time.perf_counter() - t0)
    conn.close()
    return statistics.median(lats)


def postgresql_floor(url: str, count: int) -> float:
    """A bare durable `BEGIN; INSERT; COMMIT` on the same server, one connection."""
    import psycopg

    table = f"bench_floor_{time.time_ns()}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (k bigint GENERATED ALWAYS AS IDENTITY, v text)")
        lats = []
        try:
            for _ in range(count):
                t0 = time.perf_counter()
                conn.execute("BEGIN")
                conn.execute(f"INSERT INTO {table} (v) VALUES (%s)", ("x" * 64,))
                conn.execute("COMMIT")
                lats.append(time.perf_counter() - t0)
        finally:
            conn.execute(f"DROP TABLE {table}")
    return statistics.median(lats)


def cold_start(app: Lamina) -> None:
    """A function no sandbox has served yet, against a warm one."""
    service = app.service
    warm = service.functions.get("steps4")
    lats = []
    for i in range(3):
        config = warm.evolve(name=f"steps4-cold-{time.time_ns()}-{i}")
        service.functions.register(config)
        t0 = time.perf_counter()
        arn = service.start_execution(
            StartRequest(function=config.name, payload="{}")
        ).execution.arn
        wait_for_terminal(service, arn, 60)
        lats.append(time.perf_counter() - t0)
    report(
        "lamina steps4 first execution of a new function (sandbox fork)",
        [1 / x for x in lats],
        lats,
        steps=4,
    )


def rss_kib(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _parent_of(pid: str) -> str:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("PPid:"):
            return line.split()[1]
    return ""


def sandbox_pids() -> list[int]:
    """This process's sandboxes: the children of the forkserver it started."""
    parents: dict[str, str] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[entry.name] = _parent_of(entry.name)
            except OSError:
                continue
    me = str(os.getpid())
    servers = {pid for pid, parent in parents.items() if parent == me}
    return [int(pid) for pid, parent in parents.items() if parent in servers]


def sandboxes_rss_kib() -> int:
    return sum(rss_kib(pid) for pid in sandbox_pids())


def suspended(app: Lamina, count: int, sample: int) -> None:
    """Many executions waiting on callbacks: memory stays flat, a callback resumes promptly."""
    import sqlite3

    service = app.service
    rss_before = rss_kib()
    arns = []
    t0 = time.perf_counter()
    for _ in range(count):
        request = StartRequest(function="callback-wait", payload="{}")
        arns.append(service.start_execution(request).execution.arn)
    db = sqlite3.connect(str(app.store.path))  # type: ignore[attr-defined]
    query = "SELECT count(*) FROM executions WHERE gate = 'idle' AND function_name = ?"
    while db.execute(query, ("callback-wait",)).fetchone()[0] < count:
        time.sleep(1)
    db.close()
    started_s = time.perf_counter() - t0
    rss_waiting = rss_kib()
    ids = [_callback_id(app, arn) for arn in arns[-sample:]]
    lats = []
    for arn, callback_id in zip(arns[-sample:], ids, strict=True):
        t = time.perf_counter()
        service.succeed_callback(callback_id, b'"go"')
        wait_for_terminal(service, arn, 60)
        lats.append(time.perf_counter() - t)
    db_bytes = os.path.getsize(app.store.path)  # type: ignore[attr-defined]
    report(
        f"lamina {count} suspended executions, callback to finish",
        [1 / x for x in lats],
        lats,
        rss_kib_before=rss_before,
        rss_kib_all_waiting=rss_waiting,
        rss_kib_after=rss_kib(),
        sandboxes_rss_kib=sandboxes_rss_kib(),
        started_in_s=round(started_s, 1),
        db_bytes_per_execution=db_bytes // count,
    )


def _callback_id(app: Lamina, arn: str) -> str:
    while True:
        events, _ = app.service.history(arn)
        for event in events:
            if event["EventType"] == "CallbackStarted":
                return str(event["CallbackStartedDetails"]["CallbackId"])
        time.sleep(0.05)


# AWS's local runner


def aws_runner(cases: list[str], reps: int, n: int, inflight: int, directory: str) -> None:
    try:
        from aws_durable_execution_sdk_python.lambda_service import InvocationStatus
        from aws_durable_execution_sdk_python_testing.runner import DurableFunctionTestRunner
        from aws_durable_execution_sdk_python_testing.stores.sqlite import SQLiteExecutionStore
    except ImportError:
        print(json.dumps({"skipped": "aws-durable-execution-sdk-python-testing not installed"}))
        return
    import shapes

    def store() -> object:
        path = os.path.join(directory, f"aws-{time.time_ns()}.db")
        return SQLiteExecutionStore.create_and_initialize(path)

    for case, steps, count in (("steps4", 4, n), ("steps100", 100, max(2, n // 10))):
        if case not in cases:
            continue
        with DurableFunctionTestRunner(handler=getattr(shapes, case), store=store()) as runner:

            def once(i: int, r: object = runner) -> None:
                result = r.run(input="{}", execution_timeout=60)  # type: ignore[attr-defined]
                assert result.status is InvocationStatus.SUCCEEDED

            rates, lats = timed(once, reps, count)
            report(f"aws-runner {case} [sqlite store]", rates, lats, steps=steps)
    if "inflight" in cases:
        with DurableFunctionTestRunner(handler=shapes.steps4, store=store()) as runner:

            def batch(_: int) -> None:
                arns = [
                    runner.run_async(input="{}", execution_timeout=120) for _ in range(inflight)
                ]
                for arn in arns:
                    assert runner.wait_for_result(arn, timeout=120).status is (
                        InvocationStatus.SUCCEEDED
                    )

            batches = max(1, n // inflight)
            rates, lats = timed(batch, reps, batches)
            report(
                f"aws-runner steps4 {inflight} in flight [sqlite store]",
                [r * inflight for r in rates],
                [x / inflight for x in lats],
                steps=4,
            )


def http_data_plane(
    directory: str, reps: int, n: int, inflight: int, database_url: str | None
) -> None:
    """The same shapes with handlers checkpointing over the HTTP API (the SDK's boto3)."""
    settings = Settings(
        database_url=database_url or f"sqlite:///{directory}/lamina-http.db",
        templates=(HERE / "template.yaml",),
        data_plane="http",
    )
    with Lamina(settings) as app:
        app.serve_api()
        lamina_sequential(app, "steps100", 100, reps, max(2, n // 10), " [HTTP data plane]")
        lamina_inflight(app, "steps4", 4, reps, n, inflight, " [HTTP data plane]")


def table() -> None:
    by_case = {r["case"]: r for r in RESULTS}
    pairs = [
        ("steps4", "lamina steps4", "aws-runner steps4 [sqlite store]"),
        ("steps100", "lamina steps100", "aws-runner steps100 [sqlite store]"),
        (
            "steps4, 20 in flight",
            "lamina steps4 20 in flight",
            "aws-runner steps4 20 in flight [sqlite store]",
        ),
    ]
    print("\n| case | Lamina exec/s | AWS runner exec/s | ratio | Lamina latency median |")
    print("|---|---|---|---|---|")
    for label, mine, peer in pairs:
        if mine in by_case and peer in by_case:
            a, b = by_case[mine]["ops_per_s"], by_case[peer]["ops_per_s"]
            print(
                f"| {label} | {a['median']:.1f} ({a['min']:.1f}-{a['max']:.1f}) | "
                f"{b['median']:.1f} ({b['min']:.1f}-{b['max']:.1f}) | "
                f"{a['median'] / b['median']:.1f}x | "
                f"{by_case[mine]['latency_us']['median'] / 1000:.1f} ms |"
            )
    for entry in RESULTS:
        if entry["case"] not in {p[1] for p in pairs} | {p[2] for p in pairs}:
            print(
                f"| {entry['case']} | {entry['ops_per_s']['median']:.1f}/s | "
                f"latency {entry['latency_us']['median'] / 1000:.2f} ms | "
                + ", ".join(
                    f"{k}={v}"
                    for k, v in entry.items()
                    if k not in ("case", "ops_per_s", "latency_us", "us_per_step")
                )
                + " |"
            )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--n", type=int, default=40, help="steps4 executions per rep")
    parser.add_argument("--inflight", type=int, default=20)
    parser.add_argument(
        "--cases", default="steps4,steps100,wait1s,inflight,service,cold,http,peers"
    )
    parser.add_argument("--suspended", type=int, default=0, help="suspended executions (0: skip)")
    parser.add_argument(
        "--db-dir",
        default=None,
        help="folder for databases (default: a temp folder under bench/results on this disk)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="run Lamina on this database (e.g. postgresql://user@host:port/dbname; it must "
        "exist) instead of SQLite files in --db-dir",
    )
    args = parser.parse_args()
    if args.suspended and args.database_url:
        parser.error("--suspended measures a SQLite file: it cannot run with --database-url")
    return args


def lamina_cases(app: Lamina, args: argparse.Namespace, cases: list[str], directory: str) -> None:
    """The cases that need only the stock-SDK comparison's first run."""
    if "wait1s" in cases:
        lamina_sequential(app, "wait1s", 1, args.reps, 2, "")
    if "inflight" in cases:
        lamina_inflight(app, "steps4", 4, args.reps, args.n, args.inflight, "")
    if "service" in cases:
        service_cost(app, args.reps, directory)
    if "cold" in cases:
        cold_start(app)
    if args.suspended:
        suspended(app, args.suspended, 200)


def main() -> None:
    args = parse_args()
    logging.disable(logging.WARNING)
    cases = args.cases.split(",")
    base = Path(args.db_dir or HERE / "results")
    base.mkdir(parents=True, exist_ok=True)
    directory = tempfile.mkdtemp(prefix="run-", dir=base)
    fsync_probe(directory)
    for prompt in ("1", "0") if {"steps4", "steps100"} & set(cases) else ("1",):
        tag = "" if prompt == "1" else " [stock SDK idle waits]"
        settings = Settings(
            database_url=args.database_url or f"sqlite:///{directory}/lamina-{prompt}.db",
            templates=(HERE / "template.yaml",),
            sdk_prompt=prompt == "1",
        )
        with Lamina(settings) as app:
            if "steps4" in cases:
                lamina_sequential(app, "steps4", 4, args.reps, args.n, tag)
            if "steps100" in cases:
                lamina_sequential(app, "steps100", 100, args.reps, max(2, args.n // 10), tag)
            if prompt == "1":
                lamina_cases(app, args, cases, directory)
    if "http" in cases:
        http_data_plane(directory, args.reps, args.n, args.inflight, args.database_url)
    if "peers" in cases:
        aws_runner(cases, args.reps, args.n, args.inflight, directory)
    fsync_probe(directory)
    table()


if __name__ == "__main__":
    threading.excepthook = lambda hook: None
    main()
