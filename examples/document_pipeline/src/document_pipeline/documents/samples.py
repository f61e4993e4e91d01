"""The bundled PDF samples, rendered from text on demand so no binary file is kept in the tree.

The ACME invoice carries a Factur-X (CII) XML attachment, as German and French e-invoices do.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

ACME_INVOICE_NAME = "acme-rechnung-2024-17.pdf"
# A fixed creation date keeps the rendered bytes, and so the inbox's execution names, stable.
CREATED = datetime(2024, 1, 31, 9, 0, tzinfo=UTC)

ACME_INVOICE_TEXT = """\
ACME GmbH · Industriestraße 12 · 70565 Stuttgart · Deutschland

Lamina Labs
5 Quay Street
Dublin 2, Irland

RECHNUNG

Rechnungsnummer: 2024-17
Rechnungsdatum: 31.01.2024
Fällig am: 01.03.2024
Ihre Bestellung: PO-2024-0042
USt-IdNr.: DE123456789

Pos.  Beschreibung                        Menge   Einzelpreis        Betrag
1     Wartung Serverraum, Januar 2024         1    980,00 EUR    980,00 EUR
2     USV-Batteriesatz RBC55                  2    219,90 EUR    439,80 EUR
3     Anfahrtspauschale                       1    170,00 EUR    170,00 EUR

Zwischensumme (netto)                                          1.589,80 EUR
Umsatzsteuer 0 % (Steuerschuldnerschaft des Leistungsempfängers)  0,00 EUR
Gesamtbetrag                                                   1.589,80 EUR

Zahlbar ohne Abzug bis 01.03.2024.
Bankverbindung: Commerzbank Stuttgart, IBAN DE89 3704 0044 0532 0130 00
ACME GmbH, Geschäftsführer: Jana Vogt, Amtsgericht Stuttgart HRB 123456
"""

ACME_LINES = (
    ("Wartung Serverraum, Januar 2024", 1, 980.00),
    ("USV-Batteriesatz RBC55", 2, 219.90),
    ("Anfahrtspauschale", 1, 170.00),
)


def render_sample_pdfs(dest: Path) -> list[Path]:
    """Write the PDF samples into `dest` and return their paths."""
    dest.mkdir(parents=True, exist_ok=True)
    path = dest / ACME_INVOICE_NAME
    pdf = text_to_pdf(ACME_INVOICE_TEXT)
    path.write_bytes(attach_file(pdf, "factur-x.xml", acme_facturx_xml()))
    return [path]


def text_to_pdf(text: str, *, title: str = "") -> bytes:
    """A one-column PDF of the text in a fixed-width font, so columns stay aligned."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    if title:
        pdf.set_title(title)
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    pdf.set_font("Courier", size=8)
    for line in text.splitlines():
        pdf.cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def attach_file(pdf: bytes, name: str, data: bytes) -> bytes:
    """The PDF with `data` embedded as the file `name`."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def acme_facturx_xml() -> bytes:
    lines = "".join(
        _cii_line(number, description, quantity, price)
        for number, (description, quantity, price) in enumerate(ACME_LINES, start=1)
    )
    return CII_TEMPLATE.format(lines=lines).encode()


def _cii_line(number: int, description: str, quantity: int, price: float) -> str:
    return f"""
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>{number}</ram:LineID>
      </ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>{escape(description)}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice>
        <ram:ChargeAmount>{price:.2f}</ram:ChargeAmount>
      </ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery>
        <ram:BilledQuantity unitCode="C62">{quantity}</ram:BilledQuantity>
      </ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode>
          <ram:CategoryCode>AE</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent>
        </ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation>
          <ram:LineTotalAmount>{quantity * price:.2f}</ram:LineTotalAmount>
        </ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>"""


CII_TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
  xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter>
      <ram:ID>urn:cen.eu:en16931:2017</ram:ID>
    </ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>2024-17</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime>
      <udt:DateTimeString format="102">20240131</udt:DateTimeString>
    </ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>{lines}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>ACME GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration>
          <ram:ID schemeID="VA">DE123456789</ram:ID>
        </ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Lamina Labs</ram:Name></ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument>
        <ram:IssuerAssignedID>PO-2024-0042</ram:IssuerAssignedID>
      </ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime>
          <udt:DateTimeString format="102">20240301</udt:DateTimeString>
        </ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>1589.80</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>1589.80</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">0.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>1589.80</ram:GrandTotalAmount>
        <ram:DuePayableAmount>1589.80</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""
