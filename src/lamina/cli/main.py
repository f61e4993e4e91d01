"""The `lamina` command: nouns, then verbs; every option also from a LAMINA_* variable."""

from __future__ import annotations

import logging
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
from lamina.cli.deploy import deploy
from lamina.cli.executions import executions, invoke
from lamina.cli.serve import run, server, worker
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


@cli.group()
def functions() -> None:
    """Registered functions."""


@functions.command("list")
@database_option
@json_option
def list_functions(database_url: str, as_json: bool) -> None:
    """Functions known to this database."""
    with clean_errors(), open_service(database_url) as service:
        found = service.functions.all()
        if as_json:
            print_json([f.to_dict() for f in found])
            return
        table(
            "Functions",
            ("Name", "Durable", "Handler", "Timeout", "Code"),
            [
                (
                    f.name,
                    "yes" if f.durable else "no",
                    f.handler,
                    f.timeout,
                    f.code_dir,
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
        console.print(f"registered {', '.join(s.config.name for s in loaded.functions)}")


cli.add_command(run)
cli.add_command(server)
cli.add_command(worker)
cli.add_command(invoke)
cli.add_command(executions)
cli.add_command(callbacks)
cli.add_command(conformance)
cli.add_command(deploy)
cli.add_command(users)


def main() -> None:
    cli()
