"""What both stores' transactions do alike: named queries, each run in its own dialect.

The SQLite and PostgreSQL transactions derive from `SharedQueries` and supply how a named
query runs (`_one`, `_all`, `_run`) and what differs between them (locking claims, payload
encodings, batched writes).
"""

from __future__ import annotations

import json
from typing import Any

from lamina.store.base import WakeTracking
from lamina.store.function_queries import FunctionQueries
from lamina.store.records import EventRecord, OperationRecord, TimerRecord
from lamina.store.summaries import Summaries


class SharedQueries(FunctionQueries, Summaries, WakeTracking):
    def _one(self, query: str, **params: Any) -> Any:
        raise NotImplementedError  # each backend runs its dialect's query

    def _run(self, query: str, **params: Any) -> None:
        raise NotImplementedError

    def expired_executions(self, now_ms: int, limit: int) -> list[str]:
        raise NotImplementedError

    def delete_execution(self, arn: str) -> None:
        raise NotImplementedError

    def count_executions(self, function_name: str | None) -> dict[str, int]:
        rows = self._all("count_executions", function_name=function_name)
        return {str(r["status"]): int(r["n"]) for r in rows}

    def purge_executions(self, now_ms: int, limit: int) -> int:
        arns = self.expired_executions(now_ms, limit)
        for arn in arns:
            self.delete_execution(arn)
        return len(arns)

    def all_operations(self, arn: str) -> list[OperationRecord]:
        return [OperationRecord.from_row(r) for r in self._all("all_operations", arn=arn)]

    def operations_changed_since(self, arn: str, change_seq: int) -> list[OperationRecord]:
        rows = self._all("operations_changed_since", arn=arn, change_seq=change_seq)
        return [OperationRecord.from_row(r) for r in rows]

    def events(self, arn: str, after_id: int, limit: int, newest_first: bool) -> list[EventRecord]:
        query = "events_backward" if newest_first else "events_forward"
        return [
            EventRecord(r["event_id"], r["event_type"], r["ts_ms"], json.loads(r["body"]))
            for r in self._all(query, arn=arn, after_id=after_id, limit=limit)
        ]

    def set_timer(self, timer: TimerRecord) -> None:
        self._note_timer()
        self._run(
            "set_timer",
            arn=timer.execution_arn,
            op_id=timer.op_id,
            kind=timer.kind,
            due_ms=timer.due_ms,
        )

    def get_timer(self, arn: str, op_id: str, kind: str) -> TimerRecord | None:
        row = self._one("get_timer", arn=arn, op_id=op_id, kind=kind)
        return None if row is None else TimerRecord.from_row(row)

    def delete_timer(self, arn: str, op_id: str, kind: str) -> None:
        self._run("delete_timer", arn=arn, op_id=op_id, kind=kind)

    def delete_timers(self, arn: str) -> None:
        self._run("delete_timers", arn=arn)

    def next_timer_due(self) -> int | None:
        row = self._one("next_timer_due")
        return None if row is None or row["due"] is None else int(row["due"])

    def skipped_ms(self) -> int:
        row = self._one("skipped_ms")
        return 0 if row is None else int(row["skipped_ms"])

    def record_skipped_ms(self, skipped_ms: int) -> None:
        self._run("record_skipped_ms", skipped_ms=skipped_ms)

    def insert_callback(self, callback_id: str, arn: str, op_id: str) -> None:
        self._run("insert_callback", callback_id=callback_id, arn=arn, op_id=op_id)

    def get_callback(self, callback_id: str) -> tuple[str, str] | None:
        row = self._one("get_callback", callback_id=callback_id)
        return None if row is None else (str(row["arn"]), str(row["op_id"]))

    def reserved_concurrency(self) -> dict[str, int]:
        return {r["name"]: r["reserved_concurrency"] for r in self._all("reserved_concurrency")}

    def running_invocations(self, function_name: str) -> int:
        row = self._one("running_invocations", name=function_name)
        return int(row["n"]) if row else 0

    def invocations_owed_or_running(self) -> bool:
        return self._one("invocations_owed_or_running") is not None
