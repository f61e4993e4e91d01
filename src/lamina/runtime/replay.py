"""Replaying an execution's recorded history against other code, without running anything new.

The handler runs as on a re-invocation, but the service it talks to holds only what was
recorded: operations the history completed return their recorded results, as always. The
replay ends at the first thing the history does not hold: a checkpoint of new work, or a
step's body about to run (stopped before it runs, by an SDK plugin, the SDK's own seam for
watching user functions). Where the code no longer matches the history, the SDK itself
raises `NonDeterministicExecutionError`, naming the operation and what differs.

Verdicts: "compatible" (the new code replays the whole history and then goes on, or waits
where the execution waits) or "diverged" (with where and how).
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from typing import Any

from aws_durable_execution_sdk_python.plugin import (
    DurableInstrumentationPlugin,
    InvocationStartInfo,
    OperationType,
    UserFunctionStartInfo,
)
from aws_durable_execution_sdk_python.plugin_discovery import PLUGIN_ENVIRONMENT_VARIABLE

from lamina.functions.config import FunctionConfig
from lamina.runtime.handler import Handler, run_invocation
from lamina.service.invocations import Invocation
from lamina.store.records import InvocationStatus, LogLineRecord

PLUGIN_NAME = "lamina-replay"
_OPERATION_ID = re.compile(r"at id='([^']+)'")
_NON_DETERMINISTIC = "NonDeterministicExecutionError"


@dataclass(frozen=True)
class ReplayVerdict:
    execution_arn: str
    compatible: bool
    detail: str  # where the replay ended, or where and how it diverged


class _NewWork(Exception):
    """The replay reached what the history does not hold."""


class _Session:
    """What the replay in progress has seen (one replay at a time per sandbox)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.new_work: str | None = None
        self.ended: dict[str, Any] | None = None  # the EXECUTION update the handler sent

    def reach(self, what: str) -> None:
        with self.lock:
            if self.new_work is None:
                self.new_work = what


_session = _Session()


class ReplayChannel:
    """The service as the replayed handler sees it: the recorded operations and no more."""

    def __init__(self, invocation: Invocation) -> None:
        self._token = invocation.token

    def checkpoint(
        self, arn: str, token: str, updates: list[dict[str, Any]], client_token: str | None
    ) -> dict[str, Any]:
        for update in updates:
            if update.get("Type") == "EXECUTION":
                _session.ended = update
                continue
            _session.reach(f"new work: {_describe(update)}")
            raise _NewWork(_session.new_work)
        return {"CheckpointToken": self._token, "NewExecutionState": {"Operations": []}}

    def get_state(self, arn: str, token: str, marker: str, max_items: int) -> dict[str, Any]:
        return {"Operations": []}  # every recorded operation came with the invocation

    def append_logs(self, lines: list[LogLineRecord]) -> None:
        """A replay's output is not kept."""


class ReplayGuard(DurableInstrumentationPlugin):
    """Stops a step's body before it runs: in a replay, that is new work."""

    def on_user_function_start(self, info: UserFunctionStartInfo) -> None:
        if info.operation_type is OperationType.CONTEXT:
            return  # a child context's body replays the operations recorded inside it
        _session.reach(f"new work: {info.operation_type.value} {info.name or info.operation_id}")
        raise SystemExit  # the one kind of exception the SDK lets a plugin stop a thread with


class ReplayGuardFactory:
    """Registered as an SDK plugin (entry point `lamina-replay`) in replay sandboxes only."""

    def create_plugin(self, info: InvocationStartInfo, /) -> DurableInstrumentationPlugin:
        return ReplayGuard()


GUARD = ReplayGuardFactory()


def enable_replay_guard() -> None:
    """Have the SDK load the guard, beside any plugin the function's configuration names."""
    configured = os.environ.get(PLUGIN_ENVIRONMENT_VARIABLE, "")
    os.environ[PLUGIN_ENVIRONMENT_VARIABLE] = ",".join(filter(None, [configured, PLUGIN_NAME]))


def replay_invocation(
    handler: Handler,
    function: FunctionConfig,
    invocation: Invocation,
    region: str,
    function_arn: str,
) -> ReplayVerdict:
    """Replay one execution's recorded operations (all in `invocation`) on this code."""
    global _session
    _session = _Session()
    error: dict[str, Any] | None = None
    try:
        outcome = run_invocation(
            handler, function, invocation, ReplayChannel(invocation), region, function_arn
        )
        error, output = outcome.error, outcome.output
    except SystemExit:  # the guard stopped a step's body on the handler's own thread
        output = None
    names = {op.get("Id"): op.get("Name") for op in invocation.operations}
    return _verdict(invocation.execution_arn, output, error, names)


def _verdict(
    arn: str, output: Any, error: dict[str, Any] | None, names: dict[Any, Any]
) -> ReplayVerdict:
    failure = error or _failure_of(output) or _failure_of(_session.ended)
    message = str((failure or {}).get("ErrorMessage", ""))
    if failure and _NON_DETERMINISTIC in str(failure.get("ErrorType", "")) + message:
        where = _OPERATION_ID.search(message)
        name = names.get(where.group(1)) if where else None
        prefix = f"diverges at the operation the history names {name!r}: " if name else ""
        return ReplayVerdict(arn, False, prefix + message)
    if _session.new_work is not None:
        return ReplayVerdict(arn, True, f"replays its whole history, then {_session.new_work}")
    status = output.get("Status") if isinstance(output, dict) else None
    if status == InvocationStatus.PENDING:
        return ReplayVerdict(arn, True, "replays its whole history and waits where it waits")
    if failure:
        said = message or failure.get("ErrorType")
        return ReplayVerdict(arn, False, f"the new code fails on the recorded history: {said}")
    return ReplayVerdict(
        arn, False, f"the new code ends the execution ({status}) where the recorded one waits"
    )


def _failure_of(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict) and isinstance(value.get("Error"), dict):
        failure: dict[str, Any] = value["Error"]
        return failure
    return None


def _describe(update: dict[str, Any]) -> str:
    kind = update.get("SubType") or update.get("Type") or "operation"
    name = update.get("Name") or update.get("Id")
    return f"{update.get('Action', '').lower()} {kind} {name}".strip()
