"""An execution's operations as a tree of rows, each with bars on one time axis.

Bars come from the history: each `...Started` event opens one and the operation's next
closing event ends it, so a step retried three times shows three bars with the retry delays
between them, and a wait or a callback shows how long it waited. Invocations get a row of
their own: the gaps between their bars are the time the execution was suspended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lamina.store.records import ExecutionRecord, Gate, OperationRecord

AXIS = 1000.0  # the SVG viewBox width every bar is drawn on
MIN_WIDTH = 2.0  # an instant still shows as a sliver
MAX_DEPTH = 8
_CLOSING = ("Succeeded", "Failed", "TimedOut", "Cancelled", "Stopped")
_KINDS = {"Step": "run", "Wait": "wait", "Callback": "callback", "Context": "context"}


@dataclass(frozen=True)
class Bar:
    kind: str  # run, wait, callback, context, invoke or invocation
    start_ms: int
    end_ms: int
    open: bool  # not finished yet: drawn up to now
    x: float = 0.0
    width: float = 0.0


@dataclass(frozen=True)
class Row:
    op: OperationRecord | None  # None: the invocations row
    depth: int
    bars: list[Bar] = field(default_factory=list)

    @property
    def attempts(self) -> int | None:
        if self.op is None or self.op.type != "STEP":
            return None
        return int(self.op.details.get("Attempt") or 0) or None

    @property
    def child_arn(self) -> str | None:
        value = self.op.details.get("_ChildArn") if self.op else None
        return str(value) if value else None


@dataclass(frozen=True)
class Timeline:
    start_ms: int
    end_ms: int
    rows: list[Row]
    ticks: list[tuple[float, int]]  # x on the axis, milliseconds since the start


def kind_of(event_type: str) -> str:
    for prefix, kind in _KINDS.items():
        if event_type.startswith(prefix):
            return kind
    return "invoke" if event_type.startswith("ChainedInvoke") else "run"


def _ms(seconds: Any) -> int | None:
    return round(float(seconds) * 1000) if isinstance(seconds, int | float) else None


def bars_from_history(
    events: Iterable[dict[str, Any]], ops: dict[str, OperationRecord], until_ms: int
) -> dict[str, list[Bar]]:
    """Bars of every operation the events mention, by operation id."""
    opened: dict[str, tuple[str, int]] = {}
    bars: dict[str, list[Bar]] = defaultdict(list)
    for event in events:
        op_id, event_type = event.get("Id"), str(event.get("EventType", ""))
        at = _ms(event.get("EventTimestamp"))
        if not isinstance(op_id, str) or op_id not in ops or at is None:
            continue
        if event_type.endswith("Started"):
            opened[op_id] = (kind_of(event_type), at)
        elif event_type.endswith(_CLOSING):
            kind, began = opened.pop(op_id, (kind_of(event_type), ops[op_id].start_ms or at))
            bars[op_id].append(Bar(kind, began, at, False))
    for op_id, (kind, began) in opened.items():
        bars[op_id].append(Bar(kind, began, until_ms, True))
    return bars


def invocation_bars(
    events: Iterable[dict[str, Any]], execution: ExecutionRecord, until_ms: int
) -> list[Bar]:
    bars = []
    for event in events:
        if event.get("EventType") != "InvocationCompleted":
            continue
        details = event.get("InvocationCompletedDetails") or {}
        start, end = _ms(details.get("StartTimestamp")), _ms(details.get("EndTimestamp"))
        if start is not None and end is not None:
            bars.append(Bar("invocation", start, end, False))
    if execution.gate == Gate.RUNNING and execution.invocation_start_ms is not None:
        bars.append(Bar("invocation", execution.invocation_start_ms, until_ms, True))
    return bars


def tree_order(ops: list[OperationRecord]) -> list[tuple[OperationRecord, int]]:
    """Operations depth first (children under their parent, in creation order), with depth."""
    ids = {op.op_id for op in ops}
    children: dict[str | None, list[OperationRecord]] = defaultdict(list)
    for op in sorted(ops, key=lambda o: o.seq):
        children[op.parent_id if op.parent_id in ids else None].append(op)
    ordered: list[tuple[OperationRecord, int]] = []
    stack = [(op, 0) for op in reversed(children[None])]
    while stack:
        op, depth = stack.pop()
        ordered.append((op, depth))
        stack.extend((child, depth + 1) for child in reversed(children[op.op_id]))
    return ordered


def build_timeline(
    execution: ExecutionRecord,
    ops: list[OperationRecord],
    events: list[dict[str, Any]],
    now_ms: int,
) -> Timeline:
    until = execution.end_ms if execution.end_ms is not None else now_ms
    start = execution.start_ms
    end = max(until, start + 1)
    by_id = {op.op_id: op for op in ops}
    found = bars_from_history(events, by_id, until)
    rows = [Row(None, 0, invocation_bars(events, execution, until))]
    # The EXECUTION operation is the execution itself, already shown above the timeline.
    for op, depth in tree_order([op for op in ops if op.type != "EXECUTION"]):
        bars = found.get(op.op_id) or [_fallback_bar(op, until)]
        rows.append(Row(op, min(depth, MAX_DEPTH), bars))
    placed = [
        Row(row.op, row.depth, [_place(bar, start, end) for bar in row.bars if bar.start_ms])
        for row in rows
    ]
    ticks = [(AXIS * i / 4, round((end - start) * i / 4)) for i in range(5)]
    return Timeline(start, end, placed, ticks)


def _fallback_bar(op: OperationRecord, until_ms: int) -> Bar:
    """An operation the loaded history does not cover: its own start and end."""
    kind = {"WAIT": "wait", "CALLBACK": "callback", "CONTEXT": "context"}.get(op.type, "run")
    if op.type == "CHAINED_INVOKE":
        kind = "invoke"
    return Bar(kind, op.start_ms or 0, op.end_ms or until_ms, op.end_ms is None)


def _place(bar: Bar, start: int, end: int) -> Bar:
    scale = AXIS / (end - start)
    x = min(max((bar.start_ms - start) * scale, 0.0), AXIS - MIN_WIDTH)
    width = min(max((bar.end_ms - bar.start_ms) * scale, MIN_WIDTH), AXIS - x)
    return Bar(bar.kind, bar.start_ms, bar.end_ms, bar.open, round(x, 2), round(width, 2))
