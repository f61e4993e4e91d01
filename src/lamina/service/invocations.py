"""The invocation gate: claiming an owed invocation, checkpoints under its token, and its end."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lamina.errors import InvalidCheckpointToken, InvalidParameterValue
from lamina.functions.config import FunctionConfig
from lamina.service.checkpoint import CheckpointApplier, named_operations
from lamina.service.ids import Region, new_request_id, new_token
from lamina.service.journal import ExecutionJournal
from lamina.service.lifecycle import finish_execution
from lamina.service.limits import MIB, Limits, payload_size, result_limit
from lamina.service.pausing import settle_pause
from lamina.service.triggers import complete_due_timers, fire_timer
from lamina.service.wire import error_block, operation_to_wire
from lamina.store.base import Transaction
from lamina.store.records import (
    CheckpointView,
    ExecutionRecord,
    ExecutionStatus,
    Gate,
    InvocationStatus,
    OperationRecord,
    OperationStatus,
    TimerKind,
    TimerRecord,
)

_WAITING = {
    ("STEP", OperationStatus.PENDING),
    ("WAIT", OperationStatus.STARTED),
    ("CALLBACK", OperationStatus.STARTED),
    ("CHAINED_INVOKE", OperationStatus.STARTED),
}
_TERMINAL_OPS = {
    OperationStatus.SUCCEEDED,
    OperationStatus.FAILED,
    OperationStatus.CANCELLED,
    OperationStatus.TIMED_OUT,
    OperationStatus.STOPPED,
}
_PENDING_TIMERS = (
    TimerKind.WAIT,
    TimerKind.RETRY,
    TimerKind.CALLBACK_TIMEOUT,
    TimerKind.CALLBACK_HEARTBEAT,
)
WORKER_LOST = {
    "ErrorType": "Runtime.WorkerLost",
    "ErrorMessage": "The worker running this invocation stopped renewing its lease.",
}


@dataclass(frozen=True)
class Invocation:
    """Everything a worker needs to run one invocation."""

    execution_arn: str
    function_name: str
    version: str
    kind: str
    invocation_id: str
    token: str
    input_payload: str | None
    tenant_id: str | None
    function: FunctionConfig | None = None  # its configuration (None: it was deleted)
    operations: list[dict[str, Any]] = field(default_factory=list)
    updated_operation_ids: list[str] = field(default_factory=list)
    next_marker: str = ""  # the rest of the operations come from GetDurableExecutionState

    def event(self) -> dict[str, Any]:
        """The durable handler's event (PROTOCOL.md 2.1)."""
        return {
            "DurableExecutionArn": self.execution_arn,
            "CheckpointToken": self.token,
            "InitialExecutionState": {
                "Operations": self.operations,
                "NextMarker": self.next_marker,
            },
            "UpdatedOperationIds": self.updated_operation_ids,
        }


@dataclass(frozen=True)
class Outcome:
    """How an invocation ended: the handler's output, or a Lambda-level error."""

    output: Any = None
    error: dict[str, Any] | None = None  # {"ErrorType", "ErrorMessage"} of a function error

    @property
    def error_message(self) -> str:
        error = self.error or {}
        return str(error.get("ErrorMessage") or error.get("ErrorType") or "")


def claim(
    tx: Transaction, now_ms: int, owner: str, lease_ms: int, limits_page_bytes: int = 5 * MIB
) -> tuple[Invocation, CheckpointView] | None:
    """The next owed invocation, and the state it leaves for the first checkpoint to go on
    from (`CheckpointViews`)."""
    execution = _next_within_concurrency(tx, now_ms)
    if execution is None:
        return None
    if execution.kind == "plain":
        execution = tx.get_execution(execution.arn, payloads=True) or execution
    # The version the execution started on, whatever was published or deployed since.
    ops, function = tx.invocation_inputs(execution)
    updated = [o.op_id for o in ops if o.service_change and o.change_seq > execution.input_seq]
    changes = {
        "gate": Gate.RUNNING,
        "token": new_token(),
        "token_seq": execution.token_seq + 1,
        "invocation_id": new_request_id(),
        "invocation_start_ms": now_ms,
        "lease_owner": owner,
        "lease_expires_ms": now_ms + lease_ms,
        "input_seq": execution.change_seq,
        "delivered_seq": execution.change_seq,
    }
    first_page, next_marker = _first_page(ops, limits_page_bytes)
    tx.update_execution(execution.arn, changes)
    # An invocation retry still armed is owed no more: this invocation is it.
    tx.delete_timer(execution.arn, execution.execution_id, TimerKind.INVOCATION_RETRY)
    execution = execution.evolve(**changes)
    assert execution.token is not None and execution.invocation_id is not None
    invocation = Invocation(
        execution_arn=execution.arn,
        function_name=execution.function_name,
        version=execution.version,
        kind=execution.kind,
        invocation_id=execution.invocation_id,
        token=execution.token,
        input_payload=execution.input_payload,
        tenant_id=execution.tenant_id,
        function=function,
        operations=first_page,
        next_marker=next_marker,
        updated_operation_ids=updated,
    )
    return invocation, CheckpointView(execution, {op.op_id: op for op in ops}, [])


def _next_within_concurrency(tx: Transaction, now_ms: int) -> ExecutionRecord | None:
    """The next ready execution whose function has room under its reserved concurrency.

    A limited function is locked before its running invocations are counted, so two claims
    cannot both take its last slot. A function another claim holds right now counts as full
    for this one: claims never wait on each other, so they cannot deadlock.
    """
    full: set[str] = set()
    while True:
        ready = tx.next_ready_execution(now_ms, full)
        if ready is None or ready.reserved_concurrency is None:
            return None if ready is None else ready.execution
        name = ready.execution.function_name
        if tx.lock_function(name) and tx.running_invocations(name) < ready.reserved_concurrency:
            return ready.execution
        full.add(name)


def has_claimable(tx: Transaction, now_ms: int) -> bool:
    """Whether a claim would likely find work (a read: counts without locks are a hint)."""
    full: set[str] = set()
    while True:
        ready = tx.next_ready_execution(now_ms, full)
        if ready is None or ready.reserved_concurrency is None:
            return ready is not None
        name = ready.execution.function_name
        if tx.running_invocations(name) < ready.reserved_concurrency:
            return True
        full.add(name)


def _first_page(ops: list[OperationRecord], page_bytes: int) -> tuple[list[dict[str, Any]], str]:
    """The operations that fit the invocation input; the marker says where the rest start."""
    page: list[dict[str, Any]] = []
    size = 0
    for index, op in enumerate(ops):
        wire = operation_to_wire(op)
        size += len(json.dumps(wire))
        if page and size > page_bytes:
            return page, str(index)
        page.append(wire)
    return page, ""


def renew_lease(tx: Transaction, now_ms: int, arn: str, invocation_id: str, lease_ms: int) -> bool:
    execution = tx.get_execution(arn)
    if execution is None or execution.invocation_id != invocation_id:
        return False
    if execution.lease_expires_ms is not None and execution.lease_expires_ms < now_ms:
        return False  # too late: the lease is gone, whatever the reaper has done so far
    tx.update_execution(arn, {"lease_expires_ms": now_ms + lease_ms})
    return True


def _gate_check(
    execution: ExecutionRecord | None, token: str, now_ms: int, lease_checked: bool = False
) -> ExecutionRecord:
    """The execution, if `token` may checkpoint it now; `lease_checked`: the store checks the
    lease (a view's copy of it may be older than a renewal)."""
    if execution is None:
        raise InvalidParameterValue("Durable execution not found.")
    if execution.terminal or execution.gate != Gate.RUNNING:
        raise InvalidCheckpointToken("the execution is not running an invocation.")
    if token != execution.token:
        raise InvalidCheckpointToken("the token is not the current one.")
    lease = execution.lease_expires_ms
    if not lease_checked and lease is not None and lease < now_ms:
        raise InvalidCheckpointToken("the invocation's lease has expired.")
    return execution


def checkpoint(
    tx: Transaction,
    now_ms: int,
    region: Region,
    limits: Limits,
    arn: str,
    token: str,
    updates: list[dict[str, Any]],
    client_token: str | None,
    known: CheckpointView | None = None,
) -> tuple[dict[str, Any], CheckpointView | None]:
    """CheckpointDurableExecution (PROTOCOL.md 4.1): the wire response (epoch ms), and the
    state it leaves for the invocation's next checkpoint to go on from (None once the
    invocation may checkpoint no more).

    `known`: the state the previous checkpoint (or the claim) left; the store checks that it
    still holds instead of reading the execution, its operations and its timers again."""
    op_ids = named_operations(updates)
    view = None
    if known is not None and known.execution is not None and known.execution.arn == arn:
        absent = [op_id for op_id in op_ids if op_id not in known.operations]
        if tx.expect_view(known, absent, now_ms):
            view = known
    if view is None:
        # The execution, the operations the updates name and the timers due, read together
        # (one round trip).
        view = tx.checkpoint_view(arn, op_ids, now_ms)
    execution = view.execution
    if (
        client_token
        and execution is not None
        and execution.last_client_token == client_token
        and execution.last_in_token == token
        and execution.last_response
    ):
        cached: dict[str, Any] = json.loads(execution.last_response)
        return cached, None
    execution = _gate_check(execution, token, now_ms, lease_checked=view is known)
    journal = ExecutionJournal(tx, execution, now_ms, view.operations, op_ids)
    from lamina.service.executions import start_chained_invoke

    CheckpointApplier(
        journal,
        limits,
        start_chained_invoke=lambda j, op, u: start_chained_invoke(region, j, op, u),
        finish_execution=finish_execution,
    ).apply(updates)
    response: dict[str, Any]
    if journal.execution.terminal:
        response = {"NewExecutionState": {"Operations": []}}
        journal.save()
        return response, None
    complete_due_timers(journal, view.due_timers)
    if journal.execution.status == ExecutionStatus.PAUSING:
        # A pause was asked: this checkpoint is kept, the invocation gets no token back
        # and ends with PENDING; the execution then settles as PAUSED.
        journal.update(token=None, delivered_seq=journal.execution.change_seq)
        journal.save()
        return {"NewExecutionState": {"Operations": []}}, None
    if execution.change_seq == execution.delivered_seq:
        # The invocation had seen everything: the delta is what this checkpoint changed.
        delta = journal.changed_operations()
    else:
        delta = tx.operations_changed_since(arn, execution.delivered_seq)
    new_token_value = new_token()
    response = {
        "CheckpointToken": new_token_value,
        "NewExecutionState": {"Operations": [operation_to_wire(o) for o in delta]},
    }
    journal.update(
        token=new_token_value,
        token_seq=journal.execution.token_seq + 1,
        delivered_seq=journal.execution.change_seq,
        last_client_token=client_token,
        last_in_token=token,
        last_response=json.dumps(response) if client_token else None,
    )
    after = journal.save()
    return response, CheckpointView(after, journal.operations(), [])


def get_state(
    tx: Transaction,
    now_ms: int,
    limits: Limits,
    arn: str,
    token: str,
    marker: str,
    max_items: int,
) -> dict[str, Any]:
    _gate_check(tx.get_execution(arn), token, now_ms)
    size = max_items or limits.state_page_items
    if not 1 <= size <= limits.state_page_max_items:
        raise InvalidParameterValue(f"MaxItems must be 0 to {limits.state_page_max_items}.")
    try:
        start = int(marker) if marker else 0
    except ValueError:
        raise InvalidParameterValue("Invalid marker.") from None
    ops = tx.all_operations(arn)
    page = ops[start : start + size]
    response: dict[str, Any] = {"Operations": [operation_to_wire(o) for o in page]}
    if start + size < len(ops):
        response["NextMarker"] = str(start + size)
    return response


def finish(
    tx: Transaction,
    now_ms: int,
    limits: Limits,
    arn: str,
    invocation_id: str,
    outcome: Outcome,
    known: CheckpointView | None = None,
) -> ExecutionRecord | None:
    """Record the end of an invocation and decide what comes next (PROTOCOL.md 6.7).

    `known`: the state the invocation's last checkpoint left (`CheckpointViews.ending`),
    checked by the store instead of read again, as a checkpoint goes on from it."""
    if known is not None and known.execution is not None and tx.expect_view(known, [], now_ms):
        execution: ExecutionRecord | None = known.execution
    else:
        execution = tx.get_execution(arn)
    if execution is None or execution.invocation_id != invocation_id:
        return None  # fenced: this invocation was already written off
    journal = ExecutionJournal(tx, execution, now_ms)
    if execution.kind == "plain":
        _finish_plain(journal, limits, outcome)
        return journal.save()
    completed: dict[str, Any] = {
        "StartTimestamp": execution.invocation_start_ms,
        "EndTimestamp": now_ms,
        "RequestId": invocation_id,
    }
    if outcome.error is not None:
        completed["Error"] = error_block(outcome.error)
    journal.emit("InvocationCompleted", completed, None)
    journal.update(invocation_id=None, token=None, lease_owner=None, lease_expires_ms=None)
    if not journal.execution.terminal:
        if outcome.error is not None:
            _after_function_error(journal, limits, outcome.error)
        else:
            journal.update(failures=0)
            _after_output(journal, limits, outcome.output)
    if journal.execution.status == ExecutionStatus.PAUSING:
        settle_pause(journal)
    return journal.save()


def _finish_plain(journal: ExecutionJournal, limits: Limits, outcome: Outcome) -> None:
    journal.update(invocation_id=None, token=None, lease_owner=None, lease_expires_ms=None)
    if outcome.error is not None:
        finish_execution(journal, ExecutionStatus.FAILED, None, outcome.error)
    else:
        _succeed(journal, limits, outcome.output)


def _succeed(journal: ExecutionJournal, limits: Limits, result: str | None) -> None:
    limit = result_limit(limits, journal.execution.parent_arn is not None)
    if payload_size(result) > limit:
        message = f"Execution output payload size must be less than or equal to {limit} bytes."
        finish_execution(journal, ExecutionStatus.FAILED, None, _invalid_output(message))
    else:
        finish_execution(journal, ExecutionStatus.SUCCEEDED, result, None)


def _after_function_error(journal: ExecutionJournal, limits: Limits, error: dict[str, Any]) -> None:
    # A worker that died took its invocation along: Lamina's failure, not the function's, so
    # it is retried without spending the function's budget (workers killed again and again
    # would otherwise fail executions whose code never failed).
    lost = error.get("ErrorType") == WORKER_LOST["ErrorType"]
    failures = journal.execution.failures + (0 if lost else 1)
    if failures > limits.invocation_retries:
        finish_execution(journal, ExecutionStatus.FAILED, None, error)
        return
    journal.update(failures=failures, gate=Gate.IDLE)
    journal.set_timer(
        journal.execution.execution_id,
        TimerKind.INVOCATION_RETRY,
        journal.now_ms + limits.invocation_retry_backoff_ms,
    )


def _invalid_output(reason: str) -> dict[str, Any]:
    return {"ErrorType": "InvalidParameterValueException", "ErrorMessage": reason}


def _after_output(journal: ExecutionJournal, limits: Limits, output: Any) -> None:
    if not isinstance(output, dict):
        invalid = _invalid_output("Invalid handler output.")
        finish_execution(journal, ExecutionStatus.FAILED, None, invalid)
        return
    status = output.get("Status")
    if status == InvocationStatus.SUCCEEDED and output.get("Error") is None:
        result = output.get("Result")
        _succeed(journal, limits, result if isinstance(result, str) else None)
    elif status == InvocationStatus.FAILED and output.get("Result") is None:
        error = output.get("Error") if isinstance(output.get("Error"), dict) else {}
        finish_execution(journal, ExecutionStatus.FAILED, None, error)
    elif status == InvocationStatus.PENDING:
        _after_pending(journal, limits)
    else:
        invalid = _invalid_output(f"Invalid status {status!r}.")
        finish_execution(journal, ExecutionStatus.FAILED, None, invalid)


def _after_pending(journal: ExecutionJournal, limits: Limits) -> None:
    execution = journal.execution
    for timer in journal.tx.due_timers_of(journal.arn, journal.now_ms, _PENDING_TIMERS):
        fire_timer(journal, timer)
    journal.update(gate=Gate.IDLE)  # fire_timer's wake() must not see a running gate
    ops = journal.tx.all_operations(journal.arn)
    if _owes_invocation(ops, execution) or any(o.status == OperationStatus.READY for o in ops):
        journal.update(gate=Gate.READY, ready_ms=journal.now_ms, empty_pendings=0)
    elif any((o.type, o.status) in _WAITING for o in ops):
        journal.update(gate=Gate.IDLE, empty_pendings=0)
    else:
        _invalid_pending(journal, limits)


def _owes_invocation(ops: list[OperationRecord], execution: ExecutionRecord) -> bool:
    for op in ops:
        if not op.service_change or op.change_seq <= execution.input_seq:
            continue
        if op.change_seq > execution.delivered_seq or op.status == OperationStatus.READY:
            return True
        # A branch blocked on a callback or invoke result is not resumed within the invocation.
        if op.type in ("CALLBACK", "CHAINED_INVOKE") and op.status in _TERMINAL_OPS:
            return True
    return False


def _invalid_pending(journal: ExecutionJournal, limits: Limits) -> None:
    count = journal.execution.empty_pendings + 1
    if count > limits.empty_pending_retries:
        finish_execution(
            journal,
            ExecutionStatus.FAILED,
            None,
            _invalid_output("Cannot return PENDING status with no pending operations."),
        )
    else:
        journal.update(gate=Gate.READY, ready_ms=journal.now_ms, empty_pendings=count)


def reap_expired_lease(tx: Transaction, now_ms: int, limits: Limits, arn: str) -> bool:
    execution = tx.get_execution(arn)
    if execution is None or execution.gate != Gate.RUNNING or execution.invocation_id is None:
        return False
    if execution.lease_expires_ms is None or execution.lease_expires_ms >= now_ms:
        return False
    finish(tx, now_ms, limits, arn, execution.invocation_id, Outcome(error=WORKER_LOST))
    return True


def fire_due(tx: Transaction, now_ms: int, limit: int) -> list[str]:
    """Fire due timers; returns the ARNs that changed."""
    fired: list[str] = []
    timers: list[TimerRecord] = tx.due_timers(now_ms, limit)
    for timer in timers:
        execution = tx.get_execution(timer.execution_arn)
        if execution is None:
            tx.delete_timer(timer.execution_arn, timer.op_id, timer.kind)
            continue
        journal = ExecutionJournal(tx, execution, now_ms)
        fire_timer(journal, timer)
        journal.save()
        fired.append(timer.execution_arn)
    return fired
