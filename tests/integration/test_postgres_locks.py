"""On PostgreSQL, claims of a limited function take turns without waiting on each other."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from lamina.functions.config import FunctionConfig
from lamina.store import Store, Transaction, open_store
from lamina.store.records import FunctionRecord


@pytest.fixture
def store(postgres_url: str) -> Iterator[Store]:
    store = open_store(postgres_url)
    limited = FunctionConfig("f", "app.handler", reserved_concurrency=1)
    store.write(lambda tx: tx.put_function(FunctionRecord("f", limited)))
    yield store
    store.close()


def test_a_function_held_by_one_claim_is_full_for_another(store: Store) -> None:
    holding, release = threading.Event(), threading.Event()

    def hold(tx: Transaction) -> bool:
        locked = tx.lock_function("f")
        holding.set()
        release.wait(10)  # the transaction, and its lock, stay open until then
        return locked

    results: list[bool] = []
    holder = threading.Thread(target=lambda: results.append(store.write(hold)))
    holder.start()
    try:
        assert holding.wait(10)
        assert store.write(lambda tx: tx.lock_function("f")) is False  # no wait, no deadlock
    finally:
        release.set()
        holder.join(10)
    assert results == [True]
    assert store.write(lambda tx: tx.lock_function("f")) is True
