"""`lamina deploy`: build each function of a template, make it $LATEST, publish and alias it.

As `sam build` and `sam deploy` with AutoPublishAlias: a function's code is packaged with its
requirements and stored with its layers; a new version is published only when the code or
its settings changed, and the alias moves to it. Executions already running keep the
version they started on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from lamina.functions.build import LayerSource, function_package, layer_package
from lamina.functions.esbuild import bundle
from lamina.functions.npm import install_packages
from lamina.functions.packages import Package
from lamina.functions.sam import FunctionSpec, load_templates
from lamina.service import DurableService


@dataclass(frozen=True)
class Deployed:
    function: str
    code_sha256: str | None  # None: served behind an endpoint, no package
    changed: bool
    version: str | None = None  # published (or already published) for the alias
    alias: str | None = None


def deploy_templates(
    service: DurableService, paths: Sequence[Path], parameters: Mapping[str, str]
) -> list[Deployed]:
    templates = load_templates(paths, service.region, parameters)
    # Functions of one template often share their code folder and layers: each built once.
    packages = cache(function_package)
    layers = cache(layer_package)
    return [
        deploy_function(service, spec, packages, layers)
        for t in templates
        for spec in t.functions
    ]


def deploy_function(
    service: DurableService,
    spec: FunctionSpec,
    build_function: Callable[[Path], Package],
    build_layer: Callable[[LayerSource], Package],
) -> Deployed:
    config = spec.config
    if config.endpoint is not None:
        service.functions.register(config)
        return Deployed(config.name, None, changed=True)
    code_dir = Path(config.code_dir)
    if spec.esbuild is not None:
        code_dir = bundle(spec.esbuild, code_dir)  # what it imports is in the bundle
    elif config.on_node:
        install_packages(code_dir)  # node_modules go into the package
    package = build_function(code_dir)
    layers = [build_layer(layer) for layer in spec.layers]
    latest, changed = service.functions.deploy(config, package, layers)
    if spec.alias is None:
        return Deployed(config.name, latest.code_sha256, changed)
    version = service.functions.publish(config.name).version
    service.functions.set_alias(config.name, spec.alias, version)
    return Deployed(config.name, latest.code_sha256, changed, version, spec.alias)
