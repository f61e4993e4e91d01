"""The business rules: the packaged rules on real enrichment, the engine, and the file's errors."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from document_pipeline.config import default_rules_path
from document_pipeline.decision import (
    FACTS,
    Decision,
    RuleError,
    RuleSet,
    build_facts,
    decide,
    parse_duration,
)
from document_pipeline.enrichment import ExternalContextClient, ReferenceDB, enrich, fetch_external
from document_pipeline.enrichment.context_service import ContextService

RULES = RuleSet.load(default_rules_path())
CLOSED_ORDER = """
purchase_orders:
  - {number: PO-2023-0001, vendor: ACME GmbH, amount: 200.00, currency: EUR, status: closed}
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReferenceDB]:
    folder = tmp_path_factory.mktemp("reference")
    reference = ReferenceDB.open(f"sqlite:///{folder / 'reference.db'}")
    reference.seed(None)
    (folder / "closed.yaml").write_text(CLOSED_ORDER)
    reference.seed(folder / "closed.yaml")
    reference.record_filed_invoice("Northwind Traders Ltd", "NW-88213", 412.5, "GBP", "exec-9")
    yield reference
    reference.close()


@pytest.fixture(scope="module")
def context_api() -> Iterator[ContextService]:
    with ContextService(sanctioned=["Soylent SARL"]) as service:
        yield service


def document(kind: str, confidence: float = 0.9, text: str = "some text",
             problems: tuple[str, ...] = (), **fields: Any) -> dict[str, Any]:
    return {"type": kind, "confidence": confidence, "fields": fields,
            "document": {"name": f"{kind}.pdf", "problems": list(problems)},
            "text_excerpt": text, "classified_by": "offline"}


def invoice(confidence: float = 0.9, **fields: Any) -> dict[str, Any]:
    values = {"invoice_number": "A-100", "vendor": "ACME GmbH", "total": 1589.80,
              "currency": "EUR", "purchase_order": "PO-2024-0042", **fields}
    return document("invoice", confidence, **values)


def decided(db: ReferenceDB, classification: dict[str, Any],
            external: dict[str, Any] | None = None, rules: RuleSet = RULES) -> Decision:
    enrichment = enrich(classification, db, external_result=external)
    return decide(rules, build_facts(classification, enrichment))


# ----- the packaged rules, one scenario per rule -------------------------------------------

SCENARIOS: list[tuple[str, dict[str, Any], str, str, str]] = [
    ("empty-file", document("other", 0.2, "", ("empty file",)), "reject", "empty file", ""),
    ("unreadable-document", document("other", 0.3, "", ("encrypted PDF",)), "escalate",
     "other.pdf could not be read: encrypted PDF", ""),
    # An e-mail whose only text is its subject and sender says nothing, however it classifies.
    ("unreadable-document", document("support_ticket", 0.9, "Subject: Documents\nFrom: a@b.c",
                                     ("e-mail has no text body",)), "escalate",
     "support_ticket.pdf could not be read: e-mail has no text body", ""),
    ("low-confidence", invoice(confidence=0.31), "escalate",
     "classified as invoice with confidence 0.31, below 0.80", ""),
    ("other-document", document("other", 0.8), "escalate",
     "is not an invoice, a contract or a support ticket", ""),
    ("invoice-duplicate", invoice(vendor="Northwind Traders Ltd", invoice_number="NW 88213",
                                  total=412.5, currency="GBP", purchase_order="PO-2024-0107"),
     "reject", "duplicate: invoice NW 88213 from Northwind Traders Ltd was already filed", ""),
    ("invoice-unknown-vendor", invoice(vendor="Blue Harbor Logistics", purchase_order=None),
     "escalate", "vendor Blue Harbor Logistics is not in the vendor register", ""),
    ("invoice-vendor-unread", invoice(vendor=None, purchase_order=None), "escalate",
     "the vendor could not be read from invoice.pdf: a person checks who sent it", ""),
    ("invoice-without-purchase-order", invoice(purchase_order=None), "escalate",
     "no purchase order found for invoice A-100 (quoted: unknown)", ""),
    ("invoice-purchase-order-of-another-vendor", invoice(vendor="Globex Corporation"),
     "escalate", "purchase order PO-2024-0042 was issued to ACME GmbH, not to Globex", ""),
    ("invoice-amount-mismatch", invoice(total=1600), "escalate",
     "total 1600 EUR does not match purchase order PO-2024-0042 (1589.80 EUR)", ""),
    ("invoice-purchase-order-not-open", invoice(total=200.0, purchase_order="PO-2023-0001"),
     "escalate", "purchase order PO-2023-0001 is closed", ""),
    ("invoice-without-total", invoice(total=None), "escalate",
     "no total could be read from invoice A-100", ""),
    ("invoice-over-limit", invoice(vendor="Initech B.V.", total=12750.0,
                                   purchase_order="PO-2024-0150"), "escalate",
     "total 12750.00 EUR is over the 5000 limit", ""),
    ("invoice-matches-purchase-order", invoice(vendor="Acme GmbH."), "auto_approve",
     "invoice A-100 from ACME GmbH matches open purchase order PO-2024-0042 (1589.80 EUR)", ""),
    ("contract-new-counterparty", document("contract", parties=["Wayne Enterprises",
                                                                "Lamina Labs"]),
     "escalate", "no party of the contract (Wayne Enterprises, Lamina Labs) is a known", ""),
    ("contract-legal-review", document("contract", parties=["Contoso Ltd", "Lamina Labs"],
                                       effective_date="2026-02-01"), "escalate",
     "contract with Contoso Ltd needs legal review: no agreement with them is in force on "
     "2026-02-01", ""),
    ("contract-under-existing-agreement",
     document("contract", parties=["Contoso Ltd"], effective_date="2024-05-01"),
     "auto_approve", "falls under MSA-CONTOSO-2023 (Master services agreement), in force on "
     "2024-05-01", ""),
    ("ticket-critical", document("support_ticket", customer="Fabrikam Inc",
                                 severity="critical", product="Lamina Cloud", category="bug"),
     "escalate", "critical Lamina Cloud ticket from Fabrikam Inc", "ticket-route"),
    ("ticket-route", document("support_ticket", customer="Fabrikam Inc",
                              customer_email="it@fabrikam.com", severity="medium",
                              category="bug", product="Lamina Cloud"),
     "auto_approve", "medium bug ticket from Fabrikam Inc routed (customer tier standard, "
     "2 open tickets)", ""),
]


@pytest.mark.parametrize(("rule_id", "classification", "outcome", "reason", "also"),
                         SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_each_packaged_rule_decides_its_case(
    db: ReferenceDB, rule_id: str, classification: dict[str, Any], outcome: str, reason: str,
    also: str,
) -> None:
    decision = decided(db, classification)
    assert rule_id in decision.rules_fired
    assert decision.outcome == outcome, decision.reasons
    assert any(reason in r for r in decision.reasons), decision.reasons
    if also:
        assert also in decision.rules_fired
    json.dumps(decision.to_dict())


def test_a_sanctioned_company_is_rejected(db: ReferenceDB, context_api: ContextService) -> None:
    contract = document("contract", parties=["Contoso Ltd", "Soylent SARL"],
                        effective_date="2024-05-01")
    external = fetch_external(ExternalContextClient(context_api.url), contract)
    decision = decided(db, contract, external)
    assert decision.outcome == "reject"
    assert decision.reasons == ["Soylent SARL is on a sanctions list"]
    assert {"sanctioned-company", "contract-under-existing-agreement"} <= set(
        decision.rules_fired)


def test_an_inactive_company_is_escalated(db: ReferenceDB, context_api: ContextService) -> None:
    ticket = document("support_ticket", customer="Initrode", severity="low", category="other")
    external = fetch_external(ExternalContextClient(context_api.url), ticket)
    decision = decided(db, ticket, external)
    assert decision.outcome == "escalate"
    assert decision.reasons == ["the company register lists Initrode as not active"]


def test_an_unavailable_external_api_is_escalated_not_guessed(db: ReferenceDB) -> None:
    # The shape the Enrichment agent records when its retries ran out.
    down = {"available": False, "error": "503 after 5 attempts"}
    decision = decided(db, invoice(), down)
    assert decision.outcome == "escalate"
    assert decision.rules_fired == ["external-context-unavailable",
                                    "invoice-matches-purchase-order"]
    assert decision.reasons == [
        "the company register could not be reached (503 after 5 attempts); checks incomplete"]
    assert decided(db, invoice()).outcome == "auto_approve"


def test_every_packaged_rule_has_a_case(db: ReferenceDB, context_api: ContextService) -> None:
    client = ExternalContextClient(context_api.url)
    cases = [(classification, None) for _, classification, *_ in SCENARIOS]
    sanctioned = document("contract", parties=["Soylent SARL"])
    dissolved = document("support_ticket", customer="Initrode")
    cases += [(sanctioned, fetch_external(client, sanctioned)),
              (dissolved, fetch_external(client, dissolved)),
              (invoice(), {"available": False, "error": "timed out"})]
    fired = {rule for c, external in cases for rule in decided(db, c, external).rules_fired}
    assert fired == {rule.id for rule in RULES.rules}


def test_reject_beats_escalate_beats_auto_approve(db: ReferenceDB) -> None:
    duplicate_over_limit = invoice(vendor="Northwind Traders Ltd", invoice_number="NW-88213",
                                   total=9000.0, currency="GBP", purchase_order="PO-2024-0107")
    decision = decided(db, duplicate_over_limit)
    assert decision.outcome == "reject"
    assert {"invoice-duplicate", "invoice-over-limit", "invoice-amount-mismatch"} <= set(
        decision.rules_fired)
    assert len(decision.reasons) == 1 and "duplicate" in decision.reasons[0]
    assert [f.outcome for f in decision.findings].count("escalate") == 2


def test_the_decision_carries_the_review_terms_and_the_facts_it_read(db: ReferenceDB) -> None:
    decision = decided(db, invoice(vendor="Blue Harbor Logistics"))
    data = decision.to_dict()
    assert data["review_timeout_seconds"] == 7 * 86400 and data["on_review_timeout"] == "reject"
    assert data["facts"]["vendor.known"] is False and data["facts"]["invoice.total"] == 1589.8
    assert set(data["facts"]) <= set(FACTS)
    assert json.loads(json.dumps(data)) == data


def test_an_unclassifiable_scan_with_no_fields_still_gets_a_decision(db: ReferenceDB) -> None:
    bare = {"type": "invoice", "confidence": 0.7, "fields": {}, "document": {"name": "x.pdf"},
            "text_excerpt": "INVOICE"}
    decision = decided(db, bare)
    assert decision.outcome == "escalate"
    assert {"invoice-vendor-unread", "invoice-without-total"} <= set(decision.rules_fired)
    assert "invoice-unknown-vendor" not in decision.rules_fired


# ----- the engine on rules written for the test --------------------------------------------


def write_rules(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(text))
    return path


def one_rule(tmp_path: Path, condition: str, thresholds: str = "{}") -> RuleSet:
    return RuleSet.load(write_rules(tmp_path, f"""
        thresholds: {thresholds}
        rules:
          - id: probe
            when: {{all: [{condition}]}}
            then: reject
            reason: fired
    """))


@pytest.mark.parametrize(("condition", "facts", "fires"), [
    ("{fact: type, op: eq, value: INVOICE}", {"type": "invoice"}, True),
    ("{fact: type, op: ne, value: invoice}", {"type": "contract"}, True),
    ("{fact: type, op: ne, value: invoice}", {}, False),
    ("{fact: invoice.total, op: gt, value: 100}", {"invoice.total": 100.5}, True),
    ("{fact: invoice.total, op: gt, value: 100}", {"invoice.total": 100}, False),
    ("{fact: invoice.total, op: gte, value: 100}", {"invoice.total": 100}, True),
    ("{fact: invoice.total, op: lt, value: $limit}", {"invoice.total": 9}, True),
    ("{fact: invoice.total, op: lte, value: $limit}", {"invoice.total": 10.01}, False),
    ("{fact: invoice.total, op: lt, value: 5}", {}, False),
    ("{fact: invoice.currency, op: in, value: [eur, GBP]}", {"invoice.currency": "EUR"}, True),
    ("{fact: invoice.currency, op: not_in, value: [EUR]}", {"invoice.currency": "USD"}, True),
    ("{fact: problems, op: contains, value: Encrypted PDF}", {"problems": ["encrypted PDF"]},
     True),
    ("{fact: problems, op: contains, value: PDF}", {"problems": ["encrypted PDF"]}, False),
    ("{fact: invoice.vendor, op: contains, value: gmbh}", {"invoice.vendor": "ACME GmbH"},
     True),
    ("{fact: invoice.vat_id, op: exists}", {"invoice.vat_id": "DE1"}, True),
    ("{fact: invoice.vat_id, op: missing}", {}, True),
    ("{fact: problems, op: empty}", {"problems": []}, True),
    ("{fact: problems, op: empty}", {}, True),
    ("{fact: problems, op: not_empty}", {"problems": ["x"]}, True),
    ("{fact: vendor.known, op: eq, value: false}", {"vendor.known": False}, True),
    ("{fact: vendor.known, op: eq, value: false}", {"vendor.known": 0}, False),
])
def test_operators(tmp_path: Path, condition: str, facts: dict[str, Any], fires: bool) -> None:
    rules = one_rule(tmp_path, condition, "{limit: 10}")
    assert (decide(rules, facts).rules_fired == ["probe"]) is fires


def test_any_and_none_groups_and_the_default(tmp_path: Path) -> None:
    rules = RuleSet.load(write_rules(tmp_path, """
        default: {outcome: reject, reason: "nothing matched {type}"}
        review: {timeout: 1d12h, on_timeout: auto_approve, notify: [ap@example.com]}
        rules:
          - id: eu-unless-vip
            when:
              any: [{fact: invoice.currency, op: eq, value: EUR},
                    {fact: vendor.country, op: in, value: [DE, FR]}]
              none: [{fact: customer.tier, op: eq, value: gold}]
            then: auto_approve
            reason: "{{literal}} {invoice.currency} {vendor.country}"
    """))
    assert decide(rules, {"vendor.country": "FR"}).reasons == ["{literal} unknown FR"]
    vip = decide(rules, {"invoice.currency": "EUR", "customer.tier": "gold", "type": "memo"})
    assert (vip.outcome, vip.reasons, vip.rules_fired) == ("reject", ["nothing matched memo"], [])
    assert (vip.review_timeout_seconds, vip.on_review_timeout) == (129600, "auto_approve")
    assert vip.review_notify == ["ap@example.com"]


def test_reason_templates_show_values_for_people(tmp_path: Path) -> None:
    rules = RuleSet.load(write_rules(tmp_path, """
        thresholds: {limit: 5000}
        rules:
          - id: say
            when: {all: [{fact: type, op: exists}]}
            then: escalate
            reason: >-
              {invoice.total}/{$limit}/{vendor.known}/{problems}/{contract.parties}/{po.number}
    """))
    facts = {"type": "invoice", "invoice.total": 12.5, "vendor.known": True, "problems": [],
             "contract.parties": ["A", "B"]}
    assert decide(rules, facts).reasons == ["12.50/5000/yes/none/A, B/unknown"]


@pytest.mark.parametrize(("text", "expected"), [(" 7d", 604800), ("36h", 129600),
                                                ("1d 12h", 129600), ("90m", 5400),
                                                ("45s", 45), (60, 60)])
def test_durations(text: str | int, expected: int) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["7 days", "soon", "0s", "", "d7"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


# ----- mistakes in the rules file -----------------------------------------------------------

RULE = """
  - id: {id}
    when: {{all: [{condition}]}}
    then: {then}
    reason: {reason}
"""


def rules_text(condition: str = "{fact: type, op: eq, value: invoice}", then: str = "reject",
               reason: str = "r", head: str = "", rule_id: str = "my-rule") -> str:
    return head + "rules:" + RULE.format(id=rule_id, condition=condition, then=then,
                                         reason=reason)


@pytest.mark.parametrize(("text", "message"), [
    (rules_text(then="approve"), "rule 'my-rule' (then): Input should be 'auto_approve', "
                                 "'escalate' or 'reject'"),
    (rules_text("{fact: type, op: equals, value: x}"), "rule 'my-rule' (when.all.0.op)"),
    (rules_text("{fact: type, op: eq, value: x, colour: red}"),
     "rule 'my-rule' (when.all.0.colour): unknown key"),
    (rules_text("{fact: invoice.totl, op: gt, value: 1}"),
     "rule 'my-rule': unknown fact 'invoice.totl' (did you mean 'invoice.total'?)"),
    (rules_text("{fact: invoice.total, op: gt, value: $limit}"),
     "rule 'my-rule': invoice.total gt: no threshold named 'limit'"),
    (rules_text("{fact: type, op: gt, value: 3}"), "gt compares numbers, and type is text"),
    (rules_text("{fact: invoice.total, op: gt, value: lots}"), "gt compares numbers"),
    (rules_text("{fact: type, op: in, value: invoice}"), "type in needs a list of values"),
    (rules_text("{fact: type, op: exists, value: 1}"), "type exists takes no value"),
    (rules_text("{fact: type, op: eq}"), "type eq needs a value"),
    (rules_text("{fact: vendor.known, op: eq, value: maybe}"), "compare it with true or false"),
    (rules_text("{fact: confidence, op: contains, value: 1}"), "confidence is number"),
    (rules_text(reason='"total {invoice.totall}"'), "reason: unknown fact {invoice.totall}"),
    (rules_text(reason='"over {$cap}"'), "reason: no threshold named 'cap'"),
    (rules_text(rule_id="Bad Id"), "rule 'Bad Id' (id): String should match pattern"),
    (rules_text(head="review: {timeout: forever}\n"), "review.timeout: Value error, 'forever'"),
    (rules_text(head="review: {on_timeout: escalate}\n"), "review.on_timeout"),
    (rules_text(head="colour: red\n"), "colour: unknown key"),
    (rules_text(head="default: {reason: '{nope}'}\n"), "default: unknown fact {nope}"),
    ("rules: []", "rules: List should have at least 1 item"),
    ("rules:\n  - id: x\n    then: reject\n    reason: r\n", "rule 'x' (when): required"),
    ("rules:\n  - id: x\n    when: {}\n    then: reject\n    reason: r\n",
     "rule 'x': 'when' needs at least one condition"),
    ("- a list", "must be a mapping"),
    ("rules: [", "not valid YAML"),
])
def test_mistakes_are_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(RuleError) as caught:
        RuleSet.load(write_rules(tmp_path, text))
    assert message in str(caught.value)
    assert str(tmp_path / "rules.yaml") in str(caught.value)


def test_every_mistake_is_listed_at_once_and_ids_are_unique(tmp_path: Path) -> None:
    text = rules_text("{fact: nope, op: eq, value: 1}") + RULE.format(
        id="my-rule", condition="{fact: type, op: gt, value: 1}", then="reject", reason="r")
    with pytest.raises(RuleError) as caught:
        RuleSet.load(write_rules(tmp_path, text))
    assert len(caught.value.problems) == 3
    assert "rule 'my-rule': the id is used more than once" in caught.value.problems


def test_a_missing_rules_file(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="cannot read the rules file"):
        RuleSet.load(tmp_path / "absent.yaml")
