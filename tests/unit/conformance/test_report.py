"""Rendering verdicts for a terminal, for scripts and for CI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from lamina.conformance.report import (
    Verdict,
    parse_json_report,
    render_console,
    render_json,
    render_junit,
)

ARN = "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST/durable-execution/e/1"


@pytest.fixture
def verdicts() -> list[Verdict]:
    history = [{"EventId": 1, "EventType": "ExecutionStarted", "EventTimestamp": "2026-01-01"}]
    return [
        Verdict(
            "1-1",
            "step",
            "Basic step",
            "PASSED",
            "",
            {"INPUT_1": "abc"},
            ARN,
            "SUCCEEDED",
            '"x"',
            history,
            1.5,
        ),
        Verdict(
            "1-11",
            "step",
            "Step with retry (fails then succeeds)",
            "FAILED",
            "event 3 (EventId 3).StepFailedDetails.RetryDetails.CurrentAttempt: different value "
            "(expected 1, got 2)",
            {},
            ARN,
            "SUCCEEDED",
            '"Operation succeeded"',
            history,
            4.25,
        ),
        Verdict(
            "1-7", "step", "Step with context logger", "UNCOVERED", "no handler", optional=True
        ),
        Verdict(
            "4-1", "callback", "Create callback", "NOT_IMPLEMENTED", "callbacks are not served"
        ),
    ]


def test_console_lists_every_verdict_and_counts(verdicts: list[Verdict]) -> None:
    text = render_console(verdicts)
    rows = text.splitlines()
    assert any(row.startswith("1-11") and "FAILED" in row for row in rows)
    assert any("CurrentAttempt" in row for row in rows)
    assert any(row.startswith("1-7") and "(optional)" in row for row in rows)
    step = next(row for row in rows if row.startswith("step "))
    assert step.split()[1:] == ["1", "1", "0", "1", "3"]
    callback = next(row for row in rows if row.startswith("callback "))
    assert callback.split()[1:] == ["0", "0", "1", "0", "1"]
    total = next(row for row in rows if row.startswith("TOTAL"))
    assert total.split()[1:] == ["1", "1", "1", "1", "4"]


def test_console_shortens_long_details_to_one_line() -> None:
    long = Verdict("2-1", "wait", "Wait", "FAILED", "line one\nline two " + "x" * 500)
    detail_rows = [row for row in render_console([long]).splitlines() if "└" in row]
    assert len(detail_rows) == 1 and len(detail_rows[0]) < 120
    assert "line one line two" in detail_rows[0]


def test_json_has_counts_and_every_field(verdicts: list[Verdict]) -> None:
    document = json.loads(render_json(verdicts))
    assert document["totals"] == {
        "PASSED": 1,
        "FAILED": 1,
        "NOT_IMPLEMENTED": 1,
        "UNCOVERED": 1,
        "total": 4,
    }
    assert document["suites"]["step"]["total"] == 3
    failed = document["requirements"][1]
    assert failed["requirement_id"] == "1-11" and failed["execution_arn"] == ARN
    assert failed["result_text"] == '"Operation succeeded"'
    assert failed["history"][0]["EventType"] == "ExecutionStarted"


def test_json_round_trips_so_a_verdict_can_be_judged_again(verdicts: list[Verdict]) -> None:
    assert parse_json_report(render_json(verdicts)) == verdicts


def test_json_renders_boto3_timestamps_as_iso_text() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    verdict = Verdict("1-1", "step", "d", "PASSED", "", history=[{"EventTimestamp": moment}])
    document = json.loads(render_json([verdict]))
    assert (
        document["requirements"][0]["history"][0]["EventTimestamp"] == "2026-01-02T03:04:05+00:00"
    )


def test_junit_is_valid_xml_with_failures_and_skips(verdicts: list[Verdict]) -> None:
    root = ET.fromstring(render_junit(verdicts))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("4", "1", "2")
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == {"step", "callback"}
    assert (suites["step"].get("tests"), suites["step"].get("failures")) == ("3", "1")
    cases = {case.get("name", "").split()[0]: case for case in root.iter("testcase")}
    assert list(cases["1-1"]) == []
    failure = cases["1-11"].find("failure")
    assert failure is not None and "CurrentAttempt" in (failure.get("message") or "")
    assert ARN in (failure.text or "")
    skipped = cases["4-1"].find("skipped")
    assert (
        skipped is not None
        and skipped.get("message") == "NOT_IMPLEMENTED: callbacks are not served"
    )
    uncovered = cases["1-7"].find("skipped")
    assert uncovered is not None and (uncovered.get("message") or "").startswith("UNCOVERED")
    assert cases["1-11"].get("classname") == "conformance.step"
    assert cases["1-11"].get("time") == "4.250"


def test_junit_stays_parseable_with_control_characters_in_payloads() -> None:
    broken = Verdict("1-2", "step", "d\x01", "FAILED", "got '\x00\x1b[31m'", result_text="\x07")
    root = ET.fromstring(render_junit([broken]))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and "[31m" in (failure.text or "")
