"""The embedded SQLite store: WAL journal, one writer thread that groups commits.

Writers hand their work to the writer thread; it runs every queued piece of work in one
`BEGIN IMMEDIATE` transaction, each inside its own savepoint, and commits once. Many
executions' checkpoints then share one durable flush, which is what keeps the journal fast
when fsync is slow. Readers use their own connections (WAL lets them read while it writes).
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from lamina.errors import ServiceError
from lamina.store.base import WakeUps
from lamina.store.queries import load_queries, migration_scripts
from lamina.store.records import (
    EventRecord,
    ExecutionFilter,
    ExecutionRecord,
    LogLineRecord,
    OperationRecord,
    TimerRecord,
)
from lamina.store.shared_queries import SharedQueries

T = TypeVar("T")
log = logging.getLogger("lamina.store")

_Q = load_queries("sqlite")
# Execution columns kept in `payloads` rather than on the hot row.
_EXECUTION_COLUMNS = [
    f for f in ExecutionRecord.__dataclass_fields__ if f not in ("input_payload", "result")
]
_COLUMN_SET = frozenset(_EXECUTION_COLUMNS) - {"arn"}
_MAX_GROUP = 128


def connect(path: str, synchronous: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    # WAL: readers never block the writer; other processes may share the file.
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit is on disk before we answer (NORMAL could lose the last commits on power loss).
    conn.execute(f"PRAGMA synchronous={synchronous}")
    # Another process (a second server, the CLI) may hold the write lock for a moment.
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.execute("SELECT max(version) AS v FROM schema_version").fetchone()
        current = row["v"] or 0
        for number, script in migration_scripts("sqlite"):
            if number > current:
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
                current = number
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(current)


def _statements(script: str) -> list[str]:
    body = "\n".join(line for line in script.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


class SqliteTransaction(SharedQueries):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def _one(self, query: str, **params: Any) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self._conn.execute(_Q[query], params).fetchone()
        return row

    def _all(self, query: str, **params: Any) -> list[sqlite3.Row]:
        return self._conn.execute(_Q[query], params).fetchall()

    def _run(self, query: str, **params: Any) -> None:
        self._conn.execute(_Q[query], params)

    # executions

    def _execution(self, row: sqlite3.Row | None, payloads: bool = False) -> ExecutionRecord | None:
        if row is None:
            return None
        values = {k: row[k] for k in _EXECUTION_COLUMNS}
        values["error"] = json.loads(row["error"]) if row["error"] else None
        if values["pause_timeout"] is not None:
            values["pause_timeout"] = bool(values["pause_timeout"])
        values["input_payload"] = self._payload(row["arn"], "input") if payloads else None
        values["result"] = self._payload(row["arn"], "result") if payloads else None
        return ExecutionRecord(**values)

    def _payload(self, arn: str, kind: str) -> str | None:
        row = self._one("get_payload", arn=arn, kind=kind)
        return None if row is None else str(row["body"])

    def get_execution(self, arn: str, payloads: bool = False) -> ExecutionRecord | None:
        return self._execution(self._one("get_execution", arn=arn), payloads)

    def find_execution(self, function_name: str, name: str) -> ExecutionRecord | None:
        row = self._one("find_execution", function_name=function_name, name=name)
        return self._execution(row, payloads=True)

    def insert_execution(self, execution: ExecutionRecord) -> None:
        self._note_inserted(execution.gate)
        columns = ", ".join(_EXECUTION_COLUMNS)
        marks = ", ".join(f":{c}" for c in _EXECUTION_COLUMNS)
        self._conn.execute(
            f"INSERT INTO executions ({columns}) VALUES ({marks})", self._row(execution)
        )
        self._run(
            "put_payload", arn=execution.arn, kind="input", body=execution.input_payload or ""
        )

    def update_execution(self, arn: str, changes: Mapping[str, Any]) -> None:
        self._note_changed(changes)
        columns = [c for c in changes if c in _COLUMN_SET]
        unknown = set(changes) - _COLUMN_SET - {"result"}
        if unknown:
            raise ValueError(f"not execution fields: {sorted(unknown)}")
        if columns:
            values = {c: changes[c] for c in columns}
            if "error" in values:
                values["error"] = (
                    json.dumps(values["error"]) if values["error"] is not None else None
                )
            sets = ", ".join(f"{c} = :{c}" for c in columns)
            self._conn.execute(
                f"UPDATE executions SET {sets} WHERE arn = :arn", {**values, "arn": arn}
            )
        if changes.get("result") is not None:
            self._run("put_payload", arn=arn, kind="result", body=changes["result"])

    @staticmethod
    def _row(execution: ExecutionRecord) -> dict[str, Any]:
        row = {c: getattr(execution, c) for c in _EXECUTION_COLUMNS}
        row["error"] = json.dumps(execution.error) if execution.error is not None else None
        return row

    def next_ready_execution(
        self, now_ms: int, skip_functions: Collection[str] = ()
    ) -> ExecutionRecord | None:
        skip = json.dumps(list(skip_functions))
        return self._execution(self._one("next_ready_execution", now=now_ms, skip=skip))

    def expired_leases(self, now_ms: int, limit: int) -> list[ExecutionRecord]:
        rows = self._all("expired_leases", now=now_ms, limit=limit)
        return [e for e in (self._execution(r) for r in rows) if e is not None]

    def list_executions(self, query: ExecutionFilter) -> list[ExecutionRecord]:
        where: list[str] = ["1 = 1"]
        params: dict[str, Any] = {"limit": query.limit}
        if not query.include_plain:
            where.append("kind = 'durable'")
        if query.function_name is not None:
            where.append("function_name = :function_name")
            params["function_name"] = query.function_name
        if query.statuses:
            marks = ", ".join(f":s{i}" for i in range(len(query.statuses)))
            where.append(f"status IN ({marks})")
            params.update({f"s{i}": s for i, s in enumerate(query.statuses)})
        if query.name is not None:
            where.append("name = :name")
            params["name"] = query.name
        if query.name_contains:
            where.append("instr(name, :name_contains) > 0")
            params["name_contains"] = query.name_contains
        if query.id_prefix:
            # Execution ids are UUIDs: the ARN's last 36 characters.
            where.append("substr(arn, -36, length(:id_prefix)) = :id_prefix")
            params["id_prefix"] = query.id_prefix
        if query.started_after_ms is not None:
            where.append("start_ms >= :after")
            params["after"] = query.started_after_ms
        if query.started_before_ms is not None:
            where.append("start_ms <= :before")
            params["before"] = query.started_before_ms
        direction = "ASC" if query.oldest_first else "DESC"
        if query.after_key is not None:
            op = ">" if query.oldest_first else "<"
            where.append(f"(start_ms, arn) {op} (:key_ms, :key_arn)")
            params["key_ms"], params["key_arn"] = query.after_key
        sql = (
            f"SELECT * FROM executions WHERE {' AND '.join(where)} "
            f"ORDER BY start_ms {direction}, arn {direction} LIMIT :limit"
        )
        rows = self._conn.execute(sql, params).fetchall()
        return [e for e in (self._execution(r) for r in rows) if e is not None]

    def expired_executions(self, now_ms: int, limit: int) -> list[str]:
        return [str(r["arn"]) for r in self._all("expired_executions", now=now_ms, limit=limit)]

    def delete_execution(self, arn: str) -> None:
        for query in ("payloads", "operations", "events", "callbacks", "logs"):
            self._run(f"delete_{query}", arn=arn)
        self._run("delete_timers", arn=arn)
        self._run("delete_execution", arn=arn)

    # operations

    def get_operations(self, arn: str, op_ids: Sequence[str]) -> dict[str, OperationRecord]:
        if not op_ids:
            return {}
        marks = ", ".join("?" for _ in op_ids)
        rows = self._conn.execute(
            f"SELECT * FROM operations WHERE arn = ? AND op_id IN ({marks})", (arn, *op_ids)
        ).fetchall()
        return {r["op_id"]: OperationRecord.from_row(r) for r in rows}

    def save_operation(self, arn: str, operation: OperationRecord) -> None:
        self._run(
            "save_operation",
            arn=arn,
            op_id=operation.op_id,
            seq=operation.seq,
            type=operation.type,
            sub_type=operation.sub_type,
            name=operation.name,
            parent_id=operation.parent_id,
            status=operation.status,
            start_ms=operation.start_ms,
            end_ms=operation.end_ms,
            details=json.dumps(operation.details, separators=(",", ":")),
            change_seq=operation.change_seq,
            service_change=int(operation.service_change),
        )

    # history

    def append_events(self, arn: str, events: Sequence[EventRecord]) -> None:
        self._conn.executemany(
            _Q["append_event"],
            [
                {
                    "arn": arn,
                    "event_id": e.event_id,
                    "event_type": e.event_type,
                    "ts_ms": e.timestamp_ms,
                    "body": json.dumps(e.body, separators=(",", ":")),
                }
                for e in events
            ],
        )

    # timers

    def due_timers(self, now_ms: int, limit: int) -> list[TimerRecord]:
        return [TimerRecord.from_row(r) for r in self._all("due_timers", now=now_ms, limit=limit)]

    def due_timers_of(self, arn: str, now_ms: int, kinds: Sequence[str]) -> list[TimerRecord]:
        marks = ", ".join("?" for _ in kinds)
        rows = self._conn.execute(
            f"SELECT * FROM timers WHERE arn = ? AND due_ms <= ? AND kind IN ({marks}) "
            "ORDER BY due_ms",
            (arn, now_ms, *kinds),
        ).fetchall()
        return [TimerRecord.from_row(r) for r in rows]

    # functions

    def lock_function(self, name: str) -> bool:
        """SQLite has one writer at a time: the write transaction holds every row already."""
        return True

    # logs

    def append_logs(self, lines: Sequence[LogLineRecord]) -> None:
        self._conn.executemany(
            _Q["append_log"],
            [
                {
                    "arn": x.execution_arn,
                    "ts_ms": x.timestamp_ms,
                    "request_id": x.request_id,
                    "line": x.line,
                }
                for x in lines
            ],
        )

    def logs_of(self, arn: str) -> list[LogLineRecord]:
        return [
            LogLineRecord(r["arn"], r["seq"], r["ts_ms"], r["request_id"], r["line"])
            for r in self._all("logs_of", arn=arn)
        ]


class _Job:
    __slots__ = ("work", "future", "durable")

    def __init__(self, work: Callable[[SqliteTransaction], Any], durable: bool) -> None:
        self.work = work
        self.durable = durable
        self.future: Future[Any] = Future()


class SqliteStore:
    """A SQLite file shared by this process's threads (and by other processes)."""

    def __init__(self, path: Path, synchronous: str = "FULL") -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.url = f"sqlite:///{path}"
        self._synchronous = synchronous
        self._writer_conn = connect(str(path), synchronous)
        migrate(self._writer_conn)
        self._local = threading.local()
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._closed = False
        self.commits = 0  # durable commits so far: at most one per group of writes
        self._durable_mode = True
        self._writer = threading.Thread(
            target=self._write_loop, name="lamina-sqlite-writer", daemon=True
        )
        self._writer.start()

    def write(self, work: Callable[[SqliteTransaction], T], durable: bool = True) -> T:
        if self._closed:
            raise ServiceError("the store is closed")
        job = _Job(work, durable)
        self._jobs.put(job)
        result: T = job.future.result()
        return result

    def read(self, work: Callable[[SqliteTransaction], T]) -> T:
        conn = self._reader()
        conn.execute("BEGIN")
        try:
            return work(SqliteTransaction(conn))
        finally:
            conn.execute("COMMIT")

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(str(self.path), self._synchronous)
            self._local.conn = conn
        return conn

    def end_stalled_transactions(self, older_than_s: float) -> int:
        """SQLite's write lock is a file lock: it dies with the process that held it."""
        return 0

    def listen(self, wake_ups: WakeUps) -> None:
        """SQLite has no notifications: other processes' work is found by polling."""

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._jobs.put(None)
            self._writer.join(timeout=10)

    def _write_loop(self) -> None:
        while True:
            first = self._jobs.get()
            if first is None:
                self._writer_conn.close()
                return
            group = [first]
            while len(group) < _MAX_GROUP:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._jobs.put(None)
                    break
                group.append(more)
            self._commit_group(group)

    def _commit_group(self, group: list[_Job]) -> None:
        conn = self._writer_conn
        tx = SqliteTransaction(conn)
        outcomes: list[tuple[bool, Any]] = []
        durable = any(job.durable for job in group)
        try:
            if durable != self._durable_mode:
                # In WAL mode a NORMAL commit skips the fsync; the next FULL commit flushes it.
                conn.execute(f"PRAGMA synchronous={self._synchronous if durable else 'NORMAL'}")
                self._durable_mode = durable
            conn.execute("BEGIN IMMEDIATE")
            for job in group:
                tx.forget_news()  # each job's own
                conn.execute("SAVEPOINT job")
                try:
                    outcomes.append((True, job.work(tx)))
                    conn.execute("RELEASE job")
                except BaseException as error:  # each job fails alone
                    conn.execute("ROLLBACK TO job")
                    conn.execute("RELEASE job")
                    outcomes.append((False, error))
            conn.execute("COMMIT")
            self.commits += durable
        except BaseException as error:
            log.exception("group commit failed")
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            for job in group:
                job.future.set_exception(ServiceError(f"storage failure: {error}"))
            return
        for job, (ok, value) in zip(group, outcomes, strict=True):
            if ok:
                job.future.set_result(value)
            else:
                job.future.set_exception(value)
