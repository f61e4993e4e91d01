"""A leak fails the test that leaked it, never a later one.

An object left to the garbage collector (a socket, a file, a connection held in a reference
cycle) warns when a collection frees it, and a collection can happen in any later test, or
in a later test's fixture. After each test's teardown this plugin collects garbage itself, so
such a warning is reported in the teardown of the test that left the object behind. What is
alive when collection ends (modules, test items) is frozen out of the collector first, so a
collection looks only at what the tests made and costs milliseconds.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Generator

import pytest


class LeakError(AssertionError):
    """Objects this test left behind warned (or failed) when the collector freed them."""


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    try:
        result = yield
    except BaseException:
        _collect_garbage()  # what the failed teardown left is that failure's consequence
        raise
    leaks = _collect_garbage()
    if leaks:
        raise LeakError(f"{item.nodeid} left behind:\n" + "\n".join(leaks))
    return result


def _collect_garbage() -> list[str]:
    """Frees unreachable objects now; what their finalizers raised, one line each."""
    leaks: list[str] = []
    previous = sys.unraisablehook

    def note(unraisable: sys.UnraisableHookArgs) -> None:
        # A warning turned into an error (filterwarnings = error) arrives here: keep its text
        # only, so the leaked object itself is not kept alive by the report.
        where = f" ({unraisable.err_msg})" if unraisable.err_msg else ""
        leaks.append(f"  {unraisable.exc_type.__name__}: {unraisable.exc_value}{where}")

    sys.unraisablehook = note
    try:
        gc.collect()
    finally:
        sys.unraisablehook = previous
    return leaks
