"""Functions over HTTP: Invoke, ListFunctions, GetFunction and its reserved concurrency."""

from __future__ import annotations

import json
from typing import Any

from starlette.responses import Response

from lamina.api.request import ApiRequest
from lamina.api.versions import configuration, qualifier_of
from lamina.api.wire import json_response, parse_json_body
from lamina.app import wait_for_terminal
from lamina.errors import InvalidParameterValue, TooManyRequests
from lamina.service import DurableService, StartRequest
from lamina.service.ids import parse_function_ref
from lamina.store.records import ExecutionRecord, ExecutionStatus

SYNC_WAIT_S = 900.0  # Lambda's longest synchronous invocation
_INVOCATION_TYPES = ("RequestResponse", "Event", "DryRun")


def list_functions(service: DurableService, request: ApiRequest) -> Response:
    found = [configuration(service, f) for f in service.functions.all()]
    return json_response({"Functions": found})


def get_function(service: DurableService, request: ApiRequest, function: str) -> Response:
    ref = parse_function_ref(function)
    qualifier = qualifier_of(request, ref.qualifier)
    config = service.functions.get(ref.name, qualifier)
    found: dict[str, Any] = {"Configuration": configuration(service, config, qualifier)}
    reserved = service.functions.get(ref.name).reserved_concurrency
    if reserved is not None:
        found["Concurrency"] = {"ReservedConcurrentExecutions": reserved}
    return json_response(found)


def put_concurrency(service: DurableService, request: ApiRequest, function: str) -> Response:
    body = parse_json_body(request.body, required=True)
    reserved = body.get("ReservedConcurrentExecutions")
    if reserved is None:
        raise InvalidParameterValue("ReservedConcurrentExecutions is required.")
    service.functions.set_reserved_concurrency(parse_function_ref(function).name, reserved)
    return json_response({"ReservedConcurrentExecutions": reserved})


def get_concurrency(service: DurableService, request: ApiRequest, function: str) -> Response:
    config = service.functions.get(parse_function_ref(function).name)
    reserved = config.reserved_concurrency
    return json_response({} if reserved is None else {"ReservedConcurrentExecutions": reserved})


def delete_concurrency(service: DurableService, request: ApiRequest, function: str) -> Response:
    service.functions.set_reserved_concurrency(parse_function_ref(function).name, None)
    return Response(status_code=204)


def invoke(service: DurableService, request: ApiRequest, function: str) -> Response:
    kind = request.headers.get("X-Amz-Invocation-Type", "RequestResponse")
    if kind not in _INVOCATION_TYPES:
        raise InvalidParameterValue(f"X-Amz-Invocation-Type must be one of {_INVOCATION_TYPES}")
    ref = parse_function_ref(function)
    # An Event invocation learns what it needs from the execution it starts: one transaction.
    config = None if kind == "Event" else service.functions.get(ref.name)
    if kind == "DryRun":
        return Response(status_code=204)
    try:
        payload = request.body.decode("utf-8") if request.body.strip() else "{}"
    except UnicodeDecodeError:
        raise InvalidParameterValue("Could not parse request body into json.") from None
    if config is not None and config.reserved_concurrency == 0:
        # As Lambda throttles it; an Event invocation is queued until a limit lets it run.
        raise TooManyRequests(
            "Rate Exceeded. The function's reserved concurrency is 0: it runs no invocations "
            "(ReservedFunctionConcurrentInvocationLimitExceeded)."
        )
    limit = service.limits.async_invoke_payload if kind == "Event" else None
    started = service.start_execution(
        StartRequest(
            function=ref.name,
            qualifier=request.query.get("Qualifier") or ref.qualifier,
            payload=payload,
            name=request.headers.get("X-Amz-Durable-Execution-Name"),
            tenant_id=request.headers.get("X-Amz-Tenant-Id"),
        ),
        limit=limit,
    ).execution
    headers = {"X-Amz-Executed-Version": started.version}
    durable = started.kind == "durable"
    if durable:
        headers["X-Amz-Durable-Execution-Arn"] = started.arn
    if kind == "Event":
        return Response(status_code=202, headers=headers)
    done = wait_for_terminal(service, started.arn, SYNC_WAIT_S, plain=not durable)
    return _result(done, headers)


def _result(execution: ExecutionRecord, headers: dict[str, str]) -> Response:
    if execution.status == ExecutionStatus.SUCCEEDED:
        return Response(execution.result or "null", headers=headers, media_type="application/json")
    error = execution.error or {}
    body = {
        "errorType": error.get("ErrorType") or execution.status,
        "errorMessage": error.get("ErrorMessage") or f"Execution {execution.status.lower()}",
    }
    if error.get("StackTrace"):
        body["stackTrace"] = error["StackTrace"]
    headers["X-Amz-Function-Error"] = "Unhandled"
    return Response(json.dumps(body), headers=headers, media_type="application/json")
