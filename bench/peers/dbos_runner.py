"""DBOS Transact on a PostgreSQL system database: the shapes of the peers' dbos_bench.py.

    /tmp/dbos-venv/bin/python bench/peers/dbos_runner.py \
        --url postgresql://postgres@127.0.0.1:5432/lamina_bench_dbos [--reps 3] [--n 40]
        [--inflight 20] [--cases steps4-inflight,steps100]

Runs in its own virtual environment (dbos==3.4.0, psycopg[binary]==3.3.9), not Lamina's:
`bench/cluster_bench.py` starts it as a subprocess. The shapes are the peers' (steps of
`step_payload(i)`), workflows run in this process as DBOS runs them:
  steps4-inflight : 20 workflows of 4 steps started at once (`DBOS.start_workflow`), then
                    awaited, batch after batch
  steps100        : one workflow of 100 steps at a time
Prints one JSON line per case (the peers' benchlib format) and a `versions` line first; the
in-flight case adds the CPU milliseconds per workflow of this process and of PostgreSQL's
processes (proc_cpu.py, beside this file).
DBOS creates the system database if it is missing; the caller drops it.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import statistics
import time
from collections.abc import Callable
from importlib import metadata
from typing import Any

from dbos import DBOS, DBOSConfig
from proc_cpu import CpuMeter, postgres_pids


def step_payload(i: int) -> dict[str, Any]:
    return {"step": i, "ok": True, "value": "x" * 16}


@DBOS.step()
def trivial(i: int) -> dict[str, Any]:
    return step_payload(i)


@DBOS.workflow()
def steps4(i: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in range(4):
        out = trivial(k)
    return out


@DBOS.workflow()
def steps100(i: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k in range(100):
        out = trivial(k)
    return out


def summarize(xs: list[float]) -> dict[str, float]:
    xs = sorted(xs)
    return {
        "median": statistics.median(xs),
        "min": xs[0],
        "max": xs[-1],
        "p99": xs[min(len(xs) - 1, int(len(xs) * 0.99))],
        "n": len(xs),
    }


def report(
    case: str, rates: list[float], lats: list[float], steps: int, **more: Any
) -> None:
    entry = {
        "case": case,
        "ops_per_s": summarize(rates),
        "latency_us": summarize([x * 1e6 for x in lats]),
        "us_per_step": summarize([1e6 / r / steps for r in rates]),
        **more,
    }
    print(json.dumps(entry), flush=True)


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


def sequential_steps100(reps: int, n: int) -> None:
    def once() -> None:
        assert steps100(0)["ok"]

    rates, lats = timed(once, reps, n)
    report("dbos steps100", rates, lats, steps=100)


def inflight_steps4(reps: int, n: int, inflight: int) -> None:
    def batch() -> None:
        handles = [DBOS.start_workflow(steps4, i) for i in range(inflight)]
        for handle in handles:
            assert handle.get_result()["ok"]

    # This process (its workflows and what starts them) and PostgreSQL's, counted as the
    # benchmark counts Lamina's (proc_cpu.py).
    cpu = CpuMeter(dbos=lambda: [os.getpid()], postgresql=postgres_pids)
    cpu.start()
    rates, lats = timed(batch, reps, max(1, n // inflight))
    cpu.stop()
    report(
        f"dbos steps4 {inflight} in flight",
        [r * inflight for r in rates],
        [x / inflight for x in lats],
        steps=4,
        cpu_ms_per_execution=cpu.ms_per(inflight * (1 + reps * max(1, n // inflight))),
    )


def versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {"python": platform.python_version()}
    for package in ("dbos", "SQLAlchemy", "psycopg"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = None
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="the system database (PostgreSQL)")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--n", type=int, default=40, help="steps4 executions per rep")
    parser.add_argument("--steps100-n", type=int, default=4, help="steps100 executions per rep")
    parser.add_argument("--inflight", type=int, default=20)
    parser.add_argument("--cases", default="steps4-inflight,steps100")
    args = parser.parse_args()
    config: DBOSConfig = {
        "name": "lamina-bench",
        "system_database_url": args.url,
        "log_level": "WARNING",
    }
    DBOS(config=config)
    DBOS.launch()
    logging.getLogger("dbos").setLevel(logging.WARNING)
    print(json.dumps({"versions": versions()}), flush=True)
    cases = args.cases.split(",")
    try:
        if "steps4-inflight" in cases:
            inflight_steps4(args.reps, args.n, args.inflight)
        if "steps100" in cases:
            sequential_steps100(args.reps, args.steps100_n)
    finally:
        DBOS.destroy()


if __name__ == "__main__":
    main()
