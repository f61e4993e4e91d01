"""Fixtures every suite may use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lamina.conformance.pinned import pinned_requirements
from postgres_server import fresh_database

# A user's suite, which tests/test_testing_plugin.py runs in a pytest of its own.
collect_ignore = ["plugin_examples"]


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped after it."""
    with fresh_database(f"{request.node.name}") as url:
        yield url


@pytest.fixture(scope="session")
def requirements_dir() -> Path:
    """AWS's requirement files, the pinned wheel's, from Lamina's cache (fetched once)."""
    return pinned_requirements()
