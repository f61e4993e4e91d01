"""Optional, version-guarded fixes for two idle waits of the SDK (`Settings.sdk_prompt`).

1. At the end of every invocation the SDK's checkpoint thread waits on its queue for up to
   `_STOP_SIGNAL_POLL_SECONDS` (0.1 s) before it notices that checkpointing stopped. Waking
   it with the SDK's own wake-up item when checkpointing stops ends the invocation at once;
   the thread still exits through its normal path.
2. Before sending a checkpoint a caller blocks on, the SDK waits up to
   `_BLOCKED_CALLER_WAIT_SECONDS` (1 ms) for sibling operations to join the batch. Over a
   pipe to a local service a checkpoint costs less than that wait, so Lamina sends at once;
   batches still form from whatever is already queued.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("lamina.runtime")
_GUARDED_VERSIONS = frozenset({"3.0.0"})


def apply() -> bool:
    """Install both fixes; returns whether they are active (only on SDK versions checked)."""
    from aws_durable_execution_sdk_python import __about__, state

    if __about__.__version__ not in _GUARDED_VERSIONS:
        log.info("SDK %s not checked: leaving its shutdown as it is", __about__.__version__)
        return False
    execution_state: Any = state.ExecutionState
    if getattr(execution_state, "_lamina_prompt_shutdown", False):
        return True
    original = execution_state.stop_checkpointing
    wake = state._Signal.REFRESH_WAKE

    def stop_checkpointing(self: Any) -> None:
        original(self)
        self._checkpoint_queue.put(wake)

    execution_state.stop_checkpointing = stop_checkpointing
    execution_state._lamina_prompt_shutdown = True
    state._BLOCKED_CALLER_WAIT_SECONDS = 0.0
    return True
