"""ReservedConcurrentExecutions in a template becomes the function's reserved concurrency."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import TemplateError
from lamina.functions.sam import load_template
from lamina.service.ids import Region

REGION = Region("aws", "us-east-1", "123456789012")


def template_with(tmp_path: Path, reserved: str | None) -> Path:
    line = "" if reserved is None else f"\n      ReservedConcurrentExecutions: {reserved}"
    path = tmp_path / "template.yaml"
    path.write_text(
        "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        f"      FunctionName: fn\n      CodeUri: .\n      Handler: app.handler{line}\n"
    )
    return path


@pytest.mark.parametrize(("reserved", "expected"), [(None, None), ("0", 0), ("25", 25)])
def test_reserved_concurrency_is_read(tmp_path: Path, reserved: str, expected: int) -> None:
    [spec] = load_template(template_with(tmp_path, reserved), REGION, {}).functions
    assert spec.config.reserved_concurrency == expected


@pytest.mark.parametrize("reserved", ["-1", "two", "true", "1.5"])
def test_a_bad_value_is_named(tmp_path: Path, reserved: str) -> None:
    with pytest.raises(TemplateError, match="function Fn: ReservedConcurrentExecutions must be"):
        load_template(template_with(tmp_path, reserved), REGION, {})
