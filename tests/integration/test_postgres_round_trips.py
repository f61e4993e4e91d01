"""How often Lamina waits for PostgreSQL, counted on the wire.

A proxy between the store and the server reads the protocol messages with which the client
asks for answers (Sync, Flush, Query); each is one round trip. A checkpoint goes on from the
state its invocation's claim or previous checkpoint left, and sends its check that the state
still holds with its writes and the COMMIT: one round trip. One whose state changed
meanwhile reads afresh and costs three more. Checkpoints queued together share a transaction
and its one round trip. The counts are exact, so that a change that adds a round trip is
seen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest

from lamina.functions.config import FunctionConfig
from lamina.service import DurableService, Invocation, Outcome, StartRequest
from lamina.store import open_store
from postgres_server import POSTGRES_SERVER
from tcp_proxy import TcpProxy


@dataclass
class Wire:
    service: DurableService
    proxy: TcpProxy

    def round_trips(self, call: Any) -> tuple[Any, int]:
        before = self.proxy.answer_requests
        result = call()
        return result, self.proxy.answer_requests - before

    def statements(self, call: Any) -> tuple[Any, int]:
        before = self.proxy.statements
        result = call()
        return result, self.proxy.statements - before

    def begin(self) -> Invocation:
        self.service.start_execution(StartRequest(function="fn", payload='{"n": 1}'))
        invocation = self.service.claim_invocation("worker-1", 60_000)
        assert invocation is not None
        return invocation


@pytest.fixture
def wire(postgres_url: str) -> Iterator[Wire]:
    server = urlsplit(POSTGRES_SERVER)
    with TcpProxy(server.hostname or "127.0.0.1", server.port or 5432) as proxy:
        # Unencrypted, so that the proxy can read the messages.
        store = open_store(proxy.route(postgres_url, query="sslmode=disable"))
        try:
            service = DurableService(store)
            service.functions.register(FunctionConfig(
                name="fn", handler="app.handler", code_dir=".", timeout=60, durable=True,
                execution_timeout=3600, retention_days=1,
            ))
            yield Wire(service, proxy)
        finally:
            store.close()


def step(op_id: str, action: str, **extra: Any) -> dict[str, Any]:
    return {"Id": op_id, "Type": "STEP", "Action": action, "SubType": "Step", "Name": op_id,
            **extra}


def test_a_checkpoint_takes_one_round_trip(wire: Wire) -> None:
    invocation = wire.begin()
    token = invocation.token
    for n in range(3):
        updates = [step(f"s{n}", "START"), step(f"s{n}", "SUCCEED", Payload=str(n))]
        answer, trips = wire.round_trips(
            lambda u=updates, t=token: wire.service.checkpoint(invocation.execution_arn, t, u)
        )
        token = answer["CheckpointToken"]
        assert trips == 1, f"checkpoint {n}: {trips} round trips"
        assert [op["Id"] for op in answer["NewExecutionState"]["Operations"]] == [f"s{n}"]
    recorded = {op.op_id: op for op in wire.service.operations(invocation.execution_arn)}
    assert [recorded[f"s{n}"].details["Result"] for n in range(3)] == ["0", "1", "2"]


def test_a_checkpoint_sends_its_writes_as_one_statement(wire: Wire) -> None:
    """One statement for all its writes (the operation, two history events, the execution,
    whose UPDATE holds the check that its view holds and answers with the transaction's id),
    which is the transaction itself: no BEGIN, no COMMIT."""
    invocation = wire.begin()
    updates = [step("s", "START"), step("s", "SUCCEED", Payload='"x"')]
    answer, statements = wire.statements(
        lambda: wire.service.checkpoint(invocation.execution_arn, invocation.token, updates)
    )
    assert statements == 1
    assert [e.event_type for e in wire.service.store.read(
        lambda tx: tx.events(invocation.execution_arn, 0, 100, False)
    )][-2:] == ["StepStarted", "StepSucceeded"]
    assert wire.service.operations(invocation.execution_arn)[-1].details["Result"] == '"x"'


def test_a_checkpoint_whose_execution_changed_meanwhile_reads_it_afresh(wire: Wire) -> None:
    """A callback answered between two checkpoints, by another process: the next checkpoint's
    check fails on the server, and it runs again reading the execution: four round trips (the
    failed try, its ROLLBACK, the reads, the writes). Its answer carries the callback's
    result."""
    invocation = wire.begin()
    arn = invocation.execution_arn
    started = wire.service.checkpoint(arn, invocation.token, [
        {"Id": "cb", "Type": "CALLBACK", "Action": "START", "SubType": "Callback", "Name": "cb"},
    ])
    callback_id = started["NewExecutionState"]["Operations"][0]["CallbackDetails"]["CallbackId"]
    other = DurableService(wire.service.store)  # another process: it has no views
    other.succeed_callback(callback_id, b'"yes"')
    updates = [step("s", "START"), step("s", "SUCCEED", Payload='"done"')]
    answer, trips = wire.round_trips(
        lambda: wire.service.checkpoint(arn, started["CheckpointToken"], updates)
    )
    assert trips == 4
    changed = {op["Id"]: op for op in answer["NewExecutionState"]["Operations"]}
    assert changed["cb"]["Status"] == "SUCCEEDED"
    assert changed["cb"]["CallbackDetails"]["Result"] == '"yes"'
    assert changed["s"]["StepDetails"]["Result"] == '"done"'


def test_writes_that_do_not_join_into_one_statement_go_in_a_transaction(wire: Wire) -> None:
    """Two UPDATEs of one table: BEGIN, each, the transaction's id, COMMIT. A write of
    nothing sends nothing."""
    first, second = wire.begin(), wire.begin()
    store = wire.service.store

    def both(tx: Any) -> None:
        tx.update_execution(first.execution_arn, {"tenant_id": "a"})
        tx.update_execution(second.execution_arn, {"tenant_id": "b"})

    _, statements = wire.statements(lambda: store.write(both))
    assert statements == 5
    assert wire.service.get_execution(first.execution_arn).tenant_id == "a"
    assert wire.service.get_execution(second.execution_arn).tenant_id == "b"
    _, statements = wire.statements(lambda: store.write(lambda tx: None))
    assert statements == 0


def test_a_start_sends_its_writes_as_one_statement(wire: Wire) -> None:
    """Two statements in two round trips: the function's configuration, which locks nothing
    and needs no transaction; then the execution with its input, first operation, first
    event and timeout, and the wake-up, a transaction of its own."""
    request = StartRequest(function="fn", payload='{"n": 1}')
    started, statements = wire.statements(lambda: wire.service.start_execution(request))
    assert statements == 2
    _, trips = wire.round_trips(lambda: wire.service.start_execution(request))
    assert trips == 2
    arn = started.execution.arn
    assert wire.service.get_execution(arn).input_payload == '{"n": 1}'
    assert [op.type for op in wire.service.operations(arn)] == ["EXECUTION"]
    events, _ = wire.service.history(arn)
    assert [e["EventType"] for e in events] == ["ExecutionStarted"]
    _, trips = wire.round_trips(lambda: wire.service.start_execution(request))
    assert trips == 2


def test_a_claim_takes_three_round_trips(wire: Wire) -> None:
    """The next ready execution with its function's reserved concurrency; its operations
    with its version's configuration; the claim's writes with COMMIT."""
    wire.service.start_execution(StartRequest(function="fn", payload='{"n": 1}'))
    claimed, trips = wire.round_trips(
        lambda: wire.service.claim_invocation("worker-1", 60_000, peek=False)
    )
    assert claimed is not None and claimed.function is not None
    assert claimed.function.name == "fn"
    assert [op["Type"] for op in claimed.operations] == ["EXECUTION"]
    assert trips == 3
    nothing, trips = wire.round_trips(lambda: wire.service.claim_invocation("worker-1", 60_000))
    assert nothing is None
    assert trips == 2  # the peek: one read, and its COMMIT


def test_an_invocations_end_and_the_next_claim_are_one_transaction(wire: Wire) -> None:
    first = wire.begin()
    step_done = wire.service.checkpoint(first.execution_arn, first.token, [
        step("s", "START"), step("s", "SUCCEED", Payload='"x"'),
    ])
    assert "CheckpointToken" in step_done
    wire.service.start_execution(StartRequest(function="fn", payload='{"n": 2}'))
    commits = wire.service.store.commits  # type: ignore[attr-defined]
    claimed, trips = wire.round_trips(lambda: wire.service.finish_invocation(
        first.execution_arn, first.invocation_id,
        Outcome(output={"Status": "SUCCEEDED", "Result": '"done"'}),
        claim_next=("worker-1", 60_000),
    ))
    assert claimed is not None and claimed.execution_arn != first.execution_arn
    assert wire.service.store.commits == commits + 1  # type: ignore[attr-defined]
    # The end goes on from what the checkpoint left: its check and writes go out with the
    # next ready execution's read; then that execution's operations and configuration; then
    # the claim's writes with COMMIT.
    assert trips == 3
    ended = wire.service.get_execution(first.execution_arn, plain=True)
    assert ended.status == "SUCCEEDED"
    assert wire.service.describe(first.execution_arn)["Result"] == '"done"'


def test_an_end_whose_execution_changed_meanwhile_reads_it_afresh(wire: Wire) -> None:
    """Another process stopped the execution after the invocation's last checkpoint: the
    end's check fails, and it runs again on what the store holds (the stop stands)."""
    invocation = wire.begin()
    arn = invocation.execution_arn
    wire.service.checkpoint(arn, invocation.token, [step("s", "START")])
    DurableService(wire.service.store).stop(arn)
    _, trips = wire.round_trips(lambda: wire.service.finish_invocation(
        arn, invocation.invocation_id, Outcome(output={"Status": "SUCCEEDED", "Result": "1"}),
    ))
    assert trips == 3  # the failed try, the read, the writes with COMMIT
    assert wire.service.get_execution(arn, plain=True).status == "STOPPED"
    events, _ = wire.service.history(arn)
    assert [e["EventType"] for e in events][-2:] == [
        "ExecutionStopped", "InvocationCompleted",
    ]


def test_checkpoints_queued_together_share_one_commit_and_one_round_trip_each(
    wire: Wire,
) -> None:
    """While every writer is busy, checkpoints of six executions queue; the first writer free
    runs them in one transaction, and one round trip."""
    invocations = [wire.begin() for _ in range(6)]
    store: Any = wire.service.store
    releases = [threading.Event() for _ in store._writers]
    started = threading.Semaphore(0)

    def block(release: threading.Event) -> None:
        def work(tx: Any) -> None:
            started.release()
            assert release.wait(10)
            tx.insert_callback(f"blocker-{id(release)}", "blocked", "x")  # so that it commits

        store.write(work)

    blockers = [threading.Thread(target=block, args=(r,)) for r in releases]
    for thread in blockers:
        thread.start()
        assert started.acquire(timeout=10)
    answers: dict[int, Any] = {}

    def checkpoint(n: int) -> None:
        invocation = invocations[n]
        updates = [step("s", "START"), step("s", "SUCCEED", Payload=str(n))]
        answers[n] = wire.service.checkpoint(invocation.execution_arn, invocation.token, updates)

    threads = [threading.Thread(target=checkpoint, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 10
    while store._queue.queued() < 6:
        assert time.monotonic() < deadline, "the checkpoints did not queue"
        time.sleep(0.001)
    commits, before = store.commits, wire.proxy.answer_requests
    releases[0].set()
    for thread in threads:
        thread.join(timeout=30)
    trips = wire.proxy.answer_requests - before
    committed = store.commits - commits
    for release in releases:
        release.set()
    for thread in blockers:
        thread.join(timeout=30)

    assert sorted(answers) == list(range(6))
    assert all("CheckpointToken" in answer for answer in answers.values())
    # The freed writer's own write, one statement that reads nothing: one round trip. Then
    # the group's.
    assert committed == 2
    assert trips == 1 + 1
