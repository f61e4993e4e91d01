"""How a transaction sends its statements: writes are held until the next read or the end of
the work, then sent as few statements as the dialect allows.

Every statement costs the client about the same, whatever it holds: on PostgreSQL a trip
through the driver, on SQLite a step that lets go of the interpreter's lock and must take it
back from the threads that took it meanwhile. So an operation saved twice in one piece of work
(a step's START, then its SUCCEED) is written once, as it ended up; the rows of one table
written in a row go as one multi-row INSERT; and PostgreSQL also joins writes to different
tables (`_combined`).

A transaction of a group (`savepoint=True`) opens a savepoint before it sends writes while its
work still runs (a read came after them), so that the work can still fail alone; a work that
only reads before it returns needs none.

A checkpoint that goes on from its view (`Transaction.expect_view`) has the view checked by
its execution's UPDATE, sent first among its writes with the view's conditions in its WHERE:
if it finds no row, the view did not hold and the transaction fails (`StaleView` on SQLite,
SQLSTATE LM001 on PostgreSQL) before any of its writes is in; the store runs the work again
and it reads afresh. Writes that do not update the execution are checked by a statement of
their own, sent first.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from lamina.store.records import OperationRecord

# Operation fields written as they are (details is JSON, the ARN comes from the caller).
OPERATION_FIELDS = [f for f in OperationRecord.__dataclass_fields__ if f != "details"]
Write = tuple[str, dict[str, Any]]
# A statement to send: its SQL and its parameters, as the dialect's `_send` takes them.
Statement = tuple[str, Any]
# One encoder for every call: `json.dumps` with separators builds a new one each time.
_COMPACT = json.JSONEncoder(separators=(",", ":"))


def compact(value: Any) -> str:
    return _COMPACT.encode(value)


class StaleView(Exception):
    """A view a write went on from did not hold: the write runs again, reading afresh."""


class HeldWrites:
    # ---- what each dialect supplies

    _queries: Mapping[str, str]  # its named queries (with `view_holds_where`, `view_check`)
    _param: str  # a parameter in its SQL, the name as group 1
    _max_params: int  # parameters one statement may bind

    def _send(self, sql: str, params: Any = None) -> Any:
        """One statement, sent now: its cursor."""
        raise NotImplementedError

    def _mark(self, name: str) -> str:
        """How the dialect writes the parameter `name` in SQL."""
        raise NotImplementedError

    def _combined(self, writes: list[Write]) -> list[Statement]:
        """Writes, in order, as the statements to send."""
        return list(writes)

    # ---- the transaction's statements

    def _hold_writes(self, savepoint: bool = False) -> None:
        self._savepoint = savepoint
        self.wrote_early = False
        # A checkpoint's view, checked by the first statement of its writes (its parameters).
        self._view: dict[str, Any] | None = None
        # Operations saved but not yet written: (arn, op_id) -> (arn, the operation).
        self._unsaved: dict[tuple[str, str], tuple[str, OperationRecord]] = {}
        self._writes: list[Write] = []

    def _execute(self, sql: str, params: Any = None) -> Any:
        """A read: it sees every write made before it."""
        self._before_read()
        return self._send(sql, params)

    def _before_read(self) -> None:
        """Send the writes held so far, in a savepoint if the work may still fail alone."""
        if self._writes or self._unsaved:
            if self._savepoint and not self.wrote_early:
                self._send("SAVEPOINT write")
                self.wrote_early = True
            self.flush()

    def _one(self, query: str, **params: Any) -> Any:
        return self._execute(self._queries[query], params).fetchone()

    def _all(self, query: str, **params: Any) -> list[Any]:
        return list(self._execute(self._queries[query], params).fetchall())

    def _sql_rows(self, sql: str, params: Mapping[str, Any]) -> list[Any]:
        """A read built here (a listing's filter): its rows."""
        return list(self._execute(sql, params).fetchall())

    def _hold(self, sql: str, params: dict[str, Any]) -> None:
        """A write, held until the next read or the end, after the operations saved before
        it (in the order they were made)."""
        self._hold_operations()
        self._writes.append((sql, params))

    def _run(self, query: str, **params: Any) -> None:
        self._hold(self._queries[query], params)

    def _many(self, query: str, rows: list[dict[str, Any]]) -> None:
        """A named single-row INSERT for each of `rows`."""
        self._hold_operations()
        self._writes.extend(self._inserts(query, rows))

    def _sql(self, sql: str, params: Mapping[str, Any]) -> None:
        """A write built here (an INSERT, an UPDATE of some columns); its answer is not read."""
        self._hold(sql, dict(params))

    def save_operation(self, arn: str, operation: OperationRecord) -> None:
        self._unsaved[(arn, operation.op_id)] = (arn, operation)

    def _check_view(self, check: dict[str, Any]) -> None:
        """Check with the writes that follow that a view holds (`check`: its parameters)."""
        if self._view is None and not (self._writes or self._unsaved):
            self._view = check
        else:  # writes held before it: the check goes after them, on its own
            self._hold(self._queries["view_check"], check)

    def flush(self) -> None:
        """Send the writes held so far."""
        writes = self._pending()
        self._drop_held()
        for sql, params in self._combined(writes):
            self._send(sql, params)

    def holds_writes(self) -> bool:
        return bool(self._writes or self._unsaved or self._view)

    def _pending(self) -> list[Write]:
        """The writes held so far, as they go: the view's check with the first."""
        self._hold_operations()
        if self._view is None:
            return list(self._writes)
        return self._view_checked(self._writes, self._view)

    def _drop_held(self) -> None:
        self._writes, self._view, self._unsaved = [], None, {}

    def _view_checked(self, writes: list[Write], check: dict[str, Any]) -> list[Write]:
        """`writes`, the first of them checking the view: its execution's UPDATE with the
        view's conditions, or else the check on its own."""
        updates = f"WHERE arn = {self._mark('arn')}"
        for n, (sql, params) in enumerate(writes):
            if params.get("arn") == check["arn"] and sql.startswith("UPDATE executions SET ") \
                    and sql.endswith(updates):
                guarded = {**params, **{f"view_{k}": v for k, v in check.items()}}
                where = _view_where(self._queries["view_holds_where"])
                return [(sql + where, guarded), *writes[:n], *writes[n + 1 :]]
        return [(self._queries["view_check"], check), *writes]

    def _hold_operations(self) -> None:
        if not self._unsaved:
            return
        unsaved, self._unsaved = self._unsaved, {}
        rows = []
        for arn, op in unsaved.values():
            row = {name: getattr(op, name) for name in OPERATION_FIELDS}
            row.update(arn=arn, details=compact(op.details))
            rows.append(row)
        self._writes.extend(self._inserts("save_operation", rows))

    def _inserts(self, query: str, rows: list[dict[str, Any]]) -> list[Write]:
        """The named single-row INSERT for `rows`, as one statement of many rows per chunk."""
        if not rows:
            return []
        sql = self._queries[query]
        if len(rows) == 1:
            return [(sql, rows[0])]
        chunk_rows = max(1, self._max_params // len(rows[0]))
        statements = []
        for start in range(0, len(rows), chunk_rows):
            chunk = rows[start : start + chunk_rows]
            if len(chunk) == 1:
                statements.append((sql, chunk[0]))
                continue
            params = {f"{k}_{n}": v for n, row in enumerate(chunk) for k, v in row.items()}
            statements.append((rows_statement(sql, len(chunk), self._param, self._mark("{}")),
                               params))
        return statements


@functools.lru_cache(maxsize=4)
def _view_where(fragment: str) -> str:
    """A dialect's `view_holds_where` without its comments, to append to an UPDATE."""
    return "\n" + "\n".join(
        line for line in fragment.splitlines() if not line.lstrip().startswith("--")
    )


@functools.lru_cache(maxsize=128)
def rows_statement(sql: str, count: int, param: str, mark: str) -> str:
    """The single-row `INSERT ... VALUES (...)` with `count` rows, the parameters of row n
    renamed `<name>_<n>` (`param` finds a parameter, `mark` writes one)."""
    values = re.search(rf"VALUES\s*(\((?:{param}|[^()])*\))", sql, re.IGNORECASE)
    if values is None:
        raise ValueError(f"not a single-row INSERT ... VALUES (...): {sql[:60]!r}")
    row, pattern = values.group(1), re.compile(param)
    rows = ", ".join(
        pattern.sub(lambda m, n=n: mark.format(f"{m.group(1)}_{n}"), row) for n in range(count)
    )
    return sql[: values.start(1)] + rows + sql[values.end(1) :]
