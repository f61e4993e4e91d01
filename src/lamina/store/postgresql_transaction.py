"""The `Transaction` of the PostgreSQL store: the domain reads and writes in its SQL dialect.

In a write transaction (`locking=True`) every read of an execution locks its row, and the
claims of ready executions, expired leases and due timers skip rows locked elsewhere, so
many processes share the journal without lost updates or double claims.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import psycopg
from psycopg.rows import DictRow

from lamina.functions.config import FunctionConfig
from lamina.store.function_queries import version_query, version_row
from lamina.store.queries import load_queries
from lamina.store.records import (
    CHECKPOINT_TIMERS,
    CheckpointView,
    ExecutionRecord,
    OperationRecord,
    TimerRecord,
)
from lamina.store.shared_queries import SharedQueries, compact

_Q = load_queries("postgresql")
# The SQLSTATE with which `lamina_expect_view` fails a transaction whose view did not hold.
STALE_VIEW = "LM001"
# Rows per multi-row INSERT: well under the protocol's 65,535 parameters per statement.
_ROWS_PER_STATEMENT = 1000
_VALUES = re.compile(r"VALUES\s*(\((?:%\(\w+\)s|[^()])*\))", re.IGNORECASE)
_PARAM = re.compile(r"%\((\w+)\)s")


@functools.lru_cache(maxsize=64)
def _rows_statement(query: str, count: int) -> str:
    """The named single-row INSERT ... VALUES (...) with `count` rows, the parameters of row n
    renamed `<name>_<n>`."""
    sql = _Q[query]
    values = _VALUES.search(sql)
    if values is None:
        raise ValueError(f"query {query!r} has no VALUES (...) to repeat")
    row = values.group(1)
    rows = ", ".join(_PARAM.sub(rf"%(\g<1>_{n})s", row) for n in range(count))
    return sql[: values.start(1)] + rows + sql[values.end(1) :]


def _inserts(query: str, rows: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """The named single-row INSERT for `rows`, as one statement of many rows per chunk
    (`executemany` costs about a statement per row on the client)."""
    statements = []
    for start in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[start : start + _ROWS_PER_STATEMENT]
        if len(chunk) == 1:
            statements.append((_Q[query], chunk[0]))
        else:
            params = {f"{k}_{n}": v for n, row in enumerate(chunk) for k, v in row.items()}
            statements.append((_rows_statement(query, len(chunk)), params))
    return statements


_TABLE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)


def combined(writes: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """Writes, in order, as few statements: consecutive INSERTs, UPDATEs and DELETEs of
    different tables become one statement of data-modifying WITH clauses (each statement costs
    the client and the server about the same, whatever it holds).

    The clauses of one statement all see the database as it was before it, so a write joins
    only if no write of the statement touches its table; anything else (a SELECT) goes alone.
    """
    statements: list[tuple[str, dict[str, Any]]] = []
    group: list[tuple[str, dict[str, Any]]] = []
    tables: set[str] = set()

    def close() -> None:
        if len(group) == 1:
            statements.append(group[0])
        elif group:
            sql = _with_statement(tuple(sql for sql, _ in group))
            params = {f"w{n}_{k}": v for n, (_, p) in enumerate(group) for k, v in p.items()}
            statements.append((sql, params))
        group.clear()
        tables.clear()

    for sql, params in writes:
        table = None if "--" in sql else _TABLE.match(sql)  # a comment could swallow a ")"
        if table is None or table.group(1).lower() in tables:
            close()
        if table is None:
            statements.append((sql, params))
            continue
        group.append((sql, params))
        tables.add(table.group(1).lower())
    close()
    return statements


@functools.lru_cache(maxsize=256)
def _with_statement(sqls: tuple[str, ...]) -> str:
    clauses = []
    for n, sql in enumerate(sqls):
        body = _PARAM.sub(rf"%(w{n}_\g<1>)s", sql.strip().rstrip(";"))
        clauses.append(f"w{n} AS ({body})")
    return f"WITH {', '.join(clauses)} SELECT 1"


# Operation fields written as they are (details is JSON, the ARN comes from the caller).
_OPERATION_FIELDS = [f for f in OperationRecord.__dataclass_fields__ if f != "details"]


class PostgresTransaction(SharedQueries):
    """`savepoint`: in a group's transaction, open a savepoint before the first statement
    the work sends (`sent_early` then says so), so that its writes can be rolled back alone
    should it raise later. A work that only writes sends nothing until it returns, and
    needs none."""

    def __init__(
        self, conn: psycopg.Connection[DictRow], locking: bool, savepoint: bool = False
    ) -> None:
        self._conn = conn
        self._locking = locking
        self._savepoint = savepoint
        self.sent_early = False
        # Operations saved but not yet written: (arn, op_id) -> (arn, the operation).
        self._unsaved: dict[tuple[str, str], tuple[str, OperationRecord]] = {}
        # Writes whose answer is not read, held until the next read or the end.
        self._writes: list[tuple[str, dict[str, Any]]] = []

    def _send(self, sql: str, params: Any = None) -> psycopg.Cursor[DictRow]:
        if self._savepoint and not self.sent_early:
            self._conn.execute("SAVEPOINT write")
            self.sent_early = True
        return self._conn.execute(sql, params)

    def _execute(self, sql: str, params: Any = None) -> psycopg.Cursor[DictRow]:
        """A read: it sees every write made before it."""
        self.flush()
        return self._send(sql, params)

    def _one(self, query: str, **params: Any) -> DictRow | None:
        return self._execute(_Q[query], params).fetchone()

    def _all(self, query: str, **params: Any) -> list[DictRow]:
        return self._execute(_Q[query], params).fetchall()

    def _hold(self, sql: str, params: dict[str, Any]) -> None:
        """A write, held until the next read or the end, after the operations saved before
        it (in the order they were made)."""
        self._hold_operations()
        self._writes.append((sql, params))

    def _run(self, query: str, **params: Any) -> None:
        self._hold(_Q[query], params)

    def _many(self, query: str, rows: list[dict[str, Any]]) -> None:
        self._hold_operations()
        self._writes.extend(_inserts(query, rows))

    def _sql(self, sql: str, params: Mapping[str, Any]) -> None:
        self._hold(sql, dict(params))

    def _sql_rows(self, sql: str, params: Mapping[str, Any]) -> list[DictRow]:
        return self._execute(sql, params).fetchall()

    def _mark(self, name: str) -> str:
        return f"%({name})s"

    def _contains(self, column: str, mark: str) -> str:
        return f"strpos({column}, {mark}) > 0"

    def _id_starts(self, mark: str) -> str:
        return f"starts_with(right(arn, 36), {mark})"

    def _blob(self, text: str) -> Any:
        return text.encode()

    def _unblob(self, value: Any) -> str:
        return bytes(value).decode()

    def _pick(self, read: str, write: str) -> str:
        return write if self._locking else read

    def flush(self) -> None:
        """Send the writes held so far, as few statements as they allow (`combined`).

        An operation saved twice in a row (a step's START, then its SUCCEED in the same
        checkpoint) is written once, as it ended up.
        """
        self._hold_operations()
        writes, self._writes = self._writes, []
        for sql, params in combined(writes):
            self._send(sql, params)

    def _hold_operations(self) -> None:
        if not self._unsaved:
            return
        unsaved, self._unsaved = self._unsaved, {}
        rows = []
        for arn, op in unsaved.values():
            row = {name: getattr(op, name) for name in _OPERATION_FIELDS}
            row.update(arn=arn, details=compact(op.details))
            rows.append(row)
        self._writes.extend(_inserts("save_operation", rows))

    # operations: held until the next write or read, so a START and its end write once

    def save_operation(self, arn: str, operation: OperationRecord) -> None:
        self._unsaved[(arn, operation.op_id)] = (arn, operation)

    def checkpoint_view(self, arn: str, op_ids: Sequence[str], now_ms: int) -> CheckpointView:
        """The three queries go out before any answer is read: one round trip. The
        operations and timers are read after the execution's row is locked (statements run
        in order)."""
        query = self._pick("get_execution", "get_execution_locked")
        execution = self._execute(_Q[query], {"arn": arn})
        operations = (
            self._send(_Q["get_operations"], {"arn": arn, "op_ids": list(op_ids)})
            if op_ids else None
        )
        timers = self._send(
            _Q["due_timers_of"], {"arn": arn, "now": now_ms, "kinds": list(CHECKPOINT_TIMERS)}
        )
        found = self._execution(execution.fetchone())
        rows = operations.fetchall() if operations is not None else []
        due = [TimerRecord.from_row(r) for r in timers.fetchall()]
        if found is None:
            return CheckpointView(None, {}, [])
        return CheckpointView(found, {r["op_id"]: OperationRecord.from_row(r) for r in rows}, due)

    def invocation_inputs(
        self, execution: ExecutionRecord
    ) -> tuple[list[OperationRecord], FunctionConfig | None]:
        """Both reads go out before either answer is read: one round trip."""
        self.flush()
        operations = (
            self._send(_Q["all_operations"], {"arn": execution.arn})
            if execution.kind == "durable" else None
        )
        query, params = version_query(execution.function_name, execution.version)
        config = self._send(_Q[query], params)
        rows = operations.fetchall() if operations is not None else []
        return (
            [OperationRecord.from_row(r) for r in rows],
            version_row(execution.version, config.fetchone()),
        )

    def expect_view(self, view: CheckpointView, absent: Sequence[str], now_ms: int) -> bool:
        """Sent with the writes, its answer never read: the server fails the transaction
        (STALE_VIEW) if the view does not hold, and the store runs the write again."""
        self._hold(_Q["expect_view"], self._view_check(view, absent, now_ms))
        return True

    # functions

    def lock_function(self, name: str) -> bool:
        return self._one("lock_function", name=name) is not None
