"""Layers, AutoPublishAlias, and what a template asks for that Lamina does not do."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from lamina.errors import TemplateError
from lamina.functions.sam import RUNNING_PYTHON, load_template
from lamina.service.ids import Region

REGION = Region("aws", "us-east-1", "123456789012")

TEMPLATE = """
Globals:
  Function:
    Tracing: Active
    Layers: [!Ref Shared]
Resources:
  Shared:
    Type: AWS::Serverless::LayerVersion
    Metadata: {BuildMethod: python3.11}
    Properties:
      ContentUri: shared/
  Other:
    Type: AWS::Serverless::LayerVersion
    Properties:
      LayerName: other-layer
      ContentUri: other/
  First:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: .
      Handler: app.handler
      Runtime: python3.13
      AutoPublishAlias: live
      LoggingConfig: {LogFormat: JSON}
      Environment:
        Variables: {AWS_LAMBDA_EXEC_WRAPPER: /opt/wrapper}
  Second:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: .
      Handler: app.handler
      Runtime: python3.11
      Layers: [!Ref Shared, !Ref Other, "arn:aws:lambda:us-east-1:123456789012:layer:x:1"]
"""


@pytest.fixture
def template(tmp_path: Path) -> Path:
    (tmp_path / "shared").mkdir()
    (tmp_path / "other").mkdir()
    path = tmp_path / "template.yaml"
    path.write_text(TEMPLATE)
    return path


def test_layers_and_the_alias_are_read(template: Path) -> None:
    first, second = load_template(template, REGION).functions
    assert [layer.logical_id for layer in first.layers] == ["Shared"]
    assert first.layers[0].build and first.layers[0].content_dir == template.parent / "shared"
    assert [layer.name for layer in second.layers] == ["Shared", "other-layer"]
    assert not second.layers[1].build
    assert (first.alias, second.alias) == ("live", None)


def test_what_lamina_does_not_do_is_named_once_at_load(
    template: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, "lamina.functions"):
        loaded = load_template(template, REGION)
    ignored, runtime = loaded.warnings
    assert "Lamina does not act on" in ignored
    for named in ("LoggingConfig (First)", "Tracing (Globals)",
                  "Environment AWS_LAMBDA_EXEC_WRAPPER (First)"):
        assert named in ignored
    assert runtime.endswith(f"Runtime python3.13 runs on this machine's {RUNNING_PYTHON}")
    unknown_layer = [r.getMessage() for r in caplog.records if "layer:x:1" in r.getMessage()]
    assert unknown_layer and "not defined in the template" in unknown_layer[0]
    assert [r.getMessage() for r in caplog.records if r.getMessage() in loaded.warnings] == list(
        loaded.warnings
    )


def test_a_layer_needs_a_local_folder_and_an_alias_a_valid_name(
    template: Path, tmp_path: Path
) -> None:
    (tmp_path / "other").rmdir()
    with pytest.raises(TemplateError, match="layer Other: ContentUri must be a local folder"):
        load_template(template, REGION)
    (tmp_path / "other").mkdir()
    template.write_text(TEMPLATE.replace("AutoPublishAlias: live", "AutoPublishAlias: '42'"))
    with pytest.raises(TemplateError, match="AutoPublishAlias '42' is not an alias"):
        load_template(template, REGION)
