"""The console's ASGI application, served under /console beside the HTTP API."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp

from lamina.config import Settings
from lamina.console import execution, executions, functions, inbox, login, overview
from lamina.console.accounts import Accounts
from lamina.console.guard import ConsoleGuard
from lamina.console.render import render
from lamina.console.sessions import SessionSigner
from lamina.errors import InvalidParameterValue, LaminaError
from lamina.service import DurableService


@dataclass(frozen=True)
class ConsoleConfig:
    accounts: Accounts | None  # None: no login (loopback only)
    secret: bytes
    review_prefix: str = "review"

    @classmethod
    def from_settings(cls, settings: Settings, loopback: bool) -> ConsoleConfig:
        accounts = Accounts.load(settings.users_file, settings.keys_file)
        if accounts is None and not loopback:
            raise InvalidParameterValue(
                "Beyond loopback the console needs logins: give --users-file (or --keys-file)."
            )
        if accounts is not None and accounts.empty:
            raise InvalidParameterValue(
                "Nobody could log in to the console: every access key is limited to some "
                "functions. Give --users-file, or a key without a functions list."
            )
        if not settings.review_prefix.strip():
            raise InvalidParameterValue("The review prefix must not be empty.")
        if settings.session_secret is not None and len(settings.session_secret) < 32:
            raise InvalidParameterValue("LAMINA_SESSION_SECRET must be at least 32 characters.")
        secret = (settings.session_secret or "").encode() or secrets.token_bytes(32)
        return cls(accounts, secret, settings.review_prefix)


ROUTES = [
    Route("/", executions.executions_page),
    Route("/executions/table", executions.executions_table),
    Route("/execution", execution.execution_page),
    Route("/execution/poll", execution.execution_poll),
    Route("/execution/stop", execution.stop, methods=["POST"]),
    Route("/execution/pause", execution.pause, methods=["POST"]),
    Route("/execution/resume", execution.resume, methods=["POST"]),
    Route("/callbacks/succeed", execution.succeed_callback, methods=["POST"]),
    Route("/callbacks/fail", execution.fail_callback, methods=["POST"]),
    Route("/inbox", inbox.inbox_page),
    Route("/inbox/poll", inbox.inbox_poll),
    Route("/inbox/decide", inbox.decide, methods=["POST"]),
    Route("/functions", functions.functions_page),
    Route("/overview", overview.overview_page),
    Route("/login", login.login_page),
    Route("/login", login.login, methods=["POST"]),
    Route("/logout", login.logout, methods=["POST"]),
    Mount("/static", StaticFiles(packages=[("lamina.console", "static")]), name="static"),
]


def problem(request: Request, error: Exception) -> Response:
    status = error.http_status if isinstance(error, LaminaError) else 500
    message = error.message if isinstance(error, LaminaError) else "Internal failure."
    return render(request, "problem.html", status, message=message)


def not_found(request: Request, error: Exception) -> Response:
    """Unknown console paths get the console's own page, with its menu."""
    path = request.url.path
    return render(request, "not_found.html", 404, message=f"The console has no page at {path}.")


def create_console(service: DurableService, config: ConsoleConfig) -> ASGIApp:
    handlers = {LaminaError: problem, 404: not_found}
    app = Starlette(routes=ROUTES, exception_handlers=handlers)
    app.state.service = service
    app.state.accounts = config.accounts
    app.state.review_prefix = config.review_prefix
    app.state.signer = SessionSigner(config.secret)
    return ConsoleGuard(app, app.state.signer, config.accounts)
