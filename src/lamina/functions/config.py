"""A function's configuration: one typed value from the template to the sandbox.

Every default is defined here once (Lambda's own where Lambda has one); the store keeps the
value as JSON (`to_dict`/`from_dict`) and every other part reads its attributes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

LATEST = "$LATEST"
DEFAULT_TIMEOUT_S = 3
DEFAULT_MEMORY_MB = 128
DEFAULT_RUNTIME = "python3.11"
DEFAULT_EXECUTION_TIMEOUT_S = 86_400
DEFAULT_RETENTION_DAYS = 30


@dataclass(frozen=True)
class FunctionConfig:
    name: str
    handler: str  # module.function, under code_dir
    # Where the handler's module is: a template's CodeUri folder (the working tree).
    code_dir: str = ""
    timeout: int = DEFAULT_TIMEOUT_S
    memory_size: int = DEFAULT_MEMORY_MB
    environment: dict[str, str] = field(default_factory=dict)
    description: str = ""
    runtime: str = DEFAULT_RUNTIME
    # Durable functions have a DurableConfig; plain ones can be the target of an invoke.
    durable: bool = False
    execution_timeout: int = DEFAULT_EXECUTION_TIMEOUT_S
    retention_days: int = DEFAULT_RETENTION_DAYS
    # At most this many invocations at once across all workers (None: no limit).
    reserved_concurrency: int | None = None
    # Handlers served by someone else behind this URL (Metadata.Lamina.Endpoint).
    endpoint: str | None = None
    logical_id: str = ""
    template: str = ""
    version: str = LATEST

    def evolve(self, **changes: Any) -> FunctionConfig:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> FunctionConfig:
        """From stored JSON; keys this version does not know (a newer Lamina's) are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in known and v is not None})
