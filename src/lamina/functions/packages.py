"""Deployment packages: a function's code as a zip file, named by its SHA-256.

A package is built from a folder the same way every time (sorted entries, fixed times), so
unchanged code has an unchanged CodeSha256 and publishing it again makes no new version.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import stat
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lamina.errors import InvalidParameterValue, RequestTooLarge

# Lambda's limits for a package uploaded directly, and for its unpacked content.
MAX_ZIPPED_BYTES = 52_428_800
MAX_UNZIPPED_BYTES = 262_144_000
# Installed from a manifest (package.json, its lock file) that the sources hold: a change of
# the sources shows in the manifest.
INSTALLED = frozenset({"node_modules"})
# What a build leaves that a package never needs.
_SKIPPED = frozenset({"__pycache__", ".git", ".lamina", ".aws-sam", ".venv", ".mypy_cache"})
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Package:
    content: bytes
    sha256: str  # base64 of the SHA-256 digest, as Lambda's CodeSha256

    @classmethod
    def of(cls, content: bytes) -> Package:
        digest = hashlib.sha256(content).digest()
        return cls(content, base64.b64encode(digest).decode())

    @property
    def size(self) -> int:
        return len(self.content)


def package_folder(folder: Path) -> Package:
    """The folder's files as a zip, byte for byte the same for the same files."""
    return package_folders([folder])


def package_folders(folders: list[Path]) -> Package:
    """The files of several folders in one zip; where two have the same path, the first
    folder's file is the one kept (a function's code before its dependencies)."""
    files: dict[str, Path] = {}
    for folder in folders:
        for path in _files(folder):
            files.setdefault(path.relative_to(folder).as_posix(), path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            entry = zipfile.ZipInfo(name, _FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            executable = files[name].stat().st_mode & stat.S_IXUSR
            entry.external_attr = (0o100755 if executable else 0o100644) << 16
            archive.writestr(entry, files[name].read_bytes())
    return Package.of(buffer.getvalue())


def tree_digest(folder: Path, skipped: frozenset[str] = frozenset()) -> str:
    """What changes when a file of the folder (as a package would hold it, less the folders
    `skipped`) is added, removed or written: names, sizes and modification times, not
    contents, so it costs a walk."""
    digest = hashlib.sha256()
    for path in _files(folder, skipped):
        found = path.stat()
        digest.update(f"{path.relative_to(folder)}\0{found.st_size}\0{found.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _files(folder: Path, skipped: frozenset[str] = frozenset()) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d not in _SKIPPED and d not in skipped)
        for name in sorted(files):
            if not name.endswith(".pyc"):
                yield Path(root) / name


def check_upload(content: bytes) -> None:
    """Refuse a zip larger than Lambda takes in a request (a deploy's packages are not sent
    in one, as `sam deploy` sends them through S3)."""
    if len(content) > MAX_ZIPPED_BYTES:
        raise RequestTooLarge(f"Zipped size must be smaller than {MAX_ZIPPED_BYTES} bytes")


def check_package(
    content: bytes, handler: str, layers: Sequence[bytes] = (), node: bool = False
) -> None:
    """Refuse what Lambda refuses (not a zip, too large unzipped, with its layers) and a
    package without the handler's module, which could never run."""
    entries = _entries(content)
    size = sum(entry.file_size for entry in entries)
    if size > MAX_UNZIPPED_BYTES:
        raise InvalidParameterValue(
            f"Unzipped size must be smaller than {MAX_UNZIPPED_BYTES} bytes"
        )
    size += sum(entry.file_size for layer in layers for entry in _entries(layer))
    if size > MAX_UNZIPPED_BYTES:
        raise InvalidParameterValue(
            "Function code combined with layers exceeds the maximum allowed size of "
            f"{MAX_UNZIPPED_BYTES} bytes. The actual size is {size} bytes."
        )
    names = {entry.filename for entry in entries}
    for name in names:
        _safe_path(name)
    expected = handler_files(handler, node)
    if not set(expected) & names:
        raise InvalidParameterValue(
            f"The deployment package has no module for Handler {handler!r}: "
            f"expected {' or '.join(expected)} at its root"
        )


def handler_files(handler: str, node: bool) -> list[str]:
    """The files a handler's module may be: `pkg.mod.fn` is pkg/mod.py (or its package) in
    Python; `dir/file.fn` is dir/file.js, .mjs or .cjs in Node.js."""
    if node:
        folder, _, name = handler.rpartition("/")
        module = (f"{folder}/" if folder else "") + name.partition(".")[0]
        return [f"{module}.js", f"{module}.mjs", f"{module}.cjs"]
    module = handler.rpartition(".")[0].replace(".", "/")
    return [f"{module}.py", f"{module}/__init__.py"]


def _entries(content: bytes) -> list[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise InvalidParameterValue(
            "Could not unzip uploaded file. Please check your file, then try to upload again."
        ) from None


def unpack(content: bytes, destination: Path) -> None:
    """Extract a checked package into an empty folder, keeping executable bits."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        for entry in archive.infolist():
            target = destination.joinpath(*_safe_path(entry.filename).parts)
            if entry.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(entry))
            if (entry.external_attr >> 16) & stat.S_IXUSR:
                target.chmod(0o755)


def _safe_path(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or "\\" in name:
        raise InvalidParameterValue(f"The deployment package has an unsafe path: {name!r}")
    return path
