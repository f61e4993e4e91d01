"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd 1.4.6), keeping every message it takes.

    with MailServer(refuse={"nobody@example.com"}) as mail:
        mail.port, mail.messages               # raw messages, in arrival order
"""

from __future__ import annotations

from email import message_from_bytes
from email.message import Message
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller


class _EphemeralController(Controller):
    """aiosmtpd's Controller on port 0: it learns the port the system chose before use."""

    def _trigger_server(self) -> None:
        server: Any = self.server
        self.port = server.sockets[0].getsockname()[1]
        Controller._trigger_server(self)  # type: ignore[no-untyped-call]


class MailServer:
    def __init__(self, refuse: set[str] | None = None) -> None:
        self.messages: list[bytes] = []
        self.refuse = refuse or set()
        self._controller = _EphemeralController(self, hostname="127.0.0.1", port=0)

    @property
    def port(self) -> int:
        return int(self._controller.port)

    def parsed(self) -> list[Message]:
        return [message_from_bytes(raw) for raw in self.messages]

    def start(self) -> MailServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> MailServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        self.messages.append(envelope.content)
        return "250 Message accepted"
