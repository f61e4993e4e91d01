"""What every command shares: the settings, the service over the configured database, output."""

from __future__ import annotations

import json
import sys
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from lamina.clock import clock_notice
from lamina.config import DEFAULT_DATABASE_URL, Settings
from lamina.errors import LaminaError
from lamina.service import DurableService, stored_clock
from lamina.service.ids import Region
from lamina.store import open_store

console = Console()
error_console = Console(stderr=True)

database_option = click.option(
    "--database-url",
    default=DEFAULT_DATABASE_URL,
    envvar="LAMINA_DATABASE_URL",
    show_default=True,
    show_envvar=True,
    help="Where Lamina keeps its journal (sqlite:///path).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


def say_clock(service: DurableService) -> None:
    """Warn, on stderr, when the times about to be shown are not real time (`--time-skip`)."""
    notice = clock_notice(service.clock)
    if notice:
        error_console.print(f"[yellow]{notice}[/yellow]")


@contextmanager
def open_service(database_url: str) -> Iterator[DurableService]:
    settings = Settings.from_environment(database_url=database_url)
    store = open_store(settings.database_url)
    try:
        region = Region("aws", settings.region, settings.account)
        yield DurableService(store, region=region, clock=stored_clock(store))
    finally:
        store.close()


@contextmanager
def clean_errors() -> Iterator[None]:
    """Lamina's own errors end the command with their message, not a traceback."""
    try:
        yield
    except LaminaError as error:
        error_console.print(f"[red]{error.code}[/red]: {error.message}")
        sys.exit(1)


def print_json(value: Any) -> None:
    click.echo(json.dumps(value, indent=2, default=str))


def timestamp(epoch_seconds: float | None, seconds: bool = True) -> str:
    if epoch_seconds is None:
        return ""
    shape = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime(shape)


def table(
    title: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    shorten: Collection[str] = (),
) -> None:
    """A table for people. Given `shorten`, those columns are cut with an ellipsis to fit
    the terminal and the others are kept whole; without it, every column folds."""
    view = Table(title=title, show_lines=False)
    for column in columns:
        if column in shorten:
            view.add_column(column, overflow="ellipsis", min_width=6)
        else:
            view.add_column(column, overflow="fold", no_wrap=bool(shorten))
    for row in rows:
        view.add_row(*(str(cell) if cell is not None else "" for cell in row))
    console.print(view)
