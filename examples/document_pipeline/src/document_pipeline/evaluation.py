"""`docpipe evaluate DIR`: how well the offline classifier and the field extractors do on a
labelled folder of documents.

DIR holds the documents and a `labels.json`:
    {"documents": [{"file": "invoice/a.txt", "type": "invoice",
                    "fields": {"invoice_number": "2024-17", "total": 1589.80, ...}}, ...]}
The type is scored against the classifier's prediction; labelled fields are scored against the
extractor of the document's true type, so a classification miss does not hide field quality.
Keys and fields it does not score (a source, a language, a field it has no extractor for) are
named in a warning and ignored.

Routing is scored as the pipeline routes: a document whose confidence is below the rules'
`min_confidence` goes to a person; the rest are routed automatically, and a wrong type there is
a wrong automatic decision. The reliability table says whether a confidence of 0.8 is right
8 times in 10.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from document_pipeline.classification import DOCUMENT_TYPES, classify_document
from document_pipeline.config import PipelineConfig
from document_pipeline.decision.rules import RuleError, read_rule_file
from document_pipeline.documents import read_document
from document_pipeline.fields import extract_fields

LABELS_FILE = "labels.json"
ENTRY_KEYS = ("file", "type", "fields")
RELIABILITY_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
FIELD_NAMES = {
    "invoice": ("invoice_number", "vendor", "total", "currency", "date", "due_date",
                "purchase_order", "vat_id"),
    "contract": ("parties", "effective_date", "term", "expiration_date", "governing_law"),
    "support_ticket": ("customer", "customer_email", "product", "severity", "category",
                       "order_number"),
    "other": (),
}
NUMBER_FIELDS = {"total"}
# A total read as 1589.80 matches a label of 1589.8 and nothing a cent away.
AMOUNT_TOLERANCE = 0.005 + 1e-9
TRAILING = ".,;:!?-–·"


class LabelsError(ValueError):
    """labels.json is missing, unreadable, or names a file or type that does not exist."""


@dataclass(frozen=True)
class Labelled:
    file: str
    type: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class LabelFile:
    documents: list[Labelled]
    # What is not scored, with how many documents have it: "key 'language'": 109, ...
    ignored: dict[str, int]

    def warning(self) -> str | None:
        if not self.ignored:
            return None
        listed = ", ".join(f"{what} ({n} document{'s' * (n != 1)})"
                           for what, n in sorted(self.ignored.items()))
        return f"{LABELS_FILE}: not scored, ignored: {listed}"


@dataclass(frozen=True)
class ClassScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class FieldScore:
    matched: int
    labelled: int

    @property
    def rate(self) -> float:
        return self.matched / self.labelled if self.labelled else 0.0


@dataclass(frozen=True)
class Miss:
    file: str
    what: str
    expected: Any
    found: Any


@dataclass(frozen=True)
class Routing:
    """Documents at or above the confidence threshold go on by themselves; the rest to a
    person."""

    min_confidence: float
    auto_routed: int
    auto_correct: int
    escalated: int

    @property
    def auto_accuracy(self) -> float:
        return self.auto_correct / self.auto_routed if self.auto_routed else 0.0

    @property
    def escalated_share(self) -> float:
        total = self.auto_routed + self.escalated
        return self.escalated / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "auto_accuracy": self.auto_accuracy,
                "escalated_share": self.escalated_share}


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    n: int
    mean_confidence: float
    accuracy: float


@dataclass(frozen=True)
class EvaluationReport:
    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScore]
    confusion: dict[str, dict[str, int]]
    fields: dict[str, FieldScore]
    misses: tuple[Miss, ...]
    routing: Routing
    reliability: tuple[ReliabilityBin, ...]
    # Expected calibration error: the gap between confidence and accuracy, weighted by bin.
    calibration_error: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n, "accuracy": self.accuracy, "macro_f1": self.macro_f1,
            "routing": self.routing.to_dict(),
            "reliability": [asdict(b) for b in self.reliability],
            "calibration_error": self.calibration_error,
            "per_class": {name: asdict(score) for name, score in self.per_class.items()},
            "confusion": self.confusion,
            "fields": {name: {"matched": s.matched, "labelled": s.labelled, "rate": s.rate}
                       for name, s in self.fields.items()},
            "misses": [asdict(miss) for miss in self.misses],
        }


def load_labels(folder: Path) -> LabelFile:
    """The labelled documents of a folder; every problem in labels.json is named at once."""
    path = Path(folder) / LABELS_FILE
    if not path.is_file():
        raise LabelsError(f"{path}: no such file; a labelled folder needs {LABELS_FILE}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LabelsError(f"{path}: not valid JSON: {error}") from None
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise LabelsError(f'{path}: expected {{"documents": [...]}} with at least one document')
    labelled, problems, seen = [], [], set()
    ignored: dict[str, int] = {}
    for index, entry in enumerate(entries):
        found = _check_entry(Path(folder), entry, ignored)
        if isinstance(found, str):
            problems.append(f"documents[{index}]: {found}")
        elif found.file in seen:
            problems.append(f"documents[{index}]: {found.file} is labelled twice")
        else:
            seen.add(found.file)
            labelled.append(found)
    if problems:
        raise LabelsError(f"{path}: " + "; ".join(problems))
    return LabelFile(labelled, ignored)


def _check_entry(folder: Path, entry: Any, ignored: dict[str, int]) -> Labelled | str:
    if not isinstance(entry, dict):
        return "expected an object with file, type and fields"
    file, doc_type, fields = entry.get("file"), entry.get("type"), entry.get("fields", {})
    if not isinstance(file, str) or not file:
        return "missing file"
    if doc_type not in DOCUMENT_TYPES:
        return f"{file}: unknown type {doc_type!r}, expected one of {', '.join(DOCUMENT_TYPES)}"
    if not (folder / file).is_file():
        return f"{file}: no such file in {folder}"
    if not isinstance(fields, dict):
        return f"{file}: fields must be an object"
    extra = [f"key {key!r}" for key in entry if key not in ENTRY_KEYS]
    extra += [f"field {doc_type}.{name}" for name in fields if name not in FIELD_NAMES[doc_type]]
    for what in extra:
        ignored[what] = ignored.get(what, 0) + 1
    scored = {name: value for name, value in fields.items() if name in FIELD_NAMES[doc_type]}
    for name, value in scored.items():
        problem = _check_field(name, value)
        if problem:
            return f"{file}: {problem}"
    return Labelled(file, doc_type, scored)


def _check_field(name: str, value: Any) -> str | None:
    if name in NUMBER_FIELDS and value is not None and not _is_number(value):
        return f"{name} must be a number, not {value!r}"
    if name.endswith("date") and value is not None and _iso_date(value) is None:
        return f"{name} must be an ISO date (yyyy-mm-dd), not {value!r}"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def _text_key(value: Any) -> str:
    return " ".join(str(value).split()).casefold().rstrip(TRAILING).strip()


def _code_key(value: Any) -> str:
    return re.sub(r"\s", "", str(value)).casefold()


def field_matches(name: str, expected: Any, found: Any) -> bool:
    """Whether an extracted value is the labelled one, compared the way a person would."""
    if expected is None or found is None:
        return expected is None and found is None
    if name in NUMBER_FIELDS:
        return _is_number(found) and abs(float(found) - float(expected)) <= AMOUNT_TOLERANCE
    if name.endswith("date"):
        return _iso_date(found) is not None and _iso_date(found) == _iso_date(expected)
    if name in ("invoice_number", "order_number", "vat_id", "purchase_order"):
        return _code_key(found) == _code_key(expected)
    if isinstance(expected, list):
        found_items = found if isinstance(found, list) else [found]
        return {_text_key(v) for v in expected} == {_text_key(v) for v in found_items}
    return _text_key(found) == _text_key(expected)


def evaluate(folder: Path, min_confidence: float = 0.5,
             labels: LabelFile | None = None) -> EvaluationReport:
    """Classify every labelled document and extract the labelled fields; score both, and the
    routing a `min_confidence` threshold gives."""
    folder = Path(folder)
    pairs: list[tuple[str, str]] = []
    confidences: list[float] = []
    misses: list[Miss] = []
    field_counts: dict[str, list[int]] = {}
    for item in (labels or load_labels(folder)).documents:
        document = read_document(folder / item.file)
        found = classify_document(document)
        pairs.append((item.type, found.type))
        confidences.append(found.confidence)
        if found.type != item.type:
            misses.append(Miss(item.file, "type", item.type,
                               f"{found.type} ({found.confidence:.2f})"))
        if item.fields:
            extracted = extract_fields(item.type, document)
            for name, expected in item.fields.items():
                ok = field_matches(name, expected, extracted.get(name))
                counts = field_counts.setdefault(name, [0, 0])
                counts[0] += ok
                counts[1] += 1
                if not ok:
                    misses.append(Miss(item.file, name, expected, extracted.get(name)))
    return _report(pairs, confidences, min_confidence, field_counts, misses)


def routing(pairs: list[tuple[str, str]], confidences: list[float],
            min_confidence: float) -> Routing:
    auto = [truth == found for (truth, found), confidence in zip(pairs, confidences, strict=True)
            if confidence >= min_confidence]
    return Routing(min_confidence, len(auto), sum(auto), len(pairs) - len(auto))


def reliability(pairs: list[tuple[str, str]],
                confidences: list[float]) -> tuple[tuple[ReliabilityBin, ...], float]:
    """Confidence against accuracy, by confidence band; and the expected calibration error."""
    bins, error = [], 0.0
    edges = list(zip(RELIABILITY_BINS, RELIABILITY_BINS[1:], strict=False))
    for index, (low, high) in enumerate(edges):
        last = index == len(edges) - 1
        inside = [(truth == found, confidence)
                  for (truth, found), confidence in zip(pairs, confidences, strict=True)
                  if low <= confidence < high or (last and confidence == high)]
        if not inside:
            continue
        accuracy = sum(right for right, _ in inside) / len(inside)
        mean = sum(confidence for _, confidence in inside) / len(inside)
        bins.append(ReliabilityBin(low, high, len(inside), mean, accuracy))
        error += len(inside) / len(pairs) * abs(accuracy - mean)
    return tuple(bins), error


def _report(pairs: list[tuple[str, str]], confidences: list[float], min_confidence: float,
            field_counts: dict[str, list[int]], misses: list[Miss]) -> EvaluationReport:
    per_class = class_scores(pairs)
    present = [name for name in DOCUMENT_TYPES
               if any(name in pair for pair in pairs)]
    macro = sum(per_class[name].f1 for name in present) / len(present) if present else 0.0
    confusion = {truth: {predicted: sum(1 for pair in pairs if pair == (truth, predicted))
                         for predicted in DOCUMENT_TYPES} for truth in DOCUMENT_TYPES}
    correct = sum(1 for truth, predicted in pairs if truth == predicted)
    fields = {name: FieldScore(matched, labelled)
              for name, (matched, labelled) in field_counts.items()}
    bins, calibration_error = reliability(pairs, confidences)
    return EvaluationReport(
        n=len(pairs), accuracy=correct / len(pairs) if pairs else 0.0, macro_f1=macro,
        per_class=per_class, confusion=confusion, fields=fields, misses=tuple(misses),
        routing=routing(pairs, confidences, min_confidence), reliability=bins,
        calibration_error=calibration_error)


def class_scores(pairs: list[tuple[str, str]]) -> dict[str, ClassScore]:
    """Precision, recall and F1 of each type; 0 where a ratio has nothing to divide by."""
    scores = {}
    for name in DOCUMENT_TYPES:
        hits = sum(1 for truth, predicted in pairs if truth == predicted == name)
        predicted = sum(1 for _, guess in pairs if guess == name)
        support = sum(1 for truth, _ in pairs if truth == name)
        precision = hits / predicted if predicted else 0.0
        recall = hits / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[name] = ClassScore(precision, recall, f1, support)
    return scores


def render(report: EvaluationReport, console: Console) -> None:
    console.print(f"documents: {report.n}   accuracy: {report.accuracy:.3f}   "
                  f"macro-F1: {report.macro_f1:.3f}")
    route = report.routing
    console.print(f"routed automatically (confidence >= {route.min_confidence:g}): "
                  f"{route.auto_routed}, accuracy {route.auto_accuracy:.3f}   "
                  f"escalated to a person: {route.escalated} ({route.escalated_share:.1%})")
    classes = Table("type", "precision", "recall", "F1", "support", title="Document types")
    for name, score in report.per_class.items():
        classes.add_row(name, f"{score.precision:.3f}", f"{score.recall:.3f}",
                        f"{score.f1:.3f}", str(score.support))
    console.print(classes)
    matrix = Table("true \\ predicted", *DOCUMENT_TYPES, title="Confusion matrix")
    for truth, row in report.confusion.items():
        matrix.add_row(truth, *(str(row[name]) for name in DOCUMENT_TYPES))
    console.print(matrix)
    bands = Table("confidence", "documents", "mean confidence", "accuracy",
                  title=f"Reliability (calibration error {report.calibration_error:.3f})")
    for band in report.reliability:
        bands.add_row(f"{band.low:.2f}-{band.high:.2f}", str(band.n),
                      f"{band.mean_confidence:.3f}", f"{band.accuracy:.3f}")
    console.print(bands)
    if report.fields:
        fields = Table("field", "exact match", "matched", "labelled", title="Fields")
        for name, field in report.fields.items():
            fields.add_row(name, f"{field.rate:.3f}", str(field.matched), str(field.labelled))
        console.print(fields)
    if report.misses:
        misses = Table("file", "what", "expected", "found", title="Misses")
        for miss in report.misses:
            misses.add_row(miss.file, miss.what, repr(miss.expected), repr(miss.found))
        console.print(misses)


@click.command("evaluate")
@click.argument("directory", metavar="DIR",
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rules", "rules_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="The rules whose min_confidence routes documents "
              "[default: DOCPIPE_RULES, or the packaged rules.yaml].")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate_command(directory: Path, rules_path: Path | None, as_json: bool) -> None:
    """Score the offline classifier and the field extractors on a labelled folder.

    DIR holds the documents and a labels.json: {"documents": [{"file", "type", "fields"}]}.
    """
    try:
        rules = read_rule_file(rules_path or PipelineConfig.from_env().rules_path)
        labels = load_labels(directory)
    except (LabelsError, RuleError) as error:
        raise click.ClickException(str(error)) from None
    warning = labels.warning()
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    min_confidence = float(rules.thresholds.get("min_confidence", 0.0))  # type: ignore[arg-type]
    report = evaluate(directory, min_confidence, labels)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str))
    else:
        render(report, Console(highlight=False, width=max(120, Console().width)))


if __name__ == "__main__":
    sys.exit(evaluate_command())
