"""Records evolve as `dataclasses.replace` would make them, at a fraction of its cost."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lamina.store.records import ExecutionRecord, OperationRecord

EXECUTION = ExecutionRecord(
    arn="arn-1", function_name="fn", version="$LATEST", name="n", execution_id="id",
    kind="durable", status="RUNNING", input_payload="{}", start_ms=1, timeout_s=60,
    retention_days=1, gate="idle",
)
OPERATION = OperationRecord(op_id="a", seq=1, type="STEP", status="STARTED", start_ms=1,
                            details={"Attempt": 0})


@pytest.mark.parametrize("record, changes", [
    (EXECUTION, {"change_seq": 3, "token": "t", "gate": "running"}),
    (EXECUTION, {}),
    (OPERATION, {"status": "SUCCEEDED", "details": {"Result": "1"}, "end_ms": 2}),
])
def test_evolve_is_replace(record: ExecutionRecord | OperationRecord, changes: dict) -> None:
    evolved = record.evolve(**changes)
    assert evolved == replace(record, **changes)
    assert type(evolved) is type(record)
    assert evolved is not record
    assert record == replace(record)  # the original is untouched


def test_evolve_refuses_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="no field 'tokn'"):
        EXECUTION.evolve(tokn="t")


def test_an_evolved_record_stays_frozen_and_hashable_as_its_fields() -> None:
    evolved = OPERATION.evolve(status="SUCCEEDED")
    with pytest.raises(AttributeError):
        evolved.status = "FAILED"  # type: ignore[misc]
    assert EXECUTION.evolve(change_seq=2) == EXECUTION.evolve(change_seq=2)
    assert hash(EXECUTION.evolve(change_seq=2)) == hash(replace(EXECUTION, change_seq=2))
