"""The small contract between the client's retry loop and each provider's wire protocol."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

# Status codes worth another attempt: timeouts, conflicts, throttling, server trouble.
RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass(frozen=True)
class Turn:
    role: Literal["user", "assistant"]
    text: str


@dataclass(frozen=True)
class Completion:
    text: str
    input_tokens: int
    output_tokens: int
    cut_off: bool = False  # the model stopped at the output token limit


class ProviderFailure(Exception):
    """A call that brought no answer; retryable for timeouts, throttling and outages."""

    def __init__(self, problem: str, retryable: bool) -> None:
        super().__init__(problem)
        self.problem = problem
        self.retryable = retryable


class Provider(Protocol):
    name: str
    model: str

    def complete(self, system: str, turns: Sequence[Turn]) -> Completion:
        """One call; raises ProviderFailure when no answer came back."""
        ...


def status_failure(status: int, detail: str) -> ProviderFailure:
    retryable = status in RETRYABLE_STATUS or status >= 500
    return ProviderFailure(f"HTTP {status}: {detail}", retryable=retryable)
