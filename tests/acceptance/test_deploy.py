"""`lamina deploy`: functions built with their own requirements and a shared layer, published
when they change, and run in sandboxes that see their own libraries, not Lamina's."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import six
from cli_driver import Cli

# Lamina's environment has another six: the function must get the one it pins.
PINNED_SIX = "1.15.0"
TEMPLATE = """
Globals:
  Function:
    Runtime: python3.11
    Timeout: 30
    AutoPublishAlias: live
    Layers: [!Ref Shared]
    DurableConfig: {ExecutionTimeout: 600, RetentionPeriodInDays: 1}
Resources:
  Shared:
    Type: AWS::Serverless::LayerVersion
    Properties:
      ContentUri: shared/
  Pinned:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: pinned-six
      CodeUri: pinned/
      Handler: app.handler
  Plain:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: plain-six
      CodeUri: plain/
      Handler: app.handler
"""
HANDLER = """
import importlib.util

import six
from aws_durable_execution_sdk_python import DurableContext, durable_execution

import shared


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    return {{
        "revision": {revision},
        "six": six.__version__,
        "layer": shared.NAME,
        "starlette": importlib.util.find_spec("starlette") is not None,
    }}
"""


def project(root: Path) -> Path:
    (root / "shared" / "python").mkdir(parents=True)
    (root / "shared" / "python" / "shared.py").write_text('NAME = "from the shared layer"\n')
    for name in ("pinned", "plain"):
        (root / name).mkdir()
        (root / name / "app.py").write_text(HANDLER.format(revision=1))
    (root / "pinned" / "requirements.txt").write_text(f"six=={PINNED_SIX}\n")
    (root / "template.yaml").write_text(TEMPLATE)
    return root / "template.yaml"


def deploy(cli: Cli, template: Path) -> dict[str, dict[str, Any]]:
    return {d["function"]: d for d in cli.json("deploy", "--template", str(template))}


def run(client: Any, qualified: str) -> dict[str, Any]:
    name, qualifier = qualified.split(":")
    reply = client.invoke(FunctionName=name, Qualifier=qualifier, Payload=b"{}")
    assert "FunctionError" not in reply, reply["Payload"].read()
    result: dict[str, Any] = json.loads(reply["Payload"].read())
    return result


def test_deployed_functions_run_their_own_libraries_and_versions(
    cli: Cli, lambda_client: Any, tmp_path: Path
) -> None:
    assert six.__version__ != PINNED_SIX
    template = project(tmp_path / "project")
    first = deploy(cli, template)
    assert {(d["version"], d["alias"], d["changed"]) for d in first.values()} == {
        ("1", "live", True)
    }

    pinned, plain = run(lambda_client, "pinned-six:live"), run(lambda_client, "plain-six:live")
    assert pinned == {
        "revision": 1,
        "six": PINNED_SIX,
        "layer": "from the shared layer",
        "starlette": False,  # Lamina's other packages are not there
    }
    assert plain["six"] == six.__version__ and plain["layer"] == "from the shared layer"

    again = deploy(cli, template)
    assert {(d["version"], d["changed"]) for d in again.values()} == {("1", False)}

    (template.parent / "pinned" / "app.py").write_text(HANDLER.format(revision=2))
    changed = deploy(cli, template)
    assert (changed["pinned-six"]["version"], changed["pinned-six"]["changed"]) == ("2", True)
    assert (changed["plain-six"]["version"], changed["plain-six"]["changed"]) == ("1", False)
    assert run(lambda_client, "pinned-six:live")["revision"] == 2
    assert run(lambda_client, "pinned-six:1")["revision"] == 1


def test_a_failed_build_names_the_requirement_and_changes_nothing(
    cli: Cli, server: subprocess.Popen[str], tmp_path: Path
) -> None:
    template = project(tmp_path / "project")
    deploy(cli, template)
    before = cli.json("functions", "list")
    (template.parent / "pinned" / "app.py").write_text(HANDLER.format(revision=2))
    (template.parent / "pinned" / "requirements.txt").write_text("six==0.0.1\n")
    failed = cli.run("deploy", "--template", str(template), check=False)
    assert failed.returncode == 1
    said = "".join(failed.stderr.split())  # without the breaks the terminal's width put in
    assert "failed:Couldnotfindaversionthatsatisfiestherequirementsix==0.0.1" in said
    assert cli.json("functions", "list") == before
