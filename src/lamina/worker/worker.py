"""Workers claim owed invocations, run them through an invoker, and record how they ended."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from lamina.cache import cache_dir
from lamina.runtime.base import Invoker, function_error
from lamina.service import DurableService
from lamina.service.invocations import Invocation
from lamina.store.records import LogLineRecord
from lamina.worker.code_cache import CodeCache

log = logging.getLogger("lamina.worker")


class ServiceBackedChannel:
    """The channel of a handler whose calls reach the service in this process."""

    def __init__(self, service: DurableService) -> None:
        self._service = service

    def checkpoint(
        self, arn: str, token: str, updates: list[dict[str, Any]], client_token: str | None
    ) -> dict[str, Any]:
        return self._service.checkpoint(arn, token, updates, client_token)

    def get_state(self, arn: str, token: str, marker: str, max_items: int) -> dict[str, Any]:
        return self._service.get_state(arn, token, marker, max_items)

    def append_logs(self, lines: list[LogLineRecord]) -> None:
        self._service.append_logs(lines)


_OVERDUE = "not renewed in time"


@dataclass
class _Lease:
    """A running invocation, and until when (monotonic) this worker may believe it owns it."""

    arn: str
    held_until: float
    cancelled: bool = False


class Worker:
    """Claims owed invocations and runs them while it holds their leases.

    Another process writes a lease off once the expiry this worker stamped on it has passed
    (the machines' clocks must agree); the worker must stop first. It renews every lease a
    quarter of the way through and kills an invocation it has not renewed within three
    quarters of the lease, counted from when the last successful renewal was sent (no later
    than the stamp). So a worker that is cut off from the database, or paused, stops its
    handlers before anyone else may take over.
    """

    def __init__(
        self,
        service: DurableService,
        invoker: Invoker,
        concurrency: int = 32,
        lease_ms: int = 15_000,
        poll_s: float = 0.1,
        listening_poll_s: float = 1.0,
        code: CodeCache | None = None,
    ) -> None:
        self.service = service
        self.invoker = invoker
        # Where this worker unpacks the code packages of published versions.
        self.code = code or CodeCache(cache_dir() / "code", service.functions.package)
        self.owner = f"worker-{uuid.uuid4().hex[:12]}"
        self.lease_ms = lease_ms
        self.poll_s = poll_s
        self.listening_poll_s = listening_poll_s  # while other processes' wake-ups arrive
        self._channel = ServiceBackedChannel(service)
        self._slots = threading.Semaphore(concurrency)
        self._pool = ThreadPoolExecutor(concurrency, thread_name_prefix="lamina-invocation")
        self._running: dict[str, _Lease] = {}  # invocation id -> its lease
        # Whether the last claim found work: then a finishing invocation claims the next one
        # in its own transaction, and claims skip their peek.
        self._backlog = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._stop_leases = threading.Event()
        self._dispatcher = threading.Thread(
            target=self._dispatch, name="lamina-dispatch", daemon=True
        )
        self._renewer = threading.Thread(
            target=self._renew_leases, name="lamina-leases", daemon=True
        )
        self._watchdog = threading.Thread(
            target=self._watch_leases, name="lamina-lease-watch", daemon=True
        )

    def start(self) -> None:
        self._dispatcher.start()
        self._renewer.start()
        self._watchdog.start()

    def stop(self) -> None:
        """Claim nothing more, let running invocations end (leases renewed), then stop."""
        self._stop.set()
        self.service.signals.notify()
        self._dispatcher.join(timeout=10)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._stop_leases.set()
        self._renewer.join(timeout=10)
        self._watchdog.join(timeout=10)

    def _dispatch(self) -> None:
        signals = self.service.signals
        while not self._stop.is_set():
            seen = signals.generation()
            claimed = self._claim_while_free()
            if not claimed:
                signals.wait(seen, signals.poll_s(self.poll_s, self.listening_poll_s))

    def _claim_while_free(self) -> bool:
        claimed = False
        while not self._stop.is_set() and self._slots.acquire(timeout=self.poll_s):
            claimed_at = time.monotonic()
            try:
                invocation = self.service.claim_invocation(
                    self.owner, self.lease_ms, peek=not self._backlog
                )
            except Exception:
                log.exception("claiming an invocation failed")
                invocation = None
            self._backlog = invocation is not None
            if invocation is None:
                self._slots.release()
                return claimed
            claimed = True
            self._hold(invocation, claimed_at)
            self._pool.submit(self._execute, invocation)
        return claimed

    def _hold(self, invocation: Invocation, claimed_at: float) -> None:
        lease = _Lease(invocation.execution_arn, claimed_at + self._trust_s)
        with self._lock:
            self._running[invocation.invocation_id] = lease

    def _execute(self, invocation: Invocation) -> None:
        """Run an invocation and record its end; while work is waiting, the end claims the
        next invocation, which runs here in turn (its slot is this one)."""
        next_one: Invocation | None = invocation
        while next_one is not None:
            next_one = self._run_one(next_one)
        self._slots.release()
        self.service.signals.notify()

    def _run_one(self, invocation: Invocation) -> Invocation | None:
        arn = invocation.execution_arn
        try:
            if invocation.function is None:
                missing = f"Function not found: {invocation.function_name}:{invocation.version}"
                outcome = function_error("ResourceNotFoundException", missing)
            else:
                function = self.code.place(invocation.function)
                outcome = self.invoker.invoke(function, invocation, self._channel)
        except Exception as error:  # the runtime failed, not the handler: still an outcome
            log.exception("invocation failed in the worker", extra={"execution_arn": arn})
            outcome = function_error("Runtime.Unknown", f"{type(error).__name__}: {error}")
        claim_next = None if self._stop.is_set() or not self._backlog else (
            self.owner, self.lease_ms
        )
        ended_at = time.monotonic()
        next_one = None
        try:
            next_one = self.service.finish_invocation(
                arn, invocation.invocation_id, outcome, claim_next
            )
        except Exception:
            log.exception("recording an invocation's end failed", extra={"execution_arn": arn})
        finally:
            with self._lock:
                self._running.pop(invocation.invocation_id, None)
        if claim_next is not None:
            self._backlog = next_one is not None
        if next_one is not None:
            self._hold(next_one, ended_at)
        return next_one

    @property
    def _trust_s(self) -> float:
        """How long after sending a renewal the worker trusts the lease it got."""
        return self.lease_ms * 0.75 / 1000

    def _renew_leases(self) -> None:
        """Renew every running invocation's lease, a quarter of the way through."""
        while not self._stop_leases.wait(self.lease_ms / 4000):
            try:
                self.invoker.trim_idle()
            except Exception:
                log.exception("trimming idle sandboxes failed")
            with self._lock:
                running = list(self._running.items())
            for invocation_id, lease in running:
                sent_at = time.monotonic()
                try:
                    renewed = self.service.renew_lease(lease.arn, invocation_id, self.lease_ms)
                except Exception:  # unknown: the lease holds until the worker stops trusting it
                    log.exception("renewing a lease failed", extra={"execution_arn": lease.arn})
                    continue
                if renewed:
                    lease.held_until = sent_at + self._trust_s
                else:
                    self._give_up(invocation_id, lease, "lost")

    def _watch_leases(self) -> None:
        """Stop invocations whose lease is not known to be held (renewals may hang)."""
        while not self._stop_leases.wait(self.lease_ms / 16000):
            now = time.monotonic()
            with self._lock:
                overdue = [
                    (i, lease) for i, lease in self._running.items() if lease.held_until < now
                ]
            for invocation_id, lease in overdue:
                self._give_up(invocation_id, lease, _OVERDUE)

    def _give_up(self, invocation_id: str, lease: _Lease, reason: str) -> None:
        with self._lock:
            if self._running.get(invocation_id) is not lease or lease.cancelled:
                return  # it ended meanwhile, or is being stopped already
            if reason == _OVERDUE and lease.held_until >= time.monotonic():
                return  # renewed since the watchdog looked
            lease.cancelled = True
        # Another worker may own the execution now: this one must not go on.
        log.warning(
            "stopping an invocation, its lease is %s", reason, extra={"execution_arn": lease.arn}
        )
        self.invoker.cancel(invocation_id)
