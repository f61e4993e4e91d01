"""`docpipe run` as `make run` starts it: the bundled samples, then what to do next."""

from __future__ import annotations

import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from document_pipeline.classification.model import MODEL_DIR_ENV

DOCPIPE = Path(sys.executable).with_name("docpipe")
COMMAND = re.compile(r"^\s+(approve|reject):\s+(\S*lamina callbacks succeed \S+ --result .+)$")


class Output:
    """The lines a process writes, read as they come."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def until(self, pattern: str, timeout: float = 120) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                break
            self.lines.append(line)
            if re.search(pattern, line):
                return line
        raise AssertionError(f"no line matched {pattern!r}; output:\n" + "\n".join(self.lines))


@pytest.fixture
def docpipe(tmp_path: Path, model: Path) -> Iterator[Output]:
    env = {**os.environ, MODEL_DIR_ENV: str(model.parent), "COLUMNS": "200"}
    process = subprocess.Popen(
        [str(DOCPIPE), "run", "--port", "0"], cwd=tmp_path, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        yield Output(process)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
        assert process.stdout is not None
        process.stdout.close()


def test_the_first_pass_ends_with_the_inbox_and_a_command_for_each_review(
    docpipe: Output, tmp_path: Path
) -> None:
    docpipe.until(r"offline model loaded in \d+\.\d s")
    summary = docpipe.until(r"document\(s\) finished, \d+ waiting for review\.")
    waiting = int(re.findall(r"(\d+) waiting", summary)[0])
    assert waiting >= 1  # the bundled samples include documents no rule can decide
    inbox = docpipe.until(r"Review them in the browser: ")
    assert re.search(r"http://127\.0\.0\.1:\d+/console/inbox$", inbox)
    commands: dict[str, dict[str, str]] = {}
    document = ""
    for _ in range(waiting * 3):
        line = docpipe.until(r"^  \S.*:$|^\s+(approve|reject):")
        found = COMMAND.match(line)
        if found:
            commands.setdefault(document, {})[found[1]] = found[2]
        else:
            document = line.strip().removesuffix(":")
    assert len(commands) == waiting
    assert all(set(answers) == {"approve", "reject"} for answers in commands.values())
    docpipe.until("Lamina keeps running")

    # The printed command, run as printed from the same folder, finishes the document.
    document, answers = sorted(commands.items())[0]
    subprocess.run(shlex.split(answers["approve"]), cwd=tmp_path, check=True, timeout=60)
    docpipe.until(rf"^{re.escape(document)}: done: approved$")
    docpipe.until(rf"finished, {waiting - 1} waiting for review\.")
