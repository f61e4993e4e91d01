"""What a handler running elsewhere calls: CheckpointDurableExecution, GetDurableExecutionState."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from lamina.api.request import ApiRequest
from lamina.api.wire import json_response, operations_to_http, parse_int, parse_json_body
from lamina.errors import InvalidParameterValue
from lamina.service import DurableService


def checkpoint(service: DurableService, request: ApiRequest, arn: str) -> Response:
    body = parse_json_body(request.body, required=True)
    token, updates = body.get("CheckpointToken"), body.get("Updates") or []
    client_token = body.get("ClientToken")
    if not isinstance(token, str) or not token:
        raise InvalidParameterValue("CheckpointToken is required.")
    if not isinstance(updates, list):
        raise InvalidParameterValue("Updates must be a list.")
    if client_token is not None and not isinstance(client_token, str):
        raise InvalidParameterValue("ClientToken must be a string.")
    response = service.checkpoint(arn, token, updates, client_token)
    state: dict[str, Any] = dict(response.get("NewExecutionState") or {})
    state["Operations"] = operations_to_http(state.get("Operations", []))
    return json_response({**response, "NewExecutionState": state})


def get_state(service: DurableService, request: ApiRequest, arn: str) -> Response:
    token = request.query.get("CheckpointToken")
    if not token:
        raise InvalidParameterValue("CheckpointToken is required.")
    max_items = parse_int(request.query.get("MaxItems"), "MaxItems", 0, 1000, 0)
    response = service.get_state(arn, token, request.query.get("Marker") or "", max_items)
    return json_response({**response, "Operations": operations_to_http(response["Operations"])})
