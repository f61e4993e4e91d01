"""SAM templates as configuration: the functions they declare, resolved as CloudFormation would.

Only `AWS::Serverless::Function` resources become functions; every other resource (roles,
tables, ...) loads without error and its `!Ref` resolves to its logical id.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lamina.errors import TemplateError
from lamina.functions.build import LayerSource
from lamina.functions.config import (
    DEFAULT_EXECUTION_TIMEOUT_S,
    DEFAULT_MEMORY_MB,
    DEFAULT_RETENTION_DAYS,
    DEFAULT_RUNTIME,
    DEFAULT_TIMEOUT_S,
    FunctionConfig,
)
from lamina.functions.esbuild import EsbuildSpec
from lamina.service.ids import FUNCTION_NAME_PATTERN, Region
from lamina.service.versions import ALIAS_NAME

FUNCTION_TYPE = "AWS::Serverless::Function"
LAYER_TYPE = "AWS::Serverless::LayerVersion"
# Function properties Lamina acts on; any other is named in a warning when a template loads.
HONOURED = frozenset(
    {
        "AutoPublishAlias",
        "CodeUri",
        "Description",
        "DurableConfig",
        "Environment",
        "FunctionName",
        "Handler",
        "Layers",
        "MemorySize",
        "ReservedConcurrentExecutions",
        "Role",
        "Runtime",
        "Timeout",
    }
)
# Lambda acts on these variables before a handler runs; Lamina does not.
UNHONOURED_VARIABLES = ("AWS_LAMBDA_EXEC_WRAPPER",)
RUNNING_PYTHON = f"python{sys.version_info.major}.{sys.version_info.minor}"
log = logging.getLogger("lamina.functions")
_SUB_VARIABLE = re.compile(r"\$\{([^}!][^}]*)\}")
_TAGS = (
    "Ref",
    "GetAtt",
    "Sub",
    "Join",
    "If",
    "Select",
    "Split",
    "FindInMap",
    "ImportValue",
    "Equals",
    "And",
    "Or",
    "Not",
    "Base64",
    "GetAZs",
    "Condition",
    "Cidr",
    "Transform",
)


class _TemplateLoader(yaml.SafeLoader):
    """YAML with CloudFormation's short tags, turned into their long `Fn::` forms."""


def _tag_constructor(tag: str) -> Any:
    key = "Ref" if tag == "Ref" else ("Condition" if tag == "Condition" else f"Fn::{tag}")

    def construct(loader: yaml.SafeLoader, node: yaml.Node) -> dict[str, Any]:
        value: Any
        if isinstance(node, yaml.ScalarNode):
            value = loader.construct_scalar(node)
            if tag == "GetAtt" and isinstance(value, str):
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = loader.construct_sequence(node, deep=True)
        else:
            value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
        return {key: value}

    return construct


for _tag in _TAGS:
    _TemplateLoader.add_constructor(f"!{_tag}", _tag_constructor(_tag))


@dataclass(frozen=True)
class FunctionSpec:
    logical_id: str
    config: FunctionConfig
    requirement_ids: tuple[str, ...] = ()
    not_implemented: dict[str, str] = field(default_factory=dict)
    layers: tuple[LayerSource, ...] = ()
    # SAM's AutoPublishAlias: a deploy publishes a version when it changed and moves this alias.
    alias: str | None = None
    # Metadata.BuildMethod esbuild: the code that runs is the bundle of the CodeUri's sources.
    esbuild: EsbuildSpec | None = None


@dataclass(frozen=True)
class Template:
    path: Path
    functions: tuple[FunctionSpec, ...]
    declared: frozenset[str] = frozenset()  # the names of its Parameters
    warnings: tuple[str, ...] = ()


def load_templates(
    paths: Sequence[Path], region: Region, parameters: Mapping[str, str]
) -> list[Template]:
    """Several templates, each taking the parameter overrides it declares; an override that
    none declares is an error, as a misspelt one is."""
    templates = [load_template(path, region, parameters, only_declared=True) for path in paths]
    unknown = sorted(set(parameters) - {n for t in templates for n in t.declared})
    if unknown:
        raise TemplateError(f"No template declares the parameter {', '.join(map(repr, unknown))}")
    return templates


def load_template(
    path: Path,
    region: Region,
    parameters: Mapping[str, str] | None = None,
    only_declared: bool = False,
) -> Template:
    """The template's functions; `parameters` override its Parameters' defaults (those it
    does not declare are an error, unless `only_declared`: then they are left to others)."""
    try:
        document = yaml.load(path.read_text(), Loader=_TemplateLoader)  # noqa: S506 - safe loader
    except (OSError, yaml.YAMLError) as error:
        raise TemplateError(f"Cannot read template {path}: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("Resources"), dict):
        raise TemplateError(f"Template {path} has no Resources section")
    resources: dict[str, Any] = document["Resources"]
    globals_ = ((document.get("Globals") or {}).get("Function")) or {}
    declared = document.get("Parameters") or {}
    overrides = dict(parameters or {})
    if only_declared and isinstance(declared, dict):
        overrides = {k: v for k, v in overrides.items() if k in declared}
    values = _parameter_values(declared, overrides, path)
    resolver = _Resolver(region, {}, resources, values)
    # Function names may use parameters and pseudo parameters, not other resources.
    resolver.names = _physical_names(resources, path, resolver)
    layers = _layers(path, resources, resolver)
    specs = [
        _function_spec(path, logical_id, resource, globals_, resolver, layers)
        for logical_id, resource in resources.items()
        if isinstance(resource, dict) and resource.get("Type") == FUNCTION_TYPE
    ]
    warnings = _unhonoured(path, resources, globals_, specs)
    for warning in warnings:
        log.warning(warning)
    return Template(path, tuple(specs), frozenset(declared), tuple(warnings))


def _layers(path: Path, resources: dict[str, Any], resolver: _Resolver) -> dict[str, LayerSource]:
    """The template's own layers, by logical id."""
    found = {}
    for logical_id, resource in resources.items():
        if not isinstance(resource, dict) or resource.get("Type") != LAYER_TYPE:
            continue
        props = resolver.resolve(resource.get("Properties") or {})
        content = props.get("ContentUri")
        if not isinstance(content, str) or not (path.parent / content).is_dir():
            raise TemplateError(f"{path}: layer {logical_id}: ContentUri must be a local folder")
        method = str((resource.get("Metadata") or {}).get("BuildMethod") or "")
        found[logical_id] = LayerSource(
            logical_id,
            str(props.get("LayerName") or logical_id),
            (path.parent / content).resolve(),
            build=method.startswith("python"),
        )
    return found


def _unhonoured(
    path: Path, resources: dict[str, Any], globals_: dict[str, Any], specs: list[FunctionSpec]
) -> list[str]:
    """One warning per template naming what it asks for that Lamina does not do."""
    ignored: dict[str, list[str]] = {}
    for logical_id, resource in resources.items():
        if isinstance(resource, dict) and resource.get("Type") == FUNCTION_TYPE:
            for name in sorted(set(resource.get("Properties") or {}) - HONOURED):
                ignored.setdefault(name, []).append(logical_id)
    for name in sorted(set(globals_) - HONOURED):
        ignored.setdefault(name, []).append("Globals")
    for spec in specs:
        for variable in UNHONOURED_VARIABLES:
            if variable in spec.config.environment:
                ignored.setdefault(f"Environment {variable}", []).append(spec.logical_id)
    warnings = []
    if ignored:
        listed = "; ".join(f"{name} ({', '.join(where)})" for name, where in ignored.items())
        warnings.append(f"{path}: Lamina does not act on {listed}")
    runtimes = sorted({s.config.runtime for s in specs if s.config.runtime != RUNNING_PYTHON})
    python = [r for r in runtimes if r.startswith("python")]
    if python:
        warnings.append(
            f"{path}: Runtime {', '.join(python)} runs on this machine's {RUNNING_PYTHON}"
        )
    others = [s for s in specs if not s.config.runtime.startswith(("python", "nodejs"))]
    if others:
        listed = ", ".join(f"{s.config.runtime} ({s.logical_id})" for s in others)
        warnings.append(
            f"{path}: Lamina runs Python and Node.js functions, not Runtime {listed}: "
            "their invocations will fail"
        )
    return warnings


def _physical_names(
    resources: dict[str, Any], path: Path, resolver: _Resolver
) -> dict[str, str]:
    names: dict[str, str] = {}
    for logical_id, resource in resources.items():
        if not isinstance(resource, dict) or "Type" not in resource:
            raise TemplateError(f"{path}: resource {logical_id!r} has no Type")
        props = resource.get("Properties") or {}
        name = props.get("FunctionName") if resource["Type"] == FUNCTION_TYPE else None
        if isinstance(name, dict):
            name = resolver.resolve(name)
        names[logical_id] = name if isinstance(name, str) else logical_id
    return names


def _parameter_values(
    declared: Any, overrides: Mapping[str, str], path: Path
) -> dict[str, str]:
    """Each parameter's value: its override, else its Default, as `sam deploy` resolves them."""
    if not isinstance(declared, dict):
        raise TemplateError(f"{path}: Parameters must be a map")
    unknown = sorted(set(overrides) - set(declared))
    if unknown:
        raise TemplateError(f"{path}: no parameter named {', '.join(map(repr, unknown))}")
    values: dict[str, str] = {}
    for name, spec in declared.items():
        if name in overrides:
            values[name] = str(overrides[name])
        elif isinstance(spec, dict) and "Default" in spec:
            values[name] = str(spec["Default"])
        else:
            raise TemplateError(f"{path}: parameter {name!r} has no Default and no value given")
    return values


class _Resolver:
    def __init__(
        self,
        region: Region,
        names: dict[str, str],
        resources: dict[str, Any],
        parameters: dict[str, str],
    ) -> None:
        self.region = region
        self.names = names
        self.resources = resources
        self.parameters = parameters

    def pseudo(self, name: str) -> str | None:
        return {
            "AWS::Region": self.region.region,
            "AWS::AccountId": self.region.account,
            "AWS::Partition": self.region.partition,
            "AWS::StackName": "lamina",
            "AWS::URLSuffix": "amazonaws.com",
        }.get(name)

    def ref(self, name: str) -> str:
        pseudo = self.pseudo(name)
        if pseudo is not None:
            return pseudo
        if name in self.parameters:
            return self.parameters[name]
        if name not in self.names:
            raise TemplateError(f"!Ref to unknown resource {name!r}")
        return self.names[name]

    def get_att(self, logical_id: str, attribute: str) -> str:
        if logical_id not in self.names:
            raise TemplateError(f"!GetAtt of unknown resource {logical_id!r}")
        resource = self.resources[logical_id]
        if resource.get("Type") == FUNCTION_TYPE and attribute == "Arn":
            return self.region.function_arn(self.names[logical_id])
        return f"{self.names[logical_id]}.{attribute}"

    def resolve(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            ((key, arg),) = value.items()
            if key == "Ref":
                return self.ref(str(arg))
            if key == "Fn::GetAtt":
                parts = arg.split(".", 1) if isinstance(arg, str) else arg
                return self.get_att(str(parts[0]), str(parts[1]))
            if key == "Fn::Sub":
                return self.sub(arg)
            if key == "Fn::Join":
                return str(arg[0]).join(str(self.resolve(v)) for v in arg[1])
        return {k: self.resolve(v) for k, v in value.items()}

    def sub(self, arg: Any) -> str:
        text, local = (arg[0], arg[1]) if isinstance(arg, list) else (arg, {})

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name in local:
                return str(self.resolve(local[name]))
            if "." in name:
                logical_id, attribute = name.split(".", 1)
                return self.get_att(logical_id, attribute)
            return self.ref(name)

        return _SUB_VARIABLE.sub(replace, str(text))


def _function_spec(
    path: Path,
    logical_id: str,
    resource: dict[str, Any],
    globals_: dict[str, Any],
    resolver: _Resolver,
    layers: dict[str, LayerSource],
) -> FunctionSpec:
    props = {**globals_, **(resource.get("Properties") or {})}
    if "Environment" in globals_ and "Environment" in (resource.get("Properties") or {}):
        variables = {
            **(globals_["Environment"].get("Variables") or {}),
            **(resource["Properties"]["Environment"].get("Variables") or {}),
        }
        props["Environment"] = {"Variables": variables}
    props = resolver.resolve(props)
    name = resolver.names[logical_id]
    if not FUNCTION_NAME_PATTERN.match(name):
        raise TemplateError(f"{path}: function name {name!r} is not a valid Lambda name")
    handler = props.get("Handler")
    if not isinstance(handler, str) or "." not in handler:
        raise TemplateError(f"{path}: function {logical_id} needs Handler: module.function")
    code_uri = props.get("CodeUri", ".")
    if not isinstance(code_uri, str):
        raise TemplateError(f"{path}: function {logical_id}: only local CodeUri folders run here")
    code_dir = (path.parent / code_uri).resolve()
    if not code_dir.is_dir():
        raise TemplateError(f"{path}: function {logical_id}: CodeUri {code_uri!r} is not a folder")
    config = _config(name, logical_id, handler, code_dir, props, path)
    endpoint = ((resource.get("Metadata") or {}).get("Lamina") or {}).get("Endpoint")
    if endpoint is not None:
        if not isinstance(endpoint, str) or not endpoint.startswith(("http://", "https://")):
            raise TemplateError(f"{path}: {logical_id}: Metadata.Lamina.Endpoint must be a URL")
        config = config.evolve(endpoint=endpoint)
    metadata = resource.get("TestingMetadata") or {}
    ids = tuple(str(i) for i in metadata.get("TestDescription") or ())
    missing = {str(k): str(v) for k, v in (metadata.get("NotImplemented") or {}).items()}
    used = _function_layers(path, logical_id, props.get("Layers"), layers)
    alias = props.get("AutoPublishAlias")
    if alias is not None and not (isinstance(alias, str) and ALIAS_NAME.match(alias)):
        raise TemplateError(f"{path}: {logical_id}: AutoPublishAlias {alias!r} is not an alias")
    build = resource.get("Metadata") or {}
    esbuild = None
    if build.get("BuildMethod") == "esbuild":
        esbuild = EsbuildSpec.from_metadata(f"{path}: {logical_id}", build.get("BuildProperties"))
    return FunctionSpec(logical_id, config, ids, missing, used, alias, esbuild)


def _function_layers(
    path: Path, logical_id: str, listed: Any, layers: dict[str, LayerSource]
) -> tuple[LayerSource, ...]:
    """The function's layers that the template defines; others (ARNs) are not reachable."""
    if listed is None:
        return ()
    if not isinstance(listed, list):
        raise TemplateError(f"{path}: {logical_id}: Layers must be a list")
    found = []
    for entry in listed:
        if str(entry) in layers:
            found.append(layers[str(entry)])
        else:
            log.warning("%s: %s: layer %s is not defined in the template: left out",
                        path, logical_id, entry)
    return tuple(found)


def _config(
    name: str, logical_id: str, handler: str, code_dir: Path, props: dict[str, Any], path: Path
) -> FunctionConfig:
    durable = props.get("DurableConfig")
    variables = (props.get("Environment") or {}).get("Variables") or {}
    if not isinstance(variables, dict):
        raise TemplateError(f"{path}: function {logical_id}: Environment.Variables must be a map")
    timeout = props.get("Timeout", DEFAULT_TIMEOUT_S)
    if not isinstance(timeout, int) or not 1 <= timeout <= 900:
        raise TemplateError(f"{path}: function {logical_id}: Timeout must be 1 to 900 seconds")
    reserved = props.get("ReservedConcurrentExecutions")
    if reserved is not None and (
        isinstance(reserved, bool) or not isinstance(reserved, int) or reserved < 0
    ):
        raise TemplateError(
            f"{path}: function {logical_id}: ReservedConcurrentExecutions must be an integer >= 0"
        )
    durable_config = durable if isinstance(durable, dict) else {}
    execution_timeout = durable_config.get("ExecutionTimeout", DEFAULT_EXECUTION_TIMEOUT_S)
    retention = durable_config.get("RetentionPeriodInDays", DEFAULT_RETENTION_DAYS)
    if not isinstance(execution_timeout, int) or not 1 <= execution_timeout <= 31_622_400:
        raise TemplateError(f"{path}: {logical_id}: DurableConfig.ExecutionTimeout out of range")
    if not isinstance(retention, int) or not 1 <= retention <= 90:
        raise TemplateError(f"{path}: {logical_id}: RetentionPeriodInDays must be 1 to 90")
    return FunctionConfig(
        name=name,
        logical_id=logical_id,
        handler=handler,
        code_dir=str(code_dir),
        timeout=timeout,
        memory_size=int(props.get("MemorySize", DEFAULT_MEMORY_MB)),
        environment={str(k): str(v) for k, v in variables.items()},
        description=str(props.get("Description", "")),
        runtime=str(props.get("Runtime", DEFAULT_RUNTIME)),
        durable=isinstance(durable, dict),
        execution_timeout=execution_timeout,
        retention_days=retention,
        reserved_concurrency=reserved,
        template=str(path.resolve()),
    )
