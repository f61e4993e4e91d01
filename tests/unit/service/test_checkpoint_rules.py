"""CheckpointDurableExecution: validation (PROTOCOL.md 4.3), the token gate (4.1-4.2), idempotent
replay, and the operation state machine (3.2)."""

from __future__ import annotations

from typing import Any

import pytest
from service_driver import (
    Driver,
    Session,
    callback,
    context,
    execution,
    invoke,
    retry,
    step,
    wait,
)

from lamina.errors import (
    CallbackTimeout,
    InvalidCheckpointToken,
    InvalidParameterValue,
    ResourceNotFound,
)
from lamina.service.limits import Limits

CANARY = step("canary", "START")


@pytest.fixture
def busy(driver: Driver) -> Session:
    """An invocation whose execution holds operations in every state a rule looks at."""
    session = driver.begin()
    session.checkpoint(
        context("ctx", "START"),
        context("ctx-done", "START"),
        context("ctx-done", "SUCCEED", Payload='"c"'),
        step("s-started", "START"),
        step("s-done", "START"),
        step("s-done", "SUCCEED", Payload='"ok"'),
        step("s-pending", "START"),
        retry("s-pending", 60),
        wait("w1", 600),
        wait("w-done", 1),
        callback("cb1", timeout_s=600),
        invoke("ci1", "child", payload='"x"'),
    )
    driver.clock.advance(1000)
    delta = session.delta()
    assert delta["w-done"]["Status"] == "SUCCEEDED"
    return session


def _rejected(session: Session, updates: list[dict[str, Any]]) -> InvalidParameterValue:
    driver = session.driver
    before = driver.snapshot(session.arn)
    with pytest.raises(InvalidParameterValue) as caught:
        session.checkpoint(*updates)
    assert not isinstance(caught.value, InvalidCheckpointToken), caught.value
    assert driver.snapshot(session.arn) == before
    # Nothing moved, not even the token: the same token is still the current one.
    session.checkpoint()
    return caught.value


OTHER_ACCOUNT = "arn:aws:lambda:us-east-1:999999999999:function:child"
OTHER_REGION = "arn:aws:lambda:eu-west-1:123456789012:function:child"
RULES = [
    pytest.param([execution("SUCCEED"), execution("FAIL")], id="two-execution-updates"),
    pytest.param([execution("SUCCEED", Payload="1"), step("x", "START")], id="execution-not-last"),
    pytest.param([step("x", "START"), step("x", "START")], id="same-id-start-twice"),
    pytest.param(
        [step("x", "START"), step("x", "SUCCEED"), step("x", "FAIL")], id="same-id-closed-twice"
    ),
    pytest.param([wait("x", 5), wait("x", 5)], id="same-id-wait-twice"),
    pytest.param(
        [step("s-started", "SUCCEED"), step("s-started", "FAIL")], id="same-id-without-start"
    ),
    pytest.param([step("x", "START", ParentId="nope")], id="parent-unknown"),
    pytest.param([step("x", "START", ParentId="s-done")], id="parent-not-a-context"),
    pytest.param([context("s-done", "SUCCEED")], id="inconsistent-type"),
    pytest.param([step("s-started", "SUCCEED", SubType="Other")], id="inconsistent-subtype"),
    pytest.param([step("s-started", "SUCCEED", Name="renamed")], id="inconsistent-name"),
    pytest.param([step("s-started", "SUCCEED", ParentId="ctx")], id="inconsistent-parent"),
    pytest.param([{**callback("cb1"), "Action": "SUCCEED"}], id="callback-succeed"),
    pytest.param([{**wait("w1", 5), "Action": "SUCCEED"}], id="wait-succeed"),
    pytest.param([step("x", "CANCEL")], id="step-cancel"),
    pytest.param([context("x", "RETRY")], id="context-retry"),
    pytest.param([execution("START")], id="execution-start"),
    pytest.param([{**step("x", "START"), "Type": "TIMER"}], id="unknown-type"),
    pytest.param([step("s-started", "START")], id="step-start-while-started"),
    pytest.param([step("s-done", "START")], id="step-start-when-succeeded"),
    pytest.param([step("s-pending", "START")], id="step-start-when-pending"),
    pytest.param([step("s-done", "SUCCEED")], id="step-succeed-when-succeeded"),
    pytest.param([step("s-pending", "FAIL")], id="step-fail-when-pending"),
    pytest.param([retry("s-done", 5)], id="step-retry-when-succeeded"),
    pytest.param([retry("s-pending", 5)], id="step-retry-when-pending"),
    pytest.param([step("s-started", "RETRY")], id="step-retry-without-options"),
    pytest.param([retry("s-started", 0)], id="step-retry-delay-zero"),
    pytest.param(
        [retry("s-started", 5, Payload="1", Error={"ErrorMessage": "e"})],
        id="step-retry-error-and-payload",
    ),
    pytest.param([step("s-started", "FAIL", Payload="1")], id="step-fail-with-payload"),
    pytest.param(
        [step("s-started", "SUCCEED", Error={"ErrorMessage": "e"})], id="step-succeed-with-error"
    ),
    pytest.param([context("ctx", "FAIL", Payload="1")], id="context-fail-with-payload"),
    pytest.param(
        [context("ctx", "SUCCEED", Error={"ErrorMessage": "e"})], id="context-succeed-with-error"
    ),
    pytest.param([execution("FAIL", Payload="1")], id="execution-fail-with-payload"),
    pytest.param(
        [execution("SUCCEED", Error={"ErrorMessage": "e"})], id="execution-succeed-with-error"
    ),
    pytest.param([wait("w1", 5)], id="wait-start-existing"),
    pytest.param([callback("cb1")], id="callback-start-existing"),
    pytest.param([context("ctx", "START")], id="context-start-existing"),
    pytest.param([invoke("ci1", "child")], id="invoke-start-existing"),
    pytest.param([context("ctx-done", "SUCCEED")], id="context-close-when-closed"),
    pytest.param([{**wait("nope", 5), "Action": "CANCEL"}], id="wait-cancel-absent"),
    pytest.param([{**wait("w-done", 1), "Action": "CANCEL"}], id="wait-cancel-completed"),
    pytest.param(
        [{**invoke("x", "child"), "ChainedInvokeOptions": None}], id="invoke-without-options"
    ),
    pytest.param([invoke("x", "not a function!")], id="invoke-bad-function-name"),
    pytest.param([invoke("x", OTHER_ACCOUNT)], id="invoke-other-account"),
    pytest.param([invoke("x", OTHER_REGION)], id="invoke-other-region"),
    pytest.param(
        [
            invoke(
                "x",
                "child",
                ChainedInvokeOptions={"FunctionName": "child", "TenantId": "bad\ttenant"},
            )
        ],
        id="invoke-bad-tenant",
    ),
    pytest.param([wait("x", 0)], id="wait-zero-seconds"),
    pytest.param([wait("x", 31_622_401)], id="wait-too-long"),
    pytest.param([{**wait("x", 1), "WaitOptions": None}], id="wait-without-options"),
    pytest.param([callback("x", timeout_s=-1)], id="callback-negative-timeout"),
    pytest.param([callback("x", heartbeat_s=100_000_000)], id="callback-heartbeat-too-long"),
    pytest.param([step("has space", "START")], id="bad-id"),
    pytest.param([step("x" * 65, "START")], id="id-too-long"),
    pytest.param([{**step("x", "START"), "Name": ""}], id="empty-name"),
    pytest.param([{**step("x", "START"), "Name": "n" * 257}], id="name-too-long"),
    pytest.param([{**step("x", "START"), "SubType": "bad type"}], id="bad-subtype"),
    pytest.param([step("x", "START", ParentId="bad parent")], id="bad-parent-id"),
    pytest.param([step("s-started", "SUCCEED", Payload=5)], id="payload-not-a-string"),
    pytest.param([step("s-started", "FAIL", Error="boom")], id="error-not-an-object"),
    pytest.param(["STEP"], id="update-not-an-object"),
    pytest.param([{**step("x", "START"), "Type": ["STEP"]}], id="type-not-a-string"),
    pytest.param([{**step("x", "START"), "Action": {"START": 1}}], id="action-not-a-string"),
    pytest.param([{**step("x", "START"), "Id": ["x"]}], id="id-not-a-string"),
    pytest.param([step(f"x{i}", "START") for i in range(250)], id="more-than-250-updates"),
]


@pytest.mark.parametrize("updates", RULES)
def test_invalid_batch_is_rejected_and_changes_nothing(
    busy: Session, updates: list[dict[str, Any]]
) -> None:
    # A valid update ahead of the bad one proves the batch is applied atomically.
    _rejected(busy, [CANARY, *updates])


SIZES = Limits(
    operation_payload=64, error_object=64, chained_invoke_payload=32, execution_result=64
)


@pytest.mark.parametrize(
    "updates",
    [
        pytest.param(
            [step("s", "START"), step("s", "SUCCEED", Payload="x" * 65)], id="step-payload"
        ),
        pytest.param(
            [context("c", "START"), context("c", "SUCCEED", Payload="é" * 33)],
            id="context-payload-counted-in-utf8-bytes",
        ),
        pytest.param(
            [step("s", "START"), step("s", "FAIL", Error={"ErrorMessage": "e" * 64})],
            id="error-object",
        ),
        pytest.param([invoke("i", "child", payload="x" * 33)], id="chained-invoke-input"),
        pytest.param([execution("SUCCEED", Payload="x" * 65)], id="execution-result"),
    ],
)
def test_oversized_payloads_are_rejected(make_driver: Any, updates: list[dict[str, Any]]) -> None:
    session = make_driver(SIZES).begin()
    _rejected(session, [CANARY, *updates])


def test_payloads_at_the_limit_are_accepted(make_driver: Any) -> None:
    session = make_driver(SIZES).begin()
    delta = session.delta(
        step("s", "START"),
        step("s", "SUCCEED", Payload="x" * 64),
        invoke("i", "child", payload="x" * 32),
    )
    assert delta["s"]["StepDetails"]["Result"] == "x" * 64
    assert delta["i"]["Status"] == "STARTED"


# The token gate


def test_unknown_execution_is_invalid_parameter_not_a_token_error(driver: Driver) -> None:
    session = driver.begin()
    with pytest.raises(InvalidParameterValue) as caught:
        driver.service.checkpoint(session.arn + "x", session.token, [])
    assert not isinstance(caught.value, InvalidCheckpointToken)


def test_stale_token_is_rejected(driver: Driver) -> None:
    session = driver.begin()
    first = session.token
    session.checkpoint(step("a", "START"))
    before = driver.snapshot(session.arn)
    with pytest.raises(InvalidCheckpointToken) as caught:
        driver.service.checkpoint(session.arn, first, [step("b", "START")])
    assert caught.value.message.startswith("Invalid checkpoint token")
    with pytest.raises(InvalidCheckpointToken):
        driver.service.get_state(session.arn, first)
    assert driver.snapshot(session.arn) == before


def test_token_of_a_previous_invocation_is_rejected(driver: Driver) -> None:
    old = driver.begin()
    old.checkpoint(wait("w", 5))
    old.finish()
    driver.advance(5000)
    new = driver.claim()
    assert new.token != old.token
    with pytest.raises(InvalidCheckpointToken):
        driver.service.checkpoint(old.arn, old.token, [])
    new.checkpoint()


def test_token_is_dead_once_an_execution_update_ends_the_execution(driver: Driver) -> None:
    session = driver.begin()
    used = session.token
    response = session.checkpoint(step("s", "START"), execution("SUCCEED", Payload='"big"'))
    assert "CheckpointToken" not in response
    for token in (used, session.token):
        with pytest.raises(InvalidCheckpointToken):
            driver.service.checkpoint(session.arn, token, [])


@pytest.mark.parametrize("ending", ["output", "stop"])
def test_token_is_dead_after_the_execution_ended(driver: Driver, ending: str) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"))
    if ending == "output":
        session.finish({"Status": "SUCCEEDED", "Result": "1"})
    else:
        driver.service.stop(session.arn)
    with pytest.raises(InvalidCheckpointToken):
        session.checkpoint(step("s", "SUCCEED"))
    with pytest.raises(InvalidCheckpointToken):
        driver.service.get_state(session.arn, session.token)
    assert "StepSucceeded" not in driver.event_types(session.arn)


def test_token_is_dead_once_the_lease_expired(driver: Driver) -> None:
    driver.start()
    session = driver.claim(lease_ms=5000)
    session.checkpoint(step("s", "START"))
    driver.clock.advance(5001)
    before = driver.snapshot(session.arn)
    with pytest.raises(InvalidCheckpointToken):
        session.checkpoint(step("s", "SUCCEED"))
    with pytest.raises(InvalidCheckpointToken):
        driver.service.get_state(session.arn, session.token)
    assert driver.snapshot(session.arn) == before


def test_renewed_lease_keeps_the_token_alive(driver: Driver) -> None:
    driver.start()
    session = driver.claim(lease_ms=5000)
    driver.clock.advance(4000)
    assert driver.service.renew_lease(session.arn, session.invocation.invocation_id, 5000)
    driver.clock.advance(4000)
    session.checkpoint(step("s", "START"))


def test_get_state_is_a_pure_read_with_the_current_token(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(step("a", "START"), wait("b", 5))
    state = driver.service.get_state(session.arn, session.token)
    assert [o["Id"] for o in state["Operations"]][1:] == ["a", "b"]
    assert "NextMarker" not in state
    page = driver.service.get_state(session.arn, session.token, max_items=2)
    rest = driver.service.get_state(session.arn, session.token, marker=page["NextMarker"])
    assert page["Operations"] + rest["Operations"] == state["Operations"]
    session.checkpoint()  # the token did not rotate


# Idempotent replay (PROTOCOL.md 4.1 step 2)


def test_replay_with_the_same_client_token_returns_the_identical_response(driver: Driver) -> None:
    session = driver.begin()
    sent_with = session.token
    first = session.checkpoint(step("s", "START"), wait("w", 1), client_token="c-1")
    before = driver.snapshot(session.arn)
    driver.clock.advance(5000)  # the wait is due now: a real re-run would complete it
    again = driver.service.checkpoint(
        session.arn, sent_with, [step("s", "START"), wait("w", 1)], "c-1"
    )
    assert again == first
    assert driver.snapshot(session.arn) == before
    session.checkpoint(step("s", "SUCCEED"))  # the token handed out the first time still works


def test_replay_answers_only_the_last_accepted_pair(driver: Driver) -> None:
    session = driver.begin()
    first_token = session.token
    session.checkpoint(step("s", "START"), client_token="c-1")
    second_token = session.token
    session.checkpoint(step("s", "SUCCEED"), client_token="c-2")
    with pytest.raises(InvalidCheckpointToken):
        driver.service.checkpoint(session.arn, first_token, [step("s", "START")], "c-1")
    with pytest.raises(InvalidCheckpointToken):
        driver.service.checkpoint(session.arn, second_token, [step("s", "SUCCEED")], "c-other")


def test_same_client_token_with_the_new_token_is_a_new_checkpoint(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"), client_token="same")
    delta = session.delta(step("s", "SUCCEED", Payload="1"))
    assert delta["s"]["Status"] == "SUCCEEDED"
    assert driver.event_types(session.arn)[-1] == "StepSucceeded"


# State transitions (PROTOCOL.md 3.2)


def test_step_retry_goes_pending_then_ready_when_its_timer_fires(driver: Driver) -> None:
    session = driver.begin()
    now = driver.clock.now_ms()
    error = {"ErrorType": "ValueError", "ErrorMessage": "flaky"}
    op = session.delta(step("s", "START"), retry("s", 5, Error=error))["s"]
    assert op["Status"] == "PENDING"
    assert op["StepDetails"] == {"Attempt": 1, "NextAttemptTimestamp": now + 5000, "Error": error}
    failed = driver.events(session.arn)[-1]
    assert failed["EventType"] == "StepFailed"
    assert failed["StepFailedDetails"]["RetryDetails"] == {
        "CurrentAttempt": 1,
        "NextAttemptDelaySeconds": 5,
    }
    session.finish()
    events_before = driver.event_types(session.arn)

    assert driver.advance(4999) == 0
    assert driver.op(session.arn, "s")["Status"] == "PENDING"
    driver.claim_none()
    driver.advance(1)
    op = driver.op(session.arn, "s")
    assert op["Status"] == "READY"
    assert op["StepDetails"] == {"Attempt": 1, "Error": error}
    assert driver.event_types(session.arn) == events_before  # no event for PENDING -> READY

    again = driver.claim()
    assert again.invocation.updated_operation_ids == ["s"]
    op = again.delta(step("s", "START"), step("s", "SUCCEED", Payload='"done"'))["s"]
    assert (op["Status"], op["StepDetails"]["Attempt"]) == ("SUCCEEDED", 2)
    assert op["StartTimestamp"] == now  # the first START's time
    succeeded = driver.events(again.arn)[-1]
    assert succeeded["StepSucceededDetails"]["RetryDetails"] == {"CurrentAttempt": 2}


def test_wait_for_condition_poll_keeps_its_state_as_result(driver: Driver) -> None:
    session = driver.begin()
    op = session.delta(step("p", "START"), retry("p", 2, Payload='{"n": 1}'))["p"]
    assert (op["Status"], op["StepDetails"]["Result"]) == ("PENDING", '{"n": 1}')
    event = driver.events(session.arn)[-1]
    assert event["EventType"] == "StepSucceeded"
    assert event["StepSucceededDetails"]["Result"]["Payload"] == '{"n": 1}'
    session.finish()
    driver.advance(2000)
    ready = driver.op(session.arn, "p")
    assert (ready["Status"], ready["StepDetails"]["Result"]) == ("READY", '{"n": 1}')


def test_wait_timer_succeeds_the_wait(driver: Driver) -> None:
    session = driver.begin()
    now = driver.clock.now_ms()
    op = session.delta(wait("w", 3))["w"]
    assert op["Status"] == "STARTED"
    assert op["WaitDetails"] == {"ScheduledEndTimestamp": now + 3000}
    started = driver.events(session.arn)[-1]
    assert started["WaitStartedDetails"] == {"Duration": 3, "ScheduledEndTimestamp": now / 1000 + 3}
    session.finish()
    driver.advance(2999)
    assert driver.op(session.arn, "w")["Status"] == "STARTED"
    driver.claim_none()
    driver.advance(1)
    op = driver.op(session.arn, "w")
    assert (op["Status"], op["EndTimestamp"]) == ("SUCCEEDED", now + 3000)
    done = driver.events(session.arn)[-1]
    assert (done["EventType"], done["Id"], done["WaitSucceededDetails"]) == (
        "WaitSucceeded",
        "w",
        {"Duration": 3},
    )
    assert driver.claim().invocation.updated_operation_ids == ["w"]


def _callback_session(
    driver: Driver, timeout_s: int = 0, heartbeat_s: int = 0
) -> tuple[Session, str]:
    session = driver.begin()
    op = session.delta(callback("cb", timeout_s, heartbeat_s))["cb"]
    assert op["Status"] == "STARTED"
    callback_id = op["CallbackDetails"]["CallbackId"]
    assert callback_id.isalnum()
    session.finish()
    driver.claim_none()
    return session, callback_id


def test_callback_start_records_its_id_and_timeouts(driver: Driver) -> None:
    session, callback_id = _callback_session(driver, timeout_s=30, heartbeat_s=10)
    started = driver.events(session.arn)[1]
    assert started["EventType"] == "CallbackStarted"
    assert started["CallbackStartedDetails"] == {
        "CallbackId": callback_id,
        "Timeout": 30,
        "HeartbeatTimeout": 10,
    }


def test_callback_success_completes_it_and_wakes_the_execution(driver: Driver) -> None:
    session, callback_id = _callback_session(driver, timeout_s=30)
    driver.service.succeed_callback(callback_id, b'"yes"')
    op = driver.op(session.arn, "cb")
    assert (op["Status"], op["CallbackDetails"]["Result"]) == ("SUCCEEDED", '"yes"')
    event = driver.events(session.arn)[-1]
    assert event["EventType"] == "CallbackSucceeded"
    assert event["CallbackSucceededDetails"]["Result"]["Payload"] == '"yes"'
    assert driver.claim().invocation.updated_operation_ids == ["cb"]
    driver.advance(60_000)  # its timeout timer was cancelled
    assert driver.op(session.arn, "cb")["Status"] == "SUCCEEDED"
    with pytest.raises(CallbackTimeout):
        driver.service.succeed_callback(callback_id, b"again")


def test_callback_failure_stores_the_error(driver: Driver) -> None:
    session, callback_id = _callback_session(driver)
    error = {"ErrorType": "Rejected", "ErrorMessage": "no", "Extra": "dropped"}
    driver.service.fail_callback(callback_id, error)
    op = driver.op(session.arn, "cb")
    assert op["Status"] == "FAILED"
    assert op["CallbackDetails"]["Error"] == {"ErrorType": "Rejected", "ErrorMessage": "no"}
    assert driver.event_types(session.arn)[-1] == "CallbackFailed"
    driver.claim()


def test_unknown_callback_id_is_not_found(driver: Driver) -> None:
    with pytest.raises(ResourceNotFound):
        driver.service.succeed_callback("0" * 40, None)


def test_callback_timeout(driver: Driver) -> None:
    session, callback_id = _callback_session(driver, timeout_s=5)
    driver.advance(4999)
    assert driver.op(session.arn, "cb")["Status"] == "STARTED"
    driver.advance(1)
    op = driver.op(session.arn, "cb")
    assert op["Status"] == "TIMED_OUT"
    assert op["CallbackDetails"]["Error"] == {
        "ErrorType": "Callback.Timeout",
        "ErrorMessage": "Callback timed out",
    }
    event = driver.events(session.arn)[-1]
    assert event["EventType"] == "CallbackTimedOut"
    assert event["CallbackTimedOutDetails"]["Error"]["Payload"]["ErrorType"] == "Callback.Timeout"
    driver.claim()
    with pytest.raises(CallbackTimeout):
        driver.service.succeed_callback(callback_id, b"late")


def test_heartbeat_rearms_the_heartbeat_timeout(driver: Driver) -> None:
    session, callback_id = _callback_session(driver, heartbeat_s=10)
    driver.advance(8000)
    driver.service.heartbeat_callback(callback_id)
    driver.advance(8000)  # past the first deadline, before the re-armed one
    assert driver.op(session.arn, "cb")["Status"] == "STARTED"
    driver.claim_none()  # a heartbeat does not invoke
    driver.advance(2000)
    op = driver.op(session.arn, "cb")
    assert op["Status"] == "TIMED_OUT"
    assert op["CallbackDetails"]["Error"] == {
        "ErrorType": "Callback.Heartbeat",
        "ErrorMessage": "Callback timed out on heartbeat",
    }
    driver.claim()


def test_execution_succeed_update_ends_the_execution(driver: Driver) -> None:
    session = driver.begin()
    response = session.checkpoint(
        step("s", "START"), step("s", "SUCCEED"), execution("SUCCEED", Payload='"big result"')
    )
    assert "CheckpointToken" not in response
    record = driver.record(session.arn)
    assert (record.status, record.result) == ("SUCCEEDED", '"big result"')
    assert driver.event_types(session.arn)[-1] == "ExecutionSucceeded"
    # The handler's output after that is ignored; its InvocationCompleted still lands.
    session.finish({"Status": "FAILED", "Error": {"ErrorMessage": "ignored"}})
    assert driver.event_types(session.arn)[-2:] == ["ExecutionSucceeded", "InvocationCompleted"]
    assert driver.record(session.arn).status == "SUCCEEDED"
    assert driver.describe_status(session.arn) == "SUCCEEDED"
    driver.claim_none()


def test_execution_fail_update_fails_the_execution(driver: Driver) -> None:
    session = driver.begin()
    error = {"ErrorType": "Huge", "ErrorMessage": "too big to return"}
    response = session.checkpoint(execution("FAIL", Error=error))
    assert "CheckpointToken" not in response
    record = driver.record(session.arn)
    assert (record.status, record.error) == ("FAILED", error)
    event = driver.events(session.arn)[-1]
    assert event["ExecutionFailedDetails"]["Error"]["Payload"] == error


@pytest.mark.parametrize("replay", [True, False])
def test_context_keeps_its_children_and_replay_flag(driver: Driver, replay: bool) -> None:
    session = driver.begin()
    options = {"ContextOptions": {"ReplayChildren": True}} if replay else {}
    delta = session.delta(
        context("ctx", "START"),
        step("inner", "START", ParentId="ctx"),
        step("inner", "SUCCEED", ParentId="ctx", Payload="1"),
        context("ctx", "SUCCEED", Payload='"summary"', **options),
    )
    details = delta["ctx"]["ContextDetails"]
    assert details["Result"] == '"summary"'
    assert details.get("ReplayChildren", False) is replay
    assert delta["inner"]["ParentId"] == "ctx"
    assert driver.event_types(session.arn)[1:] == [
        "ContextStarted",
        "StepStarted",
        "StepSucceeded",
        "ContextSucceeded",
    ]
    session.checkpoint(wait("w", 1))
    session.finish()
    driver.advance(1000)
    ops = driver.claim().invocation.operations
    assert [o["Id"] for o in ops][1:] == ["ctx", "inner", "w"]


def test_due_timers_are_completed_inside_a_checkpoint(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 2), step("s", "START"), retry("s", 3), wait("later", 60))
    driver.clock.advance(2000)
    delta = session.delta()
    assert set(delta) == {"w"}
    assert delta["w"]["Status"] == "SUCCEEDED"
    assert driver.event_types(session.arn)[-1] == "WaitSucceeded"
    driver.clock.advance(1000)
    delta = session.delta()
    assert set(delta) == {"s"}
    assert delta["s"]["Status"] == "READY"
    assert driver.op(session.arn, "later")["Status"] == "STARTED"


def test_delta_carries_only_what_changed(driver: Driver) -> None:
    session = driver.begin()
    first = session.delta(
        step("a", "START"), step("a", "SUCCEED"), wait("w", 60), callback("cb"), step("b", "START")
    )
    assert set(first) == {"a", "w", "cb", "b"}
    assert set(session.delta(step("b", "SUCCEED"))) == {"b"}
    assert session.delta() == {}
    # A change made by the service mid-invocation is delivered once, with the next response.
    callback_id = first["cb"]["CallbackDetails"]["CallbackId"]
    driver.service.succeed_callback(callback_id, b"1")
    delta = session.delta(step("c", "START"))
    assert set(delta) == {"cb", "c"}
    assert delta["cb"]["Status"] == "SUCCEEDED"
    assert session.delta() == {}
    assert [o["Id"] for o in session.responses[-2]["NewExecutionState"]["Operations"]] == [
        "cb",
        "c",
    ]  # ascending creation order


def test_callback_answer_after_the_execution_ended_is_a_callback_timeout(driver: Driver) -> None:
    session, callback_id = _callback_session(driver, timeout_s=30)
    driver.service.stop(session.arn)
    before = driver.snapshot(session.arn)
    with pytest.raises(CallbackTimeout):
        driver.service.succeed_callback(callback_id, b"late")
    with pytest.raises(CallbackTimeout):
        driver.service.heartbeat_callback(callback_id)
    assert driver.snapshot(session.arn) == before


def test_wait_cancel_cancels_the_wait_and_its_timer(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 5), wait("other", 60))
    op = session.delta({**wait("w", 5), "Action": "CANCEL"})["w"]
    assert op["Status"] == "CANCELLED"
    assert driver.event_types(session.arn)[-1] == "WaitCancelled"
    session.finish()
    driver.advance(5000)
    assert driver.op(session.arn, "w")["Status"] == "CANCELLED"
    driver.claim_none()
