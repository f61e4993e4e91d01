"""Fixtures the pipeline's suites share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from document_pipeline.classification import load_model, model_path
from document_pipeline.classification.model import MODEL_DIR_ENV, forget_loaded_model


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One model for the whole session, trained into a temporary cache on first use."""
    folder = tmp_path_factory.getbasetemp() / "docpipe-model"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(MODEL_DIR_ENV, str(folder))
        forget_loaded_model()
        load_model()
        yield model_path()
    forget_loaded_model()


@pytest.fixture
def model(trained_model: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(MODEL_DIR_ENV, str(trained_model.parent))
    return trained_model
