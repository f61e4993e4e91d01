"""The pytest plugin `pip install lamina` brings (entry point `pytest11`): `lamina_runner`.

    def test_order(lamina_runner):
        runner = lamina_runner(handler=orders.handler)          # or template="template.yaml"
        result = runner.run(input={"id": 7})
        assert result.status == "SUCCEEDED", result.describe()

Each runner is a Lamina of its own, in this test's temporary folder, on a virtual clock
unless `time_skip=False` (or `pytest --lamina-real-time`); it stops when the test ends, so
tests never see each other's executions, in one process or under pytest-xdist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lamina.testing import LaminaTestRunner


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("lamina").addoption(
        "--lamina-real-time",
        action="store_true",
        help="Run lamina_runner's Lamina on the real clock (no time skipping) by default.",
    )


@pytest.fixture
def lamina_runner(
    tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., LaminaTestRunner]]:
    """Make a started `LaminaTestRunner` (same arguments); stopped at the test's end."""
    started: list[LaminaTestRunner] = []
    skipping = not request.config.getoption("lamina_real_time")

    def make(handler: Callable[..., Any] | None = None, **options: Any) -> LaminaTestRunner:
        folder = tmp_path / f"lamina-{len(started)}"
        folder.mkdir()
        options.setdefault("time_skip", skipping)
        runner = LaminaTestRunner(handler, folder=folder, **options).__enter__()
        started.append(runner)
        return runner

    yield make
    for runner in reversed(started):
        runner.__exit__(None, None, None)
