"""Fires due timers, writes off invocations whose worker vanished, and purges old executions."""

from __future__ import annotations

import logging
import threading

from lamina.clock import VirtualClock
from lamina.service import DurableService

log = logging.getLogger("lamina.scheduler")


class Scheduler:
    def __init__(
        self,
        service: DurableService,
        max_sleep_s: float = 0.25,
        listening_max_sleep_s: float = 1.0,
        reap_every_s: float = 1.0,
        purge_every_s: float = 30.0,
    ) -> None:
        self.service = service
        self.max_sleep_s = max_sleep_s
        self.listening_max_sleep_s = listening_max_sleep_s  # while other processes' wake-ups arrive
        self.reap_every_s = reap_every_s
        self.purge_every_s = purge_every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lamina-scheduler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self.service.signals.notify(timers=True)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        clock = self.service.clock
        # Timers set wake it; on a virtual clock an invocation's end does too, so that idle
        # time is skipped at once.
        news = "any" if isinstance(clock, VirtualClock) else "timers"
        next_reap = next_purge = 0
        while not self._stop.is_set():
            seen = self.service.signals.generation(news)
            try:
                due = self.service.next_timer_due()
                while due is not None and due <= clock.now_ms():
                    self.service.fire_due_timers(peek=False)
                    due = self.service.next_timer_due()
                if due is not None and self.service.skip_idle_time():
                    continue  # nothing ran: the clock is at the next timer, which is due now
                now = clock.now_ms()
                if now >= next_reap:
                    self.service.reap_expired_leases()
                    next_reap = now + int(self.reap_every_s * 1000)
                if now >= next_purge:
                    # A bounded pass: timers must not wait behind a large purge.
                    for _ in range(25):
                        if self.service.purge_expired() == 0:
                            break
                    next_purge = now + int(self.purge_every_s * 1000)
            except Exception:
                log.exception("scheduler pass failed")
                due = None
            sleep = self.service.signals.poll_s(self.max_sleep_s, self.listening_max_sleep_s)
            if due is not None:
                sleep = min(sleep, max(0.0, (due - clock.now_ms()) / 1000))
            if sleep > 0:
                self.service.signals.wait(seen, sleep, news)
