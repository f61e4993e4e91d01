"""A real webhook receiver on 127.0.0.1 for tests: counts deliveries, can go down and come back.

    with WebhookServer() as hooks:        # listening on an ephemeral port
        hooks.down()                      # port closed: connections are refused
        hooks.up()                        # listening again on the same port
        hooks.status = 503                # answer every POST with 503 (still counted)
        hooks.count, hooks.bodies(), hooks.keys()
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass(frozen=True)
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def key(self) -> str | None:
        return self.headers.get("idempotency-key")


class WebhookServer:
    def __init__(self, status: int = 200, delay_seconds: float = 0.0) -> None:
        self.status = status
        self.delay_seconds = delay_seconds
        self.port = 0
        self._deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if not self.port:
            raise RuntimeError("the webhook server was never started")
        return f"http://127.0.0.1:{self.port}/hooks"

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._deliveries)

    @property
    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._deliveries)

    def bodies(self) -> list[Any]:
        return [delivery.json for delivery in self.deliveries]

    def keys(self) -> list[str | None]:
        return [delivery.key for delivery in self.deliveries]

    def start(self) -> WebhookServer:
        self.up()
        return self

    def up(self) -> None:
        """Listen (again) on the same port; the first call picks an ephemeral one."""
        if self._server is not None:
            return
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler_class())
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        kwargs={"poll_interval": 0.05})
        self._thread.start()

    def down(self) -> None:
        """Stop listening and close the port: clients get "connection refused"."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        assert self._thread is not None
        self._thread.join(timeout=10)
        self._server = self._thread = None

    def stop(self) -> None:
        self.down()

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Whether `count` deliveries arrive within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self.count < count:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def __enter__(self) -> WebhookServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def _record(self, delivery: Delivery) -> None:
        with self._lock:
            self._deliveries.append(delivery)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the name http.server dispatches to)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {name.lower(): value for name, value in self.headers.items()}
                owner._record(Delivery(self.path, headers, body))
                if owner.delay_seconds:
                    time.sleep(owner.delay_seconds)
                self.send_response(owner.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, format: str, *args: Any) -> None:
                return  # keep test output clean

        return Handler
