"""The file-drop trigger: each new file in the inbox folder starts the pipeline once.

Like an S3 event notification, but for a folder. A file is started under an execution name
derived from its path and content, so starting it twice is a no-op on Lamina (and on AWS), and
a ledger remembers what was started, so a restart never starts a file again.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Files still being written or left by editors are not documents yet.
IGNORED_SUFFIXES = (".part", ".tmp", ".crdownload", "~", ".swp")
SETTLE_SECONDS = 1.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS started (
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    execution_name TEXT NOT NULL,
    execution_arn TEXT NOT NULL,
    started_at REAL NOT NULL,
    PRIMARY KEY (path, sha256)
)
"""


@dataclass(frozen=True)
class DroppedFile:
    path: Path
    relative: str
    sha256: str
    size: int

    @property
    def execution_name(self) -> str:
        # The file's whole path: two inboxes sharing one Lamina never take each other's names.
        digest = hashlib.sha256(f"{self.path.resolve()}\0{self.sha256}".encode()).hexdigest()
        return f"doc-{digest[:40]}"

    def event(self) -> dict[str, Any]:
        return {
            "document": {
                "uri": self.path.resolve().as_uri(),
                "name": self.path.name,
                "sha256": self.sha256,
                "size": self.size,
            }
        }


class Inbox:
    def __init__(self, folder: Path, ledger: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        ledger.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(ledger, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def new_files(self) -> Iterator[DroppedFile]:
        """Files not started yet and not written to for a moment (a copy may be under way)."""
        settled = time.time() - SETTLE_SECONDS
        for path in sorted(self._candidates()):
            stat = path.stat()
            if stat.st_mtime > settled:
                continue
            dropped = self._describe(path, stat.st_size)
            if not self._started(dropped):
                yield dropped

    def mark_started(self, dropped: DroppedFile, arn: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO started VALUES (?, ?, ?, ?, ?)",
            (dropped.relative, dropped.sha256, dropped.execution_name, arn, time.time()),
        )

    def started(self) -> list[tuple[str, str]]:
        """(file, execution ARN) of every file started so far, oldest first."""
        rows = self._db.execute("SELECT path, execution_arn FROM started ORDER BY started_at")
        return [(str(path), str(arn)) for path, arn in rows]

    def _candidates(self) -> Iterator[Path]:
        for path in self.folder.rglob("*"):
            relative = path.relative_to(self.folder)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if path.is_file() and not path.name.endswith(IGNORED_SUFFIXES):
                yield path

    def _describe(self, path: Path, size: int) -> DroppedFile:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        relative = path.relative_to(self.folder).as_posix()
        return DroppedFile(path, relative, digest.hexdigest(), size)

    def _started(self, dropped: DroppedFile) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM started WHERE path = ? AND sha256 = ?",
            (dropped.relative, dropped.sha256),
        ).fetchone()
        return row is not None
