"""What the reference database answers with: frozen records, JSON-able through `to_dict`."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


class _Record:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True)
class Vendor(_Record):
    id: int
    name: str
    country: str
    vat_id: str | None


@dataclass(frozen=True)
class Customer(_Record):
    id: int
    name: str
    email_domain: str | None
    tier: str


@dataclass(frozen=True)
class PurchaseOrder(_Record):
    number: str
    vendor_id: int
    vendor_name: str
    amount: float
    currency: str
    status: str


@dataclass(frozen=True)
class Contract(_Record):
    reference: str
    title: str
    party: str
    party_kind: str
    start_date: str
    end_date: str | None

    def in_force_on(self, day: str) -> bool:
        """Whether an ISO date falls within the contract's term (open-ended when no end)."""
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class FiledInvoice(_Record):
    key: str
    vendor_id: int | None
    vendor_name: str
    invoice_number: str
    total: float | None
    currency: str | None
    filed_at_ms: int


@dataclass(frozen=True)
class Ticket(_Record):
    reference: str
    customer_id: int
    product: str
    subject: str
    severity: str
    status: str
