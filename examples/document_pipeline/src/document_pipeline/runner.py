"""The main job: Lamina on SQLite with the pipeline deployed, fed from an inbox folder."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3

from document_pipeline.inbox import DroppedFile, Inbox
from document_pipeline.progress import Progress
from lamina import Lamina, Settings

PIPELINE_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = PIPELINE_ROOT / "template.yaml"
SAMPLES = PIPELINE_ROOT / "samples"
ORCHESTRATOR = "document-pipeline"
LLM_PARAMETERS = {"LlmProvider": "DOCPIPE_LLM_PROVIDER", "LlmModel": "DOCPIPE_LLM_MODEL",
                  "LlmBaseUrl": "DOCPIPE_LLM_BASE_URL"}


@dataclass
class RunOptions:
    workspace: Path
    template: Path = TEMPLATE
    host: str = "127.0.0.1"
    port: int = 9000
    samples: bool = True
    exit_when_idle: bool = False
    context_api_url: str | None = None
    context_latency: float = 0.2
    poll_seconds: float = 0.5
    parameters: dict[str, str] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


class Workspace:
    """Where the pipeline keeps its files: the inbox, and the agents' data."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.inbox = self.root / "inbox"
        self.data = self.root / "data"

    def prepare(self, samples: bool) -> bool:
        """Create the folders; the first time, drop the bundled samples into the inbox."""
        first = not self.inbox.exists()
        self.inbox.mkdir(parents=True, exist_ok=True)
        self.data.mkdir(parents=True, exist_ok=True)
        if first and samples:
            copy_samples(self.inbox)
        return first


def copy_samples(inbox: Path) -> list[Path]:
    from document_pipeline.documents.samples import render_sample_pdfs

    staging = inbox.parent / ".samples"
    staging.mkdir(exist_ok=True)
    copied = [Path(shutil.copy2(p, staging / p.name)) for p in sorted(SAMPLES.iterdir())
              if p.is_file() and not p.name.startswith((".", "README"))]
    copied += render_sample_pdfs(staging)
    # Moved in whole, so the trigger never sees a half-written file.
    moved = [Path(shutil.move(p, inbox / p.name)) for p in copied]
    staging.rmdir()
    return moved


def prepare_agents(workspace: Workspace, say: Callable[[str], None]) -> None:
    """Seed the reference database and train the offline model once, before any agent runs."""
    from document_pipeline.classification import load_model, model_path
    from document_pipeline.enrichment.reference import ReferenceDB

    db = ReferenceDB.open(f"sqlite:///{workspace.data / 'reference.db'}")
    try:
        db.seed(None)
    finally:
        db.close()
    started = time.monotonic()
    cached = model_path().is_file()
    load_model()
    verb = "loaded" if cached else "trained"
    say(f"offline model {verb} in {time.monotonic() - started:.1f} s ({model_path()})")


@contextmanager
def context_api(options: RunOptions) -> Iterator[str]:
    """The external context API: the one given, or the bundled service on a local port."""
    if options.context_api_url:
        yield options.context_api_url
        return
    from document_pipeline.enrichment.context_service import ContextService

    with ContextService(latency=options.context_latency) as service:
        yield service.url


def template_parameters(options: RunOptions, workspace: Workspace, api_url: str,
                        context_url: str, env: dict[str, str]) -> dict[str, str]:
    values = {"DataDir": str(workspace.data), "ContextApiUrl": context_url,
              "ConsoleUrl": api_url}
    values.update({p: env[v] for p, v in LLM_PARAMETERS.items() if env.get(v)})
    values.update(options.parameters)
    return values


def start_document(client: Any, dropped: DroppedFile, function: str = ORCHESTRATOR) -> str:
    """Start the orchestrator (`function`, which may name a version or an alias after a
    colon) for a file; a second start of the same file is a no-op."""
    response = client.invoke(
        FunctionName=function,
        InvocationType="Event",
        DurableExecutionName=dropped.execution_name,
        Payload=json.dumps(dropped.event()).encode(),
    )
    return str(response["DurableExecutionArn"])


def lambda_client(url: str, region: str) -> Any:
    return boto3.client(
        "lambda", endpoint_url=url, region_name=region,
        aws_access_key_id="lamina", aws_secret_access_key="lamina",
    )


Announce = Callable[[Progress, str], None]


def run_pipeline(options: RunOptions, say: Callable[[str, str], None],
                 announce: Announce) -> Progress:
    """Serve Lamina with the pipeline and feed it the inbox; whenever every document is
    finished or waiting for a person, `announce` gets the progress and the review inbox URL."""
    workspace = Workspace(options.workspace)
    first = workspace.prepare(options.samples)
    say("pipeline", f"inbox: {workspace.inbox}" + (" (bundled samples added)" if first else ""))
    prepare_agents(workspace, lambda text: say("pipeline", text))
    with context_api(options) as context_url:
        settings = Settings.from_environment(**options.settings)
        app = Lamina(settings)
        with _serving(app, options, workspace, context_url, dict(os.environ)) as url:
            say("pipeline", f"Lamina API: {url} (database {settings.database_url})")
            client = lambda_client(url, settings.region)
            inbox_url = f"{url}/console/inbox"
            return feed(workspace, client, options, say,
                        lambda progress: announce(progress, inbox_url))


@contextmanager
def _serving(app: Lamina, options: RunOptions, workspace: Workspace, context_url: str,
             env: dict[str, str]) -> Iterator[str]:
    # The API comes first: its address is a parameter of the template (the review link).
    url = app.serve_api(options.host, options.port)
    try:
        parameters = template_parameters(options, workspace, url, context_url, env)
        app.load_template(options.template, parameters)
        app.start()
        yield url
    finally:
        app.stop()


def feed(workspace: Workspace, client: Any, options: RunOptions,
         say: Callable[[str, str], None], on_idle: Callable[[Progress], None]) -> Progress:
    inbox = Inbox(workspace.inbox, workspace.data / "inbox-ledger.db")
    progress = Progress(client, say)
    announced: set[str] | None = None  # the callbacks waiting when last announced
    try:
        for name, arn in inbox.started():
            progress.track(arn, name)
        while True:
            for dropped in inbox.new_files():
                arn = start_document(client, dropped)
                inbox.mark_started(dropped, arn)
                progress.track(arn, dropped.relative)
                say(dropped.relative, f"started ({dropped.execution_name})")
            progress.poll()
            if progress.idle():
                waiting = {str(t.callback_id) for t in progress.waiting_for_review()}
                if waiting != announced:
                    on_idle(progress)
                    announced = waiting
                if options.exit_when_idle:
                    return progress
            time.sleep(options.poll_seconds)
    finally:
        inbox.close()
