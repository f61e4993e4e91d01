"""A function's configuration: one typed value from the template to the sandbox.

Every default is defined here once (Lambda's own where Lambda has one); the store keeps the
value as JSON (`to_dict`/`from_dict`) and every other part reads its attributes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

LATEST = "$LATEST"
VERSION_NUMBER = re.compile(r"^[0-9]+$")  # a published version's qualifier
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
    role: str = ""  # the execution role's ARN: kept and shown, never assumed
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
    version: str = LATEST  # $LATEST, or the number of a published version
    # The deployment package the code comes from (base64 of its SHA-256, as Lambda reports
    # it); None: the code is the folder code_dir itself (a template's working tree).
    code_sha256: str | None = None
    code_size: int = 0
    # Layer packages (sha256), in the template's order: later ones win, as in /opt.
    layers: list[str] = field(default_factory=list)
    # For code run from a template's folder: its tree_digest when registered (a change shows
    # the development loop that executions in flight will replay on other code).
    source_digest: str | None = None
    # Folders imported from after code_dir (dependencies, layers), on this machine: set when
    # a template's function is built here, or when a worker unpacks a package's layers.
    search_path: list[str] = field(default_factory=list)
    # Changes with every change of this configuration or its code (Lambda's RevisionId).
    revision_id: str = ""
    last_modified_ms: int = 0

    @property
    def packaged(self) -> bool:
        """Whether the code comes from a stored package (a worker unpacks it to run it)."""
        return self.code_sha256 is not None

    @property
    def on_node(self) -> bool:
        """Whether it runs on Node.js (Lamina's Node runtime) rather than Python."""
        return self.runtime.startswith("nodejs")

    @property
    def isolated(self) -> bool:
        """Whether its sandboxes see only its own code and libraries, then Lamina's runtime:
        deployed code, and code that brings dependencies or layers of its own."""
        return self.packaged or bool(self.search_path)

    def evolve(self, **changes: Any) -> FunctionConfig:
        return replace(self, **changes)

    def same_settings(self, other: FunctionConfig) -> bool:
        """Equal but for when and as which revision it was stored."""
        return replace(other, revision_id=self.revision_id, last_modified_ms=0) == replace(
            self, last_modified_ms=0
        )

    def sandbox_key(self) -> tuple[Any, ...]:
        """What a warm sandbox depends on: a sandbox serves every configuration with the
        same key, whatever revision of the function it comes from."""
        return tuple(getattr(self, name) for name in _SANDBOX_FIELDS)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> FunctionConfig:
        """From stored JSON; keys this version does not know (a newer Lamina's) are ignored."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in known and v is not None})


_SANDBOX_FIELDS = (
    "name",
    "handler",
    "code_dir",
    "code_sha256",
    "source_digest",
    "search_path",
    "runtime",
    "version",
    "timeout",
    "memory_size",
    "environment",
)


@dataclass(frozen=True)
class FunctionAlias:
    """A name for a version; with `routing`, a second version takes a share of invocations."""

    function_name: str
    name: str
    version: str
    description: str = ""
    routing: dict[str, float] = field(default_factory=dict)  # version -> weight (0..1)
    revision_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, value: dict[str, Any]) -> FunctionAlias:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in value.items() if k in known})
