"""`docpipe`: run the pipeline on Lamina, evaluate the classifier, train the offline model."""

from __future__ import annotations

import contextlib
import json
import shlex
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from document_pipeline.progress import Progress
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
        run_pipeline(options, say, lambda progress, inbox_url: print_next_steps(
            progress, inbox_url, database_url, options.exit_when_idle))


def _interrupt(*_: Any) -> None:
    raise KeyboardInterrupt


def print_next_steps(progress: Progress, inbox_url: str, database_url: str | None,
                     exiting: bool) -> None:
    """What the person can do now: the documents waiting for review and how to answer them."""
    waiting = progress.waiting_for_review()
    done = sum(t.done for t in progress.tracked.values())
    console.print(f"\n{done} document(s) finished, {len(waiting)} waiting for review.")
    if waiting:
        console.print(f"Review them in the browser: {inbox_url}")
        console.print("or answer each one here:")
    lamina = lamina_command()
    db = f" --database-url {shlex.quote(database_url)}" if database_url else ""
    for item in waiting:
        console.print(f"  {escape(item.document)}:")
        for verb, decision, comment in REVIEW_ANSWERS:
            answer = shlex.quote(json.dumps({"decision": decision, "comment": comment}))
            console.print(f"    {verb + ':':8} {lamina} callbacks succeed {item.callback_id} "
                          f"--result {escape(answer)}{db}", soft_wrap=True)
    if exiting:
        if waiting:
            console.print("Run `docpipe run` again to see them finish once answered.")
    else:
        console.print("Lamina keeps running: files dropped into the inbox are processed as they "
                      "come, answered reviews finish here. Ctrl-C stops it; nothing is lost.")


REVIEW_ANSWERS = (("approve", "approve", "checked"), ("reject", "reject", "not ours"))


def lamina_command() -> str:
    """`lamina` as the person can type it: its bare name when on PATH, else its path."""
    beside = Path(sys.executable).parent / "lamina"
    found = shutil.which("lamina")
    if found and Path(found).resolve() == beside.resolve():
        return "lamina"
    with contextlib.suppress(ValueError):
        return str(beside.absolute().relative_to(Path.cwd()))
    return str(beside)


@main.command()
def train() -> None:
    """Train the embedded offline classifier now (it also trains on first use)."""
    from document_pipeline.classification.model import train_model

    path = train_model(None)
    console.print(f"model saved to {path}")


def _register_evaluate() -> None:
    from document_pipeline.devset import devset_command
    from document_pipeline.evaluation import evaluate_command

    main.add_command(evaluate_command, "evaluate")
    main.add_command(devset_command, "devset")


_register_evaluate()
