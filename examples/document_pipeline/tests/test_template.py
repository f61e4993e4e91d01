"""The SAM template is one AWS accepts, and the one Lamina runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from document_pipeline.runner import TEMPLATE

from lamina.functions.sam import load_template
from lamina.service.ids import Region

CFN_LINT = [str(Path(sys.executable).with_name("cfn-lint"))]


def lint(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CFN_LINT, str(path)], capture_output=True, text=True, timeout=120)


def test_cfn_lint_accepts_the_template() -> None:
    result = lint(TEMPLATE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cfn_lint_would_catch_a_broken_template(tmp_path: Path) -> None:
    broken = tmp_path / "template.yaml"
    broken.write_text(TEMPLATE.read_text().replace("Timeout: 60", "Timeout: sixty"))
    result = lint(broken)
    assert result.returncode != 0 and "sixty" in result.stdout


def test_lamina_loads_the_five_functions_with_their_wiring() -> None:
    template = load_template(TEMPLATE, Region("aws", "us-east-1", "123456789012"),
                             {"DataDir": "/srv/pipeline"})
    functions = {spec.config.name: spec.config for spec in template.functions}
    assert set(functions) == {"document-pipeline", "document-classifier",
                              "document-enrichment", "document-decision", "document-action"}
    orchestrator = functions["document-pipeline"]
    assert orchestrator.durable and orchestrator.execution_timeout == 2592000
    assert orchestrator.environment["DOCPIPE_ACTION_FUNCTION"] == "document-action"
    assert orchestrator.environment["DOCPIPE_DATA_DIR"] == "/srv/pipeline"
    assert not functions["document-action"].durable


def test_the_libraries_layer_pins_what_the_package_pins() -> None:
    """`dependencies/requirements.txt` (what a deploy ships) and pyproject.toml (what `make
    run` installs) name the same versions, and the layer holds every library the agents
    import that the runtime does not bring."""
    import tomllib

    root = TEMPLATE.parent
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    pinned = dict(line.split("==") for line in project)
    lines = (root / "dependencies" / "requirements.txt").read_text().splitlines()
    layer = dict(line.split("==") for line in lines if line and not line.startswith("#"))
    assert {name: pinned.get(name) for name in layer} == layer
    # The CLI's own (click, rich, fpdf2 for samples) and the runtime's (SDK, boto3) stay out.
    assert set(pinned) - set(layer) == {
        "aws-durable-execution-sdk-python", "boto3", "click", "fpdf2", "rich"
    }
