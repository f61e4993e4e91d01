"""Loading a handler the way Lambda does, and running one invocation of it."""

from __future__ import annotations

import importlib
import json
import sys
import traceback
from collections.abc import Callable
from typing import Any

from aws_durable_execution_sdk_python.execution import (
    DurableExecutionInvocationInput,
    DurableExecutionInvocationInputWithClient,
)

from lamina.functions.config import FunctionConfig
from lamina.runtime.base import ServiceChannel
from lamina.runtime.client import ChannelServiceClient
from lamina.runtime.lambda_context import make_context
from lamina.service.invocations import Invocation, Outcome

Handler = Callable[[Any, Any], Any]


def load_handler(code_dir: str, handler: str) -> Handler:
    """`module.path.function` under the function's code folder, as SAM's Handler says."""
    module_name, _, attribute = handler.rpartition(".")
    if not module_name:
        raise ValueError(f"Handler {handler!r} must be module.function")
    if code_dir and code_dir not in sys.path:
        sys.path.insert(0, code_dir)
    module = importlib.import_module(module_name)
    function: Handler = getattr(module, attribute)
    return function


def run_invocation(
    handler: Handler,
    function: FunctionConfig,
    invocation: Invocation,
    channel: ServiceChannel | None,
    region: str,
    function_arn: str,
) -> Outcome:
    """Run one invocation; with no channel the SDK reaches the service over HTTP (boto3)."""
    context = make_context(function, invocation.invocation_id, function_arn, invocation.tenant_id)
    try:
        if invocation.kind == "durable":
            if channel is None:
                return Outcome(output=handler(invocation.event(), context))
            plain = DurableExecutionInvocationInput.from_json_dict(invocation.event())
            event = (
                DurableExecutionInvocationInputWithClient.from_durable_execution_invocation_input(
                    plain, ChannelServiceClient(channel)
                )
            )
            return Outcome(output=handler(event, context))
        payload = (invocation.input_payload or "").strip()
        result = handler(json.loads(payload) if payload else {}, context)
        return Outcome(output=json.dumps(result))
    except Exception as error:  # a function error, exactly as Lambda reports one
        return Outcome(error=_error_object(error))


def _error_object(error: BaseException) -> dict[str, Any]:
    kind = type(error)
    name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
    return {
        "ErrorType": name,
        "ErrorMessage": str(error),
        "StackTrace": traceback.format_exception(error)[-10:],
    }
