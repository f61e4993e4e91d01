"""What this process's last checkpoint of each running invocation left, so that the next one
need not read it again.

A checkpoint reads its execution, the operations its updates name and the timers due, then
writes. Inside one invocation, nothing changes between two checkpoints unless someone else
acts (a callback answered, a timer fired, a stop, a pause, a lease written off), so the state
the previous checkpoint left (or the claim, for the first) is what the next one would read.
The next checkpoint goes on from it and has the store check, with its writes, that it still
holds (`Transaction.expect_view`): on PostgreSQL that makes a checkpoint one round trip. A
view that did not hold costs one more run of the checkpoint, reading afresh. The invocation's
end goes on from its last checkpoint's view the same way.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from lamina.store.records import CheckpointView, OperationStatus

# Views kept at most: about one per invocation this process serves at once; the least
# recently used goes first.
MAX_VIEWS = 1024
# The operations a view keeps: those an invocation may still act on. An ended one (and its
# payload) is left out; should an update name it, the store finds it exists and the
# checkpoint reads afresh.
_OPEN = frozenset({OperationStatus.STARTED, OperationStatus.PENDING, OperationStatus.READY})


class CheckpointViews:
    def __init__(self, capacity: int = MAX_VIEWS) -> None:
        self._capacity = capacity
        self._lock = threading.Lock()
        # ARN -> its view, and whether a checkpoint left it (else the claim did).
        self._views: OrderedDict[str, tuple[CheckpointView, bool]] = OrderedDict()

    def take(self, arn: str, token: str) -> CheckpointView | None:
        """The view the checkpoint with `token` goes on from, if this process issued that
        token; it is taken away (the checkpoint leaves a new one)."""
        with self._lock:
            view, _ = self._views.pop(arn, (None, False))
        if view is None or view.execution is None or view.execution.token != token:
            return None
        return view

    def ending(self, arn: str, invocation_id: str) -> CheckpointView | None:
        """The view the end of invocation `invocation_id` goes on from, if this process
        checkpointed it last; it is taken away.

        A durable invocation's claim view is not used: its checkpoints may have gone to
        another process (handlers checkpointing over the HTTP API), and a view that does not
        hold costs a failed try. A plain invocation never checkpoints."""
        with self._lock:
            view, by_checkpoint = self._views.pop(arn, (None, False))
        if view is None or view.execution is None or view.execution.invocation_id != invocation_id:
            return None
        return view if by_checkpoint or view.execution.kind == "plain" else None

    def keep(self, view: CheckpointView | None, by_checkpoint: bool = True) -> None:
        if view is None or view.execution is None:
            return
        arn = view.execution.arn
        open_ops = {op_id: op for op_id, op in view.operations.items() if op.status in _OPEN}
        with self._lock:
            self._views[arn] = (CheckpointView(view.execution, open_ops, []), by_checkpoint)
            self._views.move_to_end(arn)
            while len(self._views) > self._capacity:
                self._views.popitem(last=False)
