"""The default runtime: warm sandbox processes per function, killed on timeout, crash-isolated."""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from lamina.errors import LaminaError, ServiceError
from lamina.functions.config import FunctionConfig
from lamina.runtime.base import ServiceChannel, function_error
from lamina.runtime.isolation import IsolatedProcess, start_isolated
from lamina.runtime.replay import ReplayVerdict
from lamina.service.invocations import Invocation, Outcome
from lamina.store.records import LogLineRecord

log = logging.getLogger("lamina.runtime")
_INIT_TIMEOUT_S = 30.0
_LOG_BATCH = 200

_context = multiprocessing.get_context("forkserver")
# The forkserver imports the SDK once; every sandbox forks from it already warm.
_context.set_forkserver_preload(["lamina.runtime.sandbox"])


class SandboxFailed(Exception):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.error)
        self.outcome = outcome


class Sandbox:
    def __init__(
        self,
        function: FunctionConfig,
        region: str,
        function_arn: str,
        sdk_prompt: bool,
        endpoint_url: str | None = None,
        credentials: tuple[str, str] | None = None,
        replay: bool = False,
    ) -> None:
        self.function_name = function.name
        args = (function, region, function_arn, sdk_prompt, endpoint_url, credentials)
        # The forkserver keeps its start's environment; a sandbox gets Lamina's current one.
        kwargs: dict[str, Any] = {"host_environment": dict(os.environ), "replay": replay}
        self.process: IsolatedProcess | BaseProcess
        if function.isolated:
            self.process = start_isolated(function.code_dir, function.search_path, args, kwargs)
            self.conn: Connection = self.process.conn
        else:
            from lamina.runtime.sandbox import sandbox_main

            parent, child = _context.Pipe()
            self.process = _context.Process(
                target=sandbox_main,
                args=(child, *args),
                kwargs=kwargs,
                daemon=True,
                name=f"lamina-sandbox-{function.name}",
            )
            self.process.start()
            child.close()
            self.conn = parent
        self._kill_lock = threading.Lock()
        self._killed = False
        self.idle_since = time.monotonic()
        # Lines printed while the module is imported belong to the first invocation.
        self._init_logs: list[tuple[int, str]] = []
        # request id -> execution ARN of the invocations this sandbox ran (the last few).
        self._owners: dict[str, str] = {}
        self._await_ready()

    def _await_ready(self) -> None:
        deadline = time.monotonic() + _INIT_TIMEOUT_S
        while True:
            if not self.conn.poll(max(0.0, deadline - time.monotonic())):
                self.discard()
                raise SandboxFailed(function_error("Runtime.InitError", "Sandbox did not start."))
            try:
                message = self.conn.recv()
            except EOFError:
                outcome = self._exit_outcome()
                self.discard()
                raise SandboxFailed(outcome) from None
            if message[0] == "ready":
                return
            if message[0] == "log":
                self._init_logs.append((message[1], message[2]))
                continue
            self.discard()
            raise SandboxFailed(function_error("Runtime.ImportModuleError", str(message[1])))

    def alive(self) -> bool:
        return not self._killed and self.process.is_alive()

    def run(
        self, invocation: Invocation, channel: ServiceChannel, timeout_s: float
    ) -> tuple[Outcome, bool]:
        """Run one invocation; returns its outcome and whether the sandbox can be reused."""
        self._owners[invocation.invocation_id] = invocation.execution_arn
        while len(self._owners) > 4:
            self._owners.pop(next(iter(self._owners)))
        logs = [
            LogLineRecord(invocation.execution_arn, 0, ts, invocation.invocation_id, line)
            for ts, line in self._init_logs
        ]
        self._init_logs = []
        try:
            self.conn.send(("invoke", invocation))
        except OSError:
            return self._exit_outcome(), False
        deadline = time.monotonic() + timeout_s
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self.conn.poll(remaining):
                    self.kill()
                    message = f"Task timed out after {timeout_s:.2f} seconds"
                    return function_error("Sandbox.Timedout", message), False
                try:
                    message = self.conn.recv()
                except (EOFError, OSError):
                    return self._exit_outcome(), False
                if message[0] == "log":
                    logs.extend(self._log_line(message, invocation))
                    if len(logs) >= _LOG_BATCH:
                        channel.append_logs(logs)
                        logs = []
                elif message[0] == "done":
                    return message[1], True
                else:
                    channel.append_logs(logs)
                    logs = []
                    try:
                        self.conn.send(_serve(channel, message))
                    except OSError:
                        return self._exit_outcome(), False
        finally:
            channel.append_logs(logs)

    def replay(self, invocation: Invocation, timeout_s: float) -> ReplayVerdict:
        """Replay an execution's recorded history in a sandbox started with `replay`."""
        arn = invocation.execution_arn
        try:
            self.conn.send(("invoke", invocation))
        except OSError:
            return ReplayVerdict(arn, False, self._exit_outcome().error_message)
        deadline = time.monotonic() + timeout_s
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.conn.poll(remaining):
                self.kill()
                return ReplayVerdict(arn, False, f"the replay did not end in {timeout_s:.0f} s")
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                return ReplayVerdict(arn, False, self._exit_outcome().error_message)
            if message[0] == "verdict":
                verdict: ReplayVerdict = message[1]
                return verdict

    def _log_line(self, message: tuple[Any, ...], invocation: Invocation) -> list[LogLineRecord]:
        request_id = message[3] or invocation.invocation_id
        arn = self._owners.get(request_id)
        if arn is None:
            return []  # from an invocation too old to place: better dropped than misfiled
        return [LogLineRecord(arn, 0, message[1], request_id, message[2])]

    def _exit_outcome(self) -> Outcome:
        self.process.join(timeout=5)
        code = self.process.exitcode
        status = f"signal: {-code}" if code is not None and code < 0 else f"exit status {code}"
        return function_error("Runtime.ExitError", f"Runtime exited with error: {status}")

    def kill(self) -> None:
        """Idempotent and safe from any thread (a lost lease kills a running sandbox)."""
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
            if self.process.is_alive():
                self.process.kill()
        self.process.join(timeout=5)

    def discard(self) -> None:
        """Kill the sandbox and close its pipe: only the thread that owns the pipe calls this."""
        self.kill()
        self.conn.close()


def _serve(channel: ServiceChannel, message: tuple[Any, ...]) -> tuple[Any, ...]:
    try:
        if message[0] == "checkpoint":
            return ("ok", channel.checkpoint(*message[1:]))
        if message[0] == "state":
            return ("ok", channel.get_state(*message[1:]))
        raise ServiceError(f"unknown sandbox request {message[0]!r}")
    except LaminaError as error:
        return ("error", error.code, error.message, error.retryable)
    except Exception as error:  # never let a service fault kill the worker thread
        log.exception("service call from a sandbox failed")
        return ("error", "ServiceException", str(error), True)


def _function_key(function: FunctionConfig) -> str:
    text = json.dumps(function.sandbox_key(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


# Functions a starting worker warms a sandbox for (a template's first ones).
PREWARMED = 8


class ProcessPoolInvoker:
    def __init__(
        self,
        region: str,
        function_arn: Callable[[str], str],
        max_idle_per_function: int = 32,
        max_idle_total: int = 64,
        sdk_prompt: bool = True,
        idle_ttl_s: float = 120.0,
    ) -> None:
        self._region = region
        self._sdk_prompt = sdk_prompt
        # Set when handlers checkpoint over the HTTP API instead of the sandbox's pipe.
        self.endpoint_url: str | None = None
        self.credentials: tuple[str, str] | None = None  # the key sandboxes sign with
        self._idle_ttl_s = idle_ttl_s
        self._function_arn = function_arn
        self._max_idle = max_idle_per_function
        self._max_idle_total = max_idle_total
        # Insertion order doubles as recency: the least recently used function comes first.
        self._idle: dict[str, list[Sandbox]] = {}
        self._busy: dict[str, Sandbox] = {}  # invocation id -> its sandbox
        self._cancelled: set[str] = set()  # cancelled before their sandbox was running them
        self._closed = False
        self._lock = threading.Lock()

    def invoke(
        self, function: FunctionConfig, invocation: Invocation, channel: ServiceChannel
    ) -> Outcome:
        key = _function_key(function)
        try:
            sandbox = self._acquire(key, function)
        except SandboxFailed as failed:
            return failed.outcome
        with self._lock:
            cancelled = invocation.invocation_id in self._cancelled
            self._cancelled.discard(invocation.invocation_id)
            if not cancelled:
                self._busy[invocation.invocation_id] = sandbox
        if cancelled:
            self._release(key, sandbox)
            return function_error("Runtime.Cancelled", "The invocation's lease was lost.")
        try:
            timeout = float(function.timeout)
            outcome, reusable = sandbox.run(invocation, channel, timeout)
        finally:
            with self._lock:
                self._busy.pop(invocation.invocation_id, None)
        if reusable:
            self._release(key, sandbox)
        else:
            sandbox.discard()
        return outcome

    def cancel(self, invocation_id: str) -> None:
        """Kill the sandbox running this invocation (its lease is lost: it may not go on)."""
        with self._lock:
            sandbox = self._busy.get(invocation_id)
            if sandbox is None:  # not started yet (a cold start): it must not start at all
                self._cancelled.add(invocation_id)
        if sandbox is not None:
            sandbox.kill()

    def _acquire(self, key: str, function: FunctionConfig) -> Sandbox:
        dead: list[Sandbox] = []
        found: Sandbox | None = None
        with self._lock:
            idle = self._idle.get(key, [])
            while idle and found is None:
                candidate = idle.pop()
                if candidate.alive():
                    found = candidate
                else:
                    dead.append(candidate)
        for sandbox in dead:
            sandbox.discard()
        if found is not None:
            return found
        return Sandbox(
            function,
            self._region,
            self._function_arn(function.name),
            self._sdk_prompt,
            self.endpoint_url,
            self.credentials,
        )

    def _release(self, key: str, sandbox: Sandbox) -> None:
        evicted: list[Sandbox] = []
        with self._lock:
            idle = self._idle.pop(key, [])
            self._idle[key] = idle
            if self._closed:  # a sandbox coming back after close (a prewarm) is not kept
                evicted.append(sandbox)
            elif len(idle) < self._max_idle:
                sandbox.idle_since = time.monotonic()
                idle.append(sandbox)
            else:
                evicted.append(sandbox)
            while sum(len(v) for v in self._idle.values()) > self._max_idle_total:
                oldest = next(k for k, v in self._idle.items() if v)
                evicted.append(self._idle[oldest].pop(0))
        for old in evicted:
            old.discard()

    def prewarm(self, functions: list[FunctionConfig]) -> None:
        """One idle sandbox for each of the first `PREWARMED` functions: the forkserver
        starts, and their first invocations find their handlers imported."""
        for function in functions[:PREWARMED]:
            key = _function_key(function)
            with self._lock:
                if self._closed:
                    return
                warm = bool(self._idle.get(key))
            if warm:
                continue
            try:
                sandbox = self._acquire(key, function)
            except SandboxFailed as failed:
                log.warning("could not warm a sandbox of %s: %s", function.name, failed)
                continue
            self._release(key, sandbox)

    def idle_sandboxes(self) -> dict[str, int]:
        """Function name -> how many of its sandboxes wait, warm."""
        with self._lock:
            found: dict[str, int] = {}
            for idle in self._idle.values():
                for sandbox in idle:
                    found[sandbox.function_name] = found.get(sandbox.function_name, 0) + 1
            return found

    def trim_idle(self) -> int:
        """Discard sandboxes idle longer than the TTL: a burst's warm pool gives memory back."""
        cutoff = time.monotonic() - self._idle_ttl_s
        with self._lock:
            stale = [s for idle in self._idle.values() for s in idle if s.idle_since < cutoff]
            for key in list(self._idle):
                self._idle[key] = [s for s in self._idle[key] if s.idle_since >= cutoff]
                if not self._idle[key]:
                    del self._idle[key]
        for sandbox in stale:
            sandbox.discard()
        return len(stale)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            sandboxes = [s for idle in self._idle.values() for s in idle]
            self._idle.clear()
        for sandbox in sandboxes:
            sandbox.discard()
