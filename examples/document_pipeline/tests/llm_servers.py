"""Local servers that speak the LLM providers' wire protocols, for tests.

    with OpenAIServer() as server:              # OpenAI /v1/chat/completions
        server.script(malformed(), ok({...}))   # next answers, in order; then the default
        server.script(delay(2.0), http(429))    # a slow answer, a throttled one
        ...                                     # point DOCPIPE_LLM_BASE_URL at server.base_url
        server.count, server.requests[0].body, server.requests[0].headers

AnthropicServer serves /v1/messages and BedrockServer /model/{modelId}/converse. Each answers
with the provider's real response shape. The default answer classifies the document in the
prompt from keywords (or gives a decision rationale), so a whole pipeline can run against it.
"""

from __future__ import annotations

import json
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, ClassVar
from urllib.parse import unquote


@dataclass(frozen=True)
class Behaviour:
    kind: str  # "ok", "malformed", "delay" or "http"
    content: Any = None
    seconds: float = 0.0
    status: int = 200


def ok(content: dict[str, Any] | str) -> Behaviour:
    """Answer with this JSON object (or this exact text)."""
    return Behaviour("ok", content=content)


def malformed(text: str = "Sure! The document is an invoice, I am fairly sure.") -> Behaviour:
    """Answer with text that is not the JSON asked for."""
    return Behaviour("malformed", content=text)


def delay(seconds: float) -> Behaviour:
    """Wait this long, then give the default answer (to a client that may have left)."""
    return Behaviour("delay", seconds=seconds)


def http(status: int) -> Behaviour:
    """Fail with this HTTP status and the provider's error body."""
    return Behaviour("http", status=status)


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any]


class LLMServer:
    """A scripted provider endpoint on 127.0.0.1; subclasses speak one wire protocol."""

    provider: ClassVar[str]

    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.reported: list[tuple[int, int]] = []  # (input, output) tokens of each answer
        self._script: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def script(self, *behaviours: Behaviour) -> None:
        with self._lock:
            self._script.extend(behaviours)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    @property
    def url(self) -> str:
        assert self._server is not None, "the server is not running"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        """What DOCPIPE_LLM_BASE_URL should be for this provider's client."""
        return self.url

    def __enter__(self) -> LLMServer:
        handler = type("Handler", (_Handler,), {"endpoint": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._closing.set()
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def answer(self, path: str, headers: dict[str, str], body: dict[str, Any]
               ) -> tuple[int, dict[str, str], dict[str, Any]] | None:
        """Status, headers and body of the reply; None when the client is gone."""
        with self._lock:
            self.requests.append(Received(path, headers, body))
            behaviour = self._script.popleft() if self._script else Behaviour("default")
        if not self.accepts(path):
            return self.failure(404)
        if behaviour.kind == "delay" and self._closing.wait(behaviour.seconds):
            return None
        if behaviour.kind == "http":
            return self.failure(behaviour.status)
        if behaviour.kind in ("ok", "malformed"):
            content = behaviour.content
            text = content if isinstance(content, str) else json.dumps(content)
        else:
            text = json.dumps(default_answer(*self.prompt(body)))
        tokens = (_tokens(body), _count(text))
        with self._lock:
            self.reported.append(tokens)
        return 200, self.response_headers(), self.success(body, text, *tokens)

    def response_headers(self) -> dict[str, str]:
        return {}

    def accepts(self, path: str) -> bool:
        raise NotImplementedError

    def prompt(self, body: dict[str, Any]) -> tuple[str, str]:
        """The system prompt and the first user message of a request."""
        raise NotImplementedError

    def success(self, body: dict[str, Any], text: str, input_tokens: int,
                output_tokens: int) -> dict[str, Any]:
        raise NotImplementedError

    def failure(self, status: int) -> tuple[int, dict[str, str], dict[str, Any]]:
        raise NotImplementedError


class OpenAIServer(LLMServer):
    provider = "openai"
    ERRORS: ClassVar[dict[int, tuple[str, str | None]]] = {
        400: ("invalid_request_error", None), 401: ("invalid_request_error", "invalid_api_key"),
        404: ("invalid_request_error", "model_not_found"), 429: ("requests", "rate_limit_exceeded"),
    }

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def accepts(self, path: str) -> bool:
        return path == "/v1/chat/completions"

    def prompt(self, body: dict[str, Any]) -> tuple[str, str]:
        messages = body.get("messages", [])
        system = next((m["content"] for m in messages if m["role"] == "system"), "")
        return system, next((m["content"] for m in messages if m["role"] == "user"), "")

    def response_headers(self) -> dict[str, str]:
        return {"x-request-id": f"req_{uuid.uuid4().hex}", "openai-processing-ms": "42"}

    def success(self, body: dict[str, Any], text: str, input_tokens: int,
                output_tokens: int) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:29]}", "object": "chat.completion",
            "created": int(time.time()), "model": body.get("model"),
            "choices": [{
                "index": 0, "logprobs": None, "finish_reason": "stop",
                "message": {"role": "assistant", "content": text, "refusal": None},
            }],
            "usage": {
                "prompt_tokens": input_tokens, "completion_tokens": output_tokens,
                "total_tokens": input_tokens + output_tokens,
            },
            "system_fingerprint": "fp_local",
        }

    def failure(self, status: int) -> tuple[int, dict[str, str], dict[str, Any]]:
        kind, code = self.ERRORS.get(status, ("server_error", None))
        message = f"local test server answered {status}"
        error = {"message": message, "type": kind, "param": None, "code": code}
        return status, self.response_headers(), {"error": error}


class AnthropicServer(LLMServer):
    provider = "anthropic"
    ERRORS: ClassVar[dict[int, str]] = {
        400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
        404: "not_found_error", 429: "rate_limit_error", 529: "overloaded_error",
    }

    def accepts(self, path: str) -> bool:
        return path == "/v1/messages"

    def prompt(self, body: dict[str, Any]) -> tuple[str, str]:
        first: dict[str, Any] = next(
            (m for m in body.get("messages", []) if m["role"] == "user"), {}
        )
        return _text_of(body.get("system", "")), _text_of(first.get("content", ""))

    def response_headers(self) -> dict[str, str]:
        return {"request-id": f"req_{uuid.uuid4().hex[:24]}"}

    def success(self, body: dict[str, Any], text: str, input_tokens: int,
                output_tokens: int) -> dict[str, Any]:
        return {
            "id": f"msg_{uuid.uuid4().hex[:24]}", "type": "message", "role": "assistant",
            "model": body.get("model"), "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {
                "input_tokens": input_tokens, "output_tokens": output_tokens,
                "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0,
            },
        }

    def failure(self, status: int) -> tuple[int, dict[str, str], dict[str, Any]]:
        headers = self.response_headers()
        error = {"type": self.ERRORS.get(status, "api_error"),
                 "message": f"local test server answered {status}"}
        return status, headers, {"type": "error", "error": error,
                                 "request_id": headers["request-id"]}


class BedrockServer(LLMServer):
    provider = "bedrock"
    PATH = re.compile(r"^/model/(?P<model>[^/]+)/converse$")
    ERRORS: ClassVar[dict[int, str]] = {
        400: "ValidationException", 403: "AccessDeniedException",
        404: "ResourceNotFoundException", 408: "ModelTimeoutException",
        429: "ThrottlingException", 503: "ServiceUnavailableException",
    }

    def accepts(self, path: str) -> bool:
        return self.PATH.match(path) is not None

    def model_ids(self) -> list[str]:
        """The modelId of each request, decoded from its path."""
        return [unquote(m.group("model")) for r in self.requests
                if (m := self.PATH.match(r.path))]

    def prompt(self, body: dict[str, Any]) -> tuple[str, str]:
        first: dict[str, Any] = next(
            (m for m in body.get("messages", []) if m["role"] == "user"), {}
        )
        system = "".join(block.get("text", "") for block in body.get("system", []))
        return system, "".join(block.get("text", "") for block in first.get("content", []))

    def response_headers(self) -> dict[str, str]:
        return {"x-amzn-RequestId": str(uuid.uuid4())}

    def success(self, body: dict[str, Any], text: str, input_tokens: int,
                output_tokens: int) -> dict[str, Any]:
        return {
            "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
            "stopReason": "end_turn",
            "usage": {"inputTokens": input_tokens, "outputTokens": output_tokens,
                      "totalTokens": input_tokens + output_tokens},
            "metrics": {"latencyMs": 42},
        }

    def failure(self, status: int) -> tuple[int, dict[str, str], dict[str, Any]]:
        code = self.ERRORS.get(status, "InternalServerException")
        headers = {**self.response_headers(),
                   "x-amzn-ErrorType": f"{code}:http://internal.amazon.com/coral/com.amazon.bedrock/"}
        return status, headers, {"message": f"local test server answered {status}"}


KEYWORDS = {
    "invoice": ("invoice", "rechnung", "facture", "amount due", "total due", "vat", "bill to"),
    "contract": ("agreement", "contract", "parties", "governing law", "term of", "hereby"),
    "support_ticket": ("ticket", "support", "help", "error", "cannot", "issue", "login"),
}
INVOICE_PATTERNS = {
    "invoice_number": r"invoice\s*(?:no\.?|number|#)\s*:?\s*([A-Z0-9][A-Z0-9-]+)",
    "purchase_order": r"\b(PO-\d{4}-\d{4})\b",
    "currency": r"\b(EUR|USD|GBP|CHF)\b",
    "total": r"total[^0-9\n]{0,30}([0-9][0-9,]*\.[0-9]{2})",
}


def default_answer(system: str, user: str) -> dict[str, Any]:
    """A sensible answer to the pipeline's two questions, from keywords in the prompt."""
    if '"confidence"' not in system:
        return {"rationale": "The rules that fired decided the outcome from the facts given."}
    document = user.split("<document>", 1)[-1].lower()
    scores = {kind: sum(document.count(word) for word in words)
              for kind, words in KEYWORDS.items()}
    best = max(scores, key=lambda kind: scores[kind])
    if scores[best] == 0:
        return {"type": "other", "confidence": 0.5, "fields": {},
                "rationale": "No invoice, contract or ticket wording."}
    share = scores[best] / sum(scores.values())
    fields = _invoice_fields(user) if best == "invoice" else {}
    return {"type": best, "confidence": round(0.5 + share / 2, 3), "fields": fields,
            "rationale": f"The text reads like a {best.replace('_', ' ')}."}


def _invoice_fields(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name, pattern in INVOICE_PATTERNS.items():
        found = re.search(pattern, text, re.IGNORECASE)
        if found:
            fields[name] = found.group(1)
    if "total" in fields:
        fields["total"] = float(fields["total"].replace(",", ""))
    return fields


class _Handler(BaseHTTPRequestHandler):
    endpoint: ClassVar[LLMServer]

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in self.headers.items()}
        reply = self.endpoint.answer(self.path, headers, json.loads(raw or b"{}"))
        if reply is None:
            return
        status, extra, body = reply
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            for name, value in {"Content-Type": "application/json", **extra}.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client timed out and left: that is what the test wanted

    def log_message(self, format: str, *args: Any) -> None:
        return


def _text_of(content: Any) -> str:
    """Anthropic content: a string, or a list of blocks of which the text ones count."""
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content if block.get("type") == "text")


def _count(text: str) -> int:
    return max(1, len(text) // 4)


def _tokens(body: dict[str, Any]) -> int:
    """Roughly four characters a token, over everything the request sends."""
    return _count(json.dumps(body.get("messages", [])) + json.dumps(body.get("system", "")))
