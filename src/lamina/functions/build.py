"""Building what a function runs, as `sam build` does: its code with its dependencies beside
it, and each layer's content under `python/`.

Dependencies come from a `requirements.txt` in the code (or layer) folder, else from the
`project.dependencies` of its `pyproject.toml`, installed by pip for this interpreter into a
folder of Lamina's cache named by what they say, so unchanged dependencies are installed once,
however often a template is deployed or run.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from lamina.cache import cache_dir, cached_folder
from lamina.errors import InvalidParameterValue
from lamina.functions.packages import Package, package_folder, package_folders

REQUIREMENTS = "requirements.txt"
PYTHON_TAG = f"python{sys.version_info.major}.{sys.version_info.minor}"


@dataclass(frozen=True)
class LayerSource:
    """An `AWS::Serverless::LayerVersion` of a template: its folder and how to build it."""

    logical_id: str
    name: str
    content_dir: Path
    build: bool  # Metadata.BuildMethod python3.x: install its requirements.txt under python/


@dataclass(frozen=True)
class Requirements:
    """What a folder asks pip for: the file that says it, and pip's arguments."""

    source: Path
    arguments: list[str]
    text: str  # what names the installation: the same text, the same folder


def dependencies(folder: Path) -> Path | None:
    """The folder of what `folder` asks for (its `requirements.txt`, else the dependencies of
    its `pyproject.toml`), installed once; None when it asks for nothing."""
    asked = requirements(folder)
    if asked is None:
        return None
    key = hashlib.sha256(f"{PYTHON_TAG}\0{asked.text}".encode()).hexdigest()[:20]
    return cached_folder(cache_dir() / "dependencies" / key, lambda into: _pip_install(asked, into))


def requirements(folder: Path) -> Requirements | None:
    listed = folder / REQUIREMENTS
    if listed.is_file():
        return Requirements(listed, ["--requirement", str(listed)], listed.read_text())
    project = folder / "pyproject.toml"
    if not project.is_file():
        return None
    try:
        needs = tomllib.loads(project.read_text()).get("project", {}).get("dependencies", [])
    except tomllib.TOMLDecodeError as error:
        raise InvalidParameterValue(f"{project} is not valid TOML: {error}") from None
    if not isinstance(needs, list) or not all(isinstance(need, str) for need in needs):
        raise InvalidParameterValue(f"{project}: project.dependencies must be a list of strings")
    return Requirements(project, list(needs), "\n".join(needs)) if needs else None


def _pip_install(asked: Requirements, target: Path) -> None:
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-compile", "--target", str(target), *asked.arguments,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        errors = [line.removeprefix("ERROR: ") for line in said if line.startswith("ERROR:")]
        reason = errors[0] if errors else said[-1] if said else f"pip exited {done.returncode}"
        raise InvalidParameterValue(f"Installing {asked.source} failed: {reason}")


def search_path(code_dir: Path, layers: list[Path]) -> list[str]:
    """What a function built here imports from after its code: its dependencies, then its
    layers as Lambda puts them on the path (the last layer first, as it wins in /opt)."""
    found = dependencies(code_dir)
    paths = [str(found)] if found is not None else []
    for layer in reversed(layers):
        paths += layer_paths(layer)
    return paths


def layer_paths(layer_root: Path) -> list[str]:
    return [str(layer_root / "python" / "lib" / PYTHON_TAG / "site-packages"),
            str(layer_root / "python")]


def layer_folder(layer: LayerSource) -> Path:
    """The layer's content as /opt would hold it: its folder as it is or, when built, its
    files and its requirements installed together under python/."""
    if not layer.build:
        return layer.content_dir
    installed = dependencies(layer.content_dir)
    sources = package_folder(layer.content_dir).sha256.encode()
    key = hashlib.sha256(sources + (installed.name.encode() if installed else b"")).hexdigest()

    def build(into: Path) -> None:
        shutil.copytree(layer.content_dir, into / "python", ignore=_NOT_SHIPPED)
        if installed is not None:
            shutil.copytree(installed, into / "python", dirs_exist_ok=True)

    return cached_folder(cache_dir() / "layers" / key[:20], build)


_NOT_SHIPPED = shutil.ignore_patterns(REQUIREMENTS, "__pycache__", "*.pyc")


def function_package(code_dir: Path) -> Package:
    """The deployment package: the code, with its dependencies at the package's root."""
    installed = dependencies(code_dir)
    return package_folders([code_dir] if installed is None else [code_dir, installed])


def layer_package(layer: LayerSource) -> Package:
    """The layer as a zip; a built layer's is made once, as its folder never changes (a
    layer of libraries can take seconds to compress)."""
    folder = layer_folder(layer)
    if not layer.build:
        return package_folders([folder])

    def compress(into: Path) -> None:
        (into / "layer.zip").write_bytes(package_folders([folder]).content)

    zipped = cached_folder(cache_dir() / "layer-packages" / folder.name, compress)
    return Package.of((zipped / "layer.zip").read_bytes())
