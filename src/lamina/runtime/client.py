"""The SDK's service client, backed by a `ServiceChannel` instead of boto3 (PROTOCOL.md 2.6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aws_durable_execution_sdk_python.exceptions import (
    CheckpointError,
    DurableApiErrorCategory,
    GetExecutionStateError,
)
from aws_durable_execution_sdk_python.lambda_service import (
    CheckpointOutput,
    CheckpointUpdatedExecutionState,
    Operation,
    OperationUpdate,
    StateOutput,
)

from lamina.errors import LaminaError
from lamina.runtime.base import ServiceChannel


class ChannelServiceClient:
    """Implements the SDK's `DurableServiceClient` protocol; thread-safe if the channel is."""

    def __init__(self, channel: ServiceChannel) -> None:
        self._channel = channel

    def checkpoint(
        self,
        durable_execution_arn: str,
        checkpoint_token: str,
        updates: list[OperationUpdate],
        client_token: str | None,
    ) -> CheckpointOutput:
        wire = [dict(u.to_dict()) for u in updates]
        response = _call(
            CheckpointError,
            lambda: self._channel.checkpoint(
                durable_execution_arn, checkpoint_token, wire, client_token
            ),
        )
        state = response.get("NewExecutionState") or {}
        return CheckpointOutput(
            checkpoint_token=response.get("CheckpointToken"),
            new_execution_state=CheckpointUpdatedExecutionState(
                operations=[Operation.from_json_dict(o) for o in state.get("Operations", [])],
                next_marker=state.get("NextMarker"),
            ),
        )

    def get_execution_state(
        self,
        durable_execution_arn: str,
        checkpoint_token: str,
        next_marker: str,
        max_items: int = 1000,
    ) -> StateOutput:
        response = _call(
            GetExecutionStateError,
            lambda: self._channel.get_state(
                durable_execution_arn, checkpoint_token, next_marker, max_items
            ),
        )
        return StateOutput(
            operations=[Operation.from_json_dict(o) for o in response.get("Operations", [])],
            next_marker=response.get("NextMarker"),
        )


def _call(
    error_class: type[CheckpointError] | type[GetExecutionStateError],
    call: Callable[[], dict[str, Any]],
) -> dict[str, Any]:
    try:
        return call()
    except LaminaError as error:
        # Stale tokens and service faults are retried by re-invoking; the rest fail the execution.
        category = (
            DurableApiErrorCategory.INVOCATION
            if error.retryable
            else DurableApiErrorCategory.EXECUTION
        )
        raise error_class(f"{error.code}: {error.message}", error_category=category) from None
