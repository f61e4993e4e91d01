"""Each worker's own copy of the code packages it runs, fetched from the database once.

Folders are named by the package's SHA-256: what is in one never changes (lamina/cache.py
makes each once, whole).
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from pathlib import Path

from lamina.cache import cached_folder
from lamina.errors import ServiceError
from lamina.functions.build import layer_paths
from lamina.functions.config import FunctionConfig
from lamina.functions.packages import Package, unpack

Fetch = Callable[[str], bytes | None]


class CodeCache:
    def __init__(self, root: Path, fetch: Fetch) -> None:
        self.root = root
        self._fetch = fetch
        self._lock = threading.Lock()

    def place(self, function: FunctionConfig) -> FunctionConfig:
        """The configuration with its package and layers unpacked here, and where."""
        if function.code_sha256 is None:
            return function
        paths = [
            path
            for layer in reversed(function.layers)  # the last layer wins, as in /opt
            for path in layer_paths(self.folder(layer))
        ]
        return function.evolve(code_dir=str(self.folder(function.code_sha256)), search_path=paths)

    def folder(self, sha256: str) -> Path:
        target = self.root / _folder_name(sha256)
        if target.is_dir():
            return target
        with self._lock:  # one fetch per package, however many invocations want it
            if not target.is_dir():
                self._unpack(sha256, target)
        return target

    def _unpack(self, sha256: str, target: Path) -> None:
        content = self._fetch(sha256)
        if content is None:
            raise ServiceError(f"The code package {sha256} is not in the database")
        if Package.of(content).sha256 != sha256:
            raise ServiceError(f"The code package {sha256} read back with other bytes")
        cached_folder(target, lambda into: unpack(content, into))


def _folder_name(sha256: str) -> str:
    """The hex of the digest: a folder name on every file system."""
    return base64.b64decode(sha256).hex()
