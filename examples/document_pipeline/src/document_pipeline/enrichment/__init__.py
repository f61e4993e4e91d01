"""The Enrichment agent's work: business context from the reference database and an external API.

`fetch_external` calls the external company-context API and raises `ContextUnavailable` when
it is slow or down, so the caller runs it as a durable step with retries; `enrich` looks the
document up in the reference database and merges the external result it is given.
"""

from __future__ import annotations

from typing import Any

from document_pipeline.enrichment.external import (
    ContextError,
    ContextUnavailable,
    ExternalContextClient,
)
from document_pipeline.enrichment.lookups import (
    contract_context,
    invoice_context,
    ticket_context,
)
from document_pipeline.enrichment.reference import ReferenceDB

__all__ = [
    "ContextError",
    "ContextUnavailable",
    "ExternalContextClient",
    "ReferenceDB",
    "companies_to_check",
    "enrich",
    "fetch_external",
]

# Enough for every party of a contract, few enough to keep one step short.
MAX_COMPANIES = 4
NOT_CONFIGURED = {"configured": False, "available": False,
                  "error": "no external context API configured"}


def companies_to_check(classification: dict[str, Any]) -> list[str]:
    """The company names of a document that the external API is asked about."""
    fields = classification.get("fields") or {}
    kind = classification.get("type")
    if kind == "invoice":
        names = [fields.get("vendor")]
    elif kind == "contract":
        names = list(fields.get("parties") or [])
    elif kind == "support_ticket":
        names = [fields.get("customer")]
    else:
        names = []
    unique: dict[str, None] = {}
    for name in names:
        if isinstance(name, str) and name.strip():
            unique.setdefault(name.strip(), None)
    return list(unique)[:MAX_COMPANIES]


def fetch_external(client: ExternalContextClient, classification: dict[str, Any]) -> dict[str, Any]:
    """Ask the external API about the document's companies; raises `ContextUnavailable`."""
    companies = [client.company(name) for name in companies_to_check(classification)]
    return {
        "available": True,
        "companies": companies,
        "sanctioned": any(c.get("sanctioned") is True for c in companies),
    }


def enrich(
    classification: dict[str, Any],
    db: ReferenceDB,
    external: ExternalContextClient | None = None,
    *,
    external_result: dict[str, Any] | None = None,
    seen_key: str | None = None,
) -> dict[str, Any]:
    """The enrichment block (JSON-able) for a classification result.

    With `seen_key`, an invoice is recorded as seen under that key before the duplicate check,
    so of two copies processed at the same moment exactly one is the original.

    Pass the result of `fetch_external` as `external_result` (the durable way), or a client as
    `external` to call the API here; its `ContextUnavailable` then propagates, never hidden.
    """
    if external_result is None and external is not None:
        external_result = fetch_external(external, classification)
    fields = classification.get("fields") or {}
    kind = classification.get("type")
    block: dict[str, Any] = {"type": kind}
    if kind == "invoice":
        block.update(invoice_context(db, fields, seen_key))
    elif kind == "contract":
        block.update(contract_context(db, fields))
    elif kind == "support_ticket":
        block.update(ticket_context(db, fields))
    if external_result is None:
        block["external"] = dict(NOT_CONFIGURED)
    else:
        block["external"] = {"configured": True, **external_result}
    return block

