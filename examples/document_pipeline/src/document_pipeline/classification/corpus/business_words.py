"""Words of the commercial documents that are not invoices: orders, quotes, delivery notes,
payment reminders and payment receipts."""

from __future__ import annotations

BUSINESS_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "po": ("PURCHASE ORDER", "Purchase Order", "Order"),
        "quote": ("QUOTATION", "Quote", "Estimate", "Price offer", "Proposal"),
        "confirmation": ("ORDER CONFIRMATION", "Order confirmation", "Your order has been "
                         "received", "Sales order acknowledgement"),
        "delivery": ("DELIVERY NOTE", "Packing slip", "Shipping notice", "Dispatch note"),
        "reminder": ("PAYMENT REMINDER", "Reminder: invoice overdue", "Final notice",
                     "Second reminder", "Statement of overdue items"),
        "receipt": ("PAYMENT RECEIPT", "Receipt for your payment", "Payment confirmation",
                    "Remittance advice", "Card payment slip"),
        "number": ("PO number", "Quote no.", "Order no.", "Delivery note no.", "Reference",
                   "Our ref.", "Receipt no."),
        "date": ("Date", "Order date", "Valid until", "Ship date", "Requested delivery date"),
        "head": ("Item", "Qty", "Unit price", "Line total"),
        "total": ("Order total", "Quote total", "Estimated total", "Total (excl. VAT)",
                  "Total amount", "Total"),
        "po_text": ("Please deliver the goods below to our warehouse and quote the PO number on "
                    "your invoice.", "Send invoices to accounts.payable@{domain}.",
                    "Delivery by {date}. Terms as per our framework agreement."),
        "quote_text": ("This quotation is valid for 30 days.", "Prices exclude VAT and "
                       "delivery.", "We look forward to receiving your order.",
                       "This is not an invoice. Please do not pay."),
        "confirmation_text": ("Thank you for your order. We will ship within 3-5 working days.",
                              "You will receive an invoice once the goods have been shipped.",
                              "Please check the details below and contact us if anything is "
                              "wrong."),
        "delivery_text": ("Goods received in good condition: ____________",
                          "Carrier: DHL Freight, tracking {ref}", "Number of parcels: {n}",
                          "Signature of recipient:"),
        "reminder_text": ("According to our records, invoice {ref} of {date} for {amount} is "
                          "still unpaid.", "Please settle the outstanding balance within 7 "
                          "days.", "If you have already paid, please disregard this letter.",
                          "A late payment fee of {fee} will be charged."),
        "receipt_text": ("We confirm receipt of your payment of {amount} on {date}.",
                         "Thank you for your payment. This is not a tax invoice.",
                         "Paid by: Visa ****{n}", "Transaction ID {ref}. Approved.",
                         "Your invoice {ref} is now settled."),
    },
    "de": {
        "po": ("BESTELLUNG", "Bestellung", "Auftrag"), "quote": ("ANGEBOT", "Angebot",
                                                                "Kostenvoranschlag"),
        "confirmation": ("AUFTRAGSBESTÄTIGUNG", "Bestellbestätigung"),
        "delivery": ("LIEFERSCHEIN", "Lieferschein", "Versandmitteilung"),
        "reminder": ("ZAHLUNGSERINNERUNG", "Mahnung", "1. Mahnung", "Letzte Mahnung"),
        "receipt": ("QUITTUNG", "Zahlungsbestätigung", "Zahlungseingangsbestätigung",
                    "Zahlungsavis"),
        "number": ("Bestellnummer", "Angebotsnummer", "Auftragsnummer", "Lieferschein-Nr.",
                   "Unser Zeichen", "Belegnummer"),
        "date": ("Datum", "Bestelldatum", "Gültig bis", "Liefertermin"),
        "head": ("Artikel", "Menge", "Preis", "Summe"),
        "total": ("Bestellwert", "Angebotssumme", "Gesamt netto", "Summe"),
        "po_text": ("Bitte liefern Sie die folgenden Artikel und geben Sie auf Ihrer Rechnung "
                    "unsere Bestellnummer an.", "Liefertermin: {date}."),
        "quote_text": ("Dieses Angebot ist 30 Tage gültig.", "Alle Preise zzgl. MwSt.",
                       "Wir freuen uns auf Ihren Auftrag.", "Dies ist keine Rechnung."),
        "confirmation_text": ("Vielen Dank für Ihre Bestellung. Die Lieferung erfolgt in KW {n}.",
                              "Die Rechnung erhalten Sie nach Versand der Ware."),
        "delivery_text": ("Ware in einwandfreiem Zustand erhalten: ________",
                          "Spediteur: Dachser, Sendungsnummer {ref}", "Anzahl Packstücke: {n}"),
        "reminder_text": ("sicherlich haben Sie übersehen, dass unsere Rechnung {ref} vom {date} "
                          "über {amount} noch offen ist.", "Bitte überweisen Sie den Betrag "
                          "innerhalb von 7 Tagen.", "Sollten Sie bereits gezahlt haben, "
                          "betrachten Sie dieses Schreiben als gegenstandslos.",
                          "Mahngebühr: {fee}"),
        "receipt_text": ("Betrag von {amount} am {date} dankend erhalten.",
                         "Wir bestätigen den Eingang Ihrer Zahlung.", "Transaktions-ID {ref}"),
    },
    "fr": {
        "po": ("BON DE COMMANDE", "Commande"), "quote": ("DEVIS", "Devis", "Proposition "
                                                        "commerciale"),
        "confirmation": ("CONFIRMATION DE COMMANDE", "Accusé de réception de commande"),
        "delivery": ("BON DE LIVRAISON", "Bordereau d'expédition"),
        "reminder": ("RELANCE DE PAIEMENT", "Rappel : facture impayée", "Mise en demeure"),
        "receipt": ("REÇU", "Reçu de paiement", "Confirmation de paiement", "Avis de virement"),
        "number": ("N° de commande", "Devis n°", "Réf.", "N° BL"),
        "date": ("Date", "Date de commande", "Validité", "Date de livraison"),
        "head": ("Article", "Qté", "Prix", "Total"),
        "total": ("Total commande", "Total HT", "Montant du devis"),
        "po_text": ("Merci de rappeler le numéro de commande sur votre facture.",),
        "quote_text": ("Devis valable 30 jours.", "Bon pour accord, date et signature :",
                       "Ce document n'est pas une facture."),
        "confirmation_text": ("Merci pour votre commande. Expédition sous 48 heures.",
                              "La facture vous sera envoyée après livraison."),
        "delivery_text": ("Transporteur : Geodis, n° de suivi {ref}", "Nombre de colis : {n}"),
        "reminder_text": ("Sauf erreur de notre part, la facture {ref} du {date} d'un montant "
                          "de {amount} reste impayée.", "Merci de régulariser sous huitaine.",
                          "Si votre règlement a été effectué entre-temps, veuillez ne pas "
                          "tenir compte de ce courrier."),
        "receipt_text": ("Nous accusons réception de votre paiement de {amount} le {date}.",
                         "Paiement accepté. Transaction {ref}."),
    },
    "nl": {
        "po": ("INKOOPORDER", "Bestelling", "Inkooporder"), "quote": ("OFFERTE", "Offerte",
                                                                     "Prijsopgave"),
        "confirmation": ("ORDERBEVESTIGING", "Bevestiging van uw bestelling"),
        "delivery": ("PAKBON", "Afleverbon", "Verzendbevestiging"),
        "reminder": ("BETALINGSHERINNERING", "Herinnering", "Aanmaning", "Tweede herinnering"),
        "receipt": ("BETALINGSBEWIJS", "Kwitantie", "Betaalbevestiging"),
        "number": ("Ordernummer", "Offertenummer", "Referentie", "Pakbonnummer"),
        "date": ("Datum", "Besteldatum", "Geldig tot", "Leverdatum"),
        "head": ("Artikel", "Aantal", "Prijs", "Totaal"),
        "total": ("Totaal order", "Totaal offerte", "Totaal excl. btw"),
        "po_text": ("Vermeld ons ordernummer op uw factuur.", "Levering uiterlijk {date}."),
        "quote_text": ("Deze offerte is 30 dagen geldig.", "Alle prijzen excl. btw.",
                       "Dit is geen factuur."),
        "confirmation_text": ("Bedankt voor uw bestelling. Wij leveren binnen 3 werkdagen.",
                              "U ontvangt de factuur na levering."),
        "delivery_text": ("Vervoerder: PostNL, track & trace {ref}", "Aantal colli: {n}"),
        "reminder_text": ("Volgens onze administratie is factuur {ref} van {date} ter waarde "
                          "van {amount} nog niet voldaan.", "Wij verzoeken u het bedrag binnen "
                          "7 dagen over te maken.", "Heeft u inmiddels betaald, dan kunt u "
                          "deze herinnering als niet verzonden beschouwen."),
        "receipt_text": ("Wij bevestigen de ontvangst van uw betaling van {amount} op {date}.",
                         "Betaling geslaagd. Transactie {ref}."),
    },
}
