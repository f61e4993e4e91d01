"""The `Transaction` of the PostgreSQL store: the domain reads and writes in its SQL dialect.

In a write transaction (`locking=True`) every read of an execution locks its row, and the
claims of ready executions, expired leases and due timers skip rows locked elsewhere, so
many processes share the journal without lost updates or double claims.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import psycopg
from psycopg.rows import DictRow

from lamina.store.queries import load_queries
from lamina.store.records import (
    EventRecord,
    ExecutionFilter,
    ExecutionRecord,
    LogLineRecord,
    OperationRecord,
    TimerRecord,
)
from lamina.store.shared_queries import SharedQueries

_Q = load_queries("postgresql")
# Execution columns kept in `payloads` rather than on the hot row.
_EXECUTION_COLUMNS = [
    f for f in ExecutionRecord.__dataclass_fields__ if f not in ("input_payload", "result")
]
_COLUMN_SET = frozenset(_EXECUTION_COLUMNS) - {"arn"}
# Operation fields written as they are (details is JSON, the ARN comes from the caller).
_OPERATION_FIELDS = [f for f in OperationRecord.__dataclass_fields__ if f != "details"]
_INSERT_EXECUTION = (
    f"INSERT INTO executions ({', '.join(_EXECUTION_COLUMNS)}) "
    f"VALUES ({', '.join(f'%({c})s' for c in _EXECUTION_COLUMNS)})"
)


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _text(value: bytes) -> str:
    return bytes(value).decode()


class PostgresTransaction(SharedQueries):
    def __init__(self, conn: psycopg.Connection[DictRow], locking: bool) -> None:
        self._conn = conn
        self._locking = locking
        # Operations saved but not yet written: (arn, op_id) -> (arn, the operation).
        self._unsaved: dict[tuple[str, str], tuple[str, OperationRecord]] = {}

    def _execute(self, sql: str, params: Any = None) -> psycopg.Cursor[DictRow]:
        self.flush()  # every statement sees the operations saved before it
        return self._conn.execute(sql, params)

    def _one(self, query: str, **params: Any) -> DictRow | None:
        return self._execute(_Q[query], params).fetchone()

    def _all(self, query: str, **params: Any) -> list[DictRow]:
        return self._execute(_Q[query], params).fetchall()

    def _run(self, query: str, **params: Any) -> None:
        self._execute(_Q[query], params)

    def flush(self) -> None:
        """Write the operations saved since the last statement.

        An operation saved twice in a row (a step's START, then its SUCCEED in the same
        checkpoint) is written once, as it ended up.
        """
        unsaved, self._unsaved = self._unsaved, {}
        for arn, op in unsaved.values():
            row = {name: getattr(op, name) for name in _OPERATION_FIELDS}
            row.update(arn=arn, details=_compact(op.details))
            self._conn.execute(_Q["save_operation"], row)

    def _pick(self, read: str, write: str) -> str:
        return write if self._locking else read

    # executions

    def _execution(self, row: DictRow | None, payloads: bool = False) -> ExecutionRecord | None:
        if row is None:
            return None
        values = {k: row[k] for k in _EXECUTION_COLUMNS}
        values["error"] = json.loads(row["error"]) if row["error"] else None
        values["input_payload"] = self._payload(row["arn"], "input") if payloads else None
        values["result"] = self._payload(row["arn"], "result") if payloads else None
        return ExecutionRecord(**values)

    def _executions(self, rows: list[DictRow]) -> list[ExecutionRecord]:
        return [e for e in (self._execution(r) for r in rows) if e is not None]

    def _payload(self, arn: str, kind: str) -> str | None:
        row = self._one("get_payload", arn=arn, kind=kind)
        return None if row is None else _text(row["body"])

    def get_execution(self, arn: str, payloads: bool = False) -> ExecutionRecord | None:
        row = self._one(self._pick("get_execution", "get_execution_locked"), arn=arn)
        return self._execution(row, payloads)

    def find_execution(self, function_name: str, name: str) -> ExecutionRecord | None:
        query = self._pick("find_execution", "find_execution_locked")
        row = self._one(query, function_name=function_name, name=name)
        return self._execution(row, payloads=True)

    def insert_execution(self, execution: ExecutionRecord) -> None:
        row = {c: getattr(execution, c) for c in _EXECUTION_COLUMNS}
        self._note_inserted(execution.gate)
        row["error"] = _compact(execution.error) if execution.error is not None else None
        self._execute(_INSERT_EXECUTION, row)
        body = (execution.input_payload or "").encode()
        self._run("put_payload", arn=execution.arn, kind="input", body=body)

    def update_execution(self, arn: str, changes: Mapping[str, Any]) -> None:
        columns = [c for c in changes if c in _COLUMN_SET]
        unknown = set(changes) - _COLUMN_SET - {"result"}
        if unknown:
            raise ValueError(f"not execution fields: {sorted(unknown)}")
        self._note_changed(changes)
        if columns:
            values = {c: changes[c] for c in columns}
            if values.get("error") is not None:
                values["error"] = _compact(values["error"])
            sets = ", ".join(f"{c} = %({c})s" for c in columns)
            self._execute(
                f"UPDATE executions SET {sets} WHERE arn = %(arn)s", {**values, "arn": arn}
            )
        if changes.get("result") is not None:
            body = str(changes["result"]).encode()
            self._run("put_payload", arn=arn, kind="result", body=body)

    def next_ready_execution(
        self, now_ms: int, skip_functions: Collection[str] = ()
    ) -> ExecutionRecord | None:
        query = self._pick("next_ready_execution", "claim_ready_execution")
        return self._execution(self._one(query, now=now_ms, skip=list(skip_functions)))

    def expired_leases(self, now_ms: int, limit: int) -> list[ExecutionRecord]:
        query = self._pick("expired_leases", "claim_expired_leases")
        return self._executions(self._all(query, now=now_ms, limit=limit))

    def list_executions(self, query: ExecutionFilter) -> list[ExecutionRecord]:
        where, params = _execution_filter(query)
        direction = "ASC" if query.oldest_first else "DESC"
        sql = (
            f"SELECT * FROM executions WHERE {' AND '.join(where)} "
            f"ORDER BY start_ms {direction}, arn {direction} LIMIT %(limit)s"
        )
        return self._executions(self._execute(sql, params).fetchall())

    def expired_executions(self, now_ms: int, limit: int) -> list[str]:
        query = self._pick("expired_executions", "claim_expired_executions")
        return [str(r["arn"]) for r in self._all(query, now=now_ms, limit=limit)]

    def delete_execution(self, arn: str) -> None:
        for query in ("payloads", "operations", "events", "callbacks", "logs", "timers"):
            self._run(f"delete_{query}", arn=arn)
        self._run("delete_execution", arn=arn)

    # operations

    def get_operations(self, arn: str, op_ids: Sequence[str]) -> dict[str, OperationRecord]:
        if not op_ids:
            return {}
        rows = self._all("get_operations", arn=arn, op_ids=list(op_ids))
        return {r["op_id"]: OperationRecord.from_row(r) for r in rows}

    def save_operation(self, arn: str, operation: OperationRecord) -> None:
        self._unsaved[(arn, operation.op_id)] = (arn, operation)

    # history

    def append_events(self, arn: str, events: Sequence[EventRecord]) -> None:
        rows = [
            {
                "arn": arn,
                "event_id": e.event_id,
                "event_type": e.event_type,
                "ts_ms": e.timestamp_ms,
                "body": _compact(e.body),
            }
            for e in events
        ]
        self.flush()
        with self._conn.cursor() as cursor:
            cursor.executemany(_Q["append_event"], rows)

    # timers

    def due_timers(self, now_ms: int, limit: int) -> list[TimerRecord]:
        query = self._pick("due_timers", "claim_due_timers")
        return [TimerRecord.from_row(r) for r in self._all(query, now=now_ms, limit=limit)]

    def due_timers_of(self, arn: str, now_ms: int, kinds: Sequence[str]) -> list[TimerRecord]:
        rows = self._all("due_timers_of", arn=arn, now=now_ms, kinds=list(kinds))
        return [TimerRecord.from_row(r) for r in rows]

    # functions

    def lock_function(self, name: str) -> bool:
        return self._one("lock_function", name=name) is not None

    # logs

    def append_logs(self, lines: Sequence[LogLineRecord]) -> None:
        rows = [
            {
                "arn": x.execution_arn,
                "ts_ms": x.timestamp_ms,
                "request_id": x.request_id,
                "line": x.line.encode(),
            }
            for x in lines
        ]
        self.flush()
        with self._conn.cursor() as cursor:
            cursor.executemany(_Q["append_log"], rows)

    def logs_of(self, arn: str) -> list[LogLineRecord]:
        return [
            LogLineRecord(r["arn"], r["seq"], r["ts_ms"], r["request_id"], _text(r["line"]))
            for r in self._all("logs_of", arn=arn)
        ]


def _execution_filter(query: ExecutionFilter) -> tuple[list[str], dict[str, Any]]:
    """The WHERE terms and parameters of a listing, as the SQLite store builds them."""
    where: list[str] = ["TRUE"]
    params: dict[str, Any] = {"limit": query.limit}
    if not query.include_plain:
        where.append("kind = 'durable'")
    if query.function_name is not None:
        where.append("function_name = %(function_name)s")
        params["function_name"] = query.function_name
    if query.statuses:
        where.append("status = ANY(%(statuses)s)")
        params["statuses"] = list(query.statuses)
    if query.name is not None:
        where.append("name = %(name)s")
        params["name"] = query.name
    if query.name_contains:
        where.append("strpos(name, %(name_contains)s) > 0")
        params["name_contains"] = query.name_contains
    if query.id_prefix:
        # Execution ids are UUIDs: the ARN's last 36 characters.
        where.append("starts_with(right(arn, 36), %(id_prefix)s)")
        params["id_prefix"] = query.id_prefix
    if query.started_after_ms is not None:
        where.append("start_ms >= %(after)s")
        params["after"] = query.started_after_ms
    if query.started_before_ms is not None:
        where.append("start_ms <= %(before)s")
        params["before"] = query.started_before_ms
    if query.after_key is not None:
        op = ">" if query.oldest_first else "<"
        where.append(f"(start_ms, arn) {op} (%(key_ms)s, %(key_arn)s)")
        params["key_ms"], params["key_arn"] = query.after_key
    return where, params
