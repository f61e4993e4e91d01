"""SIGKILL a running Lamina mid-flight, restart it on the same database: nothing is lost or redone.

50 executions mix slow steps, 1-3 s waits and callbacks. Half of the callbacks are answered
before the kill, half after the restart. The kill takes Lamina, its forkserver and every
sandbox at once; the restarted Lamina writes the orphaned invocations off when their
leases expire and must finish every execution with the right result, without running
again any step whose success the database had recorded before the kill.
"""

from __future__ import annotations

import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from chaos_harness import (
    LAMINA,
    LaminaProcess,
    StartLamina,
    all_events,
    events_of,
    read_step_runs,
    wait_for_functions,
    wait_until,
    written_off,
)

from lamina.service import DurableService, StartRequest

LEASE = {"LAMINA_LEASE_MS": "2000"}
WAIT_PATTERNS: tuple[tuple[int, ...], ...] = ((), (1,), (2, 1), (3,), (1, 1, 1))
STEP_EXECUTIONS = 40
CALLBACK_EXECUTIONS = 10  # the even ones are answered before the kill, the odd ones after
STEPS_BEFORE_KILL = 50  # of about 150 step successes in all


@dataclass(frozen=True)
class Planned:
    key: str
    function: str
    payload: dict[str, Any]
    steps: tuple[str, ...]
    answered_before_kill: bool = False

    def answer(self) -> dict[str, str]:
        return {
            "key": self.key,
            "answered": "before-kill" if self.answered_before_kill else "after-restart",
        }

    def expected_result(self) -> dict[str, Any]:
        if self.function == "CallbackApproval":
            return {"key": self.key, "closing": [f"request-{self.key}", self.answer()]}
        if self.function == "FanOut":  # items tripled by a map, summed by Tally, plus one
            return {"key": self.key, "total": sum(self.payload["items"]) * 3 + 1}
        total = self.payload["seed"] * 10
        for index, _ in enumerate(self.payload["waits"]):
            total += index + 1
        return {"key": self.key, "total": total * 2}


def plan() -> list[Planned]:
    executions = []
    for index in range(STEP_EXECUTIONS):
        waits = WAIT_PATTERNS[index % len(WAIT_PATTERNS)]
        steps = ("first", *(f"after-pause-{i}" for i in range(len(waits))), "last")
        executions.append(
            Planned(
                f"steps-{index:02d}",
                "StepsAndWaits",
                {"key": f"steps-{index:02d}", "seed": index, "waits": list(waits)},
                steps,
            )
        )
    for index in range(CALLBACK_EXECUTIONS):
        key = f"callback-{index:02d}"
        executions.append(
            Planned(
                key,
                "CallbackApproval",
                {"key": key},
                ("request", "close"),
                answered_before_kill=index % 2 == 0,
            )
        )
    return executions


def succeeded_steps(service: DurableService, arns: dict[str, str]) -> set[tuple[str, str]]:
    """(execution key, step name) of every step whose success the database holds."""
    return {
        (key, event["Name"])
        for key, arn in arns.items()
        for event in events_of(all_events(service, arn), "StepSucceeded")
    }


def callback_ids(service: DurableService, arns: dict[str, str]) -> dict[str, str] | None:
    """The callback id of every execution in `arns`, once all of them have one."""
    found = {}
    for key, arn in arns.items():
        started = events_of(all_events(service, arn), "CallbackStarted")
        if not started:
            return None
        found[key] = started[0]["CallbackStartedDetails"]["CallbackId"]
    return found


def answer_callback_with_cli(database_url: str, callback_id: str, result: dict[str, str]) -> None:
    subprocess.run(
        [
            str(LAMINA),
            "callbacks",
            "succeed",
            callback_id,
            "--result",
            json.dumps(result),
            "--database-url",
            database_url,
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )


def start_all(service: DurableService, executions: list[Planned]) -> dict[str, str]:
    return {
        p.key: service.start_execution(
            StartRequest(function=p.function, payload=json.dumps(p.payload), name=p.key)
        ).execution.arn
        for p in executions
    }


@dataclass(frozen=True)
class AtKill:
    """What the database held when the first Lamina died, and when it died."""

    killed_at: float
    succeeded: set[tuple[str, str]]  # (execution key, step name)
    in_flight: dict[str, str]  # execution key -> the invocation that was running


def invocations_running(service: DurableService, arns: dict[str, str]) -> dict[str, str]:
    """Execution key -> the invocation that holds its lease right now."""
    running = {key: service.get_execution(arn).invocation_id for key, arn in arns.items()}
    return {key: invocation for key, invocation in running.items() if invocation}


def kill_mid_flight(service: DurableService, first: LaminaProcess, arns: dict[str, str]) -> AtKill:
    wait_until(
        lambda: (
            len(succeeded_steps(service, arns)) >= STEPS_BEFORE_KILL
            and invocations_running(service, arns)
        ),
        90,
        f"{STEPS_BEFORE_KILL} step successes and invocations in flight",
        interval_s=0.1,
    )
    first.kill()
    killed_at = time.time()
    # Nothing writes to the database now: what it holds is exactly its state at the kill.
    in_flight = invocations_running(service, arns)
    assert in_flight, "the kill interrupted no invocation: the test proves nothing"
    return AtKill(killed_at, succeeded_steps(service, arns), in_flight)


def assert_results(
    service: DurableService, executions: list[Planned], arns: dict[str, str]
) -> None:
    for planned in executions:
        execution = service.get_execution(arns[planned.key])
        assert (planned.key, execution.status) == (planned.key, "SUCCEEDED"), execution.error
        assert execution.result is not None
        assert json.loads(execution.result) == planned.expected_result()
        history = all_events(service, arns[planned.key])
        names = [e["Name"] for e in events_of(history, "StepSucceeded")]
        assert sorted(names) == sorted(planned.steps), f"{planned.key} step successes: {names}"


def assert_written_off(service: DurableService, arns: dict[str, str], at_kill: AtKill) -> None:
    """The restarted Lamina wrote off every invocation the kill orphaned."""
    for key, invocation_id in at_kill.in_flight.items():
        lost = [
            e["InvocationCompletedDetails"]["RequestId"]
            for e in written_off(all_events(service, arns[key]))
        ]
        assert invocation_id in lost, f"{key}: the orphaned invocation was not written off"


def assert_no_step_redone(step_log: Path, executions: list[Planned], at_kill: AtKill) -> None:
    runs = read_step_runs(step_log)
    assert {r.tag for r in runs if r.t > at_kill.killed_at} <= {"second"}
    after_kill = {(r.execution, r.step) for r in runs if r.tag == "second"}
    redone = sorted(after_kill & at_kill.succeeded)
    assert redone == [], "steps the database held as SUCCEEDED ran again after the kill"
    every_step = {(p.key, step) for p in executions for step in p.steps}
    assert {(r.execution, r.step) for r in runs} == every_step


@pytest.mark.chaos
def test_sigkill_then_restart_finishes_every_execution_without_redoing_steps(
    service: DurableService, lamina: StartLamina, database_url: str, step_log: Path
) -> None:
    first = lamina("first", LEASE)
    wait_for_functions(service)
    executions = plan()
    arns = start_all(service, executions)
    callbacks = {p.key: arns[p.key] for p in executions if p.function == "CallbackApproval"}
    ids = wait_until(lambda: callback_ids(service, callbacks), 90, "every CallbackStarted", 0.1)
    early = [p for p in executions if p.answered_before_kill]
    for planned in early:
        service.succeed_callback(ids[planned.key], json.dumps(planned.answer()).encode())

    at_kill = kill_mid_flight(service, first, arns)
    assert any(not service.get_execution(arn).terminal for arn in arns.values())
    for planned in early:
        answered = events_of(all_events(service, arns[planned.key]), "CallbackSucceeded")
        assert len(answered) == 1, f"{planned.key}: the answer sent before the kill is lost"

    second = lamina("second", LEASE)
    for planned in executions:
        if planned.key in callbacks and not planned.answered_before_kill:
            answer_callback_with_cli(database_url, ids[planned.key], planned.answer())
    wait_until(
        lambda: all(service.get_execution(arn).terminal for arn in arns.values()),
        150,
        "every execution to end after the restart",
        interval_s=0.2,
    )
    assert second.stop() == 0, second.log()

    assert_results(service, executions, arns)
    assert_written_off(service, arns, at_kill)
    assert_no_step_redone(step_log, executions, at_kill)
