"""A replay whose operations do not fit one invocation input reads the rest page by page."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lamina import Lamina, Settings, StartRequest, wait_for_terminal

HANDLERS = Path(__file__).resolve().parent / "handlers"


@pytest.mark.parametrize("runtime", ["inline", "process"])
def test_large_state_is_paged(tmp_path: Path, runtime: str) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path}/l.db",
        runtime=runtime,
        templates=(HANDLERS / "template.yaml",),
    )
    with Lamina(settings) as app:
        app.service.limits = replace(app.service.limits, invocation_page_bytes=400)
        pages: list[str] = []
        original = app.service.get_state

        def counting_get_state(arn: str, token: str, marker: str = "", max_items: int = 0):  # type: ignore[no-untyped-def]
            pages.append(marker)
            return original(arn, token, marker, max_items)

        app.service.get_state = counting_get_state  # type: ignore[method-assign]
        arn = app.service.start_execution(
            StartRequest(function="paged", payload="{}")
        ).execution.arn
        done = wait_for_terminal(app.service, arn, 60)
        assert done.status == "SUCCEEDED", done.error
        assert json.loads(done.result or "null") == [f"value-{i}-" + "x" * 50 for i in range(12)]
        assert pages, "the replay after the wait must have read further pages"
        steps = [e for e in app.service.history(arn)[0] if e["EventType"] == "StepStarted"]
        assert len(steps) == 12  # no step ran again on replay
