"""A leaked resource is reported against the test that leaked it (tests/leak_check.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

# The first test leaves a socket in a reference cycle; the second makes the collector run,
# as any test that allocates enough may do at any moment.
SUITE = """
import gc
import socket


class Holder:
    pass


def test_leaks_a_socket():
    holder = Holder()
    holder.me = holder
    holder.connection = socket.socket()


def test_innocent():
    gc.collect()
"""
INI = """
[pytest]
filterwarnings = error
"""


@pytest.fixture
def pytester(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A pytest in a subprocess that can load the plugin from the tests folder."""
    path = os.environ.get("PYTHONPATH")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(TESTS), path])))
    return pytester


def run_suite(pytester: pytest.Pytester, *plugins: str) -> pytest.RunResult:
    pytester.makeini(INI)
    pytester.makepyfile(test_suite=SUITE)
    options = [arg for plugin in plugins for arg in ("-p", plugin)]
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", *options, "-rA")


def test_the_leaking_test_fails_in_its_teardown_and_the_next_one_passes(
    pytester: pytest.Pytester,
) -> None:
    result = run_suite(pytester, "leak_check")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["ERROR test_suite.py::test_leaks_a_socket - *LeakError*"])
    result.stdout.fnmatch_lines(["PASSED test_suite.py::test_innocent"])
    result.stdout.fnmatch_lines(["*ResourceWarning: unclosed <socket.socket*"])


def test_without_the_plugin_the_innocent_test_takes_the_blame(pytester: pytest.Pytester) -> None:
    """The cascade the plugin prevents: the next test to run the collector fails instead."""
    result = run_suite(pytester)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["PASSED test_suite.py::test_leaks_a_socket"])
    result.stdout.fnmatch_lines(["FAILED test_suite.py::test_innocent*"])
