"""A handler behind the Lambda Runtime Interface Emulator's HTTP shape, for Lamina's tests.

    python rie_server.py PORT CODE_DIR module.handler [prefix=module.handler ...]

POST /<prefix>/2015-03-31/functions/function/invocations runs the handler with the JSON body
as its event; the durable SDK inside checkpoints with boto3 at AWS_ENDPOINT_URL_LAMBDA.
"""

from __future__ import annotations

import importlib
import json
import sys
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any

SUFFIX = "/2015-03-31/functions/function/invocations"


def load(spec: str) -> Any:
    module, _, name = spec.rpartition(".")
    return getattr(importlib.import_module(module), name)


def main() -> None:
    port, code_dir, *specs = sys.argv[1:]
    sys.path.insert(0, code_dir)
    handlers = {}
    for spec in specs:
        prefix, _, target = spec.rpartition("=")
        handlers["/" + (prefix or target.split(".")[0])] = load(target)

    class Invocations(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            prefix = self.path.removesuffix(SUFFIX)
            handler = handlers.get(prefix)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if handler is None or not self.path.endswith(SUFFIX):
                self._answer(404, {"message": f"no handler at {self.path}"})
                return
            request_id = self.headers.get("Lambda-Runtime-Aws-Request-Id") or str(uuid.uuid4())
            context = SimpleNamespace(
                aws_request_id=request_id,
                function_name=prefix[1:],
                get_remaining_time_in_millis=lambda: 60_000,
            )
            try:
                self._answer(200, handler(json.loads(body or b"{}"), context))
            except Exception as error:
                self._answer(
                    200,
                    {
                        "errorType": type(error).__name__,
                        "errorMessage": str(error),
                        "stackTrace": traceback.format_exception(error),
                    },
                    {"X-Amz-Function-Error": "Unhandled"},
                )

        def _answer(self, status: int, value: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(value).encode()
            self.send_response(status)
            for key, header in {"Content-Type": "application/json", **(headers or {})}.items():
                self.send_header(key, header)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", int(port)), Invocations)
    print(f"listening {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
