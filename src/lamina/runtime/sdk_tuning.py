"""An optional, version-guarded fix for the SDK's idle wait at the end of every invocation.

The SDK's checkpoint thread waits on its queue for up to `_STOP_SIGNAL_POLL_SECONDS`
(0.1 s) before it notices that the invocation has ended, so every invocation costs 100 ms
of nothing. Waking the thread with the SDK's own wake-up item when checkpointing stops
ends the invocation at once; the thread still exits through its normal path.
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger("lamina.runtime")
_GUARDED_VERSIONS = frozenset({"3.0.0"})
ENV_SWITCH = "LAMINA_SDK_PROMPT_SHUTDOWN"


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "1") not in ("0", "false", "no")


def apply_prompt_shutdown() -> bool:
    """Install the wake-up; returns whether it is active (only on SDK versions checked)."""
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
    return True
