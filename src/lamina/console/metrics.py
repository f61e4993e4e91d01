"""Prometheus /metrics: a collector that reads the store at each scrape (no counters kept in
the process, except the checkpoint latency and invocation tallies the service keeps)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from lamina.console.accounts import Accounts
from lamina.console.figures import Snapshot, snapshot
from lamina.service import DurableService


class LaminaCollector(Collector):
    def __init__(self, service: DurableService, review_prefix: str) -> None:
        self.service = service
        self.review_prefix = review_prefix

    def collect(self) -> Iterator[Metric]:
        figures = snapshot(self.service, self.review_prefix)
        yield from executions(figures)
        yield from waiting(figures)
        yield from process_tallies(figures)


def executions(figures: Snapshot) -> Iterator[Metric]:
    started = CounterMetricFamily(
        "lamina_executions_started",
        "Durable executions started (those still stored: purged ones leave the count).",
        labels=["function"],
    )
    for function, count in sorted(figures.started().items()):
        started.add_metric([function], count)
    finished = CounterMetricFamily(
        "lamina_executions_finished",
        "Durable executions finished, by final status (those still stored).",
        labels=["function", "status"],
    )
    for (function, status), count in sorted(figures.finished().items()):
        finished.add_metric([function, status], count)
    current = GaugeMetricFamily(
        "lamina_executions_open",
        "Durable executions not finished: running, waiting (suspended) or paused.",
        labels=["function", "state"],
    )
    for (function, state), count in sorted(figures.open().items()):
        current.add_metric([function, state], count)
    yield from (started, finished, current)


def waiting(figures: Snapshot) -> Iterator[Metric]:
    yield GaugeMetricFamily(
        "lamina_callbacks_waiting",
        "Callbacks waiting for their answer.",
        value=figures.callbacks_waiting,
    )
    yield GaugeMetricFamily(
        "lamina_reviews_waiting",
        "Callbacks waiting for a person (the console's review inbox).",
        value=figures.reviews_waiting,
    )
    due = GaugeMetricFamily("lamina_timers_due", "Timers due and not yet fired.", labels=["kind"])
    late = GaugeMetricFamily(
        "lamina_timers_late", "Timers due for more than a second, not yet fired.", labels=["kind"]
    )
    lag = GaugeMetricFamily(
        "lamina_timer_lag_seconds", "How long the oldest due timer has waited to fire."
    )
    oldest = min((t.oldest_due_ms for t in figures.timers), default=None)
    for timer in figures.timers:
        due.add_metric([timer.kind], timer.due)
        late.add_metric([timer.kind], timer.late)
    lag.add_metric([], 0.0 if oldest is None else max(0, figures.now_ms - oldest) / 1000)
    yield from (due, late, lag)


def process_tallies(figures: Snapshot) -> Iterator[Metric]:
    invocations = CounterMetricFamily(
        "lamina_invocations",
        "Handler invocations this process ran, by outcome (ok, or error: a function error).",
        labels=["outcome"],
    )
    for outcome in ("ok", "error"):
        invocations.add_metric([outcome], figures.invocations.get(outcome, 0))
    latency = HistogramMetricFamily(
        "lamina_checkpoint_latency_seconds",
        "Time to apply a checkpoint and commit it (this process).",
    )
    cumulative, buckets = 0, []
    for bound, count in zip(figures.latency_bounds, figures.latency_counts, strict=False):
        cumulative += count
        buckets.append((repr(bound), cumulative))
    buckets.append(("+Inf", sum(figures.latency_counts)))
    latency.add_metric([], buckets, figures.latency_sum)
    yield from (invocations, latency)


def basic_auth_user(request: Request, accounts: Accounts) -> str | None:
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return None
    try:
        name, _, password = base64.b64decode(header[6:]).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return name if accounts.verify(name, password) else None


def create_metrics_app(
    service: DurableService, review_prefix: str, accounts: Accounts | None
) -> ASGIApp:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(LaminaCollector(service, review_prefix))

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response: Response
        if accounts is not None and not await run_in_threadpool(basic_auth_user, request, accounts):
            response = PlainTextResponse(
                "Metrics need a login (HTTP Basic).",
                401,
                headers={"WWW-Authenticate": 'Basic realm="lamina"'},
            )
        else:
            body = await run_in_threadpool(generate_latest, registry)
            response = Response(body, headers={"Content-Type": CONTENT_TYPE_LATEST})
        await response(scope, receive, send)

    return app
