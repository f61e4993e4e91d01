"""The web console: executions, their timelines, the review inbox, functions and metrics."""

from lamina.console.app import ConsoleConfig, create_console
from lamina.console.metrics import create_metrics_app

__all__ = ["ConsoleConfig", "create_console", "create_metrics_app"]
