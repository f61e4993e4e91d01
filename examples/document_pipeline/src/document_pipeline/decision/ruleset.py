"""A loaded, checked rules file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from document_pipeline.decision.rules import (
    PLACEHOLDER,
    DefaultOutcome,
    Review,
    Rule,
    read_rule_file,
)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    thresholds: dict[str, Any]
    default: DefaultOutcome
    review: Review
    source: str

    @classmethod
    def load(cls, path: Path | str) -> RuleSet:
        """Read and check a rules file; `RuleError` lists every mistake, naming the rule."""
        parsed = read_rule_file(Path(path))
        return cls(tuple(parsed.rules), dict(parsed.thresholds), parsed.default, parsed.review,
                   str(path))

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule {rule_id!r} in {self.source}")

    def facts_read(self) -> list[str]:
        """Every fact the rules test or quote, in the order the file first mentions them."""
        names: dict[str, None] = {}
        for rule in self.rules:
            for condition in rule.when.conditions():
                names.setdefault(condition.fact, None)
            for match in PLACEHOLDER.finditer(rule.reason):
                if match.group(1) and not match.group(1).startswith("$"):
                    names.setdefault(match.group(1), None)
        return list(names)
