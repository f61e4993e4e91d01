"""Time as the service sees it: injected, so tests can skip it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Protocol


class Clock(Protocol):
    def now_ms(self) -> int: ...


class SystemClock:
    """Real time; ahead of it by `offset_ms` on a database where a virtual clock once skipped
    time, so that database's clock never goes back."""

    def __init__(self, offset_ms: int = 0) -> None:
        self.offset_ms = offset_ms

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms


class VirtualClock:
    """Real time plus the time skipped so far (`lamina run --time-skip`): it never goes back,
    and it moves ahead only when the scheduler finds nothing to run before the next timer."""

    def __init__(self, skipped_ms: int = 0, callback_grace_s: float = 10.0) -> None:
        # While a callback waits for its answer, time skips only after this long in real time
        # with nothing running and nobody answering or heartbeating a callback: a client that
        # answers from outside (a test, over the API) gets there before the timeout. A client
        # that holds the clock while it acts (hold()) needs none.
        self.callback_grace_s = callback_grace_s
        self._skipped_ms = skipped_ms
        self._holds = 0
        self._active_at = time.monotonic()
        self._lock = threading.Lock()

    def touch(self) -> None:
        """Note activity (an invocation ended, a callback was answered or heartbeat)."""
        self._active_at = time.monotonic()

    def idle_s(self) -> float:
        """Real seconds since the last activity."""
        return time.monotonic() - self._active_at

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000 + self._skipped_ms

    @property
    def skipped_ms(self) -> int:
        return self._skipped_ms

    def skip_to(self, when_ms: int) -> int:
        """Move to `when_ms` if it is ahead and nobody holds the clock; returns the
        milliseconds skipped."""
        with self._lock:
            ahead = 0 if self._holds else max(0, when_ms - self.now_ms())
            self._skipped_ms += ahead
            return ahead

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Real time only, while the block runs: for a client about to act from outside
        (answer a callback) before a timer that skipping would fire first."""
        with self._lock:
            self._holds += 1
        try:
            yield
        finally:
            with self._lock:
                self._holds -= 1


def time_ahead_ms(clock: Clock) -> int:
    """How far the clock runs ahead of real time: skipped so far, or kept from earlier skips."""
    if isinstance(clock, VirtualClock):
        return clock.skipped_ms
    return clock.offset_ms if isinstance(clock, SystemClock) else 0


def duration(ms: float | None) -> str:
    if ms is None:
        return ""
    if ms < 1000:
        return f"{ms:.0f} ms"
    seconds = ms / 1000
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, seconds = divmod(int(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min"
    return f"{hours // 24} d {hours % 24} h"


def clock_notice(clock: Clock) -> str | None:
    """What to tell a reader of times on this clock, when it is not real time."""
    if isinstance(clock, VirtualClock):
        return (
            "Virtual clock: this Lamina skips ahead to the next timer whenever nothing runs "
            f"({duration(clock.skipped_ms)} skipped so far). Times shown are on that clock."
        )
    ahead = time_ahead_ms(clock)
    if ahead:
        return (
            f"This database's clock runs {duration(ahead)} ahead of real time: a virtual clock "
            "(--time-skip) skipped that much on it. Times shown are on that clock."
        )
    return None


def held(clock: Clock) -> AbstractContextManager[None]:
    """The clock held while the block runs, if it is a virtual one."""
    return clock.hold() if isinstance(clock, VirtualClock) else nullcontext()
