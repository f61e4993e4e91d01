"""Deploys and versions: what `lamina deploy` costs, and what the first invocation of a new
version costs against the next ones, in one run.

    python bench/deploy_bench.py [--reps 5] [--invocations 10]

- deploy: `lamina deploy` of the document pipeline's template (a copy) into an empty cache
  (its libraries layer installed by pip and compressed), unchanged (the code packages rebuilt
  and found identical, the layer's zip taken from the cache, nothing written) and with one
  file changed (the packages that changed stored, versions published), as the CLI runs it;
- pipeline first/next: the deployed classifier by its alias, by a Lamina whose code cache
  is empty (its package and the layer fetched from the database and unpacked, a fresh
  interpreter importing scikit-learn), then warm;
- first/next invocation: a durable function with one step, run as a published version (a
  fresh interpreter that sees only its own code, then Lamina and the SDK) and as $LATEST
  from a template's folder (a sandbox forked from Lamina's warm server); the first
  invocation after publishing or registering, then the next ones, each to its result.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PIPELINE = HERE.parent / "examples" / "document_pipeline"
LAMINA = str(Path(sys.executable).parent / "lamina")

from lamina.app import Lamina, wait_for_terminal  # noqa: E402
from lamina.config import Settings  # noqa: E402
from lamina.functions.config import FunctionConfig  # noqa: E402
from lamina.service import StartRequest  # noqa: E402

HANDLER = """
from aws_durable_execution_sdk_python import DurableContext, durable_execution, durable_step


@durable_step
def greet(step_context, name: str) -> str:
    return "hello " + name


@durable_execution
def handler(event: dict, context: DurableContext) -> dict:
    return {"greeting": context.step(greet("bench"))}
"""


def deploy_seconds(template: Path, database: str, cache: Path) -> float:
    env = {"LAMINA_DATABASE_URL": database, "LAMINA_CACHE_DIR": str(cache)}
    started = time.perf_counter()
    subprocess.run(
        [LAMINA, "deploy", "--template", str(template), "--json"],
        check=True, capture_output=True, env={**os.environ, **env}, timeout=600,
    )
    return time.perf_counter() - started


def bench_deploy(work: Path, reps: int) -> dict[str, list[float]]:
    copy = work / "pipeline"
    shutil.copytree(PIPELINE, copy, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    template, database, cache = copy / "template.yaml", f"sqlite:///{work}/deploy.db", work / "c"
    first = deploy_seconds(template, database, cache)
    unchanged = [deploy_seconds(template, database, cache) for _ in range(reps)]
    changed = []
    rules = copy / "src" / "document_pipeline" / "data" / "rules.yaml"
    for rep in range(reps):
        rules.write_text(rules.read_text() + f"\n# revision {rep}\n")
        changed.append(deploy_seconds(template, database, cache))
    return {"first": [first], "unchanged": unchanged, "changed": changed}


def bench_pipeline(work: Path, invocations: int) -> dict[str, list[float]]:
    """The deployed classifier (its version's package and the 250 MB libraries layer unpacked
    into an empty code cache, then a fresh interpreter importing scikit-learn) on a sample."""
    sample = PIPELINE / "samples" / "northwind-invoice-NW-88190.txt"
    payload = json.dumps({"document": {"uri": sample.as_uri(), "name": sample.name}})
    os.environ["LAMINA_CACHE_DIR"] = str(work / "worker-cache")
    settings = Settings.from_environment(database_url=f"sqlite:///{work}/deploy.db")
    with Lamina(settings) as app:
        first = [invoke_seconds(app, "document-classifier", "live", payload)]
        return {
            "pipeline first": first,
            "pipeline next": [
                invoke_seconds(app, "document-classifier", "live", payload)
                for _ in range(invocations)
            ],
        }


def invoke_seconds(app: Lamina, function: str, qualifier: str, payload: str = "{}") -> float:
    started = time.perf_counter()
    arn = app.service.start_execution(
        StartRequest(function=function, qualifier=qualifier, payload=payload)
    ).execution.arn
    done = wait_for_terminal(app.service, arn, 60)
    assert done.status == "SUCCEEDED", done.error
    return time.perf_counter() - started


def bench_invocations(work: Path, invocations: int) -> dict[str, list[float]]:
    folder = work / "code"
    folder.mkdir()
    (folder / "app.py").write_text(HANDLER)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("app.py", HANDLER)
    settings = Settings.from_environment(database_url=f"sqlite:///{work}/invoke.db")
    figures: dict[str, list[float]] = {}
    with Lamina(settings) as app:
        functions = app.service.functions
        config = FunctionConfig("versioned", "app.handler", timeout=30, durable=True)
        functions.create(config, buffer.getvalue(), publish=False)
        version = functions.publish("versioned").version
        figures["version first"] = [invoke_seconds(app, "versioned", version)]
        figures["version next"] = [
            invoke_seconds(app, "versioned", version) for _ in range(invocations)
        ]
        # A first function starts the forkserver; the figure is a new one's, once it runs.
        functions.register(config.evolve(name="warm-up", code_dir=str(folder)))
        invoke_seconds(app, "warm-up", "$LATEST")
        functions.register(config.evolve(name="tree", code_dir=str(folder)))
        figures["tree first"] = [invoke_seconds(app, "tree", "$LATEST")]
        figures["tree next"] = [invoke_seconds(app, "tree", "$LATEST") for _ in range(invocations)]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--invocations", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lamina-deploy-bench-") as scratch:
        work = Path(scratch)
        results = {
            **bench_deploy(work, args.reps),
            **bench_pipeline(work, args.invocations),
            **bench_invocations(work, args.invocations),
        }
    rows = []
    for case, seconds in results.items():
        median = statistics.median(seconds)
        entry = {"case": case, "median_ms": round(median * 1000, 1),
                 "min_ms": round(min(seconds) * 1000, 1), "max_ms": round(max(seconds) * 1000, 1),
                 "n": len(seconds)}
        print(json.dumps(entry), flush=True)
        rows.append(entry)
    print(f"\n{'case':<18} {'median':>10} {'min':>10} {'max':>10}")
    for row in rows:
        print(f"{row['case']:<18} {row['median_ms']:>8} ms {row['min_ms']:>8} ms "
              f"{row['max_ms']:>8} ms")
    pipeline = results["pipeline first"][0] / statistics.median(results["pipeline next"])
    print(f"\nthe deployed classifier, first invocation / next ones: {pipeline:.1f}x")
    ratio = results["version first"][0] / statistics.median(results["version next"])
    print(f"first invocation of a version / next ones: {ratio:.1f}x")
    fork = results["version first"][0] / results["tree first"][0]
    print(f"first invocation of a version / first of a template's folder: {fork:.1f}x")


if __name__ == "__main__":
    main()
