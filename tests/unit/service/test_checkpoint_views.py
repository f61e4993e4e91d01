"""A checkpoint goes on from the state its invocation's claim or previous checkpoint left
(`CheckpointViews`), and the store checks that the state still holds; whenever it does not
(someone else acted, time passed a lease or a timer), the checkpoint reads afresh and answers
exactly as if it had read from the start."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from service_driver import LEASE_MS, Driver, callback, step, wait

from conftest import FakeClock
from lamina.errors import InvalidCheckpointToken, InvalidParameterValue
from lamina.service import DurableService
from lamina.store import Store


class CountingStore:
    """The store, counting how checkpoints learn their execution's state: the views they
    went on from (`expect_view`), those that did not hold (the store ran the work again,
    `view_refused`), and the reads afresh (`checkpoint_view`)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.calls: Counter[str] = Counter()

    def write(self, work: Any, durable: bool = True) -> Any:
        runs = 0

        def counted(tx: Any) -> Any:
            nonlocal runs
            runs += 1
            if runs > 1:
                self.calls["view_refused"] += 1
            return work(_Counted(tx, self.calls))

        return self._store.write(counted, durable)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class _Counted:
    def __init__(self, tx: Any, calls: Counter[str]) -> None:
        self._tx, self._calls = tx, calls

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._tx, name)
        if name in ("checkpoint_view", "expect_view"):
            def counted(*args: Any) -> Any:
                self._calls[name] += 1
                return attribute(*args)

            return counted
        return attribute

    def __setattr__(self, name: str, value: Any) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._tx, name, value)


@pytest.fixture
def counted(store: Store) -> CountingStore:
    return CountingStore(store)


@pytest.fixture
def service(counted: CountingStore, clock: FakeClock) -> DurableService:
    return DurableService(counted, clock=clock)  # type: ignore[arg-type]


def test_each_checkpoint_goes_on_from_the_state_the_last_one_left(
    driver: Driver, counted: CountingStore
) -> None:
    session = driver.begin()
    for n in range(3):
        delta = session.delta(step(f"s{n}", "START"), step(f"s{n}", "SUCCEED", Payload=str(n)))
        assert delta[f"s{n}"]["StepDetails"]["Result"] == str(n)
    assert counted.calls == {"expect_view": 3}
    assert [driver.op(session.arn, f"s{n}")["Status"] for n in range(3)] == ["SUCCEEDED"] * 3


def test_a_change_by_another_process_is_read_afresh(
    driver: Driver, counted: CountingStore, store: Store, clock: FakeClock
) -> None:
    session = driver.begin()
    started = session.delta(callback("cb"))
    other = DurableService(store, clock=clock)  # another process: it keeps no views
    other.succeed_callback(started["cb"]["CallbackDetails"]["CallbackId"], b'"yes"')
    delta = session.delta(step("s", "START"))
    assert delta["cb"]["Status"] == "SUCCEEDED"
    assert delta["cb"]["CallbackDetails"]["Result"] == '"yes"'
    assert counted.calls == {"expect_view": 2, "view_refused": 1, "checkpoint_view": 1}


def test_a_renewed_lease_keeps_the_state_good(
    driver: Driver, counted: CountingStore, clock: FakeClock
) -> None:
    session = driver.begin()
    session.checkpoint(step("a", "START"))
    clock.advance(LEASE_MS // 2)
    assert driver.service.renew_lease(session.arn, session.invocation.invocation_id, LEASE_MS)
    clock.advance(LEASE_MS // 2 + 1_000)  # past the lease the kept state remembers
    session.checkpoint(step("a", "SUCCEED", Payload="1"))
    assert counted.calls == {"expect_view": 2}


def test_an_expired_lease_refuses_the_checkpoint(driver: Driver, clock: FakeClock) -> None:
    session = driver.begin()
    session.checkpoint(step("a", "START"))
    clock.advance(LEASE_MS + 1)  # not yet written off: only the lease tells
    with pytest.raises(InvalidCheckpointToken, match="lease has expired"):
        session.checkpoint(step("a", "SUCCEED", Payload="1"))


def test_a_wait_that_fell_due_completes_in_the_next_checkpoint(
    driver: Driver, counted: CountingStore, clock: FakeClock
) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 1), step("s", "START"))
    clock.advance(1_500)  # due, and no scheduler fired it
    delta = session.delta(step("s", "SUCCEED", Payload="1"))
    assert delta["w"]["Status"] == "SUCCEEDED"
    assert counted.calls == {"expect_view": 2, "view_refused": 1, "checkpoint_view": 1}


def test_a_pause_asked_between_checkpoints_ends_the_invocation(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(step("a", "START"))
    driver.service.pause(session.arn)
    response = session.checkpoint(step("a", "SUCCEED", Payload="1"))
    assert "CheckpointToken" not in response
    assert driver.op(session.arn, "a")["Status"] == "SUCCEEDED"


def test_a_refusal_is_decided_again_on_what_the_store_holds(
    driver: Driver, counted: CountingStore
) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 5))
    with pytest.raises(InvalidParameterValue, match="Cannot start a WAIT that already exist"):
        session.checkpoint(wait("w", 5))
    assert counted.calls == {"expect_view": 2, "checkpoint_view": 1}
    session.checkpoint(step("s", "START"))  # the refused checkpoint left the state alone
    assert counted.calls == {"expect_view": 3, "checkpoint_view": 1}


def test_an_invocations_end_goes_on_from_its_last_checkpoint(
    driver: Driver, counted: CountingStore
) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"), step("s", "SUCCEED", Payload="1"))
    session.finish({"Status": "SUCCEEDED", "Result": '"done"'})
    assert counted.calls == {"expect_view": 2}
    assert driver.describe_status(session.arn) == "SUCCEEDED"


def test_an_end_without_a_checkpoint_here_reads_afresh(
    driver: Driver, counted: CountingStore
) -> None:
    """A durable invocation's claim view is not used for its end: its checkpoints may have gone
    to another process (the HTTP API), which would make every such end fail once."""
    session = driver.begin()
    session.finish({"Status": "SUCCEEDED", "Result": '"done"'})
    assert counted.calls == {}
    assert driver.describe_status(session.arn) == "SUCCEEDED"


def test_an_end_after_a_stop_by_another_process_reads_afresh(
    driver: Driver, counted: CountingStore, store: Store, clock: FakeClock
) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"))
    DurableService(store, clock=clock).stop(session.arn)
    session.finish({"Status": "SUCCEEDED", "Result": '"done"'})
    assert counted.calls == {"expect_view": 2, "view_refused": 1}
    assert driver.describe_status(session.arn) == "STOPPED"
