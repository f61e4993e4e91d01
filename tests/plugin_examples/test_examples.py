"""Tests of example_handlers.py as a user writes them, with only the `lamina_runner` fixture
that `pip install lamina` brings. tests/test_testing_plugin.py runs this file with pytest,
with time skipping (the default) and with --lamina-real-time, and compares the durations."""

from __future__ import annotations

import example_handlers as handlers


def test_a_wait_then_a_step(lamina_runner):
    runner = lamina_runner(handler=handlers.wait_then_greet)
    result = runner.run(input={"name": "Ada"}, timeout=60)
    assert result.status == "SUCCEEDED", result.describe()
    assert result.result == "Hello, Ada!"
    assert result.get_wait("pause").status == "SUCCEEDED"
    assert result.get_step("greet").result == "Hello, Ada!"


def test_retries_back_off_then_succeed(lamina_runner):
    runner = lamina_runner(handler=handlers.call_flaky_api)
    result = runner.run(input={}, timeout=60)
    assert result.status == "SUCCEEDED", result.describe()
    assert result.result == {"attempts": 3}
    failures = [e for e in result.history if e["EventType"] == "StepFailed"]
    assert [f["StepFailedDetails"]["RetryDetails"]["NextAttemptDelaySeconds"]
            for f in failures] == [2, 4]


def test_a_callback_nobody_answers_times_out(lamina_runner):
    runner = lamina_runner(handler=handlers.approval)
    result = runner.run(input={"timeout": 10}, timeout=60)
    assert result.status == "SUCCEEDED", result.describe()
    assert result.result == "expired"


def test_a_callback_answered_in_time(lamina_runner):
    runner = lamina_runner(handler=handlers.approval)
    execution = runner.start(input={"timeout": 60})
    callback_id = execution.wait_for_callback("approval")
    execution.send_callback_success(callback_id, "Grace")
    result = execution.result(timeout=60)
    assert result.status == "SUCCEEDED", result.describe()
    assert result.result == "approved by Grace"


def test_a_failure_is_reported_with_its_error(lamina_runner):
    runner = lamina_runner(handler=handlers.always_fails)
    result = runner.run(input={}, timeout=60)
    assert result.status == "FAILED"
    assert result.error["ErrorMessage"] == "division by zero", result.describe()
    assert result.get_step("divide").status == "FAILED"
