"""AWS's conformance requirement files, loaded as frozen values, and their variables."""

from __future__ import annotations

import json
import random
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from lamina.errors import LaminaError

CallbackOperation = Literal["success", "failure", "heartbeat"]

PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
WHOLE_REGEX = re.compile(r"^\$\{/(.+)/\}$", re.DOTALL)

_GEN_STR = re.compile(r"^\$\{GEN_STR:(\d+)\}$")
# Lower-case letters and digits, as AWS's runner generates them: safe in callback names.
_GENERATED_ALPHABET = string.ascii_lowercase + string.digits
_ID_PATTERN = re.compile(r"^(\d+)-(\d+)$")
_OPERATIONS: tuple[CallbackOperation, ...] = ("success", "failure", "heartbeat")
_ERROR_FIELDS = ("ErrorType", "ErrorMessage", "ErrorData", "StackTrace")
_KNOWN_KEYS = frozenset(
    {
        "description",
        "handler",
        "invocations",
        "optional",
        "Variables",
        "Input",
        "ExpectedResult",
        "CallbackActions",
        "ExpectedExecutionHistory",
        "ExpectedLogs",
        "AsyncInvoke",
        "async",
        "DefaultRetryParameters",
    }
)


class RequirementError(LaminaError):
    """A requirement file Lamina cannot read as AWS wrote the format."""


@dataclass(frozen=True)
class CallbackAction:
    """An answer the runner sends to a callback the execution started.

    `name` is matched against the `Name` of `CallbackStarted` events: exact, `'*'`
    for any, or `${/re/}` for a regex search. `payload` is the raw YAML value; for a
    failure the error fields are taken from it.
    """

    name: str
    operation: CallbackOperation
    payload: Any
    error_type: str | None
    error_message: str | None
    error_data: str | None
    stack_trace: list[str] | None
    delay_seconds: float

    def resolve(self, variables: Mapping[str, str]) -> CallbackAction:
        """This action with the requirement's variables substituted everywhere."""
        return _callback_action(
            {
                "CallbackName": substitute(self.name, variables),
                "Operation": self.operation,
                "Payload": substitute(self.payload, variables),
                "Delay": self.delay_seconds,
            },
            where="resolved action",
        )

    def matches(self, callback_name: str | None) -> bool:
        """Whether this action answers a callback started under `callback_name`."""
        if self.name == "*":
            return True
        if callback_name is None:
            return False
        regex = WHOLE_REGEX.match(self.name)
        if regex is not None:
            return re.search(regex.group(1), callback_name) is not None
        return self.name == callback_name

    def success_result(self) -> str | None:
        """The JSON text sent as `Result` of a success; None sends no result at all."""
        return None if self.payload is None else json.dumps(self.payload)


@dataclass(frozen=True)
class Requirement:
    """One requirement file: the handler it describes and what its execution must show."""

    id: str
    suite: str
    description: str
    path: Path
    handler_prose: str
    invocations_prose: str
    input: Any
    variables: dict[str, str]
    expected_result: dict[str, Any] | None
    expected_history: list[dict[str, Any]]
    expected_logs: list[dict[str, Any]]
    callback_actions: list[CallbackAction]
    default_retry_parameters: dict[str, Any] | None
    async_invoke: bool
    optional: bool

    @property
    def sort_key(self) -> tuple[int, int]:
        """(suite number, number within the suite), e.g. (1, 11) for 1-11."""
        return _id_numbers(self.id, self.path)


def load_requirements(directory: Path, suites: set[str] | None = None) -> list[Requirement]:
    """Every requirement under `directory/<suite>/*.yaml`, ordered like 1-1, 1-2 ... 10-7."""
    present = sorted(p.name for p in directory.iterdir() if p.is_dir())
    unknown = sorted((suites or set()) - set(present))
    if unknown:
        raise RequirementError(f"unknown suites {unknown}; present: {present}")
    wanted = [name for name in present if suites is None or name in suites]
    loaded = [
        load_requirement(path) for name in wanted for path in (directory / name).glob("*.yaml")
    ]
    return sorted(loaded, key=lambda requirement: requirement.sort_key)


def load_requirement(path: Path) -> Requirement:
    """One requirement file; its folder names the suite and its stem the id."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise RequirementError(f"{path}: not a mapping")
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise RequirementError(f"{path}: unknown keys {unknown}")
    _id_numbers(path.stem, path)
    return Requirement(
        id=path.stem,
        suite=path.parent.name,
        description=_text(data, "description", path),
        path=path,
        handler_prose=_text(data, "handler", path),
        invocations_prose=str(data.get("invocations") or ""),
        input=data.get("Input"),
        variables={str(k): str(v) for k, v in _mapping(data, "Variables", path).items()},
        expected_result=_optional_mapping(data, "ExpectedResult", path),
        expected_history=_list_of_mappings(data, "ExpectedExecutionHistory", path, required=True),
        expected_logs=_list_of_mappings(data, "ExpectedLogs", path, required=False),
        callback_actions=[
            _callback_action(raw, where=f"{path}: CallbackActions[{index}]")
            for index, raw in enumerate(_list_of_mappings(data, "CallbackActions", path, False))
        ],
        default_retry_parameters=_optional_mapping(data, "DefaultRetryParameters", path),
        # Every file that says `async: true` also says `AsyncInvoke: true`; either one counts.
        async_invoke=bool(data.get("AsyncInvoke")) or bool(data.get("async")),
        optional=bool(data.get("optional", False)),
    )


def generate_variables(req: Requirement, rng: random.Random) -> dict[str, str]:
    """Fresh values for the requirement's `Variables`, in file order.

    `${GEN_STR:N}` becomes N random lower-case letters and digits; any other value is
    taken literally after substituting the variables defined before it.
    """
    values: dict[str, str] = {}
    for name, raw in req.variables.items():
        generated = _GEN_STR.match(raw)
        if generated is None:
            values[name] = cast(str, substitute(raw, values))
        else:
            length = int(generated.group(1))
            values[name] = "".join(rng.choice(_GENERATED_ALPHABET) for _ in range(length))
    return values


def substitute(value: Any, variables: Mapping[str, str]) -> Any:
    """`value` with every `${NAME}` of a known variable replaced, recursively.

    Unknown names (history binders like `${ID1}`) and `${/re/}` forms stay as they are.
    Mapping keys are never substituted.
    """
    if isinstance(value, str):
        return PLACEHOLDER.sub(lambda m: variables.get(m.group(1), m.group(0)), value)
    if isinstance(value, dict):
        return {key: substitute(item, variables) for key, item in value.items()}
    if isinstance(value, list):
        return [substitute(item, variables) for item in value]
    return value


def invoke_payload(req: Requirement, variables: Mapping[str, str]) -> str:
    """The JSON text to invoke the function with: `Input` after substitution.

    AWS's runner sends `json.dumps(Input)`, so an absent or empty `Input` sends `null`.
    """
    return json.dumps(substitute(req.input, variables))


def _callback_action(raw: Mapping[str, Any], where: str) -> CallbackAction:
    name = raw.get("CallbackName")
    operation = str(raw.get("Operation", "")).lower()
    if not isinstance(name, str) or not name:
        raise RequirementError(f"{where}: CallbackName must be a non-empty string")
    if operation not in _OPERATIONS:
        raise RequirementError(f"{where}: Operation must be one of {_OPERATIONS}")
    payload = raw.get("Payload")
    if operation == "failure" and payload is not None and not isinstance(payload, dict):
        raise RequirementError(f"{where}: a failure Payload must map {_ERROR_FIELDS}")
    errors = payload if operation == "failure" and isinstance(payload, dict) else {}
    trace = errors.get("StackTrace")
    return CallbackAction(
        name=name,
        operation=operation,
        payload=payload,
        error_type=_optional_text(errors.get("ErrorType")),
        error_message=_optional_text(errors.get("ErrorMessage")),
        error_data=_optional_text(errors.get("ErrorData")),
        stack_trace=None if trace is None else [str(line) for line in trace],
        delay_seconds=float(raw.get("Delay") or 0),
    )


def _id_numbers(requirement_id: str, path: Path) -> tuple[int, int]:
    parsed = _ID_PATTERN.match(requirement_id)
    if parsed is None:
        raise RequirementError(f"{path}: file name is not <suite number>-<number>.yaml")
    return int(parsed.group(1)), int(parsed.group(2))


def _text(data: Mapping[str, Any], key: str, path: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RequirementError(f"{path}: {key} must be non-empty text")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _mapping(data: Mapping[str, Any], key: str, path: Path) -> dict[str, Any]:
    return _optional_mapping(data, key, path) or {}


def _optional_mapping(data: Mapping[str, Any], key: str, path: Path) -> dict[str, Any] | None:
    value = data.get(key)
    if value is not None and not isinstance(value, dict):
        raise RequirementError(f"{path}: {key} must be a mapping")
    return value


def _list_of_mappings(
    data: Mapping[str, Any], key: str, path: Path, required: bool
) -> list[dict[str, Any]]:
    value = data.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise RequirementError(f"{path}: {key} must be a list of mappings")
    if required and not value:
        raise RequirementError(f"{path}: {key} must not be empty")
    return value
