"""Functions, their published versions and aliases, and the code packages they run.

Mixed into each backend's transaction, which runs the named queries of its own dialect.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from lamina.errors import InvalidParameterValue
from lamina.functions.config import LATEST, VERSION_NUMBER, FunctionAlias, FunctionConfig
from lamina.store.records import FunctionRecord


class FunctionQueries:
    def _one(self, query: str, **params: Any) -> Any:
        raise NotImplementedError  # each backend runs its dialect's query

    def _all(self, query: str, **params: Any) -> list[Any]:
        raise NotImplementedError

    def _run(self, query: str, **params: Any) -> None:
        raise NotImplementedError

    # $LATEST

    def put_function(self, function: FunctionRecord) -> None:
        self._run(
            "put_function",
            name=function.name,
            config=json.dumps(function.config.to_dict()),
            reserved=function.reserved_concurrency,
        )

    def get_function(self, name: str) -> FunctionRecord | None:
        row = self._one("get_function", name=name)
        return None if row is None else _function(row)

    def list_functions(self) -> list[FunctionRecord]:
        return [_function(r) for r in self._all("list_functions")]

    def delete_function(self, name: str) -> None:
        """The function, every version and every alias of it (not its executions)."""
        for query in ("delete_aliases_of", "delete_versions_of", "delete_function"):
            self._run(query, name=name)

    # published versions

    def next_version_number(self, name: str) -> int:
        """The next number of the function's versions: never one used before."""
        row = self._one("next_version_number", name=name)
        return int(row["last_version"])

    def put_version(self, config: FunctionConfig, created_ms: int) -> None:
        self._run(
            "put_version",
            name=config.name,
            version=int(config.version),
            config=json.dumps(config.to_dict()),
            created_ms=created_ms,
        )

    def get_version(self, name: str, version: int) -> FunctionConfig | None:
        row = self._one("get_version", name=name, version=version)
        return None if row is None else stored_config(row["config"])

    def version_config(self, name: str, version: str) -> FunctionConfig | None:
        query, params = version_query(name, version)
        return version_row(version, self._one(query, **params))

    def list_versions(self, name: str) -> list[FunctionConfig]:
        rows = self._all("list_versions", name=name)
        return [stored_config(r["config"]) for r in rows]

    def delete_version(self, name: str, version: int) -> None:
        self._run("delete_version", name=name, version=version)

    def open_executions_of_version(self, name: str, version: str, limit: int) -> list[str]:
        """ARNs of the executions still running on that version (oldest first)."""
        rows = self._all("open_executions_of_version", name=name, version=version, limit=limit)
        return [str(r["arn"]) for r in rows]

    # aliases

    def put_alias(self, alias: FunctionAlias) -> None:
        config = json.dumps(alias.to_dict())
        self._run("put_alias", name=alias.function_name, alias=alias.name, config=config)

    def get_alias(self, name: str, alias: str) -> FunctionAlias | None:
        row = self._one("get_alias", name=name, alias=alias)
        return None if row is None else FunctionAlias.from_dict(json.loads(row["config"]))

    def list_aliases(self, name: str) -> list[FunctionAlias]:
        rows = self._all("list_aliases", name=name)
        return [FunctionAlias.from_dict(json.loads(r["config"])) for r in rows]

    def delete_alias(self, name: str, alias: str) -> None:
        self._run("delete_alias", name=name, alias=alias)

    # code packages

    def put_package(self, sha256: str, content: bytes) -> None:
        """Store a deployment package once; storing the same bytes again changes nothing."""
        self._run("put_package", sha256=sha256, size=len(content), content=content)

    def get_package(self, sha256: str) -> bytes | None:
        row = self._one("get_package", sha256=sha256)
        return None if row is None else bytes(row["content"])


@functools.lru_cache(maxsize=512)
def stored_config(text: str) -> FunctionConfig:
    """A stored configuration, parsed once per distinct text: every start and every claim
    reads its function's. The one parsed object is shared, which is safe because a
    `FunctionConfig` is frozen and nothing changes its lists or dicts in place."""
    return FunctionConfig.from_dict(json.loads(text))


def version_query(name: str, version: str) -> tuple[str, dict[str, Any]]:
    """The named query that reads the configuration of `version` ($LATEST or a number)."""
    if version == LATEST:
        return "get_function", {"name": name}
    if not VERSION_NUMBER.match(version):
        raise InvalidParameterValue(f"{version!r} is not a version")
    return "get_version", {"name": name, "version": int(version)}


def version_row(version: str, row: Any) -> FunctionConfig | None:
    if row is None:
        return None
    if version == LATEST:
        return _function(row).config
    return stored_config(row["config"])


def _function(row: Any) -> FunctionRecord:
    return FunctionRecord(row["name"], stored_config(row["config"]))
