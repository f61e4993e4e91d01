"""Sandboxes in a fresh interpreter that sees only what its function brings, then Lamina.

Such a sandbox's `sys.path` is the function's code, its dependencies and layers, then a
folder holding exactly Lamina and the SDK with what the SDK requires, then the standard
library: not Lamina's other packages. A function that pins its own version of a library
Lamina also has, even its own SDK, gets its own, as on Lambda (code first, then layers, then
the runtime's libraries).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata as metadata
import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from lamina.cache import cache_dir, cached_folder

# The distributions a sandbox needs beside Lamina, with everything they require.
RUNTIME_DISTRIBUTIONS = ("aws-durable-execution-sdk-python",)
_NAME = re.compile(r"^[A-Za-z0-9._-]+")

# Run by `python -I -S`: no site-packages, no environment; the path comes from Lamina.
_BOOT = """
import json, sys
sys.path[0:0] = json.loads(sys.argv[1])
from multiprocessing.connection import Connection
conn = Connection(int(sys.argv[2]))
from lamina.runtime.sandbox import sandbox_main
args, kwargs = conn.recv()
sandbox_main(conn, *args, **kwargs)
"""


class IsolatedProcess:
    """A sandbox process as the pool sees a multiprocessing one (alive, kill, join)."""

    def __init__(self, search_path: list[str], args: tuple[Any, ...], kwargs: dict[str, Any]):
        ours, theirs = socket.socketpair()
        with theirs:
            self._popen = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _BOOT, json.dumps(search_path),
                 str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
            )
        self.conn = Connection(ours.detach())
        self.conn.send((args, kwargs))

    @property
    def pid(self) -> int:
        return self._popen.pid

    @property
    def exitcode(self) -> int | None:
        return self._popen.poll()

    def is_alive(self) -> bool:
        return self._popen.poll() is None

    def kill(self) -> None:
        if self._popen.poll() is None:
            self._popen.kill()

    def join(self, timeout: float | None = None) -> None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._popen.wait(timeout)


def sandbox_path(code_dir: str, search_path: list[str]) -> list[str]:
    """What an isolated sandbox imports from, first to last."""
    return [code_dir, *search_path, str(runtime_folder())]


@cache
def runtime_folder() -> Path:
    """A folder of links to Lamina and the SDK's distributions, made once per set of them."""
    modules = {"lamina": _module_path("lamina")}
    for distribution in [metadata.distribution("lamina"), *_required(RUNTIME_DISTRIBUTIONS)]:
        if distribution.metadata["Name"] != "lamina":
            for name in _top_level(distribution):
                modules[name] = _module_path(name)
        # Its metadata too: versions read with importlib.metadata, and entry points (the SDK
        # finds its plugins by them).
        info = _metadata_folder(distribution)
        if info is not None:
            modules[info.name] = info
    listing = json.dumps({k: str(v) for k, v in sorted(modules.items())})

    def link(into: Path) -> None:
        for path in modules.values():
            (into / path.name).symlink_to(path)

    key = hashlib.sha256(listing.encode()).hexdigest()[:16]
    return cached_folder(cache_dir() / "runtime" / key, link)


def _required(names: tuple[str, ...]) -> list[metadata.Distribution]:
    """The distributions and, recursively, what they require (extras left out)."""
    found: dict[str, metadata.Distribution] = {}
    pending = list(names)
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in found:
            continue
        try:
            found[key] = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional requirement this environment does not have
        for requirement in found[key].requires or []:
            match = _NAME.match(requirement)
            if match and "extra ==" not in requirement:
                pending.append(match.group(0))
    return list(found.values())


def _top_level(distribution: metadata.Distribution) -> set[str]:
    listed = distribution.read_text("top_level.txt")
    if listed:
        return set(listed.split())
    names = set()
    for file in distribution.files or []:
        first = file.parts[0]
        if first.endswith((".dist-info", ".egg-info", ".pth")) or first in ("..", "__pycache__"):
            continue
        names.add(first.removesuffix(".py"))
    return names


def _metadata_folder(distribution: metadata.Distribution) -> Path | None:
    for file in distribution.files or []:
        if file.parts[0].endswith(".dist-info"):
            return Path(str(file.locate())).parent
    return None


def _module_path(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ImportError(f"{name} is not importable here")
    origin = Path(spec.origin)
    return origin.parent if origin.name == "__init__.py" else origin


def start_isolated(
    code_dir: str, search_path: list[str], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> IsolatedProcess:
    """A fresh sandbox process; `args` and `kwargs` go to `sandbox_main` after the pipe."""
    environment = dict(kwargs.get("host_environment") or os.environ)
    return IsolatedProcess(
        sandbox_path(code_dir, search_path), args, {**kwargs, "host_environment": environment}
    )
