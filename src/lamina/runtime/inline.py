"""Runs handlers in a thread of this process: fast, for tests; no isolation, no timeout kill."""

from __future__ import annotations

import threading
from typing import Any

from lamina.functions.config import FunctionConfig
from lamina.runtime import sdk_tuning
from lamina.runtime.base import ServiceChannel
from lamina.runtime.handler import Handler, load_handler, run_invocation
from lamina.service.invocations import Invocation, Outcome


class InlineInvoker:
    def __init__(self, region: str, function_arn: Any, sdk_prompt: bool = True) -> None:
        self._region = region
        self._function_arn = function_arn
        self._handlers: dict[tuple[str, str], Handler] = {}
        self._lock = threading.Lock()
        if sdk_prompt:  # process-wide: once applied, it stays for this process
            sdk_tuning.apply()

    def _handler(self, function: FunctionConfig) -> Handler:
        key = (function.code_dir, function.handler)
        with self._lock:
            if key not in self._handlers:
                self._handlers[key] = load_handler(*key)
            return self._handlers[key]

    def invoke(
        self, function: FunctionConfig, invocation: Invocation, channel: ServiceChannel
    ) -> Outcome:
        return run_invocation(
            self._handler(function),
            function,
            invocation,
            channel,
            self._region,
            self._function_arn(function.name),
        )

    def cancel(self, invocation_id: str) -> None:
        """A thread cannot be stopped from outside: it ends at its next refused checkpoint."""

    def trim_idle(self) -> int:
        return 0

    def prewarm(self, functions: list[FunctionConfig]) -> None:
        """Threads need no warming."""

    def close(self) -> None:
        self._handlers.clear()
