"""`lamina executions upgrade`: replay executions in flight on a new version; move those that
replay, and only those."""

from __future__ import annotations

import json
from typing import Any

from cli_driver import Cli, wait_until
from test_versions import callback_of, create, package

STEP = """
from aws_durable_execution_sdk_python import DurableContext, durable_execution, durable_step


@durable_step
def prepare(step_context, label: str) -> str:
    return "{prepared} " + label


@durable_step
def notify(step_context, answer: str) -> str:
    return "told " + answer
"""
# Version 1: documents on path "a" are prepared by a step before the review.
VERSIONS = {
    1: STEP + """
@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    if event.get("path") == "a":
        context.step(prepare("a"), name="prepare-a")
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    return {"version": 1, "answer": answer}
""",
    # A step inserted before everything: no execution replays.
    2: STEP + """
@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    context.step(prepare("first"), name="check")
    if event.get("path") == "a":
        context.step(prepare("a"), name="prepare-a")
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    return {"version": 2, "answer": answer}
""",
    # A step's body changed and new work after the review: every execution replays.
    3: STEP.replace("{prepared}", "made ready") + """
@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    if event.get("path") == "a":
        context.step(prepare("a"), name="prepare-a")
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    context.step(notify(answer), name="notify")
    return {"version": 3, "answer": answer}
""",
    # The step of path "a" renamed: only path "b" replays.
    4: STEP + """
@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    if event.get("path") == "a":
        context.step(prepare("a"), name="prepare-A")
    answer = context.wait_for_callback(lambda callback_id, ctx: None, name="approval")
    context.step(notify(answer), name="notify")
    return {"version": 4, "answer": answer}
""",
}


def versions(client: Any) -> None:
    create(client, "reviews", package(VERSIONS[1].replace("{prepared}", "prepared")))
    client.publish_version(FunctionName="reviews")
    for number in (2, 3, 4):
        source = VERSIONS[number].replace("{prepared}", "prepared")
        client.update_function_code(FunctionName="reviews", ZipFile=package(source), Publish=True)


def upgrade(cli: Cli, to_version: str, *flags: str) -> tuple[int, dict[str, dict[str, Any]]]:
    done = cli.run(
        "executions", "upgrade", "--function", "reviews", "--from-version", "1",
        "--to-version", to_version, *flags, "--json", check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, {r["execution_arn"]: r for r in json.loads(done.stdout)}


def test_replay_check_and_upgrade_move_exactly_the_compatible_executions(
    lambda_client: Any, cli: Cli
) -> None:
    client = lambda_client
    versions(client)
    paths = {}
    for path in ("a", "a", "b", "b"):
        arn = client.invoke(
            FunctionName="reviews", Qualifier="1", InvocationType="Event",
            Payload=json.dumps({"path": path}).encode(),
        )["DurableExecutionArn"]
        paths[arn] = path
    callbacks = {arn: wait_until(lambda a=arn: callback_of(client, a), 120) for arn in paths}

    status, checked = upgrade(cli, "2", "--check")
    assert status == 1 and set(checked) == set(paths)
    for arn, result in checked.items():
        assert not result["compatible"] and not result["moved"]
        recorded_first = "prepare-a" if paths[arn] == "a" else "approval"
        assert f"diverges at the operation the history names {recorded_first!r}" in result[
            "detail"
        ]
        assert "current='check'" in result["detail"]  # what the new code has there

    status, checked = upgrade(cli, "3", "--check")
    assert status == 0
    assert {(r["compatible"], r["moved"]) for r in checked.values()} == {(True, False)}

    status, moved = upgrade(cli, "4")
    assert status == 1
    for arn, path in paths.items():
        assert (moved[arn]["compatible"], moved[arn]["moved"]) == (path == "b", path == "b")
        if path == "a":
            assert "'prepare-a'" in moved[arn]["detail"] and "'prepare-A'" in moved[arn]["detail"]
    assert upgrade(cli, "4", "--check")[1].keys() == {a for a, p in paths.items() if p == "a"}

    for callback_id in callbacks.values():
        client.send_durable_execution_callback_success(CallbackId=callback_id, Result=b'"ok"')
    for arn, path in paths.items():
        described = wait_until(
            lambda a=arn: (d := client.get_durable_execution(DurableExecutionArn=a))["Status"]
            != "RUNNING" and d,
            120,
        )
        assert described["Status"] == "SUCCEEDED", described
        result = json.loads(described["Result"])
        assert result["version"] == (4 if path == "b" else 1)
        names = {e.get("Name") for e in client.get_durable_execution_history(
            DurableExecutionArn=arn)["Events"]}
        assert ("notify" in names) == (path == "b")  # version 4's new work ran on the moved
