"""`lamina callbacks ...`: answer the callbacks executions wait on."""

from __future__ import annotations

import click

from lamina.cli.common import clean_errors, console, database_option, open_service
from lamina.cli.executions import parse_json_text


@click.group()
def callbacks() -> None:
    """Complete or keep alive a callback by its id."""


@callbacks.command()
@click.argument("callback_id")
@click.option("--result", default=None, help="The result, as JSON text.")
@database_option
def succeed(callback_id: str, result: str | None, database_url: str) -> None:
    """Complete a callback successfully."""
    with clean_errors(), open_service(database_url) as service:
        body = parse_json_text(result, "--result").encode() if result is not None else None
        service.succeed_callback(callback_id, body)
        console.print(f"callback {callback_id} succeeded")


@callbacks.command()
@click.argument("callback_id")
@click.option("--error-type", default=None)
@click.option("--error-message", default=None)
@click.option("--error-data", default=None)
@database_option
def fail(
    callback_id: str,
    error_type: str | None,
    error_message: str | None,
    error_data: str | None,
    database_url: str,
) -> None:
    """Complete a callback with a failure."""
    error = {
        k: v
        for k, v in (
            ("ErrorType", error_type),
            ("ErrorMessage", error_message),
            ("ErrorData", error_data),
        )
        if v is not None
    }
    with clean_errors(), open_service(database_url) as service:
        service.fail_callback(callback_id, error)
        console.print(f"callback {callback_id} failed")


@callbacks.command()
@click.argument("callback_id")
@database_option
def heartbeat(callback_id: str, database_url: str) -> None:
    """Tell a callback its answer is still coming (resets its heartbeat timeout)."""
    with clean_errors(), open_service(database_url) as service:
        service.heartbeat_callback(callback_id)
        console.print(f"callback {callback_id} heartbeat recorded")
