"""Drives AWS's conformance requirements against a running Lamina and judges each one.

For every requirement: invoke the function that serves it with its `Input`, answer its
callbacks from outside as `CallbackActions` say, wait for the end, then judge the result,
the history and the logs with the matcher.
"""

from __future__ import annotations

import functools
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamina.app import Lamina
from lamina.clock import held
from lamina.conformance.matcher import LogLine, Mismatch, match_history, match_logs, match_result
from lamina.conformance.report import Verdict
from lamina.conformance.requirements import (
    CallbackAction,
    Requirement,
    generate_variables,
    invoke_payload,
    load_requirements,
    substitute,
)
from lamina.functions.config import LATEST
from lamina.functions.sam import FunctionSpec
from lamina.service import StartRequest

log = logging.getLogger("lamina.conformance")
_POLL_S = 0.1
_HISTORY_ONLY_SETTLE_S = 30.0


@dataclass(frozen=True)
class Plan:
    """Which function serves which requirement, and which are declared not implemented."""

    served: dict[str, FunctionSpec]
    not_implemented: dict[str, str]


def plan_from_templates(app: Lamina, templates: Sequence[Path], extra_env: dict[str, str]) -> Plan:
    served: dict[str, FunctionSpec] = {}
    missing: dict[str, str] = {}
    for path in templates:
        template = app.load_template(path)
        for spec in template.functions:
            if extra_env:
                config = spec.config.evolve(environment={**spec.config.environment, **extra_env})
                app.service.functions.register(config)
                spec = FunctionSpec(
                    spec.logical_id, config, spec.requirement_ids, spec.not_implemented
                )
            for requirement_id in spec.requirement_ids:
                served[requirement_id] = spec
            missing.update(spec.not_implemented)
    return Plan(served, missing)


class ConformanceRunner:
    def __init__(
        self, app: Lamina, plan: Plan, timeout_s: float = 180.0, seed: int | None = None
    ) -> None:
        self.app = app
        self.service = app.service
        self.plan = plan
        self.timeout_s = timeout_s
        self._rng = random.Random(seed)
        self._rng_lock = threading.Lock()

    def run(
        self,
        requirements: Sequence[Requirement],
        parallel: int = 16,
        progress: Callable[[Verdict], None] | None = None,
    ) -> list[Verdict]:
        def judge(requirement: Requirement) -> Verdict:
            verdict = self.judge(requirement)
            if progress is not None:
                progress(verdict)
            return verdict

        with ThreadPoolExecutor(max(1, parallel), thread_name_prefix="conformance") as pool:
            return list(pool.map(judge, requirements))

    def judge(self, requirement: Requirement) -> Verdict:
        base = functools.partial(
            Verdict,
            requirement_id=requirement.id,
            suite=requirement.suite,
            description=requirement.description,
            optional=requirement.optional,
        )
        if requirement.id in self.plan.not_implemented:
            return base(status="NOT_IMPLEMENTED", detail=self.plan.not_implemented[requirement.id])
        spec = self.plan.served.get(requirement.id)
        if spec is None:
            return base(status="UNCOVERED", detail="no function serves it")
        with self._rng_lock:
            variables = generate_variables(requirement, self._rng)
        started = time.monotonic()
        try:
            arn, mismatch, execution = self._execute(requirement, spec, variables)
        except Exception as error:  # a verdict, not a crash of the whole run
            log.exception("requirement %s could not run", requirement.id)
            return base(
                status="FAILED",
                detail=f"could not run: {error}",
                variables=variables,
                duration_s=time.monotonic() - started,
            )
        return base(
            status="FAILED" if mismatch else "PASSED",
            detail=_describe(mismatch),
            variables=variables,
            execution_arn=arn,
            result_status=execution["Status"],
            result_text=execution.get("Result"),
            history=execution["history"],
            duration_s=time.monotonic() - started,
        )

    def _execute(
        self, requirement: Requirement, spec: FunctionSpec, variables: dict[str, str]
    ) -> tuple[str, Mismatch | None, dict[str, Any]]:
        payload = invoke_payload(requirement, variables)
        # On a virtual clock, time runs in real time until each answer is given: skipping
        # would fire a callback's timeout before the answer the requirement describes.
        holds = [held(self.service.clock) for _ in requirement.callback_actions]
        for hold in holds:
            hold.__enter__()
        execution = self.service.start_execution(
            StartRequest(function=spec.config.name, qualifier=LATEST, payload=payload)
        ).execution
        arn = execution.arn
        actions = [
            threading.Thread(
                target=self._perform, args=(arn, action, variables, rank, hold), daemon=True
            )
            for (action, rank), hold in zip(
                _ranked(requirement.callback_actions), holds, strict=True
            )
        ]
        for thread in actions:
            thread.start()
        if requirement.expected_result is None:
            self._settle_history(arn, requirement)
            self.service.stop(arn)
        else:
            self._wait_terminal(arn)
        for thread in actions:
            thread.join(timeout=self.timeout_s)
        description = self.service.describe(arn)
        history, _ = self.service.history(arn, limit=1000)
        description["history"] = history
        return arn, self._verdict(requirement, variables, description, history), description

    def _verdict(
        self,
        requirement: Requirement,
        variables: dict[str, str],
        description: dict[str, Any],
        history: list[dict[str, Any]],
    ) -> Mismatch | None:
        if requirement.expected_result is not None:
            expected = substitute(requirement.expected_result, variables)
            mismatch = match_result(
                expected, description["Status"], description.get("Result"), variables
            )
            if mismatch:
                return mismatch
        expected_history = substitute(requirement.expected_history, variables)
        bindings = dict(variables)
        mismatch = match_history(expected_history, history, bindings)
        if mismatch or not requirement.expected_logs:
            return mismatch
        lines = [
            LogLine(x.timestamp_ms, x.sequence, x.line)
            for x in self.service.logs(description["DurableExecutionArn"])
        ]
        return match_logs(requirement.expected_logs, lines, bindings)

    def _wait_terminal(self, arn: str) -> None:
        deadline = time.monotonic() + self.timeout_s
        while not self.service.get_execution(arn).terminal:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no terminal state within {self.timeout_s:.0f} s")
            time.sleep(_POLL_S)

    def _settle_history(self, arn: str, requirement: Requirement) -> None:
        """History-only requirements end mid-flight: wait until their events have appeared."""
        wanted = max(int(e.get("EventId", 0)) for e in requirement.expected_history)
        deadline = time.monotonic() + _HISTORY_ONLY_SETTLE_S
        while time.monotonic() < deadline:
            events, _ = self.service.history(arn, limit=1000)
            if len(events) >= wanted:
                return
            time.sleep(_POLL_S)

    def _perform(
        self,
        arn: str,
        action: CallbackAction,
        variables: dict[str, str],
        rank: int,
        hold: AbstractContextManager[None],
    ) -> None:
        try:
            self._answer(arn, action.resolve(variables), rank)
        finally:
            hold.__exit__(None, None, None)

    def _answer(self, arn: str, action: CallbackAction, rank: int) -> None:
        callback_id = self._await_callback(arn, action, rank)
        if callback_id is None:
            return
        time.sleep(action.delay_seconds)
        try:
            if action.operation == "success":
                result = action.success_result()
                self.service.succeed_callback(callback_id, result.encode() if result else None)
            elif action.operation == "failure":
                error = {
                    "ErrorType": action.error_type,
                    "ErrorMessage": action.error_message,
                    "ErrorData": action.error_data,
                    "StackTrace": action.stack_trace,
                }
                self.service.fail_callback(
                    callback_id, {k: v for k, v in error.items() if v is not None}
                )
            else:
                self.service.heartbeat_callback(callback_id)
        except Exception:
            log.exception("callback action %s on %s failed", action.operation, action.name)

    def _await_callback(self, arn: str, action: CallbackAction, rank: int) -> str | None:
        deadline = time.monotonic() + self.timeout_s
        while time.monotonic() < deadline:
            events, _ = self.service.history(arn, limit=1000)
            started = [
                e["CallbackStartedDetails"]["CallbackId"]
                for e in events
                if e["EventType"] == "CallbackStarted" and action.matches(e.get("Name"))
            ]
            if len(started) > rank:
                return str(started[rank])
            if self.service.get_execution(arn).terminal:
                return None
            time.sleep(_POLL_S)
        return None


def _ranked(actions: Sequence[CallbackAction]) -> list[tuple[CallbackAction, int]]:
    """Each action with the index of the matching callback it answers.

    Actions naming the same callback answer successive callbacks in list order: the first
    answer goes to the first matching callback, the second to the next one; a heartbeat goes
    to the callback the next answer will take.
    """
    answered: dict[str, int] = {}
    ranked: list[tuple[CallbackAction, int]] = []
    for action in actions:
        ranked.append((action, answered.get(action.name, 0)))
        if action.operation != "heartbeat":
            answered[action.name] = answered.get(action.name, 0) + 1
    return ranked


def _describe(mismatch: Mismatch | None) -> str:
    if mismatch is None:
        return ""
    return (
        f"{mismatch.path}: {mismatch.reason} (expected {mismatch.expected!r}, "
        f"got {mismatch.actual!r})"
    )


def select(requirements_dir: Path, suites: Sequence[str], ids: Sequence[str]) -> list[Requirement]:
    loaded = load_requirements(requirements_dir, set(suites) if suites else None)
    return [r for r in loaded if not ids or r.id in ids]
