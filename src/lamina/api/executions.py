"""Durable executions over HTTP: describe, history, list by function, stop."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from lamina.api.request import ApiRequest
from lamina.api.wire import (
    encode_marker,
    event_marker,
    execution_marker,
    json_response,
    parse_bool,
    parse_int,
    parse_json_body,
    parse_time_ms,
)
from lamina.errors import InvalidParameterValue
from lamina.service import DurableService
from lamina.service.ids import parse_function_ref
from lamina.store.records import ExecutionFilter, ExecutionStatus

# The statuses ListDurableExecutionsByFunction accepts: Lamina's, and AWS's DELETING.
STATUSES = frozenset({*(status.value for status in ExecutionStatus), "DELETING"})


def get_execution(service: DurableService, request: ApiRequest, arn: str) -> Response:
    include = parse_bool(request.query.get("IncludeExecutionData"), "IncludeExecutionData", True)
    return json_response(service.describe(arn, include))


def get_history(service: DurableService, request: ApiRequest, arn: str) -> Response:
    query = request.query
    include = parse_bool(query.get("IncludeExecutionData"), "IncludeExecutionData", True)
    limit = parse_int(query.get("MaxItems"), "MaxItems", 0, 1000, 0) or 100
    newest_first = parse_bool(query.get("ReverseOrder"), "ReverseOrder", False)
    after = event_marker(query["Marker"]) if query.get("Marker") else 0
    events, next_id = service.history(arn, after, limit, newest_first, include)
    body: dict[str, Any] = {"Events": events}
    if next_id is not None:
        body["NextMarker"] = encode_marker(next_id)
    return json_response(body)


def list_by_function(service: DurableService, request: ApiRequest, function: str) -> Response:
    query = request.query
    name = parse_function_ref(function).name
    service.functions.get(name)
    statuses = tuple(query.getlist("Statuses"))
    if not STATUSES.issuperset(statuses) or len(statuses) > 10:
        raise InvalidParameterValue(f"Statuses must be up to 10 of {sorted(STATUSES)}")
    limit = parse_int(query.get("MaxItems"), "MaxItems", 0, 1000, 0) or 100
    after_key = execution_marker(query["Marker"]) if query.get("Marker") else None
    found = service.list_executions(
        ExecutionFilter(
            function_name=name,
            statuses=statuses,
            name=query.get("DurableExecutionName"),
            started_after_ms=parse_time_ms(query.get("StartedAfter"), "StartedAfter"),
            started_before_ms=parse_time_ms(query.get("StartedBefore"), "StartedBefore"),
            oldest_first=parse_bool(query.get("ReverseOrder"), "ReverseOrder", False),
            after_key=after_key,
            limit=limit + 1,
        )
    )
    body: dict[str, Any] = {"DurableExecutions": [_summary(service, e) for e in found[:limit]]}
    if len(found) > limit:
        last = found[limit - 1]
        body["NextMarker"] = encode_marker([last.start_ms, last.arn])
    return json_response(body)


def _summary(service: DurableService, execution: Any) -> dict[str, Any]:
    summary = {
        "DurableExecutionArn": execution.arn,
        "DurableExecutionName": execution.name,
        "FunctionArn": service.region.function_arn(execution.function_name, execution.version),
        "Status": execution.status,
        "StartTimestamp": execution.start_ms / 1000,
    }
    if execution.end_ms is not None:
        summary["EndTimestamp"] = execution.end_ms / 1000
    return summary


def stop(service: DurableService, request: ApiRequest, arn: str) -> Response:
    error = parse_json_body(request.body)
    stopped_ms = service.stop(arn, error or None)
    return json_response({"StopTimestamp": stopped_ms / 1000})


def _reason(body: dict[str, Any]) -> str | None:
    reason = body.get("Reason")
    if reason is not None and (not isinstance(reason, str) or len(reason) > 1024):
        raise InvalidParameterValue("Reason must be a string of at most 1024 characters.")
    return reason


def _client_token(body: dict[str, Any]) -> str | None:
    token = body.get("ClientToken")
    if token is not None and (not isinstance(token, str) or not 1 <= len(token) <= 64):
        raise InvalidParameterValue("ClientToken must be 1 to 64 characters.")
    return token


def pause(service: DurableService, request: ApiRequest, arn: str) -> Response:
    body = parse_json_body(request.body)
    timeout_paused = body.get("ExecutionTimeoutPaused", True)
    if not isinstance(timeout_paused, bool):
        raise InvalidParameterValue("ExecutionTimeoutPaused must be true or false.")
    service.pause(arn, _reason(body), timeout_paused, _client_token(body))
    return json_response({}, 202)


def resume(service: DurableService, request: ApiRequest, arn: str) -> Response:
    body = parse_json_body(request.body)
    service.resume(arn, _reason(body), _client_token(body))
    return json_response({}, 202)


def delete(service: DurableService, request: ApiRequest, arn: str) -> Response:
    return json_response({"DeletionRequestTimestamp": service.delete(arn) / 1000}, 202)
