"""The development loop: functions run from a template's folder follow its edits.

`lamina run --template` registers each function's folder as $LATEST. This watch looks at
those folders every second and registers a function again when its files change: its next
invocation starts a sandbox with the new code, and executions in flight are warned of
(the catalog says which), as they replay on it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lamina.errors import LaminaError
from lamina.functions.config import FunctionConfig
from lamina.functions.packages import INSTALLED, tree_digest
from lamina.service.functions import FunctionCatalog

log = logging.getLogger("lamina.functions")
POLL_SECONDS = 1.0


# What prepares a function from its folder as it is now (its build, its libraries).
Prepare = Callable[[], FunctionConfig]


@dataclass(frozen=True)
class _Watched:
    source: Path
    prepare: Prepare
    digest: str


class SourceWatch:
    def __init__(self, catalog: FunctionCatalog, poll_seconds: float = POLL_SECONDS) -> None:
        self.catalog = catalog
        self.poll_seconds = poll_seconds
        self._watched: dict[str, _Watched] = {}
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def register(self, source: Path, prepare: Prepare) -> FunctionConfig:
        """Register a function whose code is the folder `source`, as it is now, and watch it."""
        digest = tree_digest(source, INSTALLED)
        config = prepare().evolve(source_digest=digest)
        registered = self.catalog.register(config)
        self._watched[config.name] = _Watched(source, prepare, digest)
        return registered

    def start(self) -> None:
        if self._watched and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lamina-watch", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def check(self) -> list[str]:
        """Register again each function whose folder changed; returns their names."""
        changed = []
        for name, watched in list(self._watched.items()):
            digest = tree_digest(watched.source, INSTALLED)
            if digest == watched.digest:
                continue
            try:
                self.register(watched.source, watched.prepare)
                changed.append(name)
            except LaminaError as error:  # a build that fails: said once, until the next edit
                self._watched[name] = _Watched(watched.source, watched.prepare, digest)
                log.warning("%s: its code changed and cannot run: %s", name, error)
        return changed

    def _run(self) -> None:
        while not self._stopping.wait(self.poll_seconds):
            try:
                for name in self.check():
                    log.info("%s: its code changed; the next invocation runs it", name)
            except Exception:  # a folder being rewritten; the next look sees it whole
                log.warning("could not look at the functions' folders", exc_info=True)
