"""What the console reads and computes, on a real SQLite store: the summaries it added to the
store, the review packet, the timeline bars, sessions and logins."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from lamina.console.accounts import Accounts, check_password, hash_password, load_users
from lamina.console.figures import percentile
from lamina.console.review import inbox, parse_packet
from lamina.console.sessions import SessionSigner
from lamina.console.timeline import build_timeline
from lamina.errors import InvalidParameterValue
from lamina.service import DurableService
from lamina.store.records import (
    ExecutionFilter,
    ExecutionRecord,
    OperationRecord,
    TimerRecord,
)
from lamina.store.sqlite import SqliteStore

NOW = 1_800_000_000_000


class Clock:
    def now_ms(self) -> int:
        return NOW


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DurableService]:
    store = SqliteStore(tmp_path / "lamina.db", synchronous="NORMAL")
    yield DurableService(store, clock=Clock())
    store.close()


def execution(
    name: str, status: str = "RUNNING", start: int = NOW - 60_000, **extra: object
) -> ExecutionRecord:
    record = ExecutionRecord(
        arn=f"arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST/durable-execution/{name}/id",
        function_name=str(extra.pop("function_name", "f")),
        version="$LATEST",
        name=name,
        execution_id="id",
        kind="durable",
        status=status,
        input_payload='{"invoice": 1}',
        start_ms=start,
        timeout_s=600,
        retention_days=1,
        gate="idle" if status == "RUNNING" else "done",
    )
    return record.evolve(**extra)


def op(op_id: str, type_: str, status: str, start: int, **extra: object) -> OperationRecord:
    return OperationRecord(op_id, start, type_, status, start, **extra)  # type: ignore[arg-type]


def put(service: DurableService, record: ExecutionRecord, *ops: OperationRecord) -> None:
    def work(tx: object) -> None:
        tx.insert_execution(record)  # type: ignore[attr-defined]
        for operation in ops:
            tx.save_operation(record.arn, operation)  # type: ignore[attr-defined]

    service.store.write(work)  # type: ignore[arg-type]


def callback(
    op_id: str, name: str, parent: str | None, start: int, timeout: int = 0
) -> OperationRecord:
    details = {"CallbackId": f"cb-{op_id}", "_Timeout": timeout, "_Heartbeat": 0}
    return op(op_id, "CALLBACK", "STARTED", start, name=name, parent_id=parent, details=details)


def test_waiting_callbacks_and_the_review_packet(service: DurableService) -> None:
    packet = {"title": "Invoice 7", "document": {"name": "a.pdf", "text_excerpt": "<b>x</b>"}}
    envelope = json.dumps({"t": "m", "v": {"title": {"t": "s", "v": "Invoice 7"}}})
    put(
        service,
        execution("a"),
        op("ctx", "CONTEXT", "STARTED", NOW - 50_000, name="Review invoice"),
        callback("cb1", "Review invoice create callback id", "ctx", NOW - 50_000, timeout=60),
        op(
            "sub",
            "STEP",
            "SUCCEEDED",
            NOW - 49_000,
            name="Review invoice submitter",
            parent_id="ctx",
            details={"Result": json.dumps(packet)},
        ),
    )
    put(service, execution("b"), callback("cb2", "review by hand", None, NOW - 70_000))
    put(service, execution("c"), callback("cb3", "payment confirmation", None, NOW - 80_000))
    put(
        service,
        execution("d", "STOPPED", end_ms=NOW),
        callback("cb4", "review", None, NOW - 90_000),
    )
    put(
        service,
        execution("e"),
        op("ctx", "CONTEXT", "STARTED", NOW - 40_000, name="review twice"),
        callback("cb5", "review twice create callback id", "ctx", NOW - 40_000),
        op(
            "sub",
            "STEP",
            "SUCCEEDED",
            NOW - 39_000,
            name="review twice submitter",
            parent_id="ctx",
            details={"Result": envelope},
        ),
    )
    assert service.count_waiting_callbacks(None) == 4  # the stopped execution's is not waiting
    assert service.count_waiting_callbacks("review") == 3
    found = service.waiting_callbacks("REVIEW")
    assert [c.op_id for c in found] == ["cb2", "cb1", "cb5"]  # oldest first
    items = inbox(service, "review")
    assert items[0].packet is None and items[0].execution_input == '{"invoice": 1}'
    assert items[1].packet is not None and items[1].packet.document is not None
    assert items[1].packet.document.text_excerpt == "<b>x</b>"
    assert items[1].deadline_ms == NOW - 50_000 + 60_000
    assert items[1].name == "Review invoice"
    assert (
        items[2].packet is not None and items[2].packet.title == "Invoice 7"
    )  # the SDK's envelope


def test_packets_of_any_shape_are_shown_not_trusted() -> None:
    assert parse_packet("not json") is None
    assert parse_packet("[1, 2]") is None
    odd = parse_packet(json.dumps({"findings": {"a": "plain"}, "reasons": "one", "extra": 1}))
    assert odd is not None
    assert odd.findings == {"a": "plain"} and odd.reasons == ["one"] and odd.extra == {"extra": 1}


def test_counts_timings_and_timers(service: DurableService) -> None:
    put(service, execution("r1"))
    put(service, execution("r2", gate="ready"))
    put(service, execution("p1", "PAUSED", gate="idle"))
    put(service, execution("s1", "SUCCEEDED", start=NOW - 5_000, end_ms=NOW - 1_000))
    put(service, execution("s2", "SUCCEEDED", start=NOW - 7_200_000, end_ms=NOW - 7_000_000))
    put(service, execution("x1", "FAILED", start=NOW - 3_000, end_ms=NOW, function_name="g"))
    everything = {(c.function_name, c.status, c.gate): c.count for c in service.execution_counts()}
    assert everything == {
        ("f", "RUNNING", "idle"): 1,
        ("f", "RUNNING", "ready"): 1,
        ("f", "PAUSED", "idle"): 1,
        ("f", "SUCCEEDED", "done"): 2,
        ("g", "FAILED", "done"): 1,
    }
    last_hour = service.execution_counts(NOW - 3_600_000)
    assert sum(c.count for c in last_hour if c.status == "SUCCEEDED") == 1
    timings = service.execution_timings(NOW - 3_600_000)
    assert {t.arn.split("/")[-2] for t in timings} == {"r1", "r2", "p1", "s1", "x1"}

    def timers(tx: object) -> None:
        for op_id, due in (("a", NOW - 5_000), ("b", NOW - 500), ("c", NOW + 60_000)):
            tx.set_timer(TimerRecord(execution("r1").arn, op_id, "wait", due))  # type: ignore[attr-defined]

    service.store.write(timers)  # type: ignore[arg-type]
    [due] = service.due_timer_counts(late_after_ms=1000)
    assert (due.kind, due.due, due.late, due.oldest_due_ms) == ("wait", 2, 1, NOW - 5_000)


def test_name_search_and_the_indexes_it_uses(service: DurableService, tmp_path: Path) -> None:
    for index in range(30):
        put(service, execution(f"invoice-{index:03d}", start=NOW - index * 1000))
    found = service.list_executions(ExecutionFilter(name_contains="ice-00", limit=100))
    assert [e.name for e in found] == [f"invoice-{i:03d}" for i in range(10)]
    plan = service.store.read(
        lambda tx: tx._conn.execute(  # type: ignore[attr-defined]
            "EXPLAIN QUERY PLAN SELECT * FROM executions WHERE status = 'FAILED' "
            "AND kind = 'durable' ORDER BY start_ms DESC, arn DESC LIMIT 51"
        ).fetchall()
    )
    assert "executions_by_status" in " ".join(str(tuple(row)) for row in plan)


def test_a_retried_step_has_a_bar_per_attempt() -> None:
    record = execution("t", start=NOW)
    step = op(
        "s",
        "STEP",
        "SUCCEEDED",
        NOW + 100,
        name="check",
        end_ms=NOW + 2_300,
        details={"Attempt": 2},
    )
    events = [
        {"EventType": "StepStarted", "Id": "s", "EventTimestamp": (NOW + 100) / 1000},
        {"EventType": "StepFailed", "Id": "s", "EventTimestamp": (NOW + 200) / 1000},
        {"EventType": "StepStarted", "Id": "s", "EventTimestamp": (NOW + 2_200) / 1000},
        {"EventType": "StepSucceeded", "Id": "s", "EventTimestamp": (NOW + 2_300) / 1000},
        {
            "EventType": "InvocationCompleted",
            "InvocationCompletedDetails": {
                "StartTimestamp": NOW / 1000,
                "EndTimestamp": (NOW + 250) / 1000,
            },
        },
    ]
    timeline = build_timeline(record, [step], events, NOW + 4_000)
    invocations, row = timeline.rows
    assert [(b.start_ms, b.end_ms) for b in row.bars] == [
        (NOW + 100, NOW + 200),
        (NOW + 2_200, NOW + 2_300),
    ]
    assert row.attempts == 2
    assert row.bars[1].x == pytest.approx(550.0)  # on an axis of 4 s, 2.2 s in
    assert [(b.start_ms, b.end_ms) for b in invocations.bars] == [(NOW, NOW + 250)]


def test_sessions_are_signed_and_expire() -> None:
    moment = [1_000_000.0]
    signer = SessionSigner(b"k" * 32, clock=lambda: moment[0])
    session = signer.new("ada")
    cookie = signer.dump(session)
    assert signer.load(cookie) == session
    assert signer.load(cookie[:-1] + ("0" if cookie[-1] != "0" else "1")) is None
    assert SessionSigner(b"x" * 32, clock=lambda: moment[0]).load(cookie) is None
    assert signer.check_csrf(session, signer.csrf_token(session))
    assert not signer.check_csrf(signer.new("ada"), signer.csrf_token(session))
    moment[0] += 13 * 3600
    assert signer.load(cookie) is None


def test_logins(tmp_path: Path) -> None:
    stored = hash_password("long enough secret")
    assert check_password(stored, "long enough secret")
    assert not check_password(stored, "long enough secreT")
    users = tmp_path / "users.yaml"
    users.write_text(f"users:\n  - name: ada\n    password: '{stored}'\n")
    keys = tmp_path / "keys.yaml"
    keys.write_text("keys:\n  - {id: K1, secret: s1}\n  - {id: K2, secret: s2, functions: [f]}\n")
    by_users = Accounts.load(users, keys)
    assert by_users is not None and by_users.verify("ada", "long enough secret")
    assert not by_users.verify("K1", "s1")
    by_keys = Accounts.load(None, keys)
    assert by_keys is not None and by_keys.verify("K1", "s1") and not by_keys.verify("K2", "s2")
    assert Accounts.load(None, None) is None
    users.write_text("users:\n  - name: bob\n    password: plain-text\n")
    with pytest.raises(InvalidParameterValue, match="not a scrypt hash"):
        load_users(users)


def test_percentiles() -> None:
    assert percentile([], 0.5) is None
    assert percentile(list(range(1, 101)), 0.95) == 95
    assert percentile([7], 0.5) == 7
