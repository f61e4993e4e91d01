"""Which LLM to call and how patiently, read from DOCPIPE_LLM_* environment variables.

An empty variable means "not set": templates pass empty parameters through as empty strings.
With no provider configured the pipeline uses its embedded offline model.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

PROVIDERS = ("bedrock", "openai", "anthropic")
KEY_FALLBACKS = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}
# OpenAI-compatible local servers (Ollama, vLLM, llama.cpp) ignore the key, but the SDK wants one.
UNUSED_KEY = "unused"


class LLMSettingsError(ValueError):
    """The DOCPIPE_LLM_* variables do not describe a usable LLM."""


@dataclass(frozen=True)
class LLMSettings:
    provider: str
    model: str
    base_url: str | None = None
    api_key: str | None = None
    region: str | None = None
    timeout_seconds: float = 60.0
    max_attempts: int = 3
    prices: tuple[float, float] | None = None
    backoff_seconds: float = 0.5
    max_output_tokens: int = 1024

    def __post_init__(self) -> None:
        if self.provider not in PROVIDERS:
            raise LLMSettingsError(
                f"unknown LLM provider {self.provider!r}: use one of {', '.join(PROVIDERS)}"
            )
        if not self.model:
            raise LLMSettingsError(f"the {self.provider} provider needs a model name")
        if self.timeout_seconds <= 0 or self.max_attempts < 1 or self.backoff_seconds < 0:
            raise LLMSettingsError("timeout must be > 0, attempts >= 1 and backoff >= 0")


def settings_from_env(env: Mapping[str, str] = os.environ) -> LLMSettings | None:
    """The configured LLM, or None when DOCPIPE_LLM_PROVIDER is unset (the offline default)."""
    provider = (env.get("DOCPIPE_LLM_PROVIDER") or "").strip().lower()
    if not provider:
        return None
    if provider not in PROVIDERS:
        raise LLMSettingsError(
            f"DOCPIPE_LLM_PROVIDER={env['DOCPIPE_LLM_PROVIDER']!r} is not a known provider:"
            f" use one of {', '.join(PROVIDERS)}, or leave it unset for the offline model"
        )
    model = (env.get("DOCPIPE_LLM_MODEL") or "").strip()
    if not model:
        raise LLMSettingsError(f"DOCPIPE_LLM_PROVIDER={provider} needs DOCPIPE_LLM_MODEL")
    base_url = env.get("DOCPIPE_LLM_BASE_URL") or None
    return LLMSettings(
        provider=provider,
        model=model,
        base_url=base_url,
        api_key=_api_key(env, provider, base_url),
        region=_region(env, provider),
        timeout_seconds=_number(env, "DOCPIPE_LLM_TIMEOUT", 60.0),
        max_attempts=int(_number(env, "DOCPIPE_LLM_MAX_ATTEMPTS", 3, whole=True)),
        prices=_prices(env),
    )


def _api_key(env: Mapping[str, str], provider: str, base_url: str | None) -> str | None:
    if provider == "bedrock":
        return None  # AWS credentials come from the usual boto3 chain
    fallback = KEY_FALLBACKS[provider]
    key = env.get("DOCPIPE_LLM_API_KEY") or env.get(fallback)
    if key:
        return key
    if provider == "openai" and base_url:
        return UNUSED_KEY
    hint = " (or DOCPIPE_LLM_BASE_URL for a local server)" if provider == "openai" else ""
    raise LLMSettingsError(
        f"DOCPIPE_LLM_PROVIDER={provider} needs an API key: set DOCPIPE_LLM_API_KEY"
        f" or {fallback}{hint}"
    )


def _region(env: Mapping[str, str], provider: str) -> str | None:
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION") or None
    if provider == "bedrock" and region is None:
        raise LLMSettingsError("DOCPIPE_LLM_PROVIDER=bedrock needs AWS_REGION (e.g. us-east-1)")
    return region


def _number(env: Mapping[str, str], name: str, default: float, whole: bool = False) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise LLMSettingsError(f"{name} must be {kind} > 0, not {raw!r}") from None
    if value <= 0:
        raise LLMSettingsError(f"{name} must be > 0, not {raw!r}")
    return value


def _prices(env: Mapping[str, str]) -> tuple[float, float] | None:
    raw = (env.get("DOCPIPE_LLM_PRICES") or "").strip()
    if not raw:
        return None
    parts = [part.strip() for part in raw.split(",")]
    problem = f"DOCPIPE_LLM_PRICES must be 'input_usd_per_mtok,output_usd_per_mtok', not {raw!r}"
    if len(parts) != 2:
        raise LLMSettingsError(problem)
    try:
        price_in, price_out = float(parts[0]), float(parts[1])
    except ValueError:
        raise LLMSettingsError(problem) from None
    if price_in < 0 or price_out < 0:
        raise LLMSettingsError(problem)
    return price_in, price_out
