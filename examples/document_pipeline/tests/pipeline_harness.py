"""Lamina with the pipeline deployed, in this process, on a real SQLite file and real sandboxes.

The clock Lamina's service sees can be moved forward, so a week of human review passes in an
instant; everything else (agents, sandboxes, HTTP, SQLite) is real.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from document_pipeline.enrichment.reference import ReferenceDB
from document_pipeline.inbox import DroppedFile
from document_pipeline.runner import ORCHESTRATOR, TEMPLATE, lambda_client, start_document

from lamina import Lamina, Settings, wait_for_terminal


class SkewClock:
    """The system clock plus an offset that tests move forward."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms


@dataclass
class Pipeline:
    app: Lamina
    url: str
    client: Any
    clock: SkewClock | None  # None on Lamina's own virtual clock
    data: Path

    def submit(self, path: Path, function: str = ORCHESTRATOR) -> str:
        content = path.read_bytes() if path.stat().st_size < 64 << 20 else b""
        dropped = DroppedFile(path, path.name, hashlib.sha256(content).hexdigest(),
                              path.stat().st_size)
        return start_document(self.client, dropped, function)

    def finish(self, arn: str, timeout: float = 90) -> dict[str, Any]:
        execution = wait_for_terminal(self.app.service, arn, timeout)
        assert execution.status == "SUCCEEDED", self.describe(arn)
        result: dict[str, Any] = json.loads(execution.result or "null")
        return result

    def describe(self, arn: str) -> str:
        events = self.history(arn)
        return json.dumps(events[-3:], default=str)[:3000]

    def history(self, arn: str) -> list[dict[str, Any]]:
        page = self.client.get_durable_execution_history(
            DurableExecutionArn=arn, IncludeExecutionData=True, MaxItems=1000
        )
        events: list[dict[str, Any]] = page["Events"]
        return events

    def callback_id(self, arn: str, timeout: float = 60) -> str:
        """The review callback the execution waits on, once it waits."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.history(arn):
                if event["EventType"] == "CallbackStarted":
                    return str(event["CallbackStartedDetails"]["CallbackId"])
                if event["EventType"].startswith("Execution") and event["EventType"] not in (
                    "ExecutionStarted",
                ):
                    raise AssertionError(f"ended without review: {self.describe(arn)}")
            time.sleep(0.1)
        raise AssertionError(f"no review requested within {timeout} s: {self.describe(arn)}")

    def answer(self, callback_id: str, decision: str, comment: str = "") -> None:
        body = {"decision": decision, "comment": comment, "reviewer": "test"}
        self.client.send_durable_execution_callback_success(
            CallbackId=callback_id, Result=json.dumps(body).encode()
        )

    def advance(self, seconds: float) -> None:
        assert self.clock is not None, "a virtual clock moves by itself"
        self.clock.offset_ms += int(seconds * 1000)
        self.app.service.signals.notify()

    def operations(self, arn: str, event_type: str) -> list[str]:
        return [e.get("Name", "") for e in self.history(arn) if e["EventType"] == event_type]


@contextmanager
def running_pipeline(
    folder: Path,
    parameters: dict[str, str] | None = None,
    concurrency: int = 8,
    template: Path | None = TEMPLATE,
    time_skip: bool = False,
) -> Iterator[Pipeline]:
    """The pipeline's template from the working tree, or with `template=None` only what
    is deployed into `folder/lamina.db`; with `time_skip`, on Lamina's virtual clock."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    db = ReferenceDB.open(f"sqlite:///{data / 'reference.db'}")
    db.seed(None)
    db.close()
    settings = Settings(database_url=f"sqlite:///{folder / 'lamina.db'}", concurrency=concurrency,
                        time_skip=time_skip, time_skip_grace_s=0.0)  # nobody answers from outside
    app = Lamina(settings)
    clock = None
    if not time_skip:  # a clock the test moves, instead of one that skips by itself
        clock = SkewClock()
        app.service.clock = clock
    url = app.serve_api("127.0.0.1", 0)
    try:
        values = {"DataDir": str(data), "ActionBackoffSeconds": "1", **(parameters or {})}
        if template is not None:
            app.load_template(template, values)
        app.start()
        yield Pipeline(app, url, lambda_client(url, settings.region), clock, data)
    finally:
        app.stop()
