"""Storage: the `Store` contract and the factory that picks a backend from a database URL."""

from __future__ import annotations

from pathlib import Path

from lamina.errors import InvalidParameterValue
from lamina.store.base import Store, Transaction

__all__ = ["Store", "Transaction", "open_store"]

_POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str) -> Store:
    """The only place that knows the concrete stores."""
    if url.startswith("sqlite:///"):
        from lamina.store.sqlite import SqliteStore

        return SqliteStore(Path(url.removeprefix("sqlite:///")))
    if url.startswith("sqlite://"):
        raise InvalidParameterValue(f"SQLite URLs take a path after three slashes: {url!r}")
    if url.startswith(_POSTGRESQL_SCHEMES):
        from lamina.store.postgresql import PostgresStore

        return PostgresStore(url)
    raise InvalidParameterValue(
        f"Unsupported database URL {url!r}: use sqlite:///path/to/lamina.db "
        "or postgresql://user@host:port/dbname"
    )
