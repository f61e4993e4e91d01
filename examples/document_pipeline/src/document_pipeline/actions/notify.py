"""Notifications: a JSON webhook and an e-mail, each sent at most once per idempotency key.

Each notifier checks the ledger (when it has one) before sending and records after the
downstream accepted. A crash between the two resends with the same `Idempotency-Key` header or
the same `Message-ID`, so a downstream that deduplicates on them sees the notification once.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import smtplib
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from http.client import HTTPException
from typing import Any
from urllib.parse import urlparse

from document_pipeline.actions.errors import DeliveryFailed
from document_pipeline.actions.ledger import EffectLedger

log = logging.getLogger(__name__)

# Answers a retry can cure: request timeout, too early, too many requests.
_RETRYABLE_CLIENT_STATUSES = {408, 425, 429}
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}")
_DOMAIN = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")


def send_once(
    ledger: EffectLedger | None, key: str, effect: str, deliver: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """Run `deliver` unless the ledger says it already ran for `key`; record it when it did."""
    if ledger is not None:
        done = ledger.get(key, effect)
        if done is not None:
            return {**done, "status": "already_done"}
    detail = deliver()
    if ledger is not None:
        detail = ledger.record(key, effect, detail)
    return {**detail, "status": "done"}


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    # A redirected POST would be replayed as a GET without its body: report it instead.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class WebhookNotifier:
    effect = "webhook"

    def __init__(
        self, url: str, timeout: float = 10.0, *, ledger: EffectLedger | None = None
    ) -> None:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"webhook URL {url!r} is not an http:// or https:// URL")
        if timeout <= 0:
            raise ValueError(f"webhook timeout must be positive, not {timeout}")
        self.url, self.timeout, self.ledger = url, timeout, ledger
        self._opener = urllib.request.build_opener(_RefuseRedirects)

    def send(self, key: str, payload: dict[str, Any]) -> dict[str, Any]:
        """POST `payload` as JSON; a receipt with status "done" or "already_done"."""
        return send_once(self.ledger, key, self.effect, lambda: self._post(key, payload))

    def _post(self, key: str, payload: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.url, data=json.dumps(payload).encode(), method="POST",
            headers={"Content-Type": "application/json", "Idempotency-Key": key},
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                status = int(response.status)
                response.read()
        except urllib.error.HTTPError as error:
            error.close()
            raise _http_failure(self.url, error.code) from None
        except (urllib.error.URLError, OSError, HTTPException) as error:
            reason = getattr(error, "reason", error)
            raise DeliveryFailed(f"webhook {self.url} unreachable: {reason}",
                                 effect=self.effect) from error
        if not 200 <= status < 300:
            raise _http_failure(self.url, status)
        log.info("webhook delivered", extra={"idempotency_key": key, "url": self.url})
        return {"url": self.url, "http_status": status, "sent_at": _now()}


def _http_failure(url: str, status: int) -> DeliveryFailed:
    retryable = status >= 500 or status in _RETRYABLE_CLIENT_STATUSES
    return DeliveryFailed(f"webhook {url} answered HTTP {status}", retryable=retryable,
                          effect=WebhookNotifier.effect)


class SmtpNotifier:
    effect = "email"

    def __init__(
        self, host: str, port: int, sender: str, recipients: Sequence[str], *,
        starttls: bool = False, username: str | None = None, password: str | None = None,
        timeout: float = 10.0, ledger: EffectLedger | None = None,
    ) -> None:
        if not host:
            raise ValueError("SMTP host is empty")
        if not 0 < port < 65536:
            raise ValueError(f"SMTP port {port} is not between 1 and 65535")
        if not recipients:
            raise ValueError("an SMTP notifier needs at least one recipient")
        for address in (sender, *recipients):
            if "@" not in parseaddr(address)[1]:
                raise ValueError(f"{address!r} is not an e-mail address")
        self.host, self.port, self.sender = host, port, sender
        self.recipients = list(recipients)
        self.starttls, self.username, self.password = starttls, username, password
        self.timeout, self.ledger = timeout, ledger

    def message(self, key: str, subject: str, text: str) -> EmailMessage:
        """The e-mail for `key`: the same Message-ID every time it is built."""
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message["Subject"] = subject
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = message_id(key, self.sender)
        message.set_content(text)
        return message

    def send(self, key: str, subject: str, text: str) -> dict[str, Any]:
        """Send the e-mail; a receipt with status "done" or "already_done"."""
        return send_once(self.ledger, key, self.effect,
                         lambda: self._deliver(self.message(key, subject, text)))

    def _deliver(self, message: EmailMessage) -> dict[str, Any]:
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username:
                    smtp.login(self.username, self.password or "")
                refused = smtp.send_message(message)
        except (smtplib.SMTPException, OSError) as error:
            raise smtp_failure(f"{self.host}:{self.port}", error) from error
        log.info("e-mail sent", extra={"message_id": message["Message-ID"]})
        return {"message_id": str(message["Message-ID"]), "recipients": self.recipients,
                "refused": sorted(refused), "sent_at": _now()}


def message_id(key: str, sender: str) -> str:
    """A Message-ID made from the key, so a resent e-mail is recognisably the same one."""
    local = key if _DOT_ATOM.fullmatch(key) else hashlib.sha256(key.encode()).hexdigest()[:40]
    domain = parseaddr(sender)[1].rpartition("@")[2]
    if not _DOMAIN.fullmatch(domain):
        domain = "document-pipeline.invalid"
    return f"<{local}@{domain}>"


def smtp_failure(server: str, error: Exception) -> DeliveryFailed:
    """An smtplib error as DeliveryFailed: 4xx answers and outages are worth a retry."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        retryable = any(400 <= code < 500 for code in codes)
    elif isinstance(error, smtplib.SMTPResponseException):
        retryable = 400 <= error.smtp_code < 500
    else:
        fatal = (smtplib.SMTPNotSupportedError, ssl.SSLCertVerificationError)
        retryable = not isinstance(error, fatal)
    return DeliveryFailed(f"SMTP server {server} did not take the e-mail: {error}",
                          retryable=retryable, effect=SmtpNotifier.effect)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
