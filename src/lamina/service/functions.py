"""Functions as Lambda manages them: $LATEST, published versions, aliases, code packages.

$LATEST is what a template or an upload last registered. Publishing freezes it into a
numbered version whose code is a stored package, so a version runs the same code on every
worker for as long as any execution needs it, whatever is deployed meanwhile.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lamina.clock import Clock
from lamina.errors import (
    InvalidParameterValue,
    PreconditionFailed,
    ResourceConflict,
    ResourceNotFound,
)
from lamina.functions.build import function_package, search_path
from lamina.functions.config import LATEST, VERSION_NUMBER, FunctionAlias, FunctionConfig
from lamina.functions.packages import Package, check_package, check_upload
from lamina.service.ids import Region
from lamina.service.versions import ALIAS_NAME, resolve
from lamina.store.base import Store, Transaction
from lamina.store.records import FunctionRecord

T = TypeVar("T")
log = logging.getLogger("lamina.functions")
# In-flight executions named when a deletion is refused, or a change warned of, for them.
OPEN_SHOWN = 5
# What makes two versions the same: publishing unchanged code and settings makes none.
_VERSION_FIELDS = (
    "handler",
    "timeout",
    "memory_size",
    "environment",
    "runtime",
    "durable",
    "execution_timeout",
    "retention_days",
    "endpoint",
    "code_sha256",
    "layers",
)


def new_revision() -> str:
    return str(uuid.uuid4())


def same_version(a: FunctionConfig, b: FunctionConfig) -> bool:
    return all(getattr(a, name) == getattr(b, name) for name in _VERSION_FIELDS)


@dataclass
class FunctionCatalog:
    store: Store
    clock: Clock
    region: Region

    def _write(self, work: Callable[[Transaction, int], T]) -> T:
        return self.store.write(lambda tx: work(tx, self.clock.now_ms()))

    def _not_found(self, name: str, qualifier: str | None = None) -> ResourceNotFound:
        return ResourceNotFound(f"Function not found: {self.region.function_arn(name, qualifier)}")

    def _latest(self, tx: Transaction, name: str) -> FunctionConfig:
        record = tx.get_function(name)
        if record is None:
            raise self._not_found(name)
        return record.config

    # $LATEST

    def register(self, config: FunctionConfig) -> FunctionConfig:
        """$LATEST from a template: its code is the template's folder, read at each start.
        When that folder changed under executions in flight on $LATEST, a warning says that
        they will replay on the new code."""

        def work(tx: Transaction, now: int) -> tuple[FunctionConfig, list[str]]:
            record = tx.get_function(config.name)
            if record is not None and record.config.same_settings(config):
                return record.config, []  # registered again unchanged: the same revision
            stamped = config.evolve(revision_id=new_revision(), last_modified_ms=now)
            tx.put_function(FunctionRecord(config.name, stamped))
            before = None if record is None else record.config.source_digest
            if before is None or before == config.source_digest:
                return stamped, []
            return stamped, tx.open_executions_of_version(config.name, LATEST, OPEN_SHOWN + 1)

        registered, in_flight = self._write(work)
        if in_flight:
            count = f"{OPEN_SHOWN}+" if len(in_flight) > OPEN_SHOWN else str(len(in_flight))
            log.warning(
                "%s: the code in %s changed under %s execution(s) in flight on $LATEST (%s), "
                "which replay on the new code from their next step on; `lamina deploy` "
                "publishes versions that keep each execution on the code it started with",
                config.name, config.code_dir, count, ", ".join(in_flight[:OPEN_SHOWN]),
            )
        return registered

    def get(self, name: str, qualifier: str | None = None) -> FunctionConfig:
        return self.store.read(lambda tx: resolve(tx, self.region, name, qualifier))

    def all(self) -> list[FunctionConfig]:
        return [f.config for f in self.store.read(lambda tx: tx.list_functions())]

    def set_reserved_concurrency(self, name: str, reserved: int | None) -> None:
        """Limit a function's invocations at once across all workers (None: no limit)."""
        if reserved is not None and (
            isinstance(reserved, bool) or not isinstance(reserved, int) or reserved < 0
        ):
            raise InvalidParameterValue("ReservedConcurrentExecutions must be an integer >= 0.")

        def work(tx: Transaction, now: int) -> None:
            limited = self._latest(tx, name).evolve(reserved_concurrency=reserved)
            tx.put_function(FunctionRecord(name, limited))

        self._write(work)

    def create(self, config: FunctionConfig, content: bytes, publish: bool) -> FunctionConfig:
        """A new function whose code is an uploaded package (CreateFunction)."""
        check_upload(content)
        check_package(content, config.handler, node=config.on_node)
        package = Package.of(content)

        def work(tx: Transaction, now: int) -> FunctionConfig:
            if tx.get_function(config.name) is not None:
                raise ResourceConflict(f"Function already exist: {config.name}")
            tx.put_package(package.sha256, package.content)
            latest = _with_package(config, package, now)
            tx.put_function(FunctionRecord(config.name, latest))
            return latest

        created = self._write(work)
        return self.publish(config.name) if publish else created

    def update_code(
        self, name: str, content: bytes, revision_id: str | None, publish: bool
    ) -> FunctionConfig:
        """$LATEST runs an uploaded package from now on (UpdateFunctionCode)."""
        latest = self.get(name)
        check_upload(content)
        check_package(content, latest.handler, node=latest.on_node)
        package = Package.of(content)

        def work(tx: Transaction, now: int) -> FunctionConfig:
            current = self._latest(tx, name)
            if revision_id is not None and revision_id != current.revision_id:
                raise PreconditionFailed()
            tx.put_package(package.sha256, package.content)
            updated = _with_package(current, package, now)
            tx.put_function(FunctionRecord(name, updated))
            return updated

        updated = self._write(work)
        return self.publish(name) if publish else updated

    def deploy(
        self, config: FunctionConfig, package: Package, layers: Sequence[Package]
    ) -> tuple[FunctionConfig, bool]:
        """$LATEST runs this built package and these layers; returns it and whether it
        changed (an unchanged deploy writes nothing)."""
        check_package(
            package.content, config.handler, [layer.content for layer in layers], config.on_node
        )

        def work(tx: Transaction, now: int) -> tuple[FunctionConfig, bool]:
            record = tx.get_function(config.name)
            candidate = _with_package(config, package, now).evolve(
                layers=[layer.sha256 for layer in layers], search_path=[]
            )
            if record is not None and same_version(record.config, candidate) and (
                record.config.reserved_concurrency == candidate.reserved_concurrency
            ):
                return record.config, False
            for built in (*layers, package):
                tx.put_package(built.sha256, built.content)
            tx.put_function(FunctionRecord(config.name, candidate))
            return candidate, True

        return self._write(work)

    def package(self, sha256: str) -> bytes | None:
        return self.store.read(lambda tx: tx.get_package(sha256))

    # published versions

    def publish(
        self,
        name: str,
        code_sha256: str | None = None,
        revision_id: str | None = None,
        description: str | None = None,
    ) -> FunctionConfig:
        """Freeze $LATEST into a new version, or return the last one if nothing changed."""
        seen = self.get(name)
        built = None
        if seen.code_sha256 is None and seen.endpoint is None:
            code_dir = Path(seen.code_dir)
            if seen.search_path != search_path(code_dir, []):
                raise InvalidParameterValue(
                    f"{name} runs from a template's folder with layers: `lamina deploy` "
                    "publishes it with them."
                )
            built = function_package(code_dir)  # the working tree and its requirements, now
            check_package(built.content, seen.handler, node=seen.on_node)

        def work(tx: Transaction, now: int) -> FunctionConfig:
            latest = self._latest(tx, name)
            if revision_id is not None and revision_id != latest.revision_id:
                raise PreconditionFailed()
            if latest.revision_id != seen.revision_id:
                raise ResourceConflict(f"{name} changed while it was being published: try again")
            candidate = latest if built is None else _with_package(latest, built, now)
            if code_sha256 is not None and code_sha256 != candidate.code_sha256:
                raise InvalidParameterValue(
                    f"CodeSHA256 ({code_sha256}) is different from current CodeSHA256 in "
                    f"$LATEST ({candidate.code_sha256}). Please try again with the CodeSHA256 "
                    "in $LATEST."
                )
            if built is not None:
                tx.put_package(built.sha256, built.content)
            published = tx.list_versions(name)
            if published and same_version(published[-1], candidate):
                return published[-1]
            version = candidate.evolve(
                version=str(tx.next_version_number(name)),
                code_dir="" if candidate.code_sha256 else candidate.code_dir,
                description=latest.description if description is None else description,
                reserved_concurrency=None,
                revision_id=new_revision(),
                last_modified_ms=now,
            )
            tx.put_version(version, now)
            tx.put_function(FunctionRecord(name, latest.evolve(revision_id=new_revision())))
            return version

        return self._write(work)

    def versions(self, name: str) -> list[FunctionConfig]:
        """$LATEST, then every published version in order."""

        def read(tx: Transaction) -> list[FunctionConfig]:
            return [self._latest(tx, name), *tx.list_versions(name)]

        return self.store.read(read)

    def delete(self, name: str, qualifier: str | None = None) -> None:
        """The function with all its versions and aliases, or one version; refused while
        executions run on what would be deleted."""

        def work(tx: Transaction, now: int) -> None:
            self._latest(tx, name)
            if qualifier is None:
                versions = [LATEST, *(v.version for v in tx.list_versions(name))]
                self._refuse_if_running(tx, name, versions)
                tx.delete_function(name)
                return
            if qualifier == LATEST:
                raise InvalidParameterValue(
                    "$LATEST version cannot be deleted without deleting the function."
                )
            if not VERSION_NUMBER.match(qualifier):
                raise InvalidParameterValue("Deletion of aliases is not currently supported.")
            if tx.get_version(name, int(qualifier)) is None:
                return  # as Lambda: nothing to delete is no error
            users = [a.name for a in tx.list_aliases(name) if qualifier in _versions_of(a)]
            if users:
                raise ResourceConflict(
                    "Unable to delete version because the following aliases reference it: "
                    f"[{', '.join(users)}]"
                )
            self._refuse_if_running(tx, name, [qualifier])
            tx.delete_version(name, int(qualifier))

        self._write(work)

    def _refuse_if_running(self, tx: Transaction, name: str, versions: Sequence[str]) -> None:
        for version in versions:
            arns = tx.open_executions_of_version(name, version, OPEN_SHOWN + 1)
            if arns:
                more = " (and more)" if len(arns) > OPEN_SHOWN else ""
                raise ResourceConflict(
                    f"Version {version} of {name} has executions in flight, which run on it "
                    f"to their end: {', '.join(arns[:OPEN_SHOWN])}{more}. Stop them or let "
                    "them finish first."
                )

    # aliases

    def create_alias(self, alias: FunctionAlias) -> FunctionAlias:
        def work(tx: Transaction, now: int) -> FunctionAlias:
            self._check_alias(tx, alias)
            if tx.get_alias(alias.function_name, alias.name) is not None:
                arn = self.region.function_arn(alias.function_name, alias.name)
                raise ResourceConflict(f"Alias already exists: {arn}")
            created = _stamped(alias)
            tx.put_alias(created)
            return created

        return self._write(work)

    def get_alias(self, name: str, alias: str) -> FunctionAlias:
        def read(tx: Transaction) -> FunctionAlias:
            self._latest(tx, name)
            found = tx.get_alias(name, alias)
            if found is None:
                arn = self.region.function_arn(name, alias)
                raise ResourceNotFound(f"Cannot find alias arn: {arn}")
            return found

        return self.store.read(read)

    def update_alias(
        self,
        name: str,
        alias: str,
        change: Callable[[FunctionAlias], FunctionAlias],
        revision_id: str | None,
    ) -> FunctionAlias:
        def work(tx: Transaction, now: int) -> FunctionAlias:
            self._latest(tx, name)
            current = tx.get_alias(name, alias)
            if current is None:
                raise ResourceNotFound(f"Alias not found: {self.region.function_arn(name, alias)}")
            if revision_id is not None and revision_id != current.revision_id:
                raise PreconditionFailed()
            updated = _stamped(change(current))
            self._check_alias(tx, updated)
            tx.put_alias(updated)
            return updated

        return self._write(work)

    def set_alias(self, name: str, alias: str, version: str) -> FunctionAlias:
        """Point the alias at the version, making it if it does not exist (a deploy's
        AutoPublishAlias); its routing, if any, ends."""

        def work(tx: Transaction, now: int) -> FunctionAlias:
            current = tx.get_alias(name, alias)
            if current is not None and current.version == version and not current.routing:
                return current
            description = current.description if current is not None else ""
            moved = _stamped(FunctionAlias(name, alias, version, description))
            self._check_alias(tx, moved)
            tx.put_alias(moved)
            return moved

        return self._write(work)

    def delete_alias(self, name: str, alias: str) -> None:
        def work(tx: Transaction, now: int) -> None:
            self._latest(tx, name)
            tx.delete_alias(name, alias)  # as Lambda: an alias already gone is no error

        self._write(work)

    def aliases(self, name: str, version: str | None = None) -> list[FunctionAlias]:
        def read(tx: Transaction) -> list[FunctionAlias]:
            self._latest(tx, name)
            found = tx.list_aliases(name)
            return [a for a in found if version is None or version in _versions_of(a)]

        return self.store.read(read)

    def _check_alias(self, tx: Transaction, alias: FunctionAlias) -> None:
        if not ALIAS_NAME.match(alias.name):
            raise InvalidParameterValue(
                f"Alias name {alias.name!r} must be 1 to 128 letters, digits, - or _, "
                "and not only digits"
            )
        self._latest(tx, alias.function_name)
        if len(alias.routing) > 1:
            raise InvalidParameterValue(
                "Number of items in AdditionalVersionWeights cannot be greater than 1"
            )
        for version, weight in alias.routing.items():
            if not 0.0 <= weight <= 1.0:
                raise InvalidParameterValue(
                    f"The weight of version {version} must be between 0.0 and 1.0"
                )
            if alias.version == LATEST:
                raise InvalidParameterValue(
                    "$LATEST is not supported for an alias pointing to more than 1 version"
                )
            if version == alias.version:
                raise InvalidParameterValue(
                    f"Invalid function version {version}. Function version {version} is "
                    "already included in routing configuration."
                )
        for version in _versions_of(alias):
            if version != LATEST and (
                not VERSION_NUMBER.match(version)
                or tx.get_version(alias.function_name, int(version)) is None
            ):
                raise self._not_found(alias.function_name, version)


def _with_package(config: FunctionConfig, package: Package, now: int) -> FunctionConfig:
    return config.evolve(
        code_sha256=package.sha256,
        code_size=package.size,
        code_dir="",
        source_digest=None,
        revision_id=new_revision(),
        last_modified_ms=now,
    )


def _stamped(alias: FunctionAlias) -> FunctionAlias:
    return FunctionAlias(
        alias.function_name,
        alias.name,
        alias.version,
        alias.description,
        dict(alias.routing),
        new_revision(),
    )


def _versions_of(alias: FunctionAlias) -> list[str]:
    return [alias.version, *alias.routing]
