"""The context object Lambda passes to a handler, and the environment it runs in."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from lamina.functions.config import FunctionConfig


@dataclass
class LambdaContext:
    aws_request_id: str
    function_name: str
    function_version: str
    invoked_function_arn: str
    memory_limit_in_mb: int
    log_group_name: str
    log_stream_name: str
    deadline_ms: int
    tenant_id: str | None = None
    client_context: Any = None
    identity: Any = None

    def get_remaining_time_in_millis(self) -> int:
        return max(0, self.deadline_ms - time.time_ns() // 1_000_000)

    def log(self, msg: str) -> None:
        print(msg, end="" if msg.endswith("\n") else "\n")


def lambda_environment(function: FunctionConfig, region: str) -> dict[str, str]:
    """The variables Lambda sets for every function, then the function's own."""
    name = function.name
    env = {
        "AWS_REGION": region,
        "AWS_DEFAULT_REGION": region,
        "AWS_LAMBDA_FUNCTION_NAME": name,
        "AWS_LAMBDA_FUNCTION_VERSION": function.version,
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(function.memory_size),
        "AWS_LAMBDA_FUNCTION_TIMEOUT": str(function.timeout),
        "AWS_LAMBDA_LOG_GROUP_NAME": f"/aws/lambda/{name}",
        "AWS_LAMBDA_LOG_STREAM_NAME": "lamina",
        "AWS_EXECUTION_ENV": "AWS_Lambda_python3.11",
        "LAMBDA_TASK_ROOT": function.code_dir,
        "LAMBDA_RUNTIME_DIR": function.code_dir,
        "TZ": ":UTC",
    }
    env.update({k: str(v) for k, v in function.environment.items()})
    return env


def make_context(
    function: FunctionConfig, request_id: str, region_arn: str, tenant_id: str | None
) -> LambdaContext:
    timeout_ms = function.timeout * 1000
    return LambdaContext(
        aws_request_id=request_id,
        function_name=function.name,
        function_version=function.version,
        invoked_function_arn=region_arn,
        memory_limit_in_mb=function.memory_size,
        log_group_name=f"/aws/lambda/{function.name}",
        log_stream_name="lamina",
        deadline_ms=time.time_ns() // 1_000_000 + timeout_ms,
        tenant_id=tenant_id,
    )
