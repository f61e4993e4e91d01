"""Reading documents: every kind of file, and every kind of bad file, without an exception."""

from __future__ import annotations

import io
import json
import os
import random
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from document_pipeline.documents import Document, read_document, read_document_bytes
from document_pipeline.documents.einvoice import EInvoiceError, parse_einvoice
from document_pipeline.documents.samples import (
    ACME_INVOICE_TEXT,
    acme_facturx_xml,
    attach_file,
    render_sample_pdfs,
    text_to_pdf,
)
from pypdf import PdfReader, PdfWriter

ACME_EMBEDDED = {
    "invoice_number": "2024-17", "vendor": "ACME GmbH", "total": 1589.8, "currency": "EUR",
    "date": "2024-01-31", "due_date": "2024-03-01", "purchase_order": "PO-2024-0042",
    "vat_id": "DE123456789",
    "line_items": [
        {"description": "Wartung Serverraum, Januar 2024", "quantity": 1.0,
         "unit_price": 980.0, "amount": 980.0},
        {"description": "USV-Batteriesatz RBC55", "quantity": 2.0, "unit_price": 219.9,
         "amount": 439.8},
        {"description": "Anfahrtspauschale", "quantity": 1.0, "unit_price": 170.0,
         "amount": 170.0},
    ],
}


@pytest.fixture(scope="module")
def acme_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_sample_pdfs(tmp_path_factory.mktemp("samples"))[0]


def encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password, "owner-secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def email_bytes(*, body: str | None, html: str | None = None,
                attachments: tuple[tuple[str, str, bytes], ...] = ()) -> bytes:
    message = EmailMessage()
    message["From"] = "Northwind Traders Billing <billing@northwind.example>"
    message["To"] = "ap@lamina-labs.example"
    message["Subject"] = "Invoice NW-88213"
    if body is not None:
        message.set_content(body)
    if html is not None:
        if body is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for name, media_type, data in attachments:
        maintype, subtype = media_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


# PDF


def test_a_pdf_gives_its_text_pages_and_factur_x_invoice(acme_pdf: Path) -> None:
    document = read_document(acme_pdf)
    assert document.media_type == "application/pdf"
    assert document.pages == 1
    assert "Rechnungsnummer: 2024-17" in document.text
    assert "Gesamtbetrag 1.589,80 EUR" in document.text
    assert document.attachments == ("factur-x.xml",)
    assert document.embedded_invoice == ACME_EMBEDDED
    assert document.problems == ()


def test_a_pdf_locked_with_a_password_is_reported_not_read() -> None:
    data = encrypted(text_to_pdf("Confidential invoice 42"), user_password="s3cret")
    document = read_document_bytes(data, "locked.pdf")
    assert document.problems == ("encrypted PDF",)
    assert document.text == ""


def test_a_pdf_encrypted_for_permissions_only_is_read() -> None:
    data = encrypted(text_to_pdf("Permissions only invoice 42"), user_password="")
    document = read_document_bytes(data, "open.pdf")
    assert "Permissions only invoice 42" in document.text
    assert document.problems == ()


@pytest.mark.parametrize("keep", [0.2, 0.6, 0.98])
def test_a_truncated_pdf_is_reported_as_corrupt(acme_pdf: Path, keep: float) -> None:
    data = acme_pdf.read_bytes()
    document = read_document_bytes(data[: int(len(data) * keep)], "cut.pdf")
    assert document.problems[0] == "corrupt PDF: truncated (no %%EOF marker at the end)"
    assert document.text == "" or "ACME GmbH" in document.text


def test_a_file_named_pdf_that_is_not_one_is_reported() -> None:
    document = read_document_bytes(b"this was never a PDF", "fake.pdf")
    assert document.media_type == "application/pdf"
    assert document.problems == ("corrupt PDF: no %PDF- header",)


def test_a_pdf_without_a_text_layer_says_so() -> None:
    document = read_document_bytes(text_to_pdf(""), "scan.pdf")
    assert document.pages == 1
    assert document.problems == ("PDF has no text layer (a scanned image?)",)


@pytest.mark.parametrize("xml, problem", [
    (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
     b"<lolz>&lol2;</lolz>", "XML with DOCTYPE or ENTITY declarations refused"),
    (b"<rsm:CrossIndustryInvoice", "malformed XML"),
    (b"<order><id>1</id></order>", "not a CII or UBL invoice: root element order"),
])
def test_a_hostile_or_broken_factur_x_attachment_is_refused(xml: bytes, problem: str) -> None:
    data = attach_file(text_to_pdf("Invoice 7"), "factur-x.xml", xml)
    document = read_document_bytes(data, "bomb.pdf")
    assert document.embedded_invoice is None
    assert "Invoice 7" in document.text
    assert len(document.problems) == 1
    assert document.problems[0].startswith(f"embedded factur-x.xml: {problem}")


def test_xml_bombs_are_refused_before_parsing() -> None:
    bomb = b'<!DOCTYPE x [<!ENTITY a "' + b"a" * 1000 + b'">]><x>&a;&a;&a;</x>'
    with pytest.raises(EInvoiceError, match="DOCTYPE or ENTITY"):
        parse_einvoice(bomb)


def test_an_xrechnung_in_ubl_is_read() -> None:
    ubl = b"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>R-2024-998</cbc:ID><cbc:IssueDate>2024-02-15</cbc:IssueDate>
 <cbc:DueDate>2024-03-15</cbc:DueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 <cac:OrderReference><cbc:ID>PO-2024-0150</cbc:ID></cac:OrderReference>
 <cac:AccountingSupplierParty><cac:Party>
  <cac:PartyTaxScheme><cbc:CompanyID>NL123456789B01</cbc:CompanyID></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Initech B.V.</cbc:RegistrationName>
  </cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
 <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="EUR">12750.00</cbc:TaxInclusiveAmount>
 </cac:LegalMonetaryTotal>
 <cac:InvoiceLine><cbc:InvoicedQuantity>3</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount>10537.19</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Consulting</cbc:Name></cac:Item>
  <cac:Price><cbc:PriceAmount>3512.40</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>"""
    document = read_document_bytes(attach_file(text_to_pdf("Factuur"), "xrechnung.xml", ubl),
                                   "initech.pdf")
    assert document.embedded_invoice == {
        "invoice_number": "R-2024-998", "vendor": "Initech B.V.", "total": 12750.0,
        "currency": "EUR", "date": "2024-02-15", "due_date": "2024-03-15",
        "purchase_order": "PO-2024-0150", "vat_id": "NL123456789B01",
        "line_items": [{"description": "Consulting", "quantity": 3.0, "unit_price": 3512.4,
                        "amount": 10537.19}],
    }


UBL_CREDIT_NOTE = b"""<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>CN-77</cbc:ID><cbc:IssueDate>2024-05-02</cbc:IssueDate>
 <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
 <cbc:DocumentCurrencyCode>SEK</cbc:DocumentCurrencyCode>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Fjord Kaffe AB</cbc:Name>
 </cac:PartyName></cac:Party></cac:AccountingSupplierParty>
 <cac:LegalMonetaryTotal><cbc:TaxInclusiveAmount currencyID="SEK">1250.00</cbc:TaxInclusiveAmount>
 </cac:LegalMonetaryTotal>
 <cac:CreditNoteLine><cbc:CreditedQuantity>5</cbc:CreditedQuantity>
  <cbc:LineExtensionAmount>1000.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Coffee beans, returned</cbc:Name></cac:Item></cac:CreditNoteLine>
</CreditNote>"""
ZUGFERD1 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
 xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
 xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
 <rsm:HeaderExchangedDocument><ram:ID>RE-1001</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString>
  </ram:IssueDateTime></rsm:HeaderExchangedDocument>
 <rsm:SpecifiedSupplyChainTradeTransaction>
  <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty>
   <ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>
  </ram:ApplicableSupplyChainTradeAgreement>
  <ram:ApplicableSupplyChainTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:GrandTotalAmount currencyID="EUR">529.87</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation>
  </ram:ApplicableSupplyChainTradeSettlement>
 </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>"""
UBL_ORDER = b"""<?xml version="1.0" encoding="UTF-8"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>PO-991</cbc:ID><cbc:IssueDate>2024-05-02</cbc:IssueDate></Order>"""


def test_an_xml_e_invoice_is_read_as_the_invoice_it_declares() -> None:
    credit = read_document_bytes(UBL_CREDIT_NOTE, "cn-77.xml")
    assert (credit.media_type, credit.declared_type, credit.problems) == (
        "application/xml", "invoice", ())
    assert credit.embedded_invoice is not None
    # A credit note is booked as a negative amount.
    assert credit.embedded_invoice["total"] == -1250.0
    assert credit.embedded_invoice["line_items"][0]["quantity"] == 5.0
    assert credit.text.startswith("CREDIT NOTE\nInvoice number: CN-77\nSeller: Fjord Kaffe AB")
    assert "Total amount due: -1250.00 SEK" in credit.text
    old = read_document_bytes(ZUGFERD1, "zugferd-invoice.xml")
    assert old.embedded_invoice is not None
    assert {k: old.embedded_invoice[k] for k in ("invoice_number", "vendor", "total", "date")} \
        == {"invoice_number": "RE-1001", "vendor": "Lieferant GmbH", "total": 529.87,
            "date": "2013-03-05"}


def test_a_pdf_carrying_an_order_declares_other_and_one_carrying_an_invoice_invoice() -> None:
    order = read_document_bytes(attach_file(text_to_pdf("Bestellung"), "order-x.xml", UBL_ORDER),
                                "order.pdf")
    assert (order.declared_type, order.embedded_invoice) == ("other", None)
    credit = read_document_bytes(
        attach_file(text_to_pdf("Credit note"), "xrechnung.xml", UBL_CREDIT_NOTE), "cn.pdf")
    assert credit.declared_type == "invoice"
    assert credit.embedded_invoice is not None and credit.embedded_invoice["total"] == -1250.0


def test_other_xml_is_read_as_its_values_by_name() -> None:
    order = read_document_bytes(UBL_ORDER, "po.xml")
    assert (order.declared_type, order.embedded_invoice) == ("other", None)
    assert order.text == "Order\nID: PO-991\nIssue Date: 2024-05-02\n"
    plain = read_document_bytes(b"<?xml version='1.0'?><note><to>Ann</to></note>", "x.xml")
    assert (plain.declared_type, plain.text) == (None, "note\nto: Ann\n")
    broken = read_document_bytes(b"<?xml version='1.0'?><note><to>Ann</note>", "x.xml")
    assert broken.text == "<?xml version='1.0'?><note><to>Ann</note>"
    assert broken.problems[-1].startswith("XML not read as XML: malformed XML")


# Files that are not what they say, or too big, or missing


def test_an_empty_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    document = read_document(path)
    assert (document.text, document.size, document.problems) == ("", 0, ("empty file",))


def test_a_file_over_the_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    document = read_document(path)
    assert document.problems == ("file too large: 52428800 bytes (limit 26214400)",)
    assert (document.text, document.size, document.media_type) == ("", 52428800, "application/pdf")


def test_the_limit_applies_to_bytes_in_memory_too() -> None:
    document = read_document_bytes(b"x" * 101, "big.txt", max_bytes=100)
    assert document.problems == ("file too large: 101 bytes (limit 100)",)


def test_a_missing_file_raises_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "invoice.pdf"
    with pytest.raises(FileNotFoundError, match="nowhere/invoice.pdf"):
        read_document(missing)


def test_binary_bytes_named_txt_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(os.urandom(4096) + b"\0")
    document = read_document(path)
    assert document.media_type == "application/octet-stream"
    assert (document.text, document.problems) == ("", ("binary content",))


def test_control_characters_without_nul_are_binary_too() -> None:
    data = bytes(range(1, 9)) * 200 + b"some words"
    assert read_document_bytes(data, "x.txt").problems == ("binary content",)


def test_text_that_is_not_utf8_is_decoded_and_flagged() -> None:
    document = read_document_bytes("Fällig: 1.589,80 € – bitte zahlen".encode("cp1252"), "a.txt")
    assert document.text == "Fällig: 1.589,80 € – bitte zahlen"
    assert document.problems == ("text is not UTF-8: decoded as cp1252",)


def test_bytes_no_code_page_defines_fall_back_to_latin1() -> None:
    document = read_document_bytes(b"Caf\xe9 \x81 bill", "a.txt")
    assert document.text == "Caf\xe9 \x81 bill"
    assert document.problems == ("text is not UTF-8: decoded as latin-1",)


def test_utf16_with_a_byte_order_mark_is_text() -> None:
    document = read_document_bytes("Invoice №7 – €12".encode("utf-16"), "u.txt")
    assert (document.text, document.problems) == ("Invoice №7 – €12", ())


@pytest.mark.parametrize("data, media_type", [
    (b"%PDF-1.7\n", "application/pdf"),
    (b"From: a@b.example\nSubject: hi\n\nbody", "message/rfc822"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "text/html"),
    (b"From: the desk of the director\nAll staff must attend.", "text/plain"),
])
def test_content_decides_the_media_type_before_the_extension(data: bytes, media_type: str) -> None:
    from document_pipeline.documents import sniff_media_type

    assert sniff_media_type(data, "upload.txt") == media_type


# HTML


def test_html_keeps_visible_text_and_table_cells_apart() -> None:
    html = b"""<html><head><title>T</title><style>.x{color:red}</style>
    <script>var secret = "do not show";</script></head>
    <body><h1>Blue Harbor Logistics</h1><p>Facture&nbsp;FA-1 &amp; co</p>
    <table><tr><td>Total TTC</td><td>2 340,00 &euro;</td></tr></table>
    <script>alert("x")</script><noscript>enable js</noscript></body></html>"""
    document = read_document_bytes(html, "f.html")
    assert document.media_type == "text/html"
    assert document.text == "Blue Harbor Logistics\n\nFacture FA-1 & co\n\nTotal TTC\t2 340,00 €"


# E-mail


def test_an_email_gives_subject_sender_body_and_attached_pdf_text(acme_pdf: Path) -> None:
    data = email_bytes(body="Please find our invoice attached.",
                       attachments=(("rechnung.pdf", "application/pdf", acme_pdf.read_bytes()),))
    document = read_document_bytes(data, "mail.eml")
    assert document.media_type == "message/rfc822"
    assert document.text.startswith(
        "Subject: Invoice NW-88213\nFrom: Northwind Traders Billing <billing@northwind.example>"
        "\n\nPlease find our invoice attached.\n\n--- Attachment: rechnung.pdf ---\n")
    assert "Gesamtbetrag 1.589,80 EUR" in document.text
    assert document.attachments == ("rechnung.pdf",)
    assert document.embedded_invoice == ACME_EMBEDDED
    assert document.problems == ()


def test_an_email_with_only_attachments_says_so_and_reads_them() -> None:
    pdf = text_to_pdf("Invoice 99 total due 10.00 EUR")
    data = email_bytes(body=None, attachments=(("a.pdf", "application/pdf", pdf),
                                               ("logo.png", "image/png", b"\x89PNG....")))
    document = read_document_bytes(data, "only.eml")
    assert document.problems == ("e-mail has no text body (attachments: a.pdf, logo.png)",)
    assert "Invoice 99 total due 10.00 EUR" in document.text


def test_an_email_reports_its_attachments_problems() -> None:
    locked = encrypted(text_to_pdf("secret"), user_password="pw")
    data = email_bytes(body="See attached.", attachments=(("locked.pdf", "application/pdf", locked),
                                                          ("notes.txt", "text/plain", b"")))
    document = read_document_bytes(data, "m.eml")
    assert document.problems == ("attachment locked.pdf: encrypted PDF",
                                 "attachment notes.txt: empty file")


def test_an_html_only_email_is_converted() -> None:
    data = email_bytes(body=None, html="<p>Hello</p><script>x()</script><p>Total: 5 EUR</p>")
    document = read_document_bytes(data, "h.eml")
    assert document.text.endswith("\n\nHello\n\nTotal: 5 EUR")
    assert document.problems == ()


def test_a_forwarded_email_inside_an_email_is_read() -> None:
    inner = message_from_bytes(email_bytes(body="Inner invoice text NW-1"), policy=policy.default)
    outer = EmailMessage()
    outer["From"] = "Maria <maria@lamina-labs.example>"
    outer["Subject"] = "Fwd: invoice"
    outer.set_content("FYI")
    outer.add_attachment(inner, filename="fwd.eml")
    document = read_document_bytes(outer.as_bytes(), "outer.eml")
    assert "--- Attachment: fwd.eml ---" in document.text
    assert "Inner invoice text NW-1" in document.text


def test_a_base64_encoded_forwarded_email_is_read() -> None:
    outer = EmailMessage()
    outer["From"] = "Maria <maria@lamina-labs.example>"
    outer.set_content("FYI")
    outer.add_attachment(email_bytes(body="Inner text NW-2"), maintype="message",
                         subtype="rfc822", filename="fwd.eml")
    assert "Inner text NW-2" in read_document_bytes(outer.as_bytes(), "o.eml").text


def test_a_mangled_email_does_not_raise() -> None:
    data = (b"From: x@y.example\nSubject: =?utf-8?q?broken?=\n"
            b"Content-Type: multipart/mixed; boundary=zz\n\n"
            b"--zz\nContent-Type: text/plain; charset=unknown-8bit\n\n\xe9t\xe9 hi\n")
    document = read_document_bytes(data, "bad.eml")
    assert isinstance(document, Document)
    assert document.text.endswith("été hi")


def test_documents_serialise_to_json(acme_pdf: Path) -> None:
    document = read_document(acme_pdf)
    data = json.loads(json.dumps(document.to_dict()))
    assert data["embedded_invoice"]["total"] == 1589.8
    assert Document.from_dict(data) == document


def test_the_sample_pdf_text_is_the_source_text(acme_pdf: Path) -> None:
    text = read_document(acme_pdf).text
    for line in ACME_INVOICE_TEXT.splitlines():
        assert " ".join(line.split()) in text
    assert parse_einvoice(acme_facturx_xml())["total"] == 1589.8


def test_damaged_pdfs_never_reach_the_last_line_of_defence(acme_pdf: Path) -> None:
    """Random damage is reported as a PDF problem, not as a reader failure."""
    pristine = acme_pdf.read_bytes()
    rng = random.Random(1)
    for _ in range(200):
        data = bytearray(pristine)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[: rng.randrange(len(data))]
        document = read_document_bytes(bytes(data), "damaged.pdf")
        assert not [p for p in document.problems if p.startswith("unreadable")], document


def test_random_bytes_without_a_nul_are_binary_not_latin_1_text() -> None:
    import random

    noise = bytes(b for b in random.Random(7).randbytes(8192) if b)[:4096]
    document = read_document_bytes(noise, "noise.txt")
    assert document.text == ""
    assert "binary content" in document.problems
