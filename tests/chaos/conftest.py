"""Fixtures of the chaos tests: a database, Lamina processes that never outlive a test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from chaos_harness import LaminaProcess, StartLamina, start_lamina

from lamina.service import DurableService
from lamina.store import open_store


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "lamina.db"


@pytest.fixture
def database_url(database: Path) -> str:
    return f"sqlite:///{database}"


@pytest.fixture
def step_log(tmp_path: Path) -> Path:
    return tmp_path / "step-runs.jsonl"


@pytest.fixture
def service(database_url: str) -> Iterator[DurableService]:
    """The test's own view of the database; opened first, so it creates the schema."""
    store = open_store(database_url)
    try:
        yield DurableService(store)
    finally:
        store.close()


@pytest.fixture
def lamina(database_url: str, step_log: Path, tmp_path: Path) -> Iterator[StartLamina]:
    """Start `lamina run` processes; whatever a test leaves running is SIGKILLed, group and all."""
    started: list[LaminaProcess] = []

    def start(name: str, env: dict[str, str]) -> LaminaProcess:
        process = start_lamina(
            name,
            database_url,
            tmp_path,
            {"CHAOS_STEP_LOG": str(step_log), "CHAOS_TAG": name, **env},
        )
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
