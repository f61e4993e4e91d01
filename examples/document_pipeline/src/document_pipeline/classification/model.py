"""The embedded offline classifier: TF-IDF on words and characters, then logistic regression,
five times over.

Each of the five models learns from the generated corpus drawn with its own seed, and a
document's probabilities are their average. One draw of the generator decides a handful of
real documents by chance (one model's accuracy on the real-document development set moves by
up to three points from one seed to another); the average of five draws does not depend on a
lucky one (bench/classifier_bench.py compares them).

Trained the first time it is needed, then kept on disk under a key made of the corpus
generator's source, this module's source and scikit-learn's version: any change to them trains
a new model. The file is written to a temporary name and renamed into place, so
processes that start together never read half a model; each process loads it once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import joblib  # type: ignore[import-untyped]
import numpy
import sklearn  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.pipeline import FeatureUnion, Pipeline  # type: ignore[import-untyped]

from document_pipeline.classification.corpus import (
    DEFAULT_SEED,
    DEFAULT_SIZE,
    Example,
    corpus_fingerprint,
    generate_corpus,
)
from document_pipeline.documents import Document

DOCUMENT_TYPES = ("invoice", "contract", "support_ticket", "other")
MODEL_DIR_ENV = "DOCPIPE_MODEL_DIR"
DEFAULT_MODEL_DIR = Path("~/.cache/lamina-document-pipeline")
# Below this many letters there is nothing to classify: a blank scan, a bare file name.
MIN_LETTERS = 12
# The head of a document says what it is; reading more only costs time.
MAX_CHARS = 6000
# Probabilities are the models' scores softened or sharpened by this temperature, so that a
# confidence of 0.8 is right about 8 times in 10: chosen on the real-document development set
# (docpipe devset) as the one with the lowest calibration error there, and on the hand-written
# evaluation set too (bench/classifier_bench.py compares it with 0.5 and 0.7).
TEMPERATURE = 0.4
# The corpus seeds of the committee's members.
CORPUS_SEEDS = tuple(DEFAULT_SEED + index for index in range(5))
DIGITS = re.compile(r"\d")
log = logging.getLogger("document_pipeline.classification")


@dataclass(frozen=True)
class Classification:
    """A document type with the model's probability for it and for every other type."""

    type: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    # "model": the offline model read the text; "format": the file's format declares the type.
    by: str = "model"

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "confidence": self.confidence, "scores": dict(self.scores),
                "by": self.by}


def normalise(text: str) -> str:
    """Lower case, every digit a 0: amounts and dates tell the type by shape, not value."""
    return DIGITS.sub("0", text[:MAX_CHARS].lower())


def build_pipeline() -> Pipeline:
    words = TfidfVectorizer(preprocessor=normalise, ngram_range=(1, 2), sublinear_tf=True,
                            min_df=2, max_df=0.9, max_features=60_000, dtype=_float32())
    chars = TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(3, 5),
                            sublinear_tf=True, min_df=3, max_features=120_000, dtype=_float32())
    features = FeatureUnion([("words", words), ("chars", chars)])
    # Classes weighted by their share of the corpus, and little regularisation: on real
    # documents (docpipe devset) this finds more short support tickets, sends fewer wrong
    # types on and is the best calibrated of the options (bench/classifier_bench.py).
    model = LogisticRegression(C=32.0, max_iter=2000, class_weight="balanced")
    return Pipeline([("features", features), ("model", model)])


def _float32() -> Any:
    return numpy.float32


def fit_classifier(examples: Sequence[Example]) -> Pipeline:
    """A fitted pipeline; the same examples always give the same model."""
    pipeline = build_pipeline()
    pipeline.fit([example.text for example in examples], [example.label for example in examples])
    return pipeline


@dataclass(frozen=True)
class Committee:
    """Models that learned from different draws of the corpus; they answer together."""

    members: tuple[Pipeline, ...]

    @property
    def classes(self) -> list[str]:
        return [str(label) for label in self.members[0].classes_]

    def probabilities(self, texts: Sequence[str], temperature: float = TEMPERATURE) -> Any:
        """One row per text, one column per class in `classes`: each member's scores
        tempered into probabilities, averaged over the members."""
        total = numpy.zeros((len(texts), len(self.classes)))
        for member in self.members:
            scores = member.decision_function(list(texts)) / temperature
            exp = numpy.exp(scores - scores.max(axis=1, keepdims=True))
            total += exp / exp.sum(axis=1, keepdims=True)
        return total / len(self.members)


def fit_committee(seeds: Sequence[int] = CORPUS_SEEDS, size: int = DEFAULT_SIZE) -> Committee:
    """One model per seed, each on its own draw of the corpus."""
    members = tuple(fit_classifier(generate_corpus(seed, size)) for seed in seeds)
    if any(list(member.classes_) != list(members[0].classes_) for member in members):
        raise ValueError("the corpus draws do not share one set of document types")
    return Committee(members)


def model_key() -> str:
    """What the cached model depends on: the corpus, this module, scikit-learn's version."""
    digest = hashlib.sha256()
    for part in (corpus_fingerprint(), Path(__file__).read_text(encoding="utf-8"),
                 sklearn.__version__, repr(CORPUS_SEEDS), str(DEFAULT_SIZE)):
        digest.update(part.encode() + b"\0")
    return digest.hexdigest()[:20]


def model_dir() -> Path:
    configured = os.environ.get(MODEL_DIR_ENV, "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_MODEL_DIR.expanduser()


def model_path() -> Path:
    return model_dir() / f"classifier-{model_key()}.joblib"


def train_model(dest: Path | None = None) -> Path:
    """Train on the corpus and save the model: to `dest` (a file or a folder) or the cache."""
    target = model_path() if dest is None else Path(dest)
    if target.is_dir():
        target = target / model_path().name
    log.info("training the offline classifier", extra={"model_path": str(target)})
    committee = fit_committee()
    _save(committee, target)
    if dest is None:
        _set_loaded(committee)
    return target


def _save(model: Committee | Pipeline, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            joblib.dump(model, stream)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_loaded: Committee | None = None
_loading = threading.Lock()


def _set_loaded(committee: Committee | None) -> None:
    global _loaded
    _loaded = committee


def load_model() -> Committee:
    """The process's model: loaded from the cache once, trained first if the cache has none."""
    if _loaded is not None:
        return _loaded
    with _loading:
        if _loaded is None:
            _set_loaded(_read_or_train(model_path()))
    assert _loaded is not None
    return _loaded


def _read_or_train(path: Path) -> Committee:
    if path.is_file():
        try:
            committee = joblib.load(path)
        except Exception as error:
            # A file from an interrupted copy or another library version: train it again.
            log.warning("unreadable cached classifier, training again",
                        extra={"model_path": str(path), "error": str(error)})
        else:
            if isinstance(committee, Committee):
                log.info("loaded the offline classifier", extra={"model_path": str(path)})
                return committee
    train_model(path)
    committee = joblib.load(path)
    assert isinstance(committee, Committee)
    return committee


def forget_loaded_model() -> None:
    """Drop this process's copy, so the next call reads the cache again (tests, retraining)."""
    _set_loaded(None)


def classify_document(document: Document) -> Classification:
    """A document's type: the one its format declares (an e-invoice's schema) when it declares
    one, with certainty; otherwise what the model reads in its text."""
    if document.declared_type in DOCUMENT_TYPES:
        scores = {name: float(name == document.declared_type) for name in DOCUMENT_TYPES}
        return Classification(document.declared_type, 1.0, scores, by="format")
    return classify(document.text)


def classify(text: str) -> Classification:
    """The document type of a text; nearly empty text is "other" with confidence 0."""
    if sum(character.isalpha() for character in text[:MAX_CHARS]) < MIN_LETTERS:
        return Classification("other", 0.0, {name: 0.0 for name in DOCUMENT_TYPES})
    committee = load_model()
    probabilities = committee.probabilities([text])[0]
    scores = {name: 0.0 for name in DOCUMENT_TYPES}
    scores.update({label: float(p) for label, p in zip(committee.classes, probabilities,
                                                       strict=True)})
    best = max(scores, key=lambda name: scores[name])
    return Classification(best, scores[best], scores)
