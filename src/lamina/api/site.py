"""Everything one server answers: the console at /console, Prometheus at /metrics, and the
Lambda-compatible API for every other path (its own error shape included)."""

from __future__ import annotations

from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from lamina.api.app import create_app
from lamina.api.auth import KeyRing
from lamina.console import ConsoleConfig, create_console, create_metrics_app
from lamina.service import DurableService

CONSOLE_PATH = "/console"


def create_site(
    service: DurableService, keyring: KeyRing | None, console: ConsoleConfig
) -> ASGIApp:
    api = create_app(service, keyring)
    pages = create_console(service, console)
    metrics = create_metrics_app(service, console.review_prefix, console.accounts)

    async def site(scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http":
            await api(scope, receive, send)
        elif path == CONSOLE_PATH or path.startswith(CONSOLE_PATH + "/"):
            root = scope.get("root_path", "") + CONSOLE_PATH
            await pages({**scope, "root_path": root}, receive, send)
        elif path == "/metrics" and scope["method"] in ("GET", "HEAD"):
            await metrics(scope, receive, send)
        elif path == "/" and scope["method"] in ("GET", "HEAD"):
            await RedirectResponse(CONSOLE_PATH + "/", 307)(scope, receive, send)
        else:
            await api(scope, receive, send)

    return site
