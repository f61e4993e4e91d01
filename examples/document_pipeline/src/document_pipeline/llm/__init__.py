"""The LLM layer: Bedrock Converse, OpenAI-compatible and Anthropic providers, by configuration.

    settings = settings_from_env()          # None: no LLM configured, use the offline model
    client = make_client(settings)
    reply = client.complete_json(system, user, SomeModel)
    reply.value, reply.usage.to_dict()
"""

from __future__ import annotations

from document_pipeline.llm.client import LLMClient
from document_pipeline.llm.providers import make_provider
from document_pipeline.llm.reply import LLMError, LLMReply, Usage
from document_pipeline.llm.settings import LLMSettings, LLMSettingsError, settings_from_env

__all__ = [
    "LLMClient", "LLMError", "LLMReply", "LLMSettings", "LLMSettingsError", "Usage",
    "make_client", "settings_from_env",
]


def make_client(settings: LLMSettings) -> LLMClient:
    """A client for the configured provider, retrying and pacing as the settings say."""
    return LLMClient(
        make_provider(settings), max_attempts=settings.max_attempts,
        backoff_seconds=settings.backoff_seconds, prices=settings.prices,
    )
