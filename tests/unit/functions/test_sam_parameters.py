"""Template Parameters resolve as `sam deploy` resolves them: an override, else the Default."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import TemplateError
from lamina.functions.sam import load_template
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
