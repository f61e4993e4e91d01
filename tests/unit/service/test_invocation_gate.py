"""The end of an invocation (PROTOCOL.md 6.7), function-error retries (2.5), chained invokes (6.5),
execution timeout, stop and lease expiry, and the history order they produce (7.3)."""

from __future__ import annotations

import pytest
from service_driver import LEASE_MS, Driver, Session, callback, invoke, retry, step, wait

from lamina.errors import InvalidCheckpointToken
from lamina.service import Outcome
from lamina.service.limits import Limits

CRASH = {"ErrorType": "Runtime.ExitError", "ErrorMessage": "exit status 1"}
LIMITS = Limits()


def _last_event(driver: Driver, arn: str) -> dict:
    return driver.events(arn)[-1]


# What PENDING leads to


def test_pending_with_a_running_wait_goes_idle_until_the_timer(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 5))
    session.finish()
    driver.claim_none()
    driver.advance(5000)
    assert driver.claim().invocation.updated_operation_ids == ["w"]


def test_change_not_delivered_to_the_invocation_reinvokes_at_once(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 1), wait("long", 600))
    driver.advance(1000)  # the wait completes while the handler still runs
    session.finish()
    again = driver.claim()
    assert again.invocation.updated_operation_ids == ["w"]
    assert {o["Id"]: o["Status"] for o in again.invocation.operations}["w"] == "SUCCEEDED"


def test_timed_change_already_delivered_needs_no_reinvocation(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 1), wait("long", 600))
    driver.advance(1000)
    assert session.delta()["w"]["Status"] == "SUCCEEDED"  # the SDK resumed it in process
    session.finish()
    driver.claim_none()


def test_callback_result_delivered_mid_invocation_still_reinvokes(driver: Driver) -> None:
    session = driver.begin()
    op = session.delta(callback("cb"), wait("long", 600))["cb"]
    driver.service.succeed_callback(op["CallbackDetails"]["CallbackId"], b"1")
    assert session.delta()["cb"]["Status"] == "SUCCEEDED"
    session.finish()
    assert driver.claim().invocation.updated_operation_ids == ["cb"]


def test_timers_due_when_the_invocation_ends_fire_and_reinvoke(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 2))
    driver.clock.advance(2000)  # due, but no scheduler pass ran yet
    session.finish()
    assert driver.op(session.arn, "w")["Status"] == "SUCCEEDED"
    assert driver.event_types(session.arn)[-2:] == ["InvocationCompleted", "WaitSucceeded"]
    assert driver.claim().invocation.updated_operation_ids == ["w"]


def test_ready_step_made_ready_during_the_invocation_reinvokes(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"), retry("s", 1))
    driver.advance(1000)
    assert session.delta()["s"]["Status"] == "READY"
    session.finish()
    assert driver.claim().invocation.updated_operation_ids == ["s"]


def test_ready_step_in_the_input_keeps_reinvoking(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"), retry("s", 1))
    session.finish()
    driver.advance(1000)
    for _ in range(LIMITS.empty_pending_retries + 2):
        session = driver.claim()
        assert {o["Id"]: o["Status"] for o in session.invocation.operations}["s"] == "READY"
        session.finish()
    assert driver.record(session.arn).status == "RUNNING"


def test_pending_with_nothing_pending_is_retried_then_fails(driver: Driver) -> None:
    session = driver.begin()
    for _ in range(LIMITS.empty_pending_retries):
        session.finish()
        session = driver.claim()  # re-invoked at once
    session.finish()
    record = driver.record(session.arn)
    assert record.status == "FAILED"
    assert record.error == {
        "ErrorType": "InvalidParameterValueException",
        "ErrorMessage": "Cannot return PENDING status with no pending operations.",
    }
    types = driver.event_types(session.arn)
    assert types == ["ExecutionStarted"] + ["InvocationCompleted"] * 4 + ["ExecutionFailed"]
    driver.claim_none()


def test_a_valid_pending_resets_the_invalid_pending_count(driver: Driver) -> None:
    session = driver.begin()
    for _ in range(LIMITS.empty_pending_retries):
        session.finish()
        session = driver.claim()
    session.checkpoint(wait("w", 1))
    session.finish()
    driver.advance(1000)
    for _ in range(LIMITS.empty_pending_retries):
        session = driver.claim()
        session.finish()
    assert driver.record(session.arn).status == "RUNNING"


@pytest.mark.parametrize(
    "output",
    [
        pytest.param("not an object", id="not-a-dict"),
        pytest.param({"Status": "RETRY"}, id="unknown-status"),
        pytest.param({"Status": "SUCCEEDED", "Error": {"ErrorMessage": "x"}}, id="success-error"),
        pytest.param({"Status": "FAILED", "Result": "1"}, id="failure-with-result"),
    ],
)
def test_invalid_output_fails_the_execution(driver: Driver, output: object) -> None:
    session = driver.begin()
    session.finish(output)
    record = driver.record(session.arn)
    assert record.status == "FAILED"
    assert record.error is not None
    assert record.error["ErrorType"] == "InvalidParameterValueException"
    assert driver.event_types(session.arn)[-2:] == ["InvocationCompleted", "ExecutionFailed"]


# Terminal outputs and the history order


def test_success_output_appends_invocation_completed_then_execution_succeeded(
    driver: Driver,
) -> None:
    session = driver.begin()
    started = driver.clock.now_ms()
    session.checkpoint(step("s", "START"), step("s", "SUCCEED", Payload='"v"'))
    driver.clock.advance(250)
    session.finish({"Status": "SUCCEEDED", "Result": '"v"'})
    events = driver.events(session.arn)
    assert [e["EventType"] for e in events] == [
        "ExecutionStarted",
        "StepStarted",
        "StepSucceeded",
        "InvocationCompleted",
        "ExecutionSucceeded",
    ]
    assert [e["EventId"] for e in events] == [1, 2, 3, 4, 5]
    assert events[3]["InvocationCompletedDetails"] == {
        "StartTimestamp": started / 1000,
        "EndTimestamp": (started + 250) / 1000,
        "RequestId": session.invocation.invocation_id,
    }
    assert events[4]["ExecutionSucceededDetails"]["Result"] == {
        "Payload": '"v"',
        "Truncated": False,
    }
    record = driver.record(session.arn)
    assert (record.status, record.result, record.end_ms) == ("SUCCEEDED", '"v"', started + 250)
    driver.claim_none()


def test_failure_output_fails_the_execution_after_invocation_completed(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 60))
    error = {"ErrorType": "ValueError", "ErrorMessage": "bad"}
    session.finish({"Status": "FAILED", "Error": error})
    assert driver.event_types(session.arn)[-2:] == ["InvocationCompleted", "ExecutionFailed"]
    assert driver.record(session.arn).error == error
    assert driver.service.next_timer_due() is None  # the wait and timeout timers are gone
    driver.advance(60_000)
    assert driver.op(session.arn, "w")["Status"] == "STARTED"


def test_updated_operation_ids_name_service_changes_since_the_last_input(driver: Driver) -> None:
    session = driver.begin()
    assert session.invocation.updated_operation_ids == []
    op = session.delta(wait("w", 2), callback("cb"), step("s", "START"), step("s", "SUCCEED"))
    session.finish()
    driver.service.succeed_callback(op["cb"]["CallbackDetails"]["CallbackId"], None)
    driver.advance(2000)
    session = driver.claim()
    assert sorted(session.invocation.updated_operation_ids) == ["cb", "w"]
    session.checkpoint(wait("w2", 1))
    session.finish()
    driver.advance(1000)
    assert driver.claim().invocation.updated_operation_ids == ["w2"]


# Function errors (PROTOCOL.md 2.5)


def _fail_and_wait_backoff(driver: Driver, session: Session) -> Session:
    session.finish(error=CRASH)
    driver.claim_none()
    driver.advance(LIMITS.invocation_retry_backoff_ms - 1)
    driver.claim_none()
    driver.advance(1)
    return driver.claim()


def test_function_error_is_retried_after_a_backoff_leaving_operations_alone(
    driver: Driver,
) -> None:
    session = driver.begin()
    session.checkpoint(step("s", "START"))
    again = _fail_and_wait_backoff(driver, session)
    completed = driver.events(session.arn)[-1]
    assert completed["EventType"] == "InvocationCompleted"
    assert completed["InvocationCompletedDetails"]["Error"] == {
        "Payload": CRASH,
        "Truncated": False,
    }
    assert {o["Id"]: o["Status"] for o in again.invocation.operations}["s"] == "STARTED"
    assert again.invocation.invocation_id != session.invocation.invocation_id


def test_function_errors_exhaust_a_bounded_budget(driver: Driver) -> None:
    session = driver.begin()
    for _ in range(LIMITS.invocation_retries):
        session = _fail_and_wait_backoff(driver, session)
    last = {"ErrorType": "Sandbox.Timedout", "ErrorMessage": "Task timed out"}
    session.finish(error=last)
    record = driver.record(session.arn)
    assert (record.status, record.error) == ("FAILED", last)
    types = driver.event_types(session.arn)
    assert types.count("InvocationCompleted") == LIMITS.invocation_retries + 1
    assert types[-2:] == ["InvocationCompleted", "ExecutionFailed"]
    driver.advance(60_000)
    driver.claim_none()


def test_lost_workers_do_not_spend_the_function_s_budget(driver: Driver) -> None:
    """A worker killed under each of many invocations in a row: the execution is retried each
    time and still has its whole budget for its own errors."""
    session = driver.begin()
    for _ in range(LIMITS.invocation_retries * 3):
        driver.advance(LEASE_MS + 1)
        assert driver.service.reap_expired_leases() == 1
        driver.advance(LIMITS.invocation_retry_backoff_ms)
        session = driver.claim()
    assert driver.record(session.arn).status == "RUNNING"
    for _ in range(LIMITS.invocation_retries):
        session = _fail_and_wait_backoff(driver, session)
    assert driver.record(session.arn).status == "RUNNING"
    session.finish(error={"ErrorType": "Sandbox.Timedout", "ErrorMessage": "Task timed out"})
    assert driver.record(session.arn).status == "FAILED"


def test_a_clean_invocation_resets_the_error_budget(driver: Driver) -> None:
    session = driver.begin()
    for _ in range(LIMITS.invocation_retries):
        session = _fail_and_wait_backoff(driver, session)
    session.checkpoint(wait("w", 1))
    session.finish()
    driver.advance(1000)
    session = driver.claim()
    for _ in range(LIMITS.invocation_retries):
        session = _fail_and_wait_backoff(driver, session)
    assert driver.record(session.arn).status == "RUNNING"


# Chained invokes (PROTOCOL.md 6.5)


def _invoke_child(driver: Driver, function: str = "child") -> tuple[Session, str]:
    parent = driver.begin()
    op = parent.delta(invoke("ci", function, payload='"in"'))["ci"]
    assert op["Status"] == "STARTED"
    started = _last_event(driver, parent.arn)
    assert started["EventType"] == "ChainedInvokeStarted"
    details = started["ChainedInvokeStartedDetails"]
    assert details["FunctionName"] == function
    assert details["Input"] == {"Payload": '"in"', "Truncated": False}
    assert details["ExecutedVersion"] == "$LATEST"
    parent.finish()
    return parent, details.get("DurableExecutionArn", "")


def test_durable_target_runs_as_a_linked_child_execution(driver: Driver) -> None:
    parent, child_arn = _invoke_child(driver)
    child = driver.record(child_arn)
    assert (child.parent_arn, child.parent_op_id) == (parent.arn, "ci")
    assert (child.function_name, child.input_payload, child.status) == ("child", '"in"', "RUNNING")
    run = driver.claim()
    assert run.arn == child_arn
    assert run.invocation.operations[0]["ExecutionDetails"] == {"InputPayload": '"in"'}
    driver.claim_none()  # the parent waits for its child
    run.finish({"Status": "SUCCEEDED", "Result": '"out"'})
    op = driver.op(parent.arn, "ci")
    assert (op["Status"], op["ChainedInvokeDetails"]) == ("SUCCEEDED", {"Result": '"out"'})
    event = _last_event(driver, parent.arn)
    assert event["EventType"] == "ChainedInvokeSucceeded"
    assert event["ChainedInvokeSucceededDetails"]["Result"]["Payload"] == '"out"'
    woken = driver.claim()
    assert (woken.arn, woken.invocation.updated_operation_ids) == (parent.arn, ["ci"])


def test_failed_child_fails_the_parent_operation(driver: Driver) -> None:
    parent, child_arn = _invoke_child(driver)
    error = {"ErrorType": "KeyError", "ErrorMessage": "missing"}
    driver.claim().finish({"Status": "FAILED", "Error": error})
    op = driver.op(parent.arn, "ci")
    assert (op["Status"], op["ChainedInvokeDetails"]["Error"]) == ("FAILED", error)
    assert _last_event(driver, parent.arn)["EventType"] == "ChainedInvokeFailed"
    assert driver.claim().arn == parent.arn


def test_stopped_child_stops_the_parent_operation(driver: Driver) -> None:
    parent, child_arn = _invoke_child(driver)
    driver.service.stop(child_arn)
    assert driver.op(parent.arn, "ci")["Status"] == "STOPPED"
    assert _last_event(driver, parent.arn)["EventType"] == "ChainedInvokeStopped"


def test_timed_out_child_times_out_the_parent_operation(driver: Driver) -> None:
    parent, child_arn = _invoke_child(driver, "short")
    driver.advance(10_000)
    op = driver.op(parent.arn, "ci")
    assert op["Status"] == "TIMED_OUT"
    assert _last_event(driver, parent.arn)["EventType"] == "ChainedInvokeTimedOut"
    assert op["ChainedInvokeDetails"]["Error"]["ErrorType"] == "ChainedInvoke.Timeout"


def test_plain_target_is_invoked_once_and_completes_the_operation(driver: Driver) -> None:
    parent, child_arn = _invoke_child(driver, "plainfn")
    assert child_arn == ""  # no durable execution to point at
    run = driver.claim()
    assert (run.invocation.kind, run.invocation.input_payload) == ("plain", '"in"')
    run.finish('{"answer": 42}')
    op = driver.op(parent.arn, "ci")
    assert (op["Status"], op["ChainedInvokeDetails"]) == ("SUCCEEDED", {"Result": '{"answer": 42}'})
    assert driver.claim().arn == parent.arn


def test_unknown_target_fails_the_operation_at_once(driver: Driver) -> None:
    parent = driver.begin()
    before = driver.snapshot(parent.arn).executions
    op = parent.delta(invoke("ci", "nosuchfn", payload='"in"'))["ci"]
    assert op["Status"] == "FAILED"
    assert op["ChainedInvokeDetails"]["Error"]["ErrorType"] == "ResourceNotFoundException"
    assert op["ChainedInvokeDetails"]["Error"]["ErrorMessage"].startswith("Function not found")
    assert driver.event_types(parent.arn)[-2:] == ["ChainedInvokeStarted", "ChainedInvokeFailed"]
    assert driver.snapshot(parent.arn).executions == before  # no child was created


# Execution timeout, stop, lease expiry


def test_execution_timeout_ends_the_execution(driver: Driver) -> None:
    session = driver.begin("short")
    session.checkpoint(wait("w", 60))
    session.finish()
    driver.advance(9999)
    assert driver.record(session.arn).status == "RUNNING"
    driver.advance(1)
    record = driver.record(session.arn)
    assert record.status == "TIMED_OUT"
    assert record.error == {
        "ErrorType": "Execution.Timeout",
        "ErrorMessage": "Execution timed out after 10 seconds.",
    }
    assert driver.event_types(session.arn)[-1] == "ExecutionTimedOut"
    driver.advance(60_000)
    assert driver.op(session.arn, "w")["Status"] == "STARTED"
    driver.claim_none()


def test_execution_timeout_during_an_invocation(driver: Driver) -> None:
    session = driver.begin("short")
    driver.advance(10_000)
    with pytest.raises(InvalidCheckpointToken):
        session.checkpoint(step("s", "START"))
    session.finish({"Status": "SUCCEEDED", "Result": "1"})
    assert driver.record(session.arn).status == "TIMED_OUT"
    assert driver.event_types(session.arn)[-2:] == ["ExecutionTimedOut", "InvocationCompleted"]


def test_stop_while_an_invocation_runs(driver: Driver) -> None:
    session = driver.begin()
    session.checkpoint(wait("w", 5), step("s", "START"))
    driver.service.stop(session.arn, {"ErrorMessage": "enough"})
    record = driver.record(session.arn)
    assert (record.status, record.error) == ("STOPPED", {"ErrorMessage": "enough"})
    with pytest.raises(InvalidCheckpointToken):
        session.checkpoint(step("s", "SUCCEED"))
    session.finish({"Status": "SUCCEEDED", "Result": "1"})
    assert driver.event_types(session.arn)[-2:] == ["ExecutionStopped", "InvocationCompleted"]
    assert driver.record(session.arn).status == "STOPPED"
    assert driver.op(session.arn, "s")["Status"] == "STARTED"
    driver.advance(5000)
    driver.claim_none()
    assert driver.event_types(session.arn)[-1] == "InvocationCompleted"


def test_stop_is_idempotent_on_a_terminal_execution(driver: Driver) -> None:
    session = driver.begin()
    stopped_at = driver.service.stop(session.arn)
    driver.clock.advance(1000)
    assert driver.service.stop(session.arn) == stopped_at
    assert driver.event_types(session.arn).count("ExecutionStopped") == 1
    assert driver.record(session.arn).error == {
        "ErrorType": "Execution.Stopped",
        "ErrorMessage": "Execution stopped by user request",
    }


def test_expired_lease_is_reaped_and_fences_the_old_invocation(driver: Driver) -> None:
    driver.start()
    session = driver.claim(lease_ms=5000)
    session.checkpoint(step("s", "START"))
    driver.clock.advance(5000)
    assert driver.service.reap_expired_leases() == 0  # not expired yet
    driver.clock.advance(1)
    assert driver.service.reap_expired_leases() == 1
    completed = _last_event(driver, session.arn)
    assert completed["EventType"] == "InvocationCompleted"
    assert completed["InvocationCompletedDetails"]["Error"]["Payload"]["ErrorType"] == (
        "Runtime.WorkerLost"
    )
    assert not driver.service.renew_lease(session.arn, session.invocation.invocation_id, 5000)
    events = driver.event_types(session.arn)
    session.finish({"Status": "SUCCEEDED", "Result": "1"})  # the lost worker reports late
    assert driver.event_types(session.arn) == events
    assert driver.record(session.arn).status == "RUNNING"
    driver.claim_none()
    driver.advance(LIMITS.invocation_retry_backoff_ms)
    again = driver.claim()
    assert again.invocation.invocation_id != session.invocation.invocation_id
    assert {o["Id"]: o["Status"] for o in again.invocation.operations}["s"] == "STARTED"
    with pytest.raises(InvalidCheckpointToken):
        driver.service.checkpoint(session.arn, session.token, [])


def test_an_invocation_s_end_claims_the_next_owed_one_in_the_same_write(driver: Driver) -> None:
    first = driver.begin()
    second_arn = driver.start()
    outcome = Outcome(output={"Status": "SUCCEEDED", "Result": '"done"'})
    store_writes = driver.service.store.commits
    following = driver.service.finish_invocation(
        first.arn, first.invocation.invocation_id, outcome, claim_next=("worker-1", LEASE_MS)
    )
    # One durable write ended the first execution and handed out the second's invocation.
    assert driver.service.store.commits == store_writes + 1
    assert following is not None and following.execution_arn == second_arn
    assert driver.record(first.arn).status == "SUCCEEDED"
    claimed = driver.record(second_arn)
    assert (claimed.gate, claimed.invocation_id) == ("running", following.invocation_id)
    assert claimed.lease_owner == "worker-1" and claimed.token == following.token
    # Nothing else is owed: the next end claims nothing and says so.
    later = driver.service.finish_invocation(
        second_arn, following.invocation_id, outcome, claim_next=("worker-1", LEASE_MS)
    )
    assert later is None and driver.record(second_arn).status == "SUCCEEDED"
