"""Anthropic's Messages API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import anthropic

from document_pipeline.llm.exchange import Completion, ProviderFailure, Turn, status_failure
from document_pipeline.llm.settings import LLMSettings


class AnthropicMessages:
    name = "anthropic"

    def __init__(self, settings: LLMSettings) -> None:
        self.model = settings.model
        self.max_tokens = settings.max_output_tokens
        # The SDK must not retry on its own: every attempt is counted and paid for here.
        self.sdk = anthropic.Anthropic(
            api_key=settings.api_key, base_url=settings.base_url,
            timeout=settings.timeout_seconds, max_retries=0,
        )

    def complete(self, system: str, turns: Sequence[Turn]) -> Completion:
        messages: list[Any] = [{"role": turn.role, "content": turn.text} for turn in turns]
        try:
            response = self.sdk.messages.create(
                model=self.model, system=system, messages=messages,
                max_tokens=self.max_tokens,
            )
        except anthropic.APITimeoutError:
            raise ProviderFailure("timed out", retryable=True) from None
        except anthropic.APIConnectionError as error:
            raise ProviderFailure(f"connection failed: {error}", retryable=True) from None
        except anthropic.APIStatusError as error:
            raise status_failure(error.status_code, error.message) from None
        text = "".join(block.text for block in response.content if block.type == "text")
        return Completion(
            text=text,
            input_tokens=response.usage.input_tokens,
            output_tokens=response.usage.output_tokens,
            cut_off=response.stop_reason == "max_tokens",
        )
