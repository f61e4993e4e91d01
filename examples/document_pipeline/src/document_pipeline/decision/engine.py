"""Evaluating the rules against a document's facts: which rules fire, and what they decide.

Every rule is evaluated (nothing short-circuits), so a decision lists all it found. The outcome
is the strongest among the rules that fired: reject, then escalate, then auto_approve; with
none fired, the rules file's default. Text compares without regard to case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from document_pipeline.decision.rules import PLACEHOLDER, Condition, Rule, resolve
from document_pipeline.decision.ruleset import RuleSet

PRECEDENCE = ("reject", "escalate", "auto_approve")


@dataclass(frozen=True)
class Finding:
    rule: str
    outcome: str
    reason: str


@dataclass(frozen=True)
class Decision:
    outcome: str
    reasons: list[str]
    rules_fired: list[str]
    facts: dict[str, Any]
    review_timeout_seconds: int
    on_review_timeout: str
    review_notify: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _fold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(fact: Any, value: Any) -> bool:
    if isinstance(fact, bool) or isinstance(value, bool):
        return fact is value
    return bool(_fold(fact) == _fold(value))


def _contains(fact: Any, value: Any) -> bool:
    if isinstance(fact, list):
        return any(_equal(item, value) for item in fact)
    return isinstance(fact, str) and str(_fold(value)) in fact.casefold()


def _ordered(compare: Callable[[float, float], bool]) -> Callable[[Any, Any], bool]:
    return lambda fact, value: _number(fact) and _number(value) and compare(fact, value)


# Operators on a known fact; a condition on an unknown (missing) fact is false.
_BINARY: dict[str, Callable[[Any, Any], bool]] = {
    "eq": _equal,
    "ne": lambda fact, value: not _equal(fact, value),
    "gt": _ordered(lambda a, b: a > b),
    "gte": _ordered(lambda a, b: a >= b),
    "lt": _ordered(lambda a, b: a < b),
    "lte": _ordered(lambda a, b: a <= b),
    "in": lambda fact, value: any(_equal(fact, v) for v in value),
    "not_in": lambda fact, value: not any(_equal(fact, v) for v in value),
    "contains": _contains,
}


def holds(condition: Condition, facts: dict[str, Any], thresholds: dict[str, Any]) -> bool:
    fact = facts.get(condition.fact)
    empty = fact is None or fact == "" or fact == [] or fact == {}
    unary = {"exists": fact is not None, "missing": fact is None,
             "empty": empty, "not_empty": not empty}
    if condition.op in unary:
        return unary[condition.op]
    if fact is None:
        return False
    return _BINARY[condition.op](fact, resolve(condition.value, thresholds))


def fires(rule: Rule, facts: dict[str, Any], thresholds: dict[str, Any]) -> bool:
    when = rule.when
    return (
        all(holds(c, facts, thresholds) for c in when.all)
        and (not when.any or any(holds(c, facts, thresholds) for c in when.any))
        and not any(holds(c, facts, thresholds) for c in when.none)
    )


def _show(value: Any) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ", ".join(_show(v) for v in value) or "none"
    return str(value)


def render(template: str, facts: dict[str, Any], thresholds: dict[str, Any]) -> str:
    """Fill "{fact}" and "{$threshold}" placeholders; "{{" and "}}" are literal braces."""
    def fill(match: Any) -> str:
        name = match.group(1)
        if name is None:
            return str(match.group(0)[0])
        return _show(thresholds.get(name[1:]) if name.startswith("$") else facts.get(name))

    return PLACEHOLDER.sub(fill, template)


def decide(ruleset: RuleSet, facts: dict[str, Any]) -> Decision:
    thresholds = ruleset.thresholds
    findings = [Finding(rule.id, rule.then, render(rule.reason, facts, thresholds))
                for rule in ruleset.rules if fires(rule, facts, thresholds)]
    outcome = next((o for o in PRECEDENCE if any(f.outcome == o for f in findings)), None)
    if outcome is None:
        outcome = ruleset.default.outcome
        reasons = [render(ruleset.default.reason, facts, thresholds)]
    else:
        reasons = [f.reason for f in findings if f.outcome == outcome]
    return Decision(
        outcome=outcome,
        reasons=reasons,
        rules_fired=[f.rule for f in findings],
        facts={name: facts[name] for name in ruleset.facts_read() if name in facts},
        review_timeout_seconds=ruleset.review.timeout_seconds,
        on_review_timeout=ruleset.review.on_timeout,
        review_notify=list(ruleset.review.notify),
        findings=findings,
    )
