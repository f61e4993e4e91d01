"""Lamina: a self-hosted Lambda Durable Functions service for the official AWS SDK."""

from lamina.app import Lamina, wait_for_terminal
from lamina.config import Settings
from lamina.errors import LaminaError
from lamina.service import DurableService, StartRequest

__all__ = [
    "DurableService",
    "Lamina",
    "LaminaError",
    "Settings",
    "StartRequest",
    "wait_for_terminal",
]
