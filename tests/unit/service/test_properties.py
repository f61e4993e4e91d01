"""Invariants over random sequences of SDK-like checkpoint batches (STYLE.md, Tests).

Tokens are never reused; history EventIds are 1..n; every operation in a checkpoint delta
changed since the invocation last saw it, and the deltas keep the invocation's view equal to
the store; a checkpoint replayed with its ClientToken returns the identical response.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from service_driver import Driver, Session, callback, context, retry, step, wait

Action = tuple[Any, ...]

ACTIONS = st.one_of(
    st.tuples(st.just("steps"), st.integers(1, 3), st.sampled_from(["SUCCEED", "FAIL", "RETRY"])),
    st.tuples(st.just("restart")),
    st.tuples(st.just("wait"), st.integers(1, 3)),
    st.tuples(st.just("callback")),
    st.tuples(st.just("answer"), st.booleans()),
    st.tuples(st.just("context"), st.booleans()),
    st.tuples(st.just("empty")),
    st.tuples(st.just("advance"), st.integers(0, 3000)),
    st.tuples(st.just("suspend")),
)


class Model:
    """Plays the SDK: holds the current invocation and what it has been told so far."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver
        self.tokens: set[str] = set()
        self.counter = 0
        self.session = self._claim_new()

    def _fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def _remember_token(self, token: str) -> None:
        assert token not in self.tokens, "a checkpoint token was handed out twice"
        self.tokens.add(token)

    def _adopt(self, session: Session) -> Session:
        self._remember_token(session.token)
        self.seen = {op["Id"]: op for op in session.invocation.operations}
        assert self.seen == self.driver.operations(session.arn)
        return session

    def _claim_new(self) -> Session:
        self.driver.start()
        return self._adopt(self.driver.claim())

    @property
    def arn(self) -> str:
        return self.session.arn

    def stored(self) -> dict[str, dict[str, Any]]:
        return self.driver.operations(self.arn)

    def checkpoint(self, *updates: dict[str, Any]) -> None:
        client_token = self._fresh("ct-") if self.counter % 2 else None
        inbound = self.session.token
        response = self.session.checkpoint(*updates, client_token=client_token)
        self._remember_token(response["CheckpointToken"])
        for op in response["NewExecutionState"]["Operations"]:
            assert op != self.seen.get(op["Id"]), f"unchanged operation in the delta: {op}"
            self.seen[op["Id"]] = op
        assert self.seen == self.stored(), "the deltas missed a change"
        if client_token is not None:
            before = self.driver.snapshot(self.arn)
            again = self.driver.service.checkpoint(self.arn, inbound, list(updates), client_token)
            assert again == response
            assert self.driver.snapshot(self.arn) == before

    def ops_with(self, op_type: str, status: str) -> list[str]:
        return [
            i for i, o in self.stored().items() if (o["Type"], o["Status"]) == (op_type, status)
        ]

    def suspend(self) -> None:
        pending = (
            self.ops_with("STEP", "PENDING")
            + self.ops_with("WAIT", "STARTED")
            + self.ops_with("CALLBACK", "STARTED")
            + self.ops_with("STEP", "READY")
        )
        if not pending:
            self.session.finish({"Status": "SUCCEEDED", "Result": "null"})
            self.session = self._claim_new()
            return
        self.session.finish()
        for _ in range(3):
            invocation = self.driver.service.claim_invocation("worker-1", 60_000)
            if invocation is not None:
                self.session = self._adopt(Session(self.driver, invocation))
                return
            self.answer(True)
            self.driver.advance(5000)
        raise AssertionError("the execution was never re-invoked")

    def answer(self, success: bool) -> None:
        for op_id in self.ops_with("CALLBACK", "STARTED"):
            callback_id = self.stored()[op_id]["CallbackDetails"]["CallbackId"]
            if success:
                self.driver.service.succeed_callback(callback_id, b'"ok"')
            else:
                self.driver.service.fail_callback(callback_id, {"ErrorMessage": "no"})

    def run(self, action: Action) -> None:
        kind = action[0]
        if kind == "steps":
            updates: list[dict[str, Any]] = []
            for _ in range(action[1]):
                op_id = self._fresh("s")
                close = (
                    retry(op_id, 1 + self.counter % 3)
                    if action[2] == "RETRY"
                    else step(
                        op_id, action[2], **({"Payload": "1"} if action[2] == "SUCCEED" else {})
                    )
                )
                updates += [step(op_id, "START"), close]
            self.checkpoint(*updates)
        elif kind == "restart":
            ready = self.ops_with("STEP", "READY")
            self.checkpoint(*[u for i in ready for u in (step(i, "START"), step(i, "SUCCEED"))])
        elif kind == "wait":
            self.checkpoint(wait(self._fresh("w"), action[1]))
        elif kind == "callback":
            self.checkpoint(callback(self._fresh("cb")))
        elif kind == "answer":
            self.answer(action[1])
        elif kind == "context":
            ctx, inner = self._fresh("c"), self._fresh("i")
            options = {"ContextOptions": {"ReplayChildren": action[1]}}
            self.checkpoint(
                context(ctx, "START"),
                step(inner, "START", ParentId=ctx),
                step(inner, "SUCCEED", ParentId=ctx),
                context(ctx, "SUCCEED", Payload="2", **options),
            )
        elif kind == "empty":
            self.checkpoint()
        elif kind == "advance":
            self.driver.advance(action[1])
        else:
            self.suspend()

    def check_history(self) -> None:
        for arn in {self.arn}:
            ids = [e["EventId"] for e in self.driver.events(arn)]
            assert ids == list(range(1, len(ids) + 1))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=st.lists(ACTIONS, min_size=1, max_size=25))
def test_checkpoint_invariants(make_driver: Callable[..., Driver], actions: list[Action]) -> None:
    driver = make_driver()
    try:
        model = Model(driver)
        arns = {model.arn}
        for action in actions:
            model.run(action)
            arns.add(model.arn)
            model.check_history()
        for arn in arns:
            ids = [e["EventId"] for e in driver.events(arn)]
            assert ids == list(range(1, len(ids) + 1))
    finally:
        driver.service.store.close()
