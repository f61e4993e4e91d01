"""The effect ledger: which side effects are done, by idempotency key, in a SQLite file.

Several agent sandboxes share the file at once: WAL lets readers and a writer overlap,
`busy_timeout` makes writers queue instead of failing, and `synchronous=FULL` makes a recorded
effect survive a power cut. Each operation opens its own connection, so a ledger may be shared
by threads and survives forks.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

SCHEME = "sqlite:///"
BUSY_TIMEOUT_MS = 30_000

# Forward-only; PRAGMA user_version holds how many have run.
MIGRATIONS = (
    """
    CREATE TABLE effects (
        key TEXT NOT NULL,
        effect TEXT NOT NULL,
        detail TEXT NOT NULL,
        recorded_at_ms INTEGER NOT NULL,
        PRIMARY KEY (key, effect)
    ) WITHOUT ROWID
    """,
)


def ledger_path(location: str | Path) -> Path:
    """The file of a ledger given as a path or a `sqlite:///path` URL."""
    text = str(location)
    if text.startswith(SCHEME):
        text = text.removeprefix(SCHEME)
    elif "://" in text:
        raise ValueError(f"unsupported ledger location {text!r}: use a path or sqlite:///path")
    if not text:
        raise ValueError("the ledger location is empty: use a path or sqlite:///path")
    return Path(text)


class EffectLedger:
    def __init__(self, location: str | Path) -> None:
        self.path = ledger_path(location)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connection() as conn:
            self._migrate(conn)

    def get(self, key: str, effect: str) -> dict[str, Any] | None:
        """What was recorded when `effect` was done for `key`, or None if it was not."""
        with self._connection() as conn:
            row = conn.execute(
                "SELECT detail FROM effects WHERE key = ? AND effect = ?", (key, effect)
            ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def record(self, key: str, effect: str, detail: dict[str, Any]) -> dict[str, Any]:
        """Record that `effect` is done for `key`; the first record wins and is returned."""
        payload = json.dumps(detail, sort_keys=True)
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO effects (key, effect, detail, recorded_at_ms) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (key, effect) DO NOTHING",
                (key, effect, payload, time.time_ns() // 1_000_000),
            )
            stored = conn.execute(
                "SELECT detail FROM effects WHERE key = ? AND effect = ?", (key, effect)
            ).fetchone()
            conn.execute("COMMIT")
        return dict(json.loads(stored[0]))

    def effects(self, key: str) -> dict[str, dict[str, Any]]:
        """Every effect recorded for `key`, by effect name."""
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT effect, detail FROM effects WHERE key = ? ORDER BY effect", (key,)
            ).fetchall()
        return {effect: dict(json.loads(detail)) for effect, detail in rows}

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        # isolation_level=None: transactions are explicit (BEGIN IMMEDIATE for writers).
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        with closing(conn):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA synchronous = FULL")
            yield conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for number, statement in enumerate(MIGRATIONS[version:], start=version + 1):
                conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
