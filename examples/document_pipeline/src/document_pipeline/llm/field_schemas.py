"""The shared vocabulary's metadata fields per document type, as the LLM must return them.

Every field is optional (documents omit things), but a value that is present must have the
vocabulary's form: totals are numbers, dates ISO yyyy-mm-dd, currencies ISO 4217 codes.
Unknown field names are dropped rather than refused.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from document_pipeline.llm.answers import describe_errors

IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description="yyyy-mm-dd")]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code")]


class _Fields(BaseModel):
    model_config = ConfigDict(extra="ignore")


class LineItem(_Fields):
    description: str
    quantity: float | None = None
    unit_price: float | None = None
    amount: float | None = None


class InvoiceFields(_Fields):
    invoice_number: str | None = None
    vendor: str | None = None
    total: float | None = None
    currency: Currency | None = None
    date: IsoDate | None = None
    due_date: IsoDate | None = None
    purchase_order: str | None = None
    vat_id: str | None = None
    line_items: list[LineItem] | None = None


class ContractFields(_Fields):
    parties: list[str] | None = None
    effective_date: IsoDate | None = None
    term: str | None = None
    expiration_date: IsoDate | None = None
    governing_law: str | None = None


class TicketFields(_Fields):
    customer: str | None = None
    customer_email: str | None = None
    product: str | None = None
    severity: Literal["low", "medium", "high", "critical"] | None = None
    category: Literal["billing", "bug", "access", "feature_request", "other"] | None = None
    order_number: str | None = None


FIELDS_BY_TYPE: dict[str, type[_Fields]] = {
    "invoice": InvoiceFields, "contract": ContractFields, "support_ticket": TicketFields,
}


def normalise_fields(document_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The known fields of the type in vocabulary form, without empty ones; ValueError if bad."""
    model = FIELDS_BY_TYPE.get(document_type)
    if model is None:
        return {}
    try:
        checked = model.model_validate(fields)
    except ValidationError as error:
        raise ValueError(f"{document_type} fields: {describe_errors(error)}") from None
    return checked.model_dump(exclude_none=True)


def field_names(document_type: str) -> list[str]:
    model = FIELDS_BY_TYPE.get(document_type)
    return list(model.model_fields) if model else []
