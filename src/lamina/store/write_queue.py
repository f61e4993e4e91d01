"""Writes handed from callers' threads to a store's writer threads, taken in groups.

A caller queues its work and waits for the result; a writer takes whatever is queued (up to a
group's size) and runs it as one transaction. Both stores group their commits this way.

At most `slots` transactions run at once, and a caller that finds a slot free and nothing
waiting runs its write on its own thread (`run_alone`): no hand-over to a writer and back,
which costs about a tenth of a lone write's CPU. Writes group as before whenever every slot
is taken.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Generic, TypeVar

Tx = TypeVar("Tx")
T = TypeVar("T")


class QueuedWrite(Generic[Tx]):
    __slots__ = ("work", "durable", "future")

    def __init__(self, work: Callable[[Tx], Any], durable: bool) -> None:
        self.work = work
        self.durable = durable
        self.future: Future[Any] = Future()


class WriteQueue(Generic[Tx]):
    def __init__(self, max_group: int, slots: int) -> None:
        self.max_group = max_group
        self._jobs: queue.SimpleQueue[QueuedWrite[Tx] | None] = queue.SimpleQueue()
        self._slots = threading.Semaphore(slots)
        self._slot_count = slots
        self._lock = threading.Lock()
        self._taking = threading.Lock()  # the writer taking the next group
        self._held = 0  # writes a writer took and holds until a slot is free

    def submit(self, work: Callable[[Tx], T], durable: bool) -> T:
        """Queue `work` and wait for its result (or its exception)."""
        job = QueuedWrite(work, durable)
        self._jobs.put(job)
        result: T = job.future.result()
        return result

    def run_alone(self, work: Callable[[Tx], T], durable: bool, run: Callable[[], T]) -> T:
        """`run()` on the caller's thread if a slot is free and no write waits; else queue
        `work` for a writer."""
        if self.queued() or not self._slots.acquire(blocking=False):
            return self.submit(work, durable)
        try:
            return run()
        finally:
            self._slots.release()

    def next_group(self) -> list[QueuedWrite[Tx]] | None:
        """For a writer: the next write and any queued behind it, or None once closed. It
        holds a slot for the group until `group_done`; one writer at a time waits for a
        slot, so the writes queued meanwhile all join its group."""
        with self._taking:
            return self._take()

    def _take(self) -> list[QueuedWrite[Tx]] | None:
        first = self._jobs.get()
        if first is None:
            self._jobs.put(None)  # for the next writer
            return None
        with self._lock:
            self._held += 1
        self._slots.acquire()
        with self._lock:
            self._held -= 1
        group = [first]
        while len(group) < self.max_group:
            try:
                more = self._jobs.get_nowait()
            except queue.Empty:
                break
            if more is None:
                self._jobs.put(None)  # this writer stops after this group; so do the others
                break
            group.append(more)
        return group

    def group_done(self) -> None:
        """For a writer: its group ended; its slot is free."""
        self._slots.release()

    def close(self) -> None:
        """Writers stop once the writes queued before this are done."""
        self._jobs.put(None)

    def wait_idle(self, timeout_s: float) -> None:
        """After `close` and the writers' end: wait for writes running on callers' threads
        (it takes every slot, for good)."""
        deadline = time.monotonic() + timeout_s
        for _ in range(self._slot_count):
            if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
                return

    def queued(self) -> int:
        """Writes waiting for a writer, or for a slot."""
        return self._jobs.qsize() + self._held


def settle(group: list[QueuedWrite[Tx]], outcomes: list[tuple[bool, Any]]) -> None:
    """Answer each write of a committed group: its result, or the exception it raised."""
    for job, (ok, value) in zip(group, outcomes, strict=True):
        if ok:
            job.future.set_result(value)
        else:
            job.future.set_exception(value)
