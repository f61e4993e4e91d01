"""Service-side changes: timers firing and callbacks answered from outside."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lamina.service.journal import ExecutionJournal
from lamina.service.lifecycle import complete_by_service, finish_execution, wake
from lamina.service.wire import error_block, result_block
from lamina.store.records import (
    CHECKPOINT_TIMERS,
    ExecutionStatus,
    OperationRecord,
    OperationStatus,
    TimerKind,
    TimerRecord,
)

CALLBACK_TIMEOUT = {"ErrorType": "Callback.Timeout", "ErrorMessage": "Callback timed out"}
CALLBACK_HEARTBEAT = {
    "ErrorType": "Callback.Heartbeat",
    "ErrorMessage": "Callback timed out on heartbeat",
}
_CALLBACK_TIMERS = (TimerKind.CALLBACK_TIMEOUT, TimerKind.CALLBACK_HEARTBEAT)


def fire_timer(journal: ExecutionJournal, timer: TimerRecord) -> None:
    journal.tx.delete_timer(journal.arn, timer.op_id, timer.kind)
    if journal.execution.terminal:
        return
    if timer.kind == TimerKind.EXECUTION_TIMEOUT:
        seconds = journal.execution.timeout_s
        message = f"Execution timed out after {seconds} seconds."
        error = {"ErrorType": "Execution.Timeout", "ErrorMessage": message}
        finish_execution(journal, ExecutionStatus.TIMED_OUT, None, error)
        return
    if timer.kind == TimerKind.INVOCATION_RETRY:
        wake(journal)
        return
    op = journal.get(timer.op_id)
    if op is None:
        return
    if timer.kind == TimerKind.WAIT and op.status == OperationStatus.STARTED:
        complete_wait(journal, op)
    elif timer.kind == TimerKind.RETRY and op.status == OperationStatus.PENDING:
        make_ready(journal, op)
    elif timer.kind in _CALLBACK_TIMERS and op.status == OperationStatus.STARTED:
        error = CALLBACK_TIMEOUT if timer.kind == TimerKind.CALLBACK_TIMEOUT else CALLBACK_HEARTBEAT
        _delete_callback_timers(journal, op)
        details = {**op.details, "Error": error}
        op = complete_by_service(journal, op, OperationStatus.TIMED_OUT, details)
        journal.emit("CallbackTimedOut", {"Error": error_block(error)}, op)
    else:
        return
    wake(journal)


def complete_wait(journal: ExecutionJournal, op: OperationRecord) -> None:
    op = complete_by_service(journal, op, OperationStatus.SUCCEEDED, op.details)
    journal.emit("WaitSucceeded", {"Duration": op.details.get("_Duration")}, op)


def make_ready(journal: ExecutionJournal, op: OperationRecord) -> None:
    details = {k: v for k, v in op.details.items() if k != "NextAttemptTimestamp"}
    journal.put(op.evolve(status=OperationStatus.READY, details=details), by_service=True)


def complete_due_timers(journal: ExecutionJournal, read_due: Sequence[TimerRecord]) -> None:
    """Inside a checkpoint: due waits succeed and due retries become READY (PROTOCOL.md 4.1.7).

    `read_due` are the timers due when the checkpoint began (read with the execution); its
    updates may since have set a timer that is due already (a retry without delay) or moved
    one later. A timer they deleted finds its operation no longer waiting.
    """
    due = {(t.op_id, t.kind): t for t in read_due}
    for timer in journal.new_timers:
        if timer.kind in CHECKPOINT_TIMERS:
            if timer.due_ms <= journal.now_ms:
                due[(timer.op_id, timer.kind)] = timer
            else:
                due.pop((timer.op_id, timer.kind), None)
    for timer in sorted(due.values(), key=lambda t: t.due_ms):
        journal.delete_timer(timer.op_id, TimerKind(timer.kind))
        op = journal.get(timer.op_id)
        if op is None:
            continue
        if timer.kind == TimerKind.WAIT and op.status == OperationStatus.STARTED:
            complete_wait(journal, op)
        elif timer.kind == TimerKind.RETRY and op.status == OperationStatus.PENDING:
            make_ready(journal, op)


def answer_callback(
    journal: ExecutionJournal,
    op: OperationRecord,
    status: OperationStatus,
    result: str | None,
    error: dict[str, Any] | None,
) -> None:
    _delete_callback_timers(journal, op)
    if status == OperationStatus.SUCCEEDED:
        op = complete_by_service(journal, op, status, {**op.details, "Result": result})
        journal.emit("CallbackSucceeded", {"Result": result_block(result)}, op)
    else:
        op = complete_by_service(journal, op, status, {**op.details, "Error": error})
        journal.emit("CallbackFailed", {"Error": error_block(error)}, op)
    wake(journal)


def heartbeat_callback(journal: ExecutionJournal, op: OperationRecord) -> None:
    seconds = int(op.details.get("_Heartbeat") or 0)
    if seconds:
        due = journal.now_ms + seconds * 1000
        journal.set_timer(op.op_id, TimerKind.CALLBACK_HEARTBEAT, due)


def _delete_callback_timers(journal: ExecutionJournal, op: OperationRecord) -> None:
    for kind in _CALLBACK_TIMERS:
        journal.delete_timer(op.op_id, kind)
