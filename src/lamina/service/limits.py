"""Size and value limits of the Lambda durable-execution API (PROTOCOL.md 4.4)."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    sync_invoke_payload: int = 6 * MIB
    async_invoke_payload: int = 1 * MIB
    operation_payload: int = 1 * MIB
    execution_result: int = 6 * MIB
    error_object: int = 1 * MIB
    callback_result: int = 1 * MIB
    chained_invoke_payload: int = 1 * MIB
    max_wait_seconds: int = 31_622_400
    max_callback_timeout: int = 99_999_999
    max_updates_per_checkpoint: int = 250
    state_page_items: int = 100
    state_page_max_items: int = 1000
    invocation_page_bytes: int = 5 * MIB
    invocation_retries: int = 5
    invocation_retry_backoff_ms: int = 2000
    empty_pending_retries: int = 3
    # A transaction open this long belongs to a process cut off mid-write (they last ms).
    stalled_transaction_s: float = 5.0


def payload_size(text: str | None) -> int:
    return 0 if text is None else len(text.encode("utf-8"))


def result_limit(limits: Limits, chained_child: bool) -> int:
    """A chained invoke's target hands its result to its caller: the smaller limit applies."""
    return limits.chained_invoke_payload if chained_child else limits.execution_result
