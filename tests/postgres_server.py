"""The PostgreSQL server the tests run against, and fresh databases on it.

The server is `LAMINA_TEST_POSTGRES_URL` (default: the machine's, trusted on 127.0.0.1);
`scripts/test-services.sh`, run by `make test`, makes sure it is running. When it is
unreachable the tests fail, naming it: a backend left untested must not pass as a skip.
"""

from __future__ import annotations

import os
import secrets
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest

POSTGRES_SERVER = os.environ.get(
    "LAMINA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def admin_connection(purpose: str) -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(POSTGRES_SERVER, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.fail(
            f"The PostgreSQL server at {POSTGRES_SERVER} is unreachable ({purpose} needs it; "
            f"set LAMINA_TEST_POSTGRES_URL to use another one): {error}"
        )


def create_database(purpose: str, prefix: str = "lamina_test") -> str:
    """A new empty database; returns its URL. `drop_database` removes it."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    with admin_connection(purpose) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return urlsplit(POSTGRES_SERVER)._replace(path=f"/{name}").geturl()


def drop_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with admin_connection("dropping a test database") as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def fresh_database(purpose: str, prefix: str = "lamina_test") -> Iterator[str]:
    """A new empty database for the `with` block, dropped after it."""
    url = create_database(purpose, prefix)
    try:
        yield url
    finally:
        drop_database(url)


def server_ready() -> bool:
    host = urlsplit(POSTGRES_SERVER)
    probe = ["pg_isready", "-q", "-h", host.hostname or "127.0.0.1", "-p", str(host.port or 5432)]
    return subprocess.run(probe, check=False, timeout=10).returncode == 0
