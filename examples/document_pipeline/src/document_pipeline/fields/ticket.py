"""Support ticket fields: who writes, about which product, how bad, what kind of problem."""

from __future__ import annotations

import re
from typing import Any

from document_pipeline.documents import Document
from document_pipeline.fields.invoice import REFERENCE
from document_pipeline.fields.layout import (
    EMAIL_ADDRESS,
    Layout,
    clean_name,
    company_name,
    labelled,
    layout_of,
)

CUSTOMER_LABELS = (
    r"company|customer|account|organi[sz]ation|firma|unternehmen|kunde|soci[ée]t[ée]|"
    r"entreprise|client|bedrijf|klant|organisatie"
)
PRODUCT_LABELS = r"product|produkt|produit|productnaam|service|application|module"
SEVERITY_LABELS = (
    r"severity|priority|urgency|impact|schweregrad|priorit[äa]t|dringlichkeit|"
    r"s[ée]v[ée]rit[ée]|priorit[ée]|urgence|prioriteit|urgentie|ernst"
)
ORDER_LABELS = (
    r"order\s*(?:number|no\.?|#|id)|bestellnummer|auftragsnummer|num[ée]ro\s+de\s+commande|"
    r"commande\s+n[°º]|bestelnummer|ordernummer"
)
ORDER_TOKEN = re.compile(r"\b(?:ORD|SO|ORDER)-?\d{3,}\b")
SEVERITY_WORDS = {
    "critical": r"critical|kritisch|critique|kritiek|blocker|blocking|p1|sev\s*1|urgent|dringend|"
                r"spoed|highest|1",
    "high": r"high|hoch|[ée]lev[ée]e?|haute?|hoog|major|p2|sev\s*2|2",
    "medium": r"medium|normal|moderate|mittel|moyenne?|normaal|gemiddeld|p3|sev\s*3|3",
    "low": r"low|niedrig|gering|faible|basse?|laag|minor|p4|sev\s*4|4",
}
SEVERITY_HINTS = (
    ("critical", r"production\s+(?:is\s+)?down|outage|data\s+loss|security\s+(?:breach|incident)|"
                 r"completely\s+down|totalausfall|panne\s+g[ée]n[ée]rale|volledige\s+storing"),
    ("high", r"\burgent|\basap\b|as\s+soon\s+as\s+possible|\bblocked\b|dringend|bloqu[ée]|"
             r"spoedeisend"),
)
CATEGORY_WORDS = {
    "billing": r"invoice|billing|billed|charged?|refund|payment|credit\s+card|subscription\s+fee|"
               r"rechnung|abrechnung|facture|factur|remboursement|betaling|terugbetaling",
    "access": r"log\s?in|sign\s?in|password|locked\s+out|access\s+denied|permission|2fa|mfa|sso|"
              r"anmeld|passwort|zugang|mot\s+de\s+passe|connexion|wachtwoord|inloggen|toegang",
    "bug": r"error|bug|crash|fails?|failing|failed|broken|exception|not\s+working|stuck|"
           r"\b5\d\d\b|timeout|fehler|absturz|erreur|plant|werkt\s+niet|fout|storing",
    "feature_request": r"feature\s+request|would\s+(?:be\s+great|love)|could\s+you\s+add|"
                       r"please\s+add|suggestion|enhancement|wunsch|vorschlag|suggestion|"
                       r"fonctionnalit[ée]|verzoek|wens",
}


def extract_ticket_fields(document: Document) -> dict[str, Any]:
    layout = layout_of(document)
    return {
        "customer": find_customer(layout),
        "customer_email": layout.sender_email or _first_email(layout.text),
        "product": find_product(layout),
        "severity": find_severity(layout),
        "category": find_category(layout),
        "order_number": find_order_number(layout),
    }


def find_customer(layout: Layout) -> str | None:
    for _, value in labelled(layout.lines, CUSTOMER_LABELS):
        name = clean_name(value)
        if name:
            return name
    for line in layout.lines:
        company = company_name(line)
        if company:
            return company
    return company_name(layout.sender_name or "")


def find_product(layout: Layout) -> str | None:
    for _, value in labelled(layout.lines, PRODUCT_LABELS):
        return re.split(r"\s+[-–(]|[,;]", value)[0].strip() or None
    bracket = re.match(r"^(?:(?:re|fwd?|aw|wg):\s*)*\[(?P<product>[^\]]+)\]", layout.subject or "",
                       re.IGNORECASE)
    return bracket["product"].strip() if bracket else None


def find_severity(layout: Layout) -> str | None:
    for _, value in labelled(layout.lines, SEVERITY_LABELS):
        word = value.split()[0].strip(".,;()").lower()
        for severity, words in SEVERITY_WORDS.items():
            if re.fullmatch(words, word):
                return severity
    text = f"{layout.subject or ''}\n{layout.text}"
    for severity, hints in SEVERITY_HINTS:
        if re.search(hints, text, re.IGNORECASE):
            return severity
    return None


def find_category(layout: Layout) -> str:
    text = f"{layout.subject or ''}\n{layout.text}"
    scores = {name: len(re.findall(words, text, re.IGNORECASE))
              for name, words in CATEGORY_WORDS.items()}
    best = max(scores, key=lambda name: scores[name])
    return best if scores[best] else "other"


def find_order_number(layout: Layout) -> str | None:
    for _, value in labelled(layout.lines, ORDER_LABELS, loose=True):
        match = REFERENCE.search(value)
        if match:
            return match.group(0)
    match = ORDER_TOKEN.search(layout.text)
    return match.group(0) if match else None


def _first_email(text: str) -> str | None:
    match = EMAIL_ADDRESS.search(text)
    return match.group(0).lower() if match else None
