"""Building blocks shared by every document type: parties, money, dates, e-mail wrapping, noise.

Footers, signatures, bank details and e-mail headers appear in all four types on purpose, so
the model cannot tell the types apart by them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from typing import TypeVar

from document_pipeline.classification.corpus.pools import (
    CITIES,
    COUNTRY,
    CURRENCIES,
    DOMAINS,
    FIRST_NAMES,
    LAST_NAMES,
    LEGAL_FORMS,
    MONTHS,
    NAME_STEMS,
    STREETS,
    SYMBOLS,
    TRADES,
    VAT_PREFIX,
)

GREETINGS = {
    "en": ("Dear {name},", "Hello {name},", "Hi {name},", "Dear Sir or Madam,", "Good morning,"),
    "de": ("Sehr geehrte Damen und Herren,", "Guten Tag {name},", "Hallo {name},",
           "Sehr geehrte(r) {name},", "Liebe Kolleginnen und Kollegen,"),
    "fr": ("Madame, Monsieur,", "Bonjour {name},", "Chère Madame, cher Monsieur,", "Bonjour,"),
    "nl": ("Geachte heer/mevrouw,", "Beste {name},", "Hallo {name},", "Goedemiddag,"),
    "es": ("Estimado/a {name}:", "Hola {name},", "Buenos días,", "Hola,",
           "Estimados señores:"),
    "it": ("Gentile {name},", "Buongiorno,", "Salve,", "Spettabile {name},", "Ciao {name},"),
    "pt": ("Olá {name},", "Bom dia,", "Caro/a {name},", "Exmos. Senhores,", "Boa tarde,"),
}
CLOSINGS = {
    "en": ("Kind regards,", "Best regards,", "Many thanks,", "Regards,", "Yours sincerely,",
           "Cheers,", "Thanks in advance,"),
    "de": ("Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße",
           "MfG"),
    "fr": ("Cordialement,", "Bien cordialement,", "Salutations distinguées,",
           "Veuillez agréer nos salutations distinguées."),
    "nl": ("Met vriendelijke groet,", "Groeten,", "Hartelijke groet,", "Mvg,"),
    "es": ("Saludos cordiales,", "Atentamente,", "Un saludo,", "Gracias de antemano,"),
    "it": ("Cordiali saluti,", "Distinti saluti,", "Grazie mille,", "Un saluto,"),
    "pt": ("Com os melhores cumprimentos,", "Atenciosamente,", "Obrigado,",
           "Cumprimentos,", "Abraço,"),
}
HEADER_WORDS = {
    "en": ("From", "To", "Date", "Subject", "Cc"),
    "de": ("Von", "An", "Gesendet", "Betreff", "Cc"),
    "fr": ("De", "À", "Envoyé", "Objet", "Cc"),
    "nl": ("Van", "Aan", "Verzonden", "Onderwerp", "Cc"),
    "es": ("De", "Para", "Enviado", "Asunto", "Cc"),
    "it": ("Da", "A", "Inviato", "Oggetto", "Cc"),
    "pt": ("De", "Para", "Enviado", "Assunto", "Cc"),
}
FORWARD_MARK = {
    "en": ("---------- Forwarded message ---------", "Begin forwarded message:",
           "-----Original Message-----"),
    "de": ("---------- Weitergeleitete Nachricht ----------", "-----Ursprüngliche Nachricht-----"),
    "fr": ("---------- Message transféré ---------", "-----Message d'origine-----"),
    "nl": ("---------- Doorgestuurd bericht ---------", "-----Oorspronkelijk bericht-----"),
    "es": ("---------- Mensaje reenviado ---------",),
    "it": ("---------- Messaggio inoltrato ---------",),
    "pt": ("---------- Mensagem encaminhada ---------",),
}
DISCLAIMERS = (
    "This e-mail and any attachments are confidential and intended solely for the addressee.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,"
    " informieren Sie bitte sofort den Absender.",
    "Ce message et ses pièces jointes sont confidentiels.",
    "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
    "Please consider the environment before printing this e-mail.",
    "Sent from my iPhone", "Von meinem iPad gesendet",
)
BICS = ("DEUTDEFF", "INGBNL2A", "BNPAFRPP", "COBADEFF", "RABONL2U", "BARCGB22")
BANKS = ("Deutsche Bank", "Commerzbank", "Sparkasse KölnBonn", "ING", "ABN AMRO", "Rabobank",
         "BNP Paribas", "Crédit Agricole", "Barclays", "HSBC UK", "Lloyds Bank", "Santander",
         "UniCredit", "Volksbank Mittelhessen", "KBC", "Triodos Bank")


T = TypeVar("T")


def pick(rng: random.Random, options: Sequence[T]) -> T:
    return options[rng.randrange(len(options))]


def maybe(rng: random.Random, probability: float) -> bool:
    return rng.random() < probability


def company(rng: random.Random, lang: str) -> str:
    stem = pick(rng, NAME_STEMS)
    trade = pick(rng, TRADES[lang]) if maybe(rng, 0.6) else ""
    form = pick(rng, LEGAL_FORMS[lang]) if maybe(rng, 0.85) else ""
    return " ".join(part for part in (stem, trade, form) if part)


def person(rng: random.Random, lang: str) -> str:
    return f"{pick(rng, FIRST_NAMES[lang])} {pick(rng, LAST_NAMES[lang])}"


def address(rng: random.Random, lang: str) -> list[str]:
    city, code = CITIES[lang][rng.randrange(len(CITIES[lang]))]
    number = rng.randint(1, 180)
    street = pick(rng, STREETS[lang])
    line = f"{number} {street}" if lang == "en" else f"{street} {number}"
    lines = [line, f"{code} {city}" if lang != "en" else f"{city} {code}"]
    country = pick(rng, COUNTRY[lang])
    return [*lines, country] if country else lines


def vat_id(rng: random.Random, lang: str) -> str:
    return f"{VAT_PREFIX[lang]}{rng.randint(100_000_000, 999_999_999)}"


def email_of(rng: random.Random, name: str) -> str:
    local = re.sub(r"[^a-z.]", "", name.lower().replace(" ", "."))
    return f"{local or 'info'}@{pick(rng, DOMAINS)}"


def currency_for(rng: random.Random, lang: str) -> str:
    return pick(rng, CURRENCIES[lang])


def number(value: float, lang: str, rng: random.Random) -> str:
    text = f"{value:,.2f}"
    style = lang if maybe(rng, 0.85) else pick(rng, ("en", "de", "fr", "ch"))
    if style in ("de", "nl", "es", "it"):
        return text.replace(",", "_").replace(".", ",").replace("_", ".")
    if style == "fr":
        return text.replace(",", "\u202f" if maybe(rng, 0.3) else " ").replace(".", ",")
    if style == "ch":
        return text.replace(",", "'")
    return text


def money(value: float, currency: str, lang: str, rng: random.Random) -> str:
    amount = number(value, lang, rng)
    symbol = SYMBOLS.get(currency, currency)
    style = rng.randrange(4)
    if style == 0:
        return f"{symbol}{amount}" if len(symbol) == 1 else f"{symbol} {amount}"
    if style == 1:
        return f"{amount} {symbol}"
    if style == 2:
        return f"{amount} {currency}"
    return f"{currency} {amount}"


def random_date(rng: random.Random) -> dt.date:
    return dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1700))


def date_text(day: dt.date, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang][day.month - 1]
    options = {
        "en": (f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
               day.isoformat(), day.strftime("%d/%m/%Y"), day.strftime("%m/%d/%Y"),
               f"{day.day} {month[:3]} {day.year}"),
        "de": (day.strftime("%d.%m.%Y"), f"{day.day}. {month} {day.year}", day.isoformat(),
               day.strftime("%d.%m.%y")),
        "fr": (day.strftime("%d/%m/%Y"), f"{day.day} {month} {day.year}", day.isoformat()),
        "nl": (day.strftime("%d-%m-%Y"), f"{day.day} {month} {day.year}", day.isoformat()),
    }.get(lang, (day.strftime("%d/%m/%Y"), f"{day.day} {month} {day.year}"))
    return pick(rng, options)


def reference(rng: random.Random, prefixes: tuple[str, ...]) -> str:
    prefix = pick(rng, prefixes)
    year = rng.randint(2021, 2025)
    shapes = (f"{prefix}{year}-{rng.randint(1, 9999):04d}", f"{prefix}{rng.randint(1000, 999999)}",
              f"{prefix}{year}/{rng.randint(1, 999)}", f"{year}-{rng.randint(1, 999)}",
              f"{prefix}{rng.randint(10, 99)}-{rng.randint(1000, 99999)}")
    return pick(rng, shapes).lstrip("-")


def letterhead(rng: random.Random, lang: str, name: str) -> list[str]:
    lines = address(rng, lang)
    if maybe(rng, 0.4):
        return [f"{name} · {' · '.join(lines)}"]
    extra = [f"Tel. +{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(100000, 9999999)}"]
    if maybe(rng, 0.5):
        extra.append(f"www.{re.sub(r'[^a-z]', '', name.lower())[:14]}.example")
    return [name, *lines, *(extra if maybe(rng, 0.6) else [])]


def bank_footer(rng: random.Random, lang: str, name: str) -> list[str]:
    iban = f"{VAT_PREFIX[lang][:2] if lang != 'en' else 'GB'}{rng.randint(10, 99)} " + " ".join(
        str(rng.randint(1000, 9999)) for _ in range(4))
    parts = [name, pick(rng, BANKS), f"IBAN {iban}", f"BIC {pick(rng, BICS)}"]
    if maybe(rng, 0.5):
        label = {"en": "VAT", "de": "USt-IdNr."}.get(lang, "TVA/BTW")
        parts.append(f"{label} {vat_id(rng, lang)}")
    if lang == "de" and maybe(rng, 0.5):
        court = pick(rng, ("Köln", "München", "Hamburg"))
        parts.append(f"Amtsgericht {court} HRB {rng.randint(1000, 99999)}")
    separator = pick(rng, (" | ", " · ", "\n", " - "))
    return [separator.join(parts)]


def signature(rng: random.Random, lang: str, name: str, firm: str) -> list[str]:
    lines = [pick(rng, CLOSINGS[lang]), name]
    if maybe(rng, 0.6) and firm:
        lines.append(firm)
    if maybe(rng, 0.4):
        lines.append(phone(rng))
    return lines


def phone(rng: random.Random) -> str:
    return f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"


def greeting(rng: random.Random, lang: str, name: str) -> str:
    return pick(rng, GREETINGS[lang]).format(name=name.split()[0] if maybe(rng, 0.5) else name)


def email_headers(rng: random.Random, lang: str, sender: str, recipient: str, subject: str,
                  day: dt.date) -> list[str]:
    words = HEADER_WORDS[lang] if maybe(rng, 0.7) else HEADER_WORDS["en"]
    address_only = email_of(rng, sender)
    sender_line = f"{sender} <{address_only}>" if maybe(rng, 0.7) else address_only
    lines = [f"{words[0]}: {sender_line}", f"{words[1]}: {email_of(rng, recipient)}",
             f"{words[2]}: {date_text(day, lang, rng)}", f"{words[3]}: {subject}"]
    return lines if maybe(rng, 0.7) else [lines[0], lines[3], lines[1], lines[2]]


def as_email(rng: random.Random, lang: str, body: list[str], subject: str, sender: str,
             recipient: str, day: dt.date) -> list[str]:
    """The body as an e-mail, sometimes forwarded once by a colleague with a short note."""
    mail = [*email_headers(rng, lang, sender, recipient, subject, day), "", *body]
    if maybe(rng, 0.2):
        mail += ["", pick(rng, DISCLAIMERS)]
    if not maybe(rng, 0.3):
        return mail
    note = pick(rng, ("FYI", "see below", "Please handle.", "Kannst du das bitte prüfen?",
                      "Pour info.", "Zie onderstaand.", "Can you take a look?", ""))
    forward_prefix = pick(rng, ("Fwd: ", "FW: ", "WG: ", "TR: ", "Fw: "))
    return [*email_headers(rng, lang, person(rng, lang), recipient, forward_prefix + subject, day),
            "", note, "", pick(rng, FORWARD_MARK[lang]), *mail]


def ocr_noise(rng: random.Random, text: str) -> str:
    """Scanner damage: doubled spaces, broken words, lost case, confused glyphs."""
    if not maybe(rng, 0.25):
        return text
    chars = list(text)
    for index in range(len(chars)):
        roll = rng.random()
        if roll < 0.01 and chars[index] == " ":
            chars[index] = "  "
        elif roll < 0.004 and chars[index] in "lOo":
            chars[index] = {"l": "1", "O": "0", "o": "0"}[chars[index]]
        elif roll < 0.006 and chars[index].isalpha():
            chars[index] = chars[index] + " "
    noisy = "".join(chars)
    return noisy.upper() if maybe(rng, 0.05) else noisy


def table_row(cells: list[str], widths: tuple[int, ...], rng: random.Random) -> str:
    if maybe(rng, 0.2):
        return " | ".join(cells)
    if maybe(rng, 0.15):
        return "\t".join(cells)
    return "".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=False)).rstrip()
