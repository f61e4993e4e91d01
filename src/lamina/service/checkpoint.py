"""Validate a checkpoint batch and apply it, update by update (PROTOCOL.md 3.2 and 4.3)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lamina.errors import InvalidParameterValue
from lamina.service.journal import ExecutionJournal
from lamina.service.limits import Limits, payload_size, result_limit
from lamina.service.wire import clean_error, error_block, result_block
from lamina.store.records import ExecutionStatus, OperationRecord, OperationStatus, TimerKind

_ID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_SUB_TYPE = re.compile(r"^[a-zA-Z0-9_-]{1,32}$")
_VALID_ACTIONS = {
    "EXECUTION": {"SUCCEED", "FAIL"},
    "CONTEXT": {"START", "SUCCEED", "FAIL"},
    "STEP": {"START", "SUCCEED", "FAIL", "RETRY"},
    "WAIT": {"START", "CANCEL"},
    "CALLBACK": {"START"},
    "CHAINED_INVOKE": {"START"},
}

# Starts a chained invoke: (journal, op, update) -> ChainedInvokeStarted details.
ChainedInvokeStarter = Callable[[ExecutionJournal, OperationRecord, dict[str, Any]], dict[str, Any]]
# Finishes the execution from an EXECUTION update: (journal, status, result, error).
ExecutionFinisher = Callable[
    [ExecutionJournal, ExecutionStatus, str | None, dict[str, Any] | None], None
]


def named_operations(updates: list[Any]) -> list[str]:
    """The operations a batch of updates names (theirs and their parents'), in order, once
    each; what is not shaped like an id is left to the batch's checks to refuse."""
    named = [u.get(key) for u in updates if isinstance(u, dict) for key in ("Id", "ParentId")]
    return list(dict.fromkeys(i for i in named if isinstance(i, str) and i))


def _reject(message: str) -> InvalidParameterValue:
    return InvalidParameterValue(message)


def _check_identity(update: dict[str, Any]) -> None:
    """ParentId, Name and SubType as the model allows them."""
    parent = update.get("ParentId")
    if parent is not None and (not isinstance(parent, str) or not _ID.match(parent)):
        raise _reject(f"Invalid parent operation id {parent!r}.")
    name = update.get("Name")
    if name is not None and (
        not isinstance(name, str) or not 1 <= len(name) <= 256 or not name.isprintable()
    ):
        raise _reject("Invalid operation name: 1 to 256 printable characters.")
    sub_type = update.get("SubType")
    if sub_type is not None and (not isinstance(sub_type, str) or not _SUB_TYPE.match(sub_type)):
        raise _reject(f"Invalid operation subtype {sub_type!r}.")


@dataclass
class CheckpointApplier:
    journal: ExecutionJournal
    limits: Limits
    start_chained_invoke: ChainedInvokeStarter
    finish_execution: ExecutionFinisher

    def apply(self, updates: list[dict[str, Any]]) -> None:
        self._check_batch(updates)
        self.journal.load(named_operations(updates))
        started_in_batch: set[str] = set()
        seen: dict[str, str] = {}
        for update in updates:
            self._check_repeat(update, seen)
            if update["Type"] == "EXECUTION":
                self._apply_execution(update)
                continue
            self._check_parent(update, started_in_batch)
            current = self.journal.get(update["Id"])
            if current is not None:
                self._check_consistent(update, current)
            handler = getattr(self, f"_{update['Type'].lower()}_{update['Action'].lower()}")
            handler(update, current)
            if update["Type"] == "CONTEXT" and update["Action"] == "START":
                started_in_batch.add(update["Id"])

    # batch-level rules

    def _check_batch(self, updates: list[dict[str, Any]]) -> None:
        if len(updates) > self.limits.max_updates_per_checkpoint:
            raise _reject(
                f"Too many updates: {len(updates)} > {self.limits.max_updates_per_checkpoint}."
            )
        executions = [
            i for i, u in enumerate(updates) if isinstance(u, dict) and u.get("Type") == "EXECUTION"
        ]
        if len(executions) > 1:
            raise _reject("Cannot checkpoint multiple EXECUTION updates.")
        if executions and executions[0] != len(updates) - 1:
            raise _reject("EXECUTION checkpoint must be the last update.")
        for update in updates:
            self._check_shape(update)

    def _check_shape(self, update: Any) -> None:
        if not isinstance(update, dict):
            raise _reject("Each update must be an object.")
        op_id, op_type, action = update.get("Id"), update.get("Type"), update.get("Action")
        if not isinstance(op_id, str) or not _ID.match(op_id):
            raise _reject(f"Invalid operation id {op_id!r}.")
        if not isinstance(op_type, str) or op_type not in _VALID_ACTIONS:
            raise _reject(f"Invalid operation type {op_type!r}.")
        if not isinstance(action, str) or action not in _VALID_ACTIONS[op_type]:
            raise _reject("Invalid action for the given operation type.")
        _check_identity(update)
        payload = update.get("Payload")
        if payload is not None and not isinstance(payload, str):
            raise _reject("Payload must be a string.")
        if op_type != "EXECUTION" and payload_size(payload) > self.limits.operation_payload:
            raise _reject(
                f"{op_type} payload size must be less than or equal to "
                f"{self.limits.operation_payload} bytes."
            )
        if "Error" in update and update["Error"] is not None:
            if not isinstance(update["Error"], dict):
                raise _reject("Error must be an ErrorObject.")
            if len(json.dumps(update["Error"])) > self.limits.error_object:
                raise _reject(f"Error size must be at most {self.limits.error_object} bytes.")

    def _check_repeat(self, update: dict[str, Any], seen: dict[str, str]) -> None:
        op_id = update["Id"]
        previous = seen.get(op_id)
        if previous is not None and not (
            previous == "START"
            and update["Type"] in ("STEP", "CONTEXT")
            and update["Action"] != "START"
        ):
            raise _reject("Cannot checkpoint multiple operations with the same ID.")
        seen[op_id] = "START" if previous is None and update["Action"] == "START" else "DONE"

    def _check_parent(self, update: dict[str, Any], started_in_batch: set[str]) -> None:
        parent_id = update.get("ParentId")
        if not parent_id or parent_id in started_in_batch:
            return
        parent = self.journal.get(parent_id)
        if parent is None or parent.type != "CONTEXT":
            raise _reject("Invalid parent operation id.")

    @staticmethod
    def _check_consistent(update: dict[str, Any], current: OperationRecord) -> None:
        if update["Type"] != current.type:
            raise _reject("Inconsistent operation type.")
        if update.get("SubType") is not None and update["SubType"] != current.sub_type:
            raise _reject("Inconsistent operation subtype.")
        if update.get("Name") is not None and update["Name"] != current.name:
            raise _reject("Inconsistent operation name.")
        if update.get("ParentId") and update["ParentId"] != current.parent_id:
            raise _reject("Inconsistent parent operation id.")

    # shared helpers

    def _started(self, update: dict[str, Any], details: dict[str, Any]) -> OperationRecord:
        """The operation an update starts (not yet recorded)."""
        return OperationRecord(
            op_id=update["Id"],
            seq=self.journal.next_op_seq(),
            type=update["Type"],
            status=OperationStatus.STARTED,
            start_ms=self.journal.now_ms,
            parent_id=update.get("ParentId") or None,
            name=update.get("Name") or None,
            sub_type=update.get("SubType") or None,
            details=details,
        )

    def _close(
        self, op: OperationRecord, status: OperationStatus, details: dict[str, Any]
    ) -> OperationRecord:
        return self.journal.put(
            op.evolve(status=status, end_ms=self.journal.now_ms, details=details), by_service=False
        )

    @staticmethod
    def _payload_and_error(update: dict[str, Any], action: str) -> tuple[str | None, Any]:
        payload, error = update.get("Payload"), clean_error(update.get("Error"))
        if action == "SUCCEED" and error is not None:
            raise _reject("Cannot provide an error to SUCCEED an operation.")
        if action == "FAIL" and payload is not None:
            raise _reject("Cannot provide a payload to FAIL an operation.")
        return payload, error

    # EXECUTION

    def _apply_execution(self, update: dict[str, Any]) -> None:
        payload, error = self._payload_and_error(update, update["Action"])
        limit = result_limit(self.limits, self.journal.execution.parent_arn is not None)
        if payload_size(payload) > limit:
            raise _reject(
                f"Execution output payload size must be less than or equal to {limit} bytes."
            )
        if update["Action"] == "SUCCEED":
            self.finish_execution(self.journal, ExecutionStatus.SUCCEEDED, payload, None)
        else:
            self.finish_execution(self.journal, ExecutionStatus.FAILED, None, error or {})

    # CONTEXT

    def _context_start(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        if current is not None:
            raise _reject("Cannot start a CONTEXT that already exist.")
        op = self.journal.put(self._started(update, {}), by_service=False)
        self.journal.emit("ContextStarted", {}, op)

    def _context_close(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        action = update["Action"]
        payload, error = self._payload_and_error(update, action)
        if current is None:
            current = self._started(update, {})
        elif current.status != OperationStatus.STARTED:
            raise _reject("Invalid current CONTEXT state to close.")
        replay = bool((update.get("ContextOptions") or {}).get("ReplayChildren", False))
        details: dict[str, Any] = {"ReplayChildren": replay} if replay else {}
        if action == "SUCCEED":
            details["Result"] = payload
            op = self._close(current, OperationStatus.SUCCEEDED, details)
            self.journal.emit("ContextSucceeded", {"Result": result_block(payload)}, op)
        else:
            details["Error"] = error
            op = self._close(current, OperationStatus.FAILED, details)
            self.journal.emit("ContextFailed", {"Error": error_block(error)}, op)

    _context_succeed = _context_close
    _context_fail = _context_close

    # STEP

    def _step_start(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        if current is None:
            op = self._started(update, {"Attempt": 0})
        elif current.status == OperationStatus.READY:
            details = {k: v for k, v in current.details.items() if k != "NextAttemptTimestamp"}
            op = current.evolve(status=OperationStatus.STARTED, details=details)
        else:
            raise _reject("Invalid current STEP state to start.")
        op = self.journal.put(op, by_service=False)
        self.journal.emit("StepStarted", {}, op)

    def _step_current(
        self, update: dict[str, Any], current: OperationRecord | None, message: str
    ) -> OperationRecord:
        if current is None:
            # Lenient like AWS's emulator: a step may be closed without a recorded START.
            return self._started(update, {"Attempt": 0})
        if current.status not in (OperationStatus.STARTED, OperationStatus.READY):
            raise _reject(message)
        return current

    def _step_close(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        action = update["Action"]
        payload, error = self._payload_and_error(update, action)
        op = self._step_current(update, current, "Invalid current STEP state to close.")
        attempt = int(op.details.get("Attempt", 0)) + 1
        retry = {"CurrentAttempt": attempt}
        if action == "SUCCEED":
            details = {"Attempt": attempt, "Result": payload}
            op = self._close(op, OperationStatus.SUCCEEDED, details)
            self.journal.emit(
                "StepSucceeded", {"Result": result_block(payload), "RetryDetails": retry}, op
            )
        else:
            details = {"Attempt": attempt, "Error": error}
            op = self._close(op, OperationStatus.FAILED, details)
            self.journal.emit(
                "StepFailed", {"Error": error_block(error), "RetryDetails": retry}, op
            )

    _step_succeed = _step_close
    _step_fail = _step_close

    def _step_retry(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        op = self._step_current(update, current, "Invalid current STEP state to re-attempt.")
        options = update.get("StepOptions")
        delay = options.get("NextAttemptDelaySeconds") if isinstance(options, dict) else None
        if not isinstance(delay, int) or not 1 <= delay <= self.limits.max_wait_seconds:
            raise _reject("Invalid StepOptions for the given action.")
        payload, error = update.get("Payload"), clean_error(update.get("Error"))
        if payload is not None and error is not None:
            raise _reject("Cannot provide both error and payload to RETRY a STEP.")
        attempt = int(op.details.get("Attempt", 0)) + 1
        due = self.journal.now_ms + delay * 1000
        details: dict[str, Any] = {"Attempt": attempt, "NextAttemptTimestamp": due}
        retry = {"CurrentAttempt": attempt, "NextAttemptDelaySeconds": delay}
        if error is not None:
            details["Error"] = error
            event = ("StepFailed", {"Error": error_block(error), "RetryDetails": retry})
        else:
            details["Result"] = payload
            event = ("StepSucceeded", {"Result": result_block(payload), "RetryDetails": retry})
        op = op.evolve(status=OperationStatus.PENDING, details=details)
        op = self.journal.put(op, by_service=False)
        self.journal.emit(event[0], event[1], op)
        self.journal.set_timer(op.op_id, TimerKind.RETRY, due)

    # WAIT

    def _wait_start(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        if current is not None:
            raise _reject("Cannot start a WAIT that already exist.")
        options = update.get("WaitOptions")
        seconds = options.get("WaitSeconds") if isinstance(options, dict) else None
        if not isinstance(seconds, int) or not 1 <= seconds <= self.limits.max_wait_seconds:
            raise _reject(
                f"WaitOptions.WaitSeconds must be 1 to {self.limits.max_wait_seconds} seconds."
            )
        due = self.journal.now_ms + seconds * 1000
        op = self._started(update, {"ScheduledEndTimestamp": due, "_Duration": seconds})
        op = self.journal.put(op, by_service=False)
        self.journal.emit("WaitStarted", {"Duration": seconds, "ScheduledEndTimestamp": due}, op)
        self.journal.set_timer(op.op_id, TimerKind.WAIT, due)

    def _wait_cancel(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        if current is None or current.status != OperationStatus.STARTED:
            raise _reject("Cannot cancel a WAIT that does not exist or has already completed.")
        op = self._close(current, OperationStatus.CANCELLED, current.details)
        self.journal.delete_timer(op.op_id, TimerKind.WAIT)
        self.journal.emit(
            "WaitCancelled", {"Error": error_block(clean_error(update.get("Error")))}, op
        )

    # CALLBACK

    def _callback_start(self, update: dict[str, Any], current: OperationRecord | None) -> None:
        from lamina.service.ids import new_callback_id

        if current is not None:
            raise _reject("Cannot start a CALLBACK that already exist.")
        options = update.get("CallbackOptions") or {}
        timeout = options.get("TimeoutSeconds", 0) or 0
        heartbeat = options.get("HeartbeatTimeoutSeconds", 0) or 0
        for value in (timeout, heartbeat):
            if not isinstance(value, int) or not 0 <= value <= self.limits.max_callback_timeout:
                raise _reject("Invalid CallbackOptions: timeouts are 0 to 99999999 seconds.")
        callback_id = new_callback_id()
        details = {"CallbackId": callback_id, "_Timeout": timeout, "_Heartbeat": heartbeat}
        op = self.journal.put(self._started(update, details), by_service=False)
        self.journal.tx.insert_callback(callback_id, self.journal.arn, op.op_id)
        started: dict[str, Any] = {"CallbackId": callback_id}
        if timeout:
            started["Timeout"] = timeout
            due = self.journal.now_ms + timeout * 1000
            self.journal.set_timer(op.op_id, TimerKind.CALLBACK_TIMEOUT, due)
        if heartbeat:
            started["HeartbeatTimeout"] = heartbeat
            due = self.journal.now_ms + heartbeat * 1000
            self.journal.set_timer(op.op_id, TimerKind.CALLBACK_HEARTBEAT, due)
        self.journal.emit("CallbackStarted", started, op)

    # CHAINED_INVOKE

    def _chained_invoke_start(
        self, update: dict[str, Any], current: OperationRecord | None
    ) -> None:
        if current is not None:
            raise _reject("Cannot start a CHAINED_INVOKE that already exist.")
        options = update.get("ChainedInvokeOptions")
        if not isinstance(options, dict) or not isinstance(options.get("FunctionName"), str):
            raise _reject("CHAINED_INVOKE requires ChainedInvokeOptions.")
        if payload_size(update.get("Payload")) > self.limits.chained_invoke_payload:
            raise _reject(
                "CHAINED_INVOKE input payload size must be less than or equal to "
                f"{self.limits.chained_invoke_payload} bytes."
            )
        started = self.start_chained_invoke(self.journal, self._started(update, {}), update)
        op = self.journal.get(update["Id"])
        assert op is not None, "the starter records the operation"
        self.journal.emit("ChainedInvokeStarted", started, op)
        if op.status == OperationStatus.FAILED:
            error = op.details.get("Error")
            self.journal.emit("ChainedInvokeFailed", {"Error": error_block(error)}, op)
