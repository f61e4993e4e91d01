"""A local company-context API for tests and the demo, with controllable slowness and outages.

Answers `GET /companies?name=...` with data derived from the name alone (the same name always
gets the same answer). `latency` slows every answer; `down_for` makes the next N requests fail
with 503; `failure_rate` fails a share of them at random (seeded, so runs repeat).

    python -m document_pipeline.enrichment.context_service --port 8085 --latency 0.2
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import logging
import random
import threading
import time
import urllib.parse
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from document_pipeline.enrichment.names import core_key

log = logging.getLogger("document_pipeline.context_service")

RATINGS = ("AAA", "AA", "A", "BBB", "BB", "B")
# Names on the demo's sanctions list; `sanctioned=` adds more.
SANCTIONED = frozenset({"blofeld holdings", "oceanic shell trading"})
DISSOLVED = frozenset({"initrode"})


def company_record(name: str, sanctioned: frozenset[str] = SANCTIONED) -> dict[str, Any]:
    """The service's answer for a company, derived from its name only."""
    key = core_key(name)
    digest = hashlib.sha256(key.encode()).digest()
    return {
        "name": name.strip(),
        "registration_status": "dissolved" if key in DISSOLVED else "active",
        "credit_rating": RATINGS[digest[0] % len(RATINGS)],
        "sanctioned": key in sanctioned,
        "registered_since": 1950 + digest[1] % 70,
        "employees": 10 + int.from_bytes(digest[2:4], "big") % 5000,
    }


class ContextService:
    """The service on 127.0.0.1, served from a background thread; use it as a context manager."""

    def __init__(self, port: int = 0, latency: float = 0.0, failure_rate: float = 0.0,
                 down_for: int = 0, sanctioned: Iterable[str] = (), seed: int = 0) -> None:
        if latency < 0 or not 0 <= failure_rate <= 1 or down_for < 0:
            raise ValueError("latency and down_for must be >= 0, failure_rate within 0..1")
        self.latency = latency
        self.failure_rate = failure_rate
        self.sanctioned = SANCTIONED | {core_key(n) for n in sanctioned}
        self.requests = 0
        self.failures = 0
        self._down_for = down_for
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def go_down(self, requests: int) -> None:
        """Fail the next `requests` requests with 503."""
        with self._lock:
            self._down_for = requests

    def admit(self) -> bool:
        """Count a request; False when it must fail (an outage, or the random share)."""
        with self._lock:
            self.requests += 1
            failing = self._down_for > 0 or self._random.random() < self.failure_rate
            self._down_for = max(0, self._down_for - 1)
            self.failures += failing
            return not failing

    def start(self) -> ContextService:
        # A short poll interval: `stop` returns within 50 ms.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        name="context-service", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command-line entry point)."""
        try:
            self._server.serve_forever()
        finally:
            self._server.server_close()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> ContextService:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()


def _handler_for(service: ContextService) -> type[BaseHTTPRequestHandler]:
    class CompaniesHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
            url = urllib.parse.urlsplit(self.path)
            names = urllib.parse.parse_qs(url.query).get("name", [])
            if url.path.rstrip("/") != "/companies":
                return self._send(404, {"error": f"no resource {url.path}"})
            if not names or not names[0].strip():
                return self._send(400, {"error": "the name query parameter is required"})
            time.sleep(service.latency)
            if not service.admit():
                return self._send(503, {"error": "the company register is unavailable"})
            self._send(200, company_record(names[0], frozenset(service.sanctioned)))

        def _send(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
            log.debug("%s " + format, self.address_string(), *args)

    return CompaniesHandler


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8085)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to answers")
    parser.add_argument("--failure-rate", type=float, default=0.0, help="share failing (0..1)")
    parser.add_argument("--down-for", type=int, default=0, help="first N requests fail")
    parser.add_argument("--sanctioned", action="append", default=[], help="a sanctioned name")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    service = ContextService(args.port, args.latency, args.failure_rate, args.down_for,
                             args.sanctioned)
    log.info("company context API on %s/companies?name=...", service.url)
    with contextlib.suppress(KeyboardInterrupt):
        service.serve_forever()


if __name__ == "__main__":
    main()
