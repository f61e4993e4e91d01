"""Wake-ups by kind: a waiter wakes for its own kind of news only, or for any."""

from __future__ import annotations

import threading
import time

from lamina.service import Signals


def _wait_in_thread(
    signals: Signals, kind: str, timeout: float
) -> tuple[threading.Thread, list[tuple[int, float]]]:
    seen = signals.generation(kind)
    woke: list[tuple[int, float]] = []

    def wait() -> None:
        began = time.monotonic()
        woke.append((signals.wait(seen, timeout, kind), time.monotonic() - began))

    thread = threading.Thread(target=wait)
    thread.start()
    time.sleep(0.05)  # the waiter is waiting
    return thread, woke


def test_a_timers_waiter_sleeps_through_work_news() -> None:
    signals = Signals()
    thread, woke = _wait_in_thread(signals, "timers", timeout=0.5)
    for _ in range(5):
        signals.notify(work=True)
    thread.join(5)
    generation, waited = woke[0]
    assert generation == 0
    assert waited >= 0.45, "woken by news of the other kind"


def test_a_waiter_wakes_at_once_for_its_own_kind() -> None:
    signals = Signals()
    thread, woke = _wait_in_thread(signals, "timers", timeout=10)
    signals.notify(work=False, timers=True)
    thread.join(5)
    generation, waited = woke[0]
    assert generation == 1 and waited < 5


def test_an_any_waiter_wakes_for_either_kind() -> None:
    signals = Signals()
    for news in ({"work": True}, {"work": False, "timers": True}):
        thread, woke = _wait_in_thread(signals, "any", timeout=10)
        signals.notify(**news)
        thread.join(5)
        assert woke[0][1] < 5
    assert signals.generation("any") == 2
