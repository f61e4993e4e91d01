"""A deploy while documents wait for a person: they finish on the version they started on.

The pipeline is deployed with `lamina deploy` (its libraries as a layer, each function
published, `live` moved), documents that need a review are started through `live`, and a
second deploy changes the rules (an unknown vendor is now rejected) and the orchestrator (a
step before the decision). The waiting documents then finish as version 1 decided them, with
version 1's code: the new step would make version 1's history unreplayable. New documents run
version 2.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from document_pipeline.runner import PIPELINE_ROOT
from pipeline_harness import Pipeline, running_pipeline
from test_pipeline_e2e import BLUE_HARBOR, write

LAMINA = str(Path(sys.executable).parent / "lamina")
WAITING = 3
UNKNOWN_VENDOR_RULE = """        - {fact: vendor.known, op: eq, value: false}
    then: escalate"""
DECIDE = (
    'decision: dict[str, Any] = context.invoke(config.decision_function, findings, name="decide")'
)
AUDITED = 'context.step(lambda _: "v2", name="audit")\n    ' + DECIDE


def copy_pipeline(into: Path) -> Path:
    skipped = shutil.ignore_patterns("*.egg-info", "__pycache__")
    for folder in ("src", "dependencies"):
        shutil.copytree(PIPELINE_ROOT / folder, into / folder, ignore=skipped)
    shutil.copy(PIPELINE_ROOT / "template.yaml", into / "template.yaml")
    return into / "template.yaml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) == 1, f"{old!r} is not in {path} once"
    path.write_text(text.replace(old, new))


def deploy(template: Path, pipeline: Pipeline) -> dict[str, dict[str, Any]]:
    done = subprocess.run(
        [LAMINA, "deploy", "--template", str(template), "--json",
         "--database-url", f"sqlite:///{pipeline.data.parent / 'lamina.db'}",
         "--parameter-overrides", f"DataDir={pipeline.data}",
         "--parameter-overrides", "ActionBackoffSeconds=1"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return {d["function"]: d for d in json.loads(done.stdout)}


def version_of(pipeline: Pipeline, arn: str) -> str:
    return str(pipeline.client.get_durable_execution(DurableExecutionArn=arn)["Version"])


def test_documents_waiting_for_review_finish_on_the_version_they_started_on(
    tmp_path: Path,
) -> None:
    template = copy_pipeline(tmp_path / "project")
    with running_pipeline(tmp_path / "run", template=None) as pipeline:
        first = deploy(template, pipeline)
        assert {(d["version"], d["alias"]) for d in first.values()} == {("1", "live")}
        assert len(first) == 5

        waiting = [
            pipeline.submit(write(tmp_path, f"bh-{n}.txt", BLUE_HARBOR.format(number=n)),
                            "document-pipeline:live")
            for n in range(2001, 2001 + WAITING)
        ]
        callbacks = [pipeline.callback_id(arn) for arn in waiting]

        code = template.parent / "src" / "document_pipeline"
        edit(code / "data" / "rules.yaml", UNKNOWN_VENDOR_RULE,
             UNKNOWN_VENDOR_RULE.replace("escalate", "reject"))
        edit(code / "agents" / "orchestrator.py", DECIDE, AUDITED)
        second = deploy(template, pipeline)
        assert {(d["version"], d["changed"]) for d in second.values()} == {("2", True)}

        # A new document runs version 2: the new rules reject it, nobody is asked.
        new = pipeline.submit(write(tmp_path, "bh-3001.txt", BLUE_HARBOR.format(number=3001)),
                              "document-pipeline:live")
        decided = pipeline.finish(new)
        assert (decided["outcome"], decided["review"]) == ("rejected", None), decided
        assert "audit" in pipeline.operations(new, "StepSucceeded")
        assert version_of(pipeline, new) == "2"

        # The waiting ones: version 1's decision and code, to their end.
        for callback_id in callbacks:
            pipeline.answer(callback_id, "approve", "checked the carrier")
        for arn in waiting:
            result = pipeline.finish(arn)
            assert result["outcome"] == "approved", result
            assert result["review"]["comment"] == "checked the carrier"
            assert version_of(pipeline, arn) == "1"
            assert "audit" not in pipeline.operations(arn, "StepSucceeded")
            assert pipeline.operations(arn, "ChainedInvokeStarted") == [
                "classify", "enrich", "decide", "act"
            ]
