"""The one error the Action agent raises when a downstream system did not take an effect."""

from __future__ import annotations


class DeliveryFailed(Exception):
    """An effect did not happen. `retryable` says whether trying again later can help."""

    def __init__(self, message: str, *, retryable: bool = True, effect: str = "") -> None:
        super().__init__(message)
        self.retryable = retryable
        self.effect = effect

    @classmethod
    def combine(cls, failures: list[DeliveryFailed]) -> DeliveryFailed:
        """One error for several failed effects: retryable only if every one of them is."""
        if len(failures) == 1:
            return failures[0]
        message = "; ".join(f"{f.effect}: {f}" if f.effect else str(f) for f in failures)
        retryable = all(f.retryable for f in failures)
        return cls(message, retryable=retryable, effect=",".join(f.effect for f in failures))
