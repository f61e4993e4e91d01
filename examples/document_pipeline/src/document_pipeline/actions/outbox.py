"""The outbox: downstream events appended to a JSON Lines file, one line per idempotency key.

Writers take an exclusive `fcntl` lock on the file, so several processes append whole lines
one at a time. The file is the truth; a SQLite index beside it (`<file>.index`) maps keys to
line offsets and is caught up from the file under the lock, so a line written just before a
crash is still found and never written twice. Readers skip a line that is not valid JSON (a
write cut short by a crash).
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS lines (key TEXT PRIMARY KEY, offset INTEGER NOT NULL,"
    " emitted_at TEXT NOT NULL) WITHOUT ROWID",
    # How much of which file the index has read: a new inode or a shorter file means rotation.
    "CREATE TABLE IF NOT EXISTS progress (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " inode INTEGER NOT NULL, size INTEGER NOT NULL)",
)


class JsonlOutbox:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not str(path) or self.path.is_dir():
            raise ValueError(f"outbox path {str(path)!r} is not a file path")
        self.index_path = self.path.with_name(self.path.name + ".index")

    def emit(self, key: str, event: dict[str, Any]) -> dict[str, Any]:
        """Append `event` under `key` unless a line for `key` is already there; a receipt."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"outbox key must be a non-empty string, not {key!r}")
        event_type = event.get("type") if isinstance(event, dict) else None
        if not isinstance(event_type, str) or not event_type:
            raise ValueError(f"outbox event needs a non-empty string 'type', got {event!r:.200}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._locked() as handle, self._index() as index:
            end_partial_line(handle)
            catch_up(index, handle)
            found = index.execute(
                "SELECT offset, emitted_at FROM lines WHERE key = ?", (key,)
            ).fetchone()
            if found is not None:
                return self._receipt("already_done", event_type, found[0], found[1])
            emitted_at = datetime.now(UTC).isoformat(timespec="milliseconds")
            line = {"key": key, "type": event_type, "emitted_at": emitted_at, "event": event}
            offset = append_line(handle, json.dumps(line, ensure_ascii=False).encode() + b"\n")
            catch_up(index, handle)
        return self._receipt("done", event_type, offset, emitted_at)

    def events(self) -> list[dict[str, Any]]:
        """Every well-formed line of the outbox, oldest first."""
        if not self.path.exists():
            return []
        with open(self.path, "rb") as handle:
            return [entry for _, _, entry in scan_lines(handle, 0) if entry is not None]

    def _receipt(self, status: str, event_type: str, offset: int, at: str) -> dict[str, Any]:
        return {"status": status, "outbox": str(self.path), "type": event_type,
                "offset": offset, "emitted_at": at}

    @contextmanager
    def _locked(self) -> Iterator[IO[bytes]]:
        with open(self.path, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield handle
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def _index(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.index_path, timeout=30, isolation_level=None)
        with closing(conn):
            for statement in _SCHEMA:
                conn.execute(statement)
            yield conn


def end_partial_line(handle: IO[bytes]) -> None:
    """End a last line a crash cut short, so it is read (or skipped) before anything follows."""
    end = handle.seek(0, os.SEEK_END)
    if end > 0:
        handle.seek(end - 1)
        if handle.read(1) != b"\n":
            handle.write(b"\n")
            handle.flush()


def append_line(handle: IO[bytes], data: bytes) -> int:
    """Append one line durably; the offset it starts at."""
    end = handle.seek(0, os.SEEK_END)
    handle.write(data)
    handle.flush()
    os.fsync(handle.fileno())
    return end


def catch_up(index: sqlite3.Connection, handle: IO[bytes]) -> None:
    """Index the lines written since the index last read the file (by anyone, crash or not)."""
    stat = os.fstat(handle.fileno())
    row = index.execute("SELECT inode, size FROM progress WHERE id = 1").fetchone()
    start = row[1] if row is not None and row[0] == stat.st_ino and row[1] <= stat.st_size else 0
    index.execute("BEGIN IMMEDIATE")
    if start == 0:
        index.execute("DELETE FROM lines")
    position = start
    for offset, end, entry in scan_lines(handle, start):
        if entry is not None and isinstance(entry.get("key"), str):
            index.execute("INSERT OR IGNORE INTO lines VALUES (?, ?, ?)",
                          (entry["key"], offset, str(entry.get("emitted_at", ""))))
        position = end
    index.execute("INSERT OR REPLACE INTO progress VALUES (1, ?, ?)", (stat.st_ino, position))
    index.execute("COMMIT")


def scan_lines(
    handle: IO[bytes], start: int
) -> Iterator[tuple[int, int, dict[str, Any] | None]]:
    """(offset, end, entry) for each complete line from `start`; entry None if not an object.

    A last line without its newline (a write cut short) is left for a later scan.
    """
    handle.seek(start)
    offset = start
    for raw in iter(handle.readline, b""):
        if not raw.endswith(b"\n"):
            return
        try:
            entry = json.loads(raw)
        except ValueError:
            entry = None
        yield offset, offset + len(raw), entry if isinstance(entry, dict) else None
        offset += len(raw)
