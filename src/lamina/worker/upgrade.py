"""`lamina executions upgrade`: replay in-flight executions on a new version, move those that
replay.

Every execution still running on the old version is replayed, one after another, in one
sandbox of the new version's code (its package unpacked here, as a worker would); nothing
new runs and nothing is recorded. Without `check`, the executions whose replay is compatible
then run the new version from their next invocation on; the others stay where they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from lamina.cache import cache_dir
from lamina.errors import InvalidParameterValue
from lamina.functions.config import VERSION_NUMBER
from lamina.runtime.process_pool import Sandbox, SandboxFailed
from lamina.runtime.replay import ReplayVerdict
from lamina.service import DurableService
from lamina.worker.code_cache import CodeCache


@dataclass(frozen=True)
class UpgradeResult:
    verdict: ReplayVerdict
    moved: bool = False


def upgrade_executions(
    service: DurableService,
    function: str,
    from_version: str,
    to_version: str,
    check: bool,
    timeout_s: float = 60.0,
) -> list[UpgradeResult]:
    for version in (from_version, to_version):
        if not VERSION_NUMBER.match(version):
            raise InvalidParameterValue(
                f"Upgrades go between published versions, not {version!r}: executions on "
                "$LATEST run whatever the working tree holds"
            )
    target = service.functions.get(function, to_version)  # refused if it does not exist
    service.functions.get(function, from_version)
    arns = service.upgrades.in_flight(function, from_version)
    if not arns:
        return []
    code = CodeCache(cache_dir() / "code", service.functions.package)

    def start() -> Sandbox:
        region, arn = service.region.region, service.region.function_arn(function, to_version)
        return Sandbox(code.place(target), region, arn, sdk_prompt=True, replay=True)

    try:
        sandbox = start()
    except SandboxFailed as failed:
        reason = f"version {to_version} does not start: {failed.outcome.error_message}"
        return [UpgradeResult(ReplayVerdict(arn, False, reason)) for arn in arns]
    results = []
    try:
        for arn in arns:
            if not sandbox.alive():  # a replay that hung or crashed took it down
                sandbox.discard()
                sandbox = start()
            recorded = service.upgrades.recorded(arn)
            verdict = sandbox.replay(recorded.invocation, timeout_s)
            moved = (
                verdict.compatible
                and not check
                and service.upgrades.move(arn, from_version, to_version, recorded.change_seq)
            )
            results.append(UpgradeResult(verdict, moved))
    finally:
        sandbox.discard()
    return results
