"""Rows as the service sees them: plain data, no database types."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

from lamina.functions.config import FunctionConfig

R = TypeVar("R")


def evolved(record: R, changes: dict[str, Any]) -> R:
    """A copy of a frozen record with `changes`: what `dataclasses.replace` gives, at a third
    of its cost (it runs `__init__`, which these records do not extend). Journals evolve an
    execution and its operations several times per checkpoint."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = frozenset(f.name for f in fields(record))  # type: ignore[arg-type]
    unknown = changes.keys() - names
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {sorted(unknown)[0]!r}")
    copy = object.__new__(type(record))
    copy.__dict__.update(record.__dict__)
    copy.__dict__.update(changes)
    return copy


_FIELD_NAMES: dict[type, frozenset[str]] = {}


class ExecutionStatus(StrEnum):
    RUNNING = "RUNNING"
    PAUSING = "PAUSING"  # the running invocation ends at its next checkpoint
    PAUSED = "PAUSED"  # no invocation starts until resumed; completions are still recorded
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    TIMED_OUT = "TIMED_OUT"
    STOPPED = "STOPPED"


TERMINAL_STATUSES = frozenset(
    {
        ExecutionStatus.SUCCEEDED,
        ExecutionStatus.FAILED,
        ExecutionStatus.TIMED_OUT,
        ExecutionStatus.STOPPED,
    }
)


class Gate(StrEnum):
    """The invocation gate of an execution (one invocation in flight at most)."""

    IDLE = "idle"  # suspended: waits for a trigger
    READY = "ready"  # an invocation is owed, from ready_ms on
    RUNNING = "running"  # an invocation holds the lease and the token
    DONE = "done"  # terminal


class TimerKind(StrEnum):
    EXECUTION_TIMEOUT = "execution_timeout"  # op_id: the execution id
    INVOCATION_RETRY = "invocation_retry"  # the next invocation after a function error
    WAIT = "wait"
    RETRY = "retry"  # a step's next attempt
    CALLBACK_TIMEOUT = "callback_timeout"
    CALLBACK_HEARTBEAT = "callback_heartbeat"


class OperationStatus(StrEnum):
    STARTED = "STARTED"
    PENDING = "PENDING"  # a step waiting for its next attempt
    READY = "READY"  # a step whose next attempt is due
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    TIMED_OUT = "TIMED_OUT"
    STOPPED = "STOPPED"


class InvocationStatus(StrEnum):
    """The `Status` of a durable handler's output."""

    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    PENDING = "PENDING"  # the execution waits: another invocation comes later


@dataclass(frozen=True)
class ExecutionRecord:
    arn: str
    function_name: str
    version: str
    name: str
    execution_id: str
    kind: str  # "durable" or "plain" (a chained invoke of a non-durable function)
    status: str
    # Payloads are loaded only where needed (None: not loaded): they may be megabytes.
    input_payload: str | None
    start_ms: int
    timeout_s: int
    retention_days: int
    gate: str
    ready_ms: int = 0
    end_ms: int | None = None
    expires_ms: int | None = None  # when retention ends (finished executions only)
    tenant_id: str | None = None
    parent_arn: str | None = None
    parent_op_id: str | None = None
    result: str | None = None
    error: dict[str, Any] | None = None
    token: str | None = None
    token_seq: int = 0
    invocation_id: str | None = None
    invocation_start_ms: int | None = None
    lease_owner: str | None = None
    lease_expires_ms: int | None = None
    change_seq: int = 0
    input_seq: int = 0
    delivered_seq: int = 0
    next_event_id: int = 1
    failures: int = 0
    empty_pendings: int = 0
    last_client_token: str | None = None
    last_in_token: str | None = None
    last_response: str | None = None
    pause_requested_ms: int | None = None
    pause_reason: str | None = None
    pause_timeout: bool | None = None  # whether the pause also stops the execution timeout
    timeout_remaining_ms: int | None = None
    control_client_token: str | None = None  # of the last pause or resume (retries repeat it)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL_STATUSES

    def evolve(self, **changes: Any) -> ExecutionRecord:
        return evolved(self, changes)


@dataclass(frozen=True)
class OperationRecord:
    op_id: str
    seq: int
    type: str
    status: str
    start_ms: int | None
    parent_id: str | None = None
    name: str | None = None
    sub_type: str | None = None
    end_ms: int | None = None
    details: dict[str, Any] = field(default_factory=dict)
    change_seq: int = 0
    service_change: bool = False

    def evolve(self, **changes: Any) -> OperationRecord:
        return evolved(self, changes)

    @classmethod
    def from_row(cls, row: Any) -> OperationRecord:
        """From a row of the `operations` table, as either backend returns it."""
        return cls(
            op_id=row["op_id"],
            seq=row["seq"],
            type=row["type"],
            status=row["status"],
            start_ms=row["start_ms"],
            parent_id=row["parent_id"],
            name=row["name"],
            sub_type=row["sub_type"],
            end_ms=row["end_ms"],
            details=json.loads(row["details"]),
            change_seq=row["change_seq"],
            service_change=bool(row["service_change"]),
        )


@dataclass(frozen=True)
class EventRecord:
    event_id: int
    event_type: str
    timestamp_ms: int
    body: dict[str, Any]


@dataclass(frozen=True)
class TimerRecord:
    execution_arn: str
    op_id: str
    kind: str
    due_ms: int

    @classmethod
    def from_row(cls, row: Any) -> TimerRecord:
        """From a row of the `timers` table, as either backend returns it."""
        return cls(row["arn"], row["op_id"], row["kind"], row["due_ms"])


# The timers a checkpoint completes itself when they are due (PROTOCOL.md 4.1.7).
CHECKPOINT_TIMERS = (TimerKind.WAIT, TimerKind.RETRY)


@dataclass(frozen=True)
class CheckpointView:
    """What a checkpoint reads before it writes: the execution (its row locked in a write),
    the operations its updates name (found ones, by id) and the execution's wait and retry
    timers due at the checkpoint's time."""

    execution: ExecutionRecord | None
    operations: dict[str, OperationRecord]
    due_timers: list[TimerRecord]


@dataclass(frozen=True)
class ReadyExecution:
    """An execution owed an invocation, and the reserved concurrency of its function (None:
    unlimited), read together for a claim."""

    execution: ExecutionRecord
    reserved_concurrency: int | None


@dataclass(frozen=True)
class FunctionRecord:
    name: str
    config: FunctionConfig

    @property
    def reserved_concurrency(self) -> int | None:
        """At most this many invocations at once, across all workers (None: no limit)."""
        return self.config.reserved_concurrency


@dataclass(frozen=True)
class LogLineRecord:
    execution_arn: str
    sequence: int
    timestamp_ms: int
    request_id: str
    line: str


@dataclass(frozen=True)
class ExecutionFilter:
    function_name: str | None = None
    statuses: tuple[str, ...] = ()
    name: str | None = None
    name_contains: str | None = None  # a substring of the execution name
    id_prefix: str | None = None  # the start of the execution id (the ARN's last part)
    started_after_ms: int | None = None
    started_before_ms: int | None = None
    oldest_first: bool = False
    after_key: tuple[int, str] | None = None
    limit: int = 100
    include_plain: bool = False


@dataclass(frozen=True)
class ExecutionCount:
    """How many durable executions of a function are in one status (and gate, while open)."""

    function_name: str
    status: str
    gate: str  # a Gate while open; Gate.DONE once finished
    count: int


@dataclass(frozen=True)
class ExecutionTiming:
    arn: str
    function_name: str
    status: str
    start_ms: int
    end_ms: int | None


@dataclass(frozen=True)
class WaitingCallback:
    """A callback operation still waiting for its answer, in an execution not yet finished."""

    execution_arn: str
    function_name: str
    execution_name: str
    op_id: str
    name: str | None
    parent_id: str | None
    parent_name: str | None
    start_ms: int
    details: dict[str, Any]


@dataclass(frozen=True)
class TimerCount:
    """Timers of one kind already due (`late`: due before a given instant, not yet fired)."""

    kind: str
    due: int
    late: int
    oldest_due_ms: int
