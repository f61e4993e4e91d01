"""Loading AWS's requirement files and preparing what the runner sends."""

from __future__ import annotations

import json
import random
import string
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from lamina.conformance.requirements import (
    Requirement,
    RequirementError,
    generate_variables,
    invoke_payload,
    load_requirement,
    load_requirements,
    substitute,
)

SUITE_COUNTS = {
    "step": 20,
    "wait": 5,
    "child": 18,
    "callback": 19,
    "invoke": 16,
    "wait_for_condition": 13,
    "wait_for_callback": 15,
    "parallel": 22,
    "map": 20,
    "plugin": 7,
}


@pytest.fixture(scope="module")
def everything(requirements_dir: Path) -> dict[str, Requirement]:
    return {requirement.id: requirement for requirement in load_requirements(requirements_dir)}


def test_all_155_requirements_load_with_their_suites(everything: dict[str, Requirement]) -> None:
    assert len(everything) == 155
    assert Counter(r.suite for r in everything.values()) == SUITE_COUNTS


def test_requirements_are_ordered_by_suite_then_number(requirements_dir: Path) -> None:
    ids = [requirement.id for requirement in load_requirements(requirements_dir)]
    assert ids[:3] == ["1-1", "1-2", "1-3"]
    assert ids.index("1-9") < ids.index("1-10") < ids.index("2-1")
    assert ids.index("9-20") < ids.index("10-1")
    assert ids[-1] == "10-7"


def test_suites_filter_keeps_only_the_named_suites(requirements_dir: Path) -> None:
    loaded = load_requirements(requirements_dir, suites={"wait", "plugin"})
    assert [r.id for r in loaded] == [f"2-{n}" for n in range(1, 6)] + [
        f"10-{n}" for n in range(1, 8)
    ]


def test_an_unknown_suite_name_is_an_error_not_an_empty_run(requirements_dir: Path) -> None:
    with pytest.raises(RequirementError, match="unknown suites"):
        load_requirements(requirements_dir, suites={"steps"})


def test_step_retry_requirement_fields(
    everything: dict[str, Requirement], requirements_dir: Path
) -> None:
    retry = everything["1-11"]
    assert retry.suite == "step"
    assert retry.description == "Step with retry (fails then succeeds)"
    assert retry.path == requirements_dir / "step" / "1-11.yaml"
    assert "fails on the first attempt" in retry.handler_prose
    assert retry.input is None
    assert retry.variables == {}
    assert retry.expected_result == {
        "ExecutionStatus": "SUCCEEDED",
        "Result": "Operation succeeded",
    }
    assert [event["EventId"] for event in retry.expected_history] == [2, 3, 4, 5, 6, 7]
    assert retry.expected_logs == []
    assert retry.callback_actions == []
    assert not retry.async_invoke
    assert not retry.optional


def test_only_1_7_is_optional(everything: dict[str, Requirement]) -> None:
    assert [r.id for r in everything.values() if r.optional] == ["1-7"]


def test_async_requirements_match_the_protocol_table(everything: dict[str, Requirement]) -> None:
    asynchronous = Counter(r.suite for r in everything.values() if r.async_invoke)
    assert asynchronous == {
        "wait": 2,
        "callback": 19,
        "invoke": 16,
        "wait_for_callback": 15,
        "parallel": 1,
    }


def test_expected_logs_are_loaded_for_the_twelve_log_requirements(
    everything: dict[str, Requirement],
) -> None:
    with_logs = sorted(r.id for r in everything.values() if r.expected_logs)
    assert with_logs == sorted(
        ["1-7", "1-17", "1-18", "3-11", "3-17"] + [f"10-{n}" for n in range(1, 8)]
    )
    assert everything["10-1"].expected_logs[1]["after"] == [
        {"plugin": "CONFPLUGIN", "hook": "invocation-start", "first": True}
    ]


def test_wait_requirements_without_expected_result(everything: dict[str, Requirement]) -> None:
    assert [r.id for r in everything.values() if r.expected_result is None] == ["2-4", "2-5"]


def test_default_retry_parameters_are_kept_for_the_handler(
    everything: dict[str, Requirement],
) -> None:
    assert everything["1-13"].default_retry_parameters == {
        "MaxAttempts": 6,
        "InitialDelay": "5s",
        "MaxDelay": "60s",
        "BackoffRate": 2,
        "Jitter": "FULL",
    }


def test_success_action_with_payload_and_delay(everything: dict[str, Requirement]) -> None:
    (action,) = everything["4-12"].callback_actions
    assert (action.name, action.operation, action.payload) == (
        "${CB_NAME}",
        "success",
        "${CB_PAYLOAD}",
    )
    assert action.delay_seconds == 1.0
    resolved = action.resolve({"CB_NAME": "abc", "CB_PAYLOAD": "xyz"})
    assert (resolved.name, resolved.payload) == ("abc", "xyz")
    assert resolved.success_result() == '"xyz"'


def test_failure_action_carries_error_fields(everything: dict[str, Requirement]) -> None:
    (action,) = everything["4-6"].callback_actions
    assert action.operation == "failure"
    assert (action.error_type, action.error_message) == ("RejectedError", "not approved")
    assert action.error_data is None and action.stack_trace is None


def test_heartbeat_action_then_success(everything: dict[str, Requirement]) -> None:
    heartbeat, success = everything["4-5"].callback_actions
    assert (heartbeat.operation, heartbeat.payload, heartbeat.delay_seconds) == (
        "heartbeat",
        None,
        0.0,
    )
    assert heartbeat.success_result() is None
    assert success.operation == "success"


def test_number_payload_is_sent_as_json_number(everything: dict[str, Requirement]) -> None:
    (action,) = everything["4-16"].callback_actions
    assert action.success_result() == "42"


def test_action_names_match_exactly_by_wildcard_or_by_regex(
    everything: dict[str, Requirement],
) -> None:
    first, _ = everything["7-9"].callback_actions
    assert first.name == "*" and first.matches("anything") and first.matches(None)
    (named,) = everything["4-12"].callback_actions
    resolved = named.resolve({"CB_NAME": "abc", "CB_PAYLOAD": "p"})
    assert resolved.matches("abc")
    assert not resolved.matches("abcd") and not resolved.matches(None)
    pattern = replace(resolved, name="${/^ab/}")
    assert pattern.matches("abcd") and not pattern.matches("xab")


def test_generated_strings_have_the_requested_length_and_alphabet(
    everything: dict[str, Requirement],
) -> None:
    values = generate_variables(everything["4-12"], random.Random(7))
    assert set(values) == {"CB_NAME", "CB_PAYLOAD"}
    assert len(values["CB_NAME"]) == 10 and len(values["CB_PAYLOAD"]) == 12
    allowed = set(string.ascii_lowercase + string.digits)
    assert set(values["CB_NAME"] + values["CB_PAYLOAD"]) <= allowed


def test_generation_is_reproducible_with_a_seed_and_fresh_without(
    everything: dict[str, Requirement],
) -> None:
    requirement = everything["4-12"]
    assert generate_variables(requirement, random.Random(3)) == generate_variables(
        requirement, random.Random(3)
    )
    assert generate_variables(requirement, random.Random(3)) != generate_variables(
        requirement, random.Random(4)
    )


def test_literal_variables_are_substituted_in_file_order(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "step/1-99.yaml",
        "description: d\nhandler: h\nVariables:\n  A: ${GEN_STR:4}\n  B: pre-${A}-${ID1}\n"
        "ExpectedExecutionHistory:\n  - EventId: 1\n",
    )
    values = generate_variables(load_requirement(path), random.Random(1))
    assert values["B"] == f"pre-{values['A']}-${{ID1}}"


def test_substitute_replaces_known_names_only() -> None:
    value = {
        "${A}": ["${A}", "x${A}y", "${ID1}", "${/re${A}/}", 3, None],
        "b": {"c": '"${A}"'},
    }
    assert substitute(value, {"A": "v"}) == {
        "${A}": ["v", "xvy", "${ID1}", "${/rev/}", 3, None],
        "b": {"c": '"v"'},
    }


def test_invoke_payload_is_json_of_the_substituted_input(
    everything: dict[str, Requirement],
) -> None:
    assert invoke_payload(everything["1-11"], {}) == "null"
    assert invoke_payload(everything["2-1"], {}) == "null"
    assert invoke_payload(everything["9-4"], {}) == "[]"
    assert invoke_payload(everything["4-12"], {"CB_NAME": "n1"}) == '"n1"'
    names = json.loads(invoke_payload(everything["4-17"], {"CB_NAME_A": "a", "CB_NAME_B": "b"}))
    assert names == ["a", "b"]
    tenant = json.loads(invoke_payload(everything["5-8"], {"TENANT_ID": "t", "PAYLOAD": "p"}))
    assert tenant == {"tenantId": "t", "payload": "p"}


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("step/1-1.yaml", "description: d\nhandler: h\nSurprise: 1\n", "unknown keys"),
        ("step/1-1.yaml", "handler: h\nExpectedExecutionHistory:\n  - EventId: 2\n", "description"),
        ("step/1-1.yaml", "description: d\nhandler: h\n", "ExpectedExecutionHistory"),
        (
            "step/one.yaml",
            "description: d\nhandler: h\nExpectedExecutionHistory: [{}]\n",
            "file name",
        ),
        (
            "callback/4-1.yaml",
            "description: d\nhandler: h\nExpectedExecutionHistory: [{}]\n"
            "CallbackActions:\n  - CallbackName: x\n    Operation: approve\n",
            "Operation",
        ),
        (
            "callback/4-1.yaml",
            "description: d\nhandler: h\nExpectedExecutionHistory: [{}]\n"
            "CallbackActions:\n  - CallbackName: x\n    Operation: failure\n    Payload: boom\n",
            "failure Payload",
        ),
    ],
)
def test_malformed_files_are_rejected(tmp_path: Path, name: str, text: str, message: str) -> None:
    with pytest.raises(RequirementError, match=message):
        load_requirement(_write(tmp_path, name, text))


def _write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
