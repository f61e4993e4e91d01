"""The pipeline when things go wrong: a downstream that is down, documents it cannot read."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from pipeline_harness import Pipeline, running_pipeline
from pypdf import PdfWriter
from test_pipeline_e2e import NORTHWIND, review_packet, write
from webhook_server import WebhookServer

FIFTY_MB = 50 * 1024 * 1024


def wait_for_event(pipeline: Pipeline, arn: str, event_type: str, name: str,
                   timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if name in pipeline.operations(arn, event_type):
            return
        time.sleep(0.1)
    raise AssertionError(f"no {event_type} {name!r} within {timeout} s: {pipeline.describe(arn)}")


def test_a_webhook_that_is_down_delays_the_action_which_then_runs_once(tmp_path: Path) -> None:
    hooks = WebhookServer().start()
    hooks.down()
    try:
        parameters = {"WebhookUrl": hooks.url, "ActionBackoffSeconds": "1"}
        with running_pipeline(tmp_path / "lamina", parameters) as pipeline:
            text = NORTHWIND.replace("NW-88213", "NW-90001")
            arn = pipeline.submit(write(tmp_path, "nw-90001.txt", text))
            wait_for_event(pipeline, arn, "ChainedInvokeFailed", "act")
            assert hooks.count == 0
            hooks.up()
            # The backoff is a durable wait on Lamina's clock: skip it instead of sleeping.
            pipeline.advance(600)
            result = pipeline.finish(arn)
            started = pipeline.operations(arn, "ChainedInvokeStarted")
            filed = list((pipeline.data / "archive").rglob("nw-90001.txt"))
    finally:
        hooks.stop()
    assert result["outcome"] == "approved", result
    assert hooks.count == 1, hooks.bodies()
    assert started[:3] == ["classify", "enrich", "decide"], started
    assert started[3] == "act" and len(started) >= 5, started
    assert all(name.startswith("act (attempt ") for name in started[4:]), started
    assert len(filed) == 1 and filed[0].read_text() == text


def encrypted_pdf(path: Path) -> str:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt("secret")
    with path.open("wb") as handle:
        writer.write(handle)
    return "encrypted"


def corrupt_pdf(path: Path) -> str:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    whole = buffer.getvalue()
    path.write_bytes(whole[: len(whole) // 3])
    return "corrupt"


def empty_file(path: Path) -> str:
    path.write_bytes(b"")
    return "empty"


def huge_file(path: Path) -> str:
    with path.open("wb") as handle:
        handle.write(b"INVOICE 77\nTotal due 10.00 EUR\n")
        handle.truncate(FIFTY_MB)
    return "too large"


def binary_text(path: Path) -> str:
    path.write_bytes(os.urandom(4096))
    return "binary"


def attachment_only_mail(path: Path) -> str:
    message = EmailMessage()
    message["From"] = "billing@example.com"
    message["To"] = "ap@example.com"
    message["Subject"] = "Documents"
    message.add_attachment(os.urandom(512), maintype="application", subtype="octet-stream",
                           filename="scan.bin")
    path.write_bytes(bytes(message))
    return "no text body"


BAD_INPUTS: dict[str, Callable[[Path], str]] = {
    "locked.pdf": encrypted_pdf,
    "truncated.pdf": corrupt_pdf,
    "empty.txt": empty_file,
    "huge.txt": huge_file,
    "noise.txt": binary_text,
    "attachment-only.eml": attachment_only_mail,
}


def test_unreadable_documents_are_rejected_or_escalated_with_the_problem_named(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    problems = {name: make(inputs / name) for name, make in BAD_INPUTS.items()}
    with running_pipeline(tmp_path / "lamina") as pipeline:
        arns = {name: pipeline.submit(inputs / name) for name in BAD_INPUTS}
        good_text = NORTHWIND.replace("NW-88213", "NW-90002")
        good = pipeline.submit(write(inputs, "nw-90002.txt", good_text))
        seen = {name: settle(pipeline, arn) for name, arn in arns.items()}
        results = {name: pipeline.finish(arn) for name, arn in arns.items()}
        good_result = pipeline.finish(good)
    assert good_result["outcome"] == "approved", good_result
    for name, (how, reasons) in seen.items():
        assert any(problems[name] in reason.lower() for reason in reasons), (name, how, reasons)
        assert results[name]["outcome"] == "rejected", (name, results[name])


def settle(pipeline: Pipeline, arn: str) -> tuple[str, list[str]]:
    """Rejected at once, or escalated and then rejected by a person; with the reasons given."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        events = pipeline.history(arn)
        kinds = {event["EventType"] for event in events}
        if "CallbackStarted" in kinds:
            packet = review_packet(pipeline, arn)
            pipeline.answer(pipeline.callback_id(arn), "reject", "unreadable")
            reasons = [*packet["reasons"], *packet["document"]["problems"]]
            return "escalated", [str(reason) for reason in reasons]
        if "ExecutionSucceeded" in kinds:
            result: dict[str, Any] = pipeline.finish(arn)
            return "rejected", [str(reason) for reason in result["reasons"]]
        if kinds & {"ExecutionFailed", "ExecutionTimedOut", "ExecutionStopped"}:
            raise AssertionError(f"the execution did not succeed: {pipeline.describe(arn)}")
        time.sleep(0.2)
    raise AssertionError(f"neither rejected nor escalated: {pipeline.describe(arn)}")
