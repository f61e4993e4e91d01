"""Step bodies record every run they make, so a test can tell a replay from a re-run."""

from __future__ import annotations

import json
import os
import time


def record_run(execution: str, step: str, phase: str = "start") -> None:
    """Append one line per run to the file the test names; O_APPEND keeps lines whole."""
    line = json.dumps(
        {
            "t": time.time(),
            "execution": execution,
            "step": step,
            "phase": phase,
            "tag": os.environ.get("CHAOS_TAG", ""),
            "pid": os.getpid(),
        }
    )
    with open(os.environ["CHAOS_STEP_LOG"], "a", encoding="utf-8") as journal:
        journal.write(line + "\n")
