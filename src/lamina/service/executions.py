"""Creating executions: from the Invoke API, and as children of a chained invoke."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lamina.errors import DurableExecutionAlreadyStarted, InvalidParameterValue, ResourceNotFound
from lamina.functions.config import FunctionConfig
from lamina.service.ids import (
    Region,
    check_execution_name,
    new_execution_id,
    new_execution_name,
    parse_function_ref,
)
from lamina.service.journal import ExecutionJournal
from lamina.service.versions import resolve
from lamina.service.wire import result_block
from lamina.store.base import Transaction
from lamina.store.records import (
    ExecutionRecord,
    ExecutionStatus,
    Gate,
    OperationRecord,
    OperationStatus,
    TimerKind,
)

_TENANT = re.compile(r"^[a-zA-Z0-9._:/=+\-@ ]{1,256}$")


@dataclass(frozen=True)
class StartRequest:
    function: str  # name, name:qualifier or ARN
    payload: str
    qualifier: str | None = None
    name: str | None = None
    tenant_id: str | None = None
    parent_arn: str | None = None
    parent_op_id: str | None = None


@dataclass(frozen=True)
class Started:
    execution: ExecutionRecord
    created: bool


def resolve_function(
    tx: Transaction, region: Region, function: str, qualifier: str | None
) -> tuple[FunctionConfig, str]:
    ref = parse_function_ref(function)
    if ref.account and ref.account != region.account:
        raise InvalidParameterValue(
            "Cannot start a CHAINED_INVOKE on a function in another account."
        )
    if ref.region and ref.region != region.region:
        raise InvalidParameterValue(
            "Cannot start a CHAINED_INVOKE on a function in another region."
        )
    if ref.qualifier and qualifier and ref.qualifier != qualifier:
        raise InvalidParameterValue("The qualifier in the function name and Qualifier differ.")
    config = resolve(tx, region, ref.name, ref.qualifier or qualifier)
    return config, config.version


def start_execution(tx: Transaction, region: Region, now_ms: int, request: StartRequest) -> Started:
    config, version = resolve_function(tx, region, request.function, request.qualifier)
    if request.tenant_id is not None and not _TENANT.match(request.tenant_id):
        raise InvalidParameterValue("TenantId must be 1 to 256 characters of [a-zA-Z0-9._:/=+-@ ].")
    function_name = config.name
    if request.name is not None:
        check_execution_name(request.name)
        existing = tx.find_execution(function_name, request.name)
        if existing is not None:
            if existing.input_payload == request.payload:
                return Started(existing, created=False)
            raise DurableExecutionAlreadyStarted(
                f"Durable execution {request.name!r} already started with a different input."
            )
    durable = config.durable
    execution_id = new_execution_id()
    name = request.name or new_execution_name()
    execution = ExecutionRecord(
        arn=region.execution_arn(function_name, version, name, execution_id),
        function_name=function_name,
        version=version,
        name=name,
        execution_id=execution_id,
        kind="durable" if durable else "plain",
        status=ExecutionStatus.RUNNING,
        input_payload=request.payload,
        start_ms=now_ms,
        timeout_s=config.execution_timeout,
        retention_days=config.retention_days,
        gate=Gate.READY,
        ready_ms=now_ms,
        tenant_id=request.tenant_id,
        parent_arn=request.parent_arn,
        parent_op_id=request.parent_op_id,
    )
    if durable:
        execution = _journal_start(tx, execution, now_ms)
    else:
        tx.insert_execution(execution)
    return Started(execution, created=True)


def _journal_start(tx: Transaction, execution: ExecutionRecord, now_ms: int) -> ExecutionRecord:
    """Insert a durable execution with its EXECUTION operation, first event and timeout."""
    journal = ExecutionJournal(tx, execution, now_ms, new=True)
    op = OperationRecord(
        op_id=execution.execution_id,
        seq=journal.next_op_seq(),
        type="EXECUTION",
        status=OperationStatus.STARTED,
        start_ms=now_ms,
        name=execution.name,
        details={"InputPayload": execution.input_payload},
    )
    journal.put(op, by_service=False)
    journal.emit(
        "ExecutionStarted",
        {"Input": result_block(execution.input_payload), "ExecutionTimeout": execution.timeout_s},
        None,
    )
    due = now_ms + execution.timeout_s * 1000
    journal.set_timer(execution.execution_id, TimerKind.EXECUTION_TIMEOUT, due)
    return journal.save()


def start_chained_invoke(
    region: Region, journal: ExecutionJournal, op: OperationRecord, update: dict[str, Any]
) -> dict[str, Any]:
    """Record a CHAINED_INVOKE START and create its target (PROTOCOL.md 6.5)."""
    options = update["ChainedInvokeOptions"]
    function, tenant = options["FunctionName"], options.get("TenantId")
    if tenant is not None and (not isinstance(tenant, str) or not _TENANT.match(tenant)):
        raise InvalidParameterValue("TenantId must be 1 to 256 characters of [a-zA-Z0-9._:/=+-@ ].")
    payload = update.get("Payload")
    started: dict[str, Any] = {"FunctionName": function, "Input": result_block(payload)}
    if tenant is not None:
        started["TenantId"] = tenant
    try:
        config, version = resolve_function(journal.tx, region, function, None)
    except ResourceNotFound as missing:
        error = {"ErrorType": "ResourceNotFoundException", "ErrorMessage": missing.message}
        failed = op.evolve(
            status=OperationStatus.FAILED, end_ms=journal.now_ms, details={"Error": error}
        )
        journal.put(failed, by_service=False)
        started["ExecutedVersion"] = parse_function_ref(function).qualifier or "$LATEST"
        return started
    child = start_execution(
        journal.tx,
        region,
        journal.now_ms,
        StartRequest(
            function=config.name,
            qualifier=version,
            payload=payload or "{}",
            tenant_id=tenant,
            parent_arn=journal.arn,
            parent_op_id=op.op_id,
        ),
    ).execution
    journal.put(op.evolve(details={"_ChildArn": child.arn}), by_service=False)
    started["ExecutedVersion"] = version
    if child.kind == "durable":
        started["DurableExecutionArn"] = child.arn
    return started
