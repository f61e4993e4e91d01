"""The offline document-type model and the corpus it learns from."""

from document_pipeline.classification.model import (
    DOCUMENT_TYPES,
    Classification,
    classify,
    classify_document,
    load_model,
    model_path,
    train_model,
)

__all__ = ["DOCUMENT_TYPES", "Classification", "classify", "classify_document", "load_model",
           "model_path",
           "train_model"]
