"""The executions page: filters, keyset paging (newest first), counts per status, and the
table fragment htmx re-fetches every 2 seconds."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse

from lamina.console.render import render
from lamina.errors import InvalidParameterValue, ResourceNotFound
from lamina.service import DurableService
from lamina.store.records import ExecutionFilter, ExecutionRecord, ExecutionStatus

PAGE_SIZE = 50
STATUSES = tuple(ExecutionStatus)


@dataclass(frozen=True)
class ListQuery:
    function: str = ""
    status: str = ""
    started_from: str = ""  # datetime-local values, read as UTC
    started_to: str = ""
    search: str = ""
    after: str = ""  # "<start ms>:<arn>" of the last row of the previous page

    def params(self, **changes: str) -> str:
        values = {k: v for k, v in vars(replace(self, **changes)).items() if v}
        return urlencode(values)

    def page_filter(self) -> ExecutionFilter:
        search = self.search.strip()
        return ExecutionFilter(
            function_name=self.function or None,
            statuses=(self.status,) if self.status else (),
            name_contains=search or None,
            started_after_ms=_time_ms(self.started_from, "Started from"),
            started_before_ms=_time_ms(self.started_to, "Started until"),
            after_key=_cursor(self.after),
            limit=PAGE_SIZE + 1,
        )


def _time_ms(value: str, label: str) -> int | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidParameterValue(f"{label} must be a date and time, not {value!r}.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp() * 1000)


def _cursor(value: str) -> tuple[int, str] | None:
    if not value:
        return None
    ms, _, arn = value.partition(":")
    if not ms.isdigit() or not arn:
        raise InvalidParameterValue(f"Invalid page marker {value!r}.")
    return int(ms), arn


def parse_query(request: Request) -> ListQuery:
    query = request.query_params
    values = {name: query.get(name, "")[:300] for name in ListQuery.__dataclass_fields__}
    status = values["status"]
    if status and status not in STATUSES:
        raise InvalidParameterValue(f"Status must be one of {', '.join(STATUSES)}.")
    return ListQuery(**values)


@dataclass(frozen=True)
class Page:
    rows: list[ExecutionRecord]
    next_after: str  # "" on the last page


def find(service: DurableService, query: ListQuery) -> Page:
    search = query.search.strip()
    if search.startswith("arn:"):
        try:
            found = [service.get_execution(search)]
        except ResourceNotFound:
            found = []
        return Page(found, "")
    rows = service.list_executions(query.page_filter())
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    last = rows[-1] if more and rows else None
    return Page(rows, f"{last.start_ms}:{last.arn}" if last else "")


def _context(service: DurableService, request: Request) -> tuple[dict[str, Any], int]:
    try:
        query = parse_query(request)
        page, error, status = find(service, query), "", 200
    except InvalidParameterValue as problem:
        query, page, error, status = ListQuery(), Page([], ""), problem.message, 400
    return {"query": query, "page": page, "error": error}, status


def executions_page(request: Request) -> HTMLResponse:
    service: DurableService = request.app.state.service
    context, status = _context(service, request)
    query: ListQuery = context["query"]
    return render(
        request,
        "executions.html",
        status,
        functions=[f.name for f in service.functions.all()],
        statuses=STATUSES,
        counts=service.count_executions(query.function or None),
        **context,
    )


def executions_table(request: Request) -> HTMLResponse:
    context, status = _context(request.app.state.service, request)
    return render(request, "_executions_table.html", status, **context)
