"""The embedded SQLite store: WAL journal, one writer thread that groups commits.

Writers hand their work to the writer thread; it runs every queued piece of work in one
`BEGIN IMMEDIATE` transaction and commits once (a write that finds the store idle runs on its
own thread). Many executions' checkpoints then share one durable flush, which is what keeps
the journal fast when fsync is slow. Each piece of work fails alone: its writes are held until
it returns (`HeldWrites`), or sent inside a savepoint when it reads after writing. Readers use
their own connections (WAL lets them read while it writes).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, TypeVar

from lamina.errors import ServiceError
from lamina.store.base import WakeUps
from lamina.store.queries import load_queries, migration_scripts
from lamina.store.shared_queries import SharedQueries
from lamina.store.statements import StaleView
from lamina.store.write_queue import QueuedWrite, WriteQueue, settle

T = TypeVar("T")
log = logging.getLogger("lamina.store")

_Q = load_queries("sqlite")
_VIEW_CHECK = _Q["view_check"]
# A write whose view did not hold runs again, reading afresh; a second time means the work
# checks a view it did not read in that transaction.
_VIEW_ATTEMPTS = 2
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


class _Split(Exception):
    """A write of a group failed where its own writes cannot be rolled back alone."""


def _statements(script: str) -> list[str]:
    body = "\n".join(line for line in script.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


class SqliteTransaction(SharedQueries):
    """`savepoint`: in a group's transaction (`HeldWrites`)."""

    _queries = _Q
    _param = r":(\w+)"
    _max_params = 999  # SQLite's least limit (32,766 since 3.32)

    def __init__(self, conn: sqlite3.Connection, savepoint: bool = False) -> None:
        self._conn = conn
        self._hold_writes(savepoint)

    def _send(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        cursor = self._conn.execute(sql, params or ())
        if params and "view_token" in params and cursor.rowcount != 1:
            raise StaleView(f"the checkpoint view of {params['arn']} is out of date")
        if sql is _VIEW_CHECK:
            row = cursor.fetchone()
            if not (row and row["holds"]):
                raise StaleView(f"the checkpoint view of {params['arn']} is out of date")
        return cursor

    def _mark(self, name: str) -> str:
        return f":{name}"

    def _contains(self, column: str, mark: str) -> str:
        return f"instr({column}, {mark}) > 0"

    def _id_starts(self, mark: str) -> str:
        return f"substr(arn, -36, length({mark})) = {mark}"

    def _list(self, values: Collection[str]) -> Any:
        return json.dumps(list(values))  # read in SQL with json_each

    # functions

    def lock_function(self, name: str) -> bool:
        """SQLite has one writer at a time: the write transaction holds every row already."""
        return True


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
        # One transaction at a time, on the writer's connection: run by the writer, or by a
        # caller that finds it idle (`WriteQueue.run_alone`).
        self._queue: WriteQueue[SqliteTransaction] = WriteQueue(_MAX_GROUP, slots=1)
        self._closed = False
        self.commits = 0  # durable commits so far: at most one per group of writes
        # Time the writer's connection has spent on writes so far: wall, and on a CPU.
        self.busy_s = self.busy_cpu_s = 0.0
        self._durable_mode = True
        self._writer = threading.Thread(
            target=self._write_loop, name="lamina-sqlite-writer", daemon=True
        )
        self._writer.start()

    def write(self, work: Callable[[SqliteTransaction], T], durable: bool = True) -> T:
        if self._closed:
            raise ServiceError("the store is closed")
        return self._queue.run_alone(work, durable, lambda: self._run_alone(work, durable))

    def _run_alone(self, work: Callable[[SqliteTransaction], T], durable: bool) -> T:
        job: QueuedWrite[SqliteTransaction] = QueuedWrite(work, durable)
        self._timed_group([job])
        result: T = job.future.result()
        return result

    def read(self, work: Callable[[SqliteTransaction], T]) -> T:
        conn = self._reader()
        conn.execute("BEGIN")
        try:
            tx = SqliteTransaction(conn)
            result = work(tx)
            tx.flush()
            return result
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
            self._queue.close()
            self._writer.join(timeout=10)

    def _write_loop(self) -> None:
        while (group := self._queue.next_group()) is not None:
            try:
                self._timed_group(group)
            finally:
                self._queue.group_done()
        self._queue.wait_idle(10)  # a caller's own write, still running
        self._writer_conn.close()

    def _timed_group(self, group: list[QueuedWrite[SqliteTransaction]]) -> None:
        began, began_cpu = time.perf_counter(), time.thread_time()
        try:
            self._commit_group(group)
        finally:
            self.busy_s += time.perf_counter() - began
            self.busy_cpu_s += time.thread_time() - began_cpu

    def _commit_group(self, group: list[QueuedWrite[SqliteTransaction]]) -> None:
        conn = self._writer_conn
        outcomes: list[tuple[bool, Any]] = []
        durable = any(job.durable for job in group)
        try:
            if durable != self._durable_mode:
                # In WAL mode a NORMAL commit skips the fsync; the next FULL commit flushes it.
                conn.execute(f"PRAGMA synchronous={self._synchronous if durable else 'NORMAL'}")
                self._durable_mode = durable
            conn.execute("BEGIN IMMEDIATE")
            if len(group) == 1:
                outcomes.append(self._run_alone_job(conn, group[0]))
            else:
                for job in group:
                    outcomes.append(self._run_grouped_job(conn, job))
            if conn.in_transaction:
                conn.execute("COMMIT")
                self.commits += durable
        except _Split as split:
            conn.execute("ROLLBACK")
            log.info("group write split", extra={"size": len(group), "reason": str(split)})
            for job in group:
                self._commit_group([job])
            return
        except BaseException as error:
            log.exception("group commit failed")
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            for job in group:
                job.future.set_exception(ServiceError(f"storage failure: {error}"))
            return
        settle(group, outcomes)

    @staticmethod
    def _run_alone_job(conn: sqlite3.Connection, job: QueuedWrite[SqliteTransaction]) -> Any:
        """The only write of its transaction: if it fails, the transaction is rolled back."""
        for attempt in range(_VIEW_ATTEMPTS):
            tx = SqliteTransaction(conn)
            try:
                value = job.work(tx)
                tx.flush()
            except StaleView as stale:
                conn.execute("ROLLBACK")
                if attempt + 1 == _VIEW_ATTEMPTS:
                    return (False, ServiceError(f"storage failure: {stale}"))
                conn.execute("BEGIN IMMEDIATE")  # runs again, reading afresh
                continue
            except BaseException as error:
                conn.execute("ROLLBACK")
                return (False, error)
            return (True, value)
        raise AssertionError("unreachable")

    @staticmethod
    def _run_grouped_job(conn: sqlite3.Connection, job: QueuedWrite[SqliteTransaction]) -> Any:
        """One write of a group: if it fails, what it wrote is rolled back alone."""

        def undo(tx: SqliteTransaction) -> None:
            if tx.wrote_early:  # what it sent while it ran is in its savepoint
                conn.execute("ROLLBACK TO write")
                conn.execute("RELEASE write")

        for attempt in range(_VIEW_ATTEMPTS):
            tx = SqliteTransaction(conn, savepoint=True)
            flushing = False
            try:
                value = job.work(tx)
                flushing = True
                tx.flush()
            except StaleView as stale:
                # The check goes before the writes it covers: only the savepoint's are in.
                undo(tx)
                if attempt + 1 == _VIEW_ATTEMPTS:
                    return (False, ServiceError(f"storage failure: {stale}"))
                continue  # runs again, reading afresh
            except BaseException as error:  # each job fails alone
                if flushing and not tx.wrote_early:
                    # Some of its last writes may be in, outside any savepoint: each write
                    # of the group runs again alone.
                    raise _Split(str(error)) from error
                undo(tx)
                return (False, error)
            if tx.wrote_early:
                conn.execute("RELEASE write")
            return (True, value)
        raise AssertionError("unreachable")
