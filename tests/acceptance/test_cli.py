"""The README's workflow and the CLI's answers to bad input, with real processes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_driver import Cli, wait_until


def callback_id(cli: Cli, arn: str) -> str:
    def started() -> str | None:
        for event in cli.history(arn):
            if event["EventType"] == "CallbackStarted":
                return str(event["CallbackStartedDetails"]["CallbackId"])
        return None

    return str(wait_until(started, what="CallbackStarted"))


def test_readme_workflow(cli: Cli, server: subprocess.Popen[str]) -> None:
    done = cli.run("invoke", "hello-world", "--payload", '{"name": "Ada"}')
    assert json.loads(done.stdout) == {"greeting": "Hello, Ada!"}
    [execution] = cli.json("executions", "list")
    assert execution["Status"] == "SUCCEEDED"
    events = cli.history(execution["DurableExecutionArn"])
    kinds = [e["EventType"] for e in events]
    assert kinds[0] == "ExecutionStarted" and kinds[-1] == "ExecutionSucceeded"
    assert kinds.count("InvocationCompleted") == 2  # before and after the 1 s wait
    table = cli.run("executions", "history", execution["DurableExecutionArn"]).stdout
    assert "WaitSucceeded" in table


def test_a_person_answers_a_callback(cli: Cli, server: subprocess.Popen[str]) -> None:
    arn = cli.json("invoke", "approval", "--payload", '{"document": "d-1"}', "--async")[
        "DurableExecutionArn"
    ]
    cli.run("callbacks", "succeed", callback_id(cli, arn), "--result", '"approved"')
    wait_until(lambda: cli.json("executions", "list")[0]["Status"] == "SUCCEEDED")
    described = json.loads(cli.run("executions", "get", arn).stdout)
    # wait_for_callback hands the raw callback body to the handler by default.
    assert json.loads(described["Result"]) == {"document": "d-1", "decision": '"approved"'}


def test_callback_failure_and_heartbeat(cli: Cli, server: subprocess.Popen[str]) -> None:
    arn = cli.json("invoke", "approval", "--payload", "{}", "--async")["DurableExecutionArn"]
    identity = callback_id(cli, arn)
    cli.run("callbacks", "heartbeat", identity)
    cli.run("callbacks", "fail", identity, "--error-type", "Rejected", "--error-message", "no")
    wait_until(lambda: cli.json("executions", "list")[0]["Status"] == "FAILED")
    kinds = [e["EventType"] for e in cli.history(arn)]
    assert "CallbackFailed" in kinds and kinds[-1] == "ExecutionFailed"


def test_execution_names_make_starts_idempotent(cli: Cli, server: subprocess.Popen[str]) -> None:
    first = cli.json("invoke", "approval", "--name", "order-7", "--payload", "{}", "--async")
    again = cli.json("invoke", "approval", "--name", "order-7", "--payload", "{}", "--async")
    assert first == again
    other = cli.run(
        "invoke", "approval", "--name", "order-7", "--payload", '{"x": 1}', "--async", check=False
    )
    assert other.returncode == 1
    assert "DurableExecutionAlreadyStartedException" in other.stderr
    assert len(cli.json("executions", "list")) == 1


def test_chained_invoke_of_a_plain_function(cli: Cli, server: subprocess.Popen[str]) -> None:
    loud = cli.run("invoke", "caller", "--payload", '{"text": "quiet"}')
    assert json.loads(loud.stdout) == {"loud": "QUIET"}
    failed = cli.run("invoke", "caller", "--payload", '{"text": "x", "fail": true}')
    assert "refusing to shout" in json.loads(failed.stdout)["error"]


def test_timeout_kills_the_invocation_and_it_is_retried(
    cli: Cli, server: subprocess.Popen[str]
) -> None:
    done = cli.run("invoke", "slow-first-time", "--payload", '{"key": "a"}')
    assert json.loads(done.stdout) == "finished"
    [execution] = cli.json("executions", "list")
    errors = [
        e["InvocationCompletedDetails"].get("Error")
        for e in cli.history(execution["DurableExecutionArn"])
        if e["EventType"] == "InvocationCompleted"
    ]
    assert errors[0]["Payload"]["ErrorType"] == "Sandbox.Timedout"
    assert errors[1:] == [None, None]


def test_function_errors_fail_the_execution(cli: Cli, server: subprocess.Popen[str]) -> None:
    done = cli.run("invoke", "always-fails", check=False)
    assert done.returncode == 1
    assert json.loads(done.stdout)["ErrorMessage"] == "this function always fails"


def test_bad_input_is_refused_and_changes_nothing(
    cli: Cli, server: subprocess.Popen[str], tmp_path: Path
) -> None:
    cli.run("invoke", "hello-world", "--payload", '{"name": "Ada"}')
    finished = cli.json("executions", "list")[0]["DurableExecutionArn"]
    before = cli.snapshot()
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n"
        "    Properties: {CodeUri: ., Handler: nomodule}\n"
    )
    oversized = tmp_path / "oversized.json"
    oversized.write_text(json.dumps({"blob": "x" * (6 * 1024 * 1024)}))
    cases = [
        (("invoke", "hello-world", "--payload-file", str(oversized)), "exceeds the size limit"),
        (("invoke", "no-such-function"), "ResourceNotFoundException"),
        (("invoke", "hello-world", "--payload", "{not json"), "Could not parse"),
        (("invoke", "hello-world", "--name", "bad name!"), "Invalid durable execution name"),
        (("callbacks", "succeed", "0" * 40), "Callback not found"),
        (("callbacks", "succeed", "abc", "--result", "not json"), "is not valid JSON"),
        (("executions", "get", finished + "x"), "ResourceNotFoundException"),
        (("functions", "register", str(broken)), "needs Handler: module.function"),
    ]
    for args, message in cases:
        done = cli.run(*args, check=False)
        assert done.returncode == 1, args
        assert message in done.stderr, (args, done.stderr)
    assert cli.snapshot() == before


def test_answering_a_finished_callback_is_refused(cli: Cli, server: subprocess.Popen[str]) -> None:
    arn = cli.json("invoke", "approval", "--payload", "{}", "--async")["DurableExecutionArn"]
    identity = callback_id(cli, arn)
    cli.run("callbacks", "succeed", identity, "--result", '"yes"')
    wait_until(lambda: cli.json("executions", "list")[0]["Status"] == "SUCCEEDED")
    before = cli.snapshot()
    again = cli.run("callbacks", "succeed", identity, "--result", '"again"', check=False)
    assert again.returncode == 1 and "CallbackTimeoutException" in again.stderr
    assert cli.snapshot() == before


def test_output_is_kept_per_execution(cli: Cli, server: subprocess.Popen[str]) -> None:
    for n in (1, 2):
        assert json.loads(cli.run("invoke", "noisy", "--payload", f'{{"n": {n}}}').stdout) == (
            f"handled {n}"
        )
    second, first = (e["DurableExecutionArn"] for e in cli.json("executions", "list"))
    first_logs = cli.run("executions", "logs", first).stdout
    assert "cold start: loading the model" in first_logs
    assert "configured from the environment" in first_logs
    assert "handling 1" in first_logs and "handling 2" not in first_logs
    second_logs = cli.run("executions", "logs", second).stdout
    assert "handling 2" in second_logs and "cold start" not in second_logs


def test_the_list_fits_a_narrow_terminal_and_says_what_it_left_out(
    cli: Cli, server: subprocess.Popen[str]
) -> None:
    for n in range(4):
        cli.run("invoke", "approval", "--name", f"review-of-document-{n}-" + "x" * 30, "--async")
    arns = [e["DurableExecutionArn"] for e in cli.json("executions", "list")]
    narrow = subprocess.run(
        [*cli.command("executions", "list", "--limit", "3")],
        capture_output=True,
        text=True,
        env={**cli.env, "COLUMNS": "80"},
        timeout=60,
        check=True,
    ).stdout
    rows = [line for line in narrow.splitlines() if line.startswith("│")]
    assert len(rows) == 3  # one line each: nothing wraps
    assert all(len(line) <= 80 for line in narrow.splitlines())
    short_ids = [row.split("│")[1].strip() for row in rows]
    assert short_ids == [arn.rsplit("/", 1)[1][:8] for arn in arns[:3]]
    assert "3 of 4 shown: --limit 4 shows them all; --json gives full ARNs." in narrow

    # What the table shows is enough to name an execution in every other command.
    described = json.loads(cli.run("executions", "get", short_ids[0]).stdout)
    assert described["DurableExecutionArn"] == arns[0]
    assert cli.json("executions", "history", short_ids[1])[0]["EventType"] == "ExecutionStarted"
    cli.run("executions", "stop", short_ids[2])
    assert cli.json("executions", "list")[2]["Status"] == "STOPPED"
    unknown = cli.run("executions", "get", "ffffffff", check=False)
    assert unknown.returncode == 1
    assert "No durable execution has an id starting with 'ffffffff'" in one_line(unknown.stderr)
    too_short = cli.run("executions", "get", short_ids[0][:3], check=False)
    assert "neither an execution ARN nor the start of an execution id" in one_line(
        too_short.stderr
    )


def one_line(text: str) -> str:
    """Text as written, without the line breaks the terminal's width put in."""
    return " ".join(text.split())
