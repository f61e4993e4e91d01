"""Fixtures of the service unit tests: a store on a temporary file and a clock tests move."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from service_driver import Driver

from lamina.service import DurableService
from lamina.service.limits import Limits
from lamina.store import Store, open_store

START_MS = 1_700_000_000_000


class FakeClock:
    """The service's clock, moved only by the test."""

    def __init__(self, now_ms: int = START_MS) -> None:
        self._now_ms = now_ms

    def now_ms(self) -> int:
        return self._now_ms

    def advance(self, ms: int) -> None:
        assert ms >= 0, "time never goes back"
        self._now_ms += ms


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path}/t.db")
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store, clock: FakeClock) -> DurableService:
    return DurableService(store, clock=clock)


@pytest.fixture
def driver(service: DurableService, clock: FakeClock) -> Driver:
    return Driver(service, clock)


@pytest.fixture
def make_driver(tmp_path: Path) -> Iterator[Callable[..., Driver]]:
    """A fresh store, clock and service per call (Hypothesis examples must not share state)."""
    stores: list[Store] = []

    def make(limits: Limits | None = None) -> Driver:
        opened = open_store(f"sqlite:///{tmp_path}/t{len(stores)}.db")
        stores.append(opened)
        clock = FakeClock()
        return Driver(DurableService(opened, clock=clock, limits=limits or Limits()), clock)

    yield make
    for opened in stores:
        opened.close()
