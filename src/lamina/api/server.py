"""Serving the API from a thread of a running Lamina (uvicorn)."""

from __future__ import annotations

import ipaddress
import threading
import time

import uvicorn

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
