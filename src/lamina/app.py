"""One Lamina: a store, the service over it, and the workers and scheduler that drive it."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from types import TracebackType

from lamina.config import Settings
from lamina.errors import ServiceError
from lamina.functions.sam import Template, load_template
from lamina.runtime.base import Invoker
from lamina.scheduler.scheduler import Scheduler
from lamina.service import DurableService
from lamina.service.ids import Region
from lamina.store import open_store
from lamina.store.records import ExecutionRecord
from lamina.worker.worker import Worker

log = logging.getLogger("lamina")


def make_invoker(settings: Settings, region: Region) -> Invoker:
    if settings.runtime == "inline":
        from lamina.runtime.inline import InlineInvoker

        return InlineInvoker(region.region, region.function_arn, settings.sdk_prompt)
    if settings.runtime == "process":
        from lamina.runtime.process_pool import ProcessPoolInvoker

        return ProcessPoolInvoker(
            region.region, region.function_arn, sdk_prompt=settings.sdk_prompt
        )
    raise ValueError(f"Unknown runtime {settings.runtime!r}: use 'process' or 'inline'")


class Lamina:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.region = Region("aws", settings.region, settings.account)
        self.store = open_store(settings.database_url)
        self.service = DurableService(self.store, region=self.region)
        self.invoker = make_invoker(settings, self.region)
        self.worker = Worker(self.service, self.invoker, settings.concurrency, settings.lease_ms)
        self.scheduler = Scheduler(self.service)
        self._started = False

    def load_template(self, path: Path) -> Template:
        template = load_template(path, self.region)
        for spec in template.functions:
            self.service.register_function(spec.config)
        return template

    def start(self) -> Lamina:
        for path in self.settings.templates:
            self.load_template(path)
        self.worker.start()
        self.scheduler.start()
        self._started = True
        return self

    def stop(self) -> None:
        if self._started:
            self.scheduler.stop()
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


def wait_for_terminal(
    service: DurableService, arn: str, timeout_s: float, plain: bool = False
) -> ExecutionRecord:
    """Block until the execution ends (in-process wake-ups, polling for other processes)."""
    deadline = time.monotonic() + timeout_s
    while True:
        seen = service.signals.generation()
        execution = service.get_execution(arn, plain)
        if execution.terminal:
            return execution
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ServiceError(f"Execution {arn} did not finish within {timeout_s:.0f} s")
        service.signals.wait(seen, min(remaining, 0.05))
