"""Runs handlers that live behind an HTTP endpoint (the Lambda Runtime Interface Emulator's
shape): Lamina POSTs the invocation event, the handler checkpoints back over Lamina's API.

A function opts in with its template's `Metadata: {Lamina: {Endpoint: http://host:port/prefix}}`;
every other function goes to the fallback invoker.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from lamina.functions.config import FunctionConfig
from lamina.runtime.base import Invoker, ServiceChannel, function_error
from lamina.service.invocations import Invocation, Outcome

INVOCATIONS_PATH = "/2015-03-31/functions/function/invocations"


class HttpInvoker:
    def __init__(self, fallback: Invoker) -> None:
        self.fallback = fallback

    def invoke(
        self, function: FunctionConfig, invocation: Invocation, channel: ServiceChannel
    ) -> Outcome:
        endpoint = function.endpoint
        if not endpoint:
            return self.fallback.invoke(function, invocation, channel)
        if invocation.kind == "durable":
            body = json.dumps(invocation.event()).encode()
        else:
            body = (invocation.input_payload or "{}").encode()
        request = urllib.request.Request(
            endpoint.rstrip("/") + INVOCATIONS_PATH,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Lambda-Runtime-Aws-Request-Id": invocation.invocation_id,
            },
        )
        timeout = float(function.timeout)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return _outcome(invocation, response.headers, response.read())
        except urllib.error.HTTPError as error:
            with error:
                return function_error(
                    "Runtime.Unavailable", f"{endpoint} answered HTTP {error.code}"
                )
        except TimeoutError:
            return function_error("Sandbox.Timedout", f"Task timed out after {timeout:.2f} seconds")
        except (urllib.error.URLError, OSError) as error:
            return function_error("Runtime.Unavailable", f"{endpoint} is unreachable: {error}")

    def cancel(self, invocation_id: str) -> None:
        self.fallback.cancel(invocation_id)

    def trim_idle(self) -> int:
        return self.fallback.trim_idle()

    def prewarm(self, functions: list[FunctionConfig]) -> None:
        self.fallback.prewarm([f for f in functions if not f.endpoint])

    def close(self) -> None:
        self.fallback.close()


def _outcome(invocation: Invocation, headers: Any, body: bytes) -> Outcome:
    text = body.decode("utf-8", errors="replace")
    if headers.get("X-Amz-Function-Error"):
        try:
            error = json.loads(text)
        except ValueError:
            error = {}
        if not isinstance(error, dict):
            error = {}
        return Outcome(
            error={
                "ErrorType": str(error.get("errorType", "Runtime.Unknown")),
                "ErrorMessage": str(error.get("errorMessage", text[:1000])),
            }
        )
    if invocation.kind == "plain":
        return Outcome(output=text)
    try:
        return Outcome(output=json.loads(text))
    except ValueError:
        return Outcome(output=None)  # recorded as an invalid output, the execution fails
