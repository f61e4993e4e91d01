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
    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000


class VirtualClock:
    """Real time plus the time skipped so far (`lamina run --time-skip`): it never goes back,
    and it moves ahead only when the scheduler finds nothing to run before the next timer."""

    def __init__(self, callback_grace_s: float = 10.0) -> None:
        # While a callback waits for its answer, time skips only after this long in real time
        # with nothing running and nobody answering or heartbeating a callback: a client that
        # answers from outside (a test, over the API) gets there before the timeout. A client
        # that holds the clock while it acts (hold()) needs none.
        self.callback_grace_s = callback_grace_s
        self._skipped_ms = 0
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


def held(clock: Clock) -> AbstractContextManager[None]:
    """The clock held while the block runs, if it is a virtual one."""
    return clock.hold() if isinstance(clock, VirtualClock) else nullcontext()
