"""The service's whole cycle of an execution, this tree's code against another revision's, run
at the same time so that both see the same machine.

    python bench/service_ab.py --against HEAD~3 [--rounds 4] [--n 600]
                               [--database-url postgresql://postgres@127.0.0.1:5432]
    python bench/service_ab.py --against HEAD~3 --database-url sqlite

One cycle, through `DurableService` and no sandbox: start an execution, claim it (or take it
from the previous end's claim), four checkpoints of a step each (START and SUCCEED), then the
end, which claims the next. This machine's speed moves by a fifth from one minute to the next;
two runs side by side, each on its own database, share whatever it is doing. Each round
prints both processes' CPU (all their threads) and wall time per execution, then the ratio
of the medians. PostgreSQL's own CPU is shared by the two runs, so it is not split.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from uuid import uuid4

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def step(n: int, action: str, **extra: str) -> dict[str, str]:
    return {"Id": f"s{n}", "Type": "STEP", "Action": action, "SubType": "Step",
            "Name": f"s{n}", **extra}


def cycle(url: str, count: int, warm: int = 50) -> dict[str, float]:
    """Run `warm` then `count` executions through the service; CPU and wall per execution."""
    from lamina.functions.config import FunctionConfig
    from lamina.service import DurableService, Outcome, StartRequest
    from lamina.store import open_store

    store = open_store(url)
    service = DurableService(store)
    service.functions.register(FunctionConfig(
        name="fn", handler="app.handler", code_dir=".", timeout=60, durable=True,
        execution_timeout=3600, retention_days=1,
    ))
    ended = Outcome(output={"Status": "SUCCEEDED", "Result": '"ok"'})

    def run(n: int) -> None:
        for _ in range(n):
            service.start_execution(StartRequest(function="fn", payload='{"n": 1}'))
        invocation = service.claim_invocation("bench", 60_000, peek=False)
        while invocation is not None:
            token = invocation.token
            for s in range(4):
                updates = [step(s, "START"), step(s, "SUCCEED", Payload='"x"')]
                token = service.checkpoint(invocation.execution_arn, token, updates)[
                    "CheckpointToken"]
            invocation = service.finish_invocation(
                invocation.execution_arn, invocation.invocation_id, ended,
                claim_next=("bench", 60_000),
            )

    try:
        run(warm)
        cpu, wall = time.process_time(), time.perf_counter()
        run(count)
        return {
            "cpu_ms": (time.process_time() - cpu) / count * 1000,
            "wall_ms": (time.perf_counter() - wall) / count * 1000,
        }
    finally:
        store.close()


def child(url: str, count: int) -> None:
    """One run on a database of its own (made and dropped here)."""
    if url == "sqlite":
        with tempfile.TemporaryDirectory(prefix="lamina-ab-") as folder:
            print(json.dumps(cycle(f"sqlite:///{folder}/lamina.db", count)))
        return
    import psycopg

    database = f"lamina_bench_ab_{uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {database}")
    try:
        print(json.dumps(cycle(f"{url.rstrip('/')}/{database}", count)))
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def side_by_side(trees: dict[str, Path], url: str, count: int) -> dict[str, dict[str, float]]:
    runs = {
        name: subprocess.Popen(
            [sys.executable, __file__, "--child", "--database-url", url, "--n", str(count)],
            env={**os.environ, "PYTHONPATH": str(src)},
            stdout=subprocess.PIPE,
            text=True,
        )
        for name, src in trees.items()
    }
    found = {}
    for name, process in runs.items():
        out, _ = process.communicate(timeout=1800)
        if process.returncode != 0:
            raise SystemExit(f"the {name} run failed (exit {process.returncode})")
        found[name] = json.loads(out.strip().splitlines()[-1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", help="a git revision of this repository")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--n", type=int, default=600, help="executions per run")
    parser.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432",
                        help="a PostgreSQL server (a database per run), or 'sqlite'")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.database_url, args.n)
        return
    if not args.against:
        parser.error("--against REV is required")
    with tempfile.TemporaryDirectory(prefix="lamina-ab-") as folder:
        other = Path(folder) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q",
                        str(other), args.against], check=True)
        try:
            trees = {"this": ROOT / "src", args.against: other / "src"}
            rounds = []
            for n in range(args.rounds):
                found = side_by_side(trees, args.database_url, args.n)
                rounds.append(found)
                print(json.dumps({"round": n + 1, **found}), flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(other)], check=True)
    print(f"\n| per execution (median of {args.rounds} rounds) | this tree | {args.against} "
          "| ratio |\n|---|---|---|---|")
    for key, label in (("cpu_ms", "Lamina CPU, ms"), ("wall_ms", "wall, ms")):
        mine = statistics.median(r["this"][key] for r in rounds)
        theirs = statistics.median(r[args.against][key] for r in rounds)
        print(f"| {label} | {mine:.2f} | {theirs:.2f} | {mine / theirs:.2f} |")


if __name__ == "__main__":
    main()
