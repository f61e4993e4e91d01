"""The ASGI application: raw-path routing, Lambda's error shape, request size limits."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from lamina.api import callbacks, data_plane, executions, functions, versions
from lamina.api.auth import KeyRing, verify
from lamina.api.request import ApiRequest, split_raw_path
from lamina.api.wire import json_response, parse_json_body
from lamina.errors import LaminaError, RequestTooLarge, ResourceNotFound, ServiceError
from lamina.service import DurableService
from lamina.service.ids import parse_function_ref

log = logging.getLogger("lamina.api")
Handler = Callable[..., Response]
# Larger than any payload the API accepts (6 MiB), with room for the JSON around it.
MAX_BODY_BYTES = 7 * 1024 * 1024
# A 50 MB package in base64, as Lambda limits CreateFunction and UpdateFunctionCode.
MAX_CODE_BODY_BYTES = 69_905_067

# (method, path pattern) -> handler; "{x}" matches one percent-decoded segment.
ROUTES: list[tuple[str, tuple[str, ...], Handler]] = [
    ("GET", ("2015-03-31", "functions"), functions.list_functions),
    ("POST", ("2015-03-31", "functions"), versions.create_function),
    ("GET", ("2015-03-31", "functions", "{function}"), functions.get_function),
    ("DELETE", ("2015-03-31", "functions", "{function}"), versions.delete_function),
    (
        "GET",
        ("2015-03-31", "functions", "{function}", "configuration"),
        versions.get_function_configuration,
    ),
    ("PUT", ("2015-03-31", "functions", "{function}", "code"), versions.update_function_code),
    ("POST", ("2015-03-31", "functions", "{function}", "versions"), versions.publish_version),
    ("GET", ("2015-03-31", "functions", "{function}", "versions"), versions.list_versions),
    ("POST", ("2015-03-31", "functions", "{function}", "aliases"), versions.create_alias),
    ("GET", ("2015-03-31", "functions", "{function}", "aliases"), versions.list_aliases),
    ("GET", ("2015-03-31", "functions", "{function}", "aliases", "{alias}"), versions.get_alias),
    (
        "PUT",
        ("2015-03-31", "functions", "{function}", "aliases", "{alias}"),
        versions.update_alias,
    ),
    (
        "DELETE",
        ("2015-03-31", "functions", "{function}", "aliases", "{alias}"),
        versions.delete_alias,
    ),
    ("POST", ("2015-03-31", "functions", "{function}", "invocations"), functions.invoke),
    ("PUT", ("2017-10-31", "functions", "{function}", "concurrency"), functions.put_concurrency),
    ("GET", ("2019-09-30", "functions", "{function}", "concurrency"), functions.get_concurrency),
    (
        "DELETE",
        ("2017-10-31", "functions", "{function}", "concurrency"),
        functions.delete_concurrency,
    ),
    (
        "GET",
        ("2025-12-01", "functions", "{function}", "durable-executions"),
        executions.list_by_function,
    ),
    ("GET", ("2025-12-01", "durable-executions", "{arn}"), executions.get_execution),
    ("GET", ("2025-12-01", "durable-executions", "{arn}", "history"), executions.get_history),
    ("POST", ("2025-12-01", "durable-executions", "{arn}", "stop"), executions.stop),
    ("POST", ("2025-12-01", "durable-executions", "{arn}", "pause"), executions.pause),
    ("POST", ("2025-12-01", "durable-executions", "{arn}", "resume"), executions.resume),
    ("DELETE", ("2025-12-01", "durable-executions", "{arn}"), executions.delete),
    ("POST", ("2025-12-01", "durable-executions", "{arn}", "checkpoint"), data_plane.checkpoint),
    ("GET", ("2025-12-01", "durable-executions", "{arn}", "state"), data_plane.get_state),
    (
        "POST",
        ("2025-12-01", "durable-execution-callbacks", "{callback_id}", "succeed"),
        callbacks.succeed,
    ),
    (
        "POST",
        ("2025-12-01", "durable-execution-callbacks", "{callback_id}", "fail"),
        callbacks.fail,
    ),
    (
        "POST",
        ("2025-12-01", "durable-execution-callbacks", "{callback_id}", "heartbeat"),
        callbacks.heartbeat,
    ),
]


def match_route(method: str, segments: tuple[str, ...]) -> tuple[Handler, dict[str, str]]:
    for route_method, pattern, handler in ROUTES:
        if route_method != method or len(pattern) != len(segments):
            continue
        params: dict[str, str] = {}
        for expected, actual in zip(pattern, segments, strict=True):
            if expected.startswith("{"):
                params[expected[1:-1]] = actual
            elif expected != actual:
                break
        else:
            return handler, params
    raise ResourceNotFound(f"No operation at {method} /{'/'.join(segments)}")


def error_response(error: LaminaError, request_id: str) -> Response:
    body: dict[str, Any] = {"Type": "User", "message": error.message, "Message": error.message}
    if error.http_status >= 500:
        body["Type"] = "Service"
    return json_response(
        body, error.http_status, {"x-amzn-ErrorType": error.code, "x-amzn-RequestId": request_id}
    )


_CODE_UPLOADS = (versions.create_function, versions.update_function_code)


def function_of(service: DurableService, params: dict[str, str], body: bytes) -> str | None:
    """The function a request touches, for keys limited to some functions."""
    if not params and body:  # CreateFunction names it in its body
        return str(parse_json_body(body).get("FunctionName") or "") or None
    if "function" in params:
        return parse_function_ref(params["function"]).name
    if "arn" in params:
        match = re.search(r":function:([a-zA-Z0-9_-]+)", params["arn"])
        return match.group(1) if match else None
    if "callback_id" in params:
        return service.callback_function(params["callback_id"])
    return None


def create_app(service: DurableService, keyring: KeyRing | None = None) -> ASGIApp:
    async def dispatch(request: Request) -> Response:
        request_id = str(uuid.uuid4())
        try:
            segments = split_raw_path(request.scope.get("raw_path") or request.url.path.encode())
            handler, params = match_route(request.method, segments)
            most = MAX_CODE_BODY_BYTES if handler in _CODE_UPLOADS else MAX_BODY_BYTES
            declared = int(request.headers.get("content-length") or 0)
            if declared > most:
                raise RequestTooLarge(f"Request must be smaller than {most} bytes.")
            body = await request.body()
            if len(body) > most:
                raise RequestTooLarge(f"Request must be smaller than {most} bytes.")
            api_request = ApiRequest(
                request.method, segments, request.query_params, request.headers, body
            )
            raw_path = (request.scope.get("raw_path") or b"").decode("latin-1")
            signed = (raw_path.split("?")[0], request.url.query)

            def serve() -> Response:  # one trip to a worker thread: the checks block too
                if keyring is not None:
                    key = verify(keyring, request.method, *signed, dict(request.headers), body)
                    key.allow(function_of(service, params, body))
                return handler(service, api_request, **params)

            response = await run_in_threadpool(serve)
        except LaminaError as error:
            return error_response(error, request_id)
        except Exception:
            log.exception("request failed")
            return error_response(ServiceError("Internal failure."), request_id)
        response.headers["x-amzn-RequestId"] = request_id
        return response

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        # Every request reaches `dispatch`, whatever its path or method: the answer to a
        # request no route serves must carry Lambda's error shape too.
        if scope["type"] != "http":
            return
        response = await dispatch(Request(scope, receive))
        await response(scope, receive, send)

    return app
