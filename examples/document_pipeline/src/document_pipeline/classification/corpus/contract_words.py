"""How contracts say things, per language: titles, party blocks, clauses and signature lines."""

from __future__ import annotations

KINDS = ("msa", "nda", "supply", "lease", "employment", "sla", "order_form", "amendment")

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"msa": ("MASTER SERVICES AGREEMENT", "Services Agreement", "Consulting Agreement"),
           "nda": ("MUTUAL NON-DISCLOSURE AGREEMENT", "Confidentiality Agreement", "NDA"),
           "supply": ("SUPPLY AGREEMENT", "Framework Supply Contract", "Distribution Agreement"),
           "lease": ("COMMERCIAL LEASE AGREEMENT", "Lease of Office Premises", "Tenancy Agreement"),
           "employment": ("EMPLOYMENT CONTRACT", "Contract of Employment", "Offer and Terms of "
                          "Employment"),
           "sla": ("SERVICE LEVEL AGREEMENT", "Support and Maintenance Agreement"),
           "order_form": ("ORDER FORM", "Subscription Order Form", "Statement of Work"),
           "amendment": ("AMENDMENT No. {n} TO THE AGREEMENT", "Addendum {n}", "Side Letter")},
    "de": {"msa": ("DIENSTLEISTUNGSRAHMENVERTRAG", "Rahmenvertrag", "Beratervertrag"),
           "nda": ("GEHEIMHALTUNGSVEREINBARUNG", "Vertraulichkeitsvereinbarung"),
           "supply": ("LIEFERVERTRAG", "Rahmenliefervertrag", "Vertriebsvertrag"),
           "lease": ("GEWERBEMIETVERTRAG", "Mietvertrag über Büroräume", "Pachtvertrag"),
           "employment": ("ARBEITSVERTRAG", "Anstellungsvertrag"),
           "sla": ("SERVICE-LEVEL-VEREINBARUNG", "Wartungsvertrag", "Pflegevertrag"),
           "order_form": ("BESTELLSCHEIN ZUM RAHMENVERTRAG", "Leistungsschein", "Einzelauftrag"),
           "amendment": ("NACHTRAG Nr. {n} ZUM VERTRAG", "Änderungsvereinbarung")},
    "fr": {"msa": ("CONTRAT-CADRE DE PRESTATION DE SERVICES", "Contrat de prestation"),
           "nda": ("ACCORD DE CONFIDENTIALITÉ", "Engagement de confidentialité"),
           "supply": ("CONTRAT D'APPROVISIONNEMENT", "Contrat de fourniture", "Contrat de "
                      "distribution"),
           "lease": ("BAIL COMMERCIAL", "Contrat de location de locaux professionnels"),
           "employment": ("CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "Contrat de travail"),
           "sla": ("CONTRAT DE NIVEAU DE SERVICE", "Contrat de maintenance"),
           "order_form": ("BON DE COMMANDE CONTRACTUEL", "Conditions particulières"),
           "amendment": ("AVENANT N° {n} AU CONTRAT", "Avenant")},
    "nl": {"msa": ("RAAMOVEREENKOMST DIENSTVERLENING", "Overeenkomst van opdracht"),
           "nda": ("GEHEIMHOUDINGSOVEREENKOMST", "Vertrouwelijkheidsovereenkomst"),
           "supply": ("LEVERINGSOVEREENKOMST", "Raamovereenkomst levering"),
           "lease": ("HUUROVEREENKOMST KANTOORRUIMTE", "Huurovereenkomst bedrijfsruimte"),
           "employment": ("ARBEIDSOVEREENKOMST", "Arbeidsovereenkomst voor bepaalde tijd"),
           "sla": ("SERVICE LEVEL AGREEMENT", "Onderhoudsovereenkomst"),
           "order_form": ("BESTELFORMULIER", "Opdrachtbevestiging en voorwaarden"),
           "amendment": ("ADDENDUM {n} BIJ DE OVEREENKOMST", "Wijzigingsovereenkomst")},
}
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "between": ("This Agreement is made on {date} between:", "BETWEEN", "Parties",
                    "This {title} (the \"Agreement\") is entered into as of {date} by and between"),
        "and": ("and", "AND"),
        "role": ("(the \"Supplier\")", "(the \"Customer\")", "(the \"Landlord\")",
                 "(the \"Tenant\")",
                 "(\"Disclosing Party\")", "(the \"Employer\")", "(the \"Employee\")",
                 "hereinafter referred to as \"Provider\""),
        "recital": ("WHEREAS the Customer wishes to obtain certain services;",
                    "Background: The parties wish to explore a possible business relationship.",
                    "NOW, THEREFORE, in consideration of the mutual covenants herein, the parties "
                    "agree as follows:", "IT IS AGREED as follows:"),
        "heading": ("{n}. {h}", "Clause {n} – {h}", "Section {n}. {h}", "ARTICLE {n}: {h}",
                    "{n} {h}"),
        "sign": ("Signed for and on behalf of {party}", "IN WITNESS WHEREOF, the parties have "
                 "executed this Agreement.",
                 "Name: ____________  Title: ____________  Date: ______",
                 "By: ______________________", "Signature:"),
    },
    "de": {
        "between": ("zwischen", "Zwischen", "Vertragsparteien", "wird am {date} folgender "
                    "Vertrag geschlossen:"),
        "and": ("und", "sowie"),
        "role": ("– nachfolgend „Auftragnehmer“ genannt –", "– nachfolgend „Auftraggeber“ –",
                 "(im Folgenden „Vermieter“)", "(im Folgenden „Mieter“)", "(„Arbeitgeber“)",
                 "(„Arbeitnehmer“)", "- nachstehend „Lieferant“ -"),
        "recital": ("Präambel", "Die Parteien vereinbaren Folgendes:",
                    "Dies vorausgeschickt, vereinbaren die Parteien was folgt:"),
        "heading": ("§ {n} {h}", "§{n} {h}", "Artikel {n} – {h}", "{n}. {h}", "Ziffer {n} {h}"),
        "sign": ("Ort, Datum: ______________", "Unterschrift Auftraggeber", "Unterschrift "
                 "Auftragnehmer", "für {party}", "____________________ (Geschäftsführer)"),
    },
    "fr": {
        "between": ("ENTRE LES SOUSSIGNÉS :", "Entre", "Le présent contrat est conclu le {date} "
                    "entre :"),
        "and": ("ET", "et", "D'AUTRE PART,"),
        "role": ("ci-après dénommée « le Prestataire »", "ci-après « le Client »",
                 "ci-après « le Bailleur »", "ci-après « le Preneur »", "ci-après « l'Employeur »",
                 "ci-après « le Salarié »", "D'UNE PART,"),
        "recital": ("IL A ÉTÉ CONVENU CE QUI SUIT :", "Préambule",
                    "Étant préalablement exposé que"),
        "heading": ("Article {n} – {h}", "ARTICLE {n} : {h}", "Art. {n}. {h}", "{n}. {h}"),
        "sign": ("Fait à {city}, le {date}, en deux exemplaires originaux.",
                 "Pour {party}", "Lu et approuvé", "Signature précédée de la mention « bon pour "
                 "accord »"),
    },
    "nl": {
        "between": ("DE ONDERGETEKENDEN:", "Partijen:", "Tussen", "Deze overeenkomst is aangegaan "
                    "op {date} tussen:"),
        "and": ("en", "EN"),
        "role": ("hierna te noemen: „Opdrachtnemer”", "hierna: „Opdrachtgever”",
                 "hierna: „Verhuurder”", "hierna: „Huurder”", "hierna: „Werkgever”",
                 "hierna: „Werknemer”"),
        "recital": ("NEMEN IN AANMERKING DAT:", "KOMEN OVEREEN ALS VOLGT:", "Overwegende dat"),
        "heading": ("Artikel {n} – {h}", "Artikel {n}. {h}", "{n}. {h}", "ARTIKEL {n} {h}"),
        "sign": ("Aldus overeengekomen en in tweevoud ondertekend te {city} op {date}.",
                 "Namens {party}", "Handtekening:", "Naam: ________________"),
    },
}
CLAUSES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Definitions", "In this Agreement, \"Confidential Information\" means any information "
            "disclosed by one party to the other, whether orally or in writing."),
           ("Scope of Services", "The Supplier shall provide the services described in Schedule 1 "
            "with reasonable skill and care."),
           ("Term", "This Agreement commences on the Effective Date and continues for a period of "
            "{term}, unless terminated earlier in accordance with clause 9."),
           ("Fees and Payment", "The Customer shall pay the fees set out in Schedule 2 within "
            "{days} days of receipt of a valid invoice."),
           ("Confidentiality", "Each party shall keep the other party's Confidential Information "
            "secret and shall not disclose it to any third party without prior written consent."),
           ("Intellectual Property", "All intellectual property rights in the Deliverables shall "
            "vest in the Customer upon full payment."),
           ("Limitation of Liability", "Neither party's total liability under this Agreement "
            "shall exceed the fees paid in the twelve months preceding the claim."),
           ("Termination", "Either party may terminate this Agreement by giving not less than "
            "{notice} months' written notice to the other party."),
           ("Data Protection", "The parties shall comply with the UK GDPR and the Data "
            "Protection Act 2018."),
           ("Rent", "The Tenant shall pay an annual rent of {amount}, payable quarterly in "
            "advance."),
           ("Working Hours", "The Employee's normal working hours are 37.5 hours per week, Monday "
            "to Friday. The probationary period is six months."),
           ("Service Levels", "The Provider shall ensure availability of 99.9% per calendar month. "
            "Priority 1 incidents shall be responded to within one hour."),
           ("Delivery", "Goods shall be delivered DDP to the Customer's premises. Risk passes on "
            "delivery."),
           ("Force Majeure", "Neither party shall be liable for any delay caused by events "
            "beyond its reasonable control."),
           ("Entire Agreement", "This Agreement constitutes the entire agreement between the "
            "parties and supersedes all prior arrangements."),
           ("Governing Law", "This Agreement shall be governed by the laws of {law} and the "
            "courts of {law} shall have exclusive jurisdiction.")),
    "de": (("Vertragsgegenstand", "Der Auftragnehmer erbringt für den Auftraggeber die in Anlage 1 "
            "beschriebenen Leistungen."),
           ("Vertragslaufzeit", "Der Vertrag beginnt am {date} und wird für die Dauer von {term} "
            "geschlossen. Er verlängert sich jeweils um ein Jahr, wenn er nicht gekündigt wird."),
           ("Vergütung", "Die Vergütung beträgt {amount} zzgl. gesetzlicher Umsatzsteuer. "
            "Rechnungen sind innerhalb von {days} Tagen zahlbar."),
           ("Geheimhaltung", "Die Parteien verpflichten sich, alle vertraulichen Informationen "
            "geheim zu halten und nicht an Dritte weiterzugeben."),
           ("Haftung", "Die Haftung ist auf Vorsatz und grobe Fahrlässigkeit beschränkt."),
           ("Kündigung", "Der Vertrag kann mit einer Frist von {notice} Monaten zum Ende eines "
            "Kalenderjahres gekündigt werden. Das Recht zur außerordentlichen Kündigung bleibt "
            "unberührt."),
           ("Datenschutz", "Die Parteien beachten die Bestimmungen der DSGVO und des BDSG."),
           ("Mietzins", "Die monatliche Miete beträgt {amount} zuzüglich Nebenkosten. Die "
            "Kaution beträgt drei Monatsmieten."),
           ("Arbeitszeit und Probezeit", "Die regelmäßige Arbeitszeit beträgt 40 Stunden pro "
            "Woche. Die ersten sechs Monate gelten als Probezeit."),
           ("Verfügbarkeit", "Der Anbieter gewährleistet eine Verfügbarkeit von 99,5 % im "
            "Monatsmittel. Störungen der Priorität 1 werden binnen 2 Stunden bearbeitet."),
           ("Lieferbedingungen", "Die Lieferung erfolgt frei Haus. Gefahrübergang mit Übergabe."),
           ("Schlussbestimmungen", "Änderungen bedürfen der Schriftform. Sollte eine Bestimmung "
            "unwirksam sein, bleibt der Vertrag im Übrigen wirksam (salvatorische Klausel)."),
           ("Anwendbares Recht, Gerichtsstand", "Es gilt das Recht der Bundesrepublik "
            "Deutschland. Gerichtsstand ist {city}.")),
    "fr": (("Objet", "Le présent contrat a pour objet de définir les conditions dans lesquelles "
            "le Prestataire fournit au Client les prestations décrites en annexe."),
           ("Durée", "Le contrat prend effet le {date} pour une durée de {term}, renouvelable par "
            "tacite reconduction."),
           ("Prix et modalités de paiement", "Le prix est fixé à {amount} HT. Les factures sont "
            "payables à {days} jours."),
           ("Confidentialité", "Chaque partie s'engage à garder strictement confidentielles les "
            "informations reçues de l'autre partie."),
           ("Responsabilité", "La responsabilité du Prestataire est limitée au montant des "
            "sommes perçues au titre du contrat."),
           ("Résiliation", "Chaque partie peut résilier le contrat moyennant un préavis de "
            "{notice} mois par lettre recommandée avec accusé de réception."),
           ("Loyer", "Le loyer annuel est fixé à {amount} hors taxes et hors charges, payable "
            "trimestriellement d'avance."),
           ("Période d'essai", "Le contrat ne deviendra définitif qu'à l'issue d'une période "
            "d'essai de quatre mois."),
           ("Niveaux de service", "Le Prestataire garantit un taux de disponibilité de 99,8 %."),
           ("Protection des données", "Les parties respectent le RGPD."),
           ("Loi applicable et juridiction", "Le présent contrat est soumis au droit français. "
            "Tout litige relève du Tribunal de commerce de {city}.")),
    "nl": (("Onderwerp", "Opdrachtnemer verricht voor Opdrachtgever de in bijlage 1 omschreven "
            "werkzaamheden."),
           ("Duur", "Deze overeenkomst gaat in op {date} en wordt aangegaan voor de duur van "
            "{term}. Daarna wordt zij stilzwijgend verlengd."),
           ("Vergoeding en betaling", "Opdrachtgever betaalt een vergoeding van {amount} excl. "
            "btw. Betaling geschiedt binnen {days} dagen na factuurdatum."),
           ("Geheimhouding", "Partijen zijn verplicht tot geheimhouding van alle vertrouwelijke "
            "informatie die zij in het kader van deze overeenkomst verkrijgen."),
           ("Aansprakelijkheid", "De aansprakelijkheid van Opdrachtnemer is beperkt tot het "
            "bedrag dat de verzekeraar uitkeert."),
           ("Opzegging", "Elk der partijen kan de overeenkomst schriftelijk opzeggen met "
            "inachtneming van een termijn van {notice} maanden."),
           ("Huurprijs", "De huurprijs bedraagt {amount} per maand, te vermeerderen met "
            "servicekosten."),
           ("Proeftijd", "Er geldt een proeftijd van twee maanden. Het salaris bedraagt bruto "
            "{amount} per maand."),
           ("Beschikbaarheid", "Leverancier garandeert een beschikbaarheid van 99,5% per maand."),
           ("Toepasselijk recht", "Op deze overeenkomst is Nederlands recht van toepassing. "
            "Geschillen worden voorgelegd aan de rechtbank {city}.")),
}
# Contracts written as a letter: an offer or engagement letter that lists terms to sign.
LETTER_TERMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"open": ("We are pleased to confirm your employment on the following terms.",
                    "This letter sets out the terms on which we will act for you.",
                    "Further to our discussions, we confirm the terms of our engagement."),
           "labels": ("Job title", "Start date", "Salary", "Hours of work", "Holiday",
                      "Probationary period", "Notice period", "Scope of work", "Fees", "Term",
                      "Place of work", "Pension"),
           "close": ("Please sign and return one copy of this letter to confirm your acceptance.",
                     "I accept the terms set out above. Signed: __________ Date: ______",
                     "By countersigning this letter you agree to these terms.")},
    "de": {"open": ("wir freuen uns, Ihnen die Anstellung zu folgenden Bedingungen zu bestätigen.",
                    "hiermit bestätigen wir die Beauftragung zu folgenden Konditionen."),
           "labels": ("Position", "Eintrittsdatum", "Bruttojahresgehalt", "Arbeitszeit",
                      "Urlaub", "Probezeit", "Kündigungsfrist", "Leistungsumfang", "Vergütung",
                      "Laufzeit"),
           "close": ("Bitte senden Sie uns ein unterschriebenes Exemplar zurück.",
                     "Einverstanden: ____________ (Ort, Datum, Unterschrift)")},
    "fr": {"open": ("nous avons le plaisir de vous confirmer votre engagement aux conditions "
                    "suivantes.", "la présente lettre de mission précise les conditions de "
                    "notre intervention."),
           "labels": ("Poste", "Date d'entrée", "Rémunération brute annuelle", "Durée du travail",
                      "Congés", "Période d'essai", "Préavis", "Mission", "Honoraires", "Durée"),
           "close": ("Merci de nous retourner un exemplaire signé avec la mention « bon pour "
                     "accord ».",)},
    "nl": {"open": ("graag bevestigen wij uw indiensttreding onder de volgende voorwaarden.",
                    "met deze opdrachtbevestiging leggen wij de afspraken vast."),
           "labels": ("Functie", "Datum indiensttreding", "Bruto maandsalaris", "Arbeidsduur",
                      "Vakantiedagen", "Proeftijd", "Opzegtermijn", "Werkzaamheden", "Tarief",
                      "Looptijd"),
           "close": ("Wij verzoeken u een getekend exemplaar te retourneren.",
                     "Voor akkoord: ____________")},
}
