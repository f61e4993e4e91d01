"""Amazon Bedrock's Converse API, through boto3's bedrock-runtime client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from document_pipeline.llm.exchange import Completion, ProviderFailure, Turn, status_failure
from document_pipeline.llm.settings import LLMSettings


class BedrockConverse:
    name = "bedrock"

    def __init__(self, settings: LLMSettings) -> None:
        import boto3
        from botocore.config import Config

        self.model = settings.model
        self.max_tokens = settings.max_output_tokens
        config = Config(
            connect_timeout=min(settings.timeout_seconds, 10.0),
            read_timeout=settings.timeout_seconds,
            # One request per attempt: the client counts and paces the retries itself.
            retries={"total_max_attempts": 1, "mode": "standard"},
        )
        self.sdk: Any = boto3.client(
            "bedrock-runtime", region_name=settings.region,
            endpoint_url=settings.base_url, config=config,
        )

    def complete(self, system: str, turns: Sequence[Turn]) -> Completion:
        from botocore.exceptions import (
            BotoCoreError,
            ClientError,
            ConnectionError,
            ConnectTimeoutError,
            HTTPClientError,
            ReadTimeoutError,
        )

        messages = [{"role": turn.role, "content": [{"text": turn.text}]} for turn in turns]
        try:
            response = self.sdk.converse(
                modelId=self.model, system=[{"text": system}], messages=messages,
                inferenceConfig={"maxTokens": self.max_tokens, "temperature": 0},
            )
        except (ReadTimeoutError, ConnectTimeoutError):
            raise ProviderFailure("timed out", retryable=True) from None
        except (ConnectionError, HTTPClientError) as error:
            raise ProviderFailure(f"connection failed: {error}", retryable=True) from None
        except ClientError as error:
            raise _client_failure(error) from None
        except BotoCoreError as error:  # no credentials, bad parameters: another try won't help
            raise ProviderFailure(str(error), retryable=False) from None
        return _completion(response)


def _client_failure(error: Any) -> ProviderFailure:
    status = int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 500)
    details = error.response.get("Error", {})
    return status_failure(status, f"{details.get('Code')}: {details.get('Message')}")


def _completion(response: dict[str, Any]) -> Completion:
    content = response.get("output", {}).get("message", {}).get("content", [])
    usage = response.get("usage", {})
    return Completion(
        text="".join(block.get("text", "") for block in content),
        input_tokens=int(usage.get("inputTokens", 0)),
        output_tokens=int(usage.get("outputTokens", 0)),
        cut_off=response.get("stopReason") == "max_tokens",
    )
