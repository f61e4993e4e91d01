"""Judging histories, results and logs against the real requirement files."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lamina.conformance.matcher import (
    LogLine,
    Mismatch,
    match_history,
    match_logs,
    match_result,
)
from lamina.conformance.pinned import pinned_requirements
from lamina.conformance.requirements import Requirement, load_requirement

ARN = "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST/durable-execution/e/1"
STEP_ID = "c4ca4238a0b92382"


def requirement(suite: str, requirement_id: str) -> Requirement:
    return load_requirement(pinned_requirements() / suite / f"{requirement_id}.yaml")


def event(event_id: int, event_type: str, **members: Any) -> dict[str, Any]:
    return {
        "EventType": event_type,
        "EventId": event_id,
        "EventTimestamp": datetime(2026, 1, 1, tzinfo=UTC),
        **members,
    }


def step_event(event_id: int, event_type: str, details: dict[str, Any]) -> dict[str, Any]:
    members = {"Id": STEP_ID, "Name": "unreliable", "SubType": "Step"}
    return event(event_id, event_type, **members, **{f"{event_type}Details": details})


def invocation_completed(event_id: int) -> dict[str, Any]:
    details = {"StartTimestamp": 1, "EndTimestamp": 2, "RequestId": f"r{event_id}"}
    return event(event_id, "InvocationCompleted", InvocationCompletedDetails=details)


def retry_history() -> list[dict[str, Any]]:
    """What a correct service records for 1-11: fail, retry, succeed."""
    error = {"Payload": {"ErrorType": "ValueError", "ErrorMessage": "boom"}, "Truncated": False}
    result = {"Payload": '"Operation succeeded"', "Truncated": False}
    return [
        event(1, "ExecutionStarted", Id="exec", ExecutionStartedDetails={"Input": {}}),
        step_event(2, "StepStarted", {}),
        step_event(
            3,
            "StepFailed",
            {"Error": error, "RetryDetails": {"CurrentAttempt": 1, "NextAttemptDelaySeconds": 1}},
        ),
        invocation_completed(4),
        step_event(5, "StepStarted", {}),
        step_event(6, "StepSucceeded", {"Result": result, "RetryDetails": {"CurrentAttempt": 2}}),
        invocation_completed(7),
        event(8, "ExecutionSucceeded", ExecutionSucceededDetails={"Result": result}),
    ]


@pytest.fixture(scope="module")
def step_retry() -> Requirement:
    return requirement("step", "1-11")


def test_a_correct_retry_history_satisfies_1_11(step_retry: Requirement) -> None:
    bindings: dict[str, str] = {}
    assert match_history(step_retry.expected_history, retry_history(), bindings) is None
    assert bindings == {"ID1": STEP_ID}


def test_a_history_that_is_only_a_prefix_fails(step_retry: Requirement) -> None:
    mismatch = match_history(step_retry.expected_history, retry_history()[:5])
    assert mismatch == Mismatch(
        "EventId 6", step_retry.expected_history[4], None, "no such actual event"
    )


def test_a_key_expected_as_wildcard_must_still_exist(step_retry: Requirement) -> None:
    history = retry_history()
    del history[2]["StepFailedDetails"]["RetryDetails"]["NextAttemptDelaySeconds"]
    mismatch = match_history(step_retry.expected_history, history)
    assert mismatch is not None
    assert (
        mismatch.path
        == "event 3 (EventId 3).StepFailedDetails.RetryDetails.NextAttemptDelaySeconds"
    )
    assert mismatch.reason == "key missing in actual event"


def test_a_key_expected_as_empty_object_must_exist_and_be_an_object(
    step_retry: Requirement,
) -> None:
    history = retry_history()
    del history[1]["StepStartedDetails"]
    missing = match_history(step_retry.expected_history, history)
    assert missing is not None and missing.path == "event 2 (EventId 2).StepStartedDetails"
    history = retry_history()
    history[5]["StepSucceededDetails"]["Result"] = '"Operation succeeded"'
    not_object = match_history(step_retry.expected_history, history)
    assert not_object is not None
    assert not_object.path == "event 6 (EventId 6).StepSucceededDetails.Result"
    assert not_object.reason == "expected an object"


def test_a_binder_must_keep_its_first_value(step_retry: Requirement) -> None:
    history = retry_history()
    history[4]["Id"] = "another-operation"
    mismatch = match_history(step_retry.expected_history, history)
    assert mismatch == Mismatch(
        "event 5 (EventId 5).Id", STEP_ID, "another-operation", "${ID1} was bound to another value"
    )


def test_a_binder_only_binds_strings(step_retry: Requirement) -> None:
    history = retry_history()
    history[1]["Id"] = None
    mismatch = match_history(step_retry.expected_history, history)
    assert mismatch is not None and mismatch.reason == "a placeholder binds only strings"


def test_events_are_found_by_event_id_not_by_position(step_retry: Requirement) -> None:
    reordered = list(reversed(retry_history()))
    assert match_history(step_retry.expected_history, reordered) is None
    shifted = [event | {"EventId": event["EventId"] + 1} for event in retry_history()]
    mismatch = match_history(step_retry.expected_history, shifted)
    assert mismatch is not None
    assert mismatch.path == "event 1 (EventId 2).EventType"
    assert (mismatch.expected, mismatch.actual) == ("StepStarted", "ExecutionStarted")


def test_a_repeated_event_id_is_reported(step_retry: Requirement) -> None:
    history = retry_history()
    history[3]["EventId"] = 3
    mismatch = match_history(step_retry.expected_history, history)
    assert mismatch is not None and mismatch.reason == "EventId repeated in actual history"


def test_numbers_compare_by_type_and_value(step_retry: Requirement) -> None:
    history = retry_history()
    history[2]["StepFailedDetails"]["RetryDetails"]["CurrentAttempt"] = 2
    wrong = match_history(step_retry.expected_history, history)
    assert wrong is not None
    assert wrong.path == "event 3 (EventId 3).StepFailedDetails.RetryDetails.CurrentAttempt"
    assert (wrong.expected, wrong.actual) == (1, 2)
    history[2]["StepFailedDetails"]["RetryDetails"]["CurrentAttempt"] = True
    assert match_history(step_retry.expected_history, history) is not None
    history[2]["StepFailedDetails"]["RetryDetails"]["CurrentAttempt"] = "1"
    assert match_history(step_retry.expected_history, history) is not None
    history[2]["StepFailedDetails"]["RetryDetails"]["CurrentAttempt"] = 1.0
    assert match_history(step_retry.expected_history, history) is None


def test_extra_events_and_extra_keys_are_ignored(step_retry: Requirement) -> None:
    history = retry_history()
    history[1]["Unexpected"] = {"deep": [1, 2]}
    history.append(event(9, "ExecutionStopped"))
    assert match_history(step_retry.expected_history, history) is None


def test_lists_compare_element_wise_with_equal_length() -> None:
    expected = [{"EventId": 1, "Tags": ["a", "${T}"]}]
    assert match_history(expected, [{"EventId": 1, "Tags": ["a", "b"]}]) is None
    longer = match_history(expected, [{"EventId": 1, "Tags": ["a", "b", "c"]}])
    assert longer == Mismatch("event 1 (EventId 1).Tags", 2, 3, "list length differs")
    wrong = match_history(expected, [{"EventId": 1, "Tags": ["x", "b"]}])
    assert wrong is not None and wrong.path == "event 1 (EventId 1).Tags[0]"


def test_regex_form_searches_the_actual_value_even_a_number() -> None:
    retry = requirement("step", "1-13")
    expected = [e for e in retry.expected_history if e["EventId"] == 3]
    actual = copy.deepcopy(expected)
    actual[0].update(Id="op", EventTimestamp="t")
    actual[0]["StepFailedDetails"] = {
        "Error": {"Payload": {"ErrorType": "E"}},
        "RetryDetails": {"CurrentAttempt": 1, "NextAttemptDelaySeconds": 4},
    }
    assert match_history(expected, actual) is None
    actual[0]["StepFailedDetails"]["RetryDetails"]["NextAttemptDelaySeconds"] = 7
    mismatch = match_history(expected, actual)
    assert mismatch is not None and mismatch.reason == "regex does not match"


def test_variables_seeded_into_bindings_are_substituted_in_literals() -> None:
    child = requirement("child", "3-17")
    expected = [e for e in child.expected_history if e["EventId"] == 3]
    actual = [
        event(
            3,
            "ContextSucceeded",
            Id="ctx",
            Name="child",
            SubType="RunInChildContext",
            ContextSucceededDetails={"Result": {"Payload": '"abc12345"', "Truncated": False}},
        )
    ]
    assert match_history(expected, actual, {"INPUT_1": "abc12345"}) is None
    mismatch = match_history(expected, actual, {"INPUT_1": "zzz"})
    assert mismatch is not None and mismatch.expected == '"zzz"'
    unbound = match_history(expected, actual, {})
    assert unbound is not None and "${INPUT_1}" in unbound.reason


def test_bindings_are_shared_across_events_and_left_for_the_caller() -> None:
    expected = [{"EventId": 2, "Id": "${CB}"}, {"EventId": 3, "ParentId": "${CB}"}]
    bindings: dict[str, str] = {}
    assert (
        match_history(
            expected, [{"EventId": 2, "Id": "a"}, {"EventId": 3, "ParentId": "a"}], bindings
        )
        is None
    )
    assert bindings == {"CB": "a"}
    mismatch = match_history(expected, [{"EventId": 2, "Id": "a"}, {"EventId": 3, "ParentId": "b"}])
    assert mismatch is not None and mismatch.path == "event 2 (EventId 3).ParentId"


def test_mismatch_text_names_path_and_values() -> None:
    text = str(Mismatch("event 3 (EventId 3).X", 1, 2, "different value"))
    assert text == "event 3 (EventId 3).X: different value (expected 1, got 2)"


# --- results ------------------------------------------------------------------------------


def test_result_status_and_json_decoded_value() -> None:
    expected = requirement("step", "1-11").expected_result
    assert expected is not None
    assert match_result(expected, "SUCCEEDED", '"Operation succeeded"') is None
    status = match_result(expected, "FAILED", None)
    assert status == Mismatch(
        "ExpectedResult.ExecutionStatus", "SUCCEEDED", "FAILED", "other status"
    )
    value = match_result(expected, "SUCCEEDED", '"Operation failed"')
    assert value is not None and value.path == "ExpectedResult.Result"
    not_json = match_result(expected, "SUCCEEDED", "Operation succeeded")
    assert not_json is not None and not_json.reason == "result is not JSON text"


def test_result_absent_from_the_expectation_is_not_checked() -> None:
    expected = requirement("callback", "4-6").expected_result
    assert expected == {"ExecutionStatus": "FAILED"}
    assert match_result(expected, "FAILED", '{"anything": 1}') is None


def test_structured_results_compare_exactly_with_variables() -> None:
    serdes = requirement("callback", "4-16").expected_result
    assert serdes is not None
    assert match_result(serdes, "SUCCEEDED", '{"doubled": 84, "count": 42}') is None
    extra = match_result(serdes, "SUCCEEDED", '{"doubled": 84, "count": 42, "x": 0}')
    assert extra is not None and (extra.path, extra.reason) == (
        "ExpectedResult.Result.x",
        "unexpected key",
    )
    wrong = match_result(serdes, "SUCCEEDED", '{"doubled": 84, "count": "42"}')
    assert wrong is not None and wrong.path == "ExpectedResult.Result.count"
    echo = requirement("child", "3-17").expected_result
    assert echo is not None
    assert match_result(echo, "SUCCEEDED", '"abcdefgh"', {"INPUT_1": "abcdefgh"}) is None
    assert match_result(echo, "SUCCEEDED", '"abcdefgh"', {"INPUT_1": "other"}) is not None


def test_null_result_matches_a_missing_result() -> None:
    assert match_result({"ExecutionStatus": "SUCCEEDED", "Result": None}, "SUCCEEDED", None) is None
    assert (
        match_result({"ExecutionStatus": "SUCCEEDED", "Result": None}, "SUCCEEDED", "null") is None
    )
    assert match_result({"Result": []}, "SUCCEEDED", None) is not None


# --- logs ---------------------------------------------------------------------------------


def lines(*messages: str | dict[str, Any], timestamps: list[int] | None = None) -> list[LogLine]:
    stamps = timestamps or [1000 + index for index in range(len(messages))]
    return [
        LogLine(stamp, index, message if isinstance(message, str) else json.dumps(message))
        for index, (stamp, message) in enumerate(zip(stamps, messages, strict=True))
    ]


def lambda_log(message: str, level: str = "INFO") -> dict[str, Any]:
    return {"timestamp": "t", "level": level, "message": message, "executionArn": ARN}


def test_context_logger_lines_satisfy_1_7() -> None:
    logs = requirement("step", "1-7").expected_logs
    captured = lines(
        lambda_log("Greeting step started for: abc12345"),
        "START RequestId: 1",
        lambda_log("Greeting step completed with: Hello, abc12345!"),
    )
    assert match_logs(logs, captured, {"INPUT_1": "abc12345"}) is None
    with_error = [*captured, *lines("[ERROR] something broke", timestamps=[2000])]
    mismatch = match_logs(logs, with_error, {"INPUT_1": "abc12345"})
    assert mismatch == Mismatch("ExpectedLogs[2].count", 0, 1, "wrong number of lines")


def test_exact_count_catches_a_re_executed_step() -> None:
    logs = requirement("step", "1-17").expected_logs
    once = lines(lambda_log("input abc12345"))
    assert match_logs(logs, once, {"INPUT_1": "abc12345"}) is None
    twice = lines(lambda_log("input abc12345"), lambda_log("again abc12345"))
    mismatch = match_logs(logs, twice, {"INPUT_1": "abc12345"})
    assert mismatch is not None and (mismatch.expected, mismatch.actual) == (1, 2)
    retried = requirement("step", "1-18").expected_logs
    assert match_logs(retried, twice, {"INPUT_1": "abc12345"}) is None
    assert match_logs(retried, once, {"INPUT_1": "abc12345"}) is not None


def test_non_json_lines_expose_only_their_message() -> None:
    logs = [{"match": {"message": "plain text"}, "count": 1}]
    assert match_logs(logs, lines("  plain text  ")) is None
    assert match_logs([{"match": {"level": "INFO"}, "count": 0}], lines("INFO plain")) is None
    assert match_logs(logs, lines("{not json} plain text")) is not None


def test_substituted_values_are_literal_inside_log_regexes() -> None:
    logs = [{"match": {"message": "/value ${V}/"}, "count": 1}]
    assert match_logs(logs, lines("value a.c"), {"V": "a.c"}) is None
    assert match_logs(logs, lines("value abc"), {"V": "a.c"}) is not None


def plugin_record(hook: str, **fields: Any) -> dict[str, Any]:
    return {"plugin": "CONFPLUGIN", "hook": hook, "durableExecutionArn": ARN, **fields}


def test_plugin_hooks_in_order_satisfy_10_1() -> None:
    logs = requirement("plugin", "10-1").expected_logs
    captured = lines(
        plugin_record("invocation-start", first=True),
        lambda_log("Greeting step running for: abc12345"),
        plugin_record("invocation-end", status="SUCCEEDED"),
    )
    assert match_logs(logs, captured, {"INPUT_1": "abc12345"}) is None


def test_after_anchors_reject_lines_out_of_order() -> None:
    logs = requirement("plugin", "10-1").expected_logs
    captured = lines(
        lambda_log("Greeting step running for: abc12345"),
        plugin_record("invocation-start", first=True),
        plugin_record("invocation-end", status="SUCCEEDED"),
    )
    mismatch = match_logs(logs, captured, {"INPUT_1": "abc12345"})
    assert mismatch is not None
    assert (mismatch.path, mismatch.reason) == (
        "ExpectedLogs[1].after[0]",
        "a matched line comes before it",
    )


def test_sequence_orders_lines_with_the_same_timestamp() -> None:
    logs = requirement("plugin", "10-1").expected_logs
    start = plugin_record("invocation-start", first=True)
    body = lambda_log("Greeting step running for: abc12345")
    end = plugin_record("invocation-end", status="SUCCEEDED")
    in_order = [
        LogLine(5, 3, json.dumps(end)),
        LogLine(5, 1, json.dumps(start)),
        LogLine(5, 2, json.dumps(body)),
    ]
    assert match_logs(logs, in_order, {"INPUT_1": "abc12345"}) is None
    swapped = [
        LogLine(5, 1, json.dumps(body)),
        LogLine(5, 2, json.dumps(start)),
        LogLine(5, 3, json.dumps(end)),
    ]
    assert match_logs(logs, swapped, {"INPUT_1": "abc12345"}) is not None


def test_booleans_in_log_fields_are_not_numbers() -> None:
    logs = requirement("plugin", "10-6").expected_logs
    good = lines(
        plugin_record("invocation-start", first=True),
        plugin_record("invocation-start", first=False),
        plugin_record("invocation-end", status="SUCCEEDED"),
    )
    assert match_logs(logs, good) is None
    numeric = lines(
        plugin_record("invocation-start", first=1),
        plugin_record("invocation-start", first=0),
        plugin_record("invocation-end", status="SUCCEEDED"),
    )
    assert match_logs(logs, numeric) == Mismatch(
        "ExpectedLogs[0].count", 1, 0, "wrong number of lines"
    )


def test_an_anchor_that_matches_nothing_fails() -> None:
    logs = [{"match": {"message": "b"}, "min_count": 0, "before": {"message": "never"}}]
    mismatch = match_logs(logs, lines("b"))
    assert mismatch is not None and mismatch.reason == "anchor matches no log line"
    assert (
        match_logs([{"match": {"message": "b"}, "before": [{"message": "c"}]}], lines("b", "c"))
        is None
    )
    assert (
        match_logs([{"match": {"message": "b"}, "before": [{"message": "c"}]}], lines("c", "b"))
        is not None
    )


def test_history_bindings_reach_the_log_matchers() -> None:
    logs = requirement("plugin", "10-2").expected_logs
    captured = lines(
        plugin_record("operation-start", op=STEP_ID),
        plugin_record("operation-end", op=STEP_ID, status="SUCCEEDED"),
    )
    assert match_logs(logs, captured, {"ID1": STEP_ID}) is None
    assert match_logs(logs, captured, {"ID1": "other"}) is not None
    unbound = match_logs(logs, captured)
    assert unbound is not None and "${ID1}" in unbound.reason


@pytest.mark.parametrize(
    ("bounds", "found", "path"),
    [
        ({}, 0, "ExpectedLogs[0].min_count"),
        ({"min_count": 2}, 1, "ExpectedLogs[0].min_count"),
        ({"max_count": 1}, 2, "ExpectedLogs[0].max_count"),
        ({"min_count": 1, "max_count": 2}, 3, "ExpectedLogs[0].max_count"),
    ],
)
def test_count_bounds(bounds: dict[str, int], found: int, path: str) -> None:
    logs = [{"match": {"message": "/x/"}, **bounds}]
    mismatch = match_logs(logs, lines(*["x"] * found))
    assert mismatch is not None and mismatch.path == path
    assert match_logs(logs, lines(*["x"] * (found + (1 if found < 2 else -1)))) is None


def test_malformed_log_entries_are_reported() -> None:
    assert match_logs([{"count": 1}], lines("x")) is not None
    assert match_logs([{"match": {"message": "x"}, "count": "one"}], lines("x")) is not None
    assert match_logs([{"match": {"message": "/(/"}}], lines("x")) is not None


# --- property -----------------------------------------------------------------------------

TEXT = st.text(alphabet="abcXYZ019 -_.:", max_size=6)
SCALARS = st.none() | st.booleans() | st.integers(-5, 5) | TEXT
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=12,
)
EVENTS = st.lists(st.dictionaries(TEXT, VALUES, max_size=5), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(events=EVENTS, choices=st.randoms(use_true_random=False))
def test_a_history_matches_any_expectation_derived_from_it(
    events: list[dict[str, Any]], choices: Any
) -> None:
    history = [{**members, "EventId": number} for number, members in enumerate(events, start=1)]
    expected = derive_history(history, choices)
    assert match_history(expected, list(reversed(history))) is None


@settings(max_examples=100, deadline=None)
@given(events=EVENTS, choices=st.randoms(use_true_random=False))
def test_a_derived_expectation_with_one_key_too_many_fails(
    events: list[dict[str, Any]], choices: Any
) -> None:
    history = [{**members, "EventId": number} for number, members in enumerate(events, start=1)]
    expected = derive_history(history, choices) + [{"EventId": 1, "NotEmitted": "*"}]
    mismatch = match_history(expected, history)
    assert mismatch is not None and mismatch.path == "event 1 (EventId 1).NotEmitted"


def derive_history(history: list[dict[str, Any]], choices: Any) -> list[dict[str, Any]]:
    """Expectations for some of the events, looked up by their EventId."""
    names: dict[str, str] = {}
    expected = []
    for actual_event in history:
        if choices.random() < 0.25:
            continue
        members = {
            key: derive(value, choices, names)
            for key, value in actual_event.items()
            if key != "EventId" and choices.random() < 0.8
        }
        expected.append({"EventId": actual_event["EventId"], **members})
    return expected


def derive(value: Any, choices: Any, names: dict[str, str]) -> Any:
    """An expectation `value` satisfies: parts replaced by '*' or binders, keys dropped."""
    roll = choices.random()
    if roll < 0.15:
        return "*"
    if isinstance(value, str) and roll < 0.5:
        return "${" + names.setdefault(value, f"B{len(names)}") + "}"
    if isinstance(value, dict):
        return {
            key: derive(item, choices, names)
            for key, item in value.items()
            if choices.random() < 0.8
        }
    if isinstance(value, list):
        return [derive(item, choices, names) for item in value]
    return value
