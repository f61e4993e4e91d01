"""What SQLite reads for a claim, with no statistics gathered (Lamina never runs ANALYZE).

Without statistics SQLite picks an index by its shape. For the claim's read it chose
`executions_by_status`, every running execution (suspended ones too), and sorted them: a
worker's poll then cost about 16 ms with 100,000 executions waiting, instead of a few
microseconds on `executions_ready`, which holds only the ready ones.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lamina.store import open_store
from lamina.store.queries import load_queries

WAITING = 20_000


def test_a_claims_read_stays_on_the_ready_executions(tmp_path: Path) -> None:
    path = tmp_path / "lamina.db"
    open_store(f"sqlite:///{path}").close()  # the schema
    conn = sqlite3.connect(path)
    rows = [
        (f"arn-{n}", f"name-{n}", f"id-{n}", n, "ready" if n == WAITING // 2 else "idle", n)
        for n in range(WAITING)
    ]
    with conn:
        conn.executemany(
            "INSERT INTO executions (arn, function_name, version, name, execution_id, kind, "
            "status, start_ms, timeout_s, retention_days, gate, ready_ms) "
            "VALUES (?, 'fn', '$LATEST', ?, ?, 'durable', 'RUNNING', ?, 60, 1, ?, ?)",
            rows,
        )
    params = {"now": 10 * WAITING, "skip": "[]"}
    query = load_queries("sqlite")["next_ready_execution"]
    plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + query, params))
    assert "executions_ready" in plan and "executions_by_status" not in plan, plan
    assert [row[0] for row in conn.execute(query, params)] == [f"arn-{WAITING // 2}"]
    conn.close()

    store = open_store(f"sqlite:///{path}")
    try:
        ready = store.read(lambda tx: tx.next_ready_execution(10 * WAITING))
        assert ready is not None and ready.execution.arn == f"arn-{WAITING // 2}"
    finally:
        store.close()
