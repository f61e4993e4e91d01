"""Verdicts on requirements, rendered for a terminal, for scripts (JSON) and for CI (JUnit)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any, Literal, get_args

VerdictStatus = Literal["PASSED", "FAILED", "NOT_IMPLEMENTED", "UNCOVERED"]
STATUSES: tuple[VerdictStatus, ...] = get_args(VerdictStatus)

_DESCRIPTION_WIDTH = 48
_DETAIL_WIDTH = 100
_MESSAGE_WIDTH = 400
# Characters XML 1.0 cannot carry at all, even escaped; actual payloads may hold them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Verdict:
    """What the runner concluded about one requirement, with everything it judged."""

    requirement_id: str
    suite: str
    description: str
    status: VerdictStatus
    detail: str
    variables: dict[str, str] = field(default_factory=dict)
    execution_arn: str | None = None
    result_status: str | None = None
    result_text: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    duration_s: float = 0.0
    optional: bool = False


def suite_counts(verdicts: Sequence[Verdict]) -> dict[str, dict[str, int]]:
    """Per suite, in first-seen order: the number of verdicts of each status and in all."""
    counts: dict[str, dict[str, int]] = {}
    for verdict in verdicts:
        tally = counts.setdefault(verdict.suite, _empty_tally())
        tally[verdict.status] += 1
        tally["total"] += 1
    return counts


def total_counts(verdicts: Sequence[Verdict]) -> dict[str, int]:
    """The number of verdicts of each status, and in all."""
    tally = _empty_tally()
    for verdict in verdicts:
        tally[verdict.status] += 1
        tally["total"] += 1
    return tally


def render_console(verdicts: Sequence[Verdict]) -> str:
    """A plain-text table of verdicts, then counts per suite and in total."""
    header = f"{'ID':<6} {'SUITE':<19} {'STATUS':<16} {'TIME':>7}  DESCRIPTION"
    lines = [header, "-" * len(header)]
    for verdict in verdicts:
        lines.extend(_console_rows(verdict))
    lines.extend(["", f"{'SUITE':<19} " + " ".join(f"{name:>15}" for name in _tally_names())])
    for suite, tally in suite_counts(verdicts).items():
        lines.append(_count_row(suite, tally))
    lines.append(_count_row("TOTAL", total_counts(verdicts)))
    return "\n".join(lines) + "\n"


def render_json(verdicts: Sequence[Verdict]) -> str:
    """Counts per suite and in total, and every field of every verdict, as JSON text."""
    document = {
        "suites": suite_counts(verdicts),
        "totals": total_counts(verdicts),
        "requirements": [asdict(verdict) for verdict in verdicts],
    }
    return json.dumps(document, indent=2, default=_json_default) + "\n"


def parse_json_report(text: str) -> list[Verdict]:
    """The verdicts of a `render_json` document, so someone else can judge them again."""
    document = json.loads(text)
    verdicts = []
    for raw in document["requirements"]:
        if raw["status"] not in STATUSES:
            raise ValueError(f"unknown verdict status {raw['status']!r}")
        verdicts.append(Verdict(**raw))
    return verdicts


def render_junit(verdicts: Sequence[Verdict]) -> str:
    """JUnit XML: one testsuite per suite; FAILED fails, the others not passed are skipped."""
    totals = total_counts(verdicts)
    root = ET.Element("testsuites", name="lamina-conformance")
    _set_counts(root, totals, sum(verdict.duration_s for verdict in verdicts))
    for suite in suite_counts(verdicts):
        members = [verdict for verdict in verdicts if verdict.suite == suite]
        element = ET.SubElement(root, "testsuite", name=suite)
        _set_counts(element, total_counts(members), sum(v.duration_s for v in members))
        for verdict in members:
            element.append(_testcase(verdict))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _empty_tally() -> dict[str, int]:
    return dict.fromkeys(_tally_names(), 0)


def _tally_names() -> tuple[str, ...]:
    return (*STATUSES, "total")


def _console_rows(verdict: Verdict) -> list[str]:
    marker = " (optional)" if verdict.optional else ""
    description = _shorten(verdict.description + marker, _DESCRIPTION_WIDTH)
    row = (
        f"{verdict.requirement_id:<6} {verdict.suite:<19} {verdict.status:<16} "
        f"{verdict.duration_s:>6.1f}s  {description}"
    )
    if verdict.status == "PASSED" or not verdict.detail:
        return [row]
    return [row, f"{'':<6} └ {_shorten(verdict.detail, _DETAIL_WIDTH)}"]


def _count_row(label: str, tally: dict[str, int]) -> str:
    return f"{label:<19} " + " ".join(f"{tally[name]:>15}" for name in _tally_names())


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _set_counts(element: ET.Element, tally: dict[str, int], seconds: float) -> None:
    element.set("tests", str(tally["total"]))
    element.set("failures", str(tally["FAILED"]))
    element.set("errors", "0")
    element.set("skipped", str(tally["NOT_IMPLEMENTED"] + tally["UNCOVERED"]))
    element.set("time", f"{seconds:.3f}")


def _testcase(verdict: Verdict) -> ET.Element:
    case = ET.Element(
        "testcase",
        classname=f"conformance.{verdict.suite}",
        name=_xml_text(f"{verdict.requirement_id} {verdict.description}"),
        time=f"{verdict.duration_s:.3f}",
    )
    detail = _xml_text(verdict.detail)
    if verdict.status == "FAILED":
        failure = ET.SubElement(case, "failure", message=_shorten(detail, _MESSAGE_WIDTH))
        failure.text = _failure_body(verdict, detail)
    elif verdict.status != "PASSED":
        message = f"{verdict.status}: {detail}" if detail else verdict.status
        ET.SubElement(case, "skipped", message=message)
    return case


def _failure_body(verdict: Verdict, detail: str) -> str:
    lines = [detail, f"execution: {verdict.execution_arn or '-'}"]
    lines.append(f"status: {verdict.result_status or '-'}")
    if verdict.result_text is not None:
        lines.append(f"result: {_xml_text(verdict.result_text)}")
    lines.append(f"variables: {json.dumps(verdict.variables, sort_keys=True)}")
    return "\n".join(lines)


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\N{REPLACEMENT CHARACTER}", text)


def _json_default(value: object) -> object:
    # boto3 hands EventTimestamp back as datetime; keep it readable, not lossy.
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    raise TypeError(f"cannot render {type(value).__name__} as JSON")
