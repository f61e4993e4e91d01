"""Functions' code, versions and aliases over HTTP, as Lambda's API manages them.

CreateFunction and UpdateFunctionCode take a zip (`ZipFile`, base64 in the JSON body);
PublishVersion freezes $LATEST; aliases name versions; DeleteFunction removes a function or
one version.
"""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response

from lamina.api.request import ApiRequest
from lamina.api.wire import count_marker, encode_marker, json_response, parse_int, parse_json_body
from lamina.errors import InvalidParameterValue
from lamina.functions.config import (
    DEFAULT_EXECUTION_TIMEOUT_S,
    DEFAULT_MEMORY_MB,
    DEFAULT_RETENTION_DAYS,
    DEFAULT_RUNTIME,
    DEFAULT_TIMEOUT_S,
    LATEST,
    FunctionAlias,
    FunctionConfig,
)
from lamina.service import DurableService
from lamina.service.ids import FUNCTION_NAME_PATTERN, parse_function_ref

# Lambda answers at most 50 versions a page, whatever MaxItems asks.
VERSIONS_PAGE = 50


def configuration(
    service: DurableService, function: FunctionConfig, qualifier: str | None = None
) -> dict[str, Any]:
    """FunctionConfiguration as Lambda shows it; `qualifier` as the caller named it."""
    config: dict[str, Any] = {
        "FunctionName": function.name,
        "FunctionArn": service.region.function_arn(function.name, qualifier),
        "Runtime": function.runtime,
        "Role": function.role,
        "Handler": function.handler,
        "Timeout": function.timeout,
        "MemorySize": function.memory_size,
        "Description": function.description,
        "Version": function.version,
        "Environment": {"Variables": function.environment},
        "RevisionId": function.revision_id,
        "LastModified": _timestamp(function.last_modified_ms),
        "PackageType": "Zip",
        "Architectures": ["x86_64"],
        "State": "Active",
        "LastUpdateStatus": "Successful",
        "CodeSize": function.code_size,
    }
    if function.code_sha256 is not None:
        config["CodeSha256"] = function.code_sha256
    if function.durable:
        config["DurableConfig"] = {
            "ExecutionTimeout": function.execution_timeout,
            "RetentionPeriodInDays": function.retention_days,
        }
    return config


def _timestamp(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+0000"


def alias_configuration(service: DurableService, alias: FunctionAlias) -> dict[str, Any]:
    found: dict[str, Any] = {
        "AliasArn": service.region.function_arn(alias.function_name, alias.name),
        "Name": alias.name,
        "FunctionVersion": alias.version,
        "Description": alias.description,
        "RevisionId": alias.revision_id,
    }
    if alias.routing:
        found["RoutingConfig"] = {"AdditionalVersionWeights": dict(alias.routing)}
    return found


# functions and their code


def create_function(service: DurableService, request: ApiRequest) -> Response:
    body = parse_json_body(request.body, required=True)
    name = _required(body, "FunctionName", str)
    if not FUNCTION_NAME_PATTERN.match(name):
        raise InvalidParameterValue(f"FunctionName {name!r} is not a valid function name.")
    code = _required(body, "Code", dict)
    config = FunctionConfig(
        name=name,
        handler=_required(body, "Handler", str),
        role=_required(body, "Role", str),
        runtime=_optional(body, "Runtime", str, DEFAULT_RUNTIME),
        timeout=_optional(body, "Timeout", int, DEFAULT_TIMEOUT_S),
        memory_size=_optional(body, "MemorySize", int, DEFAULT_MEMORY_MB),
        description=_optional(body, "Description", str, ""),
        environment=_environment(body),
        **_durable(body),
    )
    _check_limits(config)
    created = service.functions.create(config, _zip_file(code), _flag(body, "Publish"))
    return json_response(configuration(service, created), 201)


def update_function_code(service: DurableService, request: ApiRequest, function: str) -> Response:
    body = parse_json_body(request.body, required=True)
    updated = service.functions.update_code(
        _unqualified(function),
        _zip_file(body),
        _optional(body, "RevisionId", str, None),
        _flag(body, "Publish"),
    )
    qualifier = None if updated.version == LATEST else updated.version
    return json_response(configuration(service, updated, qualifier))


def delete_function(service: DurableService, request: ApiRequest, function: str) -> Response:
    ref = parse_function_ref(function)
    service.functions.delete(ref.name, qualifier_of(request, ref.qualifier))
    return Response(status_code=204)


def get_function_configuration(
    service: DurableService, request: ApiRequest, function: str
) -> Response:
    ref = parse_function_ref(function)
    qualifier = qualifier_of(request, ref.qualifier)
    return json_response(
        configuration(service, service.functions.get(ref.name, qualifier), qualifier)
    )


# versions


def publish_version(service: DurableService, request: ApiRequest, function: str) -> Response:
    body = parse_json_body(request.body)
    version = service.functions.publish(
        _unqualified(function),
        code_sha256=_optional(body, "CodeSha256", str, None),
        revision_id=_optional(body, "RevisionId", str, None),
        description=_optional(body, "Description", str, None),
    )
    return json_response(configuration(service, version, version.version), 201)


def list_versions(service: DurableService, request: ApiRequest, function: str) -> Response:
    name = _unqualified(function)
    size = min(VERSIONS_PAGE, parse_int(request.query.get("MaxItems"), "MaxItems", 1, 10_000, 50))
    start = count_marker(request.query["Marker"]) if request.query.get("Marker") else 0
    found = service.functions.versions(name)
    page = found[start : start + size]
    body: dict[str, Any] = {"Versions": [configuration(service, v, v.version) for v in page]}
    if start + size < len(found):
        body["NextMarker"] = encode_marker(start + size)
    return json_response(body)


# aliases


def create_alias(service: DurableService, request: ApiRequest, function: str) -> Response:
    body = parse_json_body(request.body, required=True)
    alias = FunctionAlias(
        function_name=_unqualified(function),
        name=_required(body, "Name", str),
        version=_required(body, "FunctionVersion", str),
        description=_optional(body, "Description", str, ""),
        routing=_routing(body) or {},
    )
    created = service.functions.create_alias(alias)
    return json_response(alias_configuration(service, created), 201)


def get_alias(service: DurableService, request: ApiRequest, function: str, alias: str) -> Response:
    found = service.functions.get_alias(_unqualified(function), alias)
    return json_response(alias_configuration(service, found))


def update_alias(
    service: DurableService, request: ApiRequest, function: str, alias: str
) -> Response:
    body = parse_json_body(request.body)
    version = _optional(body, "FunctionVersion", str, None)
    description = _optional(body, "Description", str, None)
    routing = _routing(body)

    def change(current: FunctionAlias) -> FunctionAlias:
        return FunctionAlias(
            current.function_name,
            current.name,
            current.version if version is None else version,
            current.description if description is None else description,
            current.routing if routing is None else routing,
            current.revision_id,
        )

    updated = service.functions.update_alias(
        _unqualified(function), alias, change, _optional(body, "RevisionId", str, None)
    )
    return json_response(alias_configuration(service, updated))


def delete_alias(
    service: DurableService, request: ApiRequest, function: str, alias: str
) -> Response:
    service.functions.delete_alias(_unqualified(function), alias)
    return Response(status_code=204)


def list_aliases(service: DurableService, request: ApiRequest, function: str) -> Response:
    found = service.functions.aliases(
        _unqualified(function), request.query.get("FunctionVersion") or None
    )
    return json_response({"Aliases": [alias_configuration(service, a) for a in found]})


# request parts


def _required(body: dict[str, Any], key: str, kind: type) -> Any:
    if key not in body:
        raise InvalidParameterValue(f"{key} is required.")
    return _optional(body, key, kind, None)


def _optional(body: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = body.get(key)
    if value is None:
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise InvalidParameterValue(f"{key} must be a {kind.__name__}, not {value!r}.")
    return value


def _flag(body: dict[str, Any], key: str) -> bool:
    return bool(_optional(body, key, bool, False))


def _zip_file(code: dict[str, Any]) -> bytes:
    if "ZipFile" not in code:
        raise InvalidParameterValue(
            "Lamina takes the deployment package as ZipFile (S3 locations and images are "
            "not reachable from here)."
        )
    try:
        return base64.b64decode(_required(code, "ZipFile", str), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidParameterValue("ZipFile must be the package's bytes in base64.") from None


def _environment(body: dict[str, Any]) -> dict[str, str]:
    variables = (_optional(body, "Environment", dict, {})).get("Variables") or {}
    if not isinstance(variables, dict):
        raise InvalidParameterValue("Environment.Variables must be a map.")
    return {str(k): str(v) for k, v in variables.items()}


def _durable(body: dict[str, Any]) -> dict[str, Any]:
    durable = _optional(body, "DurableConfig", dict, None)
    if durable is None:
        return {}
    return {
        "durable": True,
        "execution_timeout": _optional(
            durable, "ExecutionTimeout", int, DEFAULT_EXECUTION_TIMEOUT_S
        ),
        "retention_days": _optional(durable, "RetentionPeriodInDays", int, DEFAULT_RETENTION_DAYS),
    }


def _check_limits(config: FunctionConfig) -> None:
    if not 1 <= config.timeout <= 900:
        raise InvalidParameterValue("Timeout must be 1 to 900 seconds.")
    if not 128 <= config.memory_size <= 10_240:
        raise InvalidParameterValue("MemorySize must be 128 to 10240 MB.")
    if not 1 <= config.execution_timeout <= 31_622_400:
        raise InvalidParameterValue("DurableConfig.ExecutionTimeout must be 1 to 31622400.")
    if not 1 <= config.retention_days <= 90:
        raise InvalidParameterValue("DurableConfig.RetentionPeriodInDays must be 1 to 90.")


def _routing(body: dict[str, Any]) -> dict[str, float] | None:
    routing = _optional(body, "RoutingConfig", dict, None)
    if routing is None:
        return None
    weights = routing.get("AdditionalVersionWeights") or {}
    if not isinstance(weights, dict) or not all(
        isinstance(w, int | float) and not isinstance(w, bool) for w in weights.values()
    ):
        raise InvalidParameterValue("AdditionalVersionWeights must map versions to weights.")
    return {str(version): float(weight) for version, weight in weights.items()}


def _unqualified(function: str) -> str:
    ref = parse_function_ref(function)
    if ref.qualifier is not None:
        raise InvalidParameterValue(
            f"{function!r}: this operation takes the function's unqualified name or ARN."
        )
    return ref.name


def qualifier_of(request: ApiRequest, from_name: str | None) -> str | None:
    given = request.query.get("Qualifier") or None
    if from_name and given and from_name != given:
        raise InvalidParameterValue(
            "The derived qualifier from the function name does not match the specified "
            "qualifier."
        )
    return from_name or given
