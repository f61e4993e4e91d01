"""The PostgreSQL store: one journal shared by many servers and workers on many machines.

Writes are handed to a few writer threads, each with its own connection. A writer runs
whatever writes are queued when it is free in one READ COMMITTED transaction, each inside its
own savepoint, and commits once: many executions' checkpoints then share a commit, a round
trip and the server's per-transaction work, as they share the SQLite writer's. Rows a write
reads are locked (postgresql_transaction.py). A group that meets a serialization failure, a
deadlock or a lost connection before its commit runs again from the start; one that meets any
other database error runs again one write at a time, so that the error reaches only the
write that caused it. A connection lost during COMMIT is settled by asking the server what
became of the transaction id before anything is retried; a transaction that read nothing
learns that id with the COMMIT's answer, and if the connection is lost before the id came
back, it fails rather than run again. A write that sends nothing before it ends and whose
writes join into one statement (a checkpoint going on from its view, a start after its plain
read) sends just that statement, outside any transaction block, which is a transaction of its
own; a connection lost before its answer fails it the same way. A checkpoint whose view did
not hold fails its transaction, which runs again at once.
Reads run in a read-only snapshot on the caller's thread.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import DictRow, dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from lamina.errors import InvalidParameterValue, ServiceError
from lamina.store.base import WakeUps
from lamina.store.postgresql_transaction import (
    STALE_VIEW,
    WAKE_CHANNEL,
    Begin,
    Connection,
    PostgresTransaction,
    TransactionId,
    execute,
)
from lamina.store.queries import migration_scripts
from lamina.store.write_queue import QueuedWrite, WriteQueue, settle

T = TypeVar("T")
log = logging.getLogger("lamina.store")

# Two processes starting at once take turns to migrate ("LAMINA" in ASCII).
_MIGRATION_LOCK = 0x4C414D494E41
# How long a write keeps retrying conflicts and lost connections before it gives up.
_RETRY_SECONDS = 30.0
_FIRST_BACKOFF_S = 0.005
_MAX_BACKOFF_S = 1.0
# Writer threads per store: each runs one transaction at a time.
WRITERS = 2
# Writes per group transaction: each is a subtransaction, and PostgreSQL tracks up to 64 of a
# transaction's subtransactions cheaply (beyond that, every snapshot taken anywhere slows).
MAX_GROUP = 32
_NEWS: tuple[tuple[str, Callable[[PostgresTransaction], bool]], ...] = (
    ("work", lambda tx: tx.wakes),
    ("timers", lambda tx: tx.timers_set),
)
_LISTEN_POLL_S = 1.0
# Waiting for its client, inside a transaction that has written or locked (it has an xid),
# for longer than `s` seconds: Lamina's writes never wait on their own process that long.
_END_STALLED = """
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
WHERE application_name = %(app)s AND datname = current_database() AND pid <> pg_backend_pid()
AND wait_event = 'ClientRead' AND backend_xid IS NOT NULL
AND state_change < now() - make_interval(secs => %(s)s)
"""
# A peer gone silent (a partition, a machine lost) fails the connection in seconds, not after
# TCP's own minutes; values in the URL win.
_CONNECTION_DEFAULTS = {
    "connect_timeout": "10",
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "3",
    "tcp_user_timeout": "10000",
}
# Lamina's sessions name themselves, so a stalled one can be found (`end_stalled_transactions`).
APPLICATION_NAME = "lamina"

_Write = QueuedWrite[PostgresTransaction]
_Group = list[_Write]
# What a transaction's work returns: the kinds of news it made, and the transaction whose
# writes it left held (a lone write's), if any.
_Ran = tuple[list[str], PostgresTransaction | None]


@dataclass
class _Commit:
    """A transaction's COMMIT (or its one statement): whether it went out, and its id."""

    xid: str | None = None
    sent: bool = False


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def check_url(url: str) -> None:
    try:
        conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise InvalidParameterValue(
            f"Invalid PostgreSQL URL {redacted(url)!r} ({error}): "
            "use postgresql://user@host:port/dbname"
        ) from None


def migrate(conn: psycopg.Connection[Any]) -> int:
    """Apply the numbered migrations not yet recorded, all in one transaction."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY)")
        row = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        current = int(row[0]) if row else 0
        for number, script in migration_scripts("postgresql"):
            if number > current:
                conn.execute(script)
                conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))
                current = number
    return current


class _Retry(Exception):
    """The unit of work may run again: nothing of it was committed. `at_once`: without
    backing off (what it met is not contention that waiting would ease)."""

    def __init__(self, reason: str, at_once: bool = False) -> None:
        super().__init__(reason)
        self.at_once = at_once


def _is_conflict(error: BaseException) -> bool:
    return isinstance(error, errors.SerializationFailure | errors.DeadlockDetected)


def _is_stale_view(error: BaseException) -> bool:
    """A checkpoint's view of its execution did not hold (`Transaction.expect_view`): its
    work runs again and reads afresh."""
    return isinstance(error, psycopg.Error) and error.sqlstate == STALE_VIEW


class PostgresStore:
    """A PostgreSQL database shared by this process's threads and by other processes."""

    def __init__(self, url: str, pool_size: int = 16, writers: int = WRITERS) -> None:
        check_url(url)
        self.url = url
        self._conninfo = _with_defaults(url)
        self._closed = False
        self._listener: threading.Thread | None = None
        self._count_lock = threading.Lock()
        self.commits = 0  # durable commits so far: at most one per group of writes
        try:
            with psycopg.connect(self._conninfo, autocommit=True) as conn:
                migrate(conn)
        except psycopg.OperationalError as error:
            raise ServiceError(f"Cannot reach PostgreSQL at {redacted(url)}: {error}") from None
        self._pool: ConnectionPool[Connection] = ConnectionPool(
            self._conninfo,
            min_size=1,
            max_size=pool_size,
            kwargs={
                "autocommit": True,
                "row_factory": dict_row,
                "cursor_factory": psycopg.RawCursor,
                "application_name": APPLICATION_NAME,
            },
            connection_class=psycopg.Connection[DictRow],
            name="lamina",
            open=False,
        )
        self._pool.open(wait=True, timeout=10)
        # As many transactions at once as writers, run by them or by callers that find one
        # free (`WriteQueue.run_alone`).
        self._queue: WriteQueue[PostgresTransaction] = WriteQueue(MAX_GROUP, slots=writers)
        self._writers = [
            threading.Thread(target=self._write_loop, name=f"lamina-pg-writer-{n}", daemon=True)
            for n in range(writers)
        ]
        for writer in self._writers:
            writer.start()

    def write(self, work: Callable[[PostgresTransaction], T], durable: bool = True) -> T:
        if self._closed:
            raise ServiceError("the store is closed")
        return self._queue.run_alone(work, durable, lambda: self._write_retrying(work, durable))

    def _write_loop(self) -> None:
        while (group := self._queue.next_group()) is not None:
            try:
                self._write_group(group)
            except BaseException as error:  # never leave a caller waiting
                log.exception("group write failed")
                for job in group:
                    if not job.future.done():
                        job.future.set_exception(ServiceError(f"storage failure: {error}"))
            finally:
                self._queue.group_done()

    def _write_group(self, group: _Group) -> None:
        if len(group) == 1:
            self._write_alone(group[0])
            return
        deadline = time.monotonic() + _RETRY_SECONDS
        for attempt in range(1_000_000):
            try:
                outcomes = self._write_group_once(group)
            except _Retry as retry:
                if time.monotonic() > deadline:
                    for job in group:
                        job.future.set_exception(
                            ServiceError(f"storage failure: {retry.__cause__}"))
                    return
                log.info("group write retried", extra={"attempt": attempt, "reason": str(retry)})
                if not retry.at_once:
                    time.sleep(_backoff(attempt))
            except psycopg.Error as error:
                # Whose write caused it is not known: each runs again on its own.
                log.info("group write split", extra={"size": len(group), "reason": str(error)})
                for job in group:
                    self._write_alone(job)
                return
            else:
                settle(group, outcomes)
                return
        raise AssertionError("unreachable")

    def _write_alone(self, job: _Write) -> None:
        try:
            job.future.set_result(self._write_retrying(job.work, job.durable))
        except BaseException as error:
            job.future.set_exception(error)

    def _write_retrying(self, work: Callable[[PostgresTransaction], T], durable: bool) -> T:
        deadline = time.monotonic() + _RETRY_SECONDS
        duplicate_seen = False
        for attempt in range(1_000_000):
            try:
                return self._write_once(work, durable)
            except errors.UniqueViolation:
                # A concurrent insert of the same key: run again once, to see it and answer.
                if duplicate_seen:
                    raise
                duplicate_seen = True
            except _Retry as retry:
                if time.monotonic() > deadline:
                    raise ServiceError(f"storage failure: {retry.__cause__}") from retry
                log.info("write retried", extra={"attempt": attempt, "reason": str(retry)})
                if not retry.at_once:
                    time.sleep(_backoff(attempt))
        raise AssertionError("unreachable")

    def _write_group_once(self, group: _Group) -> list[tuple[bool, Any]]:
        """Every write of `group` in one transaction, each in a savepoint: a write that raises
        (a domain error, not the database's) is rolled back alone and fails alone."""
        outcomes: list[tuple[bool, Any]] = []
        durable = any(job.durable for job in group)

        def run(conn: Connection, xid: TransactionId, begin: Begin) -> _Ran:
            begin()
            news: set[str] = set()
            for job in group:
                # A savepoint is opened only if the work sends writes before it ends (a read
                # came after them); the rest go after it returned, or not at all.
                tx = PostgresTransaction(conn, locking=True, savepoint=True, xid=xid)
                try:
                    value = job.work(tx)
                except psycopg.Error:
                    raise  # the transaction is lost: the group runs again or splits
                except Exception as error:
                    if tx.wrote_early:
                        conn.execute("ROLLBACK TO SAVEPOINT write")
                    outcomes.append((False, error))
                    continue
                tx.flush()
                if tx.wrote_early:
                    conn.execute("RELEASE SAVEPOINT write")
                outcomes.append((True, value))
                news.update(kind for kind, new in _NEWS if new(tx))
            return sorted(news), None

        self._in_transaction(run, durable)
        return outcomes

    def _write_once(self, work: Callable[[PostgresTransaction], T], durable: bool) -> T:
        result: list[T] = []

        def run(conn: Connection, xid: TransactionId, begin: Begin) -> _Ran:
            tx = PostgresTransaction(conn, locking=True, xid=xid, begin=begin)
            result.append(work(tx))
            return [kind for kind, new in _NEWS if new(tx)], tx

        self._in_transaction(run, durable)
        return result[0]

    def _in_transaction(
        self, run: Callable[[Connection, TransactionId, Begin], _Ran], durable: bool
    ) -> None:
        """`run` in one transaction: it returns the kinds of news to send at the commit, and
        a transaction whose writes it left held. If that one sent nothing and its writes join
        into one statement, that statement is the transaction, with no BEGIN and no COMMIT."""
        with self._connection() as conn:
            commit = _Commit()
            try:
                # A transaction is pipelined from its BEGIN (`Begin`): statements whose answer
                # the work does not read (inserts, updates, COMMIT) go out without a round trip
                # each; errors surface by the end. What goes before it needs no pipeline.
                with ExitStack() as pipeline:
                    begin = Begin(conn, durable, pipeline)
                    committed = self._run_and_commit(conn, run, begin, commit)
            except BaseException as error:
                self._settle(conn, error, commit)
                committed = True  # the COMMIT whose answer was lost had been applied
        if committed and durable:
            self._count_commit()

    @staticmethod
    def _run_and_commit(
        conn: Connection,
        run: Callable[[Connection, TransactionId, Begin], _Ran],
        begin: Begin,
        commit: _Commit,
    ) -> bool:
        """Whether anything was committed (a work that read and wrote nothing sent nothing)."""
        ids = TransactionId(conn)
        news, held = run(conn, ids, begin)
        if held is not None and not begin.sent:
            if not held.holds_writes():
                return False
            statement = held.alone(" ".join(news)) if begin.durable else None
            if statement is not None:
                # Committed as it ends, before its answer comes back: one round trip. A
                # connection lost meanwhile leaves unknown whether it was.
                commit.sent = True
                execute(conn, *statement)
                return True
        begin()
        if held is not None:
            held.flush()
        if news:
            conn.execute("SELECT pg_notify($1, $2)", (WAKE_CHANNEL, " ".join(news)))
        ids.ask()  # unless a read or a checkpoint's writes asked already
        assert ids.cursor is not None
        if ids.cursor.pgresult is not None:
            # The work read something: the transaction id came with it, and is known before
            # COMMIT goes out, so a lost connection can be settled.
            commit.xid = ids.value()
            conn.execute("COMMIT")
            commit.sent = True
        else:
            # The work read nothing (a checkpoint that went on from its view): the id comes
            # with the COMMIT's answer, in the one round trip.
            conn.execute("COMMIT")
            commit.sent = True
            commit.xid = ids.value()
        return True

    def _settle(self, conn: Connection, error: BaseException, commit: _Commit) -> None:
        """After a transaction failed: raise, to retry or to fail, unless it was committed
        (its COMMIT was applied, and only the answer lost)."""
        lost = conn.broken or isinstance(error, psycopg.OperationalError)
        if commit.sent and lost:
            if commit.xid is None:
                raise ServiceError(
                    f"storage failure: the connection was lost during COMMIT ({error}) "
                    "before the transaction's id came back: whether it was committed "
                    "cannot be learned"
                ) from error
            # The COMMIT may have been applied: ask before anything runs again.
            if not self._committed(commit.xid, error):
                raise _Retry(str(error)) from error
            return
        _rollback(conn)
        if _is_stale_view(error):
            raise _Retry(str(error), at_once=True) from error
        if _is_conflict(error) or conn.broken:
            raise _Retry(str(error)) from error
        raise error

    def _count_commit(self) -> None:
        with self._count_lock:
            self.commits += 1

    def _committed(self, xid: str, error: BaseException) -> bool:
        """Whether a transaction whose COMMIT lost its connection was committed."""
        deadline = time.monotonic() + _RETRY_SECONDS
        attempt = 0
        while time.monotonic() < deadline:
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    row = conn.execute("SELECT pg_xact_status(%s::xid8)", (xid,)).fetchone()
            except psycopg.OperationalError:
                row = ("unreachable",)
            status = row[0] if row else None
            if status in ("committed", "aborted"):
                return bool(status == "committed")
            if status is None:
                break  # too old to know
            time.sleep(_backoff(attempt))  # still in progress, or the server is away
            attempt += 1
        raise ServiceError(
            f"storage failure: the connection was lost during COMMIT ({error}) and whether "
            f"transaction {xid} was committed could not be learned"
        )

    def read(self, work: Callable[[PostgresTransaction], T]) -> T:
        if self._closed:
            raise ServiceError("the store is closed")
        deadline = time.monotonic() + _RETRY_SECONDS
        for attempt in range(1_000_000):
            with self._connection() as conn:
                try:
                    with conn.pipeline():
                        conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                        result = work(PostgresTransaction(conn, locking=False))
                        conn.execute("COMMIT")
                    return result
                except BaseException as error:
                    _rollback(conn)
                    if not conn.broken or time.monotonic() > deadline:
                        raise
                    reason = error
            log.info("read retried", extra={"attempt": attempt, "reason": str(reason)})
            time.sleep(_backoff(attempt))
        raise AssertionError("unreachable")

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        try:
            conn = self._pool.getconn(timeout=_RETRY_SECONDS)
        except PoolTimeout as error:
            raise ServiceError(f"storage failure: no PostgreSQL connection ({error})") from None
        try:
            yield conn
        finally:
            self._pool.putconn(conn)  # a broken connection is discarded, not reused

    def end_stalled_transactions(self, older_than_s: float) -> int:
        """End Lamina's sessions left waiting for their process inside a write for longer
        than `older_than_s`.

        Lamina's writes last milliseconds. One stuck for seconds belongs to a process cut off
        from the database (a partition, a paused machine) in the middle of it: it still holds
        its row locks, and until its session ends no one can write off the lease it held.
        The server would notice the lost peer only when TCP gives up, and not at all when a
        proxy in between stays up. Ending the session rolls the write back; its process
        learns so when it is reachable again, and settles or retries it. Reads, and writes
        waiting on a lock or on the server, are never ended.
        """
        with self._connection() as conn:
            params = {"app": APPLICATION_NAME, "s": older_than_s}
            row = execute(conn, _END_STALLED, params).fetchone()
        ended = int(row["n"]) if row else 0
        if ended:
            log.warning("ended %d stalled PostgreSQL sessions", ended)
        return ended

    def listen(self, wake_ups: WakeUps) -> None:
        """Deliver other processes' wake-ups (NOTIFY) to `wake_ups` from a thread of its own.

        The listening connection is reopened with backoff whenever it is lost; while it is
        down, `wake_ups.remote` is False and the workers poll at their fast rate.
        """
        if self._listener is None:
            self._listener = threading.Thread(
                target=self._listen, args=(wake_ups,), name="lamina-listen", daemon=True
            )
            self._listener.start()

    def _listen(self, wake_ups: WakeUps) -> None:
        attempt = 0
        while not self._closed:
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    conn.execute(f"LISTEN {WAKE_CHANNEL}")
                    wake_ups.remote = True
                    wake_ups.notify(timers=True)  # anything sent while no one listened
                    attempt = 0
                    while not self._closed:
                        for note in conn.notifies(timeout=_LISTEN_POLL_S, stop_after=1):
                            kinds = note.payload.split()
                            wake_ups.notify(work="work" in kinds, timers="timers" in kinds)
            except Exception as error:  # whatever it was, listen again: never die silently
                if wake_ups.remote:
                    log.warning("lost the wake-up connection; polling until it is back: %s", error)
                wake_ups.remote = False
                time.sleep(_backoff(attempt))
                attempt += 1
        wake_ups.remote = False

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._queue.close()
            for writer in self._writers:
                writer.join(timeout=10)
            self._queue.wait_idle(10)
            self._pool.close()
            if self._listener is not None:
                self._listener.join(timeout=2 * _LISTEN_POLL_S)


def _with_defaults(url: str) -> str:
    """The URL's connection string, with `_CONNECTION_DEFAULTS` where it sets nothing."""
    given = conninfo_to_dict(url)
    defaults = {k: v for k, v in _CONNECTION_DEFAULTS.items() if k not in given}
    return make_conninfo(url, **defaults)


def _rollback(conn: Connection) -> None:
    """End the failed transaction. psycopg's `rollback()`, not a ROLLBACK statement: it also
    forgets the statements it had prepared, some of which an aborted pipeline may have
    skipped (psycopg would otherwise run them later by a name the server never saw)."""
    if conn.broken or conn.closed:
        return
    try:
        conn.rollback()
    except psycopg.Error:
        log.warning("rollback failed", exc_info=True)


def _backoff(attempt: int) -> float:
    return float(min(_MAX_BACKOFF_S, _FIRST_BACKOFF_S * 2**attempt) * random.uniform(0.5, 1.5))
