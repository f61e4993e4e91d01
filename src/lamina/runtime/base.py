"""What an invoker is: one method that runs one invocation of a function and reports its end."""

from __future__ import annotations

from typing import Any, Protocol

from lamina.functions.config import FunctionConfig
from lamina.service.invocations import Invocation, Outcome
from lamina.store.records import LogLineRecord


class ServiceChannel(Protocol):
    """The service as a running handler reaches it (in process, over a pipe, or over HTTP)."""

    def checkpoint(
        self, arn: str, token: str, updates: list[dict[str, Any]], client_token: str | None
    ) -> dict[str, Any]: ...

    def get_state(self, arn: str, token: str, marker: str, max_items: int) -> dict[str, Any]: ...

    def append_logs(self, lines: list[LogLineRecord]) -> None: ...


class Invoker(Protocol):
    def invoke(
        self, function: FunctionConfig, invocation: Invocation, channel: ServiceChannel
    ) -> Outcome: ...

    def cancel(self, invocation_id: str) -> None:
        """Stop a running invocation if the runtime can (its lease was lost)."""
        ...

    def trim_idle(self) -> int:
        """Release resources kept warm but unused for a while; returns how many."""
        ...

    def prewarm(self, functions: list[FunctionConfig]) -> None:
        """Make ready ahead of the first invocation what each function's invocations need."""
        ...

    def close(self) -> None: ...


def function_error(error_type: str, message: str) -> Outcome:
    return Outcome(error={"ErrorType": error_type, "ErrorMessage": message})
