"""The offline classifier's training corpus, written by a seeded generator.

Same seed, same corpus: the model trained on it is reproducible, and its cache key is a hash
of this package's source. Evaluation documents live elsewhere (examples/document_pipeline/
evaluation/) and are never drawn from here.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from document_pipeline.classification.corpus.business import business_document
from document_pipeline.classification.corpus.chatter import chatter_document
from document_pipeline.classification.corpus.common import maybe, ocr_noise
from document_pipeline.classification.corpus.contracts import contract_document
from document_pipeline.classification.corpus.invoices import invoice_document
from document_pipeline.classification.corpus.legal_notes import legal_note
from document_pipeline.classification.corpus.prose import everyday_document
from document_pipeline.classification.corpus.tickets import ticket_document

DEFAULT_SEED = 20240131
DEFAULT_SIZE = 3800
Writer = Callable[[random.Random, str], list[str]]
# (label, writer, share of the corpus, language weights en/de/fr/nl/es/it/pt)
RECIPES: tuple[tuple[str, Writer, float, tuple[float, ...]], ...] = (
    ("invoice", invoice_document, 0.23, (0.34, 0.24, 0.17, 0.17, 0.04, 0.04, 0.0)),
    ("contract", contract_document, 0.18, (0.4, 0.22, 0.19, 0.19, 0.0, 0.0, 0.0)),
    ("support_ticket", ticket_document, 0.25, (0.4, 0.14, 0.12, 0.1, 0.08, 0.08, 0.08)),
    ("other", business_document, 0.11, (0.34, 0.2, 0.16, 0.16, 0.05, 0.05, 0.04)),
    ("other", legal_note, 0.04, (0.4, 0.22, 0.19, 0.19, 0.0, 0.0, 0.0)),
    ("other", everyday_document, 0.10, (0.4, 0.22, 0.19, 0.19, 0.0, 0.0, 0.0)),
    ("other", chatter_document, 0.09, (0.44, 0.14, 0.12, 0.12, 0.09, 0.09, 0.0)),
)
LANGUAGES = ("en", "de", "fr", "nl", "es", "it", "pt")


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    language: str


def generate_corpus(seed: int = DEFAULT_SEED, size: int = DEFAULT_SIZE) -> list[Example]:
    """`size` labelled documents; the same seed always gives the same documents."""
    rng = random.Random(seed)
    examples = []
    for label, writer, share, weights in RECIPES:
        for _ in range(round(size * share)):
            language = rng.choices(LANGUAGES, weights=weights)[0]
            examples.append(Example(render(rng, writer(rng, language)), label, language))
    rng.shuffle(examples)
    return examples


def render(rng: random.Random, lines: list[str]) -> str:
    """Lines as a reader would hand them over: plain text, HTML cells, or a noisy scan."""
    if maybe(rng, 0.15):
        # HTML tables come out of the reader as tab-separated cells, one paragraph per row.
        lines = [re.sub(r"\s{2,}|\s\|\s", "\t", line) for line in lines]
        text = "\n\n".join(line for line in lines if line.strip())
    else:
        text = "\n".join(lines)
    return ocr_noise(rng, re.sub(r"\n{3,}", "\n\n", text).strip())


def corpus_fingerprint() -> str:
    """A hash of the generator's source: any change to the corpus changes it."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


__all__ = ["DEFAULT_SEED", "DEFAULT_SIZE", "Example", "corpus_fingerprint", "generate_corpus"]
