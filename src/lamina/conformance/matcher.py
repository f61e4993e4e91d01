"""Whether an execution's history, result and logs satisfy a requirement's expectations.

History values follow AWS's runner: `'*'` matches any value, `{}` any object,
`${NAME}` binds a string on first sight and must be equal afterwards, `${/re/}` is a
regex search, lists match element-wise with equal length, and any other value must
equal the actual one after substituting known names. Expected keys must exist in the
actual event; actual keys the expectation does not name are ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeGuard

from lamina.conformance.requirements import PLACEHOLDER, WHOLE_REGEX, substitute

_WHOLE_PLACEHOLDER = re.compile(r"^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$")


@dataclass(frozen=True)
class Mismatch:
    """The first place where the actual execution differs from the expectation."""

    path: str
    expected: Any
    actual: Any
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason} (expected {self.expected!r}, got {self.actual!r})"


@dataclass(frozen=True)
class LogLine:
    """One captured log line of an execution, in the order the service ingested it."""

    timestamp_ms: int
    sequence: int
    message_text: str


def match_history(
    expected: Sequence[Mapping[str, Any]],
    actual: Sequence[Mapping[str, Any]],
    bindings: dict[str, str] | None = None,
) -> Mismatch | None:
    """The first way `actual` fails `expected`, or None when it satisfies it.

    Expected events are looked up by EventId, in the expectation's order; extra actual
    events are ignored. `bindings` starts with the requirement's variables and is
    filled in place with every `${NAME}` bound here, so log matching can reuse them.
    """
    scope: dict[str, str] = {} if bindings is None else bindings
    by_event_id, duplicate = _index_by_event_id(actual)
    if duplicate is not None:
        return duplicate
    for expected_event in expected:
        event_id = expected_event.get("EventId")
        if not _is_int(event_id):
            return Mismatch("ExpectedExecutionHistory", expected_event, None, "no EventId")
        found = by_event_id.get(event_id)
        if found is None:
            return Mismatch(f"EventId {event_id}", expected_event, None, "no such actual event")
        position, event = found
        where = f"event {position} (EventId {event_id})"
        mismatch = _match_value(expected_event, event, where, scope)
        if mismatch is not None:
            return mismatch
    return None


def match_result(
    expected_result: Mapping[str, Any],
    status: str,
    result_text: str | None,
    variables: Mapping[str, str] | None = None,
) -> Mismatch | None:
    """Whether the final status and result are the expected ones.

    `ExecutionStatus` must equal `status`. `Result`, when the expectation has the key,
    must equal the JSON-decoded `result_text` exactly (no wildcards, as in AWS's
    runner); a missing result decodes as null and a result that is not JSON fails.
    """
    expected_status = expected_result.get("ExecutionStatus")
    if "ExecutionStatus" in expected_result and expected_status != status:
        return Mismatch("ExpectedResult.ExecutionStatus", expected_status, status, "other status")
    if "Result" not in expected_result:
        return None
    wanted = substitute(expected_result["Result"], variables or {})
    try:
        decoded = None if result_text is None else json.loads(result_text)
    except ValueError:
        return Mismatch("ExpectedResult.Result", wanted, result_text, "result is not JSON text")
    return first_difference(wanted, decoded, "ExpectedResult.Result")


def first_difference(expected: Any, actual: Any, path: str) -> Mismatch | None:
    """Exact JSON equality: same keys, same lengths, and bools never equal numbers."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return Mismatch(path, expected, actual, "expected an object")
        for key in sorted(set(expected) | set(actual), key=str):
            if key not in actual or key not in expected:
                reason = "key missing" if key not in actual else "unexpected key"
                return Mismatch(f"{path}.{key}", expected.get(key), actual.get(key), reason)
            mismatch = first_difference(expected[key], actual[key], f"{path}.{key}")
            if mismatch is not None:
                return mismatch
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return Mismatch(path, expected, actual, "expected a list of the same length")
        for index, (item, other) in enumerate(zip(expected, actual, strict=True)):
            mismatch = first_difference(item, other, f"{path}[{index}]")
            if mismatch is not None:
                return mismatch
        return None
    if not scalars_equal(expected, actual):
        return Mismatch(path, expected, actual, "different value")
    return None


def scalars_equal(expected: Any, actual: Any) -> bool:
    """JSON scalar equality: numbers by value, but True is not 1 and "1" is not 1."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return float(expected) == float(actual)
    if isinstance(expected, int | float) or isinstance(actual, int | float):
        return False
    return type(expected) is type(actual) and bool(expected == actual)


def text_of(actual: Any) -> str:
    """The text a regex searches: strings as they are, other values as JSON."""
    return actual if isinstance(actual, str) else json.dumps(actual, default=str)


def _index_by_event_id(
    actual: Sequence[Mapping[str, Any]],
) -> tuple[dict[int, tuple[int, Mapping[str, Any]]], Mismatch | None]:
    index: dict[int, tuple[int, Mapping[str, Any]]] = {}
    for position, event in enumerate(actual, start=1):
        event_id = event.get("EventId")
        if not _is_int(event_id):
            continue
        if event_id in index:
            where = f"event {position} (EventId {event_id})"
            return index, Mismatch(where, None, event_id, "EventId repeated in actual history")
        index[event_id] = (position, event)
    return index, None


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _match_value(
    expected: Any, actual: Any, path: str, bindings: dict[str, str]
) -> Mismatch | None:
    if isinstance(expected, dict):
        return _match_mapping(expected, actual, path, bindings)
    if isinstance(expected, list):
        return _match_list(expected, actual, path, bindings)
    if isinstance(expected, str):
        return _match_text(expected, actual, path, bindings)
    if scalars_equal(expected, actual):
        return None
    return Mismatch(path, expected, actual, "different value")


def _match_mapping(
    expected: Mapping[str, Any], actual: Any, path: str, bindings: dict[str, str]
) -> Mismatch | None:
    # `{}` still demands an object: every `{}` in the files stands for an AWS structure.
    if not isinstance(actual, Mapping):
        return Mismatch(path, dict(expected), actual, "expected an object")
    for key, wanted in expected.items():
        if key not in actual:
            return Mismatch(f"{path}.{key}", wanted, None, "key missing in actual event")
        mismatch = _match_value(wanted, actual[key], f"{path}.{key}", bindings)
        if mismatch is not None:
            return mismatch
    return None


def _match_list(
    expected: list[Any], actual: Any, path: str, bindings: dict[str, str]
) -> Mismatch | None:
    if not isinstance(actual, list):
        return Mismatch(path, expected, actual, "expected a list")
    if len(actual) != len(expected):
        return Mismatch(path, len(expected), len(actual), "list length differs")
    for index, (wanted, item) in enumerate(zip(expected, actual, strict=True)):
        mismatch = _match_value(wanted, item, f"{path}[{index}]", bindings)
        if mismatch is not None:
            return mismatch
    return None


def _match_text(expected: str, actual: Any, path: str, bindings: dict[str, str]) -> Mismatch | None:
    if expected == "*":
        return None
    binder = _WHOLE_PLACEHOLDER.match(expected)
    if binder is not None:
        return _bind(binder.group(1), actual, path, bindings)
    regex = WHOLE_REGEX.match(expected)
    if regex is not None:
        return _search(regex.group(1), actual, path)
    literal = substitute(expected, bindings)
    unbound = PLACEHOLDER.search(literal)
    if unbound is not None:
        return Mismatch(path, literal, actual, f"placeholder {unbound.group(0)} is not bound")
    if isinstance(actual, str) and actual == literal:
        return None
    return Mismatch(path, literal, actual, "different value")


def _bind(name: str, actual: Any, path: str, bindings: dict[str, str]) -> Mismatch | None:
    if not isinstance(actual, str):
        return Mismatch(path, f"${{{name}}}", actual, "a placeholder binds only strings")
    bound = bindings.setdefault(name, actual)
    if bound != actual:
        return Mismatch(path, bound, actual, f"${{{name}}} was bound to another value")
    return None


def _search(pattern: str, actual: Any, path: str) -> Mismatch | None:
    try:
        found = re.search(pattern, text_of(actual))
    except re.error as error:
        return Mismatch(path, pattern, actual, f"invalid regex: {error}")
    if found is None:
        return Mismatch(path, f"/{pattern}/", actual, "regex does not match")
    return None


def match_logs(
    expected_logs: Sequence[Mapping[str, Any]],
    lines: Sequence[LogLine],
    bindings: Mapping[str, str] | None = None,
) -> Mismatch | None:
    """The first `ExpectedLogs` entry the captured lines fail, or None.

    Lines are ordered by (timestamp, sequence); a JSON object line exposes its top-level
    fields, any other line only `message`. An entry's `match` fields must all hold on a
    line (strings exact after stripping, `'/re/'` a regex search). `count` is exact;
    otherwise `min_count`/`max_count` bound the count, and no bound at all means at
    least one. Every `after` anchor's lines must come at or before all matched lines,
    every `before` anchor's at or after them; an anchor matching nothing fails.
    """
    ordered = sorted(lines, key=lambda line: (line.timestamp_ms, line.sequence))
    keys = [(line.timestamp_ms, line.sequence) for line in ordered]
    records = [parse_log_record(line.message_text) for line in ordered]
    for index, entry in enumerate(expected_logs):
        mismatch = _match_log_entry(entry, records, keys, f"ExpectedLogs[{index}]", bindings or {})
        if mismatch is not None:
            return mismatch
    return None


def parse_log_record(text: str) -> dict[str, Any]:
    """A log line's fields: a JSON object's own keys, else only `message`."""
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            parsed = json.loads(stripped)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            return parsed
    return {"message": stripped}


def _match_log_entry(
    entry: Mapping[str, Any],
    records: list[dict[str, Any]],
    keys: list[tuple[int, int]],
    path: str,
    bindings: Mapping[str, str],
) -> Mismatch | None:
    matcher = entry.get("match")
    if not isinstance(matcher, dict) or not matcher:
        return Mismatch(f"{path}.match", "a non-empty mapping", matcher, "malformed entry")
    resolved = _resolve_log_matcher(matcher, f"{path}.match", bindings)
    if isinstance(resolved, Mismatch):
        return resolved
    own = _matching_indices(resolved, records)
    if isinstance(own, Mismatch):
        return own
    mismatch = _check_cardinality(entry, len(own), path)
    if mismatch is not None:
        return mismatch
    for direction in ("after", "before"):
        mismatch = _check_anchors(entry, direction, own, records, keys, path, bindings)
        if mismatch is not None:
            return mismatch
    return None


def _check_cardinality(entry: Mapping[str, Any], found: int, path: str) -> Mismatch | None:
    bounds = {name: entry.get(name) for name in ("count", "min_count", "max_count")}
    for name, bound in bounds.items():
        if bound is not None and not (_is_int(bound) and bound >= 0):
            return Mismatch(f"{path}.{name}", "a count", bound, "malformed entry")
    if bounds["count"] is not None:
        if found != bounds["count"]:
            return Mismatch(f"{path}.count", bounds["count"], found, "wrong number of lines")
        return None
    least = bounds["min_count"]
    if least is None and bounds["max_count"] is None:
        least = 1
    if least is not None and found < least:
        return Mismatch(f"{path}.min_count", least, found, "too few lines")
    most = bounds["max_count"]
    if most is not None and found > most:
        return Mismatch(f"{path}.max_count", most, found, "too many lines")
    return None


def _check_anchors(
    entry: Mapping[str, Any],
    direction: str,
    own: list[int],
    records: list[dict[str, Any]],
    keys: list[tuple[int, int]],
    path: str,
    bindings: Mapping[str, str],
) -> Mismatch | None:
    raw = entry.get(direction)
    anchors = [raw] if isinstance(raw, dict) else raw or []
    if not isinstance(anchors, list):
        return Mismatch(f"{path}.{direction}", "matcher mappings", raw, "malformed entry")
    for number, anchor in enumerate(anchors):
        where = f"{path}.{direction}[{number}]"
        if not isinstance(anchor, dict) or not anchor:
            return Mismatch(where, "a non-empty mapping", anchor, "malformed entry")
        resolved = _resolve_log_matcher(anchor, where, bindings)
        if isinstance(resolved, Mismatch):
            return resolved
        found = _matching_indices(resolved, records)
        if isinstance(found, Mismatch):
            return found
        if not found:
            return Mismatch(where, resolved, None, "anchor matches no log line")
        # Missing own lines were already reported by the count check.
        if own and direction == "after" and keys[own[0]] < keys[found[-1]]:
            return Mismatch(where, resolved, records[own[0]], "a matched line comes before it")
        if own and direction == "before" and keys[own[-1]] > keys[found[0]]:
            return Mismatch(where, resolved, records[own[-1]], "a matched line comes after it")
    return None


def _resolve_log_matcher(
    matcher: Mapping[str, Any], path: str, bindings: Mapping[str, str]
) -> dict[str, Any] | Mismatch:
    escaped = {name: re.escape(value) for name, value in bindings.items()}
    resolved: dict[str, Any] = {}
    for field, wanted in matcher.items():
        if isinstance(wanted, str):
            # A value substituted into a regex is meant literally.
            wanted = substitute(wanted, escaped if _is_log_regex(wanted) else bindings)
            unbound = PLACEHOLDER.search(wanted)
            if unbound is not None:
                reason = f"placeholder {unbound.group(0)} is not bound"
                return Mismatch(f"{path}.{field}", wanted, None, reason)
        resolved[str(field)] = wanted
    return resolved


def _matching_indices(
    matcher: Mapping[str, Any], records: list[dict[str, Any]]
) -> list[int] | Mismatch:
    try:
        return [
            index
            for index, record in enumerate(records)
            if all(
                field in record and _log_value_matches(wanted, record[field])
                for field, wanted in matcher.items()
            )
        ]
    except re.error as error:
        return Mismatch("ExpectedLogs", dict(matcher), None, f"invalid regex: {error}")


def _log_value_matches(expected: Any, actual: Any) -> bool:
    if isinstance(expected, str):
        actual_text = text_of(actual).strip()
        if _is_log_regex(expected):
            return re.search(expected[1:-1], actual_text) is not None
        return actual_text == expected.strip()
    if isinstance(expected, dict | list):
        return first_difference(expected, actual, "") is None
    return scalars_equal(expected, actual)


def _is_log_regex(value: str) -> bool:
    return len(value) >= 2 and value.startswith("/") and value.endswith("/")
