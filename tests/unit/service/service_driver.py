"""Drives `DurableService` the way the SDK does: wire dicts, tokens, invocation outcomes.

No handler runs: a test claims an invocation, checkpoints with its token and finishes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from lamina.functions.config import FunctionConfig
from lamina.service import DurableService, Invocation, Outcome, StartRequest
from lamina.service.wire import operation_to_wire
from lamina.store.records import EventRecord, ExecutionFilter, ExecutionRecord, OperationRecord

LEASE_MS = 60_000
PENDING = {"Status": "PENDING"}


class Clock(Protocol):
    def now_ms(self) -> int: ...
    def advance(self, ms: int) -> None: ...


def function_config(
    name: str, durable: bool = True, execution_timeout: int = 3600
) -> FunctionConfig:
    return FunctionConfig(
        name=name,
        handler="app.handler",
        code_dir=".",
        timeout=60,
        durable=durable,
        execution_timeout=execution_timeout,
        retention_days=1,
    )


# Wire updates as the SDK sends them (PROTOCOL.md 3.3).


def step(op_id: str, action: str, **extra: Any) -> dict[str, Any]:
    return {
        "Id": op_id,
        "Type": "STEP",
        "Action": action,
        "SubType": "Step",
        "Name": op_id,
        **extra,
    }


def retry(op_id: str, delay_s: int, **extra: Any) -> dict[str, Any]:
    if "Payload" not in extra and "Error" not in extra:
        extra["Error"] = {"ErrorType": "ValueError", "ErrorMessage": "try again"}
    return step(op_id, "RETRY", StepOptions={"NextAttemptDelaySeconds": delay_s}, **extra)


def wait(op_id: str, seconds: int, **extra: Any) -> dict[str, Any]:
    return {
        "Id": op_id,
        "Type": "WAIT",
        "Action": "START",
        "SubType": "Wait",
        "Name": op_id,
        "WaitOptions": {"WaitSeconds": seconds},
        **extra,
    }


def callback(op_id: str, timeout_s: int = 0, heartbeat_s: int = 0, **extra: Any) -> dict[str, Any]:
    options = {"TimeoutSeconds": timeout_s, "HeartbeatTimeoutSeconds": heartbeat_s}
    return {
        "Id": op_id,
        "Type": "CALLBACK",
        "Action": "START",
        "SubType": "Callback",
        "Name": op_id,
        "CallbackOptions": options,
        **extra,
    }


def context(op_id: str, action: str, **extra: Any) -> dict[str, Any]:
    return {
        "Id": op_id,
        "Type": "CONTEXT",
        "Action": action,
        "SubType": "RunInChildContext",
        "Name": op_id,
        **extra,
    }


def invoke(op_id: str, function: str, payload: str | None = None, **extra: Any) -> dict[str, Any]:
    update = {
        "Id": op_id,
        "Type": "CHAINED_INVOKE",
        "Action": "START",
        "SubType": "ChainedInvoke",
        "Name": op_id,
        "ChainedInvokeOptions": {"FunctionName": function},
        **extra,
    }
    if payload is not None:
        update["Payload"] = payload
    return update


def execution(action: str, **extra: Any) -> dict[str, Any]:
    return {"Id": "execution-result-1700000000000", "Type": "EXECUTION", "Action": action, **extra}


@dataclass(frozen=True)
class Snapshot:
    """Everything a rejected call must leave untouched."""

    execution: ExecutionRecord
    operations: list[OperationRecord]
    events: list[EventRecord]
    next_timer_due: int | None
    executions: int


@dataclass
class Session:
    """One claimed invocation, with the token the SDK would hold right now."""

    driver: Driver
    invocation: Invocation
    token: str = ""
    responses: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.token = self.invocation.token

    @property
    def arn(self) -> str:
        return self.invocation.execution_arn

    def checkpoint(
        self, *updates: dict[str, Any], client_token: str | None = None
    ) -> dict[str, Any]:
        response = self.driver.service.checkpoint(self.arn, self.token, list(updates), client_token)
        self.responses.append(response)
        if "CheckpointToken" in response:
            self.token = response["CheckpointToken"]
        return response

    def delta(self, *updates: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """The operations a checkpoint returns, by id."""
        response = self.checkpoint(*updates)
        return {op["Id"]: op for op in response["NewExecutionState"]["Operations"]}

    def finish(self, output: Any = None, error: dict[str, Any] | None = None) -> None:
        outcome = (
            Outcome(error=error)
            if error is not None
            else Outcome(output=PENDING if output is None else output)
        )
        self.driver.service.finish_invocation(self.arn, self.invocation.invocation_id, outcome)


class Driver:
    def __init__(self, service: DurableService, clock: Clock) -> None:
        self.service = service
        self.clock = clock
        for name in ("fn", "child", "short"):
            service.functions.register(
                function_config(name, execution_timeout=10 if name == "short" else 3600)
            )
        service.functions.register(function_config("plainfn", durable=False))

    def start(self, function: str = "fn", payload: str = '{"n": 1}') -> str:
        started = self.service.start_execution(StartRequest(function=function, payload=payload))
        return started.execution.arn

    def claim(self, lease_ms: int = LEASE_MS) -> Session:
        invocation = self.service.claim_invocation("worker-1", lease_ms)
        assert invocation is not None, "an invocation should be owed"
        return Session(self, invocation)

    def claim_none(self) -> None:
        assert self.service.claim_invocation("worker-1", LEASE_MS) is None

    def begin(self, function: str = "fn") -> Session:
        """Start an execution and claim its first invocation."""
        arn = self.start(function)
        session = self.claim()
        assert session.arn == arn
        return session

    def advance(self, ms: int) -> int:
        """Move time on and fire what became due, as the scheduler would."""
        self.clock.advance(ms)
        return self.service.fire_due_timers()

    # reading back

    def record(self, arn: str) -> ExecutionRecord:
        """The stored execution, payloads included."""
        return self.service.get_execution(arn)

    def describe_status(self, arn: str) -> str:
        status: str = self.service.describe(arn)["Status"]
        return status

    def operations(self, arn: str) -> dict[str, dict[str, Any]]:
        ops = self.service.store.read(lambda tx: tx.all_operations(arn))
        return {o.op_id: operation_to_wire(o) for o in ops}

    def op(self, arn: str, op_id: str) -> dict[str, Any]:
        return self.operations(arn)[op_id]

    def events(self, arn: str) -> list[dict[str, Any]]:
        events, more = self.service.history(arn, limit=1000)
        assert more is None
        return events

    def event_types(self, arn: str) -> list[str]:
        return [e["EventType"] for e in self.events(arn)]

    def snapshot(self, arn: str) -> Snapshot:
        def read(tx: Any) -> Snapshot:
            every = ExecutionFilter(include_plain=True, limit=100_000)
            return Snapshot(
                tx.get_execution(arn),
                tx.all_operations(arn),
                tx.events(arn, 0, 100_000, False),
                tx.next_timer_due(),
                len(tx.list_executions(every)),
            )

        return self.service.store.read(read)
