"""After a Node.js process exits, its output is read to the last line for as long as the
reader keeps reading, and given up only once nothing comes for a while (a stream held open by
a process it left behind)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from lamina.runtime import node
from lamina.runtime.node import NodeProcess


def test_a_reader_still_reading_is_waited_for_past_the_quiet_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(node, "_QUIET_S", 0.05)
    process = SimpleNamespace(_read_count=0)

    def slow_reader() -> None:  # a long output read on a busy machine: 0.5 s, never quiet
        for _ in range(50):
            time.sleep(0.01)
            process._read_count += 1

    reader = threading.Thread(target=slow_reader)
    reader.start()
    NodeProcess._drain(process, reader)  # type: ignore[arg-type]
    assert not reader.is_alive() and process._read_count == 50


def test_a_silent_stream_is_given_up_after_the_quiet_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(node, "_QUIET_S", 0.05)
    process = SimpleNamespace(_read_count=0)
    release = threading.Event()
    reader = threading.Thread(target=release.wait)  # held open, nothing read
    reader.start()
    began = time.monotonic()
    NodeProcess._drain(process, reader)  # type: ignore[arg-type]
    assert time.monotonic() - began < 1.0
    release.set()
    reader.join()
