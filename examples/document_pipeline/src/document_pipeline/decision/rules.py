"""The rules file: its schema, and the checks that make a mistake an error naming the rule.

The schema is pydantic (unknown keys, bad operators and bad outcomes are refused); the checks
that need the whole file (facts exist, thresholds exist, values suit the operator, reason
placeholders name facts) follow in `check_rule`.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from document_pipeline.decision.facts import FACTS

Outcome = Literal["auto_approve", "escalate", "reject"]
Operator = Literal["eq", "ne", "gt", "gte", "lt", "lte", "in", "not_in", "exists", "missing",
                   "empty", "not_empty", "contains"]
ORDERING = frozenset({"gt", "gte", "lt", "lte"})
UNARY = frozenset({"exists", "missing", "empty", "not_empty"})
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\$?[A-Za-z_][\w.]*)\}")
_DURATION = re.compile(r"(\d+)\s*([wdhms])")
_UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}


class RuleError(ValueError):
    """A rules file that cannot be used; `problems` lists every mistake found."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


def parse_duration(text: str | int) -> int:
    """Seconds in "7d", "36h", "1d12h", "90m", "45s" or a plain number of seconds."""
    if isinstance(text, int) and not isinstance(text, bool) and text > 0:
        return text
    compact = str(text).strip().lower()
    parts = _DURATION.findall(compact)
    if not parts or _DURATION.sub("", compact).strip():
        raise ValueError(f"{text!r} is not a duration such as 7d, 36h, 90m or 45s")
    seconds = sum(int(n) * _UNIT_SECONDS[unit] for n, unit in parts)
    if seconds <= 0:
        raise ValueError(f"duration {text!r} must be longer than zero")
    return seconds


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(_Strict):
    fact: str
    op: Operator
    value: Any = None

    def has_value(self) -> bool:
        return "value" in self.model_fields_set


class When(_Strict):
    all: list[Condition] = []
    any: list[Condition] = []
    none: list[Condition] = []

    def conditions(self) -> list[Condition]:
        return [*self.all, *self.any, *self.none]


class Rule(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str = ""
    when: When
    then: Outcome
    reason: str = Field(min_length=1)


class DefaultOutcome(_Strict):
    outcome: Outcome = "escalate"
    reason: str = "no rule decided this {type}: a person decides"


class Review(_Strict):
    timeout: str | int = "7d"
    on_timeout: Literal["reject", "auto_approve"] = "reject"
    notify: list[str] = []

    @field_validator("timeout")
    @classmethod
    def _duration(cls, value: str | int) -> str | int:
        parse_duration(value)
        return value

    @property
    def timeout_seconds(self) -> int:
        return parse_duration(self.timeout)


class RuleFile(_Strict):
    thresholds: dict[str, float | int | str | bool | list[Any]] = {}
    default: DefaultOutcome = DefaultOutcome()
    review: Review = Review()
    rules: list[Rule] = Field(min_length=1)


def read_rule_file(path: Path) -> RuleFile:
    source = str(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RuleError(source, [f"cannot read the rules file: {error.strerror}"]) from None
    except yaml.YAMLError as error:
        raise RuleError(source, [f"not valid YAML: {error}"]) from None
    if not isinstance(raw, dict):
        raise RuleError(source, ["the rules file must be a mapping with a 'rules' list"])
    try:
        parsed = RuleFile.model_validate(raw)
    except ValidationError as error:
        raise RuleError(source, [_explain(e, raw) for e in error.errors()]) from None
    problems = _duplicate_ids(parsed) + [p for r in parsed.rules for p in check_rule(r, parsed)]
    problems += _template_problems(parsed.default.reason, parsed, "default")
    if problems:
        raise RuleError(source, problems)
    return parsed


def _explain(error: Any, raw: dict[str, Any]) -> str:
    """One pydantic error as a sentence that names the rule by its id."""
    loc = list(error["loc"])
    where = ".".join(str(part) for part in loc)
    if loc[:1] == ["rules"] and len(loc) > 1 and isinstance(loc[1], int):
        rules = raw.get("rules") or []
        rule = rules[loc[1]] if loc[1] < len(rules) else {}
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        inner = ".".join(str(part) for part in loc[2:]) or "the rule"
        where = f"rule {rule_id!r} ({inner})" if rule_id else f"rules[{loc[1]}] ({inner})"
    if error["type"] == "extra_forbidden":
        return f"{where}: unknown key"
    if error["type"] == "missing":
        return f"{where}: required"
    return f"{where}: {error['msg']}"


def _duplicate_ids(parsed: RuleFile) -> list[str]:
    uses = Counter(rule.id for rule in parsed.rules)
    return [f"rule {rule_id!r}: the id is used more than once"
            for rule_id, count in uses.items() if count > 1]


def check_rule(rule: Rule, parsed: RuleFile) -> list[str]:
    problems: list[str] = []
    if not rule.when.conditions():
        problems.append("'when' needs at least one condition under all, any or none")
    for condition in rule.when.conditions():
        problems += check_condition(condition, parsed.thresholds)
    problems += _template_problems(rule.reason, parsed, "reason")
    return [f"rule {rule.id!r}: {p}" for p in problems]


def check_condition(condition: Condition, thresholds: dict[str, Any]) -> list[str]:
    fact, op = condition.fact, condition.op
    if fact not in FACTS:
        return [f"unknown fact {fact!r}{_suggest(fact)}"]
    if op in UNARY:
        return [f"{fact} {op} takes no value"] if condition.has_value() else []
    if not condition.has_value():
        return [f"{fact} {op} needs a value"]
    try:
        value = resolve(condition.value, thresholds)
    except KeyError as missing:
        return [f"{fact} {op}: no threshold named {missing.args[0]!r}"]
    return _value_problems(fact, op, value)


def _value_problems(fact: str, op: str, value: Any) -> list[str]:
    kind = FACTS[fact][0]
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if op in ORDERING and (kind != "number" or not number):
        return [f"{fact} {op} {value!r}: {op} compares numbers, and {fact} is {kind}"]
    if op in ("in", "not_in") and not isinstance(value, list):
        return [f"{fact} {op} needs a list of values, not {value!r}"]
    if op == "contains" and kind not in ("list", "text"):
        return [f"{fact} contains: {fact} is {kind}, not a list or text"]
    if op in ("eq", "ne") and kind == "yes/no" and not isinstance(value, bool):
        return [f"{fact} {op} {value!r}: {fact} is yes/no, compare it with true or false"]
    return []


def resolve(value: Any, thresholds: dict[str, Any]) -> Any:
    """A "$name" value is the threshold of that name (in lists too); KeyError when none."""
    if isinstance(value, list):
        return [resolve(item, thresholds) for item in value]
    if isinstance(value, str) and value.startswith("$"):
        return thresholds[value[1:]]
    return value


def _template_problems(template: str, parsed: RuleFile, where: str) -> list[str]:
    problems = []
    for match in PLACEHOLDER.finditer(template):
        name = match.group(1)
        if name is None:
            continue
        if name.startswith("$") and name[1:] not in parsed.thresholds:
            problems.append(f"{where}: no threshold named {name[1:]!r} for {{{name}}}")
        elif not name.startswith("$") and name not in FACTS:
            problems.append(f"{where}: unknown fact {{{name}}}{_suggest(name)}")
    return problems


def _suggest(name: str) -> str:
    close = difflib.get_close_matches(name, list(FACTS), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
