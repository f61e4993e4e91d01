"""Serving the API from a thread of a running Lamina (uvicorn)."""

from __future__ import annotations

import ipaddress
import threading
import time
import uuid

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from lamina.api.app import error_response
from lamina.api.auth import KeyRing
from lamina.api.site import create_site
from lamina.config import Settings
from lamina.console import ConsoleConfig
from lamina.console.accounts import Accounts
from lamina.errors import InvalidParameterValue
from lamina.service import DurableService

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def console_config(settings: Settings | None, host: str, keyring: KeyRing | None) -> ConsoleConfig:
    """The console's logins: from the settings; without settings, the keys given log in."""
    if settings is not None:
        return ConsoleConfig.from_settings(settings, is_loopback(host))
    config = ConsoleConfig.from_settings(Settings(), loopback=True)
    if keyring is None:
        return config
    logins = {k.key_id: k.secret for k in keyring.keys.values() if k.functions is None}
    return ConsoleConfig(Accounts({}, logins), config.secret, config.review_prefix)


class LambdaHttpProtocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 on httptools (a C parser: a sixth less of the server's CPU per
    request than h11's), refusing a request it cannot parse the way the API refuses one: a
    JSON body and `x-amzn-ErrorType`, where uvicorn answers in plain text."""

    def send_400_response(self, msg: str) -> None:
        response = error_response(InvalidParameterValue(msg), str(uuid.uuid4()))
        head = [b"HTTP/1.1 400 Bad Request\r\n"]
        head += [name + b": " + value + b"\r\n" for name, value in response.raw_headers]
        self.transport.write(b"".join([*head, b"connection: close\r\n\r\n", response.body]))
        self.transport.close()


class ApiServer:
    def __init__(
        self,
        service: DurableService,
        host: str,
        port: int,
        keyring: KeyRing | None = None,
        settings: Settings | None = None,
    ) -> None:
        if keyring is None and not is_loopback(host):
            # Without keys nothing is authenticated: beyond this machine anyone who can reach
            # the port could run functions and answer callbacks.
            raise InvalidParameterValue(
                f"Refusing to serve the API on {host}: without access keys (--keys-file) "
                "Lamina serves only loopback addresses (127.0.0.1, ::1, localhost)."
            )
        config = uvicorn.Config(
            create_site(service, keyring, console_config(settings, host, keyring)),
            host=host,
            port=port,
            log_level="warning",
            lifespan="off",
            http=LambdaHttpProtocol,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="lamina-api", daemon=True)

    def start(self, timeout_s: float = 10) -> str:
        """Start serving; returns the base URL (with the port chosen when 0 was asked)."""
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise InvalidParameterValue("The API server could not start (is the port taken?)")
            time.sleep(0.01)
        host, port = self._server.servers[0].sockets[0].getsockname()[:2]
        return f"http://{host}:{port}" if ":" not in host else f"http://[{host}]:{port}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
