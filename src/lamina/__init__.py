"""Lamina: a self-hosted Lambda Durable Functions service for the official AWS SDK.

The names below load on first use, so that a sandbox importing `lamina.runtime` does not
load the service, the stores and their libraries.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lamina.app import Lamina, wait_for_terminal
    from lamina.config import Settings
    from lamina.errors import LaminaError
    from lamina.service import DurableService, StartRequest

_WHERE = {
    "DurableService": "lamina.service",
    "Lamina": "lamina.app",
    "LaminaError": "lamina.errors",
    "Settings": "lamina.config",
    "StartRequest": "lamina.service",
    "wait_for_terminal": "lamina.app",
}

__all__ = [
    "DurableService",
    "Lamina",
    "LaminaError",
    "Settings",
    "StartRequest",
    "wait_for_terminal",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'lamina' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
