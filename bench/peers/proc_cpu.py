"""CPU time spent by processes, read from /proc: Linux only, no dependencies.

Imported by `bench/cluster_bench.py` (Lamina's processes) and by `bench/peers/dbos_runner.py`
(DBOS's), so both count the same way: user plus system time, and PostgreSQL's server
processes (every process named `postgres`) on the same machine.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

_TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int) -> list[str]:
    """/proc/<pid>/stat after the command name: state, ppid, pgrp, ..."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()


def pids() -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()]


def cpu_s(pid: int) -> float:
    """User plus system seconds of one process so far (0 once it is gone)."""
    with suppress(OSError, ValueError, IndexError):
        fields = _stat_fields(pid)
        return (int(fields[11]) + int(fields[12])) / _TICKS_PER_S
    return 0.0


def group_pids(pgid: int) -> list[int]:
    """The processes of one process group."""
    found = []
    for pid in pids():
        with suppress(OSError, ValueError, IndexError):
            if int(_stat_fields(pid)[2]) == pgid:
                found.append(pid)
    return found


def postgres_pids() -> list[int]:
    found = []
    for pid in pids():
        with suppress(OSError):
            if Path(f"/proc/{pid}/comm").read_text().strip() == "postgres":
                found.append(pid)
    return found


def total_cpu_s(of: Iterable[int]) -> float:
    return sum(cpu_s(pid) for pid in of)


class CpuMeter:
    """CPU seconds of named sets of processes between `start` and `stop`.

    Each set is a function giving its processes at the moment (so that processes started in
    between count from their start); a process that ends in between loses its share.
    """

    def __init__(self, **parts: Callable[[], Iterable[int]]) -> None:
        self._parts = parts
        self._before: dict[str, dict[int, float]] = {}
        self.seconds: dict[str, float] = {}

    def _read(self) -> dict[str, dict[int, float]]:
        return {name: {pid: cpu_s(pid) for pid in find()} for name, find in self._parts.items()}

    def start(self) -> None:
        self._before = self._read()

    def stop(self) -> dict[str, float]:
        after = self._read()
        self.seconds = {
            name: sum(s - self._before[name].get(pid, 0.0) for pid, s in now.items())
            for name, now in after.items()
        }
        return self.seconds

    def ms_per(self, count: int) -> dict[str, float]:
        """Milliseconds per unit of work, by part, and the system's: every part but the
        benchmark's own (a part named `benchmark`)."""
        per = {name: round(1000 * s / count, 2) for name, s in self.seconds.items()}
        system = sum(s for name, s in self.seconds.items() if name != "benchmark")
        per["system"] = round(1000 * system / count, 2)
        return per
