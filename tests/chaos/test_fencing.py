"""A worker whose lease expired cannot write: its late checkpoint is refused.

Lamina A starts a slow step and is frozen (SIGSTOP on its whole process group, sandboxes
included) in the middle of it. Lamina B, on the same database, writes A's invocation off
when the lease expires and runs the execution to the end. A's checkpoint token is then
dead: the step's success sent with it is refused. When A thaws, whatever its stale
invocation still does (checkpoint and be refused, or be cancelled by its own worker) must
leave B's result and history untouched; then both stop cleanly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from chaos_harness import (
    LaminaProcess,
    StartLamina,
    all_events,
    events_of,
    process_ended,
    read_step_runs,
    wait_for_functions,
    wait_until,
    written_off,
)

from lamina.errors import InvalidCheckpointToken
from lamina.service import DurableService, StartRequest
from lamina.store.records import ExecutionRecord

LEASE = {"LAMINA_LEASE_MS": "1500"}
STEP_SECONDS = 4


def freeze_mid_step(
    service: DurableService, frozen: LaminaProcess, arn: str, step_log: Path, database: Path
) -> ExecutionRecord:
    """Freeze A inside its step body; returns the execution as A left it (its lease, token)."""
    wait_until(lambda: events_of(all_events(service, arn), "StepStarted"), 60, "StepStarted")
    wait_until(
        lambda: any(r.tag == "A" for r in read_step_runs(step_log)), 30, "A's step body to start"
    )
    frozen.freeze_between_writes(database)
    stale = service.get_execution(arn)
    assert stale.invocation_id is not None and stale.token is not None
    return stale


def late_step_success(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The checkpoint A's sandbox sends when its step body returns."""
    started = events_of(events, "StepStarted")[0]
    return {
        "Id": started["Id"],
        "Type": "STEP",
        "SubType": "Step",
        "Action": "SUCCEED",
        "Name": "tagged",
        "Payload": json.dumps("A"),
    }


@pytest.mark.chaos
def test_frozen_worker_cannot_checkpoint_after_another_took_over(
    service: DurableService, lamina: StartLamina, step_log: Path, database: Path
) -> None:
    frozen = lamina("A", LEASE)
    wait_for_functions(service)
    payload = json.dumps({"key": "fenced", "seconds": STEP_SECONDS})
    arn = service.start_execution(
        StartRequest(function="TaggedSlowStep", payload=payload, name="fenced")
    ).execution.arn
    stale = freeze_mid_step(service, frozen, arn, step_log, database)

    taker = lamina("B", LEASE)
    execution = wait_until(
        lambda: (e := service.get_execution(arn)).terminal and e, 90, "B to finish the execution"
    )
    assert execution.status == "SUCCEEDED", execution.error
    assert execution.result is not None and json.loads(execution.result) == "B"
    settled = all_events(service, arn)
    lost = [e["InvocationCompletedDetails"]["RequestId"] for e in written_off(settled)]
    assert stale.invocation_id in lost, "B did not write off A's invocation"
    succeeded = [e for e in events_of(settled, "StepSucceeded") if e["Name"] == "tagged"]
    assert [e["StepSucceededDetails"]["Result"]["Payload"] for e in succeeded] == ['"B"']

    with pytest.raises(InvalidCheckpointToken):
        service.checkpoint(arn, stale.token or "", [late_step_success(settled)])

    frozen.thaw()
    sandbox = next(r.pid for r in read_step_runs(step_log) if r.tag == "A")
    wait_until(
        lambda: (
            any(r.tag == "A" and r.phase == "end" for r in read_step_runs(step_log))
            or process_ended(sandbox)
        ),
        30,
        "A's step body to return, or A to cancel it, after the thaw",
    )
    # A clean stop waits for A's stale invocation to end: all it will ever try, it has tried.
    assert frozen.stop() == 0, frozen.log()
    assert taker.stop() == 0, taker.log()
    assert all_events(service, arn) == settled, "A's late checkpoint changed the history"
    after = service.get_execution(arn)
    assert (after.status, after.result) == ("SUCCEEDED", execution.result)
