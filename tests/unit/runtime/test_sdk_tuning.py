"""The SDK idle-wait fixes apply only to checked SDK versions, and wake the checkpoint thread."""

from __future__ import annotations

import queue
import threading
from types import SimpleNamespace

import pytest
from aws_durable_execution_sdk_python import __about__, state

from lamina.runtime import sdk_tuning


def test_unchecked_sdk_versions_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(__about__, "__version__", "9.9.9")
    assert sdk_tuning.apply() is False


def test_stopping_checkpointing_wakes_the_checkpoint_thread() -> None:
    assert __about__.__version__ == "3.0.0", "re-check the fixes against this SDK version"
    assert sdk_tuning.apply() is True
    assert sdk_tuning.apply() is True  # idempotent
    assert state._BLOCKED_CALLER_WAIT_SECONDS == 0.0
    fake = SimpleNamespace(
        _checkpointing_stopped=threading.Event(),
        _checkpoint_queue=queue.Queue(),
    )
    state.ExecutionState.stop_checkpointing(fake)  # type: ignore[arg-type]
    assert fake._checkpointing_stopped.is_set()
    assert fake._checkpoint_queue.get_nowait() is state._Signal.REFRESH_WAKE
