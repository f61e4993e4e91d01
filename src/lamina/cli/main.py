"""The `lamina` command: nouns, then verbs; every option also from a LAMINA_* variable."""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from pathlib import Path

import click

from lamina.app import Lamina
from lamina.cli.callbacks import callbacks
from lamina.cli.common import (
    clean_errors,
    console,
    database_option,
    json_option,
    open_service,
    print_json,
    table,
)
from lamina.cli.conformance import conformance
from lamina.cli.executions import executions, invoke
from lamina.cli.users import users
from lamina.config import Settings


@click.group(context_settings={"auto_envvar_prefix": "LAMINA", "show_default": True})
@click.version_option(package_name="lamina")
@click.option(
    "--log-level",
    default="WARNING",
    show_envvar=True,
    type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
)
def cli(log_level: str) -> None:
    """Lamina: a self-hosted Lambda Durable Functions service."""
    logging.basicConfig(level=log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s")


@cli.command()
@click.option(
    "--template",
    "templates",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    help="SAM template to serve (repeatable).",
)
@click.option(
    "--runtime",
    type=click.Choice(["process", "inline"]),
    default="process",
    show_envvar=True,
    help="process: warm sandbox processes; inline: threads.",
)
@click.option("--concurrency", default=32, show_envvar=True, help="Invocations at once.")
@click.option("--host", default="127.0.0.1", show_envvar=True, help="Address of the HTTP API.")
@click.option("--port", default=9000, show_envvar=True, help="Port of the HTTP API (0: any).")
@click.option("--no-api", is_flag=True, help="Run workers and timers only.")
@click.option(
    "--keys-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    show_envvar=True,
    help="Access keys (YAML) the API verifies SigV4 signatures with; needed beyond loopback.",
)
@click.option(
    "--users-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    envvar="LAMINA_USERS_FILE",
    show_envvar=True,
    help="Console logins (YAML: names and scrypt hashes from `lamina users hash-password`).",
)
@click.option(
    "--review-prefix",
    default="review",
    envvar="LAMINA_REVIEW_PREFIX",
    show_envvar=True,
    help="A callback is a review (the console's inbox) when its name or its parent's starts so.",
)
@click.option(
    "--data-plane",
    type=click.Choice(["pipe", "http"]),
    default="pipe",
    show_envvar=True,
    help="How sandboxed handlers checkpoint: over their pipe, or over the HTTP API with boto3.",
)
@click.option(
    "--parameter-overrides",
    "parameters",
    multiple=True,
    metavar="KEY=VALUE",
    help="A value for a template parameter, as sam deploy takes it (repeatable).",
)
@database_option
def run(
    templates: tuple[Path, ...],
    runtime: str,
    concurrency: int,
    host: str,
    port: int,
    no_api: bool,
    data_plane: str,
    keys_file: Path | None,
    users_file: Path | None,
    review_prefix: str,
    parameters: tuple[str, ...],
    database_url: str,
) -> None:
    """Run Lamina: workers, timers and the HTTP API over the database, until interrupted."""
    settings = Settings.from_environment(
        database_url=database_url,
        runtime=runtime,
        concurrency=concurrency,
        templates=templates,
        data_plane=data_plane,
        keys_file=keys_file,
        users_file=users_file,
        review_prefix=review_prefix,
        parameters=parse_parameter_overrides(parameters),
    )
    if data_plane == "http" and no_api:
        raise click.UsageError("--data-plane http needs the API: drop --no-api")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with clean_errors(), Lamina(settings) as app:
        names = [f["name"] for f in app.service.list_functions()]
        console.print(
            f"Lamina is running on {settings.database_url} "
            f"({settings.runtime} runtime); functions: {', '.join(names) or 'none'}"
        )
        if not no_api:
            url = app.serve_api(host, port)
            console.print(f"API: {url} (AWS_ENDPOINT_URL_LAMBDA)")
            console.print(f"Console: {url}/console/  Metrics: {url}/metrics")
        console.print("Press Ctrl-C to stop.")
        # A timed wait: the signal may land on another thread, and Python only runs its
        # handler when the main thread wakes up.
        with contextlib.suppress(KeyboardInterrupt):
            while not stop.wait(0.5):
                pass
    console.print("Lamina stopped.")


def parse_parameter_overrides(pairs: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            hint = "--parameter-overrides"
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint=hint)
        values[key] = value
    return values


@cli.group()
def functions() -> None:
    """Registered functions."""


@functions.command("list")
@database_option
@json_option
def list_functions(database_url: str, as_json: bool) -> None:
    """Functions known to this database."""
    with clean_errors(), open_service(database_url) as service:
        found = service.list_functions()
        if as_json:
            print_json(found)
            return
        table(
            "Functions",
            ("Name", "Durable", "Handler", "Timeout", "Code"),
            [
                (
                    f["name"],
                    "yes" if f["durable"] else "no",
                    f["handler"],
                    f["timeout"],
                    f["code_dir"],
                )
                for f in found
            ],
        )


@functions.command("register")
@click.argument("template", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@database_option
def register(template: Path, database_url: str) -> None:
    """Register the functions of a SAM template."""
    settings = Settings.from_environment(database_url=database_url)
    with clean_errors():
        app = Lamina(settings)
        try:
            loaded = app.load_template(template)
        finally:
            app.stop()
        console.print(f"registered {', '.join(s.config['name'] for s in loaded.functions)}")


cli.add_command(invoke)
cli.add_command(executions)
cli.add_command(callbacks)
cli.add_command(conformance)
cli.add_command(users)


def main() -> None:
    cli()
