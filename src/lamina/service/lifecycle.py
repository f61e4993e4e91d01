"""How an execution moves: wake-ups, service-side completions, and the terminal transition."""

from __future__ import annotations

from typing import Any

from lamina.service.journal import ExecutionJournal
from lamina.service.wire import error_block, result_block
from lamina.store.base import Transaction
from lamina.store.records import ExecutionStatus, Gate, OperationRecord, OperationStatus

_TERMINAL_EVENT = {
    ExecutionStatus.SUCCEEDED: "ExecutionSucceeded",
    ExecutionStatus.FAILED: "ExecutionFailed",
    ExecutionStatus.TIMED_OUT: "ExecutionTimedOut",
    ExecutionStatus.STOPPED: "ExecutionStopped",
}
_CHAINED_EVENT = {
    ExecutionStatus.SUCCEEDED: "ChainedInvokeSucceeded",
    ExecutionStatus.FAILED: "ChainedInvokeFailed",
    ExecutionStatus.TIMED_OUT: "ChainedInvokeTimedOut",
    ExecutionStatus.STOPPED: "ChainedInvokeStopped",
}


def wake(journal: ExecutionJournal) -> None:
    """Something the handler waits for happened: owe it an invocation unless one is running."""
    if journal.execution.gate == Gate.IDLE:
        journal.update(gate=Gate.READY, ready_ms=journal.now_ms)


def complete_by_service(
    journal: ExecutionJournal,
    op: OperationRecord,
    status: OperationStatus,
    details: dict[str, Any],
) -> OperationRecord:
    op = op.evolve(status=status, end_ms=journal.now_ms, details=details)
    return journal.put(op, by_service=True)


def finish_execution(
    journal: ExecutionJournal,
    status: ExecutionStatus,
    result: str | None,
    error: dict[str, Any] | None,
) -> None:
    """The terminal transition, whatever caused it (PROTOCOL.md 6.9)."""
    execution = journal.execution
    if execution.terminal:
        return
    journal.update(
        status=status,
        end_ms=journal.now_ms,
        expires_ms=journal.now_ms + execution.retention_days * 86_400_000,
        result=result if status == ExecutionStatus.SUCCEEDED else None,
        error=error if status != ExecutionStatus.SUCCEEDED else None,
        gate=Gate.DONE,
        token=None,
    )
    if execution.kind == "durable":
        if status == ExecutionStatus.SUCCEEDED:
            journal.emit("ExecutionSucceeded", {"Result": result_block(result)}, None)
        else:
            journal.emit(_TERMINAL_EVENT[status], {"Error": error_block(error)}, None)
    journal.tx.delete_timers(journal.arn)
    if execution.parent_arn and execution.parent_op_id:
        if status == ExecutionStatus.TIMED_OUT:
            seconds = execution.timeout_s
            error = {
                "ErrorType": "ChainedInvoke.Timeout",
                "ErrorMessage": f"CHAINED_INVOKE timed out after {seconds} seconds.",
            }
        _complete_parent(
            journal.tx,
            execution.parent_arn,
            execution.parent_op_id,
            status,
            result,
            error,
            journal.now_ms,
        )


def _complete_parent(
    tx: Transaction,
    parent_arn: str,
    op_id: str,
    status: ExecutionStatus,
    result: str | None,
    error: dict[str, Any] | None,
    now_ms: int,
) -> None:
    parent = tx.get_execution(parent_arn)
    if parent is None or parent.terminal:
        return
    journal = ExecutionJournal(tx, parent, now_ms)
    op = journal.get(op_id)
    if op is None or op.status != OperationStatus.STARTED:
        return
    if status == ExecutionStatus.SUCCEEDED:
        op = complete_by_service(journal, op, OperationStatus.SUCCEEDED, {"Result": result})
        journal.emit(_CHAINED_EVENT[status], {"Result": result_block(result)}, op)
    else:
        error = error or {"ErrorMessage": "Chained invoke failed."}
        op = complete_by_service(journal, op, OperationStatus(status), {"Error": error})
        journal.emit(_CHAINED_EVENT[status], {"Error": error_block(error)}, op)
    wake(journal)
    journal.save()
