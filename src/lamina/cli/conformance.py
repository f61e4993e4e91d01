"""`lamina conformance`: run AWS's conformance requirements against Lamina and report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from lamina.app import Lamina
from lamina.cli.common import clean_errors, database_option, error_console
from lamina.config import Settings
from lamina.conformance.pinned import REQUIREMENTS_WHEEL, pinned_requirements
from lamina.conformance.report import Verdict, render_console, render_json, render_junit
from lamina.conformance.runner import ConformanceRunner, plan_from_templates, select

_RENDER = {"console": render_console, "json": render_json, "junit": render_junit}


def _env_pairs(pairs: tuple[str, ...]) -> dict[str, str]:
    env = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--env")
        env[key] = value
    return env


@click.command()
@click.option(
    "--template",
    "templates",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    multiple=True,
    required=True,
    help="SAM template whose functions declare TestingMetadata (repeatable).",
)
@click.option(
    "--requirements",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of requirement YAML files (suite sub-folders). Default: AWS's published set "
    f"{REQUIREMENTS_WHEEL.requirement}, fetched once into Lamina's cache.",
)
@click.option("--suite", "suites", multiple=True, help="Only these suites (repeatable).")
@click.option("--id", "ids", multiple=True, help="Only these requirement ids (repeatable).")
@click.option("--report", type=click.Choice(sorted(_RENDER)), default="console", show_default=True)
@click.option(
    "--report-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report here instead of standard output.",
)
@click.option(
    "--env",
    "env",
    multiple=True,
    help="KEY=VALUE added to every function's environment (e.g. a local DynamoDB endpoint).",
)
@click.option("--parallel", default=24, show_default=True, help="Requirements run at once.")
@click.option("--timeout", default=180, show_default=True, help="Seconds per requirement.")
@click.option(
    "--runtime",
    type=click.Choice(["process", "inline"]),
    default="process",
    show_default=True,
    show_envvar=True,
)
@click.option(
    "--data-plane",
    type=click.Choice(["pipe", "http"]),
    default="pipe",
    show_default=True,
    help="http: handlers checkpoint through the HTTP API with the SDK's boto3 client.",
)
@click.option("--api-port", default=0, show_default=True, help="Port of the API (0: any).")
@click.option(
    "--time-skip",
    is_flag=True,
    help="Run on a virtual clock that jumps to the next timer whenever nothing runs (SQLite).",
)
@database_option
def conformance(
    templates: tuple[Path, ...],
    requirements: Path | None,
    suites: tuple[str, ...],
    ids: tuple[str, ...],
    report: str,
    report_file: Path | None,
    env: tuple[str, ...],
    parallel: int,
    timeout: int,
    runtime: str,
    data_plane: str,
    api_port: int,
    time_skip: bool,
    database_url: str,
) -> None:
    """Judge Lamina against AWS's conformance requirements; exit 1 on any FAILED."""
    settings = Settings.from_environment(
        database_url=database_url, runtime=runtime, data_plane=data_plane, time_skip=time_skip,
        time_skip_grace_s=0.0,  # the runner holds the clock while it answers a callback
    )
    with clean_errors():
        if requirements is None:
            requirements = pinned_requirements()
            error_console.print(f"{REQUIREMENTS_WHEEL.requirement}: {requirements}")
    with clean_errors(), Lamina(settings) as app:
        # Handlers behind an endpoint, and the http data plane, checkpoint over the API.
        app.serve_api(port=api_port)
        plan = plan_from_templates(app, templates, _env_pairs(env))
        chosen = select(requirements, suites, ids)

        def progress(verdict: Verdict) -> None:
            colour = {"PASSED": "green", "FAILED": "red"}.get(verdict.status, "yellow")
            error_console.print(
                f"[{colour}]{verdict.status:<15}[/{colour}] {verdict.requirement_id}"
                f" {verdict.detail[:160]}"
            )

        verdicts = ConformanceRunner(app, plan, timeout_s=timeout).run(
            chosen, parallel=parallel, progress=progress
        )
    text = _RENDER[report](verdicts)
    if report_file is not None:
        report_file.parent.mkdir(parents=True, exist_ok=True)
        report_file.write_text(text)
        if report != "console":
            click.echo(render_console(verdicts))
    else:
        click.echo(text)
    if any(v.status == "FAILED" and not v.optional for v in verdicts):
        sys.exit(1)
