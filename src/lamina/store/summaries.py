"""The read-only summaries behind the console and the metrics, in terms of named queries.

Mixed into each backend's transaction, which runs the named queries of its own dialect
(`_all`); every method here is one or two of them.
"""

from __future__ import annotations

import json
from typing import Any

from lamina.store.records import (
    ExecutionCount,
    ExecutionTiming,
    Gate,
    TimerCount,
    WaitingCallback,
)


class Summaries:
    def _all(self, query: str, **params: Any) -> list[Any]:
        raise NotImplementedError  # each backend runs its dialect's query

    def execution_counts(self, ended_since_ms: int | None) -> list[ExecutionCount]:
        counts = [
            ExecutionCount(r["function_name"], r["status"], r["gate"], int(r["n"]))
            for r in self._all("open_execution_counts")
        ]
        if ended_since_ms is None:
            finished = self._all("finished_execution_counts")
        else:
            finished = self._all("finished_execution_counts_since", since=ended_since_ms)
        counts += [
            ExecutionCount(r["function_name"], r["status"], Gate.DONE, int(r["n"]))
            for r in finished
        ]
        return counts

    def execution_timings(self, since_ms: int, limit: int) -> list[ExecutionTiming]:
        return [
            ExecutionTiming(r["arn"], r["function_name"], r["status"], r["start_ms"], r["end_ms"])
            for r in self._all("execution_timings", since=since_ms, limit=limit)
        ]

    def waiting_callbacks(self, name_prefix: str | None, limit: int) -> list[WaitingCallback]:
        rows = self._all("waiting_callbacks", prefix=name_prefix or None, limit=limit)
        return [
            WaitingCallback(
                execution_arn=r["arn"],
                function_name=r["function_name"],
                execution_name=r["execution_name"],
                op_id=r["op_id"],
                name=r["name"],
                parent_id=r["parent_id"],
                parent_name=r["parent_name"],
                start_ms=r["start_ms"],
                details=json.loads(r["details"]),
            )
            for r in rows
        ]

    def count_waiting_callbacks(self, name_prefix: str | None) -> int:
        rows = self._all("count_waiting_callbacks", prefix=name_prefix or None)
        return int(rows[0]["n"])

    def due_timer_counts(self, now_ms: int, late_before_ms: int) -> list[TimerCount]:
        rows = self._all("due_timer_counts", now=now_ms, late_before=late_before_ms)
        return [
            TimerCount(r["kind"], int(r["due"]), int(r["late"] or 0), int(r["oldest"]))
            for r in rows
        ]
