"""Logging in and out of the console (when logins are configured)."""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from lamina.console.accounts import Accounts
from lamina.console.forms import form_of, safe_next
from lamina.console.guard import NEW_SESSION_KEY, session_of
from lamina.console.render import render
from lamina.console.sessions import SessionSigner


def _home(request: Request, target: str | None = None) -> str:
    root: str = request.scope.get("root_path", "")
    return root + safe_next(target)


def login_page(request: Request) -> Response:
    if request.app.state.accounts is None:
        return RedirectResponse(_home(request), 303)
    target = safe_next(request.query_params.get("next"))
    return render(request, "login.html", next=target, problem="", name="")


async def login(request: Request) -> Response:
    accounts: Accounts | None = request.app.state.accounts
    if accounts is None:
        return RedirectResponse(_home(request), 303)
    form = await form_of(request)
    name, password = form.get("name", "")[:200], form.get("password", "")[:1024]
    target = safe_next(form.get("next"))
    if not name or not await run_in_threadpool(accounts.verify, name, password):
        problem = "Wrong name or password."
        return render(request, "login.html", 401, next=target, problem=problem, name=name)
    signer: SessionSigner = request.app.state.signer
    # A new nonce at login: a session (and CSRF token) seen before login is worthless after.
    request.scope[NEW_SESSION_KEY] = signer.new(name)
    return RedirectResponse(_home(request, target), 303)


async def logout(request: Request) -> Response:
    signer: SessionSigner = request.app.state.signer
    if request.app.state.accounts is not None and session_of(request).user:
        request.scope[NEW_SESSION_KEY] = signer.new("")
    return RedirectResponse(_home(request, "/login"), 303)
