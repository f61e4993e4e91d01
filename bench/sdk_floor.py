"""The official SDK's own CPU per invocation, against the same shapes run on Lamina, in one run.

    python bench/sdk_floor.py [--reps 3] [--n 200]

- SDK alone: the shapes of bench/handlers/shapes.py run by `run_invocation` in this process,
  through Lamina's service client, against a channel that answers every checkpoint at once
  from memory: no store, no pipe, no sandbox, no other thread busy. What is left is the SDK
  (its two threads, its serialization, its state) and Lamina's client on the SDK's side.
- Lamina: the same shapes one at a time on SQLite with the process runtime (`lamina_bench`'s
  sequential case), whose sandboxes run that same code and whose service answers for real.

The ratio says how much of Lamina's CPU per step the SDK alone already takes: a floor that no
change to the service can lower.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "handlers"))
sys.path.insert(0, str(HERE))

import shapes  # noqa: E402
from lamina_bench import CPU, lamina_sequential, report, timed  # noqa: E402

from lamina.app import Lamina  # noqa: E402
from lamina.config import Settings  # noqa: E402
from lamina.functions.config import FunctionConfig  # noqa: E402
from lamina.runtime import sdk_tuning  # noqa: E402
from lamina.runtime.handler import run_invocation  # noqa: E402
from lamina.service import Invocation  # noqa: E402

ARN = "arn:aws:lambda:us-east-1:123456789012:function:floor:$LATEST/durable-execution/f/1"
STATUS_AFTER = {"START": "STARTED", "SUCCEED": "SUCCEEDED", "FAIL": "FAILED"}


class InstantChannel:
    """Answers checkpoints as the service would for steps, without keeping anything."""

    def __init__(self) -> None:
        self._tokens = itertools.count()

    def checkpoint(
        self, arn: str, token: str, updates: list[dict[str, Any]], client_token: str | None
    ) -> dict[str, Any]:
        now = time.time_ns() // 1_000_000
        changed = {
            u["Id"]: {
                "Id": u["Id"], "Name": u.get("Name"), "Type": u["Type"],
                "SubType": u.get("SubType"), "Status": STATUS_AFTER[u["Action"]],
                "StartTimestamp": now, "StepDetails": {"Attempt": 1, "Result": u.get("Payload")},
            }
            for u in updates
        }
        return {
            "CheckpointToken": f"token-{next(self._tokens)}",
            "NewExecutionState": {"Operations": list(changed.values())},
        }

    def get_state(self, arn: str, token: str, marker: str, max_items: int) -> dict[str, Any]:
        return {"Operations": []}

    def append_logs(self, lines: list[Any]) -> None:
        """Nothing to keep."""


def sdk_alone(name: str, steps: int, reps: int, n: int) -> dict:
    handler = getattr(shapes, name)
    function = FunctionConfig(
        name="floor", handler=f"shapes.{name}", code_dir=str(HERE / "handlers"), timeout=60,
        durable=True, execution_timeout=3600, retention_days=1,
    )
    channel = InstantChannel()
    execution = {
        "Id": "execution", "Type": "EXECUTION", "Status": "STARTED",
        "StartTimestamp": time.time_ns() // 1_000_000, "ExecutionDetails": {"InputPayload": "{}"},
    }

    def once(_: int) -> None:
        invocation = Invocation(
            execution_arn=ARN, function_name="floor", version="$LATEST", kind="durable",
            invocation_id="floor", token="token", input_payload="{}", tenant_id=None,
            operations=[execution],
        )
        outcome = run_invocation(handler, function, invocation, channel, "us-east-1", ARN)
        assert outcome.error is None, outcome.error

    for k in range(20):  # imports and first calls out of the way (`timed` warms up once)
        once(k)
    rates, lats = timed(once, reps, n)
    return report(f"sdk alone {name}", rates, lats, steps=steps,
                  cpu_us_per_step=CPU.us_per_step(steps)["service"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--n", type=int, default=200, help="steps4 executions per rep")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    sdk_tuning.apply()  # as Lamina's sandboxes run it
    shapes_run = (("steps4", 4, args.n), ("steps100", 100, max(2, args.n // 10)))
    alone = {name: sdk_alone(name, steps, args.reps, n) for name, steps, n in shapes_run}
    with tempfile.TemporaryDirectory(prefix="lamina-floor-") as folder:
        settings = Settings(
            database_url=f"sqlite:///{folder}/lamina.db", templates=(HERE / "template.yaml",)
        )
        with Lamina(settings) as app:
            on_lamina = {}
            for name, steps, n in shapes_run:
                lamina_sequential(app, name, steps, args.reps, n, "")
                on_lamina[name] = CPU.us_per_step(steps)
    print("\n| shape | SDK alone, CPU us per step | Lamina: sandbox | Lamina: service "
          "| SDK alone / Lamina's whole |")
    print("|---|---|---|---|---|")
    for name, _, _ in shapes_run:
        floor, full = alone[name]["cpu_us_per_step"], on_lamina[name]
        whole = full["service"] + full["sandboxes"]
        print(f"| {name} | {floor} | {full['sandboxes']} | {full['service']} "
              f"| {floor / whole:.2f} |")


if __name__ == "__main__":
    main()
