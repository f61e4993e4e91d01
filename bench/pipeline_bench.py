"""Throughput of the document pipeline on Lamina, offline default: documents per minute.

Starts Lamina on a fresh SQLite file with the pipeline's template, drops N invoices (known
vendors, distinct numbers, so each is approved and filed) and N/4 unknown-vendor invoices
(escalated, they stop at review), and times until every document has finished or waits.

    .venv/bin/python bench/pipeline_bench.py --n 40
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from pathlib import Path

from document_pipeline.enrichment.reference import ReferenceDB
from document_pipeline.inbox import DroppedFile
from document_pipeline.runner import (
    TEMPLATE,
    Workspace,
    lambda_client,
    prepare_agents,
    start_document,
)

from lamina import Lamina, Settings

KNOWN = """Northwind Traders Ltd
12 Harbour Road, Bristol BS1 4DJ, United Kingdom

INVOICE
Invoice number: NW-{n}
Invoice date: 14 March 2024
Your purchase order: PO-2024-0107

Bill to: Lamina Labs, 5 Quay Street, Dublin
Total due                                              £412.50
"""
UNKNOWN = """Blue Harbor Logistics
88 Dock Street, Rotterdam

INVOICE BH-{n}
Invoice date: 2 April 2024
Bill to: Lamina Labs, 5 Quay Street, Dublin
Total amount due: 2,340.00 EUR
"""


def documents(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        paths.append(folder / f"nw-{i}.txt")
        paths[-1].write_text(KNOWN.format(n=70000 + i))
    for i in range(n // 4):
        paths.append(folder / f"bh-{i}.txt")
        paths[-1].write_text(UNKNOWN.format(n=9000 + i))
    return paths


def settled(app: Lamina, arns: list[str]) -> int:
    """How many executions have finished or wait for a person."""
    reviewing = {c.execution_arn for c in app.service.waiting_callbacks("review", 10_000)}
    return sum(1 for arn in arns if arn in reviewing or app.service.get_execution(arn).terminal)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=40, help="known-vendor invoices")
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    workspace = Workspace(root)
    workspace.prepare(samples=False)
    prepare_agents(workspace, print)
    ReferenceDB.open(f"sqlite:///{workspace.data / 'reference.db'}").seed(None)
    app = Lamina(Settings(database_url=f"sqlite:///{root / 'lamina.db'}",
                          concurrency=args.concurrency))
    url = app.serve_api("127.0.0.1", 0)
    app.load_template(TEMPLATE, {"DataDir": str(workspace.data)})
    app.start()
    try:
        client = lambda_client(url, "us-east-1")
        paths = documents(workspace.inbox, args.n)
        started = time.monotonic()
        arns = []
        for path in paths:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            arns.append(start_document(client, DroppedFile(path, path.name, digest,
                                                           path.stat().st_size)))
        while settled(app, arns) < len(arns):
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        statuses = [app.service.get_execution(arn).status for arn in arns]
    finally:
        app.stop()
    total = len(arns)
    print(f"{total} documents ({args.n} approved, {total - args.n} waiting for review) "
          f"in {elapsed:.1f} s: {total / elapsed * 60:.0f} documents/minute "
          f"({elapsed / total * 1000:.0f} ms each, concurrency {args.concurrency})")
    print("statuses:", {status: statuses.count(status) for status in sorted(set(statuses))})


if __name__ == "__main__":
    main()
