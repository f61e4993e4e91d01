"""Any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import openai

from document_pipeline.llm.exchange import Completion, ProviderFailure, Turn, status_failure
from document_pipeline.llm.settings import LLMSettings


class OpenAIChat:
    name = "openai"

    def __init__(self, settings: LLMSettings) -> None:
        self.model = settings.model
        # The SDK must not retry on its own: every attempt is counted and paid for here.
        self.sdk = openai.OpenAI(
            api_key=settings.api_key, base_url=settings.base_url,
            timeout=settings.timeout_seconds, max_retries=0,
        )

    def complete(self, system: str, turns: Sequence[Turn]) -> Completion:
        messages: list[Any] = [{"role": "system", "content": system}]
        messages += [{"role": turn.role, "content": turn.text} for turn in turns]
        try:
            response = self.sdk.chat.completions.create(
                model=self.model, messages=messages,
                response_format={"type": "json_object"},
            )
        except openai.APITimeoutError:
            raise ProviderFailure("timed out", retryable=True) from None
        except openai.APIConnectionError as error:
            raise ProviderFailure(f"connection failed: {error}", retryable=True) from None
        except openai.APIStatusError as error:
            raise status_failure(error.status_code, error.message) from None
        if not response.choices:
            raise ProviderFailure("the response has no choices", retryable=True)
        choice = response.choices[0]
        usage = response.usage
        return Completion(
            text=choice.message.content or "",
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            cut_off=choice.finish_reason == "length",
        )
