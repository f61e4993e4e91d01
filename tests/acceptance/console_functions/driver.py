"""What the console's tests share: a real `lamina run` with the console's test functions, and
an HTTP client that keeps its session cookie and reads the CSRF token of a page."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cli_driver import HERE, LAMINA, Cli, wait_until

TEMPLATE = HERE / "console_functions" / "template.yaml"
ARTIFACTS = HERE.parents[1] / "test-artifacts" / "console"


@dataclass
class Server:
    url: str  # where to connect (127.0.0.1 even when bound to 0.0.0.0)
    cli: Cli
    log: Path

    def invoke(self, function: str, payload: dict[str, Any]) -> str:
        done = self.cli.run("invoke", function, "--async", "--payload", json.dumps(payload))
        return done.stdout.strip().splitlines()[-1]

    def describe(self, arn: str) -> dict[str, Any]:
        found: dict[str, Any] = json.loads(self.cli.run("executions", "get", arn).stdout)
        return found


@contextmanager
def lamina_server(tmp_path: Path, *extra: str) -> Iterator[Server]:
    env = {**os.environ, "MARKER_DIR": str(tmp_path), "LAMINA_LEASE_MS": "3000"}
    cli = Cli(f"sqlite:///{tmp_path}/lamina.db", env)
    log_path = tmp_path / "console-server.log"
    log = log_path.open("w")
    process = subprocess.Popen(
        [LAMINA, "run", "--template", str(TEMPLATE), "--database-url", cli.database_url]
        + ["--port", "0", *extra],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        wait_until(lambda: "Press Ctrl-C" in log_path.read_text(), 30, "lamina run to start")
        match = re.search(r"API: http://[^:]+:(\d+)", log_path.read_text())
        assert match, log_path.read_text()
        yield Server(f"http://127.0.0.1:{match.group(1)}", cli, log_path)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str


class Browserless:
    """A console visitor over plain HTTP, with its own cookie jar (its own session)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect()
        )

    def request(self, method: str, path: str, form: dict[str, str] | None = None) -> Reply:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(request, timeout=30) as answer:
                return Reply(answer.status, dict(answer.headers), answer.read().decode())
        except urllib.error.HTTPError as error:
            with error:
                return Reply(error.code, dict(error.headers), error.read().decode())

    def csrf(self, path: str = "/console/") -> str:
        page = self.request("GET", path)
        match = re.search(r'"X-CSRF-Token": "([0-9a-f]+)"', page.body)
        assert match, f"no CSRF token on {path}: {page.status}"
        return match.group(1)
