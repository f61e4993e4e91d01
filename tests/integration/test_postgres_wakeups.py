"""On PostgreSQL, a write that makes work wakes the other processes (LISTEN/NOTIFY).

Polling stays as the fallback, so these tests make it too slow to pass by: only the
notification can deliver the wake-up in time.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from test_store_contract import execution

from lamina import Lamina, Settings, StartRequest, wait_for_terminal
from lamina.service import DurableService, Signals
from lamina.store import Store, open_store
from lamina.store.postgresql import WAKE_CHANNEL

HANDLERS = Path(__file__).resolve().parent / "handlers"


def wait_for(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.fixture
def stores(postgres_url: str) -> Iterator[tuple[Store, Store]]:
    """Two stores on one database, as two processes would hold them."""
    first, second = open_store(postgres_url), open_store(postgres_url)
    yield first, second
    first.close()
    second.close()


def listening(store: Store) -> Signals:
    signals = Signals()
    store.listen(signals)
    wait_for(lambda: signals.remote, 10, "the listener to connect")
    time.sleep(0.2)  # its first wake-up (for what it may have missed) is past
    return signals


def woken_by(signals: Signals, write: Callable[[], object], within_s: float = 2.0) -> bool:
    seen = signals.generation()
    write()
    deadline = time.monotonic() + within_s
    while signals.generation() == seen and time.monotonic() < deadline:
        signals.wait(seen, 0.05)
    return signals.generation() != seen


def test_work_and_ends_wake_another_store_and_other_writes_do_not(
    stores: tuple[Store, Store],
) -> None:
    listener, writer = stores
    signals = listening(listener)
    idle = execution("arn-idle", gate="idle")
    assert not woken_by(signals, lambda: writer.write(lambda tx: tx.insert_execution(idle)), 1.0)
    ready = execution("arn-ready", gate="ready", ready_ms=0)
    assert woken_by(signals, lambda: writer.write(lambda tx: tx.insert_execution(ready)))
    assert woken_by(
        signals,
        lambda: writer.write(lambda tx: tx.update_execution("arn-idle", {"gate": "ready"})),
    )
    # An invocation taken is no news; one ended, or an execution ended, is (a slot under a
    # reserved concurrency, a synchronous Invoke waiting on another server).
    claim = {"gate": "running", "lease_owner": "w"}
    assert not woken_by(
        signals, lambda: writer.write(lambda tx: tx.update_execution("arn-ready", claim)), 1.0
    )
    assert woken_by(
        signals,
        lambda: writer.write(lambda tx: tx.update_execution("arn-ready", {"gate": "done"})),
    )


def test_the_listener_reconnects_after_its_connection_is_killed(
    stores: tuple[Store, Store], postgres_url: str
) -> None:
    listener, writer = stores
    signals = listening(listener)
    query = "SELECT pid FROM pg_stat_activity WHERE query = %s AND datname = current_database()"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        [(pid,)] = admin.execute(query, (f"LISTEN {WAKE_CHANNEL}",)).fetchall()
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

        def listening_again() -> bool:
            pids = [p for (p,) in admin.execute(query, (f"LISTEN {WAKE_CHANNEL}",)).fetchall()]
            return bool(pids) and pid not in pids and signals.remote

        wait_for(listening_again, 15, "a new listening connection")
    time.sleep(0.2)
    ready = execution("arn-after", gate="ready", ready_ms=0)
    assert woken_by(signals, lambda: writer.write(lambda tx: tx.insert_execution(ready)))


def test_a_worker_starts_executions_started_elsewhere_without_polling(postgres_url: str) -> None:
    settings = Settings(
        database_url=postgres_url, runtime="inline", templates=(HANDLERS / "template.yaml",)
    )
    with Lamina(settings) as app:
        # Far slower polls than the test allows: a wake-up must come by notification.
        app.worker.listening_poll_s = 60
        app.scheduler.listening_max_sleep_s = 60
        wait_for(lambda: app.service.signals.remote, 10, "the worker to listen")
        client_store = open_store(postgres_url)  # another process's view: its own connections
        try:
            client = DurableService(client_store)
            for n in range(3):
                began = time.monotonic()
                request = StartRequest(function="napper", payload=json.dumps({"n": n}))
                arn = client.start_execution(request).execution.arn
                done = wait_for_terminal(client, arn, 20)
                assert done.status == "SUCCEEDED", done.error
                assert json.loads(done.result or "null") == {"n": n + 1}
                assert time.monotonic() - began < 10, "the worker was not woken by the start"
        finally:
            client_store.close()
