"""The TypeScript example (examples/hello-ts): bundled by esbuild as `sam build` does, run by
`lamina run`, rebuilt when its source changes, and deployed as a version."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from cli_driver import LAMINA, REPO, Cli, lamina_run, wait_until

ORDER = {"name": "Ada", "items": [3, 4.5]}


def run(client: Any, qualifier: str = "$LATEST") -> Any:
    reply = client.invoke(FunctionName="hello-ts", Qualifier=qualifier,
                          Payload=json.dumps(ORDER).encode())
    assert "FunctionError" not in reply, reply["Payload"].read()
    return json.loads(reply["Payload"].read())


def test_a_typescript_handler_is_bundled_run_rebuilt_and_deployed(
    cli: Cli, tmp_path: Path
) -> None:
    project = tmp_path / "hello-ts"
    shutil.copytree(REPO / "examples" / "hello-ts", project,
                    ignore=shutil.ignore_patterns("node_modules"))
    template = project / "template.yaml"
    with lamina_run(cli, [template], tmp_path / "server.log") as client:
        assert run(client) == {"greeting": "Hello, Ada!", "total": 7.5}
        [execution] = client.list_durable_executions_by_function(FunctionName="hello-ts")[
            "DurableExecutions"
        ]
        history = client.get_durable_execution_history(
            DurableExecutionArn=execution["DurableExecutionArn"]
        )["Events"]
        assert [e.get("Name") for e in history if e["EventType"] == "StepSucceeded"] == [
            "greet", "total"
        ]
        assert any(e["EventType"] == "WaitSucceeded" for e in history)

        source = project / "src" / "app.ts"
        source.write_text(source.read_text().replace("Hello, ", "Welcome, "))
        wait_until(lambda: run(client)["greeting"] == "Welcome, Ada!", 60, "the rebuild")

        deployed = subprocess.run(
            [LAMINA, "deploy", "--template", str(template), "--json",
             "--database-url", cli.database_url],
            capture_output=True, text=True, env={**os.environ, **cli.env}, timeout=300,
        )
        assert deployed.returncode == 0, deployed.stderr
        [function] = json.loads(deployed.stdout)
        assert function["code_sha256"]
        client.publish_version(FunctionName="hello-ts")
        assert run(client, "1") == {"greeting": "Welcome, Ada!", "total": 7.5}
