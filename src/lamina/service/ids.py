"""Identifiers the service mints: execution ARNs, checkpoint tokens, callback ids."""

from __future__ import annotations

import re
import secrets
import uuid
from dataclasses import dataclass

from lamina.errors import InvalidParameterValue

NAME_PATTERN = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
FUNCTION_NAME_PATTERN = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_FUNCTION_ARN = re.compile(
    r"^arn:(?P<partition>[\w-]+):lambda:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):"
    r"function:(?P<name>[a-zA-Z0-9_-]{1,64})(?::(?P<qualifier>\$LATEST|[a-zA-Z0-9_-]+))?$"
)
_PARTIAL_ARN = re.compile(
    r"^(?P<account>\d{12}):function:(?P<name>[a-zA-Z0-9_-]{1,64})"
    r"(?::(?P<qualifier>\$LATEST|[a-zA-Z0-9_-]+))?$"
)
_NAME_WITH_QUALIFIER = re.compile(
    r"^(?P<name>[a-zA-Z0-9_-]{1,64})(?::(?P<qualifier>\$LATEST|[a-zA-Z0-9_-]+))?$"
)


@dataclass(frozen=True)
class Region:
    partition: str
    region: str
    account: str

    def function_arn(self, name: str, qualifier: str | None = None) -> str:
        base = f"arn:{self.partition}:lambda:{self.region}:{self.account}:function:{name}"
        return f"{base}:{qualifier}" if qualifier else base

    def execution_arn(self, function: str, version: str, name: str, execution_id: str) -> str:
        return f"{self.function_arn(function, version)}/durable-execution/{name}/{execution_id}"


@dataclass(frozen=True)
class FunctionRef:
    name: str
    qualifier: str | None
    account: str | None = None
    region: str | None = None


def parse_function_ref(text: str) -> FunctionRef:
    """A function named as Lambda accepts it: name, name:qualifier, partial or full ARN."""
    for pattern in (_FUNCTION_ARN, _PARTIAL_ARN, _NAME_WITH_QUALIFIER):
        match = pattern.match(text)
        if match:
            groups = match.groupdict()
            return FunctionRef(
                name=groups["name"],
                qualifier=groups.get("qualifier"),
                account=groups.get("account"),
                region=groups.get("region"),
            )
    raise InvalidParameterValue(f"Invalid function ARN '{text}'")


def execution_id_of(arn: str) -> str:
    return arn.rsplit("/", 1)[-1]


def new_execution_id() -> str:
    return str(uuid.uuid4())


def new_execution_name() -> str:
    return uuid.uuid4().hex


def new_token() -> str:
    # Checkpoint tokens use the base64 alphabet the model allows; hex is a safe subset.
    return secrets.token_hex(24)


def new_callback_id() -> str:
    # 160 bits from the CSPRNG, alphanumeric only: safe in URL paths, reveals nothing.
    return secrets.token_hex(20)


def new_request_id() -> str:
    return str(uuid.uuid4())


def check_execution_name(name: str) -> str:
    if not NAME_PATTERN.match(name):
        raise InvalidParameterValue(
            f"Invalid durable execution name {name!r}: 1 to 64 characters of [a-zA-Z0-9_-]"
        )
    return name
