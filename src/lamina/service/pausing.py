"""Pause, resume and delete (PROTOCOL.md 6.8).

A paused execution keeps recording what completes (waits, callbacks, chained invokes) but
starts no invocation; the one it is owed starts on resume. Pausing while an invocation runs
waits for that invocation's next checkpoint, which is answered without a token.
"""

from __future__ import annotations

from typing import Any

from lamina.errors import ResourceConflict, ResourceNotFound
from lamina.service.journal import ExecutionJournal
from lamina.service.wire import result_block
from lamina.store.base import Transaction
from lamina.store.records import ExecutionRecord, ExecutionStatus, Gate, TimerKind

_TIMEOUT = TimerKind.EXECUTION_TIMEOUT


def _durable(tx: Transaction, arn: str) -> ExecutionRecord:
    execution = tx.get_execution(arn)
    if execution is None or execution.kind != "durable":
        raise ResourceNotFound(f"Durable execution not found: {arn}")
    return execution


def pause(
    tx: Transaction,
    now_ms: int,
    arn: str,
    reason: str | None,
    timeout_paused: bool,
    client_token: str | None = None,
) -> None:
    execution = _durable(tx, arn)
    if client_token is not None and client_token == execution.control_client_token:
        return  # a retry of the request already applied
    if execution.status in (ExecutionStatus.PAUSING, ExecutionStatus.PAUSED):
        return  # already asked: pausing is idempotent
    if execution.status != ExecutionStatus.RUNNING:
        raise ResourceConflict(f"A {execution.status} execution cannot be paused.")
    journal = ExecutionJournal(tx, execution, now_ms)
    journal.update(
        pause_requested_ms=now_ms,
        pause_reason=reason,
        pause_timeout=timeout_paused,
        control_client_token=client_token,
    )
    if execution.gate == Gate.RUNNING:
        journal.update(status=ExecutionStatus.PAUSING)
    else:
        settle_pause(journal)
    journal.save()


def settle_pause(journal: ExecutionJournal) -> None:
    """PAUSING (or a pause asked of an idle execution) becomes PAUSED."""
    execution = journal.execution
    if execution.pause_timeout:
        timer = journal.tx.get_timer(journal.arn, execution.execution_id, _TIMEOUT)
        if timer is not None:
            journal.delete_timer(execution.execution_id, _TIMEOUT)
            journal.update(timeout_remaining_ms=max(0, timer.due_ms - journal.now_ms))
    details: dict[str, Any] = {
        "PauseRequestTimestamp": execution.pause_requested_ms,
        "ExecutionTimeoutPaused": bool(execution.pause_timeout),
    }
    if execution.pause_reason is not None:
        details["Reason"] = result_block(execution.pause_reason)
    journal.update(status=ExecutionStatus.PAUSED)
    journal.emit("ExecutionPaused", details, None)


def resume(
    tx: Transaction, now_ms: int, arn: str, reason: str | None, client_token: str | None = None
) -> None:
    execution = _durable(tx, arn)
    if client_token is not None and client_token == execution.control_client_token:
        return  # a retry of the request already applied
    journal = ExecutionJournal(tx, execution, now_ms)
    journal.update(control_client_token=client_token)
    cleared = {
        "pause_requested_ms": None,
        "pause_reason": None,
        "pause_timeout": None,
        "timeout_remaining_ms": None,
    }
    if execution.status == ExecutionStatus.PAUSING:
        journal.update(status=ExecutionStatus.RUNNING, **cleared)  # the invocation keeps its token
    elif execution.status == ExecutionStatus.PAUSED:
        if execution.timeout_remaining_ms is not None:
            journal.set_timer(
                execution.execution_id, _TIMEOUT, now_ms + execution.timeout_remaining_ms
            )
        details: dict[str, Any] = {"ResumeRequestTimestamp": now_ms}
        if reason is not None:
            details["Reason"] = result_block(reason)
        journal.update(status=ExecutionStatus.RUNNING, **cleared)
        journal.emit("ExecutionResumed", details, None)
    else:
        raise ResourceConflict(f"A {execution.status} execution cannot be resumed.")
    journal.save()


def delete(tx: Transaction, arn: str) -> None:
    execution = _durable(tx, arn)
    if not execution.terminal:
        raise ResourceConflict("Only a finished execution can be deleted; stop it first.")
    tx.delete_execution(arn)
