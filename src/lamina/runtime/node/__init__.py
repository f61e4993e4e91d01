"""Node.js functions (`Runtime: nodejs20.x | nodejs22.x | nodejs24.x`): warm `node` processes
per function, each running Lamina's bootstrap (bootstrap.mjs) and one invocation at a time.

The handler's durable SDK comes from the function's own node_modules; nothing in it is
patched. On the pipe data plane it checkpoints over the process's pipes, through the
transport the SDK lets a harness supply with the event; on the http data plane, through its
Lambda client, pointed at Lamina's API by AWS_ENDPOINT_URL_LAMBDA. A timeout kills the process
(Sandbox.Timedout), an exit is Runtime.ExitError, and what it writes to stdout and stderr
during an invocation is that invocation's log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import select
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from lamina.errors import LaminaError
from lamina.functions.config import FunctionConfig
from lamina.functions.npm import install_packages
from lamina.runtime.base import Invoker, ServiceChannel, function_error
from lamina.runtime.lambda_context import lambda_environment
from lamina.runtime.node.binary import node_binary
from lamina.service.invocations import Invocation, Outcome
from lamina.store.records import LogLineRecord

log = logging.getLogger("lamina.runtime")

BOOTSTRAP = Path(__file__).with_name("bootstrap.mjs")
START_TIMEOUT_S = 60.0  # loading a handler with its SDK, on a slow machine
PREWARMED = 8  # functions a starting worker warms a process for (a template's first ones)
API_WAIT_S = 30.0  # how long warming waits for Lamina to serve its API
# Written by the bootstrap after each invocation to stdout and stderr: what came before it
# in either is that invocation's.
_END = "\x00lamina-end"
# A stream still open this long after its process exited, with nothing read meanwhile, is held
# by a process the function left behind: what was printed before the exit has been read.
_QUIET_S = 2.0


class NodeStartFailed(Exception):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.error)
        self.outcome = outcome


class NodeProcess:
    """One `node` running the bootstrap for one function configuration."""

    def __init__(self, function: FunctionConfig, env: dict[str, str]) -> None:
        self.function_name = function.name
        answers_read, answers_write = os.pipe()
        try:
            self.popen = subprocess.Popen(
                [node_binary(), str(BOOTSTRAP)],
                cwd=function.code_dir,
                env={**env, "LAMINA_ANSWER_FD": str(answers_write)},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                pass_fds=(answers_write,),
                start_new_session=True,
            )
        finally:
            os.close(answers_write)
        self._answers = os.fdopen(answers_read, "rb")
        self._buffer = b""
        self._lock = threading.Lock()
        self._lines: list[tuple[int, str]] = []  # (ms, line) written since the last take
        self._read_count = 0  # lines read so far, on both streams
        self._ended = threading.Semaphore(0)  # one release per stream per invocation end
        self.idle_since = time.monotonic()
        self._readers = [
            threading.Thread(target=self._read_logs, args=(stream,), daemon=True)
            for stream in (self.popen.stdout, self.popen.stderr)
        ]
        for reader in self._readers:
            reader.start()

    def _read_logs(self, stream: IO[bytes]) -> None:
        for raw in stream:
            text = raw.decode("utf-8", errors="replace").rstrip("\n")
            ended = _END in text
            text = text.split(_END, 1)[0]
            with self._lock:
                self._read_count += 1
                if text:
                    self._lines.append((time.time_ns() // 1_000_000, text))
            if ended:
                self._ended.release()
        self._ended.release()  # closed: nothing more will come

    def take_logs(self) -> list[tuple[int, str]]:
        with self._lock:
            lines, self._lines = self._lines, []
        return lines

    def read_answer(self, timeout_s: float) -> dict[str, Any] | None:
        """The bootstrap's next answer; None if the process ended first. TimeoutError when
        none comes in time."""
        deadline = time.monotonic() + timeout_s
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self._answers], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._answers.fileno(), 1 << 16)
            if not chunk:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        return answer

    def send(self, request: dict[str, Any]) -> bool:
        assert self.popen.stdin is not None
        try:
            self.popen.stdin.write(json.dumps(request).encode() + b"\n")
            self.popen.stdin.flush()
        except OSError:
            return False
        return True

    def wait_for_logs(self, timeout_s: float = 2.0) -> None:
        """Until both streams reached this invocation's end mark (or closed)."""
        for _ in range(2):
            self._ended.acquire(timeout=timeout_s)

    def wait_for_exit(self) -> int:
        """The exit code, once the process has ended and what it printed last has been read."""
        try:
            code = self.popen.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.popen.wait()
        for reader in self._readers:  # its streams close at exit: the readers drain and end
            self._drain(reader)
        return code

    def _drain(self, reader: threading.Thread) -> None:
        """Wait for a reader to reach the end of its stream for as long as it keeps reading:
        what a process printed just before it exited is read to the last line, however slow
        the machine; a stream held open by a process it left behind is given up after
        `_QUIET_S` without output."""
        while reader.is_alive():
            seen = self._read_count
            reader.join(timeout=_QUIET_S)
            if self._read_count == seen:
                return

    def exit_outcome(self) -> Outcome:
        code = self.wait_for_exit()
        status = f"signal: {-code}" if code < 0 else f"exit status {code}"
        return function_error("Runtime.ExitError", f"Runtime exited with error: {status}")

    def alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, signal.SIGKILL)

    def close(self) -> None:
        self.kill()
        self.popen.wait()
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr, self._answers):
            if stream is not None:
                stream.close()


class NodeInvoker:
    """Node.js functions here; every other function goes to the fallback invoker."""

    def __init__(
        self,
        fallback: Invoker,
        region: str,
        function_arn: Callable[[str], str],
        data_plane: str = "pipe",
        max_idle_per_function: int = 16,
        max_idle_total: int = 48,
        idle_ttl_s: float = 120.0,
    ) -> None:
        self.fallback = fallback
        self.data_plane = data_plane
        self.region = region
        self.function_arn = function_arn
        # Lamina's API, which the handlers' SDK checkpoints through, and the key it signs with.
        self.endpoint_url: str | None = None
        self.credentials: tuple[str, str] = ("lamina", "lamina")
        self._api_known = threading.Event()
        self._max_idle = max_idle_per_function
        self._max_idle_total = max_idle_total
        self._idle_ttl_s = idle_ttl_s
        self._idle: dict[str, list[NodeProcess]] = {}
        self._busy: dict[str, NodeProcess] = {}
        self._lock = threading.Lock()
        self._closed = False

    def use_api(self, url: str, credentials: tuple[str, str] | None) -> None:
        """Where handlers checkpoint from now on (set once Lamina serves its API)."""
        self.endpoint_url = url
        if credentials is not None:
            self.credentials = credentials
        self._api_known.set()

    def invoke(
        self, function: FunctionConfig, invocation: Invocation, channel: ServiceChannel
    ) -> Outcome:
        if not function.on_node:
            return self.fallback.invoke(function, invocation, channel)
        key = _key(function)
        try:
            process = self._acquire(key, function)
        except NodeStartFailed as failed:
            return failed.outcome
        with self._lock:
            self._busy[invocation.invocation_id] = process
        try:
            outcome, reusable = self._run(process, function, invocation, channel)
        finally:
            with self._lock:
                self._busy.pop(invocation.invocation_id, None)
        if not reusable or self._closed:
            process.close()
        else:
            self._release(key, process)
        return outcome

    def _release(self, key: str, process: NodeProcess) -> None:
        """Keep a process warm for the next invocation, within the pool's limits."""
        process.idle_since = time.monotonic()
        evicted = []
        with self._lock:
            if self._closed:
                process.close()
                return
            # Insertion order is recency: the least recently used function comes first.
            idle = self._idle.pop(key, [])
            self._idle[key] = idle
            if len(idle) < self._max_idle:
                idle.append(process)
            else:
                evicted.append(process)
            while sum(len(v) for v in self._idle.values()) > self._max_idle_total:
                oldest = next(k for k, v in self._idle.items() if v)
                evicted.append(self._idle[oldest].pop(0))
        for old in evicted:
            old.close()

    def _run(
        self,
        process: NodeProcess,
        function: FunctionConfig,
        invocation: Invocation,
        channel: ServiceChannel,
    ) -> tuple[Outcome, bool]:
        timeout_s = float(function.timeout)
        durable = invocation.kind == "durable"
        event = invocation.event() if durable else json.loads(invocation.input_payload or "{}")
        request = {
            "event": event,
            "durable": durable,
            "requestId": invocation.invocation_id,
            "deadlineMs": time.time_ns() // 1_000_000 + int(timeout_s * 1000),
            "invokedFunctionArn": self.function_arn(function.name),
            "tenantId": invocation.tenant_id,
        }
        answer: dict[str, Any] | None = None
        timed_out = False
        deadline = time.monotonic() + timeout_s
        if process.send(request):
            try:
                answer = process.read_answer(deadline - time.monotonic())
                while answer is not None and answer["type"] == "call":
                    if not process.send(_serve(channel, answer)):
                        answer = None
                        break
                    answer = process.read_answer(deadline - time.monotonic())
            except TimeoutError:
                timed_out = True
                process.kill()
        if timed_out:
            process.wait_for_exit()
            self._record_logs(process, invocation, channel)
            return function_error(
                "Sandbox.Timedout", f"Task timed out after {timeout_s:.2f} seconds"
            ), False
        if answer is None:
            outcome = process.exit_outcome()
            self._record_logs(process, invocation, channel)
            return outcome, False
        process.wait_for_logs()
        self._record_logs(process, invocation, channel)
        if answer["type"] == "error":
            return Outcome(error={"ErrorType": str(answer.get("errorType") or "Error"),
                                  "ErrorMessage": str(answer.get("errorMessage") or "")}), True
        value = answer.get("value")
        if invocation.kind == "plain":
            return Outcome(output=json.dumps(value)), True
        return Outcome(output=value), True

    def _record_logs(
        self, process: NodeProcess, invocation: Invocation, channel: ServiceChannel
    ) -> None:
        lines = process.take_logs()
        if lines:
            channel.append_logs([
                LogLineRecord(invocation.execution_arn, 0, ms, invocation.invocation_id, line)
                for ms, line in lines
            ])

    def _acquire(self, key: str, function: FunctionConfig) -> NodeProcess:
        with self._lock:
            idle = self._idle.get(key, [])
            while idle:
                process = idle.pop()
                if process.alive():
                    return process
                process.close()
        return self._start(function)

    def _start(self, function: FunctionConfig) -> NodeProcess:
        if self.data_plane == "http" and self.endpoint_url is None:
            raise NodeStartFailed(function_error(
                "Runtime.Unavailable",
                "Node.js functions checkpoint through Lamina's API, and this Lamina serves none",
            ))
        try:
            if not function.packaged:  # a package holds what its deploy installed
                install_packages(Path(function.code_dir))
            process = NodeProcess(function, self._environment(function))
        except (LaminaError, OSError) as error:
            raise NodeStartFailed(function_error("Runtime.Unavailable", str(error))) from None
        try:
            answer = process.read_answer(START_TIMEOUT_S)
        except TimeoutError:
            answer = None
        if answer is not None and answer.get("type") == "ready":
            process.take_logs()  # what loading printed goes with no invocation
            return process
        init_logs = "\n".join(line for _, line in process.take_logs())
        process.close()
        if answer is None:
            raise NodeStartFailed(function_error(
                "Runtime.ExitError", f"node exited while loading the handler: {init_logs[-2000:]}"
            ))
        raise NodeStartFailed(function_error(
            str(answer.get("errorType") or "Runtime.ImportModuleError"),
            str(answer.get("errorMessage") or ""),
        ))

    def _environment(self, function: FunctionConfig) -> dict[str, str]:
        key_id, secret = self.credentials
        # Lamina's environment first, as Python sandboxes see it, then what Lambda sets.
        env = dict(os.environ)
        env.update(lambda_environment(function, self.region))
        env.update({
            "AWS_EXECUTION_ENV": f"AWS_Lambda_{function.runtime}",
            "_HANDLER": function.handler,
            "AWS_ACCESS_KEY_ID": key_id,
            "AWS_SECRET_ACCESS_KEY": secret,
            "NODE_PATH": str(Path(function.code_dir) / "node_modules"),
            "LAMINA_DATA_PLANE": self.data_plane,
        })
        if self.endpoint_url is not None:  # also for the handler's own calls to Lambda
            env["AWS_ENDPOINT_URL_LAMBDA"] = self.endpoint_url
        env.update({k: str(v) for k, v in function.environment.items()})
        return env

    def cancel(self, invocation_id: str) -> None:
        with self._lock:
            process = self._busy.get(invocation_id)
        if process is not None:
            process.kill()
        self.fallback.cancel(invocation_id)

    def trim_idle(self) -> int:
        now = time.monotonic()
        with self._lock:
            old = [p for idle in self._idle.values() for p in idle
                   if now - p.idle_since > self._idle_ttl_s]
            for idle in self._idle.values():
                idle[:] = [p for p in idle if p not in old]
        for process in old:
            process.close()
        return len(old) + self.fallback.trim_idle()

    def prewarm(self, functions: list[FunctionConfig]) -> None:
        """The other functions' sandboxes first; then, once the API is served, one warm
        process for each of the first Node.js functions (their packages installed)."""
        self.fallback.prewarm([f for f in functions if not f.on_node])
        node = [f for f in functions if f.on_node][:PREWARMED]
        if not node or (self.data_plane == "http" and not self._api_known.wait(API_WAIT_S)):
            return
        for function in node:
            key = _key(function)
            with self._lock:
                if self._closed or self._idle.get(key):
                    continue
            try:
                process = self._start(function)
            except NodeStartFailed as failed:
                log.warning("could not warm a process of %s: %s", function.name, failed)
                continue
            self._release(key, process)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            processes = [p for idle in self._idle.values() for p in idle]
            processes += list(self._busy.values())
            self._idle.clear()
        for process in processes:
            process.close()
        self.fallback.close()


def _serve(channel: ServiceChannel, call: dict[str, Any]) -> dict[str, Any]:
    """Lamina's reply to a checkpoint or a state read the handler's SDK sent over the pipe."""
    try:
        if call["call"] == "checkpoint":
            value = channel.checkpoint(
                call["arn"], call["token"], call["updates"], call.get("clientToken")
            )
        else:
            value = channel.get_state(
                call["arn"], call["token"], call["marker"], int(call["maxItems"])
            )
    except LaminaError as error:
        return {"type": "reply", "id": call["id"], "ok": False, "code": error.code,
                "message": error.message, "status": error.http_status,
                "retryable": error.retryable}
    except Exception as error:  # never let a service fault kill the worker thread
        log.exception("service call from a node process failed")
        return {"type": "reply", "id": call["id"], "ok": False, "code": "ServiceException",
                "message": str(error), "status": 500, "retryable": True}
    return {"type": "reply", "id": call["id"], "ok": True, "value": value}


def _key(function: FunctionConfig) -> str:
    text = json.dumps(function.sandbox_key(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()
