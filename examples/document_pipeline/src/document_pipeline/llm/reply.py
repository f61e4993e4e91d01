"""What a call to an LLM gives back: the validated answer, its usage, or an LLMError."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from document_pipeline.llm.pricing import cost_usd

Answer = TypeVar("Answer", bound=BaseModel)


@dataclass(frozen=True)
class Usage:
    """Tokens and cost of one question, summed over every attempt it took."""

    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    attempts: int = 0
    cost_usd: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def plus(
        self, input_tokens: int, output_tokens: int, prices: tuple[float, float] | None = None
    ) -> Usage:
        """This usage with one more attempt and its tokens counted."""
        total_in, total_out = self.input_tokens + input_tokens, self.output_tokens + output_tokens
        return Usage(
            provider=self.provider, model=self.model, input_tokens=total_in,
            output_tokens=total_out, attempts=self.attempts + 1,
            cost_usd=cost_usd(self.model, total_in, total_out, prices),
        )


@dataclass(frozen=True)
class LLMReply(Generic[Answer]):
    value: Answer
    usage: Usage


class LLMError(Exception):
    """The LLM gave no valid answer: names the provider, model, attempts and last problem."""

    def __init__(self, provider: str, model: str, attempts: int, problem: str,
                 usage: Usage | None = None) -> None:
        self.provider = provider
        self.model = model
        self.attempts = attempts
        self.problem = problem
        self.usage = usage
        plural = "attempt" if attempts == 1 else "attempts"
        super().__init__(
            f"{provider} model {model!r} gave no valid answer after {attempts} {plural}:"
            f" {problem}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.provider, self.model, self.attempts, self.problem, self.usage))
