"""The pytest plugin `lamina.testing` as its users meet it: a user's suite (plugin_examples/)
run by pytest in a process of its own, on a virtual clock and on the real one; a failing
test that shows the execution's history; runners that never see each other's executions."""

from __future__ import annotations

import json
import re
import shutil
import threading
from pathlib import Path

import pytest

from lamina.testing import LaminaTestRunner

EXAMPLES = Path(__file__).resolve().parent / "plugin_examples"


def run_user_suite(pytester: pytest.Pytester, *args: str) -> tuple[pytest.RunResult, float]:
    for name in ("example_handlers.py", "test_examples.py"):
        shutil.copy(EXAMPLES / name, pytester.path / name)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)
    took = re.search(r"passed in ([0-9.]+)s", result.stdout.str())
    assert took, result.stdout.str()
    return result, float(took.group(1))


def test_the_user_suite_passes_on_both_clocks_and_skipping_saves_the_waits(
    pytester: pytest.Pytester,
) -> None:
    skipped, fast = run_user_suite(pytester)
    skipped.assert_outcomes(passed=5)
    real, slow = run_user_suite(pytester, "--lamina-real-time")
    real.assert_outcomes(passed=5)
    # The real-time run waits 10 s, 2 + 4 s of back-off and a 10 s callback timeout.
    assert slow >= 26
    assert fast < slow / 2, (fast, slow)
    print(f"user suite: {fast:.1f} s time-skipped, {slow:.1f} s in real time")


def test_a_failing_test_shows_the_execution_s_history(pytester: pytest.Pytester) -> None:
    shutil.copy(EXAMPLES / "example_handlers.py", pytester.path / "example_handlers.py")
    pytester.makepyfile(test_user="""
        import example_handlers

        def test_expects_success(lamina_runner):
            runner = lamina_runner(handler=example_handlers.always_fails)
            result = runner.run(input={})
            assert result.status == "SUCCEEDED", result.describe()
    """)
    outcome = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    outcome.assert_outcomes(failed=1)
    shown = outcome.stdout.str()
    assert ": FAILED" in shown and "StepFailed divide" in shown
    assert "ExecutionFailed" in shown and "division by zero" in shown


def test_runners_side_by_side_see_only_their_own_executions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLES))
    import example_handlers

    results = {}

    def run(name: str) -> None:
        with LaminaTestRunner(handler=example_handlers.wait_then_greet,
                              folder=tmp_path / name) as runner:
            result = runner.run(input={"name": name}, timeout=60)
            listed = runner.client.list_durable_executions_by_function(
                FunctionName=runner.function
            )["DurableExecutions"]
            results[name] = (result.result, [e["DurableExecutionArn"] for e in listed],
                             result.arn)

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    threads = [threading.Thread(target=run, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert results["a"][0] == "Hello, a!" and results["b"][0] == "Hello, b!"
    for _, listed, arn in results.values():
        assert listed == [arn], json.dumps(results)
