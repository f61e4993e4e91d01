"""The `Transaction` of the PostgreSQL store: the domain reads and writes in its SQL dialect.

In a write transaction (`locking=True`) every read of an execution locks its row, and the
claims of ready executions, expired leases and due timers skip rows locked elsewhere, so
many processes share the journal without lost updates or double claims.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
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
from lamina.store.shared_queries import SharedQueries
from lamina.store.statements import Statement, Write

_Q = load_queries("postgresql")
# The SQLSTATE with which `lamina_view_held` (or `lamina_expect_view`) fails a transaction
# whose view did not hold.
STALE_VIEW = "LM001"
_PARAM = re.compile(r"%\((\w+)\)s")
XID = "SELECT pg_current_xact_id()::text AS xid"
BEGIN = "BEGIN ISOLATION LEVEL READ COMMITTED"
# synchronous_commit off: the commit returns before its WAL is flushed (a crash may lose it).
NOT_DURABLE = "SET LOCAL synchronous_commit = off"
# Sent in a write that made news (delivered at its commit), its kinds as the payload;
# workers, schedulers and API servers LISTEN on it.
WAKE_CHANNEL = "lamina_wake"
Connection = psycopg.Connection[DictRow]
Cursor = psycopg.Cursor[DictRow]
# How an UPDATE that checks a view ends (queries.sql, `view_holds_where`).
_VIEW_HELD = "RETURNING true AS view_held"
assert _Q["view_holds_where"].endswith(_VIEW_HELD)
_LOCKS = re.compile(
    r"\bFOR\s+(UPDATE|SHARE|NO\s+KEY|KEY)\b|\blamina_|\bpg_(try_)?advisory", re.IGNORECASE
)
_TABLE = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)


def combined(writes: list[Write]) -> list[Statement]:
    """Writes, in order, as few statements: consecutive INSERTs, UPDATEs and DELETEs of
    different tables become one statement of data-modifying WITH clauses (each statement costs
    the client and the server about the same, whatever it holds).

    The clauses of one statement all see the database as it was before it, so a write joins
    only if no write of the statement touches its table; anything else (a SELECT) goes alone.
    An UPDATE that checks a view goes as a WITH statement even alone: its answer says whether
    it found its row.
    """
    statements: list[Statement] = []
    group: list[Write] = []
    tables: set[str] = set()

    def close() -> None:
        if len(group) == 1 and not group[0][0].endswith(_VIEW_HELD):
            statements.append(group[0])
        elif group:
            statements.append(_joined(group))
        group.clear()
        tables.clear()

    for sql, params in writes:
        table = _table(sql)
        if table is None or table in tables:
            close()
        if table is None:
            statements.append((sql, params))
            continue
        group.append((sql, params))
        tables.add(table)
    close()
    return statements


def as_transaction(writes: list[Write], news: str) -> Statement | None:
    """`writes` as one statement that is a transaction of its own, sent with no BEGIN and no
    COMMIT (PostgreSQL commits what it ran outside a transaction at the Sync that follows), or
    None if they do not join into one (`combined`). It fails if a view it checks did not
    hold, and sends `news` (if any) on `WAKE_CHANNEL` at its commit."""
    tables = {_table(sql) for sql, _ in writes}
    if not writes or None in tables or len(tables) < len(writes):
        return None
    return _joined(writes, news)


@functools.lru_cache(maxsize=256)
def _table(sql: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE writes; None for anything else."""
    found = None if "--" in sql else _TABLE.match(sql)  # a comment could swallow a ")"
    return found.group(1).lower() if found else None


def _joined(writes: list[Write], news: str | None = None) -> Statement:
    """Writes of different tables as one statement, which sends `news` if any; its
    parameters in the server's order."""
    sql, order = _with_statement(tuple(sql for sql, _ in writes), bool(news))
    extra = {"wake_channel": WAKE_CHANNEL, "news": news}
    return sql, [writes[n][1][name] if n >= 0 else extra[name] for n, name in order]


@functools.lru_cache(maxsize=1024)
def positional(sql: str) -> tuple[str, tuple[str, ...]]:
    """`sql` with PostgreSQL's own parameters (`$1`, `$2` ...) for its named ones, and the
    names in that order. The store's connections send their statements as they are
    (`psycopg.RawCursor`): psycopg parses no statement, whatever its parameters number
    (it parses again each time one with more than 50)."""
    order: dict[str, int] = {}

    def number(match: re.Match[str]) -> str:
        return f"${order.setdefault(match.group(1), len(order) + 1)}"

    return _PARAM.sub(number, sql).replace("%%", "%"), tuple(order)


def execute(
    conn: Connection, sql: str, params: Mapping[str, Any] | list[Any] | None = None
) -> Cursor:
    """`sql` with its named parameters `%(name)s` taken from `params`; or, if `params` is a
    list, `sql` in the server's own terms (`$1` ...) with its parameters in that order."""
    if isinstance(params, list):
        return conn.execute(sql, params)
    text, names = positional(sql)
    return conn.execute(text, [params[name] for name in names] if params else None)


@functools.lru_cache(maxsize=256)
def _with_statement(
    sqls: tuple[str, ...], notifies: bool = False
) -> tuple[str, tuple[tuple[int, str], ...]]:
    """One statement of the writes `sqls`, in the server's terms, and where each of its
    parameters comes from: (n, name) for write n's, (-1, name) for `wake_channel` and `news`
    (`notifies`: it sends the news). If one of the writes is an UPDATE that holds a view's
    conditions, its answer is the transaction's id, or the error that the view did not
    hold."""
    clauses = []
    answer = "1"
    for n, sql in enumerate(sqls):
        body = _PARAM.sub(rf"%(w{n}_\g<1>)s", sql.strip().rstrip(";"))
        clauses.append(f"w{n} AS ({body})")
        if sql.endswith(_VIEW_HELD):
            answer = f"lamina_view_held(EXISTS (SELECT FROM w{n}), %(w{n}_arn)s) AS xid"
    if notifies:
        answer += ", pg_notify(%(wake_channel)s, %(news)s)"
    text, names = positional(f"WITH {', '.join(clauses)} SELECT {answer}")
    return text, tuple(_source(name) for name in names)


def _source(name: str) -> tuple[int, str]:
    """`w<n>_<name>` as (n, name); any other name as (-1, name)."""
    found = re.fullmatch(r"w(\d+)_(\w+)", name)
    return (int(found.group(1)), found.group(2)) if found else (-1, name)


@functools.lru_cache(maxsize=256)
def _plain_read(sql: str) -> bool:
    """A SELECT that locks no row, takes no advisory lock and calls none of Lamina's
    functions (which may lock)."""
    return sql.lstrip().upper().startswith("SELECT") and _LOCKS.search(sql) is None


class Begin:
    """A write transaction's first statements, sent before any other, in a pipeline that
    `pipeline` ends. A write whose statements join into one sends none
    (`PostgresTransaction.alone`), and no pipeline either."""

    def __init__(self, conn: Connection, durable: bool, pipeline: ExitStack) -> None:
        self._conn = conn
        self.durable = durable
        self._pipeline = pipeline
        self.sent = False

    def __call__(self) -> None:
        if not self.sent:
            self.sent = True
            self._pipeline.enter_context(self._conn.pipeline())
            self._conn.execute(BEGIN)
            if not self.durable:
                self._conn.execute(NOT_DURABLE)


class TransactionId:
    """How a write transaction learns its id, to settle a COMMIT whose answer a lost connection
    took: asked for with its first read, or answered by the statement of writes that checks a
    checkpoint's view; if neither, asked for before COMMIT goes out."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.cursor: Cursor | None = None

    def ask(self) -> None:
        if self.cursor is None:
            self.cursor = self._conn.execute(XID)

    def answered_by(self, cursor: Cursor) -> None:
        if self.cursor is None:
            self.cursor = cursor

    def value(self) -> str:
        assert self.cursor is not None
        row = self.cursor.fetchone()
        assert row is not None
        return str(row["xid"])


class PostgresTransaction(SharedQueries):
    """`savepoint`: in a group's transaction (`HeldWrites`)."""

    _queries = _Q
    _param = _PARAM.pattern
    _max_params = 65_535  # the protocol's limit

    def __init__(
        self,
        conn: Connection,
        locking: bool,
        savepoint: bool = False,
        xid: TransactionId | None = None,
        begin: Begin | None = None,
    ) -> None:
        self._conn = conn
        self._locking = locking
        self._xid = xid
        self._begin = begin
        self._hold_writes(savepoint)

    def _send(self, sql: str, params: Any = None) -> Cursor:
        if self._begin is not None:
            self._begin()
        cursor = execute(self._conn, sql, params)
        if self._xid is not None and sql.endswith("AS xid"):
            self._xid.answered_by(cursor)
        return cursor

    def _execute(self, sql: str, params: Any = None) -> Cursor:
        if (self._begin is not None and not self._begin.sent and not self.holds_writes()
                and _plain_read(sql)):
            # Before any write, a read that locks nothing needs no transaction (each statement
            # sees the database afresh in READ COMMITTED anyway): the write may still need
            # none (`alone`).
            return execute(self._conn, sql, params)
        result: Cursor = super()._execute(sql, params)
        return result

    def _before_read(self) -> None:
        if self._begin is not None:
            self._begin()
        if self._xid is not None:
            self._xid.ask()  # its answer comes with the read's
        super()._before_read()

    def alone(self, news: str) -> Statement | None:
        """The writes held, as one statement that is the transaction itself
        (`as_transaction`), if nothing was sent yet and they join into one; they are then no
        longer held."""
        if self._begin is None or self._begin.sent:
            return None
        statement = as_transaction(self._pending(), news)
        if statement is not None:
            self._drop_held()
        return statement

    def _combined(self, writes: list[Write]) -> list[Statement]:
        return combined(writes)

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
        self._before_read()
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

    # functions

    def lock_function(self, name: str) -> bool:
        return self._one("lock_function", name=name) is not None
