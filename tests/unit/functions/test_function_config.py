"""A function's configuration: what makes a new revision, and what a warm sandbox serves."""

from __future__ import annotations

from pathlib import Path

from lamina.functions.config import FunctionConfig
from lamina.service import DurableService
from lamina.store import open_store

CONFIG = FunctionConfig("f", "app.handler", code_dir="/srv/f", timeout=30)


def test_registering_the_same_settings_again_keeps_the_revision(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path}/lamina.db")
    try:
        functions = DurableService(store).functions
        first = functions.register(CONFIG)
        assert first.revision_id and functions.register(CONFIG) == first
        changed = functions.register(CONFIG.evolve(timeout=31))
        assert changed.revision_id != first.revision_id
        assert functions.get("f") == changed
    finally:
        store.close()


def test_a_warm_sandbox_serves_every_revision_with_the_same_code_and_settings() -> None:
    revised = CONFIG.evolve(revision_id="r2", last_modified_ms=5, description="new words")
    assert revised.sandbox_key() == CONFIG.sandbox_key()
    for changed in (
        CONFIG.evolve(code_sha256="c2hh"),
        CONFIG.evolve(version="3"),
        CONFIG.evolve(environment={"K": "V"}),
        CONFIG.evolve(search_path=["/deps"]),
    ):
        assert changed.sandbox_key() != CONFIG.sandbox_key()
