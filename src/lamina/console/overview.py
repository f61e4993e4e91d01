"""The overview: what /metrics exposes, as numbers and small charts of the last hour."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse

from lamina.clock import duration
from lamina.console.charts import Chart, bar_chart
from lamina.console.figures import Snapshot, per_minute, snapshot
from lamina.console.render import render
from lamina.service import DurableService
from lamina.store.records import ExecutionStatus

MINUTES = 60


def activity_charts(service: DurableService, now_ms: int) -> list[Chart]:
    since = (now_ms // 60_000 - (MINUTES - 1)) * 60_000  # whole minutes, the current one last
    timings = service.execution_timings(since)
    labels = [f"{MINUTES - 1 - i} min ago" for i in range(MINUTES - 1)] + ["this minute"]

    def chart(title: str, values: list[int]) -> Chart:
        return bar_chart(title, [float(v) for v in values], labels, "executions")

    return [
        chart("Executions started per minute", per_minute(timings, since, MINUTES, False)),
        chart(
            "Executions succeeded per minute",
            per_minute(timings, since, MINUTES, True, ExecutionStatus.SUCCEEDED),
        ),
        chart(
            "Executions failed per minute",
            per_minute(timings, since, MINUTES, True, ExecutionStatus.FAILED),
        ),
    ]


def latency_chart(figures: Snapshot) -> Chart:
    bounds = figures.latency_bounds
    labels = [f"≤ {duration(b * 1000)}" for b in bounds] + [f"> {duration(bounds[-1] * 1000)}"]
    values = [float(c) for c in figures.latency_counts]
    return bar_chart("Checkpoints by latency (this process)", values, labels, "checkpoints")


def overview_page(request: Request) -> HTMLResponse:
    service: DurableService = request.app.state.service
    figures = snapshot(service, request.app.state.review_prefix)
    states = {"running": 0, "waiting": 0, "paused": 0}
    for (_, state), count in figures.open().items():
        states[state] += count
    finished: dict[str, int] = {}
    for (_, status), count in figures.finished().items():
        finished[status] = finished.get(status, 0) + count
    return render(
        request,
        "overview.html",
        figures=figures,
        states=states,
        finished=finished,
        started=sum(figures.started().values()),
        charts=activity_charts(service, figures.now_ms),
        latency=latency_chart(figures),
        timers_due=sum(t.due for t in figures.timers),
        timers_late=sum(t.late for t in figures.timers),
    )
