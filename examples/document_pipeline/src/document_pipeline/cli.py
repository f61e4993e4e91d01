"""`docpipe`: run the pipeline on Lamina, evaluate the classifier, train the offline model."""

from __future__ import annotations

import contextlib
import json
import signal
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from document_pipeline.runner import TEMPLATE, RunOptions, run_pipeline

console = Console(highlight=False)


def say(document: str, text: str) -> None:
    console.print(f"[bold]{escape(document)}[/bold]: {escape(text)}")


@click.group()
def main() -> None:
    """The document pipeline: four agents and a durable orchestrator on Lamina."""


@main.command()
@click.option("--workspace", type=click.Path(file_okay=False, path_type=Path),
              default=Path(".lamina/pipeline"), show_default=True,
              help="Folder of the inbox and the agents' data.")
@click.option("--template", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=TEMPLATE, help="The pipeline's SAM template.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address of Lamina's API.")
@click.option("--port", default=9000, show_default=True, help="Port of Lamina's API (0: any).")
@click.option("--database-url", envvar="LAMINA_DATABASE_URL", default=None,
              help="Lamina's database (default .lamina/lamina.db).")
@click.option("--no-samples", is_flag=True, help="Do not add the bundled samples to a new inbox.")
@click.option("--exit-when-idle", is_flag=True,
              help="Stop once every document is finished or waiting for review.")
@click.option("--context-api-url", default=None,
              help="External context API (default: the bundled service on a local port).")
@click.option("--parameter-overrides", "overrides", multiple=True, metavar="KEY=VALUE",
              help="A template parameter, as sam deploy takes it (repeatable).")
def run(workspace: Path, template: Path, host: str, port: int, database_url: str | None,
        no_samples: bool, exit_when_idle: bool, context_api_url: str | None,
        overrides: tuple[str, ...]) -> None:
    """Run Lamina with the pipeline and process every file dropped into the inbox."""
    from lamina.cli.serve import parse_parameter_overrides

    options = RunOptions(
        workspace=workspace, template=template, host=host, port=port,
        samples=not no_samples, exit_when_idle=exit_when_idle, context_api_url=context_api_url,
        parameters=parse_parameter_overrides(overrides),
        settings={"database_url": database_url} if database_url else {},
    )
    signal.signal(signal.SIGTERM, _interrupt)
    with contextlib.suppress(KeyboardInterrupt):
        progress = run_pipeline(options, say)
        print_summary([vars(t) for t in progress.tracked.values()], database_url)


def _interrupt(*_: Any) -> None:
    raise KeyboardInterrupt


def print_summary(tracked: list[dict[str, Any]], database_url: str | None) -> None:
    waiting = [t for t in tracked if t["callback_id"] and not t["done"]]
    done = [t for t in tracked if t["done"]]
    console.print(f"\n{len(done)} document(s) finished, {len(waiting)} waiting for review.")
    db = f" --database-url {database_url}" if database_url else ""
    for item in waiting:
        approve = json.dumps({"decision": "approve", "comment": "checked"})
        reject = json.dumps({"decision": "reject", "comment": "not ours"})
        console.print(f"  {escape(item['document'])}:")
        console.print(f"    approve: lamina callbacks succeed {item['callback_id']} "
                      f"--result '{approve}'{db}", soft_wrap=True)
        console.print(f"    reject:  lamina callbacks succeed {item['callback_id']} "
                      f"--result '{reject}'{db}", soft_wrap=True)
    if waiting:
        console.print("Run `docpipe run` again (or keep it running) to see them finish.")


@main.command()
def train() -> None:
    """Train the embedded offline classifier now (it also trains on first use)."""
    from document_pipeline.classification.model import train_model

    path = train_model(None)
    console.print(f"model saved to {path}")


def _register_evaluate() -> None:
    from document_pipeline.evaluation import evaluate_command

    main.add_command(evaluate_command, "evaluate")


_register_evaluate()
