"""The numbers the console and /metrics show, read from the store (and the service's own
checkpoint and invocation tallies) when asked."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from lamina.functions.config import FunctionConfig
from lamina.service import DurableService
from lamina.store.records import (
    ExecutionCount,
    ExecutionStatus,
    ExecutionTiming,
    Gate,
    TimerCount,
)

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
OPEN_STATUSES = (ExecutionStatus.RUNNING, ExecutionStatus.PAUSING, ExecutionStatus.PAUSED)


def percentile(values: list[int], fraction: float) -> int | None:
    """Nearest-rank percentile of sorted values."""
    if not values:
        return None
    return values[max(0, math.ceil(fraction * len(values)) - 1)]


def open_state(count: ExecutionCount) -> str:
    """running (an invocation is on or owed), waiting (suspended) or paused."""
    if count.status in (ExecutionStatus.PAUSED, ExecutionStatus.PAUSING):
        return "paused"
    return "waiting" if count.gate == Gate.IDLE else "running"


@dataclass
class FunctionFigures:
    name: str
    config: FunctionConfig | None  # None: executions of a function no longer registered
    open: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    last_hour: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    last_day: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    durations_ms: list[int] = field(default_factory=list)  # finished in the last day, sorted

    @property
    def p50_ms(self) -> int | None:
        return percentile(self.durations_ms, 0.50)

    @property
    def p95_ms(self) -> int | None:
        return percentile(self.durations_ms, 0.95)


def function_figures(service: DurableService) -> list[FunctionFigures]:
    now = service.clock.now_ms()
    figures = {f.name: FunctionFigures(f.name, f) for f in service.functions.all()}

    def of(name: str) -> FunctionFigures:
        return figures.setdefault(name, FunctionFigures(name, None))

    for count in service.execution_counts(now - DAY_MS):
        if count.gate == Gate.DONE:
            of(count.function_name).last_day[count.status] += count.count
        else:
            of(count.function_name).open[open_state(count)] += count.count
    for count in service.execution_counts(now - HOUR_MS):
        if count.gate == Gate.DONE:
            of(count.function_name).last_hour[count.status] += count.count
    for timing in service.execution_timings(now - DAY_MS):
        if timing.end_ms is not None and timing.end_ms >= now - DAY_MS:
            of(timing.function_name).durations_ms.append(timing.end_ms - timing.start_ms)
    for figure in figures.values():
        figure.durations_ms.sort()
    return sorted(figures.values(), key=lambda f: f.name)


@dataclass(frozen=True)
class Snapshot:
    now_ms: int
    counts: list[ExecutionCount]
    callbacks_waiting: int
    reviews_waiting: int
    timers: list[TimerCount]
    latency_bounds: tuple[float, ...]
    latency_counts: list[int]  # per bucket, not cumulative; the last is above every bound
    latency_sum: float
    invocations: dict[str, int]

    def started(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for count in self.counts:
            totals[count.function_name] += count.count
        return dict(totals)

    def finished(self) -> dict[tuple[str, str], int]:
        return {(c.function_name, c.status): c.count for c in self.counts if c.gate == Gate.DONE}

    def open(self) -> dict[tuple[str, str], int]:
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for count in self.counts:
            if count.gate != Gate.DONE:
                totals[(count.function_name, open_state(count))] += count.count
        return dict(totals)


def snapshot(service: DurableService, review_prefix: str) -> Snapshot:
    counts, total = service.stats.checkpoint_latency()
    return Snapshot(
        now_ms=service.clock.now_ms(),
        counts=service.execution_counts(None),
        callbacks_waiting=service.count_waiting_callbacks(None),
        reviews_waiting=service.count_waiting_callbacks(review_prefix),
        timers=service.due_timer_counts(),
        latency_bounds=service.stats.buckets,
        latency_counts=counts,
        latency_sum=total,
        invocations=service.stats.invocations(),
    )


def per_minute(
    timings: list[ExecutionTiming], since_ms: int, minutes: int, ended: bool, status: str = ""
) -> list[int]:
    """Executions started (or, with `ended`, finished; in `status` if given) in each minute."""
    buckets = [0] * minutes
    for timing in timings:
        moment = timing.end_ms if ended else timing.start_ms
        if moment is None or moment < since_ms or (status and timing.status != status):
            continue
        index = (moment - since_ms) // 60_000
        if 0 <= index < minutes:
            buckets[index] += 1
    return buckets
