"""Time skipping: a virtual clock that jumps to the next timer whenever nothing runs, so a
year's wait, retry back-offs and a week's callback timeout pass at once, with histories
whose timestamps tell the time that passed."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import boto3
import pytest

from lamina import Lamina, Settings, StartRequest, wait_for_terminal
from lamina.clock import clock_notice

TEMPLATE = """
Globals:
  Function:
    CodeUri: code/
    Runtime: python3.11
    Timeout: 30
    DurableConfig: {ExecutionTimeout: 31622400, RetentionPeriodInDays: 1}
Resources:
  YearWait:
    Type: AWS::Serverless::Function
    Properties: {FunctionName: year-wait, Handler: app.year_wait}
  Retries:
    Type: AWS::Serverless::Function
    Properties: {FunctionName: retries, Handler: app.retries}
  Review:
    Type: AWS::Serverless::Function
    Properties: {FunctionName: review, Handler: app.review}
"""
HANDLERS = """
from aws_durable_execution_sdk_python import DurableContext, StepContext, durable_execution
from aws_durable_execution_sdk_python.config import (
    Duration, StepConfig, WaitForCallbackConfig,
)
from aws_durable_execution_sdk_python.exceptions import CallbackTimeoutError
from aws_durable_execution_sdk_python.retries import (
    JitterStrategy, RetryStrategyConfig, create_retry_strategy,
)


@durable_execution
def year_wait(event: dict, context: DurableContext) -> str:
    context.wait(Duration.from_days(365), name="a year")
    return context.step(lambda _: "a year later", name="after")


def flaky(step_context: StepContext) -> str:
    if step_context.attempt < 3:
        raise RuntimeError(f"attempt {step_context.attempt} fails")
    return f"succeeded on attempt {step_context.attempt}"


@durable_execution
def retries(event: dict, context: DurableContext) -> str:
    strategy = create_retry_strategy(RetryStrategyConfig(
        max_attempts=5, initial_delay=Duration.from_seconds(10), backoff_rate=2.0,
        jitter_strategy=JitterStrategy.NONE,
    ))
    return context.step(flaky, name="flaky", config=StepConfig(retry_strategy=strategy))


@durable_execution
def review(event: dict, context: DurableContext) -> str:
    try:
        return context.wait_for_callback(
            lambda callback_id, _: None, name="review",
            config=WaitForCallbackConfig(timeout=Duration.from_days(7)),
        )
    except CallbackTimeoutError:
        return "nobody answered in a week"
"""


def lamina(folder: Path, time_skip: bool = True, grace_s: float = 0.0) -> Lamina:
    """Lamina over `folder`'s database and handlers; nobody outside answers callbacks unless
    the test gives them a grace."""
    if not (folder / "template.yaml").exists():
        (folder / "code").mkdir()
        (folder / "code" / "app.py").write_text(HANDLERS)
        (folder / "template.yaml").write_text(TEMPLATE)
    return Lamina(Settings(
        database_url=f"sqlite:///{folder}/l.db", time_skip=time_skip,
        time_skip_grace_s=grace_s, templates=(folder / "template.yaml",),
    ))


@pytest.fixture
def app(tmp_path: Path) -> Lamina:
    return lamina(tmp_path)


def run_timed(app: Lamina, function: str) -> tuple[str, list[dict], float]:
    """Start Lamina, run one execution to its end: its result, history and real seconds."""
    with app:
        started = time.monotonic()
        result, events = run(app, function)
        return result, events, time.monotonic() - started


def run(app: Lamina, function: str) -> tuple[str, list[dict]]:
    arn = app.service.start_execution(StartRequest(function=function, payload="{}")).execution.arn
    done = wait_for_terminal(app.service, arn, 30)
    assert done.status == "SUCCEEDED", done.error
    events, _ = app.service.history(arn, limit=1000)
    return json.loads(done.result or "null"), events


def at(event: dict) -> float:
    return seconds(event["EventTimestamp"])


def seconds(timestamp: object) -> float:
    """A history timestamp (epoch seconds, or a datetime) in epoch seconds."""
    stamp = getattr(timestamp, "timestamp", None)
    return float(stamp()) if stamp else float(timestamp)  # type: ignore[arg-type]


def test_a_year_s_wait_passes_at_once_and_its_history_says_a_year(app: Lamina) -> None:
    result, events, took = run_timed(app, "year-wait")
    assert result == "a year later"
    assert took < 1
    [begun] = [e for e in events if e["EventType"] == "WaitStarted"]
    [ended] = [e for e in events if e["EventType"] == "WaitSucceeded"]
    scheduled = seconds(begun["WaitStartedDetails"]["ScheduledEndTimestamp"])
    assert scheduled - at(begun) == pytest.approx(365 * 86400, abs=2)
    assert at(ended) >= scheduled and at(ended) - scheduled < 5


def test_retry_back_offs_are_skipped_between_attempts(app: Lamina) -> None:
    result, events, took = run_timed(app, "retries")
    assert result == "succeeded on attempt 3"
    assert took < 5
    # Each attempt started when its back-off (10 s, then 20 s) had passed on the execution's
    # clock.
    failed = [e for e in events if e["EventType"] == "StepFailed"]
    started = [at(e) for e in events if e["EventType"] == "StepStarted"]
    assert len(failed) == 2 and len(started) == 3
    for failure, next_start in zip(failed, started[1:], strict=True):
        delay = failure["StepFailedDetails"]["RetryDetails"]["NextAttemptDelaySeconds"]
        assert next_start - at(failure) >= delay
    delays = [f["StepFailedDetails"]["RetryDetails"]["NextAttemptDelaySeconds"] for f in failed]
    assert delays == [10, 20]


def test_a_week_s_callback_timeout_passes_at_once(app: Lamina) -> None:
    result, events, took = run_timed(app, "review")
    assert result == "nobody answered in a week"
    assert took < 1
    [timed_out] = [e for e in events if e["EventType"] == "CallbackTimedOut"]
    [begun] = [e for e in events if e["EventType"] == "CallbackStarted"]
    assert at(timed_out) - at(begun) == pytest.approx(7 * 86400, abs=5)


def test_a_client_answering_over_the_api_gets_there_within_the_grace(tmp_path: Path) -> None:
    """With a grace (5 s), a waiting callback is answered from outside (boto3, polling the history
    as AWS's example suite does) before time skips past its week."""
    with lamina(tmp_path, grace_s=5.0) as app:
        client = boto3.client(
            "lambda", endpoint_url=app.serve_api(), region_name=app.settings.region,
            aws_access_key_id="test", aws_secret_access_key="test",
        )
        started = time.monotonic()
        arn = client.invoke(FunctionName="review", InvocationType="Event", Payload=b"{}")[
            "DurableExecutionArn"
        ]
        callback_id = None
        while callback_id is None and time.monotonic() - started < 10:
            events = client.get_durable_execution_history(DurableExecutionArn=arn)["Events"]
            callback_id = next((e["CallbackStartedDetails"]["CallbackId"] for e in events
                                if e["EventType"] == "CallbackStarted"), None)
            time.sleep(0.05)
        assert callback_id is not None
        client.send_durable_execution_callback_success(
            CallbackId=callback_id, Result=b"approved"
        )
        done = wait_for_terminal(app.service, arn, 10)
        assert app.service.clock.now_ms() - time.time() * 1000 < 60_000  # nothing skipped
    assert done.status == "SUCCEEDED" and json.loads(done.result or "null") == "approved"


def test_skipped_time_is_kept_so_the_clock_never_goes_back(tmp_path: Path) -> None:
    with lamina(tmp_path) as app:
        _, events = run(app, "year-wait")
    ended = at(events[-1])
    assert ended - time.time() > 364 * 86400
    # Restarted with time skipping, and without: the database's clock is still a year ahead,
    # so what it records next comes after what it recorded before.
    for time_skip in (True, False):
        with lamina(tmp_path, time_skip=time_skip) as app:
            assert app.service.clock.now_ms() / 1000 > ended
            assert re.search(r"\b36[45] d \d+ h\b", clock_notice(app.service.clock) or "")


def test_time_skipping_refuses_what_it_cannot_keep_consistent(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="one Lamina process"):
        Lamina(Settings(database_url="postgresql://localhost/x", time_skip=True))
    with pytest.raises(ValueError, match="one Lamina process"):
        Lamina(Settings(database_url=f"sqlite:///{tmp_path}/l.db", time_skip=True),
               roles=("worker",))
