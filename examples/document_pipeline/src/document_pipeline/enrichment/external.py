"""A client for the external company-context API: `GET {base}/companies?name=...`.

The API answers with a company's registration status, credit rating and sanctions flag. It
may be slow or down: every failure that a later attempt could cure raises `ContextUnavailable`,
so the caller (a durable step) retries it with backoff instead of guessing.
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

ENV_URL = "DOCPIPE_CONTEXT_API_URL"


class ContextError(Exception):
    """The context API refused the request: retrying the same request will not help."""


class ContextUnavailable(ContextError):
    """The context API timed out, could not be reached, or failed (5xx): try again later."""


class ExternalContextClient:
    def __init__(self, base_url: str, timeout: float = 5.0) -> None:
        parsed = urllib.parse.urlsplit(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f"context API URL must be http(s)://host[:port], not {base_url!r}")
        if timeout <= 0:
            raise ValueError(f"context API timeout must be positive, not {timeout}")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def company(self, name: str) -> dict[str, Any]:
        """What the API knows about a company; `{"name", "found": False}` when it knows nothing."""
        url = f"{self.base_url}/companies?{urllib.parse.urlencode({'name': name})}"
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as error:
            return self._refusal(error, name)
        except TimeoutError as error:
            waited = f"{self.base_url} did not answer in {self.timeout} s"
            raise ContextUnavailable(waited) from error
        except (urllib.error.URLError, ConnectionError, http.client.HTTPException) as error:
            reason = getattr(error, "reason", error)
            raise ContextUnavailable(f"{self.base_url} is unreachable: {reason}") from error
        return self._parse(body, name)

    def _refusal(self, error: urllib.error.HTTPError, name: str) -> dict[str, Any]:
        with error:
            detail = error.read(500).decode("utf-8", "replace")
        if error.code == 404:
            return {"name": name, "found": False}
        if error.code >= 500 or error.code == 429:
            raise ContextUnavailable(f"{self.base_url} answered {error.code}: {detail}")
        raise ContextError(f"{self.base_url} refused the request ({error.code}): {detail}")

    def _parse(self, body: bytes, name: str) -> dict[str, Any]:
        try:
            data = json.loads(body)
        except ValueError:
            raise ContextUnavailable(f"{self.base_url} answered with invalid JSON") from None
        if not isinstance(data, dict):
            raise ContextUnavailable(f"{self.base_url} answered with {type(data).__name__}")
        return {"found": True, **data, "query": name}
