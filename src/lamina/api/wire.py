"""HTTP wire details: epoch-second timestamps, markers, and JSON responses."""

from __future__ import annotations

import base64
import json
import math
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response

from lamina.errors import InvalidParameterValue

_OPERATION_TIMESTAMPS = ("StartTimestamp", "EndTimestamp")
_DETAIL_TIMESTAMPS = {"StepDetails": "NextAttemptTimestamp", "WaitDetails": "ScheduledEndTimestamp"}


def operations_to_http(operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The service speaks epoch milliseconds; rest-json clients read epoch seconds."""
    converted = []
    for op in operations:
        op = dict(op)
        for key in _OPERATION_TIMESTAMPS:
            if isinstance(op.get(key), int):
                op[key] = op[key] / 1000
        for details_key, key in _DETAIL_TIMESTAMPS.items():
            details = op.get(details_key)
            if isinstance(details, dict) and isinstance(details.get(key), int):
                op[details_key] = {**details, key: details[key] / 1000}
        converted.append(op)
    return converted


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body), status_code=status, headers=headers, media_type="application/json"
    )


def encode_marker(value: Any) -> str:
    return base64.b64encode(json.dumps(value).encode()).decode()


def decode_marker(marker: str) -> Any:
    try:
        return json.loads(base64.b64decode(marker.encode(), validate=True))
    except ValueError:
        raise InvalidParameterValue(f"Invalid marker: {marker!r}") from None


def event_marker(marker: str) -> int:
    """A history page marker: the last event id delivered."""
    return count_marker(marker)


def count_marker(marker: str) -> int:
    """A marker holding a count: of events, or of list items, delivered so far."""
    value = decode_marker(marker)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidParameterValue(f"Invalid marker: {marker!r}")
    return value


def execution_marker(marker: str) -> tuple[int, str]:
    """A listing page marker: the start time and ARN of the last execution delivered."""
    value = decode_marker(marker)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not isinstance(value[0], int)
        or isinstance(value[0], bool)
        or not isinstance(value[1], str)
    ):
        raise InvalidParameterValue(f"Invalid marker: {marker!r}")
    return value[0], value[1]


def parse_bool(value: str | None, name: str, default: bool) -> bool:
    if value is None:
        return default
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise InvalidParameterValue(f"{name} must be true or false, not {value!r}")


def parse_int(value: str | None, name: str, low: int, high: int, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise InvalidParameterValue(f"{name} must be an integer, not {value!r}") from None
    if not low <= number <= high:
        raise InvalidParameterValue(f"{name} must be between {low} and {high}")
    return number


_MAX_TIME_MS = 253_402_300_799_000  # 9999-12-31T23:59:59Z


def parse_time_ms(value: str | None, name: str) -> int | None:
    """ISO-8601 (what botocore sends) or epoch seconds, within years 1970 to 9999."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        ms = int(moment.timestamp() * 1000)
    except (ValueError, OverflowError, OSError):
        try:
            seconds = float(value)
            ms = int(seconds * 1000) if math.isfinite(seconds) and abs(seconds) < 1e13 else -1
        except ValueError:
            ms = -1
    if not 0 <= ms <= _MAX_TIME_MS:
        raise InvalidParameterValue(f"{name} must be an ISO-8601 timestamp, not {value!r}")
    return ms


def parse_json_body(body: bytes, required: bool = False) -> dict[str, Any]:
    if not body.strip():
        if required:
            raise InvalidParameterValue("The request body is missing.")
        return {}
    try:
        value = json.loads(body)
    except ValueError:
        raise InvalidParameterValue("Could not parse request body into json.") from None
    if not isinstance(value, dict):
        raise InvalidParameterValue("The request body must be a JSON object.")
    return value
