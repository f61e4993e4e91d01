"""Warm sandboxes: one per function when a worker starts, reused, given back once idle."""

from __future__ import annotations

import time
from pathlib import Path

from lamina import Lamina, Settings, StartRequest, wait_for_terminal
from lamina.runtime.process_pool import ProcessPoolInvoker

HANDLERS = Path(__file__).resolve().parent / "handlers"


def settings(tmp_path: Path, **changes: object) -> Settings:
    values: dict[str, object] = {
        "database_url": f"sqlite:///{tmp_path}/l.db",
        "runtime": "process",
        "templates": (HANDLERS / "template.yaml",),
        **changes,
    }
    return Settings(**values)  # type: ignore[arg-type]


def warmed(invoker: ProcessPoolInvoker, expected: dict[str, int], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while invoker.idle_sandboxes() != expected:
        assert time.monotonic() < deadline, f"warm sandboxes: {invoker.idle_sandboxes()}"
        time.sleep(0.05)


def test_a_started_worker_warms_each_function_then_reuses_and_trims(tmp_path: Path) -> None:
    with Lamina(settings(tmp_path)) as app:
        invoker = app.local_invoker
        assert isinstance(invoker, ProcessPoolInvoker)
        warmed(invoker, {"paged": 1, "napper": 1})  # before any invocation
        [warm_paged] = [
            s for idle in invoker._idle.values() for s in idle if s.function_name == "paged"
        ]
        for _ in range(2):
            arn = app.service.start_execution(
                StartRequest(function="paged", payload="{}")
            ).execution.arn
            assert wait_for_terminal(app.service, arn, 60).status == "SUCCEEDED"
        # Both executions ran in the sandbox warmed at the start.
        assert invoker.idle_sandboxes() == {"paged": 1, "napper": 1}
        assert warm_paged in [s for idle in invoker._idle.values() for s in idle]
        assert invoker.trim_idle() == 0  # still within their TTL
        invoker._idle_ttl_s = 0.0
        assert invoker.trim_idle() == 2
        assert not warm_paged.process.is_alive() and invoker.idle_sandboxes() == {}


def test_no_warming_without_a_worker_or_over_the_http_data_plane(tmp_path: Path) -> None:
    with Lamina(settings(tmp_path), roles=("scheduler",)) as app:
        time.sleep(1)
        assert isinstance(app.local_invoker, ProcessPoolInvoker)
        assert app.local_invoker.idle_sandboxes() == {}
    with Lamina(settings(tmp_path, data_plane="http")) as app:
        time.sleep(1)
        assert isinstance(app.local_invoker, ProcessPoolInvoker)
        assert app.local_invoker.idle_sandboxes() == {}
