"""The statements a SQLite write sends, counted on the writer's connection.

Each statement lets go of the interpreter's lock while SQLite runs it and must take it back
from the threads that took it meanwhile: with many executions in flight that wait, not the
statement, is most of the cost of the single writer. So a checkpoint's step START and
SUCCEED write the operation once, its history events go as one INSERT, and a write that
does not read after writing needs no savepoint; its execution's UPDATE, sent first, checks
that the state it went on from still holds. The counts are exact, so that a change that adds
a statement is seen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lamina.functions.config import FunctionConfig
from lamina.service import DurableService, Invocation, StartRequest
from lamina.store import open_store
from lamina.store.sqlite import SqliteStore


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DurableService]:
    store = open_store(f"sqlite:///{tmp_path / 'lamina.db'}")
    try:
        service = DurableService(store)
        service.functions.register(FunctionConfig(
            name="fn", handler="app.handler", code_dir=".", timeout=60, durable=True,
            execution_timeout=3600, retention_days=1,
        ))
        yield service
    finally:
        store.close()


def sent(service: DurableService, call: Any) -> tuple[Any, list[str]]:
    """What `call` returned, and the first words of each statement the writer sent."""
    store = service.store
    assert isinstance(store, SqliteStore)
    statements: list[str] = []
    store._writer_conn.set_trace_callback(
        lambda sql: statements.append(" ".join(sql.split()[:3]))
    )
    try:
        return call(), statements
    finally:
        store._writer_conn.set_trace_callback(None)


def begin(service: DurableService) -> Invocation:
    service.start_execution(StartRequest(function="fn", payload='{"n": 1}'))
    invocation = service.claim_invocation("worker-1", 60_000)
    assert invocation is not None
    return invocation


def step(op_id: str, action: str, **extra: Any) -> dict[str, Any]:
    return {"Id": op_id, "Type": "STEP", "Action": action, "SubType": "Step", "Name": op_id,
            **extra}


def test_a_checkpoint_writes_its_step_once_and_its_events_together(
    service: DurableService,
) -> None:
    invocation = begin(service)
    updates = [step("s", "START"), step("s", "SUCCEED", Payload='"x"')]
    answer, statements = sent(
        service, lambda: service.checkpoint(invocation.execution_arn, invocation.token, updates)
    )
    assert statements == [
        "PRAGMA synchronous=FULL",  # the claim committed without a flush of its own
        "BEGIN IMMEDIATE",
        "UPDATE executions SET",  # first: it checks that the claim's view still holds
        "INSERT INTO operations",
        "INSERT INTO events",
        "COMMIT",
    ]
    assert [op["Id"] for op in answer["NewExecutionState"]["Operations"]] == ["s"]
    assert [e.event_type for e in service.store.read(
        lambda tx: tx.events(invocation.execution_arn, 0, 100, False)
    )][-2:] == ["StepStarted", "StepSucceeded"]
    recorded = service.operations(invocation.execution_arn)[-1]
    assert (recorded.status, recorded.details["Result"]) == ("SUCCEEDED", '"x"')


def test_many_rows_of_one_table_go_in_statements_of_at_most_999_parameters(
    service: DurableService,
) -> None:
    """A checkpoint of 120 steps: their operations in two INSERTs (76 rows of 13 columns
    each at most), their 240 history events in two (199 rows of 5)."""
    invocation = begin(service)
    updates = [u for n in range(120)
               for u in (step(f"s{n}", "START"), step(f"s{n}", "SUCCEED", Payload=str(n)))]
    _, statements = sent(
        service, lambda: service.checkpoint(invocation.execution_arn, invocation.token, updates)
    )
    assert statements.count("INSERT INTO operations") == 2
    assert statements.count("INSERT INTO events") == 2
    ops = {op.op_id: op for op in service.operations(invocation.execution_arn)}
    assert [ops[f"s{n}"].details["Result"] for n in range(120)] == [str(n) for n in range(120)]
    events = service.store.read(lambda tx: tx.events(invocation.execution_arn, 0, 1000, False))
    assert [e.event_id for e in events] == list(range(1, len(events) + 1))
    assert len(events) == 1 + 240  # the execution's start, then every step's two


def test_the_writer_counts_the_time_it_spends_on_writes(service: DurableService) -> None:
    """`busy_s` (wall) and `busy_cpu_s` grow with each write and not with reads: the
    benchmark divides them by its run's length to show how busy the one writer is."""
    store = service.store
    assert isinstance(store, SqliteStore)
    wall, cpu = store.busy_s, store.busy_cpu_s  # the function's registration
    invocation = begin(service)
    assert store.busy_s > wall and store.busy_cpu_s > cpu
    wall, cpu = store.busy_s, store.busy_cpu_s
    service.get_execution(invocation.execution_arn)
    assert (store.busy_s, store.busy_cpu_s) == (wall, cpu)
    service.checkpoint(invocation.execution_arn, invocation.token, [])
    assert store.busy_s > wall and store.busy_cpu_s > cpu
