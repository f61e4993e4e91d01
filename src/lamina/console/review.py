"""Review inbox items: callbacks waiting for a person, and the packet they are shown with.

A callback is a review when its own name, or its parent context's name, starts with the
review prefix ("review" unless configured). `context.wait_for_callback(submitter,
name="review invoice")` makes a child context "review invoice" holding the callback
"review invoice create callback id" and the step "review invoice submitter": that step's
result, when it is a JSON object, is the review packet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aws_durable_execution_sdk_python.exceptions import SerDesError
from aws_durable_execution_sdk_python.serdes import EXTENDED_TYPES_SERDES, SerDesContext

from lamina.errors import ResourceNotFound
from lamina.service import DurableService
from lamina.store.records import OperationRecord, WaitingCallback

MAX_ITEMS = 200


@dataclass(frozen=True)
class Document:
    name: str
    text_excerpt: str


@dataclass(frozen=True)
class Packet:
    title: str | None
    document: Document | None
    findings: dict[str, dict[str, Any] | str]
    rules_fired: list[str]
    reasons: list[str]
    deadline: str | None
    extra: dict[str, Any] = field(default_factory=dict)  # any other field, shown as JSON


@dataclass(frozen=True)
class ReviewItem:
    callback_id: str
    execution_arn: str
    execution_name: str
    function_name: str
    name: str
    waiting_since_ms: int
    deadline_ms: int | None  # when the callback times out, if it has a timeout
    packet: Packet | None
    execution_input: str | None  # shown when there is no packet


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _texts(value: Any) -> list[str]:
    items = value if isinstance(value, list) else ([] if value is None else [value])
    return [t for t in (_text(item) for item in items) if t is not None]


def decode_result(text: str) -> Any:
    """A step result as the SDK wrote it: plain JSON, or the Python SDK's typed envelope
    ({"t": "m", "v": ...}) that it uses for dicts and other non-primitive values."""
    value = json.loads(text)
    if isinstance(value, dict) and set(value) == {"t", "v"}:
        try:
            decoded = EXTENDED_TYPES_SERDES.deserialize(text, SerDesContext())
            return json.loads(json.dumps(decoded, default=str))
        except SerDesError:
            return value
    return value


def parse_packet(result: str | None) -> Packet | None:
    """The review packet in a submitter step's result, if it is a JSON object."""
    try:
        value = decode_result(result) if result else None
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    document = value.get("document")
    doc = None
    if isinstance(document, dict):
        doc = Document(_text(document.get("name")) or "", _text(document.get("text_excerpt")) or "")
    findings = value.get("findings")
    known = {"title", "document", "findings", "rules_fired", "reasons", "deadline"}
    return Packet(
        title=_text(value.get("title")),
        document=doc,
        findings={
            str(agent): found if isinstance(found, dict) else (_text(found) or "")
            for agent, found in (findings.items() if isinstance(findings, dict) else [])
        },
        rules_fired=_texts(value.get("rules_fired")),
        reasons=_texts(value.get("reasons")),
        deadline=_text(value.get("deadline")),
        extra={k: v for k, v in value.items() if k not in known},
    )


def starts_with(name: str | None, prefix: str) -> bool:
    return bool(name) and str(name)[: len(prefix)].lower() == prefix.lower()


def submitter_result(callback: WaitingCallback, ops: list[OperationRecord]) -> str | None:
    """The result of the submitter step beside the callback, in its wait_for_callback context."""
    if callback.parent_id is None or not callback.parent_name:
        return None
    wanted = f"{callback.parent_name} submitter"
    for op in ops:
        if op.parent_id == callback.parent_id and op.type == "STEP" and op.name == wanted:
            result = op.details.get("Result")
            return str(result) if result is not None else None
    return None


def review_item(service: DurableService, callback: WaitingCallback, prefix: str) -> ReviewItem:
    in_context = starts_with(callback.parent_name, prefix)
    packet = None
    if in_context:
        ops = service.operations(callback.execution_arn)
        packet = parse_packet(submitter_result(callback, ops))
    execution_input = None
    if packet is None:
        execution_input = service.get_execution(callback.execution_arn).input_payload
    timeout_s = int(callback.details.get("_Timeout") or 0)
    return ReviewItem(
        callback_id=str(callback.details.get("CallbackId", "")),
        execution_arn=callback.execution_arn,
        execution_name=callback.execution_name,
        function_name=callback.function_name,
        name=(callback.parent_name if in_context else callback.name) or "",
        waiting_since_ms=callback.start_ms,
        deadline_ms=callback.start_ms + timeout_s * 1000 if timeout_s else None,
        packet=packet,
        execution_input=execution_input,
    )


def inbox(service: DurableService, prefix: str) -> list[ReviewItem]:
    items = []
    for callback in service.waiting_callbacks(prefix, MAX_ITEMS):
        try:
            items.append(review_item(service, callback, prefix))
        except ResourceNotFound:
            continue  # deleted since it was listed
    return items
