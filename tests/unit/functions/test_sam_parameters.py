"""Template Parameters resolve as `sam deploy` resolves them: an override, else the Default."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import TemplateError
from lamina.functions.sam import load_template, load_templates
from lamina.service.ids import Region

REGION = Region("aws", "us-east-1", "123456789012")

TEMPLATE = """
Parameters:
  Stage: {Type: String, Default: dev}
  Bucket: {Type: String}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: !Sub "fn-${Stage}"
      CodeUri: .
      Handler: app.handler
      Environment:
        Variables:
          BUCKET: !Ref Bucket
          STAGE: !Ref Stage
"""


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.yaml"
    path.write_text(TEMPLATE)
    return path


def test_overrides_win_and_defaults_fill_in(template: Path) -> None:
    (spec,) = load_template(template, REGION, {"Bucket": "s3://archive"}).functions
    assert spec.config.name == "fn-dev"
    assert spec.config.environment == {"BUCKET": "s3://archive", "STAGE": "dev"}


def test_an_override_replaces_a_default(template: Path) -> None:
    (spec,) = load_template(template, REGION, {"Bucket": "b", "Stage": "prod"}).functions
    assert spec.config.name == "fn-prod"


def test_a_parameter_without_default_or_value_is_named(template: Path) -> None:
    with pytest.raises(TemplateError, match="'Bucket' has no Default"):
        load_template(template, REGION)


def test_an_unknown_override_is_refused(template: Path) -> None:
    with pytest.raises(TemplateError, match="no parameter named 'Bukket'"):
        load_template(template, REGION, {"Bucket": "b", "Bukket": "x"})


def test_with_several_templates_each_takes_the_overrides_it_declares(
    template: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(
        "Resources:\n  Plain:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        "      CodeUri: .\n      Handler: app.handler\n"
    )
    first, second = load_templates([template, other], REGION, {"Bucket": "b"})
    assert first.functions[0].config.environment["BUCKET"] == "b"
    assert second.functions[0].config.name == "Plain"
    with pytest.raises(TemplateError, match="No template declares the parameter 'Bukket'"):
        load_templates([template, other], REGION, {"Bucket": "b", "Bukket": "x"})
