"""Server-rendered pages: one Jinja environment (autoescaped), filters for times and payloads."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

from lamina.clock import clock_notice, duration
from lamina.console.guard import ANONYMOUS, CSRF_FIELD, session_of

# Payloads longer than this are folded into a <details> element.
LONG_PAYLOAD_CHARS = 1500
LONG_PAYLOAD_LINES = 25


def when(ms: int | None) -> str:
    if ms is None:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def precise(ms: int | None) -> str:
    """To the millisecond, for history events close together."""
    if ms is None:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def iso(ms: int | None) -> str:
    if ms is None:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


def pretty(text: str | None) -> str:
    """JSON indented for reading; anything else as it is."""
    if text is None:
        return ""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text


def as_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def dom_id(value: str) -> str:
    """A valid, stable HTML id for any text (callback ids hold '=', '/' and '+')."""
    return "x" + hashlib.sha256(value.encode()).hexdigest()[:16]


def is_long(text: str) -> bool:
    return len(text) > LONG_PAYLOAD_CHARS or text.count("\n") > LONG_PAYLOAD_LINES


def status_class(status: str | None) -> str:
    return f"status status-{(status or 'unknown').lower().replace('_', '-')}"


ENV = Environment(
    loader=PackageLoader("lamina.console", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
ENV.filters.update(
    when=when,
    precise=precise,
    iso=iso,
    duration=duration,
    pretty=pretty,
    as_json=as_json,
    dom_id=dom_id,
    status_class=status_class,
)
ENV.tests["long"] = is_long


def base_context(request: Request) -> dict[str, Any]:
    session = session_of(request)
    signer = request.app.state.signer
    clock = request.app.state.service.clock
    return {
        # Said when this Lamina's clock is ahead of real time (`--time-skip`).
        "clock_notice": clock_notice(clock),
        "base": request.scope.get("root_path", ""),
        "user": session.user or ANONYMOUS,
        "logged_in": bool(session.user) and request.app.state.accounts is not None,
        "csrf_field": CSRF_FIELD,
        "csrf_token": signer.csrf_token(session),
        "path": request.url.path,
    }


def render(
    request: Request,
    template: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    html = ENV.get_template(template).render(**base_context(request), **context)
    return HTMLResponse(html, status_code=status, headers=headers)
