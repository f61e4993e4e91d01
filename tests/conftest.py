"""Fixtures every suite may use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from postgres_server import fresh_database


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped after it."""
    with fresh_database(f"{request.node.name}") as url:
        yield url
