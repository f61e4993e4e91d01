"""The long-running commands: `run` (everything), `server` (API and console), `worker`."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, TypeVar

import click

from lamina.app import BACKGROUND_ROLES, Lamina
from lamina.cli.common import clean_errors, console, database_option, error_console
from lamina.clock import clock_notice
from lamina.config import Settings

F = TypeVar("F", bound=Callable[..., Any])


def _options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several click options as one decorator, listed in the order --help shows them."""

    def apply(command: F) -> F:
        for decorator in reversed(decorators):
            command = decorator(command)
        return command

    return apply


template_options = _options(
    click.option(
        "--template",
        "templates",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        multiple=True,
        help="SAM template whose functions to register (repeatable).",
    ),
    click.option(
        "--parameter-overrides",
        "parameters",
        multiple=True,
        metavar="KEY=VALUE",
        help="A value for a template parameter, as sam deploy takes it (repeatable).",
    ),
    database_option,
)

worker_options = _options(
    click.option(
        "--runtime",
        type=click.Choice(["process", "inline"]),
        default="process",
        envvar="LAMINA_RUNTIME",
        show_envvar=True,
        help="process: warm sandbox processes; inline: threads.",
    ),
    click.option(
        "--concurrency",
        default=32,
        envvar="LAMINA_CONCURRENCY",
        show_envvar=True,
        help="Invocations at once.",
    ),
)

api_options = _options(
    click.option(
        "--host",
        default="127.0.0.1",
        envvar="LAMINA_HOST",
        show_envvar=True,
        help="Address of the HTTP API.",
    ),
    click.option(
        "--port",
        default=9000,
        envvar="LAMINA_PORT",
        show_envvar=True,
        help="Port of the HTTP API (0: any).",
    ),
    click.option(
        "--keys-file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        envvar="LAMINA_KEYS_FILE",
        show_envvar=True,
        help="Access keys (YAML) the API verifies SigV4 signatures with; needed beyond loopback.",
    ),
    click.option(
        "--users-file",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        envvar="LAMINA_USERS_FILE",
        show_envvar=True,
        help="Console logins (YAML: names and scrypt hashes from `lamina users hash-password`).",
    ),
    click.option(
        "--review-prefix",
        default="review",
        envvar="LAMINA_REVIEW_PREFIX",
        show_envvar=True,
        help="A callback is a review (the console's inbox) when its name or its parent's "
        "starts so.",
    ),
)


@click.command()
@template_options
@worker_options
@api_options
@click.option("--no-api", is_flag=True, help="Run workers and timers only.")
@click.option(
    "--data-plane",
    type=click.Choice(["pipe", "http"]),
    default="pipe",
    envvar="LAMINA_DATA_PLANE",
    show_envvar=True,
    help="How sandboxed handlers checkpoint: over their pipe, or over the HTTP API with boto3.",
)
@click.option(
    "--time-skip",
    is_flag=True,
    envvar="LAMINA_TIME_SKIP",
    show_envvar=True,
    help="A virtual clock for tests: whenever no invocation runs or is owed, it jumps to the "
    "next timer (waits, retries, timeouts). SQLite only.",
)
@click.option(
    "--time-skip-grace",
    "time_skip_grace_s",
    type=click.FloatRange(min=0),
    envvar="LAMINA_TIME_SKIP_GRACE",
    show_envvar=True,
    help="With --time-skip, while a callback waits: real seconds of quiet before time skips "
    "past its timeout, for clients answering over the API (default 10).",
)
def run(no_api: bool, **options: Any) -> None:
    """Run Lamina: workers, timers and the HTTP API over the database, until interrupted."""
    if options["data_plane"] == "http" and no_api:
        raise click.UsageError("--data-plane http needs the API: drop --no-api")
    serve(options, BACKGROUND_ROLES, api=not no_api)


@click.command()
@template_options
@api_options
def server(**options: Any) -> None:
    """Serve the HTTP API and the console only; workers elsewhere run the invocations."""
    serve(options, (), api=True)


@click.command()
@template_options
@worker_options
def worker(**options: Any) -> None:
    """Claim and run invocations and fire timers; no HTTP API."""
    serve(options, BACKGROUND_ROLES, api=False)


def serve(options: dict[str, Any], roles: Collection[str], api: bool) -> None:
    """Run the given roles (and the API if asked) until SIGTERM or Ctrl-C."""
    host, port = options.pop("host", "127.0.0.1"), options.pop("port", 0)
    options["parameters"] = parse_parameter_overrides(options["parameters"])
    settings = Settings.from_environment(**options)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with clean_errors(), Lamina(settings, roles) as app:
        names = [f.name for f in app.service.functions.all()]
        doing = ", ".join(sorted(roles) + (["api"] if api else []))
        if settings.time_skip:
            doing += "; virtual clock: time skips ahead whenever nothing runs"
        console.print(
            f"Lamina is running on {settings.database_url} ({doing}; "
            f"{settings.runtime} runtime); functions: {', '.join(names) or 'none'}"
        )
        notice = clock_notice(app.service.clock)
        if notice and not settings.time_skip:
            error_console.print(f"[yellow]{notice}[/yellow]")
        if api:
            url = app.serve_api(host, port)
            console.print(f"API: {url} (AWS_ENDPOINT_URL_LAMBDA)")
            console.print(f"Console: {url}/console/  Metrics: {url}/metrics")
        if "worker" in roles:
            console.print(f"Worker: {app.worker.owner}")
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
