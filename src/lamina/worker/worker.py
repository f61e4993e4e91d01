"""Workers claim owed invocations, run them through an invoker, and record how they ended."""

from __future__ import annotations

import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from lamina.runtime.base import Invoker, function_error
from lamina.service import DurableService
from lamina.service.invocations import Invocation
from lamina.store.records import LogLineRecord

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


class Worker:
    def __init__(
        self,
        service: DurableService,
        invoker: Invoker,
        concurrency: int = 32,
        lease_ms: int = 15_000,
        poll_s: float = 0.1,
    ) -> None:
        self.service = service
        self.invoker = invoker
        self.owner = f"worker-{uuid.uuid4().hex[:12]}"
        self.lease_ms = lease_ms
        self.poll_s = poll_s
        self._channel = ServiceBackedChannel(service)
        self._slots = threading.Semaphore(concurrency)
        self._pool = ThreadPoolExecutor(concurrency, thread_name_prefix="lamina-invocation")
        self._running: dict[str, str] = {}  # invocation id -> execution ARN
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._stop_leases = threading.Event()
        self._dispatcher = threading.Thread(
            target=self._dispatch, name="lamina-dispatch", daemon=True
        )
        self._renewer = threading.Thread(
            target=self._renew_leases, name="lamina-leases", daemon=True
        )

    def start(self) -> None:
        self._dispatcher.start()
        self._renewer.start()

    def stop(self) -> None:
        """Claim nothing more, let running invocations end (leases renewed), then stop."""
        self._stop.set()
        self.service.signals.notify()
        self._dispatcher.join(timeout=10)
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._stop_leases.set()
        self._renewer.join(timeout=10)

    def _dispatch(self) -> None:
        signals = self.service.signals
        while not self._stop.is_set():
            seen = signals.generation()
            claimed = self._claim_while_free()
            if not claimed:
                signals.wait(seen, self.poll_s)

    def _claim_while_free(self) -> bool:
        claimed = False
        while not self._stop.is_set() and self._slots.acquire(timeout=self.poll_s):
            try:
                invocation = self.service.claim_invocation(self.owner, self.lease_ms)
            except Exception:
                log.exception("claiming an invocation failed")
                invocation = None
            if invocation is None:
                self._slots.release()
                return claimed
            claimed = True
            with self._lock:
                self._running[invocation.invocation_id] = invocation.execution_arn
            self._pool.submit(self._execute, invocation)
        return claimed

    def _execute(self, invocation: Invocation) -> None:
        arn = invocation.execution_arn
        try:
            function = self.service.get_function(invocation.function_name)
            outcome = self.invoker.invoke(function, invocation, self._channel)
        except Exception as error:  # the runtime failed, not the handler: still an outcome
            log.exception("invocation failed in the worker", extra={"execution_arn": arn})
            outcome = function_error("Runtime.Unknown", f"{type(error).__name__}: {error}")
        try:
            self.service.finish_invocation(arn, invocation.invocation_id, outcome)
        except Exception:
            log.exception("recording an invocation's end failed", extra={"execution_arn": arn})
        finally:
            with self._lock:
                self._running.pop(invocation.invocation_id, None)
            self._slots.release()
            self.service.signals.notify()

    def _renew_leases(self) -> None:
        while not self._stop_leases.wait(self.lease_ms / 3000):
            try:
                self.invoker.trim_idle()
            except Exception:
                log.exception("trimming idle sandboxes failed")
            with self._lock:
                running = list(self._running.items())
            for invocation_id, arn in running:
                try:
                    if self.service.renew_lease(arn, invocation_id, self.lease_ms):
                        continue
                    with self._lock:
                        still_running = invocation_id in self._running
                    if still_running:
                        # Another worker may own the execution now: this one must not go on.
                        log.warning("lost the lease of an invocation", extra={"execution_arn": arn})
                        self.invoker.cancel(invocation_id)
                except Exception:
                    log.exception("renewing a lease failed")
