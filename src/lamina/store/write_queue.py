"""Writes handed from callers' threads to a store's writer threads, taken in groups.

A caller queues its work and waits for the result; a writer takes whatever is queued (up to a
group's size) and runs it as one transaction. Both stores group their commits this way.
"""

from __future__ import annotations

import queue
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
    def __init__(self, max_group: int) -> None:
        self.max_group = max_group
        self._jobs: queue.SimpleQueue[QueuedWrite[Tx] | None] = queue.SimpleQueue()

    def submit(self, work: Callable[[Tx], T], durable: bool) -> T:
        """Queue `work` and wait for its result (or its exception)."""
        job = QueuedWrite(work, durable)
        self._jobs.put(job)
        result: T = job.future.result()
        return result

    def next_group(self) -> list[QueuedWrite[Tx]] | None:
        """For a writer: the next write and any queued behind it, or None once closed."""
        first = self._jobs.get()
        if first is None:
            self._jobs.put(None)  # for the next writer
            return None
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

    def close(self) -> None:
        """Writers stop once the writes queued before this are done."""
        self._jobs.put(None)

    def queued(self) -> int:
        return self._jobs.qsize()


def settle(group: list[QueuedWrite[Tx]], outcomes: list[tuple[bool, Any]]) -> None:
    """Answer each write of a committed group: its result, or the exception it raised."""
    for job, (ok, value) in zip(group, outcomes, strict=True):
        if ok:
            job.future.set_result(value)
        else:
            job.future.set_exception(value)
