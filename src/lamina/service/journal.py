"""One execution's changes inside one transaction: operations, history and timers.

The journal numbers every operation change (`change_seq`) so the service can tell what an
invocation has already seen, and numbers history events so the log stays gap-free.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from lamina.store.base import Transaction
from lamina.store.records import (
    EventRecord,
    ExecutionRecord,
    OperationRecord,
    TimerKind,
    TimerRecord,
)


class ExecutionJournal:
    def __init__(
        self,
        tx: Transaction,
        execution: ExecutionRecord,
        now_ms: int,
        operations: Mapping[str, OperationRecord] | None = None,
        looked_up: Sequence[str] = (),
        new: bool = False,
    ) -> None:
        """`new`: the execution is not stored yet; `save` inserts it as it then is."""
        self.tx = tx
        self._new = new
        self.now_ms = now_ms
        self._base = execution
        self._changes: dict[str, Any] = {}
        self._cached: ExecutionRecord | None = execution
        # The two counters move at every change: kept apart so reading them stays cheap.
        self.change_seq = execution.change_seq
        self.next_event_id = execution.next_event_id
        # Operations read with the execution (`looked_up` ids), and the rest as needed.
        self._ops: dict[str, OperationRecord] = dict(operations or {})
        self._absent: set[str] = {i for i in looked_up if i not in self._ops}
        self._events: list[EventRecord] = []
        self.changed_ids: list[str] = []
        self.new_timers: list[TimerRecord] = []  # set by this journal, in order

    @property
    def arn(self) -> str:
        return self._base.arn

    @property
    def execution(self) -> ExecutionRecord:
        """The execution with every change made so far."""
        current = self._cached
        if (
            current is None
            or current.change_seq != self.change_seq
            or (current.next_event_id != self.next_event_id)
        ):
            current = self._base.evolve(
                **self._changes, change_seq=self.change_seq, next_event_id=self.next_event_id
            )
            self._cached = current
        return current

    def load(self, op_ids: Sequence[str]) -> None:
        wanted = [i for i in dict.fromkeys(op_ids) if i not in self._ops and i not in self._absent]
        if wanted:
            found = self.tx.get_operations(self.arn, wanted)
            self._ops.update(found)
            self._absent.update(i for i in wanted if i not in found)

    def get(self, op_id: str) -> OperationRecord | None:
        self.load([op_id])
        return self._ops.get(op_id)

    def next_op_seq(self) -> int:
        # Creation order: the change counter is monotonic, so it orders creations too.
        return self.change_seq + 1

    def put(self, op: OperationRecord, by_service: bool) -> OperationRecord:
        self.change_seq += 1
        op = op.evolve(change_seq=self.change_seq, service_change=by_service)
        self._ops[op.op_id] = op
        self.tx.save_operation(self.arn, op)
        self.changed_ids.append(op.op_id)
        return op

    def operations(self) -> dict[str, OperationRecord]:
        """Every operation this journal read or changed, as it now is (the journal's own
        mapping: for when the journal is done)."""
        return self._ops

    def changed_operations(self) -> list[OperationRecord]:
        """The operations this journal changed, in creation order."""
        ops = [self._ops[op_id] for op_id in dict.fromkeys(self.changed_ids)]
        return sorted(ops, key=lambda op: op.seq)

    def emit(self, event_type: str, details: dict[str, Any], op: OperationRecord | None) -> None:
        body: dict[str, Any] = {}
        if op is not None:
            body["Id"] = op.op_id
            if op.name:
                body["Name"] = op.name
            if op.parent_id:
                body["ParentId"] = op.parent_id
            if op.sub_type:
                body["SubType"] = op.sub_type
        elif event_type.startswith("Execution"):
            body["Id"] = self._base.execution_id
            body["Name"] = self._base.name
        body[f"{event_type}Details"] = details
        self._events.append(EventRecord(self.next_event_id, event_type, self.now_ms, body))
        self.next_event_id += 1

    def set_timer(self, op_id: str, kind: TimerKind, due_ms: int) -> None:
        timer = TimerRecord(self.arn, op_id, kind, due_ms)
        self.tx.set_timer(timer)
        self.new_timers.append(timer)

    def delete_timer(self, op_id: str, kind: TimerKind) -> None:
        self.tx.delete_timer(self.arn, op_id, kind)

    def update(self, **changes: Any) -> None:
        self._changes.update(changes)
        self._cached = None

    def save(self) -> ExecutionRecord:
        if self._events:
            self.tx.append_events(self.arn, self._events)
            self._events = []
        if self._new:
            self._new = False
            self._base, self._changes = self.execution, {}
            self.tx.insert_execution(self._base)
            return self._base
        changes = dict(self._changes)
        if self.change_seq != self._base.change_seq:
            changes["change_seq"] = self.change_seq
        if self.next_event_id != self._base.next_event_id:
            changes["next_event_id"] = self.next_event_id
        if changes:
            self.tx.update_execution(self.arn, changes)
        return self.execution
