"""`Metadata: {BuildMethod: esbuild}`: SAM's way to ship TypeScript, done as `sam build` does.

The entry points are bundled, with what they import from the function's node_modules, into a
folder of Lamina's cache named by the sources and the build properties; that folder is the
code the function runs (and what `lamina deploy` packages). esbuild itself comes from the npm
registry, pinned, installed into the cache once.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamina.cache import cache_dir, cached_folder
from lamina.errors import InvalidParameterValue, TemplateError
from lamina.functions.npm import install_packages, run_npm
from lamina.functions.packages import INSTALLED, tree_digest

ESBUILD = "0.28.2"


@dataclass(frozen=True)
class EsbuildSpec:
    """SAM's BuildProperties for esbuild, as far as Lamina acts on them."""

    entry_points: tuple[str, ...]
    format: str = "cjs"
    target: str = "es2022"
    minify: bool = False
    sourcemap: bool = False
    external: tuple[str, ...] = ()
    out_extension: tuple[str, ...] = ()  # ".js=.mjs"
    banner: tuple[str, ...] = ()  # "js=import ..."

    @classmethod
    def from_metadata(cls, where: str, properties: Any) -> EsbuildSpec:
        props = properties or {}
        if not isinstance(props, dict):
            raise TemplateError(f"{where}: Metadata.BuildProperties must be a mapping")
        entries = props.get("EntryPoints")
        if not isinstance(entries, list) or not entries:
            raise TemplateError(f"{where}: esbuild needs Metadata.BuildProperties.EntryPoints")
        return cls(
            entry_points=tuple(str(e) for e in entries),
            format=str(props.get("Format", "cjs")),
            target=str(props.get("Target", "es2022")),
            minify=bool(props.get("Minify", False)),
            sourcemap=bool(props.get("Sourcemap", False)),
            external=tuple(str(e) for e in props.get("External") or ()),
            out_extension=tuple(str(e) for e in props.get("OutExtension") or ()),
            banner=tuple(str(e) for e in _listed(props.get("Banner"))),
        )

    def arguments(self) -> list[str]:
        args = ["--bundle", "--platform=node", f"--format={self.format}",
                f"--target={self.target}"]
        args += ["--minify"] if self.minify else []
        args += ["--sourcemap"] if self.sourcemap else []
        args += [f"--external:{name}" for name in self.external]
        args += [f"--out-extension:{pair}" for pair in self.out_extension]
        args += [f"--banner:{text}" for text in self.banner]
        return args


def _listed(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


def bundle(spec: EsbuildSpec, code_dir: Path) -> Path:
    """The bundled code of the function whose sources are in `code_dir`."""
    install_packages(code_dir)
    for entry in spec.entry_points:
        if not (code_dir / entry).is_file():
            raise InvalidParameterValue(f"esbuild entry point {code_dir / entry} does not exist")
    sources = tree_digest(code_dir, INSTALLED)
    inputs = json.dumps([ESBUILD, sources, spec.arguments(), spec.entry_points])
    key = hashlib.sha256(inputs.encode()).hexdigest()[:20]

    def build(into: Path) -> None:
        command = [esbuild_binary(), *spec.entry_points, *spec.arguments(), f"--outdir={into}",
                   "--log-level=error"]
        done = subprocess.run(command, cwd=code_dir, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            said = (done.stderr or done.stdout).strip()
            raise InvalidParameterValue(f"esbuild of {code_dir} failed: {said[-2000:]}")
        if spec.format == "esm" and not spec.out_extension:
            # .js bundles in ES module format load as modules only beside this, as on Lambda
            (into / "package.json").write_text('{"type": "module"}\n')

    return cached_folder(cache_dir() / "esbuild" / key, build)


def esbuild_binary() -> str:
    npm = shutil.which("npm")
    if npm is None:
        raise InvalidParameterValue("BuildMethod esbuild needs npm to install esbuild")

    def install(into: Path) -> None:
        run_npm([npm, "install", "--prefix", str(into), "--no-save", "--no-audit", "--no-fund",
                 f"esbuild@{ESBUILD}"], into, f"installing esbuild@{ESBUILD} from npm")

    folder = cached_folder(cache_dir() / "tools" / f"esbuild-{ESBUILD}", install)
    return str(folder / "node_modules" / ".bin" / "esbuild")
