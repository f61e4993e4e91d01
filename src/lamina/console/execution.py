"""One execution: status, input and result, the operation timeline, the raw history, and
the actions: stop, pause, resume, and answering a waiting callback."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from lamina.console.forms import form_of, text_field
from lamina.console.render import render
from lamina.console.timeline import build_timeline
from lamina.errors import InvalidParameterValue, LaminaError, ResourceNotFound
from lamina.service import DurableService
from lamina.store.records import OperationStatus

Action = Callable[[DurableService, dict[str, str]], str]  # returns a key of DONE
HISTORY_LIMIT = 1000
DONE = {
    "stopped": "The execution was stopped.",
    "paused": "Pause requested: no new invocation starts until it is resumed.",
    "resumed": "The execution was resumed.",
    "callback-succeeded": "The callback was answered with a success.",
    "callback-failed": "The callback was answered with a failure.",
}


def page_url(request: Request, arn: str, **extra: str) -> str:
    return f"{request.scope.get('root_path', '')}/execution?{urlencode({'arn': arn, **extra})}"


def _details(service: DurableService, arn: str) -> dict[str, Any]:
    execution = service.get_execution(arn)
    ops = service.operations(arn)
    events, more = service.history(arn, 0, HISTORY_LIMIT)
    timeline = build_timeline(execution, ops, events, service.clock.now_ms())
    return {
        "execution": execution,
        "function_arn": service.region.function_arn(execution.function_name, execution.version),
        "timeline": timeline,
        "events": events,
        "history_truncated": more is not None,
        "history_limit": HISTORY_LIMIT,
        "waiting": [
            op for op in ops if op.type == "CALLBACK" and op.status == OperationStatus.STARTED
        ],
        "children": [row.child_arn for row in timeline.rows if row.child_arn],
        "seen": f"{execution.status}:{execution.change_seq}",
    }


def _show(request: Request, arn: str, status: int = 200, error: str = "") -> HTMLResponse:
    service: DurableService = request.app.state.service
    try:
        details = _details(service, arn)
    except ResourceNotFound as missing:
        return render(request, "not_found.html", 404, message=missing.message)
    done = DONE.get(request.query_params.get("done", ""), "")
    return render(request, "execution.html", status, error=error, done=done, **details)


def execution_page(request: Request) -> HTMLResponse:
    arn = request.query_params.get("arn", "")
    if not arn:
        return render(request, "not_found.html", 404, message="No execution ARN was given.")
    return _show(request, arn)


def execution_poll(request: Request) -> Response:
    """204 while nothing changed; otherwise htmx reloads the page."""
    service: DurableService = request.app.state.service
    try:
        execution = service.get_execution(request.query_params.get("arn", ""))
    except ResourceNotFound:
        return Response(status_code=204, headers={"HX-Refresh": "true"})
    if f"{execution.status}:{execution.change_seq}" == request.query_params.get("seen"):
        return Response(status_code=204)
    return Response(status_code=204, headers={"HX-Refresh": "true"})


async def _act(request: Request, action: Action) -> Response:
    form, arn = {}, ""
    try:
        form = await form_of(request)
        arn = form.get("arn", "")
        done = await run_in_threadpool(action, request.app.state.service, form)
    except LaminaError as error:
        return await run_in_threadpool(_show, request, arn, error.http_status, error.message)
    return RedirectResponse(page_url(request, arn, done=done), 303)


def _stop(service: DurableService, form: dict[str, str]) -> str:
    service.stop(form.get("arn", ""))
    return "stopped"


def _pause(service: DurableService, form: dict[str, str]) -> str:
    reason = text_field(form, "reason", 1024, required=False, label="Reason")
    service.pause(form.get("arn", ""), reason or None)
    return "paused"


def _resume(service: DurableService, form: dict[str, str]) -> str:
    service.resume(form.get("arn", ""))
    return "resumed"


def _succeed_callback(service: DurableService, form: dict[str, str]) -> str:
    payload = text_field(form, "payload", 256 * 1024, label="Result")
    try:
        json.loads(payload)
    except ValueError:
        raise InvalidParameterValue('The result must be JSON, e.g. {"ok": true}.') from None
    service.succeed_callback(text_field(form, "callback_id", 2048), payload.encode())
    return "callback-succeeded"


def _fail_callback(service: DurableService, form: dict[str, str]) -> str:
    error = {
        "ErrorType": text_field(form, "error_type", 256, label="Error type"),
        "ErrorMessage": text_field(form, "error_message", 4096, required=False),
    }
    service.fail_callback(text_field(form, "callback_id", 2048), error)
    return "callback-failed"


async def stop(request: Request) -> Response:
    return await _act(request, _stop)


async def pause(request: Request) -> Response:
    return await _act(request, _pause)


async def resume(request: Request) -> Response:
    return await _act(request, _resume)


async def succeed_callback(request: Request) -> Response:
    return await _act(request, _succeed_callback)


async def fail_callback(request: Request) -> Response:
    return await _act(request, _fail_callback)
