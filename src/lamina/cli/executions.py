"""`lamina invoke`, `lamina executions ...`: start executions and look into them."""

from __future__ import annotations

import json
import re
import sys
import time
from typing import TextIO

import click

from lamina.app import wait_for_terminal
from lamina.cli.common import (
    clean_errors,
    console,
    database_option,
    error_console,
    json_option,
    open_service,
    print_json,
    say_clock,
    table,
    timestamp,
)
from lamina.clock import duration
from lamina.errors import InvalidParameterValue, ResourceNotFound
from lamina.service import DurableService, StartRequest
from lamina.service.ids import execution_id_of
from lamina.store.records import ExecutionFilter, ExecutionRecord, ExecutionStatus, Gate
from lamina.worker.upgrade import upgrade_executions

# As many characters of an execution id as `executions list` shows (git's short hashes are 7).
SHORT_ID = 8
ID_PREFIX = re.compile(r"^[0-9a-fA-F-]{4,36}$")
STATUSES = tuple(ExecutionStatus)


@click.command()
@click.argument("function")
@click.option("--payload", default="{}", show_default=True, help="The event, as JSON text.")
@click.option(
    "--payload-file",
    type=click.File("r"),
    help="Read the event from this file ('-' for standard input) instead of --payload.",
)
@click.option("--name", help="Execution name: starting the same name twice is idempotent.")
@click.option("--async", "run_async", is_flag=True, help="Return at once with the ARN.")
@click.option("--timeout", default=900, show_default=True, help="Seconds to wait for the end.")
@database_option
@json_option
def invoke(
    function: str,
    payload: str,
    payload_file: TextIO | None,
    name: str | None,
    run_async: bool,
    timeout: int,
    database_url: str,
    as_json: bool,
) -> None:
    """Start a durable execution of FUNCTION (and wait for its result unless --async)."""
    if payload_file is not None:
        payload = payload_file.read()
    with clean_errors(), open_service(database_url) as service:
        started = service.start_execution(
            StartRequest(function=function, payload=payload, name=name)
        )
        arn = started.execution.arn
        if run_async:
            print_json({"DurableExecutionArn": arn}) if as_json else click.echo(arn)
            return
        execution = _wait(service, arn, timeout)
        if as_json:
            print_json(service.describe(arn))
        elif execution.status == ExecutionStatus.SUCCEEDED:
            click.echo(execution.result)
        else:
            error_console.print(f"[red]{execution.status}[/red] {arn}")
            click.echo(json.dumps(execution.error))
        if execution.status != ExecutionStatus.SUCCEEDED:
            sys.exit(1)


def _wait(service: DurableService, arn: str, timeout: int):  # type: ignore[no-untyped-def]
    hinted = False
    deadline = time.monotonic() + timeout
    while True:
        try:
            return wait_for_terminal(service, arn, min(5.0, max(0.1, deadline - time.monotonic())))
        except Exception:
            if time.monotonic() >= deadline:
                raise
        execution = service.get_execution(arn)
        if not hinted and execution.gate == Gate.READY and execution.invocation_id is None:
            error_console.print(
                "No worker has picked this execution up yet: is `lamina run` "
                "running on this database?"
            )
            hinted = True


@click.group()
def executions() -> None:
    """List, inspect and stop durable executions."""


@executions.command("list")
@click.option("--function", help="Only executions of this function.")
@click.option("--status", type=click.Choice(STATUSES), multiple=True, help="Filter by status.")
@click.option("--limit", default=50, show_default=True, help="At most this many, newest first.")
@database_option
@json_option
def list_executions(
    function: str | None, status: tuple[str, ...], limit: int, database_url: str, as_json: bool
) -> None:
    """Executions, newest first; the Id column is the start of each execution's id."""
    with clean_errors(), open_service(database_url) as service:
        say_clock(service)
        found = service.list_executions(
            ExecutionFilter(function_name=function, statuses=status, limit=limit)
        )
        counts = service.count_executions(function)
        total = sum(n for s, n in counts.items() if not status or s in status)
    if as_json:
        print_json([_listed(e) for e in found])
        return
    table(
        "Durable executions",
        ("Id", "Function", "Name", "Status", "Started", "Took"),
        [
            (
                execution_id_of(e.arn)[:SHORT_ID],
                e.function_name,
                e.name,
                e.status,
                timestamp(e.start_ms / 1000, seconds=False),
                duration(e.end_ms - e.start_ms if e.end_ms else None),
            )
            for e in found
        ],
        shorten=("Function", "Name"),
    )
    if len(found) < total:
        console.print(
            f"{len(found)} of {total} shown: --limit {total} shows them all; "
            "--json gives full ARNs."
        )


def _listed(e: ExecutionRecord) -> dict[str, object]:
    return {
        "DurableExecutionArn": e.arn,
        "DurableExecutionName": e.name,
        "FunctionName": e.function_name,
        "Status": e.status,
        "StartTimestamp": e.start_ms / 1000,
        "EndTimestamp": e.end_ms / 1000 if e.end_ms else None,
    }


def resolve_arn(service: DurableService, reference: str) -> str:
    """An execution's ARN from its ARN, its id, or the start of its id (at least 4 characters)."""
    if reference.startswith("arn:"):
        return reference
    if not ID_PREFIX.match(reference):
        raise InvalidParameterValue(
            f"{reference!r} is neither an execution ARN nor the start of an execution id "
            "(4 or more of its characters, as `lamina executions list` shows them)"
        )
    found = service.list_executions(ExecutionFilter(id_prefix=reference.lower(), limit=2))
    if not found:
        raise ResourceNotFound(f"No durable execution has an id starting with {reference!r}")
    if len(found) > 1:
        raise InvalidParameterValue(
            f"Several executions have ids starting with {reference!r}: give more characters"
        )
    return found[0].arn


@executions.command("get")
@click.argument("arn", metavar="EXECUTION")
@database_option
def get_execution(arn: str, database_url: str) -> None:
    """One execution, as GetDurableExecution shows it (JSON)."""
    with clean_errors(), open_service(database_url) as service:
        say_clock(service)
        print_json(service.describe(resolve_arn(service, arn)))


@executions.command("history")
@click.argument("arn", metavar="EXECUTION")
@database_option
@json_option
def history(arn: str, database_url: str, as_json: bool) -> None:
    """The execution's history events, oldest first."""
    with clean_errors(), open_service(database_url) as service:
        say_clock(service)
        arn = resolve_arn(service, arn)
        events, after = service.history(arn, limit=1000)
        while after is not None:
            more, after = service.history(arn, after_id=after, limit=1000)
            events += more
        if as_json:
            print_json(events)
            return
        table(
            f"History of {arn}",
            ("#", "Time", "Event", "Name", "Details"),
            [
                (
                    e["EventId"],
                    timestamp(e["EventTimestamp"]),
                    e["EventType"],
                    e.get("Name", ""),
                    json.dumps(e[f"{e['EventType']}Details"])[:120],
                )
                for e in events
            ],
        )


@executions.command("stop")
@click.argument("arn", metavar="EXECUTION")
@click.option("--error-type", default=None)
@click.option("--error-message", default=None)
@database_option
def stop(arn: str, error_type: str | None, error_message: str | None, database_url: str) -> None:
    """Stop a running execution."""
    error = {k: v for k, v in (("ErrorType", error_type), ("ErrorMessage", error_message)) if v}
    with clean_errors(), open_service(database_url) as service:
        arn = resolve_arn(service, arn)
        service.stop(arn, error or None)
        console.print(f"stopped {arn}")


@executions.command("pause")
@click.argument("arn", metavar="EXECUTION")
@click.option("--reason", default=None)
@click.option("--keep-timeout-running", is_flag=True, help="The execution timeout keeps counting.")
@database_option
def pause(arn: str, reason: str | None, keep_timeout_running: bool, database_url: str) -> None:
    """Pause an execution: it records what completes but starts no invocation."""
    with clean_errors(), open_service(database_url) as service:
        arn = resolve_arn(service, arn)
        service.pause(arn, reason, not keep_timeout_running)
        console.print(f"paused {arn}")


@executions.command("resume")
@click.argument("arn", metavar="EXECUTION")
@click.option("--reason", default=None)
@database_option
def resume(arn: str, reason: str | None, database_url: str) -> None:
    """Resume a paused execution."""
    with clean_errors(), open_service(database_url) as service:
        arn = resolve_arn(service, arn)
        service.resume(arn, reason)
        console.print(f"resumed {arn}")


@executions.command("delete")
@click.argument("arn", metavar="EXECUTION")
@database_option
def delete(arn: str, database_url: str) -> None:
    """Delete a finished execution and everything it recorded."""
    with clean_errors(), open_service(database_url) as service:
        arn = resolve_arn(service, arn)
        service.delete(arn)
        console.print(f"deleted {arn}")


@executions.command("logs")
@click.argument("arn", metavar="EXECUTION")
@database_option
def logs(arn: str, database_url: str) -> None:
    """What the execution's handlers wrote, line by line."""
    with clean_errors(), open_service(database_url) as service:
        arn = resolve_arn(service, arn)
        service.get_execution(arn)
        for line in service.logs(arn):
            click.echo(f"{timestamp(line.timestamp_ms / 1000)} {line.request_id[:8]} {line.line}")


def parse_json_text(text: str, what: str) -> str:
    try:
        json.loads(text)
    except ValueError:
        raise InvalidParameterValue(f"{what} is not valid JSON: {text!r}") from None
    return text


@executions.command("upgrade")
@click.option("--function", "function", required=True, help="The function whose executions.")
@click.option("--from-version", required=True, help="The published version they run now.")
@click.option("--to-version", required=True, help="The published version to move them to.")
@click.option("--check", is_flag=True, help="Only replay and report; move nothing.")
@click.option("--timeout", default=60, show_default=True, help="Seconds per replay.")
@database_option
@json_option
def upgrade(
    function: str,
    from_version: str,
    to_version: str,
    check: bool,
    timeout: int,
    database_url: str,
    as_json: bool,
) -> None:
    """Replay every execution in flight on FROM-VERSION against TO-VERSION's code (nothing new
    runs) and report each one whose replay diverges; without --check, move the executions
    that replay to TO-VERSION. Exits 1 if any diverges."""
    with clean_errors(), open_service(database_url) as service:
        results = upgrade_executions(
            service, function, from_version, to_version, check, float(timeout)
        )
    if as_json:
        print_json([{**vars(r.verdict), "moved": r.moved} for r in results])
    else:
        table(
            f"{function}: version {from_version} -> {to_version}" + (" (check)" if check else ""),
            ("Id", "Replay", "Moved", "Where"),
            [
                (
                    execution_id_of(r.verdict.execution_arn)[:SHORT_ID],
                    "compatible" if r.verdict.compatible else "DIVERGES",
                    "yes" if r.moved else "no",
                    r.verdict.detail,
                )
                for r in results
            ],
        )
        diverged = sum(not r.verdict.compatible for r in results)
        moved = sum(r.moved for r in results)
        console.print(
            f"{len(results)} in flight: {len(results) - diverged} replay, {diverged} diverge"
            + ("" if check else f"; {moved} moved")
        )
    if any(not r.verdict.compatible for r in results):
        sys.exit(1)
