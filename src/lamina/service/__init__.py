"""The durable-execution service: every state change of Lamina goes through `DurableService`.

Each public method is one store transaction; what a change causes for other components
(a worker to wake, a sync Invoke to return) is signalled after the commit.
"""

from __future__ import annotations

import bisect
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lamina.clock import Clock, SystemClock, VirtualClock
from lamina.errors import (
    CallbackTimeout,
    InvalidParameterValue,
    ResourceNotFound,
)
from lamina.service import invocations, pausing
from lamina.service.executions import Started, StartRequest, start_execution
from lamina.service.functions import FunctionCatalog
from lamina.service.history import describe_execution, render_event
from lamina.service.ids import Region
from lamina.service.invocations import Invocation, Outcome
from lamina.service.journal import ExecutionJournal
from lamina.service.lifecycle import finish_execution
from lamina.service.limits import Limits, payload_size
from lamina.service.triggers import answer_callback, heartbeat_callback
from lamina.service.upgrades import Upgrades
from lamina.service.views import CheckpointViews
from lamina.service.wire import clean_error
from lamina.store.base import Store, Transaction
from lamina.store.records import (
    CheckpointView,
    ExecutionCount,
    ExecutionFilter,
    ExecutionRecord,
    ExecutionStatus,
    ExecutionTiming,
    LogLineRecord,
    OperationRecord,
    OperationStatus,
    TimerCount,
    WaitingCallback,
)

__all__ = ["DurableService", "Invocation", "Outcome", "ServiceStats", "Signals", "StartRequest"]

T = TypeVar("T")


class Signals:
    """Wake-ups after commits: this process's own, and other processes' when the store
    delivers them (`remote`); without those, other processes' news is found by polling.

    Two kinds of news, counted apart so nobody wakes for the other's: work (an execution
    owed an invocation, an invocation or execution ended) for workers and waiters, and
    timers set for schedulers; "any" counts both (a scheduler skipping idle time on a
    virtual clock acts on either).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._generations = {"work": 0, "timers": 0, "any": 0}
        self.remote = False

    def poll_s(self, fast: float, listening: float) -> float:
        """How long to wait for a wake-up before looking anyway."""
        return listening if self.remote else fast

    def notify(self, work: bool = True, timers: bool = False) -> None:
        with self._cond:
            self._generations["work"] += work
            self._generations["timers"] += timers
            self._generations["any"] += work or timers
            self._cond.notify_all()

    def generation(self, kind: str = "work") -> int:
        with self._cond:
            return self._generations[kind]

    def wait(self, seen: int, timeout: float, kind: str = "work") -> int:
        """Wait up to `timeout` for news of `kind` after generation `seen`; news of the other
        kind does not end the wait (a scheduler is not woken by every invocation's end)."""
        with self._cond:
            self._cond.wait_for(lambda: self._generations[kind] != seen, timeout)
            return self._generations[kind]


# Upper bounds (seconds) of the checkpoint latency buckets: group commits take milliseconds.
# Only a timer due sooner than this wakes the schedulers: each reads the next due time again
# at least every second (Scheduler.listening_max_sleep_s), in time to fire a later one.
TIMER_NEWS_HORIZON_MS = 2_000
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class ServiceStats:
    """What only this process sees: checkpoint latency and invocation outcomes."""

    def __init__(self, buckets: tuple[float, ...] = LATENCY_BUCKETS) -> None:
        self._lock = threading.Lock()
        self.buckets = buckets
        self._counts = [0] * (len(buckets) + 1)  # the last one: above every bound
        self._sum = 0.0
        self._invocations: dict[str, int] = {}

    def observe_checkpoint(self, seconds: float) -> None:
        index = bisect.bisect_left(self.buckets, seconds)  # len(buckets): above every bound
        with self._lock:
            self._counts[index] += 1
            self._sum += seconds

    def count_invocation(self, outcome: str) -> None:
        with self._lock:
            self._invocations[outcome] = self._invocations.get(outcome, 0) + 1

    def checkpoint_latency(self) -> tuple[list[int], float]:
        """Observations per bucket (not cumulative; the last is above every bound), and sum."""
        with self._lock:
            return list(self._counts), self._sum

    def invocations(self) -> dict[str, int]:
        with self._lock:
            return dict(self._invocations)


def stored_clock(store: Store, skipping: bool = False, grace_s: float = 10.0) -> Clock:
    """The clock of the service on `store`: real time plus whatever a virtual clock skipped on
    it before; with `skipping`, a virtual clock that goes on from there."""
    skipped = store.read(lambda tx: tx.skipped_ms())
    if skipping:
        return VirtualClock(skipped_ms=skipped, callback_grace_s=grace_s)
    return SystemClock(offset_ms=skipped)


@dataclass
class DurableService:
    store: Store
    clock: Clock = field(default_factory=SystemClock)
    region: Region = field(default_factory=lambda: Region("aws", "us-east-1", "123456789012"))
    limits: Limits = field(default_factory=Limits)
    signals: Signals = field(default_factory=Signals)
    stats: ServiceStats = field(default_factory=ServiceStats)
    functions: FunctionCatalog = field(init=False)

    upgrades: Upgrades = field(init=False)
    views: CheckpointViews = field(default_factory=CheckpointViews)

    def __post_init__(self) -> None:
        self.functions = FunctionCatalog(self.store, self.clock, self.region)
        self.upgrades = Upgrades(self.store)

    def _write(
        self, work: Callable[[Transaction, int], T], notify: bool = True, durable: bool = True
    ) -> T:
        news = (False, False)

        def run(tx: Transaction) -> T:
            nonlocal news
            now = self.clock.now_ms()
            tx.timer_news_before_ms = now + TIMER_NEWS_HORIZON_MS
            outcome = work(tx, now)
            news = (tx.wakes, tx.timers_set)
            return outcome

        result = self.store.write(run, durable)
        if notify and any(news):  # news only: a checkpoint inside an invocation wakes no one
            self.signals.notify(work=news[0], timers=news[1])
        return result

    # executions

    def start_execution(self, request: StartRequest, limit: int | None = None) -> Started:
        size, most = payload_size(request.payload), limit or self.limits.sync_invoke_payload
        if size > most:
            raise InvalidParameterValue(
                f"Request payload exceeds the size limit: {size} bytes, at most {most}."
            )
        try:
            json.loads(request.payload)
        except ValueError:
            raise InvalidParameterValue("Could not parse request body into json.") from None
        return self._write(lambda tx, now: start_execution(tx, self.region, now, request))

    def get_execution(self, arn: str, plain: bool = False) -> ExecutionRecord:
        """A durable execution (or, with `plain`, also a one-shot run of a plain function)."""
        execution = self.store.read(lambda tx: tx.get_execution(arn, payloads=True))
        if execution is None or (execution.kind != "durable" and not plain):
            raise ResourceNotFound(f"Durable execution not found: {arn}")
        return execution

    def describe(self, arn: str, include_data: bool = True) -> dict[str, Any]:
        execution = self.get_execution(arn)
        function_arn = self.region.function_arn(execution.function_name, execution.version)
        return describe_execution(execution, function_arn, include_data)

    def history(
        self,
        arn: str,
        after_id: int = 0,
        limit: int = 100,
        newest_first: bool = False,
        include_data: bool = True,
    ) -> tuple[list[dict[str, Any]], int | None]:
        self.get_execution(arn)
        events = self.store.read(lambda tx: tx.events(arn, after_id, limit + 1, newest_first))
        more = len(events) > limit
        events = events[:limit]
        next_marker = events[-1].event_id if more and events else None
        return [render_event(e, include_data) for e in events], next_marker

    def list_executions(self, query: ExecutionFilter) -> list[ExecutionRecord]:
        return self.store.read(lambda tx: tx.list_executions(query))

    def count_executions(self, function_name: str | None = None) -> dict[str, int]:
        return self.store.read(lambda tx: tx.count_executions(function_name))

    def operations(self, arn: str) -> list[OperationRecord]:
        """Every operation of a durable execution, in creation order."""
        self.get_execution(arn)
        return self.store.read(lambda tx: tx.all_operations(arn))

    # summaries (the console and the metrics)

    def execution_counts(self, ended_since_ms: int | None = None) -> list[ExecutionCount]:
        return self.store.read(lambda tx: tx.execution_counts(ended_since_ms))

    def execution_timings(self, since_ms: int, limit: int = 20_000) -> list[ExecutionTiming]:
        return self.store.read(lambda tx: tx.execution_timings(since_ms, limit))

    def waiting_callbacks(self, name_prefix: str | None, limit: int = 200) -> list[WaitingCallback]:
        return self.store.read(lambda tx: tx.waiting_callbacks(name_prefix, limit))

    def count_waiting_callbacks(self, name_prefix: str | None = None) -> int:
        return self.store.read(lambda tx: tx.count_waiting_callbacks(name_prefix))

    def due_timer_counts(self, late_after_ms: int = 1000) -> list[TimerCount]:
        """Timers due now; `late`: due more than `late_after_ms` ago and still not fired."""
        now = self.clock.now_ms()
        return self.store.read(lambda tx: tx.due_timer_counts(now, now - late_after_ms))

    def stop(self, arn: str, error: dict[str, Any] | None = None) -> int:
        def work(tx: Transaction, now: int) -> int:
            execution = tx.get_execution(arn)
            if execution is None or execution.kind != "durable":
                raise ResourceNotFound(f"Durable execution not found: {arn}")
            if execution.terminal:
                return execution.end_ms or now
            journal = ExecutionJournal(tx, execution, now)
            stop_error = clean_error(error) or {
                "ErrorType": "Execution.Stopped",
                "ErrorMessage": "Execution stopped by user request",
            }
            finish_execution(journal, ExecutionStatus.STOPPED, None, stop_error)
            journal.save()
            return now

        return self._write(work)

    def pause(
        self,
        arn: str,
        reason: str | None = None,
        timeout_paused: bool = True,
        client_token: str | None = None,
    ) -> None:
        self._write(
            lambda tx, now: pausing.pause(tx, now, arn, reason, timeout_paused, client_token)
        )

    def resume(self, arn: str, reason: str | None = None, client_token: str | None = None) -> None:
        self._write(lambda tx, now: pausing.resume(tx, now, arn, reason, client_token))

    def delete(self, arn: str) -> int:
        def work(tx: Transaction, now: int) -> int:
            pausing.delete(tx, arn)
            return now

        return self._write(work, notify=False)

    def logs(self, arn: str) -> list[LogLineRecord]:
        return self.store.read(lambda tx: tx.logs_of(arn))

    def append_logs(self, lines: list[LogLineRecord]) -> None:
        if lines:
            self._write(lambda tx, now: tx.append_logs(lines), notify=False, durable=False)

    # callbacks

    def _callback_op(
        self, tx: Transaction, now: int, callback_id: str
    ) -> tuple[ExecutionJournal, Any]:
        if isinstance(self.clock, VirtualClock):
            self.clock.touch()  # someone outside is answering: time skipping waits for them
        found = tx.get_callback(callback_id)
        if found is None:
            raise ResourceNotFound(f"Callback not found: {callback_id}")
        execution = tx.get_execution(found[0])
        if execution is None:
            raise ResourceNotFound(f"Callback not found: {callback_id}")
        journal = ExecutionJournal(tx, execution, now)
        op = journal.get(found[1])
        if op is None or op.status != OperationStatus.STARTED or execution.terminal:
            raise CallbackTimeout(f"Callback {callback_id} is already closed.")
        return journal, op

    def callback_function(self, callback_id: str) -> str | None:
        """The function whose execution a callback belongs to (None if unknown)."""

        def work(tx: Transaction) -> str | None:
            found = tx.get_callback(callback_id)
            execution = tx.get_execution(found[0]) if found else None
            return execution.function_name if execution else None

        return self.store.read(work)

    def succeed_callback(self, callback_id: str, result: bytes | None) -> None:
        if result is not None and len(result) > self.limits.callback_result:
            raise InvalidParameterValue(
                f"Callback result must be at most {self.limits.callback_result} bytes."
            )
        try:
            text = result.decode("utf-8") if result else None
        except UnicodeDecodeError:
            raise InvalidParameterValue("Callback result must be UTF-8 text.") from None

        def work(tx: Transaction, now: int) -> None:
            journal, op = self._callback_op(tx, now, callback_id)
            answer_callback(journal, op, OperationStatus.SUCCEEDED, text, None)
            journal.save()

        self._write(work)

    def fail_callback(self, callback_id: str, error: dict[str, Any] | None) -> None:
        def work(tx: Transaction, now: int) -> None:
            journal, op = self._callback_op(tx, now, callback_id)
            answer_callback(journal, op, OperationStatus.FAILED, None, clean_error(error) or {})
            journal.save()

        self._write(work)

    def heartbeat_callback(self, callback_id: str) -> None:
        def work(tx: Transaction, now: int) -> None:
            journal, op = self._callback_op(tx, now, callback_id)
            heartbeat_callback(journal, op)

        self._write(work, notify=False)

    # the data plane the SDK calls during an invocation

    def checkpoint(
        self, arn: str, token: str, updates: list[dict[str, Any]], client_token: str | None = None
    ) -> dict[str, Any]:
        # Most checkpoints concern only the running invocation: `_write` wakes the workers,
        # the scheduler and waiters only for the news they act on (timers, new executions,
        # an end).
        began = time.perf_counter()
        try:
            known = self.views.take(arn, token)
            try:
                response, after = self._write(
                    self._checkpoint_work(arn, token, updates, client_token, known)
                )
            except InvalidParameterValue:
                if known is None:
                    raise
                # Refused on what the view held: a refusal must rest on what the store holds.
                try:
                    response, after = self._write(
                        self._checkpoint_work(arn, token, updates, client_token, None)
                    )
                except InvalidParameterValue:
                    self.views.keep(known)  # a refused checkpoint changed nothing
                    raise
            self.views.keep(after)
            return response
        finally:
            # Every checkpoint, over the pipe or the HTTP API, passes here: one place to time it.
            self.stats.observe_checkpoint(time.perf_counter() - began)

    def _checkpoint_work(
        self,
        arn: str,
        token: str,
        updates: list[dict[str, Any]],
        client_token: str | None,
        known: CheckpointView | None,
    ) -> Callable[[Transaction, int], tuple[dict[str, Any], CheckpointView | None]]:
        def work(tx: Transaction, now: int) -> tuple[dict[str, Any], CheckpointView | None]:
            nonlocal known
            view, known = known, None  # run again (the view did not hold): read afresh
            return invocations.checkpoint(
                tx, now, self.region, self.limits, arn, token, updates, client_token, view
            )

        return work

    def get_state(
        self, arn: str, token: str, marker: str = "", max_items: int = 0
    ) -> dict[str, Any]:
        return self.store.read(
            lambda tx: invocations.get_state(
                tx, self.clock.now_ms(), self.limits, arn, token, marker, max_items
            )
        )

    # workers and the scheduler

    def claim_invocation(
        self, owner: str, lease_ms: int, peek: bool = True
    ) -> Invocation | None:
        # Peek first: an idle poll then costs a read, not the write lock. A worker that just
        # found work skips it: more is likely owed.
        if peek and not self.store.read(
            lambda tx: invocations.has_claimable(tx, self.clock.now_ms())
        ):
            return None
        # A lost claim is harmless (the invocation is still owed), so it needs no flush.
        claimed = self._write(
            lambda tx, now: invocations.claim(
                tx, now, owner, lease_ms, self.limits.invocation_page_bytes
            ),
            False,
            durable=False,
        )
        return self._kept(claimed)

    def _kept(self, claimed: tuple[Invocation, CheckpointView] | None) -> Invocation | None:
        """The claimed invocation; the state its claim left is kept for its first checkpoint."""
        if claimed is None:
            return None
        invocation, view = claimed
        self.views.keep(view, by_checkpoint=False)
        return invocation

    def renew_lease(self, arn: str, invocation_id: str, lease_ms: int) -> bool:
        return self._write(
            lambda tx, now: invocations.renew_lease(tx, now, arn, invocation_id, lease_ms),
            False,
            durable=False,
        )

    def finish_invocation(
        self,
        arn: str,
        invocation_id: str,
        outcome: Outcome,
        claim_next: tuple[str, int] | None = None,
    ) -> Invocation | None:
        """Record an invocation's end; with `claim_next` (owner, lease), claim the next owed
        invocation in the same transaction, for a worker that has more work waiting."""

        known = self.views.ending(arn, invocation_id)

        def work(tx: Transaction, now: int) -> tuple[Invocation, CheckpointView] | None:
            nonlocal known
            view, known = known, None  # run again (the view did not hold): read afresh
            invocations.finish(tx, now, self.limits, arn, invocation_id, outcome, view)
            if claim_next is None:
                return None
            owner, lease_ms = claim_next
            return invocations.claim(tx, now, owner, lease_ms, self.limits.invocation_page_bytes)

        claimed = self._write(work)
        invocation = self._kept(claimed)
        self.stats.count_invocation("error" if outcome.error is not None else "ok")
        if isinstance(self.clock, VirtualClock):
            self.clock.touch()
        return invocation

    def fire_due_timers(self, limit: int = 200, peek: bool = True) -> int:
        """Fire up to `limit` due timers; `peek` first reads whether any is due at all."""
        if peek:
            due = self.next_timer_due()
            if due is None or due > self.clock.now_ms():
                return 0
        fired = self._write(lambda tx, now: invocations.fire_due(tx, now, limit), notify=False)
        if fired:
            self.signals.notify()
        return len(fired)

    def reap_expired_leases(self, limit: int = 50) -> int:
        # A process cut off mid-write still holds its rows: its lease could not be written off.
        self.store.end_stalled_transactions(self.limits.stalled_transaction_s)
        if not self.store.read(lambda tx: tx.expired_leases(self.clock.now_ms(), 1)):
            return 0

        def work(tx: Transaction, now: int) -> int:
            expired = tx.expired_leases(now, limit)
            return sum(invocations.reap_expired_lease(tx, now, self.limits, e.arn) for e in expired)

        return self._write(work)

    def next_timer_due(self) -> int | None:
        return self.store.read(lambda tx: tx.next_timer_due())

    def skip_idle_time(self) -> int:
        """On a virtual clock: when no invocation is owed or running, move the clock to the
        next due timer; returns the milliseconds skipped. The look and the jump are one write
        transaction, so no claim (whose lease is measured on this clock) falls between. While
        a callback waits for its answer, a few real seconds of quiet come first."""
        clock = self.clock
        if not isinstance(clock, VirtualClock):
            return 0

        def work(tx: Transaction, now: int) -> int:
            due = tx.next_timer_due()
            if due is None or due <= now or tx.invocations_owed_or_running():
                return 0
            if clock.idle_s() < clock.callback_grace_s and tx.count_waiting_callbacks(None):
                return 0  # an answer from outside may be on its way
            skipped = clock.skip_to(due)
            if skipped:
                tx.record_skipped_ms(clock.skipped_ms)
            return skipped

        return self._write(work, notify=False, durable=False)

    def purge_expired(self, limit: int = 20) -> int:
        """Delete a few executions past their retention; small batches keep the writer free."""
        if not self.store.read(lambda tx: tx.expired_executions(self.clock.now_ms(), 1)):
            return 0
        return self._write(lambda tx, now: tx.purge_executions(now, limit), notify=False)
