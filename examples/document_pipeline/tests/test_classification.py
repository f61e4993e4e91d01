"""The offline classifier: its seeded corpus, deterministic training, the model cache."""

from __future__ import annotations

import logging
import pickle
import time
from pathlib import Path

import numpy
import pytest
import sklearn
from document_pipeline.classification import (
    Classification,
    classify,
    classify_document,
    load_model,
    model_path,
)
from document_pipeline.classification.corpus import generate_corpus
from document_pipeline.classification.model import (
    MODEL_DIR_ENV,
    Committee,
    _save,
    build_pipeline,
    fit_classifier,
    fit_committee,
    forget_loaded_model,
    model_key,
)
from document_pipeline.documents import Document


def test_corpus_is_seeded_and_covers_types_and_languages() -> None:
    started = time.perf_counter()
    corpus = generate_corpus()
    assert time.perf_counter() - started < 3.0
    assert 2000 <= len(corpus) <= 4000
    assert generate_corpus(7, 300) == generate_corpus(7, 300)
    assert generate_corpus(7, 300) != generate_corpus(8, 300)
    assert {e.label for e in corpus} == {"invoice", "contract", "support_ticket", "other"}
    for label in ("invoice", "contract", "support_ticket", "other"):
        languages = {e.language for e in corpus if e.label == label}
        assert {"en", "de", "fr", "nl"} <= languages, label
    assert {e.language for e in corpus if e.label == "invoice"} >= {"es", "it"}
    # Variety: documents are not copies of a handful of templates.
    assert len({e.text for e in corpus}) >= 0.99 * len(corpus)


def test_training_is_deterministic() -> None:
    corpus = generate_corpus(11, 240)
    first, second = fit_classifier(corpus), fit_classifier(corpus)
    numpy.testing.assert_array_equal(first[-1].coef_, second[-1].coef_)
    texts = ["Invoice number 17, total due 12.00 EUR", "Our app crashes on login, please help"]
    numpy.testing.assert_array_equal(first.predict_proba(texts), second.predict_proba(texts))


def test_the_committee_answers_with_its_members_average() -> None:
    committee = fit_committee(seeds=(3, 4), size=240)
    texts = ["Invoice number 17, total due 12.00 EUR", "Our app crashes on login, please help",
             "Minutes of the annual general meeting of the chess club"]
    alone = [Committee((member,)).probabilities(texts) for member in committee.members]
    together = committee.probabilities(texts)
    numpy.testing.assert_allclose(together, (alone[0] + alone[1]) / 2)
    numpy.testing.assert_allclose(together.sum(axis=1), 1.0)
    assert not numpy.allclose(alone[0], alone[1]), "two draws of the corpus gave one model"
    # The temperature tempers each member before the average.
    sharp = [Committee((member,)).probabilities(texts, 0.25) for member in committee.members]
    numpy.testing.assert_allclose(committee.probabilities(texts, 0.25), (sharp[0] + sharp[1]) / 2)
    assert not numpy.allclose(sharp[0], alone[0])
    assert committee.classes == sorted(["invoice", "contract", "support_ticket", "other"])


def test_second_load_reads_the_cache_instead_of_training(
    model: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert model.is_file()
    written = model.stat().st_mtime_ns
    forget_loaded_model()
    with caplog.at_level(logging.INFO, logger="document_pipeline.classification"):
        load_model()
    messages = [record.getMessage() for record in caplog.records]
    assert "loaded the offline classifier" in messages
    assert "training the offline classifier" not in messages
    assert model.stat().st_mtime_ns == written
    assert not [p for p in model.parent.iterdir() if p.name.startswith(".")]


def test_cache_key_follows_the_library_version(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    key = model_key()
    assert model_path() == tmp_path / f"classifier-{key}.joblib"
    monkeypatch.setattr(sklearn, "__version__", "0.0.1")
    assert model_key() != key


def test_model_file_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "nested" / "model.joblib"
    _save(build_pipeline(), target)
    assert [p.name for p in target.parent.iterdir()] == ["model.joblib"]
    with pytest.raises(pickle.PicklingError):
        _save(lambda: None, tmp_path / "nested" / "broken.joblib")  # type: ignore[arg-type]
    assert [p.name for p in target.parent.iterdir()] == ["model.joblib"]


@pytest.mark.parametrize("text, expected", [
    ("FACTUUR 2024-88\nFactuurdatum: 02-02-2024\nHoutskelet dakkapel 1 x € 4.200,00\n"
     "Btw 21% € 882,00\nTotaal te betalen € 5.082,00", "invoice"),
    ("Rechnung Nr. 5512 vom 03.04.2024\nReparatur Rolltor, 3 Std. à 75,00 €\n"
     "Gesamtbetrag inkl. 19 % MwSt.: 267,75 €", "invoice"),
    ("This Consultancy Agreement is made between Alba Ltd and Brae LLP. 1. Term. This "
     "Agreement continues for 12 months. 2. Governing law: Scotland. Signed by both parties.",
     "contract"),
    ("Hi, since the update yesterday our staff can't clock in with the mobile app, it says "
     "'Session expired'. Can you please fix this urgently? Thanks, Moira", "support_ticket"),
    ("Minutes of the residents' association meeting. Present: 12 members. The garden "
     "working party will meet on Saturday. Next meeting in April.", "other"),
])
def test_classifies_unseen_documents(model: Path, text: str, expected: str) -> None:
    found = classify(text)
    assert found.type == expected, found
    assert found.confidence == max(found.scores.values())
    assert sum(found.scores.values()) == pytest.approx(1.0)
    assert set(found.scores) == {"invoice", "contract", "support_ticket", "other"}


@pytest.mark.parametrize("text", ["", "   \n ", "p. 1", "12.03.2024 450,00"])
def test_nearly_empty_text_is_other_with_no_confidence(text: str) -> None:
    found = classify(text)
    assert found == Classification("other", 0.0, dict.fromkeys(found.scores, 0.0))
    assert found.to_dict() == {"type": "other", "confidence": 0.0, "scores": {
        "invoice": 0.0, "contract": 0.0, "support_ticket": 0.0, "other": 0.0}, "by": "model"}


def test_a_type_the_format_declares_is_taken_with_certainty(model: Path) -> None:
    # An XRechnung's schema says invoice, whatever its text looks like to the model.
    declared = Document("x.xml", "application/xml", "Lorem ipsum dolor sit amet", 30,
                        declared_type="invoice")
    found = classify_document(declared)
    assert (found.type, found.confidence, found.by) == ("invoice", 1.0, "format")
    assert found.scores == {"invoice": 1.0, "contract": 0.0, "support_ticket": 0.0, "other": 0.0}
    ticket = ("Hi, since the update yesterday our staff can't clock in with the mobile app, it "
              "says 'Session expired'. Can you please fix this urgently? Thanks, Moira")
    undeclared = classify_document(Document("x.txt", "text/plain", ticket, 100))
    assert (undeclared.type, undeclared.by) == ("support_ticket", "model")
