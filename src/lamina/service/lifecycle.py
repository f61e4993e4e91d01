"""How an execution moves: wake-ups, service-side completions, and the terminal transition."""

from __future__ import annotations

from typing import Any

from lamina.service.journal import ExecutionJournal
from lamina.service.wire import error_block, result_block
from lamina.store.base import Transaction
from lamina.store.records import GATE_DONE, GATE_IDLE, GATE_READY, OperationRecord

_TERMINAL_EVENT = {
    "SUCCEEDED": "ExecutionSucceeded",
    "FAILED": "ExecutionFailed",
    "TIMED_OUT": "ExecutionTimedOut",
    "STOPPED": "ExecutionStopped",
}
_CHAINED_EVENT = {
    "SUCCEEDED": "ChainedInvokeSucceeded",
    "FAILED": "ChainedInvokeFailed",
    "TIMED_OUT": "ChainedInvokeTimedOut",
    "STOPPED": "ChainedInvokeStopped",
}


def wake(journal: ExecutionJournal) -> None:
    """Something the handler waits for happened: owe it an invocation unless one is running."""
    if journal.execution.gate == GATE_IDLE:
        journal.update(gate=GATE_READY, ready_ms=journal.now_ms)


def complete_by_service(
    journal: ExecutionJournal, op: OperationRecord, status: str, details: dict[str, Any]
) -> OperationRecord:
    op = op.evolve(status=status, end_ms=journal.now_ms, details=details)
    return journal.put(op, by_service=True)


def finish_execution(
    journal: ExecutionJournal, status: str, result: str | None, error: dict[str, Any] | None
) -> None:
    """The terminal transition, whatever caused it (PROTOCOL.md 6.9)."""
    execution = journal.execution
    if execution.terminal:
        return
    journal.update(
        status=status,
        end_ms=journal.now_ms,
        expires_ms=journal.now_ms + execution.retention_days * 86_400_000,
        result=result if status == "SUCCEEDED" else None,
        error=error if status != "SUCCEEDED" else None,
        gate=GATE_DONE,
        token=None,
    )
    if execution.kind == "durable":
        if status == "SUCCEEDED":
            journal.emit("ExecutionSucceeded", {"Result": result_block(result)}, None)
        else:
            journal.emit(_TERMINAL_EVENT[status], {"Error": error_block(error)}, None)
    journal.tx.delete_timers(journal.arn)
    if execution.parent_arn and execution.parent_op_id:
        if status == "TIMED_OUT":
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
    status: str,
    result: str | None,
    error: dict[str, Any] | None,
    now_ms: int,
) -> None:
    parent = tx.get_execution(parent_arn)
    if parent is None or parent.terminal:
        return
    journal = ExecutionJournal(tx, parent, now_ms)
    op = journal.get(op_id)
    if op is None or op.status != "STARTED":
        return
    if status == "SUCCEEDED":
        op = complete_by_service(journal, op, status, {"Result": result})
        journal.emit(_CHAINED_EVENT[status], {"Result": result_block(result)}, op)
    else:
        error = error or {"ErrorMessage": "Chained invoke failed."}
        op = complete_by_service(journal, op, status, {"Error": error})
        journal.emit(_CHAINED_EVENT[status], {"Error": error_block(error)}, op)
    wake(journal)
    journal.save()
