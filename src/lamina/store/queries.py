"""Named SQL queries, read once from a dialect's `queries.sql` (`-- name: x` blocks)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_NAME = re.compile(r"^-- name: (\w+)\s*$", re.MULTILINE)


@cache
def load_queries(dialect: str) -> dict[str, str]:
    text = resources.files("lamina.store").joinpath("sql", dialect, "queries.sql").read_text()
    parts = _NAME.split(text)
    return {name: body.strip() for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def migration_scripts(dialect: str) -> list[tuple[int, str]]:
    """Numbered forward-only migrations: `NNNN_name.sql`, in order."""
    folder = resources.files("lamina.store").joinpath("sql", dialect)
    scripts = []
    for entry in folder.iterdir():
        match = re.match(r"^(\d{4})_\w+\.sql$", entry.name)
        if match:
            scripts.append((int(match.group(1)), entry.read_text()))
    return sorted(scripts)
