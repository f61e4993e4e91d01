"""The `Store`/`Transaction` contract, run against every backend.

A backend joins the suite by adding one entry to BACKENDS: how to reach an empty database and
how to look at its schema. The tests themselves never name a backend.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from lamina.errors import InvalidParameterValue
from lamina.functions.config import FunctionAlias, FunctionConfig
from lamina.store import Store, Transaction, open_store
from lamina.store.queries import migration_scripts
from lamina.store.records import (
    CheckpointView,
    EventRecord,
    ExecutionFilter,
    ExecutionRecord,
    FunctionRecord,
    LogLineRecord,
    OperationRecord,
    TimerRecord,
)
from postgres_server import create_database, drop_database

DAY_MS = 86_400_000
T0 = 1_700_000_000_000


@dataclass(frozen=True)
class Backend:
    url: Callable[[Path], str]
    # Every schema object except the migration bookkeeping, comparable across databases.
    schema: Callable[[str], list[tuple[Any, ...]]]
    replay_migrations: Callable[[str], None]
    applied_versions: Callable[[str], list[int]]
    migration_numbers: Callable[[], list[int]]
    # Where the backend reads its migration scripts from (patched to add one).
    migrations_module: str
    # Writes handed to the store and not yet picked up.
    queued_writes: Callable[[Store], int]
    # Threads that run writes, each one transaction at a time.
    writers: Callable[[Store], int]


def _sqlite_path(url: str) -> str:
    return url.removeprefix("sqlite:///")


def _sqlite_schema(url: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(_sqlite_path(url)) as conn:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT IN ('schema_version', 'sqlite_sequence') ORDER BY type, name"
        ).fetchall()
        columns = [
            (table, *column)
            for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for column in conn.execute(f"PRAGMA table_info({table})")
            if table != "schema_version"
        ]
    return [*rows, *sorted(columns)]


def _sqlite_replay(url: str) -> None:
    with sqlite3.connect(_sqlite_path(url)) as conn:
        for _, script in migration_scripts("sqlite"):
            conn.executescript(script)


def _sqlite_versions(url: str) -> list[int]:
    with sqlite3.connect(_sqlite_path(url)) as conn:
        return [v for (v,) in conn.execute("SELECT version FROM schema_version ORDER BY version")]


_created_databases: list[str] = []


def _postgres_url(folder: Path) -> str:
    """A fresh database for one test (dropped after it by `_drop_postgres_databases`)."""
    url = create_database("the postgresql contract tests")
    _created_databases.append(url)
    return url


@pytest.fixture(autouse=True)
def _drop_postgres_databases() -> Iterator[None]:
    yield
    while _created_databases:
        drop_database(_created_databases.pop())


def _postgres_schema(url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        columns = conn.execute(
            "SELECT table_name, column_name, ordinal_position, data_type, is_nullable, "
            "column_default, is_identity FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name <> 'schema_version' "
            "ORDER BY table_name, column_name"
        ).fetchall()
        indexes = conn.execute(
            "SELECT tablename, indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = 'public' AND tablename <> 'schema_version' ORDER BY indexname"
        ).fetchall()
    return [*columns, *indexes]


def _postgres_replay(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for _, script in migration_scripts("postgresql"):
            conn.execute(script)


def _postgres_versions(url: str) -> list[int]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    return [v for (v,) in rows]


BACKENDS = {
    "sqlite": Backend(
        url=lambda folder: f"sqlite:///{folder}/lamina.db",
        schema=_sqlite_schema,
        replay_migrations=_sqlite_replay,
        applied_versions=_sqlite_versions,
        migration_numbers=lambda: [n for n, _ in migration_scripts("sqlite")],
        migrations_module="lamina.store.sqlite",
        queued_writes=lambda store: store._queue.queued(),  # type: ignore[attr-defined]
        writers=lambda store: 1,
    ),
    "postgresql": Backend(
        url=_postgres_url,
        schema=_postgres_schema,
        replay_migrations=_postgres_replay,
        applied_versions=_postgres_versions,
        migration_numbers=lambda: [n for n, _ in migration_scripts("postgresql")],
        migrations_module="lamina.store.postgresql",
        queued_writes=lambda store: store._queue.queued(),  # type: ignore[attr-defined]
        writers=lambda store: len(store._writers),  # type: ignore[attr-defined]
    ),
}


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest) -> Backend:
    return BACKENDS[request.param]


@pytest.fixture
def url(backend: Backend, tmp_path: Path) -> str:
    return backend.url(tmp_path)


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    opened = open_store(url)
    yield opened
    opened.close()


def execution(arn: str = "arn-1", **changes: Any) -> ExecutionRecord:
    record = ExecutionRecord(
        arn=arn,
        function_name="fn",
        version="$LATEST",
        name=f"name-{arn}",
        execution_id=f"id-{arn}",
        kind="durable",
        status="RUNNING",
        input_payload='{"in": 1}',
        start_ms=T0,
        timeout_s=3600,
        retention_days=1,
        gate="idle",
    )
    return record.evolve(**changes)


def operation(op_id: str, seq: int, **changes: Any) -> OperationRecord:
    record = OperationRecord(
        op_id=op_id,
        seq=seq,
        type="STEP",
        status="STARTED",
        start_ms=T0,
        name=op_id,
        sub_type="Step",
        details={"Attempt": 0},
        change_seq=seq,
    )
    return record.evolve(**changes)


def write(store: Store, work: Callable[[Transaction], Any]) -> Any:
    return store.write(work)


def read(store: Store, work: Callable[[Transaction], Any]) -> Any:
    return store.read(work)


# executions


def test_execution_round_trips_every_field(store: Store) -> None:
    inserted = execution()
    write(store, lambda tx: tx.insert_execution(inserted))
    assert read(store, lambda tx: tx.get_execution("arn-1", payloads=True)) == inserted
    saved = inserted.evolve(
        status="FAILED",
        gate="done",
        ready_ms=5,
        end_ms=T0 + 9,
        tenant_id="t-1",
        parent_arn="arn-0",
        parent_op_id="op-0",
        result="ignored-when-failed",
        error={"ErrorType": "E", "ErrorMessage": "m", "StackTrace": ["a", "b"]},
        token="tok",
        token_seq=3,
        invocation_id="inv",
        invocation_start_ms=T0 + 1,
        lease_owner="w",
        lease_expires_ms=T0 + 2,
        change_seq=4,
        input_seq=2,
        delivered_seq=3,
        next_event_id=7,
        failures=1,
        empty_pendings=2,
        last_client_token="ct",
        last_in_token="in",
        last_response='{"r": 1}',
    )
    changes = {f: getattr(saved, f) for f in saved.__dataclass_fields__ if f != "arn"}
    changes.pop("input_payload")
    write(store, lambda tx: tx.update_execution("arn-1", changes))
    assert read(store, lambda tx: tx.get_execution("arn-1", payloads=True)) == saved
    found = read(store, lambda tx: tx.find_execution("fn", "name-arn-1"))
    assert (found.arn, found.input_payload) == ("arn-1", '{"in": 1}')
    assert read(store, lambda tx: tx.get_execution("nope")) is None
    assert read(store, lambda tx: tx.find_execution("fn", "nope")) is None


def test_execution_names_are_unique_per_function(store: Store) -> None:
    write(store, lambda tx: tx.insert_execution(execution("a", name="same")))
    with pytest.raises(Exception):  # noqa: B017 - each backend raises its own integrity error
        write(store, lambda tx: tx.insert_execution(execution("b", name="same")))
    write(store, lambda tx: tx.insert_execution(execution("c", name="same", function_name="g")))


def test_next_ready_execution_is_the_earliest_due(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        tx.insert_execution(execution("late", gate="ready", ready_ms=T0 + 20))
        tx.insert_execution(execution("early", gate="ready", ready_ms=T0 + 10))
        tx.insert_execution(execution("idle", gate="idle", ready_ms=T0))
        tx.insert_execution(execution("running", gate="running", ready_ms=T0))

    write(store, setup)
    assert read(store, lambda tx: tx.next_ready_execution(T0 + 9)) is None
    assert read(store, lambda tx: tx.next_ready_execution(T0 + 10)).execution.arn == "early"
    assert read(store, lambda tx: tx.next_ready_execution(T0 + 99)).execution.arn == "early"


def test_next_ready_execution_skips_the_functions_asked(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        tx.insert_execution(execution("f-first", gate="ready", ready_ms=T0, function_name="f"))
        tx.insert_execution(execution("g-later", gate="ready", ready_ms=T0 + 5, function_name="g"))

    write(store, setup)
    def first(skip: list[str]) -> str | None:
        ready = read(store, lambda tx: tx.next_ready_execution(T0 + 9, skip))
        return None if ready is None else ready.execution.arn

    assert first(["f"]) == "g-later"
    assert first(["f", "g"]) is None
    assert first(["h"]) == "f-first"


def test_reserved_concurrency_and_running_invocations(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        tx.put_function(FunctionRecord("f", fn("f", reserved_concurrency=2)))
        tx.put_function(FunctionRecord("off", fn("off", reserved_concurrency=0)))
        tx.put_function(FunctionRecord("free", fn("free")))
        for n, gate in enumerate(["running", "running", "ready", "idle"]):
            tx.insert_execution(execution(f"f{n}", gate=gate, function_name="f", ready_ms=T0))
        tx.insert_execution(execution("g0", gate="running", function_name="g"))
        tx.insert_execution(execution("off0", gate="ready", function_name="off", ready_ms=T0 + 1))
        tx.insert_execution(execution("free0", gate="ready", function_name="free", ready_ms=T0 + 2))
        tx.insert_execution(execution("gone0", gate="ready", function_name="gone", ready_ms=T0 + 3))

    def reserved(skip: list[str]) -> tuple[str, int | None] | None:
        ready = read(store, lambda tx: tx.next_ready_execution(T0 + 9, skip))
        return None if ready is None else (ready.execution.arn, ready.reserved_concurrency)

    write(store, setup)
    assert reserved([]) == ("f2", 2)
    assert reserved(["f"]) == ("off0", 0)
    assert reserved(["f", "off"]) == ("free0", None)
    assert reserved(["f", "off", "free"]) == ("gone0", None)  # a deleted function: no limit
    assert read(store, lambda tx: tx.running_invocations("f")) == 2
    assert read(store, lambda tx: tx.running_invocations("free")) == 0
    assert write(store, lambda tx: tx.lock_function("f"))  # free: this transaction has it
    write(store, lambda tx: tx.put_function(FunctionRecord("f", fn("f"))))
    assert reserved([]) == ("f2", None)


def test_expired_leases_are_running_executions_past_their_lease(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        tx.insert_execution(execution("b", gate="running", lease_expires_ms=T0 + 2))
        tx.insert_execution(execution("a", gate="running", lease_expires_ms=T0 + 1))
        tx.insert_execution(execution("alive", gate="running", lease_expires_ms=T0 + 50))
        tx.insert_execution(execution("idle", gate="idle", lease_expires_ms=T0))

    write(store, setup)
    assert [e.arn for e in read(store, lambda tx: tx.expired_leases(T0 + 10, 10))] == ["a", "b"]
    assert [e.arn for e in read(store, lambda tx: tx.expired_leases(T0 + 10, 1))] == ["a"]
    assert read(store, lambda tx: tx.expired_leases(T0 + 1, 10)) == []  # strictly past


@pytest.fixture
def listed(store: Store) -> Store:
    def setup(tx: Transaction) -> None:
        for i in range(6):
            tx.insert_execution(
                execution(
                    f"arn-{i}",
                    start_ms=T0 + i * 1000,
                    function_name="fn" if i % 2 else "other",
                    status="SUCCEEDED" if i < 3 else "RUNNING",
                )
            )
        tx.insert_execution(execution("plain", kind="plain", start_ms=T0 + 99_000))
        tx.insert_execution(execution("tie-b", start_ms=T0 + 500))
        tx.insert_execution(execution("tie-a", start_ms=T0 + 500))

    write(store, setup)
    return store


def _arns(store: Store, **query: Any) -> list[str]:
    return [e.arn for e in read(store, lambda tx: tx.list_executions(ExecutionFilter(**query)))]


def test_list_executions_orders_newest_first_with_ties_by_arn(listed: Store) -> None:
    assert _arns(listed) == ["arn-5", "arn-4", "arn-3", "arn-2", "arn-1", "tie-b", "tie-a", "arn-0"]
    assert _arns(listed, oldest_first=True) == [
        "arn-0",
        "tie-a",
        "tie-b",
        "arn-1",
        "arn-2",
        "arn-3",
        "arn-4",
        "arn-5",
    ]
    assert "plain" in _arns(listed, include_plain=True)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"function_name": "fn"}, ["arn-5", "arn-3", "arn-1", "tie-b", "tie-a"]),
        ({"statuses": ("RUNNING",), "function_name": "other"}, ["arn-4"]),
        ({"statuses": ("SUCCEEDED", "FAILED")}, ["arn-2", "arn-1", "arn-0"]),
        ({"name": "name-arn-2"}, ["arn-2"]),
        ({"started_after_ms": T0 + 2000}, ["arn-5", "arn-4", "arn-3", "arn-2"]),
        ({"started_before_ms": T0 + 500}, ["tie-b", "tie-a", "arn-0"]),
        ({"started_after_ms": T0 + 1000, "started_before_ms": T0 + 2000}, ["arn-2", "arn-1"]),
    ],
)
def test_list_executions_filters(listed: Store, query: dict[str, Any], expected: list[str]) -> None:
    assert _arns(listed, **query) == expected


def test_list_executions_by_the_start_of_the_execution_id(store: Store) -> None:
    base = "arn:aws:lambda:us-east-1:123456789012:function:fn:$LATEST/durable-execution"
    ids = ["3f2a9c4e-0000-4000-8000-000000000001", "3f2b0000-0000-4000-8000-000000000002"]
    arns = [f"{base}/3f2a9c4e/{ids[0]}", f"{base}/n/{ids[1]}"]  # a name like an id

    def setup(tx: Transaction) -> None:
        for i, arn in enumerate(arns):
            tx.insert_execution(execution(arn, start_ms=T0 + i))

    write(store, setup)
    assert _arns(store, id_prefix="3f2") == arns[::-1]
    assert _arns(store, id_prefix="3f2a") == arns[:1]
    assert _arns(store, id_prefix=ids[1]) == arns[1:]
    assert _arns(store, id_prefix="3f2a9c4e/") == []


@pytest.mark.parametrize("oldest_first", [False, True])
def test_list_executions_pages_without_gaps_or_repeats(listed: Store, oldest_first: bool) -> None:
    everything = _arns(listed, oldest_first=oldest_first)
    pages: list[list[str]] = []
    after: tuple[int, str] | None = None
    while True:
        query = ExecutionFilter(oldest_first=oldest_first, after_key=after, limit=3)
        page = read(listed, lambda tx, q=query: tx.list_executions(q))
        if not page:
            break
        pages.append([e.arn for e in page])
        after = (page[-1].start_ms, page[-1].arn)
    assert [len(p) for p in pages] == [3, 3, 2]
    assert [arn for page in pages for arn in page] == everything


def test_count_executions_by_status(listed: Store) -> None:
    assert read(listed, lambda tx: tx.count_executions(None)) == {"SUCCEEDED": 3, "RUNNING": 5}
    assert read(listed, lambda tx: tx.count_executions("fn")) == {"SUCCEEDED": 1, "RUNNING": 4}


# operations, history, timers, callbacks, functions, logs


def test_operations_round_trip_in_creation_order(store: Store) -> None:
    ops = [
        operation("b", 2, parent_id="ctx", details={"Attempt": 1, "Result": '"x"'}),
        operation("ctx", 1, type="CONTEXT", sub_type="RunInChildContext", details={}),
        operation(
            "c", 3, status="SUCCEEDED", end_ms=T0 + 5, name=None, sub_type=None, service_change=True
        ),
    ]

    def setup(tx: Transaction) -> None:
        for op in ops:
            tx.save_operation("arn-1", op)
        tx.save_operation("arn-2", operation("b", 1))

    write(store, setup)
    assert read(store, lambda tx: tx.all_operations("arn-1")) == [ops[1], ops[0], ops[2]]
    assert read(store, lambda tx: tx.get_operations("arn-1", ["b", "c", "zz"])) == {
        "b": ops[0],
        "c": ops[2],
    }
    assert read(store, lambda tx: tx.get_operations("arn-1", [])) == {}
    updated = ops[0].evolve(
        status="PENDING",
        details={"Attempt": 2, "NextAttemptTimestamp": 9},
        change_seq=7,
        end_ms=T0 + 1,
    )
    write(store, lambda tx: tx.save_operation("arn-1", updated))
    assert read(store, lambda tx: tx.get_operations("arn-1", ["b"]))["b"] == updated
    changed = read(store, lambda tx: tx.operations_changed_since("arn-1", 2))
    assert [o.op_id for o in changed] == ["b", "c"]  # by creation order, not change order
    assert read(store, lambda tx: tx.operations_changed_since("arn-1", 7)) == []
    assert read(store, lambda tx: tx.get_operations("arn-2", ["b"]))["b"] == operation("b", 1)


def test_a_checkpoint_reads_the_execution_its_operations_and_due_timers(store: Store) -> None:
    ops = [operation("a", 1), operation("b", 2), operation("c", 3)]

    def setup(tx: Transaction) -> None:
        tx.insert_execution(execution("arn-1"))
        for op in ops:
            tx.save_operation("arn-1", op)
        tx.set_timer(TimerRecord("arn-1", "a", "wait", T0 + 10))
        tx.set_timer(TimerRecord("arn-1", "b", "retry", T0 + 5))
        tx.set_timer(TimerRecord("arn-1", "c", "wait", T0 + 99))  # not due yet
        tx.set_timer(TimerRecord("arn-1", "c", "callback_timeout", T0))  # not a checkpoint's
        tx.set_timer(TimerRecord("arn-2", "a", "wait", T0))  # another execution's

    write(store, setup)
    # In a write transaction too, where the execution's row is locked first.
    for run in (read, write):
        view = run(store, lambda tx: tx.checkpoint_view("arn-1", ["c", "a", "zz"], T0 + 10))
        assert view.execution == read(store, lambda tx: tx.get_execution("arn-1"))
        assert view.operations == {"a": ops[0], "c": ops[2]}
        assert view.due_timers == [TimerRecord("arn-1", "b", "retry", T0 + 5),
                                   TimerRecord("arn-1", "a", "wait", T0 + 10)]
        alone = run(store, lambda tx: tx.checkpoint_view("arn-1", [], T0))
        assert (alone.execution, alone.operations, alone.due_timers) == (view.execution, {}, [])
    gone = read(store, lambda tx: tx.checkpoint_view("gone", ["a"], T0 + 10))
    assert (gone.execution, gone.operations, gone.due_timers) == (None, {}, [])


def _view_holds(
    store: Store, view: CheckpointView, absent: list[str], now_ms: int, then_update: bool = False
) -> bool:
    """Whether the store lets a write go on from `view`: SQLite answers at once; PostgreSQL
    fails the transaction at its end, and the work runs again. `then_update`: the work then
    updates the execution, as a checkpoint does (PostgreSQL checks the view in that UPDATE)."""
    calls: list[object] = []

    def work(tx: Transaction) -> None:
        if calls:
            calls.append("run again")
            return
        calls.append(tx.expect_view(view, absent, now_ms))
        if then_update and calls[-1] is True:
            assert view.execution is not None
            tx.update_execution(view.execution.arn, {"token": view.execution.token})

    write(store, work)
    return calls == [True]


@pytest.mark.parametrize("then_update", [False, True], ids=["check-alone", "check-in-update"])
def test_a_view_holds_only_while_its_execution_is_unchanged(
    store: Store, then_update: bool
) -> None:
    def _holds(store: Store, view: CheckpointView, absent: list[str], now_ms: int) -> bool:
        return _view_holds(store, view, absent, now_ms, then_update)

    running = execution("arn-1", gate="running", token="t1", change_seq=3, next_event_id=5,
                        lease_expires_ms=T0 + 1000)

    def setup(tx: Transaction) -> None:
        tx.insert_execution(running)
        tx.save_operation("arn-1", operation("a", 1))
        tx.set_timer(TimerRecord("arn-1", "w", "wait", T0 + 50))
        tx.set_timer(TimerRecord("arn-1", "cb", "callback_timeout", T0))  # not a checkpoint's

    write(store, setup)
    view = CheckpointView(running, {"a": operation("a", 1)}, [])
    assert _holds(store, view, ["new"], T0)
    assert _holds(store, view, [], T0 + 49)
    assert not _holds(store, view, [], T0 + 50), "a wait is due"
    assert not _holds(store, view, [], T0 + 1001), "the lease has expired"
    assert not _holds(store, view, ["a"], T0), "an operation taken for new exists"
    for changed in ({"change_seq": 4}, {"next_event_id": 6}, {"token": "t2"},
                    {"status": "PAUSING"}, {"gate": "ready"}):
        write(store, lambda tx, c=changed: tx.update_execution("arn-1", c))
        assert not _holds(store, view, [], T0), f"changed: {changed}"
        write(store, lambda tx, c=changed: tx.update_execution(
            "arn-1", {k: getattr(running, k) for k in c}))
    assert _holds(store, view, [], T0)
    assert not _holds(store, CheckpointView(execution("gone", gate="running", token="t1"), {},
                                            []), [], T0)


def test_held_writes_keep_their_order_with_saved_operations(store: Store) -> None:
    def work(tx: Transaction) -> None:
        tx.insert_execution(execution("arn-1"))
        tx.save_operation("arn-1", operation("a", 1))
        tx.set_timer(TimerRecord("arn-1", "a", "wait", T0 + 5))
        tx.save_operation("arn-1", operation("a", 1, status="SUCCEEDED", change_seq=2))
        tx.insert_execution(execution("arn-2"))
        tx.save_operation("arn-2", operation("b", 1))
        tx.delete_execution("arn-2")

    write(store, work)
    assert [(o.op_id, o.status) for o in read(store, lambda tx: tx.all_operations("arn-1"))] \
        == [("a", "SUCCEEDED")]
    assert read(store, lambda tx: tx.all_operations("arn-2")) == []
    assert read(store, lambda tx: tx.get_execution("arn-2")) is None


def test_events_round_trip_forward_and_backward(store: Store) -> None:
    events = [
        EventRecord(i, f"Type{i}", T0 + i, {"Id": f"op{i}", "Details": {"n": i}})
        for i in range(1, 6)
    ]
    write(store, lambda tx: tx.append_events("arn-1", events[:2]))
    write(store, lambda tx: tx.append_events("arn-1", events[2:]))
    write(store, lambda tx: tx.append_events("arn-2", [events[0]]))
    assert read(store, lambda tx: tx.events("arn-1", 0, 100, False)) == events
    assert read(store, lambda tx: tx.events("arn-1", 2, 2, False)) == events[2:4]
    assert read(store, lambda tx: tx.events("arn-1", 0, 2, True)) == [events[4], events[3]]
    assert read(store, lambda tx: tx.events("arn-1", 3, 100, True)) == [events[1], events[0]]
    with pytest.raises(Exception):  # noqa: B017 - an event id is written once
        write(store, lambda tx: tx.append_events("arn-1", [events[0]]))


def test_timers_due_in_order(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        tx.set_timer(TimerRecord("a", "w", "wait", T0 + 30))
        tx.set_timer(TimerRecord("a", "s", "retry", T0 + 10))
        tx.set_timer(TimerRecord("b", "x", "wait", T0 + 20))
        tx.set_timer(TimerRecord("b", "x", "callback_timeout", T0 + 40))

    write(store, setup)
    assert read(store, lambda tx: tx.next_timer_due()) == T0 + 10
    due = read(store, lambda tx: tx.due_timers(T0 + 30, 10))
    assert [(t.execution_arn, t.op_id, t.kind) for t in due] == [
        ("a", "s", "retry"),
        ("b", "x", "wait"),
        ("a", "w", "wait"),
    ]
    assert read(store, lambda tx: tx.due_timers(T0 + 30, 1)) == due[:1]
    assert read(store, lambda tx: tx.due_timers(T0 + 9, 10)) == []
    assert read(store, lambda tx: tx.due_timers_of("a", T0 + 99, ["wait"])) == [
        TimerRecord("a", "w", "wait", T0 + 30)
    ]
    # Setting a timer again moves it.
    write(store, lambda tx: tx.set_timer(TimerRecord("a", "s", "retry", T0 + 50)))
    assert read(store, lambda tx: tx.next_timer_due()) == T0 + 20
    write(store, lambda tx: tx.delete_timer("b", "x", "wait"))
    assert read(store, lambda tx: tx.next_timer_due()) == T0 + 30
    write(store, lambda tx: tx.delete_timers("a"))
    assert read(store, lambda tx: tx.due_timers(T0 + 99, 10)) == [
        TimerRecord("b", "x", "callback_timeout", T0 + 40)
    ]
    write(store, lambda tx: tx.delete_timers("b"))
    assert read(store, lambda tx: tx.next_timer_due()) is None


def test_only_a_timer_due_soon_is_news_for_the_schedulers(store: Store) -> None:
    def set_timers(*due: int) -> Callable[[Transaction], bool]:
        def work(tx: Transaction) -> bool:
            tx.timer_news_before_ms = T0 + 1000
            for n, ms in enumerate(due):
                tx.set_timer(TimerRecord("a", f"t{n}", "wait", ms))
            return tx.timers_set

        return work

    assert write(store, set_timers(T0 + 5000)) is False  # read again within a second anyway
    assert write(store, set_timers(T0 + 5000, T0 + 999)) is True
    assert write(store, set_timers(T0 + 999, T0 + 5000)) is True  # a later one keeps the news
    assert write(store, set_timers(T0 + 1000)) is False


def test_callbacks_round_trip(store: Store) -> None:
    write(store, lambda tx: tx.insert_callback("cb1", "arn-1", "op-1"))
    assert read(store, lambda tx: tx.get_callback("cb1")) == ("arn-1", "op-1")
    assert read(store, lambda tx: tx.get_callback("cb2")) is None


def fn(name: str, **settings: Any) -> FunctionConfig:
    return FunctionConfig(name=name, handler="app.handler", **settings)


def test_a_stored_configuration_keeps_unknown_keys_out_and_defaults_in(store: Store) -> None:
    """A row written by another Lamina version (more keys, fewer keys) still reads."""
    newer = {"name": "n", "handler": "app.handler", "timeout": 9, "some_future_key": [1]}
    assert FunctionConfig.from_dict(newer) == fn("n", timeout=9)
    assert FunctionConfig.from_dict({"name": "o", "handler": "h.h"}).memory_size == 128


def test_functions_round_trip_and_upsert(store: Store) -> None:
    config = fn("b", timeout=60, environment={"K": "V"}, durable=True)
    write(store, lambda tx: tx.put_function(FunctionRecord("b", config)))
    write(store, lambda tx: tx.put_function(FunctionRecord("a", fn("a"))))
    assert read(store, lambda tx: tx.get_function("b")) == FunctionRecord("b", config)
    write(store, lambda tx: tx.put_function(FunctionRecord("b", config.evolve(timeout=5))))
    assert read(store, lambda tx: tx.get_function("b")).config.timeout == 5
    assert [f.name for f in read(store, lambda tx: tx.list_functions())] == ["a", "b"]
    assert read(store, lambda tx: tx.get_function("c")) is None


def test_versions_are_numbered_once_each_even_after_deletion(store: Store) -> None:
    write(store, lambda tx: tx.put_function(FunctionRecord("f", fn("f"))))

    def publish(tx: Transaction) -> str:
        version = fn("f", version=str(tx.next_version_number("f")), code_sha256="c2hh")
        tx.put_version(version, T0)
        return version.version

    assert [write(store, publish) for _ in range(3)] == ["1", "2", "3"]
    write(store, lambda tx: tx.delete_version("f", 3))
    assert write(store, publish) == "4"  # 3 is never used again
    assert [v.version for v in read(store, lambda tx: tx.list_versions("f"))] == ["1", "2", "4"]
    assert read(store, lambda tx: tx.get_version("f", 2)).code_sha256 == "c2hh"
    assert read(store, lambda tx: tx.get_version("f", 3)) is None


def test_aliases_round_trip_and_go_with_their_function(store: Store) -> None:
    live = FunctionAlias("f", "live", "1", "the live one", {"2": 0.25}, "rev-1")

    def setup(tx: Transaction) -> None:
        tx.put_function(FunctionRecord("f", fn("f")))
        tx.put_version(fn("f", version="1"), T0)
        tx.put_alias(live)
        tx.put_alias(FunctionAlias("f", "beta", "$LATEST"))

    write(store, setup)
    assert read(store, lambda tx: tx.get_alias("f", "live")) == live
    assert [a.name for a in read(store, lambda tx: tx.list_aliases("f"))] == ["beta", "live"]
    write(store, lambda tx: tx.put_alias(FunctionAlias("f", "live", "2")))
    assert read(store, lambda tx: tx.get_alias("f", "live")).version == "2"
    write(store, lambda tx: tx.delete_alias("f", "beta"))
    assert [a.name for a in read(store, lambda tx: tx.list_aliases("f"))] == ["live"]
    write(store, lambda tx: tx.delete_function("f"))
    assert read(store, lambda tx: (tx.list_aliases("f"), tx.list_versions("f"))) == ([], [])
    assert read(store, lambda tx: tx.get_function("f")) is None


def test_an_invocation_starts_from_its_operations_and_its_versions_configuration(
    store: Store,
) -> None:
    def setup(tx: Transaction) -> None:
        tx.put_function(FunctionRecord("f", fn("f", timeout=30)))
        tx.put_version(fn("f", version="1", timeout=10), T0)
        tx.insert_execution(execution("on-1", function_name="f", version="1"))
        for op_id, seq in (("b", 2), ("a", 1)):
            tx.save_operation("on-1", operation(op_id, seq))
        tx.insert_execution(execution("plain", function_name="f", kind="plain"))
        tx.insert_execution(execution("on-7", function_name="f", version="7"))

    def inputs(arn: str) -> tuple[list[str], int | None]:
        def run(tx: Transaction) -> tuple[list[str], int | None]:
            found = tx.get_execution(arn)
            assert found is not None
            ops, config = tx.invocation_inputs(found)
            return [op.op_id for op in ops], None if config is None else config.timeout

        return read(store, run)

    write(store, setup)
    assert inputs("on-1") == (["a", "b"], 10)  # the version it started on, ops in order
    assert inputs("plain") == ([], 30)  # $LATEST; a plain execution has no operations
    assert inputs("on-7") == ([], None)  # a deleted version
    assert read(store, lambda tx: tx.version_config("f", "$LATEST")).timeout == 30
    with pytest.raises(InvalidParameterValue):
        read(store, lambda tx: tx.version_config("f", "live"))


def test_code_packages_are_stored_once_by_their_hash(store: Store) -> None:
    content = bytes(range(256)) * 40  # not text: every byte value survives
    write(store, lambda tx: tx.put_package("sha-a", content))
    write(store, lambda tx: tx.put_package("sha-a", content))
    assert read(store, lambda tx: tx.get_package("sha-a")) == content
    assert read(store, lambda tx: tx.get_package("sha-b")) is None


def test_open_executions_of_a_version(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        tx.insert_execution(execution("v1-a", version="1", start_ms=T0 + 1))
        tx.insert_execution(execution("v1-b", version="1", start_ms=T0))
        tx.insert_execution(execution("v1-done", version="1", status="SUCCEEDED"))
        tx.insert_execution(execution("v2", version="2"))

    write(store, setup)
    assert read(store, lambda tx: tx.open_executions_of_version("fn", "1", 10)) == [
        "v1-b",
        "v1-a",
    ]
    assert read(store, lambda tx: tx.open_executions_of_version("fn", "1", 1)) == ["v1-b"]
    assert read(store, lambda tx: tx.open_executions_of_version("fn", "3", 10)) == []


def test_logs_round_trip_in_append_order(store: Store) -> None:
    lines = [LogLineRecord("arn-1", 0, T0 + i, "req", f"line {i}") for i in range(3)]
    write(store, lambda tx: tx.append_logs(lines[:2]))
    write(store, lambda tx: tx.append_logs([LogLineRecord("arn-2", 0, T0, "r2", "other")]))
    write(store, lambda tx: tx.append_logs(lines[2:]))
    stored = read(store, lambda tx: tx.logs_of("arn-1"))
    assert [(x.line, x.timestamp_ms, x.request_id) for x in stored] == [
        (x.line, x.timestamp_ms, x.request_id) for x in lines
    ]
    sequences = [x.sequence for x in stored]
    assert sequences == sorted(set(sequences))


def test_many_log_lines_in_one_call_keep_their_order_and_bytes(store: Store) -> None:
    """More lines than one statement carries (PostgreSQL sends them 1,000 rows at a time),
    with text a database's text type would refuse (a NUL) or mangle."""
    lines = [
        LogLineRecord("arn-1", 0, T0 + i, f"req-{i % 3}", f"line {i} \x00 ünï {'x' * (i % 7)}")
        for i in range(2_500)
    ]
    write(store, lambda tx: tx.append_logs(lines))
    stored = read(store, lambda tx: tx.logs_of("arn-1"))
    assert [(x.line, x.timestamp_ms, x.request_id) for x in stored] == [
        (x.line, x.timestamp_ms, x.request_id) for x in lines
    ]


def test_purge_removes_expired_executions_and_everything_they_own(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        for arn, end in (("old", T0), ("recent", T0 + DAY_MS), ("running", None)):
            tx.insert_execution(
                execution(
                    arn,
                    end_ms=end,
                    expires_ms=None if end is None else end + DAY_MS,
                    status="RUNNING" if end is None else "SUCCEEDED",
                    retention_days=1,
                )
            )
            tx.save_operation(arn, operation("s", 1))
            tx.append_events(arn, [EventRecord(1, "ExecutionStarted", T0, {})])
            tx.set_timer(TimerRecord(arn, "s", "retry", T0 + 5))
            tx.insert_callback(f"cb-{arn}", arn, "s")
            tx.append_logs([LogLineRecord(arn, 0, T0, "r", "x")])

    write(store, setup)
    now = T0 + DAY_MS + 1
    assert write(store, lambda tx: tx.purge_executions(now, 10)) == 1
    assert read(store, lambda tx: tx.get_execution("old")) is None
    assert read(store, lambda tx: tx.all_operations("old")) == []
    assert read(store, lambda tx: tx.events("old", 0, 10, False)) == []
    assert read(store, lambda tx: tx.get_callback("cb-old")) is None
    assert read(store, lambda tx: tx.logs_of("old")) == []
    assert [t.execution_arn for t in read(store, lambda tx: tx.due_timers(now, 10))] == [
        "recent",
        "running",
    ]
    for kept in ("recent", "running"):
        assert read(store, lambda tx, a=kept: tx.get_execution(a)) is not None
        assert len(read(store, lambda tx, a=kept: tx.all_operations(a))) == 1
    assert write(store, lambda tx: tx.purge_executions(now, 10)) == 0
    assert write(store, lambda tx: tx.purge_executions(now + DAY_MS, 10)) == 1


# transactions


def test_write_returns_its_result_and_a_failed_write_leaves_nothing(store: Store) -> None:
    assert write(store, lambda tx: tx.insert_execution(execution("a")) or "done") == "done"

    def half_done(tx: Transaction) -> None:
        tx.insert_execution(execution("b"))
        tx.save_operation("a", operation("s", 1))
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        write(store, half_done)
    assert read(store, lambda tx: tx.get_execution("b")) is None
    assert read(store, lambda tx: tx.all_operations("a")) == []


def test_concurrent_writers_all_land(store: Store) -> None:
    threads, per_thread = 16, 20
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(per_thread):
                write(store, lambda tx, i=i: tx.insert_callback(f"cb-{n}-{i}", f"arn-{n}", str(i)))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    assert errors == []
    found = read(
        store,
        lambda tx: [
            tx.get_callback(f"cb-{n}-{i}") for n in range(threads) for i in range(per_thread)
        ],
    )
    assert None not in found


def _wait_until(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.001)


def _one_group(
    backend: Backend, store: Store, works: list[Callable[[Transaction], Any]]
) -> list[Any]:
    """Run `works` as one group: queued while every writer is busy, then one writer freed.
    Returns each one's result or exception, and checks that the group took one commit."""
    releases = [threading.Event() for _ in range(backend.writers(store))]
    started = threading.Semaphore(0)

    def blocker(release: threading.Event, tx: Transaction) -> None:
        started.release()
        assert release.wait(10)
        tx.insert_callback(f"blocker-{id(release)}", "blocked", "x")  # so that it commits

    blockers = [
        threading.Thread(target=write, args=(store, lambda tx, r=r: blocker(r, tx)))
        for r in releases
    ]
    for thread in blockers:  # one at a time, so that each occupies a writer of its own
        thread.start()
        assert started.acquire(timeout=10), "a writer did not take its blocking write"

    outcomes: dict[int, Any] = {}

    def run(n: int) -> None:
        try:
            outcomes[n] = write(store, works[n])
        except Exception as error:
            outcomes[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(works))]
    for thread in threads:
        thread.start()
    _wait_until(lambda: backend.queued_writes(store) == len(works))
    commits = store.commits  # type: ignore[attr-defined]
    releases[0].set()  # one writer is free: it takes every queued write at once
    for thread in threads:
        thread.join(timeout=30)
    # The first blocking write's commit, then the group's: one for all of them (a group that
    # split commits each write that did not fail on its own).
    grouped = store.commits - commits - 1  # type: ignore[attr-defined]
    for release in releases:
        release.set()
    for thread in blockers:
        thread.join(timeout=30)
    return [outcomes[n] for n in range(len(works))] + [grouped]


def _insert_job(n: int, fails: Callable[[Transaction], None] | None = None) -> Any:
    def work(tx: Transaction) -> str:
        tx.insert_callback(f"cb-{n}", "arn", str(n))
        tx.save_operation("arn", operation(f"op-{n}", n))
        if fails is not None:
            fails(tx)
        return f"ok-{n}"

    return work


def _written(store: Store, numbers: list[int]) -> None:
    ops = read(store, lambda tx: tx.all_operations("arn"))
    assert [o.op_id for o in ops] == [f"op-{n}" for n in numbers]
    for n in range(8):
        expected = ("arn", str(n)) if n in numbers else None
        assert read(store, lambda tx, n=n: tx.get_callback(f"cb-{n}")) == expected


def test_a_failing_job_rolls_back_alone_within_its_group(backend: Backend, store: Store) -> None:
    """Writes queued while every writer is busy run as one group with one commit; the one
    that raises is rolled back alone and fails alone."""

    def raises(tx: Transaction) -> None:
        raise RuntimeError("job 3 fails")

    *outcomes, commits = _one_group(
        backend, store, [_insert_job(n, raises if n == 3 else None) for n in range(8)]
    )
    assert commits == 1, "the jobs did not share one commit"
    assert isinstance(outcomes[3], RuntimeError)
    assert [o for n, o in enumerate(outcomes) if n != 3] == [f"ok-{n}" for n in range(8) if n != 3]
    _written(store, [n for n in range(8) if n != 3])


def test_a_job_whose_view_did_not_hold_runs_again_within_its_group(
    backend: Backend, store: Store
) -> None:
    """Its execution changed since the view: the check in its UPDATE fails, it runs again
    (and would read afresh), and the others of its group are committed."""
    running = execution("arn-v", gate="running", token="t1", change_seq=3,
                        lease_expires_ms=T0 + 1000)
    write(store, lambda tx: tx.insert_execution(running))
    write(store, lambda tx: tx.update_execution("arn-v", {"change_seq": 4}))  # meanwhile
    runs: list[str] = []

    def stale(tx: Transaction) -> str:
        if runs:  # as after reading afresh
            runs.append("again")
            return str(_insert_job(4)(tx))
        runs.append("from the view")
        tx.expect_view(CheckpointView(running, {}, []), [], T0)  # first: checked in the UPDATE
        tx.insert_callback("from-view", "arn-v", "x")
        tx.update_execution("arn-v", {"token": "t-stale"})
        return "stale"

    *outcomes, _ = _one_group(
        backend, store, [stale if n == 4 else _insert_job(n) for n in range(8)]
    )
    assert outcomes[:8] == [f"ok-{n}" for n in range(8)]
    assert runs[0] == "from the view" and runs[1:] and set(runs[1:]) == {"again"}
    _written(store, list(range(8)))
    assert read(store, lambda tx: tx.get_callback("from-view")) is None  # nothing of the view's
    changed = read(store, lambda tx: tx.get_execution("arn-v"))
    assert changed is not None and changed.token == "t1"


@pytest.mark.parametrize("read_after", [True, False], ids=["then-reads", "last-write"])
def test_a_job_the_database_refuses_fails_alone_within_its_group(
    backend: Backend, store: Store, read_after: bool
) -> None:
    """A statement that fails in the database (here a duplicate key) fails only the write
    that sent it; the others of its group are committed. Sent before the work ended (a read
    came after it), it is rolled back alone; sent after (its writes were held to the end),
    the group runs again, each write alone."""
    write(store, lambda tx: tx.insert_execution(execution("dup")))

    def duplicate(tx: Transaction) -> None:
        tx.insert_execution(execution("dup"))
        if read_after:
            tx.get_execution("dup")

    *outcomes, _ = _one_group(
        backend, store, [_insert_job(n, duplicate if n == 5 else None) for n in range(8)]
    )
    assert isinstance(outcomes[5], Exception), "a duplicate execution was written"
    assert "unique" in str(outcomes[5]).lower()  # the database's own message reaches the caller
    assert [o for n, o in enumerate(outcomes) if n != 5] == [f"ok-{n}" for n in range(8) if n != 5]
    _written(store, [n for n in range(8) if n != 5])
    assert read(store, lambda tx: tx.get_execution("dup")) is not None


def test_a_job_that_fails_after_writing_and_reading_leaves_nothing(
    backend: Backend, store: Store
) -> None:
    """Its writes went out before it failed (a read came after them): rolled back alone."""

    def reads_then_fails(tx: Transaction) -> None:
        tx.insert_callback("late", "arn", "late")
        assert tx.get_callback("late") == ("arn", "late")  # sees its own write
        raise RuntimeError("fails after reading")

    *outcomes, commits = _one_group(
        backend, store, [_insert_job(n, reads_then_fails if n == 2 else None) for n in range(8)]
    )
    assert commits == 1
    assert isinstance(outcomes[2], RuntimeError)
    _written(store, [n for n in range(8) if n != 2])
    assert read(store, lambda tx: tx.get_callback("late")) is None


# many stores on one database (processes sharing the journal)


@pytest.fixture
def two_stores(store: Store, url: str) -> Iterator[tuple[Store, Store]]:
    other = open_store(url)
    yield store, other
    other.close()


def _race(stores: tuple[Store, Store], per_store: int, work: Callable[[Store], None]) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(per_store * len(stores))

    def run(target: Store) -> None:
        try:
            start.wait(10)
            work(target)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores for _ in range(per_store)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []


def test_concurrent_claims_never_take_one_execution_twice(
    two_stores: tuple[Store, Store],
) -> None:
    count = 30
    write(
        two_stores[0],
        lambda tx: [
            tx.insert_execution(execution(f"r-{i:02}", gate="ready", ready_ms=T0 + i))
            for i in range(count)
        ],
    )
    claimed: list[tuple[str, str]] = []

    def claim(tx: Transaction, owner: str) -> str | None:
        ready = tx.next_ready_execution(T0 + count)
        if ready is None:
            return None
        arn = ready.execution.arn
        tx.update_execution(arn, {"gate": "running", "lease_owner": owner})
        return arn

    def claimer(target: Store) -> None:
        owner = threading.current_thread().name
        while (arn := target.write(lambda tx: claim(tx, owner), durable=False)) is not None:
            claimed.append((arn, owner))

    _race(two_stores, 4, claimer)
    assert sorted(arn for arn, _ in claimed) == [f"r-{i:02}" for i in range(count)]
    owners = read(two_stores[1], lambda tx: {e.arn: e.lease_owner for e in _all_of(tx)})
    assert owners == dict(claimed)


def _all_of(tx: Transaction) -> list[ExecutionRecord]:
    return tx.list_executions(ExecutionFilter(limit=1000, include_plain=True))


def test_concurrent_timer_firings_take_each_timer_once(two_stores: tuple[Store, Store]) -> None:
    def setup(tx: Transaction) -> None:
        for i in range(10):
            tx.insert_execution(execution(f"t-{i}"))
            for kind in ("wait", "retry"):
                tx.set_timer(TimerRecord(f"t-{i}", "op", kind, T0 + i))
        tx.set_timer(TimerRecord("gone", "op", "wait", T0))  # its execution no longer exists

    write(two_stores[0], setup)
    fired: list[tuple[str, str]] = []

    def fire(tx: Transaction) -> list[tuple[str, str]]:
        taken = []
        for timer in tx.due_timers(T0 + 99, 3):
            if tx.get_execution(timer.execution_arn) is not None:
                tx.update_execution(timer.execution_arn, {"failures": 1})
            tx.delete_timer(timer.execution_arn, timer.op_id, timer.kind)
            taken.append((timer.execution_arn, timer.kind))
        return taken

    def firer(target: Store) -> None:
        while batch := target.write(fire):
            fired.extend(batch)

    _race(two_stores, 3, firer)
    expected = [(f"t-{i}", k) for i in range(10) for k in ("wait", "retry")] + [("gone", "wait")]
    assert sorted(fired) == sorted(expected)
    assert read(two_stores[1], lambda tx: tx.next_timer_due()) is None


def test_concurrent_updates_of_one_execution_lose_nothing(
    two_stores: tuple[Store, Store],
) -> None:
    write(two_stores[0], lambda tx: tx.insert_execution(execution("counted")))

    def bump(tx: Transaction) -> None:
        current = tx.get_execution("counted")
        assert current is not None
        seq = current.change_seq + 1
        tx.save_operation("counted", operation(f"op-{seq}", seq))
        tx.update_execution("counted", {"change_seq": seq})

    def bumper(target: Store) -> None:
        for _ in range(10):
            target.write(bump)

    _race(two_stores, 4, bumper)
    final = read(two_stores[1], lambda tx: tx.get_execution("counted"))
    assert final.change_seq == 80
    ops = read(two_stores[1], lambda tx: tx.all_operations("counted"))
    assert [o.seq for o in ops] == list(range(1, 81))


# migrations


def test_fresh_schema_equals_the_migrations_replayed(
    backend: Backend, store: Store, url: str, tmp_path: Path
) -> None:
    replayed = backend.url(tmp_path / "replayed")
    (tmp_path / "replayed").mkdir()
    backend.replay_migrations(replayed)
    assert backend.schema(url) == backend.schema(replayed)
    assert backend.schema(url)  # not two empty databases


def test_schema_version_records_each_migration(backend: Backend, store: Store, url: str) -> None:
    numbers = backend.migration_numbers()
    assert numbers == sorted(set(numbers)) and numbers[0] == 1
    assert backend.applied_versions(url) == numbers


def test_reopening_does_not_rerun_migrations(backend: Backend, url: str) -> None:
    first = open_store(url)
    write(first, lambda tx: tx.put_function(FunctionRecord("kept", fn("kept"))))
    first.close()
    again = open_store(url)
    try:
        assert read(again, lambda tx: tx.get_function("kept")) is not None
    finally:
        again.close()
    assert backend.applied_versions(url) == backend.migration_numbers()


def test_a_new_migration_is_applied_once_on_an_existing_database(
    backend: Backend, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(url).close()
    numbers = backend.migration_numbers()
    module = __import__(backend.migrations_module, fromlist=["migration_scripts"])
    original = module.migration_scripts
    extra = (numbers[-1] + 1, "CREATE TABLE contract_extra (x INTEGER);")
    monkeypatch.setattr(module, "migration_scripts", lambda dialect: [*original(dialect), extra])
    for _ in range(2):  # the second open must not run it again (it would fail: table exists)
        reopened = open_store(url)
        reopened.close()
    assert backend.applied_versions(url) == [*numbers, extra[0]]


def test_a_timer_is_read_back_by_its_key(store: Store) -> None:
    write(store, lambda tx: tx.set_timer(TimerRecord("a", "op", "wait", T0 + 5)))
    assert read(store, lambda tx: tx.get_timer("a", "op", "wait")) == TimerRecord(
        "a", "op", "wait", T0 + 5
    )
    assert read(store, lambda tx: tx.get_timer("a", "op", "retry")) is None


def test_deleting_an_execution_removes_everything_it_owns(store: Store) -> None:
    def setup(tx: Transaction) -> None:
        for arn in ("gone", "kept"):
            tx.insert_execution(execution(arn))
            tx.save_operation(arn, operation("s", 1))
            tx.append_events(arn, [EventRecord(1, "ExecutionStarted", T0, {})])
            tx.set_timer(TimerRecord(arn, "s", "wait", T0))
            tx.insert_callback(f"cb-{arn}", arn, "s")

    write(store, setup)
    write(store, lambda tx: tx.delete_execution("gone"))
    assert read(store, lambda tx: tx.get_execution("gone")) is None
    assert read(store, lambda tx: tx.all_operations("gone")) == []
    assert read(store, lambda tx: tx.get_callback("cb-gone")) is None
    assert read(store, lambda tx: tx.get_timer("gone", "s", "wait")) is None
    assert read(store, lambda tx: tx.get_execution("kept")) is not None
    assert read(store, lambda tx: tx.get_timer("kept", "s", "wait")) is not None
