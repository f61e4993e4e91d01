"""The two questions the pipeline asks an LLM: what is this document, and why this decision."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from document_pipeline.llm.client import LLMClient
from document_pipeline.llm.field_schemas import normalise_fields
from document_pipeline.llm.reply import Usage

TEXT_BUDGET_CHARS = 12_000
DocumentType = Literal["invoice", "contract", "support_ticket", "other"]

CLASSIFY_SYSTEM = """You classify business documents and extract their metadata.
Document types:
- "invoice": a bill asking for payment (invoice, Rechnung, facture, credit note).
  fields: invoice_number, vendor (the issuer), total (number), currency (ISO 4217 code),
  date (yyyy-mm-dd), due_date (yyyy-mm-dd), purchase_order (e.g. "PO-2024-0042"),
  vat_id (the vendor's), line_items (list of {description, quantity, unit_price, amount}).
- "contract": an agreement between parties (services, supply, NDA, lease).
  fields: parties (list of names), effective_date (yyyy-mm-dd), term (e.g. "24 months"),
  expiration_date (yyyy-mm-dd), governing_law.
- "support_ticket": a customer asking for help or reporting a problem.
  fields: customer (company), customer_email, product, severity ("low", "medium", "high",
  "critical"), category ("billing", "bug", "access", "feature_request", "other"), order_number.
- "other": anything else; fields is then {}.
Put only fields the document states into "fields"; leave out what it does not say.
"confidence" is your probability (0 to 1) that the type is right; "rationale" is one sentence
on what gave the type away."""

EXPLAIN_SYSTEM = """You explain decisions taken by business rules on incoming documents.
Given the outcome, the rules that fired and the facts they saw, write a rationale of one to
three plain sentences for the person who reads the audit trail. State only what the facts
support; do not invent numbers, names or rules."""


class LLMClassification(BaseModel):
    type: DocumentType
    confidence: float = Field(ge=0.0, le=1.0)
    fields: dict[str, Any] = Field(default_factory=dict)
    rationale: str = ""

    @field_validator("type", mode="before")
    @classmethod
    def _plain_type(cls, value: Any) -> Any:
        return value.strip().lower().replace(" ", "_") if isinstance(value, str) else value

    @model_validator(mode="after")
    def _vocabulary_fields(self) -> LLMClassification:
        self.fields = normalise_fields(self.type, self.fields)
        return self


class DecisionRationale(BaseModel):
    rationale: str = Field(min_length=1)


def classify_document(
    client: LLMClient, text: str, budget_chars: int = TEXT_BUDGET_CHARS
) -> tuple[LLMClassification, Usage]:
    """The document's type, confidence, vocabulary fields and a one-line rationale."""
    user = f"Classify this document.\n\n<document>\n{truncate(text, budget_chars)}\n</document>"
    reply = client.complete_json(CLASSIFY_SYSTEM, user, LLMClassification)
    return reply.value, reply.usage


def explain_decision(client: LLMClient, facts: dict[str, Any]) -> tuple[str, Usage]:
    """One to three sentences on why the rules decided as they did."""
    user = "Explain this decision.\n\n" + json.dumps(facts, indent=1, default=str, sort_keys=True)
    reply = client.complete_json(EXPLAIN_SYSTEM, user, DecisionRationale)
    return reply.value.rationale.strip(), reply.usage


def truncate(text: str, budget_chars: int) -> str:
    """At most about budget_chars: the head and the tail, where totals and signatures sit."""
    if budget_chars < 100:
        raise ValueError(f"budget_chars must be at least 100, not {budget_chars}")
    if len(text) <= budget_chars:
        return text
    tail = budget_chars // 4
    head = budget_chars - tail
    omitted = len(text) - head - tail
    return f"{text[:head]}\n[... {omitted} characters omitted ...]\n{text[-tail:]}"
