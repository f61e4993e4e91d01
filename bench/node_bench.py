"""Node.js functions on Lamina against AWS's local runner for JavaScript, and Python on Lamina,
in one run.

    python bench/node_bench.py [--reps 3] [--n 40] [--inflight 20]

- Lamina (SQLite, this process, the process runtime): the shapes of bench/node/shapes.mjs
  (steps4, steps100) as Node.js functions on Lamina's Node runtime, their SDK checkpointing
  over the process's pipes (pipe data plane) and through Lamina's HTTP API with its Lambda
  client (http data plane); and the same shapes in Python (bench/handlers/shapes.py);
- AWS's runner: `@aws/durable-execution-sdk-js-testing` 1.1.4's LocalDurableTestRunner, in one
  node process with its in-memory checkpoint server (without time skipping, its faster mode
  for these shapes: there is no wait to skip);
- the first invocation of a Node.js function whose warm process Lamina started with the worker.

Each case: one execution at a time (steps4, steps100) and `--inflight` at once (steps4).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lamina_bench import RESULTS, lamina_inflight, lamina_sequential, report  # noqa: E402

from lamina.app import Lamina, wait_for_terminal  # noqa: E402
from lamina.config import Settings  # noqa: E402
from lamina.functions.npm import install_packages  # noqa: E402
from lamina.runtime.node.binary import node_binary  # noqa: E402
from lamina.service import StartRequest  # noqa: E402

NODE = HERE / "node"


def first_warm_invocation(app: Lamina) -> float:
    """The first execution of a Node.js function, once the worker's warm process is up."""
    deadline = time.monotonic() + 60
    while not app.node_invoker._idle and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.perf_counter()
    arn = app.service.start_execution(
        StartRequest(function="node-steps4", payload="{}")
    ).execution.arn
    assert wait_for_terminal(app.service, arn, 60).status == "SUCCEEDED"
    return time.perf_counter() - started


def lamina(directory: str, args: argparse.Namespace, data_plane: str) -> float:
    """The shapes on one Lamina; on the pipe data plane, Python's too."""
    settings = Settings(
        database_url=f"sqlite:///{directory}/node-bench-{data_plane}.db",
        templates=(NODE / "template.yaml", HERE / "template.yaml"),
        data_plane=data_plane,
    )
    languages = [("node", "node-")] + ([("python", "")] if data_plane == "pipe" else [])
    with Lamina(settings) as app:
        app.serve_api()
        first = first_warm_invocation(app)
        for language, prefix in languages:
            tag = f" [{language} {data_plane}]"
            lamina_sequential(app, f"{prefix}steps4", 4, args.reps, args.n, tag)
            lamina_sequential(app, f"{prefix}steps100", 100, args.reps, max(2, args.n // 10), tag)
            lamina_inflight(app, f"{prefix}steps4", 4, args.reps, args.n, args.inflight, tag)
    return first


def aws_runner(args: argparse.Namespace) -> None:
    done = subprocess.run(
        [node_binary(), "aws_runner.mjs", str(args.reps), str(args.n), str(args.inflight)],
        cwd=NODE, capture_output=True, text=True, timeout=1800, check=True,
    )
    for line in done.stdout.splitlines():
        case = json.loads(line)
        rates = case["rates"]
        report(f"aws-js-runner {case['case']}", rates, [1 / r for r in rates], steps=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--n", type=int, default=40, help="steps4 executions per rep")
    parser.add_argument("--inflight", type=int, default=20)
    args = parser.parse_args()
    install_packages(NODE)
    with tempfile.TemporaryDirectory(prefix="lamina-node-bench-") as directory:
        first = lamina(directory, args, "pipe")
        first_http = lamina(directory, args, "http")
    aws_runner(args)
    rate = {r["case"]: r["ops_per_s"]["median"] for r in RESULTS}
    rows = [
        ("steps4, one at a time", "steps4"),
        ("steps100, one at a time", "steps100"),
        (f"steps4, {args.inflight} in flight", f"steps4 {args.inflight} in flight"),
    ]
    print("\n| shape | Lamina Node, pipe | Lamina Node, http | AWS JS runner | "
          "pipe / AWS | Lamina Python, pipe |")
    print("|---|---|---|---|---|---|")
    for label, case in rows:
        node = case.replace("steps", "node-steps", 1)
        pipe, http = rate[f"lamina {node} [node pipe]"], rate[f"lamina {node} [node http]"]
        peer = rate[f"aws-js-runner {case}"]
        python = rate[f"lamina {case} [python pipe]"]
        print(f"| {label} | {pipe:.1f} | {http:.1f} | {peer:.1f} | {pipe / peer:.1f}x | "
              f"{python:.1f} |")
    print(f"\nfirst invocation of a Node.js function with a warm process: {first * 1000:.1f} ms "
          f"(pipe), {first_http * 1000:.1f} ms (http)")
    print(f"(exec/s: medians of {args.reps} reps)")


if __name__ == "__main__":
    main()
