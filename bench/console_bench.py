"""The console's pages over real HTTP against a SQLite store holding 100,000 executions.

    .venv/bin/python bench/console_bench.py [--executions 100000] [--requests 40]
                                            [--db-dir /tmp] [--keep]

The store is filled directly through the store's own transactions (fast: thousands of rows
per commit), then a real `lamina run` serves it and each page is fetched `--requests` times
over one keep-alive connection, after two warm-up fetches. Prints p50 and p95 in ms.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lamina.store.records import ExecutionFilter, ExecutionRecord, OperationRecord
from lamina.store.sqlite import SqliteStore, SqliteTransaction

FUNCTIONS = [f"fn-{i}" for i in range(10)]
STATUSES = [("SUCCEEDED", 70), ("FAILED", 8), ("RUNNING", 15), ("STOPPED", 4), ("TIMED_OUT", 3)]
DAY_MS = 86_400_000
BATCH = 5_000
LAMINA = str(Path(sys.executable).parent / "lamina")


def make_execution(index: int, now_ms: int, rng: random.Random) -> ExecutionRecord:
    function = FUNCTIONS[index % len(FUNCTIONS)]
    status = rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
    start = now_ms - int(30 * DAY_MS * (1 - index / 100_000)) - rng.randint(0, 60_000)
    name = f"order-{index:06d}"
    done = status != "RUNNING"
    return ExecutionRecord(
        arn=f"arn:aws:lambda:us-east-1:123456789012:function:{function}:$LATEST"
        f"/durable-execution/{name}/{index:032x}",
        function_name=function,
        version="$LATEST",
        name=name,
        execution_id=f"{index:032x}",
        kind="durable",
        status=status,
        input_payload=json.dumps({"order": index, "lines": [1, 2, 3]}),
        start_ms=start,
        timeout_s=86_400,
        retention_days=90,
        gate="done" if done else "idle",
        end_ms=start + rng.randint(200, 900_000) if done else None,
    )


def review_callback(record: ExecutionRecord) -> list[OperationRecord]:
    start = record.start_ms + 1000
    return [
        OperationRecord("ctx", 1, "CONTEXT", "STARTED", start, name="review order"),
        OperationRecord(
            "cb",
            2,
            "CALLBACK",
            "STARTED",
            start,
            parent_id="ctx",
            name="review order create callback id",
            details={"CallbackId": f"cb-{record.execution_id}", "_Timeout": 0, "_Heartbeat": 0},
        ),
    ]


def fill(path: Path, count: int, reviews: int) -> None:
    store = SqliteStore(path, synchronous="OFF")
    rng = random.Random(7)
    now = int(time.time() * 1000)
    began = time.perf_counter()

    def register(tx: SqliteTransaction) -> None:
        for name in FUNCTIONS:
            tx.put_function(_function(name))

    store.write(register)
    for first in range(0, count, BATCH):
        records = [make_execution(i, now, rng) for i in range(first, min(first + BATCH, count))]

        def insert(tx: SqliteTransaction, records: list[ExecutionRecord] = records) -> None:
            for record in records:
                tx.insert_execution(record)

        store.write(insert)
    running = store.read(
        lambda tx: tx.list_executions(ExecutionFilter(statuses=("RUNNING",), limit=reviews))
    )

    def open_reviews(tx: SqliteTransaction) -> None:
        for record in running:
            for operation in review_callback(record):
                tx.save_operation(record.arn, operation)

    store.write(open_reviews)
    store.close()
    print(
        f"filled {count} executions ({len(running)} waiting reviews) "
        f"in {time.perf_counter() - began:.1f} s",
        flush=True,
    )


def _function(name: str) -> Any:
    from lamina.store.records import FunctionRecord

    config = {
        "name": name,
        "handler": "app.handler",
        "durable": True,
        "timeout": 30,
        "runtime": "python3.13",
        "execution_timeout": 86_400,
        "retention_days": 90,
        "code_dir": "/nonexistent",
        "environment": {},
        "memory_size": 128,
    }
    return FunctionRecord(name, config)


def serve(database_url: str, log: Path) -> tuple[subprocess.Popen[str], int]:
    process = subprocess.Popen(
        [LAMINA, "run", "--database-url", database_url, "--port", "0", "--concurrency", "1"],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        match = re.search(r"API: http://[^:]+:(\d+)", log.read_text())
        if match:
            return process, int(match.group(1))
        time.sleep(0.1)
    raise SystemExit(f"lamina run did not start: {log.read_text()}")


def measure(port: int, path: str, requests: int) -> tuple[float, float, int]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    cookie = ""
    timings = []
    status = 0
    for attempt in range(requests + 2):
        began = time.perf_counter()
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        answer = connection.getresponse()
        answer.read()
        elapsed = (time.perf_counter() - began) * 1000
        status = answer.status
        cookie = (answer.getheader("set-cookie") or cookie).split(";")[0]
        if attempt >= 2:
            timings.append(elapsed)
    connection.close()
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95 + 0.5) - 1)]
    return statistics.median(timings), p95, status


def older_page(port: int) -> str:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", "/console/?status=SUCCEEDED")
    body = connection.getresponse().read().decode()
    connection.close()
    match = re.search(r'href="/console/\?([^"]*after=[^"]*)" rel="next"', body)
    return "/console/?" + match.group(1).replace("&amp;", "&") if match else "/console/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--executions", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=200)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--db-dir", default=tempfile.gettempdir())
    parser.add_argument("--keep", action="store_true", help="Keep the database file.")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="console-bench-", dir=options.db_dir))
    path = folder / "lamina.db"
    fill(path, options.executions, options.reviews)
    process, port = serve(f"sqlite:///{path}", folder / "server.log")
    pages = {
        "executions, first page": "/console/",
        "table fragment (the 2 s poll)": "/console/executions/table",
        "filtered by status (FAILED)": "/console/?status=FAILED",
        "filtered by function": "/console/?function=fn-3",
        "function + status (RUNNING)": "/console/?function=fn-3&status=RUNNING",
        "started between (one day)": "/console/?started_from="
        + time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() - 10 * 86400))
        + "&started_to="
        + time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() - 9 * 86400)),
        "name search (10 matches)": "/console/?search=order-0999",
        "name search (no match: full scan)": "/console/?search=nothing-like-this",
        "older page (keyset)": older_page(port),
        "review inbox (200 items)": "/console/inbox",
        "functions": "/console/functions",
        "overview": "/console/overview",
        "/metrics": "/metrics",
    }
    try:
        print(f"{'page':40} {'p50 ms':>8} {'p95 ms':>8}  status")
        for label, page in pages.items():
            p50, p95, status = measure(port, page, options.requests)
            print(f"{label:40} {p50:8.1f} {p95:8.1f}  {status}", flush=True)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        if not options.keep:
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()


if __name__ == "__main__":
    main()
