"""Which configuration a qualifier names: $LATEST, a published version, or an alias.

Used inside store transactions by whatever starts or runs an execution, so that an execution
runs the version it started on to its end, whatever is published or deployed meanwhile.
"""

from __future__ import annotations

import random
import re

from lamina.errors import ResourceNotFound
from lamina.functions.config import LATEST, VERSION_NUMBER, FunctionAlias, FunctionConfig
from lamina.service.ids import Region
from lamina.store.base import Transaction

ALIAS_NAME = re.compile(r"^(?!\d+$)[a-zA-Z0-9_-]{1,128}$")


def resolve(tx: Transaction, region: Region, name: str, qualifier: str | None) -> FunctionConfig:
    """The configuration that runs for `name:qualifier`; its `version` is the one that runs
    (an alias picks one of its versions, by their weights)."""
    shown = region.function_arn(name, qualifier or LATEST)
    record = tx.get_function(name)
    if record is None:
        raise ResourceNotFound(f"Function not found: {shown}")
    if qualifier is None or qualifier == LATEST:
        return record.config
    if VERSION_NUMBER.match(qualifier):
        version = tx.get_version(name, int(qualifier))
        if version is None:
            raise ResourceNotFound(f"Function not found: {shown}")
        return version
    alias = tx.get_alias(name, qualifier) if ALIAS_NAME.match(qualifier) else None
    if alias is None:
        raise ResourceNotFound(f"Function not found: {shown}")
    return resolve(tx, region, name, pick_version(alias))


def pick_version(alias: FunctionAlias) -> str:
    """The alias's version, or its additional one for that version's share of invocations."""
    for version, weight in alias.routing.items():
        if random.random() < weight:
            return version
    return alias.version

