"""The storage contract: a transaction of domain reads and writes, and the stores that run them.

Every backend implements `Transaction` with its own SQL; the service composes these calls
inside one `Store.write` (one transaction), so its logic never depends on a backend.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from lamina.functions.config import FunctionAlias, FunctionConfig
from lamina.store.records import (
    CheckpointView,
    EventRecord,
    ExecutionCount,
    ExecutionFilter,
    ExecutionRecord,
    ExecutionTiming,
    FunctionRecord,
    Gate,
    LogLineRecord,
    OperationRecord,
    ReadyExecution,
    TimerCount,
    TimerRecord,
    WaitingCallback,
)

T = TypeVar("T")


class WakeTracking:
    """Notes whether a transaction made news for others, and of which kind.

    Work news (`wakes`), for workers and waiters: an execution owed an invocation, an
    invocation or execution ended (a gate leaving `running`: a slot under a reserved
    concurrency, a result someone waits on). Timer news (`timers_set`), for schedulers: a
    timer due before `timer_news_before_ms` (every timer while it is None). A scheduler reads
    the next due time again at least once a second, so a later timer needs no wake-up.
    Taking an invocation, or checkpointing inside one, is no news: nobody else can act.
    """

    wakes: bool = False
    timers_set: bool = False
    timer_news_before_ms: int | None = None

    def _note_inserted(self, gate: str) -> None:
        self.wakes = self.wakes or gate == Gate.READY

    def _note_changed(self, changes: Mapping[str, Any]) -> None:
        self.wakes = self.wakes or changes.get("gate", Gate.RUNNING) != Gate.RUNNING

    def _note_timer(self, due_ms: int) -> None:
        horizon = self.timer_news_before_ms
        self.timers_set = self.timers_set or horizon is None or due_ms < horizon

    def forget_news(self) -> None:
        self.wakes = self.timers_set = False


class Transaction(Protocol):
    # Whether this transaction made news for others so far, by kind (`WakeTracking`).
    wakes: bool
    timers_set: bool
    timer_news_before_ms: int | None

    # executions
    def get_execution(self, arn: str, payloads: bool = False) -> ExecutionRecord | None: ...
    def find_execution(self, function_name: str, name: str) -> ExecutionRecord | None: ...
    def insert_execution(self, execution: ExecutionRecord) -> None: ...
    def update_execution(self, arn: str, changes: Mapping[str, Any]) -> None:
        """Set the given fields of an execution (a field of `ExecutionRecord` each)."""
        ...

    def next_ready_execution(
        self, now_ms: int, skip_functions: Collection[str] = ()
    ) -> ReadyExecution | None:
        """The execution owed an invocation longest, of a function not in `skip_functions`,
        with its function's reserved concurrency."""
        ...

    def invocation_inputs(
        self, execution: ExecutionRecord
    ) -> tuple[list[OperationRecord], FunctionConfig | None]:
        """What an invocation of `execution` starts from: its operations (none for a plain
        execution) and the configuration of the version it runs (None: deleted since), read
        together (one round trip where the store can)."""
        ...

    def expired_leases(self, now_ms: int, limit: int) -> list[ExecutionRecord]: ...
    def list_executions(self, query: ExecutionFilter) -> list[ExecutionRecord]: ...
    def count_executions(self, function_name: str | None) -> dict[str, int]: ...
    def expired_executions(self, now_ms: int, limit: int) -> list[str]: ...
    def purge_executions(self, now_ms: int, limit: int) -> int: ...
    def delete_execution(self, arn: str) -> None: ...

    # operations
    def get_operations(self, arn: str, op_ids: Sequence[str]) -> dict[str, OperationRecord]: ...
    def checkpoint_view(self, arn: str, op_ids: Sequence[str], now_ms: int) -> CheckpointView:
        """What a checkpoint reads first (`CheckpointView`), in one round trip where the
        store can."""
        ...
    def expect_view(self, view: CheckpointView, absent: Sequence[str], now_ms: int) -> bool:
        """Whether `view`, what this process's previous checkpoint of an execution left, still
        holds: the execution unchanged since (its token, status, gate, operations and
        history), its lease not expired, no operation in `absent` and no wait or retry timer
        of it due. The execution's row is locked as `checkpoint_view` locks it.

        A store that would wait for the answer sends the check with the writes and says
        True: if the view did not hold, the transaction then fails and the write runs again
        (its work is called again, and must read afresh)."""
        ...
    def all_operations(self, arn: str) -> list[OperationRecord]: ...
    def operations_changed_since(self, arn: str, change_seq: int) -> list[OperationRecord]: ...
    def save_operation(self, arn: str, operation: OperationRecord) -> None: ...

    # history
    def append_events(self, arn: str, events: Sequence[EventRecord]) -> None: ...
    def events(
        self, arn: str, after_id: int, limit: int, newest_first: bool
    ) -> list[EventRecord]: ...

    # timers
    def set_timer(self, timer: TimerRecord) -> None: ...
    def get_timer(self, arn: str, op_id: str, kind: str) -> TimerRecord | None: ...
    def delete_timer(self, arn: str, op_id: str, kind: str) -> None: ...
    def delete_timers(self, arn: str) -> None: ...
    def due_timers(self, now_ms: int, limit: int) -> list[TimerRecord]: ...
    def due_timers_of(self, arn: str, now_ms: int, kinds: Sequence[str]) -> list[TimerRecord]: ...
    def next_timer_due(self) -> int | None: ...

    # the clock: time skipped by a virtual clock so far
    def skipped_ms(self) -> int: ...
    def record_skipped_ms(self, skipped_ms: int) -> None: ...

    # callbacks
    def insert_callback(self, callback_id: str, arn: str, op_id: str) -> None: ...
    def get_callback(self, callback_id: str) -> tuple[str, str] | None: ...

    # functions, versions, aliases, code packages
    def put_function(self, function: FunctionRecord) -> None: ...
    def get_function(self, name: str) -> FunctionRecord | None: ...
    def list_functions(self) -> list[FunctionRecord]: ...
    def delete_function(self, name: str) -> None: ...
    def next_version_number(self, name: str) -> int: ...
    def put_version(self, config: FunctionConfig, created_ms: int) -> None: ...
    def get_version(self, name: str, version: int) -> FunctionConfig | None: ...
    def version_config(self, name: str, version: str) -> FunctionConfig | None:
        """The configuration of `$LATEST` or of a published version (None: deleted)."""
        ...

    def list_versions(self, name: str) -> list[FunctionConfig]: ...
    def delete_version(self, name: str, version: int) -> None: ...
    def open_executions_of_version(self, name: str, version: str, limit: int) -> list[str]: ...
    def put_alias(self, alias: FunctionAlias) -> None: ...
    def get_alias(self, name: str, alias: str) -> FunctionAlias | None: ...
    def list_aliases(self, name: str) -> list[FunctionAlias]: ...
    def delete_alias(self, name: str, alias: str) -> None: ...
    def put_package(self, sha256: str, content: bytes) -> None: ...
    def get_package(self, sha256: str) -> bytes | None: ...
    def lock_function(self, name: str) -> bool:
        """Hold the function until commit, so claims of its invocations take turns; False
        if another transaction holds it now (this one does not wait)."""
        ...

    def running_invocations(self, function_name: str) -> int: ...
    def invocations_owed_or_running(self) -> bool:
        """Whether any execution, durable or plain, is owed an invocation or running one."""
        ...


    # logs
    def append_logs(self, lines: Sequence[LogLineRecord]) -> None: ...
    def logs_of(self, arn: str) -> list[LogLineRecord]: ...

    # summaries for the console and the metrics (reads only)
    def execution_counts(self, ended_since_ms: int | None) -> list[ExecutionCount]:
        """Open durable executions by function, status and gate, and finished ones by
        function and status (all of them, or those that ended at `ended_since_ms` or later)."""
        ...

    def execution_timings(self, since_ms: int, limit: int) -> list[ExecutionTiming]:
        """Durable executions that started or ended at `since_ms` or later, newest first."""
        ...

    def waiting_callbacks(self, name_prefix: str | None, limit: int) -> list[WaitingCallback]:
        """Open callbacks of unfinished executions, oldest first; with `name_prefix`, only
        those whose own name or whose parent operation's name starts with it (any case)."""
        ...

    def count_waiting_callbacks(self, name_prefix: str | None) -> int: ...
    def due_timer_counts(self, now_ms: int, late_before_ms: int) -> list[TimerCount]: ...


class WakeUps(Protocol):
    """Where a store delivers other processes' wake-ups (the service's `Signals`)."""

    remote: bool  # True while other processes' wake-ups arrive; else they are polled for

    def notify(self, work: bool = True, timers: bool = False) -> None: ...


class Store(Protocol):
    url: str

    def write(self, work: Callable[[Transaction], T], durable: bool = True) -> T:
        """Run `work` in one write transaction; concurrent writers may share a commit.

        `durable=False` is for writes that may be lost in a crash without harm (claims, lease
        renewals): they need not wait for a flush of their own.
        """
        ...

    def read(self, work: Callable[[Transaction], T]) -> T:
        """Run `work` against a consistent snapshot; it must not write."""
        ...

    def end_stalled_transactions(self, older_than_s: float) -> int:
        """End other sessions stuck inside a transaction for longer than that (their process
        was cut off mid-write); returns how many. Stores whose locks die with their process
        have none."""
        ...

    def listen(self, wake_ups: WakeUps) -> None:
        """Notify `wake_ups` when another process makes work (a ready execution, a timer).

        A store that cannot leaves `wake_ups.remote` False: other processes' work is found
        by polling.
        """
        ...

    def close(self) -> None: ...
