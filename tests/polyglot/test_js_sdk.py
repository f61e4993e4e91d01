"""AWS's JavaScript durable SDK running conformance requirements against Lamina.

The handlers (js/handlers.mjs) sit behind js/server.mjs, in the Runtime Interface Emulator's
shape; Lamina invokes them over HTTP and they checkpoint over Lamina's API with the AWS SDK
for JavaScript.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from test_http_invoker import CREDENTIALS, free_port, start

HERE = Path(__file__).resolve().parent
JS = HERE / "js"
LAMINA = str(Path(sys.executable).parent / "lamina")
HANDLERS = {
    "StepBasic": ("step-basic", "1-1"),
    "WaitBasic": ("wait-basic", "2-1"),
    "CallbackBasic": ("callback-basic", "4-1"),
}


def test_javascript_handlers_pass_their_requirements(tmp_path: Path) -> None:
    assert shutil.which("node"), "Node.js is required (the machine's Node 20)"
    assert (JS / "node_modules").is_dir(), "run `npm ci` in tests/polyglot/js (make test does)"
    api_port, js_port = free_port(), free_port()
    env = {
        **os.environ,
        **CREDENTIALS,
        "PORT": str(js_port),
        "AWS_ENDPOINT_URL_LAMBDA": f"http://127.0.0.1:{api_port}",
        "AWS_REGION": "us-east-1",
    }
    node = start(["node", str(JS / "server.mjs")], env, "listening", tmp_path / "node.log")
    resources = "".join(
        f"""
  {logical}:
    Type: AWS::Serverless::Function
    Metadata:
      Lamina:
        Endpoint: http://127.0.0.1:{js_port}/{prefix}
    Properties:
      CodeUri: {JS}
      Handler: handlers.{prefix}
      Runtime: nodejs22.x
      Timeout: 60
      DurableConfig: {{ExecutionTimeout: 300, RetentionPeriodInDays: 1}}
    TestingMetadata:
      TestDescription: ["{requirement}"]
"""
        for logical, (prefix, requirement) in HANDLERS.items()
    )
    template = tmp_path / "template.yaml"
    template.write_text(f"Resources:{resources}")
    report = tmp_path / "report.json"
    try:
        done = subprocess.run(
            [
                LAMINA,
                "conformance",
                "--template",
                str(template),
                "--api-port",
                str(api_port),
                "--report",
                "json",
                "--report-file",
                str(report),
                "--database-url",
                f"sqlite:///{tmp_path}/c.db",
                *[arg for _, req in HANDLERS.values() for arg in ("--id", req)],
            ],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, **CREDENTIALS},
        )
    finally:
        os.killpg(node.pid, signal.SIGTERM)
        node.wait(timeout=30)
    verdicts = json.loads(report.read_text())
    statuses = {v["requirement_id"]: (v["status"], v["detail"]) for v in verdicts["requirements"]}
    assert statuses == {"1-1": ("PASSED", ""), "2-1": ("PASSED", ""), "4-1": ("PASSED", "")}, (
        done.stderr[-3000:]
    )
    assert done.returncode == 0
