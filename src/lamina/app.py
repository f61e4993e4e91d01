"""One Lamina: a store, the service over it, and the workers and scheduler that drive it."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Collection
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from lamina.config import Settings
from lamina.errors import ServiceError
from lamina.functions.build import layer_folder, search_path
from lamina.functions.config import FunctionConfig
from lamina.functions.esbuild import bundle
from lamina.functions.sam import FunctionSpec, Template, load_template, load_templates
from lamina.functions.watch import SourceWatch
from lamina.runtime.base import Invoker
from lamina.runtime.http import HttpInvoker
from lamina.runtime.node import NodeInvoker
from lamina.runtime.process_pool import ProcessPoolInvoker
from lamina.scheduler.scheduler import Scheduler
from lamina.service import DurableService, stored_clock
from lamina.service.ids import Region
from lamina.store import open_store
from lamina.store.records import ExecutionRecord
from lamina.worker.worker import Worker

if TYPE_CHECKING:
    from lamina.api.server import ApiServer

log = logging.getLogger("lamina")

# What a Lamina runs in the background; the HTTP API is served apart, by `serve_api`.
BACKGROUND_ROLES = frozenset({"worker", "scheduler"})


def make_invoker(settings: Settings, region: Region) -> Invoker:
    if settings.runtime == "inline":
        from lamina.runtime.inline import InlineInvoker

        return InlineInvoker(region.region, region.function_arn, settings.sdk_prompt)
    if settings.runtime == "process":
        return ProcessPoolInvoker(
            region.region, region.function_arn, sdk_prompt=settings.sdk_prompt
        )
    raise ValueError(f"Unknown runtime {settings.runtime!r}: use 'process' or 'inline'")


class Lamina:
    def __init__(self, settings: Settings, roles: Collection[str] = BACKGROUND_ROLES) -> None:
        unknown = set(roles) - BACKGROUND_ROLES
        if unknown:
            raise ValueError(f"Unknown roles {sorted(unknown)}: use 'worker' and/or 'scheduler'")
        if settings.time_skip and (
            not settings.database_url.startswith("sqlite") or set(roles) != BACKGROUND_ROLES
        ):
            raise ValueError(
                "Time skipping runs one Lamina process (worker and scheduler) on SQLite"
            )
        self.settings = settings
        self.roles = frozenset(roles)
        self.region = Region("aws", settings.region, settings.account)
        self.store = open_store(settings.database_url)
        clock = stored_clock(self.store, settings.time_skip, settings.time_skip_grace_s)
        self.service = DurableService(self.store, region=self.region, clock=clock)
        # Handlers run here (sandboxes or threads) unless their template names an endpoint.
        self.local_invoker = make_invoker(settings, self.region)
        self.node_invoker = NodeInvoker(
            self.local_invoker, self.region.region, self.region.function_arn,
            settings.data_plane,
        )
        self.invoker = HttpInvoker(self.node_invoker)
        self.worker = Worker(self.service, self.invoker, settings.concurrency, settings.lease_ms)
        # With time skipping, the scheduler looks for a jump as soon as invocations end.
        self.scheduler = Scheduler(self.service, max_sleep_s=0.01 if settings.time_skip else 0.25)
        # Functions run from a template's folder follow its edits (`lamina run`'s loop).
        self.sources = SourceWatch(self.service.functions)
        self.api: ApiServer | None = None
        self._started = False
        if settings.data_plane not in ("pipe", "http"):
            raise ValueError(f"Unknown data plane {settings.data_plane!r}: use 'pipe' or 'http'")
        if settings.data_plane == "http" and settings.runtime != "process":
            raise ValueError("The http data plane needs the process runtime.")

    def load_template(self, path: Path, parameters: dict[str, str] | None = None) -> Template:
        """Register a template's functions; `parameters` default to the settings' values."""
        values = self.settings.parameters if parameters is None else parameters
        template = load_template(path, self.region, values)
        self._register(template)
        return template

    def _register(self, template: Template) -> list[FunctionConfig]:
        """$LATEST of each function from the working tree, with its dependencies and layers
        built here (once: they are cached by their content)."""
        registered = []
        for spec in template.functions:
            config = spec.config
            if config.endpoint is not None:
                registered.append(self.service.functions.register(config))
                continue
            prepare = functools.partial(working_tree_config, spec)
            registered.append(self.sources.register(Path(config.code_dir), prepare))
        return registered

    def start(self) -> Lamina:
        templates = load_templates(self.settings.templates, self.region, self.settings.parameters)
        loaded = [config for template in templates for config in self._register(template)]
        # Wake-ups from other processes: work for workers and timers, and executions ending
        # for an API server's synchronous invokes.
        self.store.listen(self.service.signals)
        if "worker" in self.roles:
            self.worker.start()
            # The first burst after a start would otherwise wait for the forkserver and every
            # handler's import at once. Python sandboxes on the http data plane must learn the
            # API first; Node.js processes wait for it.
            warmed = loaded if self.settings.data_plane == "pipe" else [
                config for config in loaded if config.on_node
            ]
            threading.Thread(
                target=self.invoker.prewarm, args=(warmed,), name="lamina-prewarm", daemon=True
            ).start()
        if "scheduler" in self.roles:
            self.scheduler.start()
        self.sources.start()
        self._started = True
        return self

    def serve_api(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve the HTTP API from this process; returns its URL."""
        from lamina.api.auth import KeyRing
        from lamina.api.server import ApiServer

        keyring = KeyRing.load(self.settings.keys_file) if self.settings.keys_file else None
        sandbox_key = None
        if keyring is not None:  # what handlers that checkpoint over the API sign with
            keyring, sandbox_key = keyring.with_new_key()
        self.api = ApiServer(self.service, host, port, keyring, self.settings)
        url = self.api.start()
        self.node_invoker.use_api(
            url, None if sandbox_key is None else (sandbox_key.key_id, sandbox_key.secret)
        )
        if self.settings.data_plane == "http":
            assert isinstance(self.local_invoker, ProcessPoolInvoker)
            self.local_invoker.endpoint_url = url
            if sandbox_key is not None:
                self.local_invoker.credentials = (sandbox_key.key_id, sandbox_key.secret)
        return url

    def stop(self) -> None:
        if self.api is not None:
            self.api.stop()
            self.api = None
        if self._started:
            self.sources.stop()
            if "scheduler" in self.roles:
                self.scheduler.stop()
            if "worker" in self.roles:
                self.worker.stop()
            self._started = False
        self.invoker.close()
        self.store.close()

    def __enter__(self) -> Lamina:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def working_tree_config(spec: FunctionSpec) -> FunctionConfig:
    """A template's function as its folder holds it now: bundled when it says so, with its
    dependencies and layers built here (once: they are cached by their content)."""
    config = spec.config
    layers = [layer_folder(layer) for layer in spec.layers]
    config = config.evolve(search_path=search_path(Path(config.code_dir), layers))
    if spec.esbuild is not None:
        config = config.evolve(code_dir=str(bundle(spec.esbuild, Path(config.code_dir))))
    return config


def wait_for_terminal(
    service: DurableService, arn: str, timeout_s: float, plain: bool = False
) -> ExecutionRecord:
    """Block until the execution ends (woken by its end, or polling when no one tells)."""
    deadline = time.monotonic() + timeout_s
    while True:
        seen = service.signals.generation()
        execution = service.get_execution(arn, plain)
        if execution.terminal:
            return execution
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ServiceError(f"Execution {arn} did not finish within {timeout_s:.0f} s")
        service.signals.wait(seen, min(remaining, service.signals.poll_s(0.05, 1.0)))
