"""Console sessions: signed cookies (HMAC-SHA256) and a CSRF token derived from each session.

The cookie holds who is logged in ("" before login), a random nonce and when it was issued;
the signature makes it tamper-proof. The CSRF token is an HMAC of the nonce, so it is fixed
for a session, unknown to other sites, and changes at login (a new nonce).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

COOKIE_NAME = "lamina_session"
MAX_AGE_S = 12 * 3600


@dataclass(frozen=True)
class Session:
    user: str  # "" until someone logs in
    nonce: str
    issued_s: int


class SessionSigner:
    def __init__(self, secret: bytes, clock: Callable[[], float] = time.time) -> None:
        self._secret = secret
        self._clock = clock

    def new(self, user: str = "") -> Session:
        return Session(user, secrets.token_urlsafe(18), int(self._clock()))

    def dump(self, session: Session) -> str:
        body = json.dumps({"u": session.user, "n": session.nonce, "i": session.issued_s})
        payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
        return f"{payload}.{self._sign('session', payload)}"

    def load(self, cookie: str | None) -> Session | None:
        """The session of a cookie, or None if it is missing, forged, malformed or expired."""
        if not cookie or "." not in cookie:
            return None
        payload, signature = cookie.rsplit(".", 1)
        if not hmac.compare_digest(self._sign("session", payload), signature):
            return None
        try:
            body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            session = Session(str(body["u"]), str(body["n"]), int(body["i"]))
        except (ValueError, KeyError, TypeError):
            return None
        if not 0 <= self._clock() - session.issued_s <= MAX_AGE_S:
            return None
        return session

    def csrf_token(self, session: Session) -> str:
        return self._sign("csrf", session.nonce)

    def check_csrf(self, session: Session, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_token(session), str(token))

    def _sign(self, purpose: str, value: str) -> str:
        return hmac.new(self._secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()
