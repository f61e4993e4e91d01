"""The pipeline's settings, read from environment variables (the template sets them).

An empty variable means "not set": templates pass empty parameters through as empty strings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


def _get(env: Mapping[str, str], name: str, default: str = "") -> str:
    return env.get(name) or default


@dataclass(frozen=True)
class PipelineConfig:
    data_dir: Path
    reference_db_url: str
    rules_path: Path
    context_api_url: str | None
    classifier_function: str
    enrichment_function: str
    decision_function: str
    action_function: str
    action_attempts: int
    action_backoff_seconds: int
    review_webhook_url: str | None
    console_url: str | None

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> PipelineConfig:
        data_dir = Path(_get(env, "DOCPIPE_DATA_DIR", str(Path.home() / ".document-pipeline")))
        return cls(
            data_dir=data_dir,
            reference_db_url=_get(
                env, "DOCPIPE_REFERENCE_DB", f"sqlite:///{data_dir / 'reference.db'}"
            ),
            rules_path=Path(_get(env, "DOCPIPE_RULES", str(default_rules_path()))),
            context_api_url=_get(env, "DOCPIPE_CONTEXT_API_URL") or None,
            classifier_function=_get(env, "DOCPIPE_CLASSIFIER_FUNCTION", "document-classifier"),
            enrichment_function=_get(env, "DOCPIPE_ENRICHMENT_FUNCTION", "document-enrichment"),
            decision_function=_get(env, "DOCPIPE_DECISION_FUNCTION", "document-decision"),
            action_function=_get(env, "DOCPIPE_ACTION_FUNCTION", "document-action"),
            action_attempts=_positive(env, "DOCPIPE_ACTION_ATTEMPTS", 6),
            action_backoff_seconds=_positive(env, "DOCPIPE_ACTION_BACKOFF_SECONDS", 2),
            review_webhook_url=_get(env, "DOCPIPE_REVIEW_WEBHOOK_URL") or None,
            console_url=_get(env, "DOCPIPE_CONSOLE_URL") or None,
        )


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = _get(env, name, str(default))
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
    if value < 1:
        raise ValueError(f"{name} must be at least 1, not {value}")
    return value


def default_rules_path() -> Path:
    return Path(str(resources.files("document_pipeline") / "data" / "rules.yaml"))
