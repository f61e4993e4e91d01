"""Operations and history payloads in the wire shape the SDK reads (timestamps in epoch ms)."""

from __future__ import annotations

from typing import Any

from lamina.store.records import OperationRecord

DETAILS_KEY = {
    "EXECUTION": "ExecutionDetails",
    "CONTEXT": "ContextDetails",
    "STEP": "StepDetails",
    "WAIT": "WaitDetails",
    "CALLBACK": "CallbackDetails",
    "CHAINED_INVOKE": "ChainedInvokeDetails",
}


def operation_to_wire(op: OperationRecord) -> dict[str, Any]:
    wire: dict[str, Any] = {"Id": op.op_id, "Type": op.type, "Status": op.status}
    if op.parent_id:
        wire["ParentId"] = op.parent_id
    if op.name:
        wire["Name"] = op.name
    if op.sub_type:
        wire["SubType"] = op.sub_type
    if op.start_ms is not None:
        wire["StartTimestamp"] = op.start_ms
    if op.end_ms is not None:
        wire["EndTimestamp"] = op.end_ms
    # Keys starting with "_" are the service's own bookkeeping, never sent.
    wire[DETAILS_KEY[op.type]] = {k: v for k, v in op.details.items() if not k.startswith("_")}
    return wire


def result_block(payload: str | None) -> dict[str, Any]:
    block: dict[str, Any] = {"Truncated": False}
    if payload is not None:
        block["Payload"] = payload
    return block


def error_block(error: dict[str, Any] | None) -> dict[str, Any]:
    return {"Payload": error or {}, "Truncated": False}


def clean_error(raw: Any) -> dict[str, Any] | None:
    """An ErrorObject as the model allows it: four optional members, nothing else."""
    if not isinstance(raw, dict):
        return None
    error: dict[str, Any] = {}
    for key in ("ErrorType", "ErrorMessage", "ErrorData"):
        if isinstance(raw.get(key), str):
            error[key] = raw[key]
    trace = raw.get("StackTrace")
    if isinstance(trace, list) and all(isinstance(line, str) for line in trace):
        error["StackTrace"] = trace
    return error
