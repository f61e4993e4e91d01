"""Lamina's settings: built once, from flags, then `LAMINA_*` variables, then defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATABASE_URL = f"sqlite:///{Path('.lamina') / 'lamina.db'}"



@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    runtime: str = "process"  # "process" (sandboxes) or "inline" (threads, tests only)
    concurrency: int = 32
    lease_ms: int = 15_000
    region: str = "us-east-1"
    account: str = "123456789012"
    templates: tuple[Path, ...] = field(default_factory=tuple)
    # Values for the templates' Parameters, as `sam deploy --parameter-overrides` gives them.
    parameters: dict[str, str] = field(default_factory=dict)
    # Lamina's version-guarded fixes of the SDK's idle waits (runtime/sdk_tuning.py).
    sdk_prompt: bool = True
    # How handlers in sandboxes reach the service: "pipe" (to their worker) or "http" (the
    # SDK's own boto3 client against Lamina's API, as on AWS).
    data_plane: str = "pipe"
    # Access keys the HTTP API verifies SigV4 signatures with (None: loopback only, unsigned).
    keys_file: Path | None = None
    # Console logins (YAML of names and scrypt hashes); without it, access keys log in.
    users_file: Path | None = None
    # Signs console session cookies; None: a random one per process (sessions end on restart).
    session_secret: str | None = None
    # A callback is a review (the console's inbox) when its name or its parent's starts so.
    review_prefix: str = "review"
    # A virtual clock that jumps to the next timer whenever nothing runs (tests); one Lamina
    # process on SQLite only.
    time_skip: bool = False
    # While a callback waits, time skips only after this many real seconds with nothing running
    # and no callback answered or heartbeat: time for a client answering from outside. Clients
    # in the same process that hold the clock while they act (`VirtualClock.hold()`) need 0.
    time_skip_grace_s: float = 10.0

    @classmethod
    def from_environment(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "database_url": env.get("LAMINA_DATABASE_URL", DEFAULT_DATABASE_URL),
            "runtime": env.get("LAMINA_RUNTIME", "process"),
            "concurrency": int(env.get("LAMINA_CONCURRENCY", "32")),
            "lease_ms": int(env.get("LAMINA_LEASE_MS", "15000")),
            "region": env.get("LAMINA_REGION", "us-east-1"),
            "account": env.get("LAMINA_ACCOUNT", "123456789012"),
            "data_plane": env.get("LAMINA_DATA_PLANE", "pipe"),
            "keys_file": Path(env["LAMINA_KEYS_FILE"]) if env.get("LAMINA_KEYS_FILE") else None,
            "sdk_prompt": env.get("LAMINA_SDK_PROMPT", "1") not in ("0", "false", "no"),
            "users_file": Path(env["LAMINA_USERS_FILE"]) if env.get("LAMINA_USERS_FILE") else None,
            "session_secret": env.get("LAMINA_SESSION_SECRET") or None,
            "review_prefix": env.get("LAMINA_REVIEW_PREFIX", "review"),
            "time_skip": env.get("LAMINA_TIME_SKIP", "0") not in ("0", "false", "no", ""),
            "time_skip_grace_s": float(env.get("LAMINA_TIME_SKIP_GRACE", "10")),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
