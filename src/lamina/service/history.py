"""Execution history and descriptions as the API shows them (timestamps in epoch seconds)."""

from __future__ import annotations

from typing import Any

from lamina.store.records import EventRecord, ExecutionRecord, ExecutionStatus

_TIMESTAMP_KEYS = (
    "StartTimestamp",
    "EndTimestamp",
    "ScheduledEndTimestamp",
    "PauseRequestTimestamp",
    "ResumeRequestTimestamp",
)
_PAYLOAD_KEYS = ("Input", "Result", "Error")


def seconds(ms: int | None) -> float | None:
    return None if ms is None else ms / 1000


def render_event(event: EventRecord, include_data: bool = True) -> dict[str, Any]:
    body = dict(event.body)
    rendered: dict[str, Any] = {
        "EventType": event.event_type,
        "EventId": event.event_id,
        "EventTimestamp": seconds(event.timestamp_ms),
    }
    details_key = f"{event.event_type}Details"
    details = dict(body.pop(details_key, {}))
    for key in _TIMESTAMP_KEYS:
        if isinstance(details.get(key), int):
            details[key] = seconds(details[key])
    if not include_data:
        for key in _PAYLOAD_KEYS:
            block = details.get(key)
            if isinstance(block, dict) and key != "Error":
                details[key] = {"Truncated": True}
    rendered.update(body)
    rendered[details_key] = details
    return rendered


def describe_execution(
    execution: ExecutionRecord, function_arn: str, include_data: bool = True
) -> dict[str, Any]:
    description: dict[str, Any] = {
        "DurableExecutionArn": execution.arn,
        "DurableExecutionName": execution.name,
        "FunctionArn": function_arn,
        "Status": execution.status,
        "StartTimestamp": seconds(execution.start_ms),
        "Version": execution.version,
    }
    if include_data:
        description["InputPayload"] = execution.input_payload
        if execution.status == ExecutionStatus.SUCCEEDED and execution.result is not None:
            description["Result"] = execution.result
    description["ExecutionDataIncluded"] = include_data
    if execution.error is not None:
        description["Error"] = execution.error
    if execution.end_ms is not None:
        description["EndTimestamp"] = seconds(execution.end_ms)
    if execution.status in (ExecutionStatus.PAUSING, ExecutionStatus.PAUSED):
        pause: dict[str, Any] = {
            "PauseRequestTimestamp": seconds(execution.pause_requested_ms),
            "ExecutionTimeoutPaused": bool(execution.pause_timeout),
        }
        if include_data and execution.pause_reason is not None:
            pause["Reason"] = execution.pause_reason
        description["PauseDetails"] = pause
    description["DurableConfig"] = {
        "RetentionPeriodInDays": execution.retention_days,
        "ExecutionTimeout": execution.timeout_s,
    }
    return description
