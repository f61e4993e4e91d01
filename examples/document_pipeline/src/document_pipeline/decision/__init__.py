"""The Decision agent's rules engine: business rules in a YAML file a person can read and change.

    rules = RuleSet.load(path)                       # RuleError names the rule and the mistake
    decision = decide(rules, build_facts(classification, enrichment))
    decision.outcome                                 # "auto_approve" | "escalate" | "reject"

The packaged rules are `document_pipeline/data/rules.yaml`; its comments explain the syntax.
"""

from __future__ import annotations

from document_pipeline.decision.engine import Decision, Finding, decide, render
from document_pipeline.decision.facts import FACTS, build_facts
from document_pipeline.decision.rules import RuleError, parse_duration
from document_pipeline.decision.ruleset import RuleSet

__all__ = [
    "FACTS",
    "Decision",
    "Finding",
    "RuleError",
    "RuleSet",
    "build_facts",
    "decide",
    "parse_duration",
    "render",
]
