"""Testing durable functions on the real service, at full speed: Lamina in the test process,
on a SQLite file in a temporary folder and a virtual clock (time skipping).

Shaped like AWS's testing SDK (`DurableFunctionTestRunner`), so a test reads the same:

    from lamina.testing import LaminaTestRunner

    def test_order():
        with LaminaTestRunner(handler=orders.handler) as runner:
            result = runner.run(input={"id": 7}, timeout=30)
        assert result.status == "SUCCEEDED"
        assert result.get_step("charge").result == {"charged": 7}

A handler given as a function runs in a thread of this process (its module must be
importable); a SAM template's functions run in Lamina's sandboxes, as `lamina run` runs them.
`runner.client` is a boto3 Lambda client bound to this Lamina. `runner.start()` returns an
execution a test acts on from outside (answers a callback); until its `result()` is asked
for, its clock runs in real time, so a callback's timeout does not fire before the answer.
With `pip install lamina`, pytest gets the `lamina_runner` fixture (lamina/testing/plugin.py).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import boto3

from lamina.app import Lamina, wait_for_terminal
from lamina.clock import held
from lamina.config import Settings
from lamina.functions.config import FunctionConfig
from lamina.service import StartRequest
from lamina.service.wire import operation_to_wire
from lamina.store.records import TERMINAL_STATUSES


@dataclass(frozen=True)
class Operation:
    """One operation of an execution, as its state says: its result and error decoded."""

    id: str
    name: str | None
    type: str  # STEP, WAIT, CALLBACK, CONTEXT, CHAINED_INVOKE, EXECUTION
    status: str
    parent_id: str | None
    details: dict[str, Any]

    @property
    def result(self) -> Any:
        payload = self.details.get("Result")
        return None if payload is None else json.loads(payload)

    @property
    def error(self) -> dict[str, Any] | None:
        error: dict[str, Any] | None = self.details.get("Error")
        return error


@dataclass(frozen=True)
class TestResult:
    """How an execution ended: its status, result or error, history and operations."""

    __test__ = False  # not a pytest test class, despite its name

    arn: str
    status: str
    result: Any
    error: dict[str, Any] | None
    history: list[dict[str, Any]]
    operations: list[Operation] = field(default_factory=list)

    def operations_named(self, name: str, type: str | None = None) -> list[Operation]:
        return [o for o in self.operations if o.name == name and type in (None, o.type)]

    def get_operation(self, name: str, type: str | None = None) -> Operation:
        found = self.operations_named(name, type)
        if len(found) != 1:
            kind = f"{type.lower()} " if type else ""
            raise LookupError(f"{len(found)} {kind}operations named {name!r} in {self.arn}")
        return found[0]

    def get_step(self, name: str) -> Operation:
        return self.get_operation(name, "STEP")

    def get_wait(self, name: str) -> Operation:
        return self.get_operation(name, "WAIT")

    def get_callback(self, name: str) -> Operation:
        return self.get_operation(name, "CALLBACK")

    def get_context(self, name: str) -> Operation:
        return self.get_operation(name, "CONTEXT")

    def get_invoke(self, name: str) -> Operation:
        return self.get_operation(name, "CHAINED_INVOKE")

    def describe(self) -> str:
        """The history, one line per event: what a failed assertion shows."""
        lines = [f"{self.arn}: {self.status} {json.dumps(self.error) if self.error else ''}"]
        for event in self.history:
            details = {k: v for k, v in event.items() if k.endswith("Details")}
            name = f" {event['Name']}" if event.get("Name") else ""
            lines.append(f"  {event['EventId']:>3} {event['EventType']}{name} {details}")
        return "\n".join(lines)


class RunningExecution:
    """An execution a test acts on while it runs; its clock is real time until `result()`."""

    def __init__(self, runner: LaminaTestRunner, arn: str, hold: AbstractContextManager[None]):
        self.runner = runner
        self.arn = arn
        self._hold: AbstractContextManager[None] | None = hold

    def wait_for_callback(self, name: str | None = None, timeout: float = 30) -> str:
        """The id of the execution's first callback named `name` (any, without a name) that
        waits for an answer."""
        deadline = time.monotonic() + timeout
        service = self.runner.app.service
        while time.monotonic() < deadline:
            for callback in service.waiting_callbacks(None):
                # wait_for_callback names its context; the callback inside is named after it
                names = (None, callback.name, callback.parent_name)
                if callback.execution_arn == self.arn and name in names:
                    return str(callback.details["CallbackId"])
            if service.get_execution(self.arn).terminal:
                break
            time.sleep(0.02)
        raise TimeoutError(f"no callback {name or ''} waits in {self.arn}")

    def send_callback_success(self, callback_id: str, result: Any = None) -> None:
        """Answer a callback with `result` as JSON (a str or bytes as it is)."""
        payload = result if isinstance(result, str | bytes) else json.dumps(result)
        encoded = payload.encode() if isinstance(payload, str) else payload
        self.runner.client.send_durable_execution_callback_success(
            CallbackId=callback_id, Result=encoded
        )

    def send_callback_failure(
        self, callback_id: str, error_type: str = "Error", message: str = ""
    ) -> None:
        self.runner.client.send_durable_execution_callback_failure(
            CallbackId=callback_id, Error={"ErrorType": error_type, "ErrorMessage": message}
        )

    def result(self, timeout: float = 60) -> TestResult:
        """Wait for the end (time skips again meanwhile) and say how it went."""
        self.release()
        wait_for_terminal(self.runner.app.service, self.arn, timeout)
        return self.runner.result_of(self.arn)

    def release(self) -> None:
        if self._hold is not None:
            self._hold.__exit__(None, None, None)
            self._hold = None


class LaminaTestRunner:
    """Lamina for one test (or module): start it with `with`, then `run` or `start`."""

    __test__ = False

    def __init__(
        self,
        handler: Callable[..., Any] | None = None,
        *,
        template: Path | str | None = None,
        function: str | None = None,
        time_skip: bool = True,
        folder: Path | None = None,
        timeout: int = 300,
    ) -> None:
        if (handler is None) == (template is None):
            raise ValueError("Give a handler function or a SAM template (one of them)")
        self.handler = handler
        self.template = Path(template) if template is not None else None
        self.function = function
        self.time_skip = time_skip
        self.timeout = timeout
        self._folder = folder
        self._stack = ExitStack()
        self._app: Lamina | None = None
        self.client: Any = None

    @property
    def app(self) -> Lamina:
        if self._app is None:
            raise RuntimeError("Start the runner first: `with LaminaTestRunner(...) as runner`")
        return self._app

    def __enter__(self) -> LaminaTestRunner:
        folder = self._folder or Path(self._stack.enter_context(
            tempfile.TemporaryDirectory(prefix="lamina-test-")
        ))
        settings = Settings(
            database_url=f"sqlite:///{folder / 'lamina.db'}",
            runtime="process" if self.template is not None else "inline",
            templates=(self.template,) if self.template is not None else (),
            time_skip=self.time_skip,
            time_skip_grace_s=0.0,  # start() holds the clock while a test acts
        )
        app = self._stack.enter_context(Lamina(settings))
        self._app = app
        if self.handler is not None:
            self.function = self.function or self.handler.__name__.replace("_", "-")
            app.service.functions.register(FunctionConfig(
                self.function, f"{self.handler.__module__}.{self.handler.__qualname__}",
                code_dir="", durable=True, timeout=self.timeout,
                execution_timeout=31_622_400,
            ))
        url = app.serve_api()
        self.client = boto3.client(
            "lambda", endpoint_url=url, region_name=settings.region,
            aws_access_key_id="lamina", aws_secret_access_key="lamina",
        )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._app = None
        self._stack.close()

    def start(
        self, input: Any = None, function: str | None = None, name: str | None = None
    ) -> RunningExecution:
        """Start an execution; its clock runs in real time until its `result()`."""
        hold = held(self.app.service.clock)
        hold.__enter__()
        try:
            started = self.app.service.start_execution(StartRequest(
                function=self._function(function), payload=json.dumps(input), name=name,
            ))
        except BaseException:
            hold.__exit__(None, None, None)
            raise
        return RunningExecution(self, started.execution.arn, hold)

    def run(
        self, input: Any = None, timeout: float = 60, function: str | None = None
    ) -> TestResult:
        """Run an execution to its end, skipping the time it waits."""
        return self.start(input, function).result(timeout)

    def result_of(self, arn: str) -> TestResult:
        service = self.app.service
        execution = service.get_execution(arn)
        status = execution.status
        if status not in TERMINAL_STATUSES:
            raise TimeoutError(f"{arn} is still {status}")
        history, _ = service.history(arn, limit=100_000)
        operations = [_operation(operation_to_wire(op)) for op in service.operations(arn)]
        return TestResult(
            arn=arn,
            status=status,
            result=None if execution.result is None else json.loads(execution.result),
            error=execution.error,
            history=history,
            operations=operations,
        )

    def _function(self, function: str | None) -> str:
        chosen = function or self.function
        if chosen is None:
            names = [f.name for f in self.app.service.functions.all()]
            if len(names) != 1:
                raise ValueError(f"Name the function to run: the template has {names}")
            chosen = names[0]
        return chosen


def _operation(wire: dict[str, Any]) -> Operation:
    details: dict[str, Any] = next((v for k, v in wire.items() if k.endswith("Details")), {})
    return Operation(
        id=wire["Id"], name=wire.get("Name"), type=wire["Type"], status=wire["Status"],
        parent_id=wire.get("ParentId"), details=details,
    )
