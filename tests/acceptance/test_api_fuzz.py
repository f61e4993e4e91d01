"""Fuzzing the Lambda-compatible HTTP API of a live `lamina run` with raw, malformed requests.

Every route in `lamina.api.app.ROUTES` gets garbage: malformed JSON, wrong types in known fields
(CheckpointToken, Updates, ErrorObjects, Reason...), junk path labels (percent-encoded, long,
unicode), junk query strings and invocation-type headers, empty and multi-MB bodies. Some of the
time the labels are real: the ARN and callback id of an `approval` execution waiting for its
callback, a real function name, and the ARN and *current checkpoint token* of an execution whose
invocation is held open by a tiny HTTP endpoint in this test (a function declared with
`Metadata.Lamina.Endpoint`), so checkpoints with garbage Updates reach the checkpoint applier.

Every response must be < 500, and every 4xx must carry `x-amzn-ErrorType` and a JSON body with
a message.

State soundness, per request: before each request the test holds a snapshot of the "clean"
executions -- those no successful request has touched -- (describe, whole history and, for the
held one, GetDurableExecutionState with its current token, which also proves the token still
works) and of the set of execution ARNs every function lists. After a rejected request (4xx/5xx)
the snapshot must be identical. After an accepted mutating request (2xx POST/DELETE) the
executions it names (path ARN, the callback's execution, the ARN an Invoke returns) become
"tainted": their later, possibly asynchronous, changes are legitimate and they leave the clean
set (fresh ones replace them), while every other clean execution must still be unchanged. A 2xx
GET must change nothing. This is sound whatever the generator produces, without having to
predict which garbage a handler accepts. Problems are collected rather than raised at once, so one
run reports every distinct failure.
"""

from __future__ import annotations

import base64
import http.client
import io
import json
import os
import re
import signal
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

import pytest
from cli_driver import HERE, LAMINA, REPO, Cli, wait_until
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from lamina.api.app import MAX_BODY_BYTES, ROUTES

MIB = 1024 * 1024
MAX_EXAMPLES = 20 * len(ROUTES)  # every route, derandomized: the same examples each run
MUTATING = {"POST", "DELETE", "PUT"}
HELD_TEMPLATE = """\
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  Held:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: held
      Handler: app.held
      CodeUri: .
      Runtime: python3.13
      Timeout: 900
      DurableConfig:
        ExecutionTimeout: 3600
        RetentionPeriodInDays: 1
    Metadata:
      Lamina:
        Endpoint: {endpoint}
"""


# --- an endpoint that holds invocations open, so their checkpoint tokens stay current ---------


class HeldEndpoint:
    """Holds the first invocation of each execution until released; later ones fail at once."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self._gates: dict[str, threading.Event] = {}
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the http.server spelling
                length = int(self.headers.get("Content-Length") or 0)
                event = json.loads(self.rfile.read(length) or b"{}")
                gate = endpoint._arrived(event)
                if gate is not None:
                    gate.wait(600)
                body = b'{"Status": "FAILED", "Error": {"ErrorType": "Released"}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def _arrived(self, event: dict[str, Any]) -> threading.Event | None:
        arn = str(event.get("DurableExecutionArn"))
        with self._lock:
            if arn in self._seen:
                return None
            self._seen.add(arn)
            self.tokens[arn] = str(event.get("CheckpointToken"))
            self._gates[arn] = threading.Event()
            return self._gates[arn]

    def release(self, arn: str) -> None:
        with self._lock:
            gate = self._gates.pop(arn, None)
            self.tokens.pop(arn, None)
        if gate is not None:
            gate.set()

    def close(self) -> None:
        for arn in list(self._gates):
            self.release(arn)
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def held_endpoint() -> Iterator[HeldEndpoint]:
    endpoint = HeldEndpoint()
    yield endpoint
    endpoint.close()


@pytest.fixture
def fuzz_server(cli: Cli, tmp_path: Path, held_endpoint: HeldEndpoint) -> Iterator[str]:
    """conftest's `server`, plus one function behind `held_endpoint`; yields the API URL."""
    held_dir = tmp_path / "held"
    held_dir.mkdir()
    (held_dir / "template.yaml").write_text(HELD_TEMPLATE.format(endpoint=held_endpoint.url))
    log_path = tmp_path / "server.log"
    templates = [REPO / "examples/hello/template.yaml", HERE / "functions/template.yaml"]
    args = [a for t in [*templates, held_dir / "template.yaml"] for a in ("--template", str(t))]
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [LAMINA, "run", *args, "--database-url", cli.database_url, "--port", "0"],
            env=cli.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        try:
            wait_until(lambda: "Press Ctrl-C" in log_path.read_text(), 30, "lamina run to start")
            match = re.search(r"API: (http://\S+)", log_path.read_text())
            assert match, "lamina run did not print its API address"
            yield match.group(1)
        finally:
            for arn in list(held_endpoint.tokens):
                held_endpoint.release(arn)
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


# --- raw HTTP ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    method: str
    target: str  # the raw request target: percent-encoded path and query
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    route: int | None = None  # index in ROUTES, None for a path no route has
    labels: tuple[str, ...] = ()  # the path labels as the server decodes them

    def __str__(self) -> str:
        body = (
            self.body
            if len(self.body) <= 300
            else self.body[:300] + b"...(%d bytes)" % len(self.body)
        )
        target = self.target if len(self.target) <= 400 else self.target[:400] + "..."
        return f"{self.method} {target} headers={dict(self.headers)} body={body!r}"


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def send(base: str, request: Request, timeout: float = 30) -> Reply:
    """One request on a fresh connection, no retries."""
    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=timeout)
    try:
        conn.putrequest(request.method, request.target, skip_accept_encoding=True)
        for name, value in request.headers:
            conn.putheader(name, value)
        if not any(name.lower() == "content-length" for name, _ in request.headers):
            conn.putheader("Content-Length", str(len(request.body)))
        conn.endheaders()
        try:
            if request.body:
                conn.send(request.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer (413) before reading the whole body
        with conn.getresponse() as response:
            headers = {k.lower(): v for k, v in response.getheaders()}
            return Reply(response.status, headers, response.read())
    finally:
        conn.close()


class Api:
    """Plain GETs and starts on one keep-alive connection, for snapshots and setup."""

    def __init__(self, base: str) -> None:
        url = urlsplit(base)
        self._address = (url.hostname or "127.0.0.1", url.port)
        self._conn = http.client.HTTPConnection(*self._address, timeout=30)

    def call(self, method: str, path: str, body: bytes = b"", **headers: str) -> Reply:
        for attempt in range(2):
            try:
                self._conn.request(method, path, body=body, headers=headers)
                with self._conn.getresponse() as response:
                    got = {k.lower(): v for k, v in response.getheaders()}
                    return Reply(response.status, got, response.read())
            except (http.client.HTTPException, ConnectionError):
                self._conn.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def get(self, path: str) -> tuple[int, Any]:
        reply = self.call("GET", path)
        return reply.status, json.loads(reply.body) if reply.body else None

    def close(self) -> None:
        self._conn.close()


def arn_path(arn: str, tail: str = "") -> str:
    return f"/2025-12-01/durable-executions/{quote(arn, safe='')}{tail}"


# --- the world: real identifiers, which executions are clean, and snapshots -------------------


@dataclass
class World:
    api: Api
    held: HeldEndpoint
    functions: list[str]
    clean: dict[str, str] = field(default_factory=dict)  # approval ARN -> its callback id
    held_arn: str | None = None
    tainted: list[str] = field(default_factory=list)
    stale_callbacks: list[str] = field(default_factory=list)
    stale_tokens: list[str] = field(default_factory=list)

    def start(self, function: str) -> str:
        reply = self.api.call(
            "POST",
            f"/2015-03-31/functions/{function}/invocations",
            b"{}",
            **{"X-Amz-Invocation-Type": "Event"},
        )
        assert reply.status == 202, reply
        return reply.headers["x-amz-durable-execution-arn"]

    def events(self, arn: str) -> list[dict[str, Any]]:
        status, body = self.api.get(arn_path(arn, "/history?MaxItems=1000"))
        assert status == 200, body
        return list(body["Events"])

    def waiting_callback(self, arn: str) -> str | None:
        events = self.events(arn)
        if not events or events[-1]["EventType"] != "InvocationCompleted":
            return None
        started = [e for e in events if e["EventType"] == "CallbackStarted"]
        return str(started[0]["CallbackStartedDetails"]["CallbackId"]) if started else None

    def replenish(self) -> None:
        """Two idle approvals waiting for their callbacks, and one held invocation."""
        fresh = [self.start("approval") for _ in range(2 - len(self.clean))]
        for arn in fresh:
            self.clean[arn] = wait_until(lambda a=arn: self.waiting_callback(a), 30, "approval")
        if self.held_arn is None:
            arn = self.start("held")
            wait_until(lambda: arn in self.held.tokens, 30, "the held invocation")
            self.held_arn = arn

    def taint(self, arn: str) -> None:
        if arn in self.clean:
            self.stale_callbacks.append(self.clean.pop(arn))
        elif arn == self.held_arn:
            self.stale_tokens.append(self.held.tokens.get(arn, ""))
            self.held.release(arn)
            self.held_arn = None
        else:
            return
        self.tainted.append(arn)

    def snapshot(self) -> dict[str, Any]:
        listed: set[str] = set()
        for name in self.functions:
            status, body = self.api.get(
                f"/2025-12-01/functions/{name}/durable-executions?MaxItems=1000"
            )
            assert status == 200, body
            listed.update(e["DurableExecutionArn"] for e in body["DurableExecutions"])
        state: dict[str, Any] = {"listed": sorted(listed)}
        watched = [*self.clean, *([self.held_arn] if self.held_arn else [])]
        for arn in watched:
            state[arn] = (self.api.get(arn_path(arn)), self.api.get(arn_path(arn, "/history")))
        if self.held_arn:
            token = quote(self.held.tokens[self.held_arn], safe="")
            state["held-state"] = self.api.get(
                arn_path(self.held_arn, f"/state?CheckpointToken={token}")
            )
        return state

    # what generated requests refer to

    def arn(self, kind: str, index: int) -> str:
        pools = {
            "clean": list(self.clean),
            "held": [self.held_arn] if self.held_arn else [],
            "tainted": self.tainted,
        }
        pool = pools[kind] or list(self.clean)
        return pool[index % len(pool)]

    def callback(self, kind: str, index: int) -> str:
        pool = list(self.clean.values()) if kind == "live" else self.stale_callbacks
        pool = pool or list(self.clean.values())
        return pool[index % len(pool)]

    def token(self, kind: str, index: int) -> str:
        if kind == "current" and self.held_arn:
            return self.held.tokens[self.held_arn]
        return self.stale_tokens[index % len(self.stale_tokens)] if self.stale_tokens else "abc"


# --- strategies --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A value the world resolves when the request is sent: real ids change during the run."""

    kind: str  # "arn:clean", "arn:held", "arn:tainted", "callback:live", "token:current", ...
    index: int = 0

    def resolve(self, world: World) -> str:
        family, kind = self.kind.split(":")
        if family == "arn":
            return world.arn(kind, self.index)
        if family == "callback":
            return world.callback(kind, self.index)
        if family == "token":
            return world.token(kind, self.index)
        return world.functions[self.index % len(world.functions)]


def resolve(value: Any, world: World) -> Any:
    if isinstance(value, Ref):
        return value.resolve(world)
    if isinstance(value, dict):
        return {resolve(k, world): resolve(v, world) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, world) for v in value]
    return value


def refs(*kinds: str) -> st.SearchStrategy[Ref]:
    return st.builds(Ref, st.sampled_from(kinds), st.integers(0, 3))


junk_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="ascii"), max_size=80),
    st.sampled_from(["", " ", ".", "..", "%", "%00", "\x00", "null", "-1", "\n", "é", "💥", "/"]),
    st.integers(1, 3000).map(lambda n: "a" * n),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    junk_text,
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(junk_text, inner, max_size=4),
    max_leaves=12,
)

FUNCTION_LABELS = st.one_of(
    st.sampled_from(["approval", "hello-world", "shout", "held", "nope", "always-fails"]),
    st.sampled_from(
        [
            "approval:$LATEST",
            "approval:1",
            "approval:",
            "arn:aws:lambda:us-east-1:123456789012:function:approval",
            "arn:aws:lambda:us-east-1:123456789012:function:approval:$LATEST",
            "123456789012:function:approval",
            "arn:aws:lambda:eu-west-1:000000000000:function:approval",
            "approval\n",
            "a" * 65,
        ]
    ),
    junk_text,
)
ARN_LABELS = st.one_of(refs("arn:clean", "arn:held"), refs("arn:held", "arn:tainted"), junk_text)
CALLBACK_LABELS = st.one_of(refs("callback:live"), refs("callback:stale"), junk_text)
TOKENS = st.one_of(refs("token:current"), refs("token:current", "token:stale"), json_values)


@st.composite
def mutated(draw: st.DrawFn, value: Any) -> Any:
    """A real label as is, most often, or bent a little."""
    how = draw(st.sampled_from(["same"] * 6 + ["append", "prefix", "cut", "upper", "nul"]))
    if how == "same" or not isinstance(value, Ref):
        return value
    return (how, value)


def label_text(label: Any, world: World) -> str:
    if isinstance(label, tuple):
        how, ref = label
        text = ref.resolve(world)
        return {
            "append": text + "x",
            "prefix": "x" + text,
            "cut": text[:-1],
            "upper": text.upper(),
            "nul": text + "\x00",
        }[how]
    return str(resolve(label, world))


ENCODINGS = st.sampled_from(["all", "all", "all", "keep-colon", "keep-slash", "double"])


def encode(text: str, how: str) -> str:
    if how == "keep-colon":
        return quote(text, safe=":$")
    if how == "keep-slash":
        return quote(text, safe="/:")
    if how == "double":
        return quote(quote(text, safe=""), safe="")
    return quote(text, safe="")


error_objects = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "ErrorType": json_values,
            "ErrorMessage": json_values,
            "ErrorData": json_values,
            "StackTrace": st.one_of(st.lists(junk_text, max_size=3), json_values),
        },
    ),
    json_values,
)
update_types = st.sampled_from(
    ["EXECUTION", "CONTEXT", "STEP", "WAIT", "CALLBACK", "CHAINED_INVOKE", "step", "", "X"]
)
update_actions = st.sampled_from(
    ["START", "SUCCEED", "FAIL", "RETRY", "CANCEL", "start", "", "PAUSE"]
)
op_ids = st.one_of(st.sampled_from(["1", "2", "a-b_c", "x" * 64, "x" * 65]), junk_text)
options = st.dictionaries(
    st.sampled_from(
        [
            "WaitSeconds",
            "NextAttemptDelaySeconds",
            "TimeoutSeconds",
            "HeartbeatTimeoutSeconds",
            "FunctionName",
            "TenantId",
            "ReplayChildren",
        ]
    ),
    st.one_of(json_values, st.sampled_from(["nope", "shout:1", 100000, -1])),
    max_size=3,
)
updates = st.fixed_dictionaries(
    {},
    optional={
        "Id": op_ids,
        "ParentId": st.one_of(op_ids, json_values),
        "Name": json_values,
        "SubType": json_values,
        "Type": st.one_of(update_types, json_values),
        "Action": st.one_of(update_actions, json_values),
        "Payload": json_values,
        "Error": error_objects,
        "ContextOptions": options,
        "StepOptions": options,
        "WaitOptions": options,
        "CallbackOptions": options,
        "ChainedInvokeOptions": options,
    },
)
checkpoint_fields = {
    "Updates": st.one_of(st.lists(st.one_of(updates, json_values), max_size=4), json_values),
    "ClientToken": json_values,
}
checkpoint_bodies = st.one_of(
    st.fixed_dictionaries({"CheckpointToken": refs("token:current")}, optional=checkpoint_fields),
    st.fixed_dictionaries({}, optional={"CheckpointToken": TOKENS, **checkpoint_fields}),
)
pause_bodies = st.fixed_dictionaries(
    {}, optional={"Reason": json_values, "ExecutionTimeoutPaused": json_values}
)


def big_body(size: int) -> bytes:
    return b'{"text": "' + b"x" * max(0, size - 12) + b'"}'


RAW_BODIES = st.one_of(
    st.just(b""),
    st.binary(max_size=200),
    st.sampled_from([b"{", b"[]", b"null", b"\xff\xfe", b'"x"', b"{}", b" ", b"1e999", b"NaN"]),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.sampled_from([MIB, MIB + 1, 3 * MIB, 6 * MIB + 1]).map(big_body),
)
def _zip_of(files: dict[str, str]) -> str:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return base64.b64encode(buffer.getvalue()).decode()


# A real package, for a handler no function of the world uses: it may be accepted.
PACKAGE = _zip_of({"other.py": "def handler(event, context):\n    return event\n"})
zip_files = st.one_of(
    st.just(PACKAGE),
    st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode()),
    json_values,
)
function_fields = {
    "FunctionName": st.one_of(st.sampled_from(["fuzz-made", "approval", "nope"]), junk_text),
    "Role": st.one_of(st.just("arn:aws:iam::123456789012:role/fuzz"), json_values),
    "Handler": st.one_of(st.just("other.handler"), json_values),
    "Code": st.one_of(st.fixed_dictionaries({}, optional={"ZipFile": zip_files}), json_values),
    "Runtime": json_values,
    "Timeout": json_values,
    "MemorySize": json_values,
    "Environment": json_values,
    "DurableConfig": json_values,
    "Publish": json_values,
}
version_names = st.one_of(st.sampled_from(["1", "2", "$LATEST", "live"]), json_values)
alias_fields = {
    "Name": st.one_of(st.sampled_from(["live", "1", "$LATEST"]), junk_text),
    "FunctionVersion": version_names,
    "Description": json_values,
    "RoutingConfig": st.one_of(
        st.fixed_dictionaries(
            {"AdditionalVersionWeights": st.dictionaries(version_names, json_values, max_size=2)}
        ),
        json_values,
    ),
    "RevisionId": json_values,
}
ROUTE_BODIES: dict[str, st.SearchStrategy[Any]] = {
    "create_function": st.fixed_dictionaries({}, optional=function_fields),
    "update_function_code": st.fixed_dictionaries(
        {}, optional={"ZipFile": zip_files, "Publish": json_values, "RevisionId": json_values}
    ),
    "publish_version": st.fixed_dictionaries(
        {},
        optional={"CodeSha256": json_values, "RevisionId": json_values, "Description": json_values},
    ),
    "create_alias": st.fixed_dictionaries({}, optional=alias_fields),
    "update_alias": st.fixed_dictionaries({}, optional=alias_fields),
    "checkpoint": checkpoint_bodies,
    "stop": error_objects,
    "fail": error_objects,
    "pause": pause_bodies,
    "resume": pause_bodies,
}
QUERY_KEYS = [
    "MaxItems",
    "Marker",
    "Statuses",
    "ReverseOrder",
    "StartedAfter",
    "StartedBefore",
    "IncludeExecutionData",
    "DurableExecutionName",
    "CheckpointToken",
    "Qualifier",
]
query_values = st.one_of(
    st.sampled_from(
        ["", "0", "1", "-1", "1000", "1001", "99999999999999999999", "1e3", " 5", "true", "True"]
    ),
    st.sampled_from(["false", "yes", "RUNNING", "running", "inf", "nan", "-inf", "1e30"]),
    st.sampled_from(["2024-01-01T00:00:00Z", "9999-12-31T23:59:59", "0001-01-01T00:00:00+14:00"]),
    json_values.map(lambda v: base64.b64encode(json.dumps(v).encode()).decode()),
    refs("token:current", "token:stale"),
    junk_text,
)
queries = st.lists(
    st.tuples(st.one_of(st.sampled_from(QUERY_KEYS), junk_text), query_values), max_size=5
)
header_values = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=60)
headers = st.dictionaries(
    st.sampled_from(
        [
            "X-Amz-Invocation-Type",
            "X-Amz-Durable-Execution-Name",
            "X-Amz-Tenant-Id",
            "Content-Type",
            "X-Amz-Client-Context",
        ]
    ),
    st.one_of(st.sampled_from(["RequestResponse", "Event", "DryRun", "event", ""]), header_values),
    max_size=3,
)


@dataclass(frozen=True)
class Plan:
    """A request before the world fills in its real identifiers."""

    route: int | None
    method: str
    labels: tuple[Any, ...]
    encodings: tuple[str, ...]
    query: tuple[tuple[Any, Any], ...]
    headers: tuple[tuple[str, str], ...]
    body: Any  # bytes, or a JSON value that may hold Refs
    junk_path: str = ""

    def build(self, world: World) -> Request:
        texts = tuple(label_text(label, world) for label in self.labels)
        if self.route is None:
            path = self.junk_path
        else:
            parts, given_labels = [], iter(zip(texts, self.encodings, strict=True))
            for part in ROUTES[self.route][1]:
                text, how = next(given_labels) if part.startswith("{") else (part, "")
                parts.append(encode(text, how) if how else part)
            path = "/" + "/".join(parts)
        query = urlencode([(resolve(k, world), resolve(v, world)) for k, v in self.query])
        body = self.body
        if not isinstance(body, bytes):
            body = json.dumps(resolve(body, world)).encode()
        heads = dict(self.headers)
        if self.route is not None and ROUTES[self.route][2].__name__ == "invoke":
            heads = self._never_blocking(heads, texts[0])
        return Request(
            self.method,
            path + (f"?{query}" if query else ""),
            tuple(heads.items()),
            body,
            self.route,
            tuple(unquote(encode(t, h)) for t, h in zip(texts, self.encodings, strict=True)),
        )

    @staticmethod
    def _never_blocking(heads: dict[str, str], function: str) -> dict[str, str]:
        """A synchronous Invoke of a function that waits would wait for minutes."""
        slow = ("approval", "held", "hello-world", "slow-first-time", "two-slow-steps", "caller")
        kind = heads.get("X-Amz-Invocation-Type", "RequestResponse")
        if kind == "RequestResponse" and any(name in function for name in slow):
            heads["X-Amz-Invocation-Type"] = "Event"
        return heads


# Every route; the checkpoint (whose body has the most structure) four times as often, first.
ROUTE_WEIGHTS = sorted(
    (
        i
        for i, (*_, handler) in enumerate(ROUTES)
        for _ in range(4 if "checkpoint" in handler.__name__ else 1)
    ),
    key=lambda i: ROUTES[i][2].__name__ != "checkpoint",
)
ALIAS_LABELS = st.one_of(st.sampled_from(["live", "nope", "1", "$LATEST"]), junk_text)
LABEL_STRATEGIES = {
    "function": FUNCTION_LABELS,
    "arn": ARN_LABELS,
    "callback_id": CALLBACK_LABELS,
    "alias": ALIAS_LABELS,
}
HELD_FIRST = st.one_of(refs("arn:held"), ARN_LABELS)  # where a checkpoint token means something
# Deleting a function the world runs would be accepted, and end the world: delete others, or
# one version (which Lamina refuses or does nothing for) of the world's.
DELETABLE = st.one_of(
    st.sampled_from(["fuzz-made", "nope", "approval:1", "shout:$LATEST", "held:live"]), junk_text
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    query = tuple(draw(queries))
    head = tuple(draw(headers).items())
    if draw(st.sampled_from([False] * 19 + [True])):
        method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH"]))
        path = "/" + "/".join(encode(t, "all") for t in draw(st.lists(junk_text, max_size=5)))
        path = draw(st.sampled_from([path, "/2015-03-31/functions/x/y", "/2025-12-01", "//"]))
        return Plan(None, method, (), (), query, head, draw(RAW_BODIES), path)
    route = draw(st.sampled_from(ROUTE_WEIGHTS))
    method, pattern, handler = ROUTES[route]
    if draw(st.sampled_from([False] * 29 + [True])):
        method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE"]))
    labels, encodings = [], []
    for part in pattern:
        if part.startswith("{"):
            strategy = LABEL_STRATEGIES[part[1:-1]]
            if handler.__name__ in ("checkpoint", "get_state"):
                strategy = HELD_FIRST
            if handler.__name__ == "delete_function":
                strategy = DELETABLE
            labels.append(draw(mutated(draw(strategy))))
            encodings.append(draw(ENCODINGS))
    shaped = ROUTE_BODIES.get(handler.__name__)
    body = draw(st.one_of(shaped, shaped, RAW_BODIES) if shaped is not None else RAW_BODIES)
    return Plan(route, method, tuple(labels), tuple(encodings), query, head, body)


# --- checks ------------------------------------------------------------------------------------


def shape_problem(request: Request, reply: Reply) -> str | None:
    if reply.status >= 500:
        return f"HTTP {reply.status}: {reply.body[:300]!r}"
    if reply.status < 400:
        return None
    if "x-amzn-errortype" not in reply.headers:
        return f"HTTP {reply.status} without x-amzn-ErrorType: {reply.body[:200]!r}"
    if request.method == "HEAD":
        return None
    try:
        body = json.loads(reply.body)
    except ValueError:
        return f"HTTP {reply.status} with a body that is not JSON: {reply.body[:200]!r}"
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, str) or not message:
        return f"HTTP {reply.status} with no message: {reply.body[:200]!r}"
    return None


def touched(world: World, request: Request, reply: Reply) -> set[str]:
    """The executions an accepted request may legitimately change."""
    names = set(request.labels)
    by_callback = {cb: arn for arn, cb in world.clean.items()}
    found = {by_callback[label] for label in names if label in by_callback}
    found |= names & {*world.clean, world.held_arn}
    if "x-amz-durable-execution-arn" in reply.headers:
        found.add(reply.headers["x-amz-durable-execution-arn"])
    return found


def diff(before: dict[str, Any], after: dict[str, Any]) -> str:
    keys = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return "; ".join(f"{k}: {before.get(k)!r:.300} -> {after.get(k)!r:.300}" for k in keys)


@dataclass
class Fuzzer:
    base: str
    world: World
    problems: dict[str, str] = field(default_factory=dict)  # kind -> the first request showing it
    counts: dict[tuple[str, int], int] = field(default_factory=dict)
    accepted: int = 0

    def note(self, kind: str, request: Request, detail: str) -> None:
        self.problems.setdefault(kind, f"{detail}\n    request: {request}")

    def run(self, plan: Plan) -> None:
        world = self.world
        before = world.snapshot()
        request = plan.build(world)
        try:
            reply = send(self.base, request)
        except (OSError, http.client.HTTPException) as error:
            route = "no route" if request.route is None else ROUTES[request.route][2].__name__
            self.note(f"transport:{route}:{type(error).__name__}", request, repr(error))
            return
        where = "no route" if request.route is None else ROUTES[request.route][2].__name__
        self.counts[where, reply.status] = self.counts.get((where, reply.status), 0) + 1
        problem = shape_problem(request, reply)
        if problem:
            self.note(f"shape:{where}:{reply.status}:{problem[:60]}", request, problem)
        if 200 <= reply.status < 300 and request.method in MUTATING:
            self.accepted += 1
            changed = touched(world, request, reply)
            for arn in changed:
                world.taint(arn)
            for key in [*changed, "held-state", "listed"]:
                before.pop(key, None)
            after = {k: v for k, v in world.snapshot().items() if k in before}
            if after != before:
                self.note(f"collateral:{where}", request, diff(before, after))
            world.replenish()
            return
        after = world.snapshot()
        if after != before:
            self.note(f"state:{where}:{reply.status}", request, diff(before, after))


# --- the tests ---------------------------------------------------------------------------------


def test_requests_over_the_size_limit_are_refused(fuzz_server: str) -> None:
    target = "/2015-03-31/functions/shout/invocations"
    declared = Request("POST", target, (("Content-Length", str(MAX_BODY_BYTES + 1)),))
    whole = Request("POST", target, body=big_body(MAX_BODY_BYTES + 1))
    for request in (declared, whole):
        reply = send(fuzz_server, request)
        assert reply.status == 413, reply
        assert shape_problem(request, reply) is None
        assert reply.headers["x-amzn-errortype"] == "RequestTooLargeException"


def test_fuzzing_every_route_never_fails_or_changes_state(
    fuzz_server: str, held_endpoint: HeldEndpoint
) -> None:
    api = Api(fuzz_server)
    status, listed = api.get("/2015-03-31/functions")
    assert status == 200
    world = World(api, held_endpoint, [])
    world.functions = sorted(f["FunctionName"] for f in listed["Functions"])
    fuzzer = Fuzzer(fuzz_server, world)
    try:
        _fuzz(fuzzer)
    finally:
        api.close()
    print(f"answers by route and status: {sorted(fuzzer.counts.items())}")
    report = "\n".join(f"{kind}\n    {detail}" for kind, detail in sorted(fuzzer.problems.items()))
    if fuzzer.problems:
        pytest.fail(f"{len(fuzzer.problems)} kinds of problems:\n{report}", pytrace=False)


EXAMPLE_ROUTES = {handler.__name__: i for i, (*_, handler) in enumerate(ROUTES)}
REAL_LABELS = {
    "function": "approval",
    "arn": Ref("arn:clean"),
    "callback_id": Ref("callback:live"),
    "alias": "live",
}


def plan(route: int, labels: list[Any], query: list[tuple[str, str]]) -> Plan:
    """Inputs that once went wrong, always tried first."""
    encodings = ("all",) * len(labels)
    return Plan(route, ROUTES[route][0], tuple(labels), encodings, tuple(query), (), b"")


def _fuzz(fuzzer: Fuzzer) -> None:
    fuzzer.world.replenish()
    seen_routes: set[int | None] = set()

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(plans())
    @example(plan(EXAMPLE_ROUTES["get_history"], [Ref("arn:clean")], [("Marker", "W10=")]))
    @example(plan(EXAMPLE_ROUTES["list_by_function"], ["approval"], [("Marker", "MQ==")]))
    @example(plan(EXAMPLE_ROUTES["list_by_function"], ["approval"], [("StartedAfter", "inf")]))
    @example(plan(EXAMPLE_ROUTES["list_by_function"], ["approval"], [("StartedAfter", "1e30")]))
    @example(plan(EXAMPLE_ROUTES["get_execution"], ["a\nb"], []))
    def fuzz(plan: Plan) -> None:
        seen_routes.add(plan.route)
        fuzzer.run(plan)

    fuzz()
    # However the generator's draws fall, every route gets at least its real labels once.
    for route in sorted(set(range(len(ROUTES))) - seen_routes):
        labels = [REAL_LABELS[part[1:-1]] for part in ROUTES[route][1] if part.startswith("{")]
        if ROUTES[route][2].__name__ == "delete_function":
            labels = ["fuzz-made"]  # not a function the world runs (see DELETABLE)
        seen_routes.add(route)
        fuzzer.run(plan(route, labels, []))
    assert set(range(len(ROUTES))) <= seen_routes
    assert fuzzer.counts, "no request was answered"
