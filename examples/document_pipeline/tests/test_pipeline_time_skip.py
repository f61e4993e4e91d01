"""The pipeline on Lamina's virtual clock (`--time-skip`): a document nobody reviews waits its
seven days and is decided by the rules' timeout outcome, in a moment of real time."""

from __future__ import annotations

import time
from pathlib import Path

from pipeline_harness import running_pipeline
from test_pipeline_e2e import BLUE_HARBOR, write

WEEK = 7 * 24 * 3600


def test_a_week_without_a_reviewer_passes_at_once(tmp_path: Path) -> None:
    with running_pipeline(tmp_path / "run", time_skip=True) as pipeline:
        took = []
        for number in (4001, 4002):  # the first one also starts the agents' sandboxes
            started = time.monotonic()
            name = f"bh-{number}.txt"
            arn = pipeline.submit(write(tmp_path, name, BLUE_HARBOR.format(number=number)))
            result = pipeline.finish(arn)
            took.append(time.monotonic() - started)
        events = pipeline.history(arn)
    assert result["review"]["by"] == "timeout"
    assert result["outcome"] == "rejected"  # rules.yaml: review.on_timeout is reject
    [begun] = [e for e in events if e["EventType"] == "CallbackStarted"]
    [timed_out] = [e for e in events if e["EventType"] == "CallbackTimedOut"]
    waited = (timed_out["EventTimestamp"] - begun["EventTimestamp"]).total_seconds()
    assert WEEK <= waited < WEEK + 60
    print(f"real time per document: first {took[0]:.2f} s, next {took[1]:.2f} s")
    assert took[1] < 1  # the agents' own work, warm; the week itself took none
