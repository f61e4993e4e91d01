"""Moving in-flight executions from one version to another, once their replay was checked.

An execution runs on the version it started on; `lamina executions upgrade` replays each
one's recorded history on the new version first (runtime/replay.py) and moves only those
that replay. Its ARN keeps the version it started on; its `Version` says what it runs now.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from lamina.errors import InvalidParameterValue, ResourceNotFound
from lamina.functions.config import VERSION_NUMBER
from lamina.service.invocations import Invocation
from lamina.service.wire import operation_to_wire
from lamina.store.base import Store, Transaction
from lamina.store.records import TERMINAL_STATUSES, Gate

# More executions than any one version has in flight.
MOST_IN_FLIGHT = 1_000_000


@dataclass(frozen=True)
class Recorded:
    """An execution as its replay needs it, and the point of its history it was read at."""

    invocation: Invocation
    change_seq: int


@dataclass
class Upgrades:
    store: Store

    def in_flight(self, function: str, version: str) -> list[str]:
        return self.store.read(
            lambda tx: tx.open_executions_of_version(function, version, MOST_IN_FLIGHT)
        )

    def recorded(self, arn: str) -> Recorded:
        """The execution's input and every operation it recorded, as one invocation's."""

        def read(tx: Transaction) -> Recorded:
            execution = tx.get_execution(arn, payloads=True)
            if execution is None:
                raise ResourceNotFound(f"Durable execution not found: {arn}")
            operations = [operation_to_wire(op) for op in tx.all_operations(arn)]
            invocation = Invocation(
                execution_arn=arn,
                function_name=execution.function_name,
                version=execution.version,
                kind=execution.kind,
                invocation_id=f"replay-{uuid.uuid4()}",
                token="replay",
                input_payload=execution.input_payload,
                tenant_id=execution.tenant_id,
                operations=operations,
            )
            return Recorded(invocation, execution.change_seq)

        return self.store.read(read)

    def move(self, arn: str, from_version: str, to_version: str, change_seq: int) -> bool:
        """Run the execution on `to_version` from its next invocation on; False (and nothing
        changed) if it ended, moved, or recorded more since its replay was checked."""
        if not VERSION_NUMBER.match(to_version):
            raise InvalidParameterValue(f"Executions move to a published version, not {to_version}")

        def work(tx: Transaction) -> bool:
            execution = tx.get_execution(arn)
            if (
                execution is None
                or execution.status in TERMINAL_STATUSES
                or execution.version != from_version
                or execution.change_seq != change_seq
                or execution.gate == Gate.RUNNING  # its invocation may record more on the old
            ):
                return False
            tx.update_execution(arn, {"version": to_version})
            return True

        return self.store.write(work)
