"""Node.js functions run natively by `lamina run`: AWS's JavaScript durable SDK from the
function's own node_modules (installed by Lamina from its package.json), beside Python.

The functions (node_functions/) are copied without node_modules, so the first invocation
installs them as `sam build` would.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cli_driver import HERE, Cli, lamina_run, wait_until


@dataclass
class NodeLamina:
    client: Any
    cli: Cli
    markers: Path


@pytest.fixture(scope="module")
def node(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NodeLamina]:
    """One `lamina run` with the Node functions for the module, and a boto3 Lambda client."""
    root = tmp_path_factory.mktemp("node")
    project = root / "project"
    shutil.copytree(HERE / "node_functions", project,
                    ignore=shutil.ignore_patterns("node_modules", "__pycache__"))
    cli = Cli(f"sqlite:///{root}/lamina.db", {**os.environ, "MARKER_DIR": str(root)})
    with lamina_run(cli, [project / "template.yaml"], root / "server.log") as client:
        yield NodeLamina(client, cli, root)


def invoke(client: Any, name: str, payload: Any) -> tuple[Any, dict[str, Any]]:
    reply = client.invoke(FunctionName=name, Payload=json.dumps(payload).encode())
    return json.loads(reply["Payload"].read()), reply


def events(client: Any, arn: str) -> list[dict[str, Any]]:
    page = client.get_durable_execution_history(DurableExecutionArn=arn, MaxItems=1000)
    found: list[dict[str, Any]] = page["Events"]
    return found


def invocation_errors(client: Any, arn: str) -> list[str | None]:
    return [
        (e["InvocationCompletedDetails"].get("Error") or {}).get("Payload", {}).get("ErrorType")
        for e in events(client, arn)
        if e["EventType"] == "InvocationCompleted"
    ]


def executions(client: Any, name: str) -> list[str]:
    listed = client.list_durable_executions_by_function(FunctionName=name)
    return [str(e["DurableExecutionArn"]) for e in listed["DurableExecutions"]]


def test_a_node_function_runs_its_steps_and_logs_per_invocation(node: NodeLamina) -> None:
    result, reply = invoke(node.client, "node-counter", {"n": 41})
    assert "FunctionError" not in reply, result
    assert result["n"] == 42 and result["requestId"]
    [arn] = executions(node.client, "node-counter")
    # Two invocations (before and after the wait), each with its own request id.
    assert invocation_errors(node.client, arn) == [None, None]
    logs = node.cli.run("executions", "logs", arn).stdout
    assert "adding one to 41" in logs
    assert "(stderr) runtime AWS_Lambda_nodejs22.x" in logs


def test_a_process_that_exits_mid_step_runs_only_that_step_again(node: NodeLamina) -> None:
    result, reply = invoke(node.client, "node-crash", {})
    assert "FunctionError" not in reply, result
    assert result == {"before": 1, "charge": "charged"}
    assert (node.markers / "before.runs").read_text() == "x"  # replayed, not run again
    assert (node.markers / "charge.runs").read_text() == "xx"
    [arn] = executions(node.client, "node-crash")
    assert invocation_errors(node.client, arn) == ["Runtime.ExitError", None]
    succeeded = [e["Name"] for e in events(node.client, arn) if e["EventType"] == "StepSucceeded"]
    assert succeeded == ["before", "charge"]
    logs = node.cli.run("executions", "logs", arn).stdout
    assert "last words 20000" in logs  # printed just before the exit, read after it
    assert logs.count("last words ") == 20000


def test_a_timeout_kills_the_process_and_the_step_runs_again(node: NodeLamina) -> None:
    result, reply = invoke(node.client, "node-slow", {"key": "a"})
    assert result == "finished", result
    [arn] = executions(node.client, "node-slow")
    assert invocation_errors(node.client, arn) == ["Sandbox.Timedout", None]
    first = next(e["InvocationCompletedDetails"] for e in events(node.client, arn)
                 if e["EventType"] == "InvocationCompleted")
    took = (first["EndTimestamp"] - first["StartTimestamp"]).total_seconds()
    assert 3 <= took < 20  # the step's 30 s sleep was cut at the 3 s Timeout


def test_a_callback_answered_through_boto3_resumes_node_which_invokes_python(
    node: NodeLamina,
) -> None:
    started = node.client.invoke(FunctionName="node-approval", InvocationType="Event",
                                 Payload=b"{}")
    arn = started["DurableExecutionArn"]

    def callback_id() -> str | None:
        for event in events(node.client, arn):
            if event["EventType"] == "CallbackStarted":
                return str(event["CallbackStartedDetails"]["CallbackId"])
        return None

    node.client.send_durable_execution_callback_success(
        CallbackId=wait_until(callback_id, 60, "the callback"),
        Result=json.dumps({"text": "ship it"}).encode(),
    )
    done = ended(node.client, arn)
    assert done["Status"] == "SUCCEEDED", done
    assert json.loads(done["Result"]) == {
        "answer": {"text": "ship it"}, "shouted": {"loud": "SHIP IT"}
    }


def test_python_invokes_node_with_its_own_execution(node: NodeLamina) -> None:
    before = set(executions(node.client, "node-counter"))
    result, reply = invoke(node.client, "py-count-in-node", {"n": 1})
    assert "FunctionError" not in reply, result
    assert result["from_node"]["n"] == 2
    [child] = set(executions(node.client, "node-counter")) - before
    assert [e["EventType"] for e in events(node.client, child)][-1] == "ExecutionSucceeded"


BROKEN = {
    "node-missing-export": ("Runtime.HandlerNotFound",
                            "counter.nothere is undefined or not exported"),
    "node-syntax-error": ("Runtime.UserCodeSyntaxError", "Unexpected"),
    "node-broken-package": ("Runtime.Unavailable", "npm install in"),
}


def test_broken_code_gives_a_clear_error_and_other_functions_still_run(
    node: NodeLamina,
) -> None:
    started = {
        name: node.client.invoke(FunctionName=name, InvocationType="Event", Payload=b"{}")[
            "DurableExecutionArn"
        ]
        for name in BROKEN
    }
    working, _ = invoke(node.client, "node-counter", {"n": 1})
    assert working["n"] == 2
    for name, arn in started.items():
        done = ended(node.client, arn)
        error_type, message = BROKEN[name]
        assert done["Status"] == "FAILED", done
        assert done["Error"]["ErrorType"] == error_type, done
        assert message in done["Error"]["ErrorMessage"], done


def ended(client: Any, arn: str) -> dict[str, Any]:
    def end() -> dict[str, Any] | None:
        found: dict[str, Any] = client.get_durable_execution(DurableExecutionArn=arn)
        return None if found["Status"] == "RUNNING" else found

    result: dict[str, Any] = wait_until(end, 120, f"{arn} to end")
    return result
