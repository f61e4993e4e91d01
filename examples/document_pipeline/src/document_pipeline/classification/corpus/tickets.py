"""Support tickets: e-mails to support, web forms, chat transcripts, bug reports, billing
complaints, access requests, order inquiries and questions, mostly in English, also German,
French, Dutch, Spanish, Italian and Portuguese; short requests sent on social media, chat
or SMS; and posts, DMs and threads at a company's social media support handle."""

from __future__ import annotations

import random

from document_pipeline.classification.corpus.common import (
    as_email,
    company,
    date_text,
    email_of,
    greeting,
    maybe,
    person,
    pick,
    random_date,
    reference,
    signature,
)
from document_pipeline.classification.corpus.pools import PRODUCTS
from document_pipeline.classification.corpus.ticket_parts import PARTS
from document_pipeline.classification.corpus.ticket_shop import (
    SHOP_CATEGORIES,
    shop_request,
    shop_subject,
    shop_values,
)
from document_pipeline.classification.corpus.ticket_short import WORDS as SHORT_WORDS
from document_pipeline.classification.corpus.ticket_short import short_ticket
from document_pipeline.classification.corpus.ticket_social import social_ticket
from document_pipeline.classification.corpus.ticket_words import (
    AGENT_LINES,
    DETAILS,
    FORM_LABELS,
    PRIORITIES,
    PROBLEMS,
    SUBJECTS,
    URGENCY,
)
from document_pipeline.classification.corpus.ticket_words_south import (
    AGENT_LINES_SOUTH,
    DETAILS_SOUTH,
    FORM_LABELS_SOUTH,
    PROBLEMS_SOUTH,
    SUBJECTS_SOUTH,
    URGENCY_SOUTH,
)

ALL_PROBLEMS = {**PROBLEMS, **PROBLEMS_SOUTH}
ALL_URGENCY = {**URGENCY, **URGENCY_SOUTH}
ALL_DETAILS = {**DETAILS, **DETAILS_SOUTH}
ALL_SUBJECTS = {**SUBJECTS, **SUBJECTS_SOUTH}
ALL_FORM_LABELS = {**FORM_LABELS, **FORM_LABELS_SOUTH}
ALL_AGENT_LINES = {**AGENT_LINES, **AGENT_LINES_SOUTH}
CATEGORIES = ("bug", "bug", "billing", "access", "feature_request", "other", "order", "order",
              "order", "question", "question", "request", "request", "request")
FORM_HEADS = ("New support request", "Contact form submission", "Neue Supportanfrage",
              "Nouvelle demande", "Nieuw supportverzoek", "Ticket created", "Nueva solicitud",
              "Nuova richiesta", "Novo pedido de suporte", "Formulário de contacto")
AGENTS = ("Sam (Support)", "Agent Mia", "Lisa – Kundenservice", "Support bot",
          "Laura (Atención al cliente)", "Giulia – Assistenza", "Rita (Apoio ao cliente)")
SHORT_SHARE = 0.25
SOCIAL_SHARE = 0.10


def _values(rng: random.Random, lang: str) -> dict[str, str]:
    return {"product": pick(rng, PRODUCTS), "colleague": person(rng, lang),
            "order": reference(rng, ("INV-", "ORD-", "SO-", "#", "A")),
            "account": str(rng.randint(10000, 9999999)), "version": f"{rng.randint(1, 12)}."
            f"{rng.randint(0, 30)}", "ticket": str(rng.randint(1000, 999999)),
            "short": pick(rng, ("export broken", "500 error", "sync stuck", "slow dashboard"))}


def composed_complaint(rng: random.Random, lang: str) -> list[str]:
    parts = PARTS[lang]
    values = {**_values(rng, lang), "n": str(rng.randint(2, 300)),
              "phone": f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(1000, 99999)}"}
    values.update({key: pick(rng, parts[key]) for key in ("action", "thing", "error")})
    if maybe(rng, 0.3):
        first = pick(rng, parts["order"]).format(**values)
    else:
        first = f"{pick(rng, parts['since'])} {pick(rng, parts['symptom'])}.".format(**values)
    rest = [pick(rng, parts[key]).format(**values) for key in ("impact", "tried", "ask")
            if maybe(rng, 0.6)]
    return [first[0].upper() + first[1:], *rest]


def complaint(rng: random.Random, lang: str, category: str) -> list[str]:
    if category in SHOP_CATEGORIES:
        return shop_request(rng, lang, category)
    if lang in PARTS and maybe(rng, 0.55):
        return composed_complaint(rng, lang)
    values = _values(rng, lang)
    lines = [pick(rng, ALL_PROBLEMS[lang][category]).format(**values)]
    extra = list(ALL_DETAILS[lang])
    rng.shuffle(extra)
    lines += [detail.format(**values) for detail in extra[:rng.randint(0, 3)]]
    urgency = pick(rng, ALL_URGENCY[lang])
    if urgency:
        lines.insert(rng.randint(0, len(lines)), urgency)
    return lines if maybe(rng, 0.5) else [" ".join(lines)]


def subject_line(rng: random.Random, lang: str, category: str) -> str:
    if category in SHOP_CATEGORIES:
        return shop_subject(rng, lang, category)
    return pick(rng, ALL_SUBJECTS[lang]).format(**_values(rng, lang))


def ticket_email(rng: random.Random, lang: str, category: str) -> list[str]:
    customer = person(rng, lang)
    # Shoppers write as private persons; a firm under the name is a business customer.
    firm = company(rng, lang) if category not in SHOP_CATEGORIES or maybe(rng, 0.2) else ""
    subject = subject_line(rng, lang, category)
    # A framed request brings its own greeting ("Bonjour, désolé de vous déranger, ...").
    opening = [] if category == "request" else [
        greeting(rng, lang, pick(rng, ("Support", "support team", "team"))), ""]
    body = [*opening, *complaint(rng, lang, category), "",
            *signature(rng, lang, customer, firm)]
    if maybe(rng, 0.25):
        agent = pick(rng, ALL_AGENT_LINES[lang])
        body = [f"{agent}", "", f"Ticket #{rng.randint(1000, 99999)}", "", "> " +
                "\n> ".join(body)]
    return as_email(rng, lang, body, subject, customer, "support", random_date(rng))


def web_form(rng: random.Random, lang: str, category: str) -> list[str]:
    labels = ALL_FORM_LABELS[lang]
    customer = person(rng, lang)
    values = _values(rng, lang)
    head = pick(rng, FORM_HEADS)
    product = values["product"]
    if category in SHOP_CATEGORIES:
        product = shop_values(rng, lang)["item"] if maybe(rng, 0.6) else "-"
    answers = [customer, email_of(rng, customer), company(rng, lang) if maybe(rng, 0.6) else "-",
               product, category.replace("_", " "), pick(rng, PRIORITIES),
               subject_line(rng, lang, category), " ".join(complaint(rng, lang, category))]
    lines = [f"{head} #{values['ticket']}", ""]
    lines += [f"{label}: {answer}" for label, answer in zip(labels, answers, strict=True)]
    return lines + ["", f"Submitted {date_text(random_date(rng), lang, rng)}"]


def chat_transcript(rng: random.Random, lang: str, category: str) -> list[str]:
    customer = person(rng, lang)
    agent = pick(rng, AGENTS)
    lines = [pick(rng, ("Chat transcript", "Live chat", "Chatverlauf", "Conversation")),
             date_text(random_date(rng), lang, rng), ""]
    clock = rng.randint(8, 17) * 60
    turns = [(customer, text) for text in complaint(rng, lang, category)]
    for line in ALL_AGENT_LINES[lang][: rng.randint(1, 3)]:
        turns.insert(rng.randint(1, len(turns)), (agent, line))
    for speaker, text in turns:
        clock += rng.randint(0, 4)
        lines.append(f"[{clock // 60:02d}:{clock % 60:02d}] {speaker}: {text}")
    return lines


def bare_message(rng: random.Random, lang: str, category: str) -> list[str]:
    """A message as a contact form or a webmail preview hands it over: maybe a subject, the
    text, maybe a first name."""
    lines = [subject_line(rng, lang, category), ""] if maybe(rng, 0.6) else []
    lines += complaint(rng, lang, category)
    if maybe(rng, 0.4):
        lines.append(person(rng, lang).split(" ")[0])
    return lines


def bug_report(rng: random.Random, lang: str, category: str) -> list[str]:
    values = _values(rng, "en")
    lines = [f"{pick(rng, ('Bug', 'Issue', 'Incident', 'Defect'))} #{values['ticket']}: "
             f"{values['short']}", f"Reporter: {person(rng, lang)}",
             f"Component: {values['product']}", f"Severity: {pick(rng, PRIORITIES)}",
             f"Environment: production, version {values['version']}", ""]
    lines += [f"Summary: {pick(rng, PROBLEMS['en']['bug']).format(**values)}", "",
              "Steps to reproduce:", "1. Log in as an admin", "2. Open the affected page",
              "3. Trigger the action", "", "Expected: it works", "Actual: error shown",
              pick(rng, ("Stack trace attached.", "Logs: request id " + values["account"], ""))]
    return lines


def ticket_document(rng: random.Random, lang: str) -> list[str]:
    if maybe(rng, SOCIAL_SHARE):
        return social_ticket(rng, lang)
    if lang not in ALL_PROBLEMS:
        lang = "en"
    if lang in SHORT_WORDS and maybe(rng, SHORT_SHARE):
        return short_ticket(rng, lang)
    category = pick(rng, CATEGORIES)
    bug_weight = 0.13 if category not in SHOP_CATEGORIES else 0.0
    bare_weight = 0.25 if category == "request" else 0.0
    layout = rng.choices((ticket_email, web_form, chat_transcript, bug_report, bare_message),
                         weights=(0.5, 0.2, 0.17, bug_weight, bare_weight))[0]
    return layout(rng, lang, category)
