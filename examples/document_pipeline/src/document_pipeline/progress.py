"""Progress of each document through the agents, read from its execution history.

Reads the history through the Lambda API with boto3, as one would against AWS, and turns
the events that matter into one line each.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TERMINAL = {"ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionStopped"}


@dataclass
class Tracked:
    arn: str
    document: str
    next_event: int = 0
    callback_id: str | None = None
    done: bool = False
    outcome: str | None = field(default=None)


class Progress:
    def __init__(self, lambda_client: Any, say: Callable[[str, str], None]) -> None:
        self.client = lambda_client
        self.say = say
        self.tracked: dict[str, Tracked] = {}

    def track(self, arn: str, document: str) -> None:
        self.tracked.setdefault(arn, Tracked(arn, document))

    def poll(self) -> None:
        for item in self.tracked.values():
            if not item.done:
                self._read(item)

    def waiting_for_review(self) -> list[Tracked]:
        return [t for t in self.tracked.values() if t.callback_id and not t.done]

    def idle(self) -> bool:
        """Every document is finished or waiting for a person."""
        return all(t.done or t.callback_id for t in self.tracked.values())

    def _read(self, item: Tracked) -> None:
        events = self._history(item.arn)
        for event in events[item.next_event:]:
            line = self._describe(item, event)
            if line:
                self.say(item.document, line)
        item.next_event = len(events)

    def _history(self, arn: str) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        kwargs: dict[str, Any] = {"DurableExecutionArn": arn, "IncludeExecutionData": True}
        while True:
            page = self.client.get_durable_execution_history(**kwargs)
            events.extend(page.get("Events", []))
            if not page.get("NextMarker"):
                return events
            kwargs["Marker"] = page["NextMarker"]

    def _describe(self, item: Tracked, event: dict[str, Any]) -> str | None:
        kind, name = event["EventType"], event.get("Name") or ""
        details = event.get(f"{kind}Details") or {}
        if kind == "ChainedInvokeSucceeded":
            return describe_agent_result(name, _payload(details.get("Result")))
        if kind == "ChainedInvokeFailed":
            error = details.get("Error", {}).get("Payload", {})
            return f"{name} failed: {error.get('ErrorMessage') or error.get('ErrorType')}"
        if kind == "CallbackStarted":
            item.callback_id = details.get("CallbackId")
            return f"waiting for review (callback {item.callback_id})"
        if kind == "CallbackSucceeded":
            item.callback_id = None
            return "review answered"
        if kind in TERMINAL:
            item.done, item.callback_id = True, None
            if kind == "ExecutionSucceeded":
                result = _payload(details.get("Result")) or {}
                item.outcome = result.get("outcome")
                return f"done: {item.outcome}"
            error = details.get("Error", {}).get("Payload", {})
            item.outcome = kind.removeprefix("Execution").lower()
            return f"{item.outcome}: {error.get('ErrorMessage') or error.get('ErrorType') or ''}"
        return None


def _payload(block: Any) -> Any:
    if not isinstance(block, dict) or not isinstance(block.get("Payload"), str):
        return None
    try:
        return json.loads(block["Payload"])
    except ValueError:
        return None


def describe_agent_result(name: str, result: Any) -> str:
    if not isinstance(result, dict):
        return f"{name}: done"
    if name == "classify":
        fields = result.get("fields") or {}
        shown = ", ".join(
            f"{k}={fields[k]}" for k in ("invoice_number", "vendor", "total", "currency",
                                         "customer", "severity") if fields.get(k) is not None
        )
        problems = (result.get("document") or {}).get("problems") or []
        extra = f"; problems: {'; '.join(problems)}" if problems else ""
        return (f"classified as {result.get('type')} ({result.get('confidence', 0):.0%}, "
                f"{result.get('classified_by')}) {shown}{extra}").rstrip()
    if name == "enrich":
        return "enriched: " + ", ".join(_enrichment_flags(result))
    if name == "decide":
        reasons = "; ".join(result.get("reasons") or [])
        return f"decision: {result.get('outcome')}" + (f" ({reasons})" if reasons else "")
    if name.startswith("act"):
        return "acted: " + ", ".join(f"{k}" for k in result if result.get(k))
    return f"{name}: done"


def _enrichment_flags(result: dict[str, Any]) -> list[str]:
    flags = []
    vendor = result.get("vendor")
    if isinstance(vendor, dict):
        flags.append("known vendor" if vendor.get("known") else "unknown vendor")
    po = result.get("purchase_order")
    if isinstance(po, dict) and po.get("number"):
        flags.append("PO matched" if po.get("found") else "PO not found")
    duplicate = result.get("duplicate")
    if isinstance(duplicate, dict) and duplicate.get("is_duplicate"):
        flags.append("DUPLICATE")
    external = result.get("external")
    if isinstance(external, dict):
        flags.append("external context" if external.get("available") else "external API down")
    return flags or ["no context found"]
