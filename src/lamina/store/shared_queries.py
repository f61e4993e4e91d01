"""What both stores' transactions do alike: named queries, each run in its own dialect.

The SQLite and PostgreSQL transactions derive from `SharedQueries` and supply how a statement
is sent (`HeldWrites`: writes are held and sent together) and what differs between them: how
a parameter is written, how a list and a payload travel, and which reads lock what they read
(`_pick`).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from lamina.functions.config import FunctionConfig
from lamina.store.base import WakeTracking
from lamina.store.function_queries import FunctionQueries
from lamina.store.records import (
    CHECKPOINT_TIMERS,
    CheckpointView,
    EventRecord,
    ExecutionFilter,
    ExecutionRecord,
    LogLineRecord,
    OperationRecord,
    ReadyExecution,
    TimerRecord,
)
from lamina.store.statements import HeldWrites, compact
from lamina.store.summaries import Summaries

# Execution columns kept in `payloads` rather than on the hot row.
EXECUTION_COLUMNS = [
    f for f in ExecutionRecord.__dataclass_fields__ if f not in ("input_payload", "result")
]
_COLUMN_SET = frozenset(EXECUTION_COLUMNS) - {"arn"}
# An execution's rows in every table, deleted before the execution's own.
_EXECUTION_TABLES = ("payloads", "operations", "events", "callbacks", "logs", "timers")


class SharedQueries(HeldWrites, FunctionQueries, Summaries, WakeTracking):
    # ---- what each dialect supplies, besides how it sends a statement (HeldWrites)

    def _contains(self, column: str, mark: str) -> str:
        """SQL: `column` contains the text of parameter `mark`."""
        raise NotImplementedError

    def _id_starts(self, mark: str) -> str:
        """SQL: the execution id (the ARN's last 36 characters) starts with `mark`."""
        raise NotImplementedError

    def _list(self, values: Collection[str]) -> Any:
        """A list parameter as the dialect's queries take it."""
        return list(values)

    def _blob(self, text: str) -> Any:
        """A payload or log line as the dialect stores it."""
        return text

    def _unblob(self, value: Any) -> str:
        return str(value)

    def _pick(self, read: str, write: str) -> str:
        """The query a read runs: in a locking write transaction, the one that locks."""
        return read

    # ---- executions

    def _execution(self, row: Any, payloads: bool = False) -> ExecutionRecord | None:
        if row is None:
            return None
        values = {k: row[k] for k in EXECUTION_COLUMNS}
        values["error"] = json.loads(row["error"]) if row["error"] else None
        if values["pause_timeout"] is not None:
            values["pause_timeout"] = bool(values["pause_timeout"])
        values["input_payload"] = self._payload(row["arn"], "input") if payloads else None
        values["result"] = self._payload(row["arn"], "result") if payloads else None
        return ExecutionRecord(**values)

    def _executions(self, rows: list[Any]) -> list[ExecutionRecord]:
        return [e for e in (self._execution(r) for r in rows) if e is not None]

    def _payload(self, arn: str, kind: str) -> str | None:
        row = self._one("get_payload", arn=arn, kind=kind)
        return None if row is None else self._unblob(row["body"])

    def get_execution(self, arn: str, payloads: bool = False) -> ExecutionRecord | None:
        row = self._one(self._pick("get_execution", "get_execution_locked"), arn=arn)
        return self._execution(row, payloads)

    def find_execution(self, function_name: str, name: str) -> ExecutionRecord | None:
        query = self._pick("find_execution", "find_execution_locked")
        row = self._one(query, function_name=function_name, name=name)
        return self._execution(row, payloads=True)

    def insert_execution(self, execution: ExecutionRecord) -> None:
        row = {c: getattr(execution, c) for c in EXECUTION_COLUMNS}
        row["error"] = compact(execution.error) if execution.error is not None else None
        self._note_inserted(execution.gate)
        columns = ", ".join(EXECUTION_COLUMNS)
        marks = ", ".join(self._mark(c) for c in EXECUTION_COLUMNS)
        self._sql(f"INSERT INTO executions ({columns}) VALUES ({marks})", row)
        body = self._blob(execution.input_payload or "")
        self._run("put_payload", arn=execution.arn, kind="input", body=body)

    def update_execution(self, arn: str, changes: Mapping[str, Any]) -> None:
        unknown = set(changes) - _COLUMN_SET - {"result"}
        if unknown:
            raise ValueError(f"not execution fields: {sorted(unknown)}")
        self._note_changed(changes)
        values = {c: changes[c] for c in changes if c in _COLUMN_SET}
        if values:
            if values.get("error") is not None:
                values["error"] = compact(values["error"])
            sets = ", ".join(f"{c} = {self._mark(c)}" for c in values)
            self._sql(f"UPDATE executions SET {sets} WHERE arn = {self._mark('arn')}",
                      {**values, "arn": arn})
        if changes.get("result") is not None:
            body = self._blob(str(changes["result"]))
            self._run("put_payload", arn=arn, kind="result", body=body)

    def next_ready_execution(
        self, now_ms: int, skip_functions: Collection[str] = ()
    ) -> ReadyExecution | None:
        query = self._pick("next_ready_execution", "claim_ready_execution")
        return self._ready(self._one(query, now=now_ms, skip=self._list(skip_functions)))

    def _ready(self, row: Any) -> ReadyExecution | None:
        execution = self._execution(row)
        if execution is None:
            return None
        return ReadyExecution(execution, row["function_reserved"])

    def invocation_inputs(
        self, execution: ExecutionRecord
    ) -> tuple[list[OperationRecord], FunctionConfig | None]:
        durable = execution.kind == "durable"
        operations = self.all_operations(execution.arn) if durable else []
        return operations, self.version_config(execution.function_name, execution.version)

    def expired_leases(self, now_ms: int, limit: int) -> list[ExecutionRecord]:
        query = self._pick("expired_leases", "claim_expired_leases")
        return self._executions(self._all(query, now=now_ms, limit=limit))

    def list_executions(self, query: ExecutionFilter) -> list[ExecutionRecord]:
        where, params = self._execution_filter(query)
        direction = "ASC" if query.oldest_first else "DESC"
        sql = (
            f"SELECT * FROM executions WHERE {' AND '.join(where)} "
            f"ORDER BY start_ms {direction}, arn {direction} LIMIT {self._mark('limit')}"
        )
        return self._executions(self._sql_rows(sql, params))

    def _execution_filter(self, query: ExecutionFilter) -> tuple[list[str], dict[str, Any]]:
        """The WHERE terms of a listing and their parameters."""
        mark = self._mark
        where: list[str] = ["1 = 1"]
        params: dict[str, Any] = {"limit": query.limit}
        if not query.include_plain:
            where.append("kind = 'durable'")
        if query.function_name is not None:
            where.append(f"function_name = {mark('function_name')}")
            params["function_name"] = query.function_name
        if query.statuses:
            names = [f"s{i}" for i in range(len(query.statuses))]
            where.append(f"status IN ({', '.join(mark(n) for n in names)})")
            params.update(zip(names, query.statuses, strict=True))
        if query.name is not None:
            where.append(f"name = {mark('name')}")
            params["name"] = query.name
        if query.name_contains:
            where.append(self._contains("name", mark("name_contains")))
            params["name_contains"] = query.name_contains
        if query.id_prefix:
            where.append(self._id_starts(mark("id_prefix")))
            params["id_prefix"] = query.id_prefix
        if query.started_after_ms is not None:
            where.append(f"start_ms >= {mark('after')}")
            params["after"] = query.started_after_ms
        if query.started_before_ms is not None:
            where.append(f"start_ms <= {mark('before')}")
            params["before"] = query.started_before_ms
        if query.after_key is not None:
            op = ">" if query.oldest_first else "<"
            where.append(f"(start_ms, arn) {op} ({mark('key_ms')}, {mark('key_arn')})")
            params["key_ms"], params["key_arn"] = query.after_key
        return where, params

    def expired_executions(self, now_ms: int, limit: int) -> list[str]:
        query = self._pick("expired_executions", "claim_expired_executions")
        return [str(r["arn"]) for r in self._all(query, now=now_ms, limit=limit)]

    def delete_execution(self, arn: str) -> None:
        for table in _EXECUTION_TABLES:
            self._run(f"delete_{table}", arn=arn)
        self._run("delete_execution", arn=arn)

    def checkpoint_view(self, arn: str, op_ids: Sequence[str], now_ms: int) -> CheckpointView:
        execution = self.get_execution(arn)
        if execution is None:
            return CheckpointView(None, {}, [])
        return CheckpointView(execution, self.get_operations(arn, op_ids),
                              self.due_timers_of(arn, now_ms, CHECKPOINT_TIMERS))

    def expect_view(self, view: CheckpointView, absent: Sequence[str], now_ms: int) -> bool:
        """Checked by the writes that follow (`HeldWrites`): if the view did not hold, the
        transaction fails and the store runs the work again."""
        self._check_view(self._view_check(view, absent, now_ms))
        return True

    def _view_check(
        self, view: CheckpointView, absent: Sequence[str], now_ms: int
    ) -> dict[str, Any]:
        """The parameters of the check that `view` holds."""
        e = view.execution
        assert e is not None and e.token is not None, "a view of a running invocation"
        return {
            "arn": e.arn, "change_seq": e.change_seq, "next_event_id": e.next_event_id,
            "token": e.token, "status": e.status, "gate": e.gate, "now": now_ms,
            "absent": self._list(absent), "kinds": self._list(CHECKPOINT_TIMERS),
        }

    # ---- operations

    def get_operations(self, arn: str, op_ids: Sequence[str]) -> dict[str, OperationRecord]:
        if not op_ids:
            return {}
        rows = self._all("get_operations", arn=arn, op_ids=self._list(op_ids))
        return {r["op_id"]: OperationRecord.from_row(r) for r in rows}

    # ---- history and logs

    def append_events(self, arn: str, events: Sequence[EventRecord]) -> None:
        self._many("append_event", [
            {"arn": arn, "event_id": e.event_id, "event_type": e.event_type,
             "ts_ms": e.timestamp_ms, "body": compact(e.body)}
            for e in events
        ])

    def append_logs(self, lines: Sequence[LogLineRecord]) -> None:
        self._many("append_log", [
            {"arn": x.execution_arn, "ts_ms": x.timestamp_ms, "request_id": x.request_id,
             "line": self._blob(x.line)}
            for x in lines
        ])

    def logs_of(self, arn: str) -> list[LogLineRecord]:
        return [
            LogLineRecord(r["arn"], r["seq"], r["ts_ms"], r["request_id"], self._unblob(r["line"]))
            for r in self._all("logs_of", arn=arn)
        ]

    # ---- timers

    def due_timers(self, now_ms: int, limit: int) -> list[TimerRecord]:
        query = self._pick("due_timers", "claim_due_timers")
        return [TimerRecord.from_row(r) for r in self._all(query, now=now_ms, limit=limit)]

    def due_timers_of(self, arn: str, now_ms: int, kinds: Sequence[str]) -> list[TimerRecord]:
        rows = self._all("due_timers_of", arn=arn, now=now_ms, kinds=self._list(kinds))
        return [TimerRecord.from_row(r) for r in rows]

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
        self._note_timer(timer.due_ms)
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

    def running_invocations(self, function_name: str) -> int:
        row = self._one("running_invocations", name=function_name)
        return int(row["n"]) if row else 0

    def invocations_owed_or_running(self) -> bool:
        return self._one("invocations_owed_or_running") is not None
