"""Rule-based metadata extractors: invoices, contracts and support tickets."""

from __future__ import annotations

from typing import Any

from document_pipeline.documents import Document
from document_pipeline.fields.contract import extract_contract_fields
from document_pipeline.fields.invoice import extract_invoice_fields
from document_pipeline.fields.ticket import extract_ticket_fields

EXTRACTORS = {
    "invoice": extract_invoice_fields,
    "contract": extract_contract_fields,
    "support_ticket": extract_ticket_fields,
}
DOCUMENT_TYPES = (*EXTRACTORS, "other")


def extract_fields(doc_type: str, document: Document) -> dict[str, Any]:
    """The metadata of a document of this type; fields not found are None, never guessed."""
    if doc_type == "other":
        return {}
    extractor = EXTRACTORS.get(doc_type)
    if extractor is None:
        raise ValueError(f"unknown document type {doc_type!r}: expected one of {DOCUMENT_TYPES}")
    return extractor(document)


__all__ = ["DOCUMENT_TYPES", "extract_fields"]
