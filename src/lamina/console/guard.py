"""The console's gate: a session for every visitor, a login where one is needed, and a CSRF
token checked on every POST before any page code runs."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, quote

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lamina.console.accounts import Accounts
from lamina.console.sessions import COOKIE_NAME, MAX_AGE_S, Session, SessionSigner

ANONYMOUS = "anonymous"
SESSION_KEY = "lamina.session"  # the visitor's session, in the ASGI scope
NEW_SESSION_KEY = "lamina.new_session"  # set by login and logout: the cookie to send instead
CSRF_FIELD = "csrf_token"
MAX_FORM_BYTES = 1024 * 1024
_PUBLIC = ("/login", "/static/")
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


def session_of(request: Request) -> Session:
    session: Session = request.scope[SESSION_KEY]
    return session


def route_path(scope: Scope) -> str:
    path: str = scope["path"]
    return path[len(scope.get("root_path", "")) :] or "/"


class ConsoleGuard:
    def __init__(self, app: ASGIApp, signer: SessionSigner, accounts: Accounts | None) -> None:
        self.app = app
        self.signer = signer
        self.accounts = accounts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        session = self.signer.load(request.cookies.get(COOKIE_NAME))
        if session and session.user and self.accounts and not self.accounts.knows(session.user):
            session = None  # a login that was removed from the users file since
        fresh = session is None
        if session is None:
            session = self.signer.new("" if self.accounts is not None else ANONYMOUS)
        scope[SESSION_KEY] = session
        path = route_path(scope)
        secure = scope.get("scheme") == "https"
        outgoing = _with_cookie(send, scope, self.signer, session if fresh else None, secure)
        if self.accounts is not None and not session.user and not path.startswith(_PUBLIC):
            await self._to_login(request, path)(scope, receive, outgoing)
            return
        if scope["method"] == "POST":
            body = await _read_body(receive)
            if body is None:
                await PlainTextResponse("Form too large.", 413)(scope, receive, outgoing)
                return
            if not self._csrf_ok(session, Headers(scope=scope), body):
                await forbidden()(scope, receive, outgoing)
                return
            receive = _replay(body)
        await self.app(scope, receive, outgoing)

    def _csrf_ok(self, session: Session, headers: Headers, body: bytes) -> bool:
        token = headers.get("x-csrf-token")
        if token is None and headers.get("content-type", "").startswith(
            "application/x-www-form-urlencoded"
        ):
            values = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FIELD)
            token = values[0] if values else None
        return self.signer.check_csrf(session, token)

    @staticmethod
    def _to_login(request: Request, path: str) -> Response:
        root = request.scope.get("root_path", "")
        target = path + (f"?{request.url.query}" if request.url.query else "")
        location = f"{root}/login?next={quote(target, safe='')}"
        if request.headers.get("hx-request"):
            # htmx follows a redirect inside the fragment; this makes it load the whole page.
            return Response(status_code=204, headers={"HX-Redirect": location})
        return RedirectResponse(location, 303)


def forbidden() -> Response:
    return PlainTextResponse(
        "Forbidden: the form's CSRF token is missing or wrong. Reload the page and try again.",
        403,
    )


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _with_cookie(
    send: Send, scope: Scope, signer: SessionSigner, fresh: Session | None, secure: bool
) -> Send:
    """Adds the security headers, and the session cookie when it is new or was replaced."""

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers: list[Any] = list(message.get("headers", []))
            headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
            session = scope.get(NEW_SESSION_KEY) or fresh
            if session is not None:
                cookie = cookie_header(signer.dump(session), scope.get("root_path") or "/", secure)
                headers.append((b"set-cookie", cookie.encode()))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


def cookie_header(value: str, path: str, secure: bool) -> str:
    parts = [f"{COOKIE_NAME}={value}", f"Path={path}", f"Max-Age={MAX_AGE_S}", "HttpOnly"]
    parts.append("SameSite=Lax")
    if secure:
        parts.append("Secure")
    return "; ".join(parts)
