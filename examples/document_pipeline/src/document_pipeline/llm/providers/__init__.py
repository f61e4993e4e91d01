"""One module per provider wire protocol; make_provider picks one from the settings."""

from __future__ import annotations

from document_pipeline.llm.exchange import Provider
from document_pipeline.llm.settings import LLMSettings


def make_provider(settings: LLMSettings) -> Provider:
    """The provider the settings name; imports only that provider's SDK."""
    if settings.provider == "openai":
        from document_pipeline.llm.providers.openai_chat import OpenAIChat

        return OpenAIChat(settings)
    if settings.provider == "anthropic":
        from document_pipeline.llm.providers.anthropic_messages import AnthropicMessages

        return AnthropicMessages(settings)
    from document_pipeline.llm.providers.bedrock_converse import BedrockConverse

    return BedrockConverse(settings)
