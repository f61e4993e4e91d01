"""Warm sandboxes are reused, and given back once idle for longer than their TTL."""

from __future__ import annotations

from pathlib import Path

from lamina import Lamina, Settings, StartRequest, wait_for_terminal
from lamina.runtime.process_pool import ProcessPoolInvoker

HANDLERS = Path(__file__).resolve().parent / "handlers"


def test_idle_sandboxes_are_reused_then_trimmed(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path}/l.db",
        runtime="process",
        templates=(HANDLERS / "template.yaml",),
    )
    with Lamina(settings) as app:
        invoker = app.local_invoker
        assert isinstance(invoker, ProcessPoolInvoker)
        for _ in range(2):
            arn = app.service.start_execution(
                StartRequest(function="paged", payload="{}")
            ).execution.arn
            assert wait_for_terminal(app.service, arn, 60).status == "SUCCEEDED"
        [sandboxes] = invoker._idle.values()
        assert len(sandboxes) == 1  # the second execution reused the first one's sandbox
        process = sandboxes[0].process
        assert invoker.trim_idle() == 0  # still within its TTL
        invoker._idle_ttl_s = 0.0
        assert invoker.trim_idle() == 1
        assert not process.is_alive() and invoker._idle == {}
