"""The development loop: an edit to a template's function runs at its next invocation, and
executions in flight on $LATEST, which replay on the edited code, are warned of."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import pytest

from lamina import Lamina, Settings, StartRequest, wait_for_terminal

TEMPLATE = """
Resources:
  Edited:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: edited
      CodeUri: code/
      Handler: app.handler
      Runtime: python3.11
      DurableConfig: {ExecutionTimeout: 600, RetentionPeriodInDays: 1}
"""
HANDLER = """
from aws_durable_execution_sdk_python import DurableContext, durable_execution


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    answer = None
    if event.get("wait"):
        answer = context.wait_for_callback(lambda callback_id, _: None, name="approval")
    return {{"code": {code}, "answer": answer}}
"""


def write_code(folder: Path, code: int) -> None:
    path = folder / "code" / "app.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HANDLER.format(code=code))


def run(app: Lamina, payload: dict[str, object]) -> str:
    started = app.service.start_execution(
        StartRequest(function="edited", payload=json.dumps(payload))
    )
    return started.execution.arn


def result(app: Lamina, arn: str) -> dict[str, object]:
    done = wait_for_terminal(app.service, arn, 60)
    assert done.status == "SUCCEEDED", done.error
    value: dict[str, object] = json.loads(done.result or "null")
    return value


def waiting_callback(app: Lamina, arn: str) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for waiting in app.service.waiting_callbacks(None):
            if waiting.execution_arn == arn:
                return str(waiting.details["CallbackId"])
        time.sleep(0.05)
    raise AssertionError("no callback started")


def registered(app: Lamina) -> None:
    """Wait for the watch to register the edited folder."""
    before = app.service.functions.get("edited").revision_id
    deadline = time.monotonic() + 10
    while app.service.functions.get("edited").revision_id == before:
        assert time.monotonic() < deadline, "the edit was never registered"
        time.sleep(0.05)


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING
            and r.name == "lamina.functions"]


def test_an_edit_runs_next_and_warns_of_executions_in_flight(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "template.yaml").write_text(TEMPLATE)
    write_code(tmp_path, 1)
    settings = Settings(database_url=f"sqlite:///{tmp_path}/l.db", runtime="process",
                        templates=(tmp_path / "template.yaml",))
    with caplog.at_level(logging.INFO, logger="lamina.functions"), Lamina(settings) as app:
        assert result(app, run(app, {})) == {"code": 1, "answer": None}
        write_code(tmp_path, 2)  # nothing in flight: no warning
        registered(app)
        assert warnings_of(caplog) == []
        assert result(app, run(app, {})) == {"code": 2, "answer": None}

        waiting = run(app, {"wait": True})
        callback_id = waiting_callback(app, waiting)
        write_code(tmp_path, 3)
        registered(app)
        [warning] = warnings_of(caplog)
        assert "edited: the code in" in warning and waiting in warning
        assert "1 execution(s) in flight on $LATEST" in warning
        assert result(app, run(app, {})) == {"code": 3, "answer": None}

        # As warned: the execution that started on code 2 ends on code 3.
        app.service.succeed_callback(callback_id, b"yes")
        assert result(app, waiting) == {"code": 3, "answer": "yes"}
