"""Callbacks answered over HTTP: success (raw body), failure (an ErrorObject), heartbeat."""

from __future__ import annotations

from starlette.responses import Response

from lamina.api.request import ApiRequest
from lamina.api.wire import json_response, parse_json_body
from lamina.service import DurableService


def succeed(service: DurableService, request: ApiRequest, callback_id: str) -> Response:
    service.succeed_callback(callback_id, request.body or None)
    return json_response({})


def fail(service: DurableService, request: ApiRequest, callback_id: str) -> Response:
    service.fail_callback(callback_id, parse_json_body(request.body))
    return json_response({})


def heartbeat(service: DurableService, request: ApiRequest, callback_id: str) -> Response:
    service.heartbeat_callback(callback_id)
    return json_response({})
