"""LLMClient: ask for JSON matching a pydantic schema, and insist until it comes.

Malformed or invalid answers are retried at once with the problem appended to the
conversation; timeouts, throttling and server errors after a short exponential backoff.
Every attempt counts toward the limit and its tokens toward the usage.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from document_pipeline.llm.answers import InvalidAnswer, parse_answer, schema_instructions
from document_pipeline.llm.exchange import Provider, ProviderFailure, Turn
from document_pipeline.llm.reply import Answer, LLMError, LLMReply, Usage

MAX_BACKOFF_SECONDS = 8.0


class LLMClient:
    def __init__(
        self, provider: Provider, max_attempts: int = 3, backoff_seconds: float = 0.5,
        prices: tuple[float, float] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if max_attempts < 1:
            raise ValueError(f"max_attempts must be at least 1, not {max_attempts}")
        self.provider = provider
        self.max_attempts = max_attempts
        self.backoff_seconds = backoff_seconds
        self.prices = prices
        self.sleep = sleep

    @property
    def label(self) -> str:
        """How results name their classifier: llm:<provider>:<model>."""
        return f"llm:{self.provider.name}:{self.provider.model}"

    def complete_json(self, system: str, user: str, schema: type[Answer]) -> LLMReply[Answer]:
        """The schema's instance from the model's answer, or LLMError after max_attempts."""
        prompt = f"{system.strip()}\n\n{schema_instructions(schema)}"
        turns = [Turn("user", user)]
        usage = Usage(self.provider.name, self.provider.model)
        problem, failed_call = "no attempt made", False
        for attempt in range(1, self.max_attempts + 1):
            if failed_call:
                self.sleep(self._backoff(attempt - 1))
            try:
                completion = self.provider.complete(prompt, turns)
            except ProviderFailure as failure:
                usage = usage.plus(0, 0, self.prices)
                problem, failed_call = f"call failed: {failure.problem}", True
                if not failure.retryable:
                    break
                continue
            usage = usage.plus(completion.input_tokens, completion.output_tokens, self.prices)
            failed_call = False
            try:
                return LLMReply(parse_answer(completion.text, schema), usage)
            except InvalidAnswer as invalid:
                problem = str(invalid) + _cut_off_note(completion.cut_off)
                turns += [Turn("assistant", completion.text or "(empty)"), _correction(problem)]
        raise LLMError(usage.provider, usage.model, usage.attempts, problem, usage)

    def _backoff(self, failures: int) -> float:
        return float(min(MAX_BACKOFF_SECONDS, self.backoff_seconds * 2 ** (failures - 1)))


def _correction(problem: str) -> Turn:
    return Turn(
        "user",
        f"That answer cannot be used: {problem}. Reply again with only the JSON object"
        " that matches the schema.",
    )


def _cut_off_note(cut_off: bool) -> str:
    return " (the answer was cut off at the output token limit)" if cut_off else ""

