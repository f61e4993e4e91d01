"""The process side of the process-pool runtime: one function, one invocation at a time.

The sandbox talks to its worker over a pipe: it sends checkpoint and state requests (and
every line the handler writes) and gets the service's answers back. If it dies, the worker
sees the pipe close and records the crash.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from lamina.errors import RemoteError
from lamina.functions.config import FunctionConfig
from lamina.runtime import sdk_tuning
from lamina.runtime.handler import load_handler, run_invocation
from lamina.runtime.lambda_context import lambda_environment
from lamina.store.records import LogLineRecord


class PipeChannel:
    """A `ServiceChannel` that forwards calls to the worker on the other end of the pipe."""

    def __init__(self, conn: Connection, send_lock: threading.Lock) -> None:
        self._conn = conn
        self._send_lock = send_lock
        self._rpc_lock = threading.Lock()

    def _call(self, *request: Any) -> dict[str, Any]:
        with self._rpc_lock:
            with self._send_lock:
                self._conn.send(request)
            reply = self._conn.recv()
        if reply[0] == "ok":
            value: dict[str, Any] = reply[1]
            return value
        raise RemoteError(reply[1], reply[2], reply[3])

    def checkpoint(
        self, arn: str, token: str, updates: list[dict[str, Any]], client_token: str | None
    ) -> dict[str, Any]:
        return self._call("checkpoint", arn, token, updates, client_token)

    def get_state(self, arn: str, token: str, marker: str, max_items: int) -> dict[str, Any]:
        return self._call("state", arn, token, marker, max_items)

    def append_logs(self, lines: list[LogLineRecord]) -> None:
        raise NotImplementedError("a sandbox's output is captured from stdout and stderr")


class _LineSink(io.TextIOBase):
    """Stands in for stdout/stderr: every complete line goes to the worker, stamped."""

    def __init__(self, conn: Connection, send_lock: threading.Lock) -> None:
        self._conn = conn
        self._send_lock = send_lock
        self._buffer = ""
        self._lock = threading.Lock()
        # Which invocation a line belongs to: a late line of a background thread keeps the
        # request id of the invocation that was running when it was written.
        self.request_id = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        with self._lock:
            self._buffer += text
            *lines, self._buffer = self._buffer.split("\n")
        for line in lines:
            with self._send_lock:
                self._conn.send(("log", time.time_ns() // 1_000_000, line, self.request_id))
        return len(text)

    def flush(self) -> None:
        with self._lock:
            rest, self._buffer = self._buffer, ""
        if rest:
            with self._send_lock:
                self._conn.send(("log", time.time_ns() // 1_000_000, rest, self.request_id))


class LambdaJsonFormatter(logging.Formatter):
    """Lambda's JSON log format: fixed keys, then every extra the record carries."""

    _STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
    request_id = ""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "message": record.getMessage(),
            "logger": record.name,
            "requestId": self.request_id,
        }
        for key, value in vars(record).items():
            if key not in self._STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["stackTrace"] = self.formatException(record.exc_info).splitlines()
        return json.dumps(entry, default=str)


def sandbox_main(
    conn: Connection,
    function: FunctionConfig,
    region: str,
    function_arn: str,
    sdk_prompt: bool,
    endpoint_url: str | None = None,
    credentials: tuple[str, str] | None = None,
    host_environment: dict[str, str] | None = None,
    replay: bool = False,
) -> None:
    if host_environment is not None:
        os.environ.clear()
        os.environ.update(host_environment)
    os.environ.update(lambda_environment(function, region))
    if endpoint_url is not None:
        # The SDK's own boto3 client then checkpoints over the HTTP API.
        os.environ["AWS_ENDPOINT_URL_LAMBDA"] = endpoint_url
        key_id, secret = credentials or ("lamina", "lamina")
        os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"] = key_id, secret
        os.environ.pop("AWS_SESSION_TOKEN", None)
    if function.code_dir:
        os.chdir(function.code_dir)
    send_lock = threading.Lock()
    sink = _LineSink(conn, send_lock)
    sys.stdout = sys.stderr = sink
    formatter = LambdaJsonFormatter()
    handler_out = logging.StreamHandler(sink)
    handler_out.setFormatter(formatter)
    logging.basicConfig(level=logging.INFO, handlers=[handler_out], force=True)
    if sdk_prompt:
        sdk_tuning.apply()
    if replay:  # before the handler's module is imported: the SDK reads it when decorating
        from lamina.runtime.replay import enable_replay_guard, replay_invocation

        enable_replay_guard()
    try:
        handler = load_handler(function.code_dir, function.handler)
    except Exception as error:
        conn.send(("init_error", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready",))
    channel = PipeChannel(conn, send_lock) if endpoint_url is None else None
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        invocation = message[1]
        formatter.request_id = sink.request_id = invocation.invocation_id
        if replay:
            verdict = replay_invocation(handler, function, invocation, region, function_arn)
            with send_lock:
                conn.send(("verdict", verdict))
            continue
        outcome = run_invocation(handler, function, invocation, channel, region, function_arn)
        sink.flush()
        with send_lock:
            conn.send(("done", outcome))
