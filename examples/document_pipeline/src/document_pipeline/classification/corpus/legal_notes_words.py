"""Words of formal documents that bind nobody: guides and FAQs about agreements, rules and
fee schedules of associations, security and compliance pages (CSIRT descriptions,
disclosure policies, subprocessor lists, transparency reports, accessibility and
supply-chain statements) and internal policies and works-council notices.

POOLS holds single lines (titles, table rows, fee categories); SECTIONS holds a document's
sections in order, each a heading followed by alternative texts ("\n- " starts a bullet).
Every kind in SECTIONS has its titles in POOLS under "title_<kind>".
"""

from __future__ import annotations

Section = tuple[str, ...]

POOLS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "meta": (
            "Last updated: {date}", "Version {version} – {date}", "Effective date: {date}",
            "Last reviewed {date}", "Version {version}", "Published {date} · {read} min read",
            "Document owner: {name} · Version {version}",
        ),
        "guide_byline": (
            "By {name}, {date}", "{name} · {date} · {read} min read", "Posted on {date} by {name}",
            "Knowledge base › Legal › Guides", "Last updated: {date}",
            "Blog · {name}, partner at {org}",
        ),
        "guide_footer": (
            "This article is for general information only and is not legal advice. For advice on "
            "your situation, speak to a qualified lawyer.",
            "Was this article helpful? Yes · No",
            "Related articles: How to terminate a contract early · What is a data processing "
            "agreement?",
            "Download our free template at https://{site}/templates.",
            "Questions? Write to {email} – we usually answer within {days} working days.",
            "Share: LinkedIn · X · E-mail",
        ),
        "title_guide_nda": (
            "What is a mutual NDA and when should you use it?",
            "Mutual vs one-way NDAs: a short guide", "NDAs explained: a guide for founders",
            "Guide: non-disclosure agreements in plain English",
        ),
        "title_guide_takedown": (
            "How to file a copyright takedown notice",
            "Step by step: reporting copyright infringement to a hosting provider",
            "A practical guide to DMCA and EU notice-and-action requests",
            "How do I get infringing content removed?",
        ),
        "title_guide_terms": (
            "A guide to our standard terms: what changed in version {version}",
            "Our updated terms of service, explained",
            "What's new in the {org} terms (version {version})",
            "Plain-language summary of our updated terms",
        ),
        "title_faq_clauses": (
            "Why does the agreement have a non-solicitation clause? Your questions answered",
            "FAQ: common clauses in commercial agreements",
            "Frequently asked questions about our contract templates", "{org} – Legal FAQ",
        ),
        "club": (
            "{city} Lawn Tennis Club", "Friends of {city} Library", "{city} Amateur Choir",
            "{city} Community Garden Association", "Riverside Rowing Club {city}",
            "{city} Chess Society", "Parents' Association of St Mary's School, {city}",
            "{city} Model Railway Society", "{city} Cycling Club",
        ),
        "title_statutes": (
            "Constitution of the {club}", "Bylaws of the {club}", "Rules of the {club}",
            "{club} – Constitution (as amended {date})", "Extract from the bylaws of the {club}",
        ),
        "title_orders": (
            "Standing orders of the {club}", "Standing orders for general meetings",
            "{club} – Club rules and standing orders", "House rules of the {club}",
        ),
        "title_fees": (
            "Membership fee schedule {year}", "{club} – Schedule of fees",
            "Annual subscriptions {year}", "Membership fees from 1 January {year}",
        ),
        "fee_intro": (
            "The following annual fees apply from 1 January {year}, as decided at the general "
            "meeting of {date}.",
            "Under rule 5 of the constitution, the annual general meeting sets the membership "
            "fees. The current rates are:",
            "Subscriptions for the {year} season were approved at the AGM on {date}.",
        ),
        "fee_head": (
            "Category", "Annual fee", "Notes",
        ),
        "fee_category": (
            "Adult member", "Junior (under 18)", "Student (with valid ID)", "Family membership",
            "Senior (65+)", "Social / non-playing member", "Honorary member",
            "Joining fee (one-off)", "Couple",
        ),
        "fee_note": (
            "free of charge", "proof required", "incl. court booking", "payable by direct debit",
            "", "", "max. 2 adults + children",
        ),
        "fee_para": (
            "Fees are due on 1 April and are collected by direct debit. Members who join after 1 "
            "October pay half the annual fee.",
            "Reduced fees are granted only on presentation of valid proof, to be provided each "
            "year by 31 January.",
            "Each adult playing member is expected to help with {n} hours of volunteer work per "
            "year; a charge of {amount} applies per hour not worked.",
            "In cases of financial hardship, the committee may reduce or waive the fee on "
            "request. Such requests are treated confidentially.",
            "A charge of {amount} applies to returned direct debits.",
            "Members who have not paid by 30 June may not vote at general meetings until the fee "
            "is paid.",
        ),
        "adopted": (
            "Decided at the general meeting of {date}.",
            "Adopted by the annual general meeting on {date}; replaces the version of {date2}.",
            "Approved by the committee on {date} and confirmed by the AGM.",
            "{city}, {date} – The Committee",
        ),
        "title_csirt": (
            "RFC 2350 description for {team}", "{team} – RFC 2350", "About {team}",
            "Expectations for Computer Security Incident Response – {team}",
        ),
        "title_disclosure": (
            "Vulnerability disclosure policy", "Security – responsible disclosure",
            "Coordinated vulnerability disclosure at {org}", "Report a security issue",
            "Security policy",
        ),
        "title_accessibility": (
            "Accessibility statement for {site}", "Accessibility statement",
            "{org} – Accessibility",
        ),
        "title_slavery": (
            "Modern Slavery Statement {year}",
            "Slavery and Human Trafficking Statement – financial year {year}",
            "{org} Modern Slavery Act statement",
        ),
        "title_subprocessors": (
            "Subprocessors", "List of subprocessors", "{org} – Sub-processor list",
            "Third-party subprocessors", "Our subprocessors",
        ),
        "sub_head": (
            "Subprocessor", "Purpose", "Location",
        ),
        "sub_purpose": (
            "Cloud hosting", "E-mail delivery", "Customer support tooling", "Payment processing",
            "Error monitoring", "Product analytics", "Backups", "Identity verification",
            "Video conferencing", "Content delivery network", "SMS notifications",
            "Document e-signature", "Translation of support messages",
        ),
        "sub_location": (
            "EU (Frankfurt)", "Ireland", "Netherlands", "United States", "Germany", "France",
            "United Kingdom", "EU / US", "Belgium", "Sweden",
        ),
        "title_transparency": (
            "Transparency report {year}", "{org} Transparency Report – H{half} {year}",
            "Government requests for user data, {year}", "Law enforcement requests report",
        ),
        "tr_head": (
            "Request type", "Received", "Data disclosed", "Rejected",
        ),
        "tr_rows": (
            "Law enforcement requests – user data", "Court orders",
            "Emergency disclosure requests", "Content removal – copyright",
            "Content removal – government", "Preservation requests", "Subpoenas",
            "Requests from outside the EU",
        ),
        "title_travel": (
            "Travel and expense policy", "Business travel & expenses – staff guidelines",
            "Expense policy v{version}", "Travel policy",
        ),
        "title_remote": (
            "Remote work guidelines", "Hybrid working at {org}",
            "Working from home – guidelines for employees", "Remote and hybrid working policy",
        ),
        "title_retention": (
            "Data retention schedule", "Records retention policy – schedule",
            "Retention periods for business records", "How long we keep records",
        ),
        "ret_head": (
            "Record type", "Retention period", "Basis / trigger",
        ),
        "ret_rows": (
            "Invoices and accounting records;6 years after end of financial year;Companies Act "
            "2006",
            "Payroll records;6 years;HMRC requirements",
            "Job applications (unsuccessful);6 months after decision;Legitimate interest",
            "Personnel files;6 years after employment ends;Limitation period",
            "CCTV footage;30 days;Security",
            "Customer support tickets;2 years after closure;Legitimate interest",
            "Signed contracts;6 years after expiry;Limitation Act 1980",
            "Server logs;90 days;Security monitoring",
            "Marketing consents;until withdrawn + 2 years;Accountability",
            "Board minutes;permanently;Statutory", "Visitor log;12 months;Health and safety",
        ),
        "title_works_council": (
            "Notice from the works council", "Works council – information for all employees",
            "Employee forum notice", "Invitation to the staff meeting",
        ),
        "policy_footer": (
            "Questions about this policy? Contact {name}, {email}.",
            "Owner: People & Culture · Next review: {date2}",
            "This policy does not form part of any employee's contract of employment and may be "
            "amended at any time.",
            "Approved by the management board on {date}.", "Your works council",
        ),
        "mail_note": (
            "Please see the updated version below.", "FYI – the new version applies from {date}.",
            "Sharing the latest version for your reference.",
            "As announced in the all-hands, here is the document.",
        ),
    },
    "de": {
        "meta": (
            "Stand: {date}", "Version {version}, Stand {date}", "Gültig ab {date}",
            "Zuletzt aktualisiert am {date}", "Fassung vom {date}", "Stand: {month} {year}",
        ),
        "guide_byline": (
            "Von {name}, {date}", "{name} · {date} · Lesezeit {read} Minuten",
            "Veröffentlicht am {date}", "Ratgeber › Vertragsrecht", "Zuletzt aktualisiert: {date}",
            "Blog der Kanzlei {name2} – Beitrag von {name}",
        ),
        "guide_footer": (
            "Dieser Beitrag dient der allgemeinen Information und ersetzt keine Rechtsberatung "
            "im Einzelfall.",
            "War dieser Artikel hilfreich? Ja · Nein",
            "Weitere Artikel: Kündigung von Verträgen · Was ist ein Auftragsverarbeitungsvertrag?",
            "Kostenlose Mustervorlage: https://{site}/vorlagen",
            "Fragen? Schreiben Sie uns an {email}.", "Teilen: LinkedIn · XING · E-Mail",
        ),
        "title_guide_nda": (
            "Was ist eine Geheimhaltungsvereinbarung (NDA) und wann brauchen Sie eine?",
            "Einseitiges oder gegenseitiges NDA? Ein Überblick",
            "Ratgeber: Vertraulichkeitsvereinbarungen richtig einsetzen", "NDA einfach erklärt",
        ),
        "title_guide_takedown": (
            "So melden Sie eine Urheberrechtsverletzung – Schritt für Schritt",
            "Notice and Takedown: Rechtsverletzende Inhalte entfernen lassen",
            "Leitfaden: Inhalte beim Hoster melden", "Bildklau im Internet – was tun?",
        ),
        "title_guide_terms": (
            "Unsere neuen AGB: Was sich in Version {version} ändert",
            "Die wichtigsten Änderungen unserer Nutzungsbedingungen im Überblick",
            "AGB-Update {year} – einfach erklärt",
            "Neue Nutzungsbedingungen bei {org}: Das müssen Sie wissen",
        ),
        "title_faq_clauses": (
            "Warum enthält der Vertrag ein Abwerbeverbot? Häufige Fragen zu unseren "
            "Vertragsmustern",
            "FAQ: Typische Klauseln in B2B-Verträgen erklärt",
            "Fragen und Antworten zum Vertragsrecht", "{org} – Häufige Fragen zu Verträgen",
        ),
        "club": (
            "Tennisclub Blau-Weiß {city} e.V.", "Förderverein der Grundschule am Park {city} e.V.",
            "Gesangverein Harmonie {city} e.V.", "Kleingartenverein Sonnenhang {city} e.V.",
            "Ruderclub {city} von 1898 e.V.", "Schachfreunde {city} e.V.",
            "Heimat- und Verkehrsverein {city} e.V.",
            "Förderverein der Freiwilligen Feuerwehr {city} e.V.",
            "Radsportgemeinschaft {city} e.V.",
        ),
        "title_statutes": (
            "Satzung des Vereins {club}", "Vereinssatzung", "Satzung – {club}",
            "Satzung des Vereins {club} in der Fassung vom {date}",
            "Auszug aus der Satzung des Vereins {club}",
        ),
        "title_orders": (
            "Geschäftsordnung des Vereins {club}",
            "Geschäftsordnung für die Mitgliederversammlung", "Geschäftsordnung des Vorstands",
            "Platz- und Hausordnung des Vereins {club}",
        ),
        "title_fees": (
            "Beitragsordnung des Vereins {club}", "Beitragsordnung {year}",
            "Beitrags- und Gebührenordnung", "Mitgliedsbeiträge ab {year}",
        ),
        "fee_intro": (
            "Auf Grundlage von § 5 der Satzung hat die Mitgliederversammlung am {date} folgende "
            "Beitragsordnung beschlossen.",
            "Ab dem 1. Januar {year} gelten folgende Jahresbeiträge:", "§ 1 Höhe der Beiträge",
        ),
        "fee_head": (
            "Beitragsgruppe", "Jahresbeitrag", "Bemerkung",
        ),
        "fee_category": (
            "Erwachsene", "Jugendliche bis 18 Jahre", "Schüler, Studierende, Auszubildende",
            "Familienbeitrag", "Passive / fördernde Mitglieder", "Ehrenmitglieder",
            "Senioren ab 65 Jahren", "Aufnahmegebühr (einmalig)", "Ehepaare / Lebenspartner",
        ),
        "fee_note": (
            "beitragsfrei", "Nachweis erforderlich", "inkl. Hallennutzung", "zzgl. Arbeitsstunden",
            "", "", "Eltern mit Kindern bis 18",
        ),
        "fee_para": (
            "Der Beitrag ist jährlich im Voraus zum 31. März fällig und wird per "
            "SEPA-Lastschrift eingezogen.",
            "Ermäßigte Beiträge werden nur gegen Vorlage eines gültigen Nachweises gewährt. Der "
            "Nachweis ist jährlich bis zum 31. Januar vorzulegen.",
            "Jedes erwachsene aktive Mitglied leistet {n} Arbeitsstunden pro Jahr. Für nicht "
            "geleistete Stunden wird ein Ersatzbetrag von {amount} je Stunde erhoben.",
            "Bei Eintritt im Laufe des Jahres wird der Beitrag anteilig nach Quartalen berechnet.",
            "In Härtefällen kann der Vorstand auf schriftlichen Antrag den Beitrag ermäßigen, "
            "stunden oder erlassen.",
            "Bei Rücklastschriften trägt das Mitglied die entstehenden Bankgebühren sowie eine "
            "Bearbeitungsgebühr von {amount}.",
            "Mitglieder, die mit ihrem Beitrag länger als sechs Monate im Rückstand sind, ruhen "
            "in ihren Stimmrechten.",
        ),
        "adopted": (
            "Beschlossen von der Mitgliederversammlung am {date}.",
            "Diese Fassung ersetzt die Fassung vom {date2} und tritt am 1. Januar {year} in "
            "Kraft.",
            "{city}, den {date} – Der Vorstand",
            "Beschlossen in der ordentlichen Mitgliederversammlung vom {date}, in Kraft ab 1. "
            "Januar {year}.",
        ),
        "title_csirt": (
            "RFC-2350-Beschreibung des {team}", "{team} – Beschreibung nach RFC 2350",
            "Über das {team}", "{team}: Selbstdarstellung nach RFC 2350",
        ),
        "title_disclosure": (
            "Richtlinie zur verantwortungsvollen Offenlegung von Schwachstellen",
            "Responsible Disclosure", "Sicherheitslücke melden",
            "Coordinated Vulnerability Disclosure bei {org}", "Sicherheitshinweise melden",
        ),
        "title_accessibility": (
            "Erklärung zur Barrierefreiheit", "Erklärung zur Barrierefreiheit für {site}",
            "Barrierefreiheit bei {org}",
        ),
        "title_slavery": (
            "Grundsatzerklärung zur Achtung der Menschenrechte",
            "Grundsatzerklärung nach § 6 Abs. 2 LkSG", "Menschenrechtsstrategie der {org}",
        ),
        "title_subprocessors": (
            "Liste der Unterauftragsverarbeiter", "Unterauftragsverarbeiter",
            "Eingesetzte Subunternehmer (Art. 28 DSGVO)",
            "{org} – Übersicht der Unterauftragsverarbeiter",
        ),
        "sub_head": (
            "Unterauftragsverarbeiter", "Zweck", "Standort",
        ),
        "sub_purpose": (
            "Hosting", "E-Mail-Versand", "Kundensupport-Software", "Zahlungsabwicklung",
            "Fehlerüberwachung", "Webanalyse", "Datensicherung", "Identitätsprüfung",
            "Videokonferenzen", "Content Delivery Network", "SMS-Versand",
            "Elektronische Signatur", "Rechenzentrum",
        ),
        "sub_location": (
            "Deutschland", "EU (Frankfurt)", "Irland", "Niederlande", "USA", "Österreich",
            "Schweiz", "EU / USA", "Frankreich",
        ),
        "title_transparency": (
            "Transparenzbericht {year}", "{org} Transparenzbericht – {half}. Halbjahr {year}",
            "Behördenanfragen {year}", "Transparenzbericht zu Auskunftsersuchen",
        ),
        "tr_head": (
            "Art der Anfrage", "Eingegangen", "Daten herausgegeben", "Abgelehnt",
        ),
        "tr_rows": (
            "Auskunftsersuchen von Strafverfolgungsbehörden", "Gerichtliche Beschlüsse",
            "Eilanfragen bei Gefahr für Leib und Leben", "Löschersuchen – Urheberrecht",
            "Löschersuchen – Behörden", "Anordnungen zur Datensicherung",
            "Anfragen aus dem Ausland", "Ersuchen nach § 101 UrhG",
        ),
        "title_travel": (
            "Reisekostenrichtlinie", "Richtlinie für Dienstreisen und Reisekosten",
            "Reisekostenrichtlinie v{version}", "Dienstreiseordnung",
        ),
        "title_remote": (
            "Richtlinie zum mobilen Arbeiten", "Leitfaden Homeoffice",
            "Mobiles Arbeiten bei {org} – Grundsätze",
            "Hybrides Arbeiten: Regeln für alle Mitarbeitenden",
        ),
        "title_retention": (
            "Löschkonzept – Aufbewahrungsfristen", "Aufbewahrungs- und Löschfristen",
            "Übersicht der Aufbewahrungsfristen", "Löschfristen nach Datenkategorien",
        ),
        "ret_head": (
            "Datenkategorie", "Aufbewahrungsfrist", "Rechtsgrundlage / Fristbeginn",
        ),
        "ret_rows": (
            "Rechnungen und Buchungsbelege;10 Jahre;§ 147 AO, § 257 HGB",
            "Handels- und Geschäftsbriefe;6 Jahre;§ 257 HGB",
            "Bewerbungsunterlagen (abgelehnt);6 Monate nach Absage;§ 15 AGG",
            "Personalakte;3 Jahre nach Austritt;Verjährung", "Lohnunterlagen;6 Jahre;§ 41 EStG",
            "Videoaufzeichnungen;72 Stunden;Art. 6 Abs. 1 lit. f DSGVO",
            "Supporttickets;2 Jahre nach Abschluss;berechtigtes Interesse",
            "Verträge;10 Jahre nach Vertragsende;§ 147 AO",
            "Serverprotokolle;14 Tage;IT-Sicherheit",
            "Protokolle der Gesellschafterversammlung;dauerhaft;gesetzlich",
            "Besucherliste;4 Wochen;Hausrecht",
        ),
        "title_works_council": (
            "Aushang des Betriebsrats", "Information des Betriebsrats",
            "Einladung zur Betriebsversammlung", "Der Betriebsrat informiert",
        ),
        "policy_footer": (
            "Fragen zu dieser Richtlinie beantwortet {name}, {email}.",
            "Verantwortlich: Personalabteilung · Nächste Überprüfung: {date2}",
            "Diese Richtlinie wurde mit dem Betriebsrat abgestimmt.",
            "Freigegeben durch die Geschäftsführung am {date}.", "Ihr Betriebsrat",
        ),
        "mail_note": (
            "anbei die aktualisierte Fassung zur Kenntnis.",
            "zur Info: die neue Version gilt ab {date}.", "wie angekündigt hier das Dokument.",
            "bitte beachten Sie die geänderte Fassung unten.",
        ),
    },
    "fr": {
        "meta": (
            "Dernière mise à jour : {date}", "Version {version} – {date}",
            "En vigueur à compter du {date}", "Mis à jour le {date}",
        ),
        "guide_byline": (
            "Par {name}, le {date}", "{name} · {date} · {read} min de lecture", "Publié le {date}",
            "Centre d'aide › Juridique", "Blog du cabinet {name2}",
        ),
        "guide_footer": (
            "Cet article est fourni à titre d'information générale et ne constitue pas un "
            "conseil juridique.",
            "Cet article vous a-t-il été utile ? Oui · Non",
            "Modèle gratuit : https://{site}/modeles", "Une question ? Écrivez-nous à {email}.",
        ),
        "title_guide_nda": (
            "Qu'est-ce qu'un accord de confidentialité (NDA) et quand l'utiliser ?",
            "NDA unilatéral ou réciproque : le guide",
            "Accord de confidentialité : ce qu'il faut savoir",
        ),
        "title_guide_takedown": (
            "Comment signaler un contenu contrefaisant : le guide pratique",
            "Faire retirer un contenu illicite en ligne, étape par étape",
            "Notification de contenu illicite : mode d'emploi",
        ),
        "title_guide_terms": (
            "Nos nouvelles CGU : ce qui change dans la version {version}",
            "Mise à jour de nos conditions générales : les points clés",
            "CGV {year} : résumé des modifications",
        ),
        "title_faq_clauses": (
            "Pourquoi le contrat contient-il une clause de non-sollicitation ? Vos questions",
            "FAQ : les clauses courantes des contrats commerciaux",
            "Questions fréquentes sur nos modèles de contrats",
        ),
        "club": (
            "Tennis Club de {city}",
            "Association des parents d'élèves de l'école Jules-Ferry de {city}",
            "Chorale À Cœur Joie de {city}", "Les Jardins partagés de {city}",
            "Club d'aviron de {city}", "Cercle d'échecs de {city}",
            "Amicale des randonneurs de {city}",
        ),
        "title_statutes": (
            "Statuts de l'association {club}", "Statuts",
            "{club} – Statuts (loi du 1er juillet 1901)",
            "Extrait des statuts de l'association {club}",
        ),
        "title_orders": (
            "Règlement intérieur de l'association {club}", "Règlement intérieur",
            "{club} – Règlement intérieur du club",
        ),
        "title_fees": (
            "Barème des cotisations {year}", "{club} – Cotisations de la saison {year}",
            "Tarifs d'adhésion {year}",
        ),
        "fee_intro": (
            "Conformément à l'article 6 des statuts, l'assemblée générale du {date} a fixé les "
            "cotisations annuelles suivantes.",
            "Cotisations applicables à compter du 1er septembre {year} :",
        ),
        "fee_head": (
            "Catégorie", "Cotisation annuelle", "Remarques",
        ),
        "fee_category": (
            "Adulte", "Jeune (moins de 18 ans)", "Étudiant / demandeur d'emploi", "Famille",
            "Membre bienfaiteur", "Membre d'honneur", "Senior (65 ans et plus)",
            "Droit d'entrée (une fois)",
        ),
        "fee_note": (
            "gratuit", "sur justificatif", "licence comprise", "", "",
            "paiement en 3 fois possible",
        ),
        "fee_para": (
            "La cotisation est due au 1er octobre et peut être réglée par chèque, virement ou "
            "prélèvement.",
            "Le tarif réduit est accordé sur présentation d'un justificatif en cours de validité.",
            "En cas de difficultés financières, le bureau peut accorder une réduction sur "
            "demande écrite, traitée de manière confidentielle.",
            "Toute cotisation versée reste acquise à l'association, sauf cas de force majeure "
            "apprécié par le bureau.",
            "Les adhésions en cours de saison, à partir du 1er février, bénéficient d'une "
            "réduction de moitié.",
        ),
        "adopted": (
            "Barème adopté par l'assemblée générale du {date}.",
            "Approuvé en assemblée générale ordinaire le {date} ; remplace la version du {date2}.",
            "Fait à {city}, le {date}. Le bureau",
        ),
        "title_csirt": (
            "Description RFC 2350 du {team}", "{team} – fiche RFC 2350", "Présentation du {team}",
        ),
        "title_disclosure": (
            "Politique de divulgation des vulnérabilités", "Signaler une faille de sécurité",
            "Divulgation coordonnée des vulnérabilités chez {org}",
        ),
        "title_accessibility": (
            "Déclaration d'accessibilité", "Accessibilité : déclaration de conformité RGAA",
            "Déclaration d'accessibilité de {site}",
        ),
        "title_slavery": (
            "Plan de vigilance {year}", "Plan de vigilance de {org} – exercice {year}",
            "Compte rendu de mise en œuvre du plan de vigilance",
        ),
        "title_subprocessors": (
            "Liste des sous-traitants ultérieurs", "Nos sous-traitants",
            "{org} – Sous-traitants (article 28 RGPD)",
        ),
        "sub_head": (
            "Sous-traitant", "Finalité", "Localisation",
        ),
        "sub_purpose": (
            "Hébergement", "Envoi d'e-mails", "Outil de support client", "Paiement en ligne",
            "Supervision des erreurs", "Mesure d'audience", "Sauvegardes",
            "Signature électronique", "Visioconférence", "Envoi de SMS",
        ),
        "sub_location": (
            "France", "UE (Francfort)", "Irlande", "Pays-Bas", "États-Unis", "Belgique",
            "UE / États-Unis",
        ),
        "title_transparency": (
            "Rapport de transparence {year}",
            "{org} – Rapport de transparence, {half}e semestre {year}",
            "Demandes des autorités {year}",
        ),
        "tr_head": (
            "Type de demande", "Reçues", "Données communiquées", "Refusées",
        ),
        "tr_rows": (
            "Réquisitions judiciaires", "Demandes d'urgence",
            "Retrait de contenu – droit d'auteur", "Retrait de contenu – autorités",
            "Demandes de conservation", "Demandes provenant de l'étranger",
        ),
        "title_travel": (
            "Politique voyages et notes de frais",
            "Procédure de remboursement des frais professionnels",
            "Politique de déplacements v{version}",
        ),
        "title_remote": (
            "Charte du télétravail", "Télétravail chez {org} : les règles",
            "Guide du travail hybride",
        ),
        "title_retention": (
            "Durées de conservation des données", "Référentiel des durées de conservation",
            "Politique d'archivage et de conservation",
        ),
        "ret_head": (
            "Catégorie de données", "Durée de conservation", "Fondement / point de départ",
        ),
        "ret_rows": (
            "Factures et pièces comptables;10 ans;Code de commerce, art. L123-22",
            "Bulletins de paie;5 ans;Code du travail",
            "Candidatures non retenues;2 ans après le dernier contact;Recommandation CNIL",
            "Dossier du personnel;5 ans après le départ;Prescription",
            "Vidéosurveillance;30 jours;Sécurité des locaux",
            "Tickets de support;2 ans après clôture;Intérêt légitime",
            "Contrats;5 ans après la fin;Code civil, art. 2224",
            "Journaux de connexion;1 an;Obligation légale",
        ),
        "title_works_council": (
            "Communication du CSE", "Le CSE vous informe",
            "Note d'information du comité social et économique",
        ),
        "policy_footer": (
            "Pour toute question : {name}, {email}.",
            "Document validé par la direction le {date}.", "Ce document a été présenté au CSE.",
            "Votre CSE",
        ),
        "mail_note": (
            "Pour info, la nouvelle version ci-dessous.",
            "Ci-dessous le document mis à jour, applicable au {date}.",
        ),
    },
    "nl": {
        "meta": (
            "Laatst bijgewerkt: {date}", "Versie {version} – {date}", "Geldig vanaf {date}",
            "Datum: {date}",
        ),
        "guide_byline": (
            "Door {name}, {date}", "{name} · {date} · {read} min leestijd",
            "Gepubliceerd op {date}", "Kennisbank › Juridisch", "Blog van {name2} Advocaten",
        ),
        "guide_footer": (
            "Dit artikel is algemene informatie en geen juridisch advies.",
            "Was dit artikel nuttig? Ja · Nee", "Gratis model: https://{site}/modellen",
            "Vragen? Mail naar {email}.",
        ),
        "title_guide_nda": (
            "Wat is een geheimhoudingsovereenkomst (NDA) en wanneer gebruik je die?",
            "Eenzijdige of wederzijdse NDA: een korte uitleg",
            "Geheimhouding regelen: zo doe je dat",
        ),
        "title_guide_takedown": (
            "Zo dien je een verwijderverzoek in bij een hostingpartij",
            "Inbreuk op je auteursrecht melden: stappenplan", "Notice-and-takedown in de praktijk",
        ),
        "title_guide_terms": (
            "Onze nieuwe algemene voorwaarden: wat verandert er in versie {version}?",
            "Update van onze gebruiksvoorwaarden uitgelegd",
            "De voorwaarden van {org} in gewone taal",
        ),
        "title_faq_clauses": (
            "Waarom staat er een relatiebeding in de overeenkomst? Veelgestelde vragen",
            "FAQ: veelvoorkomende bepalingen in zakelijke contracten",
            "Veelgestelde vragen over onze modelcontracten",
        ),
        "club": (
            "Tennisvereniging {city}", "Oudervereniging basisschool De Regenboog {city}",
            "Gemengd Koor {city}", "Volkstuinvereniging Ons Buiten {city}",
            "Roeivereniging {city}", "Schaakclub {city}", "Wandelvereniging De Stappers {city}",
        ),
        "title_statutes": (
            "Statuten van de vereniging {club}", "Statuten", "{club} – Statuten (uittreksel)",
        ),
        "title_orders": (
            "Huishoudelijk reglement van {club}", "Huishoudelijk reglement",
            "{club} – Baan- en huisregels",
        ),
        "title_fees": (
            "Contributieregeling {year}", "{club} – Contributie en tarieven {year}",
            "Contributies seizoen {year}",
        ),
        "fee_intro": (
            "De algemene ledenvergadering van {date} heeft de volgende contributies vastgesteld.",
            "Vanaf 1 januari {year} gelden de volgende jaarcontributies:",
        ),
        "fee_head": (
            "Categorie", "Jaarcontributie", "Opmerking",
        ),
        "fee_category": (
            "Senior lid", "Junior (tot 18 jaar)", "Student", "Gezinslidmaatschap",
            "Niet-spelend lid", "Erelid", "65-plus", "Inschrijfgeld (eenmalig)",
        ),
        "fee_note": (
            "gratis", "bewijs vereist", "incl. bondscontributie", "", "",
            "betaling in termijnen mogelijk",
        ),
        "fee_para": (
            "De contributie wordt jaarlijks in februari via automatische incasso geïnd.",
            "Leden die na 1 juli lid worden, betalen de helft van de jaarcontributie.",
            "Iedere senior lid verricht {n} uur vrijwilligerswerk per jaar; voor niet verrichte "
            "uren wordt {amount} per uur in rekening gebracht.",
            "In bijzondere gevallen kan het bestuur op verzoek korting of uitstel van betaling "
            "verlenen.",
            "Opzegging van het lidmaatschap moet vóór 1 december schriftlijk bij de "
            "ledenadministratie binnen zijn.",
        ),
        "adopted": (
            "Vastgesteld door de algemene ledenvergadering van {date}.",
            "Deze versie vervangt de versie van {date2}.", "{city}, {date} – Het bestuur",
        ),
        "title_csirt": (
            "RFC 2350-beschrijving van {team}", "{team} – RFC 2350", "Over {team}",
        ),
        "title_disclosure": (
            "Coordinated Vulnerability Disclosure (CVD)",
            "Beleid voor het melden van kwetsbaarheden", "Responsible disclosure bij {org}",
            "Kwetsbaarheid melden",
        ),
        "title_accessibility": (
            "Toegankelijkheidsverklaring", "Toegankelijkheidsverklaring {site}",
            "Digitale toegankelijkheid bij {org}",
        ),
        "title_slavery": (
            "Verklaring over mensenrechten in de keten {year}", "IMVO-verklaring {org}",
            "Due diligence-rapportage {year}",
        ),
        "title_subprocessors": (
            "Overzicht subverwerkers", "Subverwerkers van {org}", "Lijst van sub-verwerkers",
        ),
        "sub_head": (
            "Subverwerker", "Doel", "Locatie",
        ),
        "sub_purpose": (
            "Hosting", "E-mailverzending", "Klantenservicesoftware", "Betalingsverwerking",
            "Foutmonitoring", "Webstatistieken", "Back-ups", "Digitale ondertekening",
            "Videobellen", "Sms-notificaties",
        ),
        "sub_location": (
            "Nederland", "EU (Frankfurt)", "Ierland", "België", "Verenigde Staten", "Duitsland",
            "EU / VS",
        ),
        "title_transparency": (
            "Transparantierapport {year}", "{org} transparantierapport – {half}e helft {year}",
            "Verzoeken van overheden {year}",
        ),
        "tr_head": (
            "Soort verzoek", "Ontvangen", "Gegevens verstrekt", "Geweigerd",
        ),
        "tr_rows": (
            "Vorderingen politie en justitie", "Rechterlijke bevelen", "Spoedverzoeken",
            "Verwijderverzoeken – auteursrecht", "Verwijderverzoeken – overheid",
            "Verzoeken uit het buitenland",
        ),
        "title_travel": (
            "Reis- en onkostenregeling", "Declaratiebeleid",
            "Regeling zakelijke reizen v{version}",
        ),
        "title_remote": (
            "Thuiswerkbeleid", "Hybride werken bij {org}", "Richtlijnen thuiswerken",
        ),
        "title_retention": (
            "Bewaartermijnen", "Bewaarbeleid – overzicht termijnen",
            "Overzicht bewaartermijnen persoonsgegevens",
        ),
        "ret_head": (
            "Soort gegevens", "Bewaartermijn", "Grondslag / start termijn",
        ),
        "ret_rows": (
            "Facturen en administratie;7 jaar;fiscale bewaarplicht (AWR)",
            "Loonadministratie;7 jaar;fiscale bewaarplicht",
            "Sollicitaties (afgewezen);4 weken na afwijzing;AP-richtlijn",
            "Personeelsdossier;2 jaar na uitdiensttreding;AVG",
            "Camerabeelden;4 weken;beveiliging",
            "Klantenservicetickets;2 jaar na afsluiting;gerechtvaardigd belang",
            "Overeenkomsten;7 jaar na einde;verjaring",
            "Serverlogs;6 maanden;informatiebeveiliging",
        ),
        "title_works_council": (
            "Mededeling van de ondernemingsraad", "De OR informeert",
            "Nieuws van de ondernemingsraad",
        ),
        "policy_footer": (
            "Vragen over deze regeling? Neem contact op met {name}, {email}.",
            "Vastgesteld door de directie op {date}.",
            "De ondernemingsraad heeft ingestemd met deze regeling.", "Je ondernemingsraad",
        ),
        "mail_note": (
            "Ter info: hieronder de nieuwe versie.",
            "Zie onderstaand het bijgewerkte document, geldig vanaf {date}.",
        ),
    },
}
SECTIONS: dict[str, dict[str, tuple[Section, ...]]] = {
    "en": {
        "guide_nda": (
            ("What is an NDA?",
                "A non-disclosure agreement (NDA) is a contract in which one or both parties "
                "promise to keep certain information confidential. In a mutual NDA both sides "
                "share information and both are bound; in a one-way NDA only the recipient is.",
                "An NDA, sometimes called a confidentiality agreement, sets out what information "
                "is confidential, what the recipient may do with it and how long the obligation "
                "lasts. A mutual NDA simply applies those rules in both directions.",
            ),
            ("When should you use a mutual NDA?",
                "You should use a mutual NDA when both sides will share sensitive material, for "
                "example when two companies explore a joint venture or a technology partnership. "
                "If only you are disclosing, a one-way NDA is usually simpler and quicker to "
                "negotiate.",
                "Typical situations include:\n- early talks about an acquisition or an "
                "investment\n- a joint product or research project\n- a pilot in which both "
                "teams share roadmaps or pricing",
            ),
            ("What to check before you sign",
                "Look at the definition of confidential information first. A definition that "
                "covers 'all information of any kind' is hard to comply with; a good one names "
                "categories and excludes information that is already public.",
                "- Is the purpose of the disclosure clearly described?\n- Are the usual "
                "exclusions there (public information, independently developed)?\n- Who inside "
                "your company may see the information?\n- What happens to documents and copies "
                "at the end?\n- Which law applies?",
                "Check the term: {n} months to five years is common for commercial information, "
                "while trade secrets are often protected for as long as they remain secret.",
            ),
            ("Common mistakes",
                "Many teams sign the other side's template without reading it and later discover "
                "a non-solicitation clause or a very long term hidden in the boilerplate. "
                "Another frequent mistake is sharing the information before the NDA is in place.",
                "Do not rely on the NDA alone. Mark documents as confidential, share only what "
                "is needed and keep a record of what you sent and when.",
            ),
            ("Further reading",
                "Our template library at https://{site}/templates has a free mutual NDA with "
                "comments on each clause.",
                "See also: 'One-way NDAs for freelancers' and 'What is a trade secret?'",
            ),
        ),
        "guide_takedown": (
            ("Before you start",
                "Make sure you own the rights to the work, or are authorised to act for the "
                "owner. A takedown notice that turns out to be unfounded can have legal "
                "consequences for the sender.",
                "Collect the URLs of the infringing material and a link to, or a copy of, your "
                "original work. Dated screenshots help if the content disappears.",
            ),
            ("What the notice must contain",
                "Most platforms ask for the following:\n- your name, address and e-mail "
                "address\n- identification of the copyrighted work\n- the exact URL of the "
                "infringing material\n- a statement that you believe in good faith that the use "
                "is not authorised\n- a statement that the information in the notice is "
                "accurate\n- your physical or electronic signature",
                "Be specific. 'All photos on this site are mine' is not enough; list each URL "
                "and the original it copies.",
            ),
            ("Where to send it",
                "Large platforms have web forms for copyright complaints. Smaller hosting "
                "providers usually publish an abuse or legal address. You can find out who hosts "
                "a website with a WHOIS or IP lookup.",
                "If the website has no contact details, write to the hosting provider's abuse "
                "address and, for domains in the EU, check the registrar's published contact "
                "point.",
            ),
            ("What happens next",
                "The provider usually removes or disables access to the material within a few "
                "days and tells the uploader, who may file a counter-notice. If a counter-notice "
                "is filed, the material may be restored after {days} days unless you start court "
                "proceedings.",
                "Keep a copy of your notice and of every reply. If nothing happens within {days} "
                "days, send a reminder before considering further steps.",
            ),
            ("Example",
                "For example, a photographer who finds her picture used in an online shop would "
                "send the shop's host the URL of the product page, a link to her portfolio where "
                "the photo was first published, and the statements listed above.",
            ),
        ),
        "guide_terms": (
            ("Why we updated our terms",
                "We rewrote our standard terms to make them shorter and easier to read. Most "
                "changes are editorial; a few affect how billing and data export work.",
                "Our terms had grown over the years and were hard to follow. Version {version} "
                "puts the most important points first and removes clauses that no longer apply.",
            ),
            ("Summary of changes",
                "- Section 4 (Fees): prices are reviewed once a year instead of at any time\n- "
                "Section 8 (Termination): the notice period is now {n} days\n- Section 11 (Data "
                "export): new section on formats and timelines\n- Each section now starts with a "
                "short plain-language summary",
                "The main changes are in the sections on fees, liability and data protection. "
                "The rest of the document has been reorganised but not changed in substance.",
            ),
            ("What stays the same",
                "Your prices, your plan and your data stay exactly as they are. We did not "
                "change the governing law, the limitation of liability or the service levels.",
            ),
            ("What do you need to do?",
                "Nothing. The new version applies from {date}. You can compare it with the "
                "previous version in our archive at https://{site}/legal/archive.",
                "If you are an enterprise customer with individually negotiated terms, your "
                "negotiated terms continue to apply and this update does not affect them.",
            ),
            ("Questions",
                "Our legal team answers questions at {email}. Please note that we cannot give "
                "individual legal advice.",
                "You will find a side-by-side comparison of both versions in the help centre.",
            ),
        ),
        "faq_clauses": (
            ("Why does the agreement have a non-solicitation clause?",
                "A non-solicitation clause stops one party from actively recruiting the other "
                "party's staff or customers for a period, typically 6 to 12 months after the "
                "project. It protects the investment each side has made in its team. It does not "
                "stop anyone from answering a public job advert.",
                "Because both sides give their teams access to each other's people. The clause "
                "is mutual and limited to employees who worked on the project.",
            ),
            ("What is a limitation of liability clause for?",
                "It caps the amount one party can claim from the other, often at the fees paid "
                "in the last 12 months. Courts usually do not allow a cap for fraud, death or "
                "personal injury, so those are excluded.",
            ),
            ("Can we change the governing law?",
                "Yes, but think about where you would actually go to court. Choosing a law you "
                "are not familiar with can make a dispute more expensive.",
            ),
            ("What does 'force majeure' mean?",
                "Force majeure covers events outside either party's control, such as natural "
                "disasters or war. The clause usually suspends the affected obligations while "
                "the event lasts and allows termination if it lasts longer than {n} weeks.",
            ),
            ("Do I need a separate data processing agreement?",
                "If the supplier processes personal data on your behalf, the GDPR requires a "
                "written data processing agreement. Our templates include one as a schedule.",
            ),
            ("Termination for convenience or for cause – what is the difference?",
                "Termination for convenience lets a party end the relationship without giving a "
                "reason, usually with notice. Termination for cause is only possible after a "
                "serious breach that has not been remedied.",
            ),
            ("Is an electronic signature valid?",
                "For most commercial documents, yes. Some documents, such as deeds or certain "
                "employment notices, have stricter form requirements.",
            ),
            ("Why is there an automatic renewal?",
                "Automatic renewal avoids the service ending by accident. You should put the "
                "notice deadline in your calendar as soon as the contract starts.",
            ),
        ),
        "statutes": (
            ("Name and seat",
                "The association is called the {club}. Its registered office is in {city}.",
                "(1) The name of the association is {club}. (2) It was founded on {date} and has "
                "its seat in {city}. (3) The financial year is the calendar year.",
            ),
            ("Objects",
                "The objects of the club are to promote amateur sport and to provide facilities "
                "for its members and for the wider community of {city}. The club is non-profit; "
                "any surplus is used only for these objects.",
                "(1) The association promotes culture, education and community life in {city}. "
                "(2) It pursues exclusively charitable purposes. (3) No member receives any "
                "share of the surplus.",
            ),
            ("Membership",
                "Membership is open to any person who supports the objects of the club. "
                "Applications are made in writing to the committee, which decides on admission. "
                "The committee need not give reasons for refusing an application.",
                "(1) Any natural or legal person may become a member. (2) Applicants under 18 "
                "need the consent of a parent or guardian. (3) The committee may appoint "
                "honorary members.",
            ),
            ("End of membership",
                "Membership ends by resignation, expulsion or death. Resignation must be given "
                "in writing to the secretary at least {n} weeks before the end of the financial "
                "year.",
                "A member may be expelled by the committee for conduct that seriously harms the "
                "club, after being given the opportunity to be heard. The member may appeal to "
                "the next general meeting.",
            ),
            ("Subscriptions",
                "Members pay an annual subscription. The amount and the due date are set out in "
                "the fee schedule adopted by the general meeting.",
            ),
            ("The committee",
                "The committee consists of the chair, the vice-chair, the treasurer and the "
                "secretary. It is elected by the general meeting for two years and stays in "
                "office until a new committee is elected.",
                "(1) The committee manages the affairs of the club. (2) It meets at least four "
                "times a year. (3) Two committee members together represent the club.",
            ),
            ("General meeting",
                "The annual general meeting is held within six months of the end of the "
                "financial year. The committee calls it in writing or by e-mail, giving at least "
                "{days} days' notice and the agenda.",
                "An extraordinary general meeting must be called if at least one tenth of the "
                "members request it in writing, stating the reasons.",
            ),
            ("Decisions",
                "The general meeting has a quorum if it has been properly called. Decisions are "
                "taken by a simple majority of votes cast; changes to this constitution need a "
                "two-thirds majority.",
                "Each member aged 16 or over has one vote. Voting by proxy is not allowed.",
            ),
            ("Minutes",
                "Minutes are kept of every general meeting and are made available to members "
                "within {days} days.",
            ),
            ("Accounts",
                "The treasurer keeps proper accounts. Two auditors elected by the general "
                "meeting examine them each year and report to the members.",
            ),
            ("Dissolution",
                "The club may be dissolved by a three-quarters majority at a general meeting "
                "called for that purpose. Any remaining assets go to a charitable organisation "
                "in {city} chosen by that meeting.",
            ),
            ("Entry into force",
                "This constitution was adopted by the general meeting on {date} and replaces the "
                "version of {date2}.",
            ),
        ),
        "orders": (
            ("Scope",
                "These standing orders govern the conduct of general meetings and committee "
                "meetings of the {club}. They supplement the constitution.",
            ),
            ("Chair of the meeting",
                "Meetings are chaired by the chair of the committee or, in their absence, by the "
                "vice-chair. The chair opens and closes the meeting and keeps order.",
            ),
            ("Speaking",
                "Members who wish to speak raise their hand and are called in turn. The meeting "
                "may limit speaking time to {n} minutes per speaker. Points of order are taken "
                "immediately.",
            ),
            ("Motions",
                "Motions must reach the secretary in writing at least {days} days before the "
                "meeting. Urgent motions may be admitted by a two-thirds majority.",
            ),
            ("Voting",
                "Votes are taken by show of hands unless at least ten members ask for a secret "
                "ballot. Abstentions are not counted as votes cast.",
            ),
            ("Committee meetings",
                "The committee meets as needed and at least four times a year. It has a quorum "
                "when half of its members are present. Decisions may also be taken by e-mail if "
                "no member objects.",
            ),
            ("Use of the clubhouse and grounds",
                "The clubhouse is open to members from 8 am to 10 pm. Guests must be accompanied "
                "by a member and entered in the visitors' book. Dogs are not allowed on the "
                "courts.",
                "- Wear suitable footwear on the courts\n- Book courts through the online "
                "system, no more than one week ahead\n- Leave the changing rooms tidy\n- Report "
                "damage to the groundskeeper",
            ),
            ("Amendments",
                "These standing orders may be changed by the committee. Changes are announced on "
                "the notice board and on the club website.",
            ),
        ),
        "csirt": (
            ("1. Document information",
                "This document contains a description of {team} in accordance with RFC 2350. It "
                "provides basic information about the team, its channels of communication, and "
                "its roles and responsibilities.",
            ),
            ("1.1 Date of last update",
                "This is version {version}, published on {date}.",
            ),
            ("1.2 Distribution list for notifications",
                "There is no distribution list for notifications. Please check our website for "
                "updates.",
                "Changes to this document are announced on our mailing list; subscribe at "
                "https://{site}/csirt.",
            ),
            ("1.3 Locations where this document may be found",
                "The current version of this document is available at "
                "https://{site}/csirt/rfc2350.txt.",
            ),
            ("1.4 Authenticating this document",
                "This document has been signed with the PGP key of {team}. The signature is "
                "available on our website.",
            ),
            ("2. Contact information",),
            ("2.1 Name of the team",
                "{team} – the Computer Security Incident Response Team of {org}.",
                "Full name: {team}. Short name: {short}.",
            ),
            ("2.2 Address",
                "{address}",
            ),
            ("2.3 Time zone",
                "CET/CEST (UTC+1, UTC+2 in summer)", "Europe/London (GMT/BST)", "Europe/Dublin",
            ),
            ("2.4 Telephone number",
                "{phone} (during office hours)", "{phone}",
            ),
            ("2.5 Facsimile number",
                "None available.", "Not available.",
            ),
            ("2.6 Electronic mail address",
                "{email}", "Please send incident reports to {email}.",
            ),
            ("2.7 Public keys and encryption information",
                "PGP is used for functional exchanges with {team}.\nUser ID: {team} "
                "<{email}>\nKey ID: 0x{keyid}\nFingerprint: {fingerprint}",
                "Key ID: 0x{keyid}\nFingerprint: {fingerprint}\nThe key is available at "
                "https://{site}/.well-known/pgp-key.asc and on public key servers.",
            ),
            ("2.8 Team members",
                "The team leader is {name}. The deputy is {name2}. The full list of team members "
                "is not publicly available.",
                "{team} is led by {name}. Team members are information security analysts of "
                "{org}.",
            ),
            ("2.9 Other information",
                "{team} is listed with the Trusted Introducer service.", "None.",
            ),
            ("2.10 Points of customer contact",
                "The preferred method of contacting {team} is by e-mail at {email}. Please use "
                "our PGP key for sensitive information. For urgent matters, call {phone}.",
                "E-mail is preferred. Reports sent outside business hours are read on the next "
                "working day, unless marked urgent.",
            ),
            ("2.11 Business hours",
                "Monday to Friday, 08:00–18:00 local time, except public holidays. Outside these "
                "hours, critical incidents are handled by an on-call duty officer.",
                "{team} operates 24/7 for critical incidents; other requests are handled during "
                "office hours.",
            ),
            ("3. Charter",),
            ("3.1 Mission statement",
                "The mission of {team} is to protect the information systems of {org} and to "
                "coordinate the response to security incidents affecting them.",
                "{team} supports its constituency in preventing, detecting and responding to "
                "computer security incidents.",
            ),
            ("3.2 Constituency",
                "The constituency of {team} consists of all employees, subsidiaries and IT "
                "systems of {org}.",
                "Our constituency is composed of the universities and research institutes "
                "connected to the regional research network, in particular their IP address "
                "ranges and domains.",
            ),
            ("3.3 Sponsorship and/or affiliation",
                "{team} is part of the IT security department of {org}. It is a member of FIRST.",
                "{team} is funded by {org} and cooperates with the national CSIRT.",
            ),
            ("3.4 Authority",
                "{team} operates under the authority of the Chief Information Security Officer "
                "of {org}. It may advise system owners but has no authority to order changes "
                "outside its own systems.",
            ),
            ("4. Policies",),
            ("4.1 Types of incidents and level of support",
                "{team} handles all types of computer security incidents that occur or threaten "
                "to occur in its constituency. The level of support depends on the type and "
                "severity of the incident, the number of users affected and the resources "
                "available.",
            ),
            ("4.2 Co-operation, interaction and disclosure of information",
                "{team} exchanges information with other CSIRTs on a need-to-know basis. "
                "Incident-related information is not disclosed without the consent of the "
                "affected party, unless required by law.",
                "We use the Traffic Light Protocol (TLP) and respect the markings of information "
                "we receive.",
            ),
            ("4.3 Communication and authentication",
                "Unencrypted e-mail and telephone are considered sufficient for non-sensitive "
                "information. Sensitive information must be encrypted with PGP.",
            ),
            ("5. Services",),
            ("5.1 Incident response",
                "{team} assists system administrators with the technical and organisational "
                "aspects of incidents. In particular, it provides:\n- incident triage: checking "
                "whether an incident is authentic and assessing its scope\n- incident "
                "coordination: contacting the parties involved\n- incident resolution: advice on "
                "removing the vulnerability and recovering systems",
            ),
            ("5.2 Proactive activities",
                "{team} publishes security advisories, scans the public address space of its "
                "constituency for known vulnerabilities and organises awareness training for "
                "staff.",
                "- Security advisories and alerts\n- Vulnerability scanning\n- Awareness "
                "sessions\n- Threat intelligence sharing",
            ),
            ("6. Incident reporting forms",
                "There is no specific form. Please report incidents by e-mail to {email} and "
                "include: your contact details, the affected systems, a description of the "
                "incident, time stamps with time zone and relevant log excerpts.",
            ),
            ("7. Disclaimers",
                "While every precaution will be taken in the preparation of information, "
                "notifications and alerts, {team} assumes no responsibility for errors or "
                "omissions, or for damages resulting from the use of the information they "
                "contain.",
            ),
        ),
        "disclosure": (
            ("Introduction",
                "{org} takes the security of its systems seriously. If you believe you have "
                "found a security vulnerability in one of our services, we encourage you to let "
                "us know right away.",
                "We welcome reports from security researchers and will work with you to "
                "understand and fix the issue quickly.",
            ),
            ("Scope",
                "This policy applies to {site}, its subdomains and our mobile apps. Services run "
                "by third parties that we use are out of scope; please report issues in them to "
                "the vendor.",
                "In scope:\n- {site} and *.{site}\n- our iOS and Android apps\n- our public API",
            ),
            ("How to report a vulnerability",
                "Send your findings to {email}, encrypted with our PGP key if possible. Please "
                "include the affected URL or component, steps to reproduce and the impact you "
                "expect.",
                "Use the form at https://{site}/security/report or e-mail {email}. One "
                "vulnerability per report, please.",
            ),
            ("What we ask of you",
                "- Do not access, modify or delete data that does not belong to you\n- Do not "
                "run denial-of-service or social engineering tests\n- Give us reasonable time to "
                "fix the issue before you disclose it\n- Do not use automated scanners that "
                "create large amounts of traffic",
            ),
            ("What you can expect from us",
                "We acknowledge reports within {days} working days and keep you informed about "
                "our progress. With your permission we will credit you in our security "
                "acknowledgements.",
                "We aim to fix critical issues within {days} days. We will not take legal action "
                "against researchers who act in good faith and within this policy.",
            ),
            ("Out of scope",
                "- Missing security headers without a demonstrated impact\n- Findings from "
                "automated tools without verification\n- Clickjacking on pages without sensitive "
                "actions\n- Self-XSS\n- Issues that need physical access to a user's device",
            ),
            ("Rewards",
                "We do not run a paid bug bounty programme at the moment. Valid high-severity "
                "reports may receive a thank-you gift.",
                "Rewards are paid at our discretion, depending on severity, from {amount} for "
                "low-impact issues.",
            ),
            ("security.txt",
                "Contact: mailto:{email}\nExpires: {year}-12-31T23:00:00.000Z\nEncryption: "
                "https://{site}/pgp-key.txt\nPreferred-Languages: en, de\nPolicy: "
                "https://{site}/security-policy",
            ),
        ),
        "accessibility": (
            ("Using this website",
                "This website is run by {org}. We want as many people as possible to be able to "
                "use it. For example, you should be able to zoom in up to 400% without the text "
                "spilling off the screen and navigate most of the website using just a keyboard.",
                "AbilityNet has advice on making your device easier to use if you have a "
                "disability.",
            ),
            ("How accessible this website is",
                "We know some parts of this website are not fully accessible:\n- some older PDF "
                "documents are not fully accessible to screen reader software\n- live video "
                "streams do not have captions\n- some of our forms are difficult to navigate "
                "using just a keyboard\n- you cannot skip to the main content when using a "
                "screen reader",
            ),
            ("Feedback and contact information",
                "If you need information on this website in a different format, like accessible "
                "PDF, large print or audio recording, e-mail {email} or call {phone}. We'll "
                "consider your request and get back to you in {days} days.",
                "If you find any problems not listed on this page, please contact {name} at "
                "{email}.",
            ),
            ("Enforcement procedure",
                "The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
                "the accessibility regulations. If you're not happy with how we respond to your "
                "complaint, contact the Equality Advisory and Support Service (EASS).",
            ),
            ("Compliance status",
                "This website is partially compliant with the Web Content Accessibility "
                "Guidelines version 2.1 AA standard, due to the non-compliances listed below.",
                "This website is fully compliant with the Web Content Accessibility Guidelines "
                "version 2.2 AA standard.",
            ),
            ("Non-accessible content",
                "Some images do not have a text alternative (WCAG 1.1.1). We plan to add text "
                "alternatives for all images by {date2}. Our interactive map is exempt because "
                "it is third-party content we do not control.",
            ),
            ("Preparation of this statement",
                "This statement was prepared on {date}. It was last reviewed on {date2}. The "
                "website was last tested by an external auditor against the WCAG 2.1 AA "
                "standard.",
            ),
        ),
        "slavery": (
            ("Introduction",
                "This statement is made under section 54(1) of the Modern Slavery Act 2015 and "
                "sets out the steps {org} has taken during the financial year ending 31 December "
                "{year} to prevent modern slavery and human trafficking in its business and "
                "supply chains.",
            ),
            ("Our business",
                "{org} employs around {staff} people and operates from offices in {city} and two "
                "other locations. Our main suppliers provide IT equipment, cleaning, catering "
                "and logistics services.",
            ),
            ("Our policies",
                "Our Code of Conduct, Supplier Code of Conduct and Whistleblowing Policy set out "
                "the standards we expect. Staff and suppliers can report concerns anonymously "
                "through our speak-up line.",
            ),
            ("Due diligence and risk assessment",
                "We assess new suppliers with a questionnaire covering labour practices, "
                "recruitment fees and working hours. Suppliers in higher-risk categories, such "
                "as cleaning and textiles, are reviewed every year.",
                "In {year} we mapped our tier-1 suppliers and identified {n} suppliers in "
                "higher-risk sectors for closer review.",
            ),
            ("Training",
                "All procurement staff and line managers complete annual training on recognising "
                "the signs of modern slavery.",
            ),
            ("Key performance indicators",
                "- Suppliers assessed in {year}: {staff}\n- Audits carried out: {n}\n- Concerns "
                "reported through the speak-up line: 0\n- Staff trained: 96%",
            ),
            ("Approval",
                "This statement was approved by the board of directors on {date} and is signed "
                "by {name}, Chief Executive Officer.",
            ),
        ),
        "subprocessors": (
            ("Introduction",
                "{org} uses the following third-party subprocessors to provide its services. "
                "Each subprocessor processes personal data only for the purpose listed below.",
                "To run our service we rely on a small number of carefully selected providers. "
                "This page lists those that may process personal data of our customers.",
            ),
            ("Updates",
                "To be notified of new subprocessors, subscribe at https://{site}/subprocessors. "
                "We announce changes at least {days} days before a new subprocessor starts "
                "processing data.",
                "This list was last updated on {date}. Customers can object to a new "
                "subprocessor as described in our data processing terms.",
            ),
            ("Safeguards",
                "Every subprocessor has been reviewed for security and data protection. "
                "Transfers outside the EEA rely on the EU Standard Contractual Clauses or an "
                "adequacy decision.",
            ),
        ),
        "transparency": (
            ("About this report",
                "This report lists the requests for user data and content removal that {org} "
                "received from public authorities between 1 January and 31 December {year}.",
                "We publish this report twice a year so that our users can see how often "
                "authorities ask us for information.",
            ),
            ("How we handle requests",
                "We review every request for legal validity. We push back on requests that are "
                "overly broad or lack a legal basis, and we notify the affected users unless we "
                "are prohibited by law from doing so.",
            ),
            ("Notes",
                "Numbers are rounded where publishing exact figures could reveal an ongoing "
                "investigation. National security requests are reported in bands of 0–249, as "
                "permitted by law.",
                "A single request may concern several accounts.",
            ),
        ),
        "travel": (
            ("Purpose and scope",
                "This policy applies to all employees of {org} who travel on company business. "
                "It explains what we reimburse and how to claim.",
                "These guidelines apply to employees, interns and contractors travelling at the "
                "company's expense.",
            ),
            ("Booking travel",
                "Book all flights, trains and hotels through the travel portal. Rail is the "
                "preferred option for journeys of up to four hours. Economy class applies to all "
                "flights under six hours.",
                "Before you book, get your manager's approval. Trips abroad also need approval "
                "from your department head.",
            ),
            ("Accommodation",
                "Hotel costs are reimbursed up to {limit} per night; higher limits apply in "
                "London, Paris and New York. Breakfast is included where possible.",
            ),
            ("Meals and daily allowances",
                "You can claim a daily allowance for meals at the current HMRC rates. Alcohol is "
                "not reimbursed, except at client events approved in advance.",
                "Client entertainment must be reasonable and documented with the names of the "
                "guests.",
            ),
            ("Mileage",
                "If you use your private car, we reimburse the approved mileage rate. Car "
                "sharing is encouraged; taxis are reimbursed only where public transport is not "
                "practical.",
            ),
            ("Submitting expenses",
                "Submit claims within {days} days of your return through the expense tool, with "
                "itemised receipts. Claims above {limit} need approval from your line manager.",
                "- Photograph receipts on the day\n- Add the purpose of the trip and the project "
                "code\n- Do not combine several trips in one claim",
            ),
            ("Company cards",
                "Corporate cards are for business expenses only. Any personal spending must be "
                "repaid within one month.",
            ),
            ("Exceptions",
                "Exceptions need prior written approval from the finance department. Questions: "
                "{email}.",
            ),
        ),
        "remote": (
            ("Who can work remotely",
                "Employees whose role allows it can work from home up to {weekdays} days per "
                "week, after agreeing a pattern with their manager.",
                "Remote working is voluntary. Teams agree on at least one common office day per "
                "week.",
            ),
            ("Core hours and availability",
                "Core collaboration hours are 10:00–15:00. Outside these hours you can organise "
                "your time freely, as long as your team knows how to reach you.",
                "Keep your calendar up to date and set your status in the chat tool when you are "
                "away.",
            ),
            ("Equipment",
                "The company provides a laptop, a monitor and a headset. A one-off home office "
                "allowance of {limit} can be claimed for a chair or desk.",
            ),
            ("Information security",
                "- Lock your screen when you leave your desk\n- Use the VPN for all internal "
                "systems\n- Do not print confidential documents at home\n- Public Wi-Fi may only "
                "be used with the VPN switched on",
                "Family members must not use company devices. Report lost or stolen equipment to "
                "the IT service desk immediately.",
            ),
            ("Health and safety",
                "Please complete the home workstation self-assessment once a year. Report "
                "accidents while working from home to HR as you would in the office.",
            ),
            ("Working from abroad",
                "Working from another country needs approval from HR in advance because of tax "
                "and social security rules. Up to {days} days per year are usually possible "
                "within the EU.",
            ),
            ("Costs",
                "Working from home does not create a right to reimbursement of energy or "
                "internet costs beyond the allowance described above.",
            ),
        ),
        "retention": (
            ("Purpose",
                "This schedule sets out how long {org} keeps different types of records. Records "
                "must be deleted or anonymised at the end of the retention period unless a legal "
                "hold applies.",
                "We keep personal data only for as long as we need it. The periods below are the "
                "maximum, not the minimum.",
            ),
            ("Responsibilities",
                "Each department names a records owner who reviews the schedule once a year. "
                "Questions go to the data protection officer, {name} ({email}).",
            ),
            ("Legal holds",
                "If litigation or an investigation is expected, the legal team may suspend "
                "deletion for the records concerned. Do not delete records once you have been "
                "told about a legal hold.",
            ),
            ("Deletion",
                "Paper records are shredded by a certified provider. Electronic records are "
                "deleted from live systems; backups are overwritten within {days} days.",
            ),
        ),
        "works_council": (
            ("Staff meeting",
                "The works council invites all employees to the next staff meeting on {date} at "
                "2 pm in the canteen. Attendance counts as working time.",
                "Agenda: report of the works council, report of the management, questions from "
                "employees.",
            ),
            ("Elections",
                "Elections to the works council take place from {date} to {date2}. Nominations "
                "can be submitted to the electoral committee until {date}.",
                "All employees aged 16 and over may vote. Postal voting is available on request.",
            ),
            ("Shift schedule",
                "Following consultation with the works council, the new shift schedule will "
                "apply from {date2}. Please check the notice board for your team's plan.",
            ),
            ("Office hours",
                "Our office hours are Tuesdays and Thursdays from 12:00 to 14:00 in room {n}. "
                "You can also reach us at {email}. Everything you tell us is treated "
                "confidentially.",
            ),
            ("Time recording",
                "The works council and the management have agreed on rules for the new "
                "time-recording system. The data may not be used to monitor individual "
                "performance.",
            ),
            ("Questions?",
                "Questions about overtime, holiday planning or the canteen prices? Talk to any "
                "member of the works council: {name}, {name2}.",
            ),
        ),
    },
    "de": {
        "guide_nda": (
            ("Worum geht es?",
                "Eine Geheimhaltungsvereinbarung (englisch Non-Disclosure Agreement, kurz NDA) "
                "regelt, welche Informationen vertraulich sind und wie der Empfänger damit "
                "umgehen darf. Bei einem gegenseitigen NDA verpflichten sich beide Seiten.",
                "Ein NDA ist ein Vertrag, in dem sich eine oder beide Seiten verpflichten, "
                "bestimmte Informationen nicht weiterzugeben. Typisch ist es vor "
                "Kooperationsgesprächen, Due-Diligence-Prüfungen oder Pilotprojekten.",
            ),
            ("Wann ist ein gegenseitiges NDA sinnvoll?",
                "Immer dann, wenn beide Seiten sensible Informationen austauschen – zum Beispiel "
                "bei einem gemeinsamen Entwicklungsprojekt oder bei Gesprächen über eine "
                "Beteiligung. Geben nur Sie Informationen preis, genügt meist ein einseitiges "
                "NDA.",
                "Typische Fälle sind:\n- Gespräche über einen Unternehmenskauf\n- gemeinsame "
                "Forschungs- oder Produktprojekte\n- Pilotprojekte, in denen beide Seiten Preise "
                "oder Roadmaps offenlegen",
            ),
            ("Darauf sollten Sie achten",
                "- Ist der Zweck der Offenlegung klar beschrieben?\n- Sind öffentlich bekannte "
                "Informationen ausgenommen?\n- Wie lange gilt die Geheimhaltungspflicht?\n- Ist "
                "eine Vertragsstrafe vorgesehen, und ist sie angemessen?\n- Welches Recht gilt, "
                "welcher Gerichtsstand?",
                "Achten Sie besonders auf die Laufzeit. Üblich sind zwei bis fünf Jahre; für "
                "Geschäftsgeheimnisse im Sinne des GeschGehG kann eine längere Dauer sinnvoll "
                "sein.",
            ),
            ("Häufige Fehler",
                "Viele Unternehmen unterschreiben die Vorlage der Gegenseite ungeprüft und "
                "übersehen dabei ein Abwerbeverbot oder eine hohe Vertragsstrafe. Ebenso häufig "
                "werden Unterlagen schon vor Abschluss des NDA verschickt.",
                "Ein NDA allein schützt nicht. Kennzeichnen Sie vertrauliche Unterlagen, geben "
                "Sie nur das Nötige heraus und dokumentieren Sie, was Sie wann übergeben haben.",
            ),
            ("Weiterführende Informationen",
                "Eine kommentierte Mustervorlage finden Sie unter https://{site}/vorlagen.",
                "Lesen Sie auch: „Geschäftsgeheimnisse schützen nach dem GeschGehG“.",
            ),
        ),
        "guide_takedown": (
            ("Vorbereitung",
                "Prüfen Sie zunächst, ob Sie Inhaber der Rechte sind oder im Auftrag des "
                "Rechteinhabers handeln dürfen. Sichern Sie Beweise: URL, Screenshots mit Datum "
                "und Uhrzeit sowie einen Nachweis Ihres Originals.",
                "Bevor Sie etwas melden, sollten Sie klären, ob eine Schranke des Urheberrechts "
                "greift, etwa das Zitatrecht.",
            ),
            ("Inhalt der Meldung",
                "Eine wirksame Meldung enthält in der Regel:\n- Ihren Namen und Ihre "
                "Kontaktdaten\n- die genaue Bezeichnung des geschützten Werks\n- die URL des "
                "beanstandeten Inhalts\n- eine Begründung, warum die Nutzung nicht erlaubt "
                "ist\n- die Erklärung, dass Ihre Angaben richtig und vollständig sind",
                "Je genauer, desto besser: Nennen Sie jede einzelne URL und das Original, von "
                "dem sie kopiert wurde.",
            ),
            ("An wen richten Sie die Meldung?",
                "Große Plattformen bieten eigene Meldeformulare an. Bei kleineren Websites hilft "
                "ein Blick ins Impressum oder eine WHOIS-Abfrage, um den Hoster zu ermitteln. "
                "Nach dem Digital Services Act müssen Hostingdienste ein leicht zugängliches "
                "Meldeverfahren bereithalten.",
            ),
            ("Wie geht es weiter?",
                "Der Anbieter prüft die Meldung und entfernt den Inhalt oder sperrt den Zugang. "
                "Der Nutzer, der den Inhalt hochgeladen hat, wird informiert und kann "
                "widersprechen. Reagiert der Anbieter nicht innerhalb von {days} Tagen, kommt "
                "eine anwaltliche Abmahnung in Betracht.",
                "Bewahren Sie Ihre Meldung und alle Antworten auf. Sie brauchen sie, falls es "
                "später doch zu einem Rechtsstreit kommt.",
            ),
            ("Ein Beispiel",
                "Eine Fotografin entdeckt ihr Bild in einem Onlineshop. Sie schickt dem Hoster "
                "des Shops die URL der Produktseite, einen Link auf ihr Portfolio, wo das Foto "
                "zuerst erschienen ist, und die oben genannten Erklärungen.",
            ),
        ),
        "guide_terms": (
            ("Warum wir unsere AGB überarbeitet haben",
                "Wir haben unsere Allgemeinen Geschäftsbedingungen verständlicher formuliert und "
                "an neue gesetzliche Vorgaben angepasst. Die meisten Änderungen sind "
                "redaktionell.",
                "Unsere Bedingungen sind über die Jahre gewachsen und schwer lesbar geworden. "
                "Version {version} stellt das Wichtigste an den Anfang.",
            ),
            ("Die Änderungen im Überblick",
                "- Ziffer 3: Preisanpassungen nur noch einmal jährlich und mit {n} Wochen "
                "Vorankündigung\n- Ziffer 7: neue Regeln zum Datenexport bei Vertragsende\n- "
                "Ziffer 9: Kündigung auch über den Kündigungsbutton möglich\n- Jede Ziffer "
                "beginnt mit einer kurzen Zusammenfassung",
                "Inhaltlich geändert haben sich vor allem die Abschnitte zu Preisen, Haftung und "
                "Datenschutz.",
            ),
            ("Was bleibt gleich?",
                "Ihre Preise, Ihr Tarif und Ihre Daten bleiben unverändert. Auch Gerichtsstand, "
                "Haftungsregeln und Service-Level haben wir nicht angefasst.",
            ),
            ("Was müssen Sie tun?",
                "Nichts. Die neue Fassung gilt ab dem {date}. Die bisherige Version finden Sie "
                "weiterhin in unserem Archiv unter https://{site}/agb-archiv.",
                "Geschäftskunden mit individuell verhandelten Bedingungen sind von dieser "
                "Änderung nicht betroffen.",
            ),
            ("Fragen?",
                "Schreiben Sie uns an {email}. Bitte haben Sie Verständnis dafür, dass wir keine "
                "individuelle Rechtsberatung leisten dürfen.",
                "Eine Gegenüberstellung beider Fassungen finden Sie im Hilfe-Center.",
            ),
        ),
        "faq_clauses": (
            ("Warum enthält der Vertrag ein Abwerbeverbot?",
                "Ein Abwerbeverbot soll verhindern, dass eine Seite gezielt Mitarbeitende der "
                "anderen Seite abwirbt. Nach der Rechtsprechung des BGH sind solche Klauseln in "
                "der Regel nur für höchstens zwei Jahre nach Vertragsende wirksam.",
                "Weil beide Seiten im Projekt eng zusammenarbeiten. Die Klausel gilt gegenseitig "
                "und nur für Personen, die tatsächlich im Projekt eingesetzt waren.",
            ),
            ("Was bedeutet eine Haftungsbeschränkung?",
                "Mit einer Haftungsbegrenzung wird die Höhe des Schadensersatzes gedeckelt, etwa "
                "auf die Jahresvergütung. In AGB ist das nur eingeschränkt möglich: Für Vorsatz, "
                "grobe Fahrlässigkeit und Personenschäden kann die Haftung nicht ausgeschlossen "
                "werden.",
            ),
            ("Brauche ich einen Auftragsverarbeitungsvertrag?",
                "Wenn ein Dienstleister personenbezogene Daten in Ihrem Auftrag verarbeitet, "
                "verlangt Art. 28 DSGVO einen Vertrag zur Auftragsverarbeitung. Das betrifft zum "
                "Beispiel Hosting, Lohnabrechnung oder externe IT-Betreuung.",
            ),
            ("Was ist eine salvatorische Klausel?",
                "Die salvatorische Klausel regelt, was passiert, wenn eine Bestimmung unwirksam "
                "ist: Der Rest des Vertrags soll gültig bleiben. Ihre praktische Bedeutung ist "
                "geringer, als viele glauben.",
            ),
            ("Ist eine elektronische Unterschrift wirksam?",
                "Für die meisten Verträge genügt die Textform oder eine einfache elektronische "
                "Signatur. Wo das Gesetz die Schriftform verlangt, etwa bei der Kündigung eines "
                "Arbeitsverhältnisses, reicht das nicht.",
            ),
            ("Was heißt „höhere Gewalt“?",
                "Höhere Gewalt meint Ereignisse, die keine Seite beeinflussen kann – etwa "
                "Naturkatastrophen oder Pandemien. Die Klausel regelt, dass Leistungspflichten "
                "für die Dauer des Ereignisses ruhen.",
            ),
            ("Warum verlängert sich der Vertrag automatisch?",
                "Automatische Verlängerungen sind üblich, damit die Leistung nicht plötzlich "
                "endet. Gegenüber Verbrauchern ist nach Ablauf der Mindestlaufzeit nur noch eine "
                "Verlängerung auf unbestimmte Zeit mit monatlicher Kündigungsfrist zulässig.",
            ),
            ("Kann ich den Gerichtsstand frei wählen?",
                "Unter Kaufleuten ja. Überlegen Sie aber, wo Sie im Streitfall tatsächlich "
                "klagen wollen – ein weit entfernter Gerichtsstand macht Verfahren teurer.",
            ),
        ),
        "statutes": (
            ("Name, Sitz, Geschäftsjahr",
                "(1) Der Verein führt den Namen „{club}“. (2) Er hat seinen Sitz in {city} und "
                "ist im Vereinsregister eingetragen. (3) Das Geschäftsjahr ist das Kalenderjahr.",
                "Der Verein führt den Namen {club} und hat seinen Sitz in {city}. Geschäftsjahr "
                "ist das Kalenderjahr.",
            ),
            ("Zweck des Vereins",
                "(1) Der Verein verfolgt ausschließlich und unmittelbar gemeinnützige Zwecke im "
                "Sinne des Abschnitts „Steuerbegünstigte Zwecke“ der Abgabenordnung. (2) Zweck "
                "des Vereins ist die Förderung des Sports, der Kultur und des "
                "Gemeinschaftslebens in {city}. (3) Der Verein ist selbstlos tätig; er verfolgt "
                "nicht in erster Linie eigenwirtschaftliche Zwecke.",
                "Zweck des Vereins ist die Förderung der Bildung und Erziehung. Der "
                "Satzungszweck wird insbesondere verwirklicht durch die Unterstützung von "
                "Schulveranstaltungen, Ausflügen und Arbeitsgemeinschaften.",
            ),
            ("Mitgliedschaft",
                "(1) Mitglied kann jede natürliche und juristische Person werden, die die Ziele "
                "des Vereins unterstützt. (2) Über den schriftlichen Aufnahmeantrag entscheidet "
                "der Vorstand. (3) Bei Minderjährigen ist die Zustimmung der gesetzlichen "
                "Vertreter erforderlich.",
            ),
            ("Beendigung der Mitgliedschaft",
                "(1) Die Mitgliedschaft endet durch Austritt, Ausschluss oder Tod. (2) Der "
                "Austritt erfolgt durch schriftliche Erklärung gegenüber dem Vorstand unter "
                "Einhaltung einer Frist von {n} Wochen zum Ende des Geschäftsjahres. (3) Ein "
                "Mitglied kann ausgeschlossen werden, wenn es in grober Weise gegen die "
                "Vereinsinteressen verstoßen hat; vor dem Ausschluss ist es anzuhören.",
            ),
            ("Mitgliedsbeiträge",
                "Von den Mitgliedern werden Jahresbeiträge erhoben. Höhe und Fälligkeit bestimmt "
                "die Mitgliederversammlung in einer Beitragsordnung. Der Vorstand kann Beiträge "
                "in begründeten Fällen ganz oder teilweise erlassen oder stunden.",
            ),
            ("Organe des Vereins",
                "Organe des Vereins sind der Vorstand und die Mitgliederversammlung.",
                "Organe des Vereins sind (a) die Mitgliederversammlung, (b) der Vorstand, (c) "
                "der Beirat.",
            ),
            ("Vorstand",
                "(1) Der Vorstand im Sinne des § 26 BGB besteht aus der oder dem Vorsitzenden, "
                "der oder dem stellvertretenden Vorsitzenden und dem Kassenwart. (2) Der Verein "
                "wird gerichtlich und außergerichtlich durch zwei Vorstandsmitglieder gemeinsam "
                "vertreten. (3) Der Vorstand wird von der Mitgliederversammlung für die Dauer "
                "von zwei Jahren gewählt; er bleibt bis zur Neuwahl im Amt.",
            ),
            ("Mitgliederversammlung",
                "(1) Die ordentliche Mitgliederversammlung findet einmal jährlich statt. (2) Sie "
                "wird vom Vorstand unter Einhaltung einer Frist von {days} Tagen schriftlich "
                "oder per E-Mail unter Angabe der Tagesordnung einberufen. (3) Die "
                "Mitgliederversammlung ist insbesondere zuständig für die Wahl und Entlastung "
                "des Vorstands, die Festsetzung der Beiträge und Satzungsänderungen.",
            ),
            ("Beschlussfassung",
                "Die Mitgliederversammlung ist ohne Rücksicht auf die Zahl der erschienenen "
                "Mitglieder beschlussfähig. Beschlüsse werden mit einfacher Mehrheit der "
                "abgegebenen gültigen Stimmen gefasst; Satzungsänderungen erfordern eine "
                "Mehrheit von drei Vierteln. Über die Versammlung ist ein Protokoll "
                "anzufertigen, das von der Versammlungsleitung und der Protokollführung zu "
                "unterzeichnen ist.",
            ),
            ("Kassenprüfung",
                "Die Mitgliederversammlung wählt für zwei Jahre zwei Kassenprüfer, die nicht dem "
                "Vorstand angehören. Sie prüfen die Kasse einmal jährlich und berichten der "
                "Mitgliederversammlung.",
            ),
            ("Auflösung des Vereins",
                "Bei Auflösung des Vereins oder bei Wegfall steuerbegünstigter Zwecke fällt das "
                "Vermögen des Vereins an die Stadt {city}, die es unmittelbar und ausschließlich "
                "für gemeinnützige Zwecke zu verwenden hat.",
            ),
            ("Inkrafttreten",
                "Diese Satzung wurde in der Mitgliederversammlung vom {date} beschlossen und "
                "tritt mit der Eintragung in das Vereinsregister in Kraft.",
                "Die Satzung wurde am {date} errichtet und zuletzt durch Beschluss der "
                "Mitgliederversammlung vom {date2} geändert.",
            ),
        ),
        "orders": (
            ("Geltungsbereich",
                "Diese Geschäftsordnung regelt den Ablauf der Mitgliederversammlungen und der "
                "Vorstandssitzungen des Vereins {club}. Sie ergänzt die Satzung.",
            ),
            ("Versammlungsleitung",
                "Die Versammlung wird von der oder dem Vorsitzenden, bei Verhinderung von der "
                "Stellvertretung geleitet. Die Versammlungsleitung eröffnet, leitet und schließt "
                "die Versammlung und übt das Hausrecht aus.",
            ),
            ("Worterteilung",
                "Das Wort wird in der Reihenfolge der Wortmeldungen erteilt. Die Redezeit kann "
                "durch Beschluss auf {n} Minuten begrenzt werden. Zur Geschäftsordnung ist das "
                "Wort außerhalb der Reihenfolge zu erteilen.",
            ),
            ("Anträge",
                "Anträge zur Tagesordnung sind spätestens {days} Tage vor der Versammlung "
                "schriftlich beim Vorstand einzureichen und zu begründen. Dringlichkeitsanträge "
                "bedürfen einer Zweidrittelmehrheit.",
            ),
            ("Abstimmungen",
                "Abgestimmt wird grundsätzlich offen durch Handzeichen. Auf Antrag eines "
                "Zehntels der anwesenden Mitglieder ist geheim abzustimmen. Stimmenthaltungen "
                "gelten als nicht abgegebene Stimmen.",
            ),
            ("Vorstandssitzungen",
                "Der Vorstand tagt nach Bedarf, mindestens jedoch viermal im Jahr. Er ist "
                "beschlussfähig, wenn mindestens die Hälfte seiner Mitglieder anwesend ist. "
                "Beschlüsse können auch im Umlaufverfahren per E-Mail gefasst werden.",
            ),
            ("Platz- und Hausordnung",
                "Die Anlage ist von 8 bis 22 Uhr geöffnet. Gäste dürfen nur in Begleitung eines "
                "Mitglieds spielen. Nach dem Spiel ist der Platz abzuziehen und zu wässern.",
                "- Plätze werden über das Online-Buchungssystem reserviert, höchstens eine Woche "
                "im Voraus\n- Hunde sind auf der Anlage an der Leine zu führen\n- Die Umkleiden "
                "sind sauber zu hinterlassen\n- Schäden sind dem Platzwart zu melden",
            ),
            ("Inkrafttreten",
                "Diese Geschäftsordnung wurde vom Vorstand am {date} beschlossen und tritt am "
                "Tag nach ihrer Bekanntgabe in Kraft.",
            ),
        ),
        "csirt": (
            ("1. Informationen zu diesem Dokument",
                "Dieses Dokument beschreibt das {team} gemäß RFC 2350. Es enthält grundlegende "
                "Informationen über das Team, seine Kommunikationswege sowie seine Aufgaben und "
                "Zuständigkeiten.",
            ),
            ("1.1 Datum der letzten Aktualisierung",
                "Version {version} vom {date}.",
            ),
            ("1.2 Verteilerliste für Benachrichtigungen",
                "Es gibt keine Verteilerliste. Änderungen werden auf unserer Website "
                "veröffentlicht.",
            ),
            ("1.3 Fundstelle dieses Dokuments",
                "Die aktuelle Fassung ist abrufbar unter https://{site}/cert/rfc2350.txt.",
            ),
            ("1.4 Authentizität dieses Dokuments",
                "Das Dokument ist mit dem PGP-Schlüssel des {team} signiert.",
            ),
            ("2. Kontaktinformationen",),
            ("2.1 Name des Teams",
                "{team} – Computer Emergency Response Team der {org}.",
                "Langname: {team}, Kurzname: {short}.",
            ),
            ("2.2 Anschrift",
                "{address}",
            ),
            ("2.3 Zeitzone",
                "MEZ/MESZ (UTC+1 bzw. UTC+2)", "Europe/Berlin",
            ),
            ("2.4 Telefonnummer",
                "{phone}", "{phone} (Mo–Fr 8–17 Uhr)",
            ),
            ("2.5 Faxnummer",
                "Nicht vorhanden.", "Keine.",
            ),
            ("2.6 E-Mail-Adresse",
                "{email}", "Meldungen bitte an {email}.",
            ),
            ("2.7 Öffentliche Schlüssel und Verschlüsselung",
                "Für den Austausch vertraulicher Informationen nutzt das {team} PGP.\nKey-ID: "
                "0x{keyid}\nFingerprint: {fingerprint}",
                "Key-ID: 0x{keyid}\nFingerprint: {fingerprint}\nDer Schlüssel ist unter "
                "https://{site}/pgp.asc und auf öffentlichen Keyservern verfügbar.",
            ),
            ("2.8 Teammitglieder",
                "Das Team wird von {name} geleitet, Stellvertretung: {name2}. Eine vollständige "
                "Liste der Mitglieder wird nicht veröffentlicht.",
            ),
            ("2.9 Kontaktaufnahme",
                "Bevorzugt per E-Mail an {email}, für vertrauliche Inhalte bitte "
                "PGP-verschlüsselt. In dringenden Fällen telefonisch unter {phone}.",
            ),
            ("2.10 Erreichbarkeit",
                "Montag bis Freitag 8:00–17:00 Uhr, außer an gesetzlichen Feiertagen. Außerhalb "
                "dieser Zeiten ist für kritische Vorfälle eine Rufbereitschaft eingerichtet.",
            ),
            ("3. Satzung und Auftrag",),
            ("3.1 Leitbild",
                "Das {team} schützt die IT-Systeme der {org} und koordiniert die Behandlung von "
                "Sicherheitsvorfällen.",
                "Auftrag des {team} ist es, seine Zielgruppe bei der Vorbeugung, Erkennung und "
                "Bewältigung von IT-Sicherheitsvorfällen zu unterstützen.",
            ),
            ("3.2 Zielgruppe",
                "Die Zielgruppe (Constituency) des {team} umfasst alle Beschäftigten, "
                "Tochtergesellschaften und IT-Systeme der {org}.",
                "Zur Zielgruppe gehören die Behörden und Einrichtungen des Landes, die an das "
                "Landesnetz angeschlossen sind.",
            ),
            ("3.3 Trägerschaft und Zugehörigkeit",
                "Das {team} ist Teil der Abteilung Informationssicherheit der {org} und Mitglied "
                "im CERT-Verbund.",
            ),
            ("3.4 Befugnisse",
                "Das {team} handelt im Auftrag des Informationssicherheitsbeauftragten. Es berät "
                "die Systemverantwortlichen, hat aber keine Weisungsbefugnis außerhalb der "
                "eigenen Systeme.",
            ),
            ("4. Richtlinien",),
            ("4.1 Arten von Vorfällen und Umfang der Unterstützung",
                "Das {team} bearbeitet alle Arten von IT-Sicherheitsvorfällen in seiner "
                "Zielgruppe. Der Umfang der Unterstützung richtet sich nach Art und Schwere des "
                "Vorfalls sowie nach den verfügbaren Ressourcen.",
            ),
            ("4.2 Zusammenarbeit und Weitergabe von Informationen",
                "Das {team} tauscht Informationen mit anderen CERTs nach dem "
                "Need-to-know-Prinzip aus. Informationen zu Vorfällen werden nur mit Zustimmung "
                "der Betroffenen weitergegeben, sofern keine gesetzliche Pflicht besteht. Wir "
                "verwenden das Traffic Light Protocol (TLP).",
            ),
            ("4.3 Kommunikation und Authentifizierung",
                "Für nicht vertrauliche Informationen genügen unverschlüsselte E-Mail und "
                "Telefon. Vertrauliche Informationen sind mit PGP zu verschlüsseln.",
            ),
            ("5. Dienstleistungen",),
            ("5.1 Reaktion auf Vorfälle",
                "Das {team} unterstützt bei der Bewältigung von Sicherheitsvorfällen, "
                "insbesondere durch:\n- Erstbewertung (Triage) und Einschätzung des Umfangs\n- "
                "Koordination mit den beteiligten Stellen\n- Empfehlungen zur Beseitigung der "
                "Schwachstelle und zur Wiederherstellung",
            ),
            ("5.2 Präventive Dienste",
                "- Sicherheitswarnungen und Advisories\n- Schwachstellenscans der öffentlichen "
                "Adressbereiche\n- Sensibilisierungsschulungen\n- Austausch von Informationen "
                "zur Bedrohungslage",
            ),
            ("6. Meldung von Vorfällen",
                "Ein Formular ist nicht erforderlich. Bitte melden Sie Vorfälle per E-Mail an "
                "{email} mit folgenden Angaben: Kontaktdaten, betroffene Systeme, Beschreibung "
                "des Vorfalls, Zeitpunkt mit Zeitzone und relevante Logauszüge.",
            ),
            ("7. Haftungsausschluss",
                "Das {team} erstellt Hinweise und Warnungen mit größter Sorgfalt, übernimmt "
                "jedoch keine Gewähr für deren Richtigkeit und keine Haftung für Schäden, die "
                "aus ihrer Verwendung entstehen.",
            ),
        ),
        "disclosure": (
            ("Einleitung",
                "Die Sicherheit unserer Systeme hat für die {org} hohe Priorität. Wenn Sie eine "
                "Schwachstelle in einem unserer Dienste gefunden haben, bitten wir Sie, uns "
                "diese umgehend mitzuteilen.",
                "Wir schätzen die Arbeit von Sicherheitsforschenden und arbeiten mit Ihnen "
                "zusammen, um gemeldete Lücken schnell zu schließen.",
            ),
            ("Geltungsbereich",
                "Diese Richtlinie gilt für {site}, alle Subdomains sowie unsere mobilen Apps. "
                "Dienste Dritter, die wir nutzen, sind ausgenommen; bitte melden Sie "
                "Schwachstellen dort direkt beim Hersteller.",
            ),
            ("So melden Sie eine Schwachstelle",
                "Senden Sie Ihre Meldung an {email}, nach Möglichkeit mit unserem PGP-Schlüssel "
                "verschlüsselt. Beschreiben Sie die betroffene URL oder Komponente, die Schritte "
                "zur Reproduktion und die mögliche Auswirkung.",
                "Nutzen Sie das Formular unter https://{site}/sicherheit oder schreiben Sie an "
                "{email}. Bitte eine Schwachstelle pro Meldung.",
            ),
            ("Was wir von Ihnen erwarten",
                "- Greifen Sie nicht auf fremde Daten zu und verändern oder löschen Sie keine "
                "Daten\n- Führen Sie keine Denial-of-Service- oder Social-Engineering-Tests "
                "durch\n- Geben Sie uns angemessen Zeit zur Behebung, bevor Sie die Lücke "
                "veröffentlichen\n- Verzichten Sie auf automatisierte Scanner mit hoher Last",
            ),
            ("Was Sie von uns erwarten können",
                "Wir bestätigen den Eingang Ihrer Meldung innerhalb von {days} Werktagen und "
                "halten Sie über den Stand der Behebung auf dem Laufenden. Auf Wunsch nennen wir "
                "Sie in unserer Danksagung.",
                "Wir verzichten auf rechtliche Schritte gegen Personen, die in gutem Glauben und "
                "im Rahmen dieser Richtlinie handeln.",
            ),
            ("Nicht im Geltungsbereich",
                "- fehlende Sicherheits-Header ohne nachgewiesene Auswirkung\n- ungeprüfte "
                "Ergebnisse automatisierter Scanner\n- Clickjacking auf Seiten ohne sensible "
                "Aktionen\n- Self-XSS\n- Angriffe, die physischen Zugriff auf ein Gerät "
                "erfordern",
            ),
            ("Belohnung",
                "Ein Bug-Bounty-Programm bieten wir derzeit nicht an. Für relevante Meldungen "
                "bedanken wir uns gerne mit einer kleinen Aufmerksamkeit.",
            ),
            ("security.txt",
                "Contact: mailto:{email}\nExpires: {year}-12-31T23:00:00.000Z\nEncryption: "
                "https://{site}/pgp-key.txt\nPreferred-Languages: de, en\nPolicy: "
                "https://{site}/responsible-disclosure",
            ),
        ),
        "accessibility": (
            ("Einleitung",
                "Die {org} ist bemüht, ihre Website im Einklang mit den Bestimmungen des "
                "Behindertengleichstellungsgesetzes (BGG) sowie der "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich "
                "zu machen. Diese Erklärung gilt für {site}.",
            ),
            ("Stand der Vereinbarkeit mit den Anforderungen",
                "Diese Website ist wegen der folgenden Unvereinbarkeiten teilweise mit der BITV "
                "2.0 vereinbar.",
                "Diese Website ist vollständig mit der BITV 2.0 vereinbar.",
            ),
            ("Nicht barrierefreie Inhalte",
                "Die nachstehend aufgeführten Inhalte sind aus folgenden Gründen nicht "
                "barrierefrei:\n- Einige ältere PDF-Dokumente sind nicht vollständig für "
                "Screenreader aufbereitet.\n- Videos verfügen teilweise nicht über "
                "Untertitel.\n- Einige Formulare sind mit der Tastatur nur eingeschränkt "
                "bedienbar.",
                "Eine interaktive Karte stammt von einem Drittanbieter und kann von uns nicht "
                "barrierefrei gestaltet werden. Die Inhalte stehen zusätzlich als Liste zur "
                "Verfügung.",
            ),
            ("Erstellung dieser Erklärung",
                "Diese Erklärung wurde am {date} erstellt und zuletzt am {date2} überprüft. "
                "Grundlage ist eine Selbstbewertung sowie ein BITV-Test durch eine externe "
                "Prüfstelle.",
            ),
            ("Feedback und Kontaktangaben",
                "Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten aufgefallen? Dann "
                "wenden Sie sich bitte an {name}, E-Mail {email}, Telefon {phone}. Wir antworten "
                "innerhalb von {days} Tagen.",
            ),
            ("Schlichtungsverfahren",
                "Wenn auch nach Ihrem Feedback keine zufriedenstellende Lösung gefunden wurde, "
                "können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden. Das Verfahren "
                "ist kostenfrei und ohne Rechtsbeistand möglich.",
            ),
        ),
        "slavery": (
            ("Unser Bekenntnis",
                "Die {org} bekennt sich zur Achtung der international anerkannten "
                "Menschenrechte, insbesondere der UN-Leitprinzipien für Wirtschaft und "
                "Menschenrechte. Diese Grundsatzerklärung beschreibt, wie wir unsere "
                "Sorgfaltspflichten nach dem Lieferkettensorgfaltspflichtengesetz (LkSG) "
                "umsetzen.",
            ),
            ("Unser Geschäft und unsere Lieferketten",
                "Die {org} beschäftigt rund {staff} Mitarbeitende am Standort {city} und "
                "weiteren Standorten. Wir beziehen vor allem Rohstoffe, Elektronikkomponenten, "
                "Logistik- und Reinigungsleistungen.",
            ),
            ("Risikoanalyse",
                "Wir führen jährlich sowie anlassbezogen eine Risikoanalyse für den eigenen "
                "Geschäftsbereich und unsere unmittelbaren Zulieferer durch. Als Risiken mit "
                "erhöhter Priorität haben wir Arbeitszeitverstöße und unzureichenden "
                "Arbeitsschutz identifiziert.",
                "Im Jahr {year} wurden {n} Zulieferer mit erhöhtem Risiko vertieft überprüft.",
            ),
            ("Präventionsmaßnahmen",
                "- Verhaltenskodex für Lieferanten\n- Schulung der Einkäuferinnen und "
                "Einkäufer\n- Berücksichtigung menschenrechtlicher Kriterien bei der "
                "Lieferantenauswahl\n- risikobasierte Kontrollen und Audits",
            ),
            ("Beschwerdeverfahren",
                "Hinweise auf menschenrechtliche oder umweltbezogene Risiken können über unser "
                "Hinweisgebersystem unter https://{site}/hinweise – auch anonym – abgegeben "
                "werden. Die Verfahrensordnung ist öffentlich zugänglich.",
            ),
            ("Verantwortlichkeiten",
                "Die Menschenrechtsbeauftragte der {org}, {name}, berichtet direkt an die "
                "Geschäftsführung. Die Geschäftsführung hat diese Erklärung am {date} "
                "verabschiedet.",
            ),
        ),
        "subprocessors": (
            ("Einleitung",
                "Zur Erbringung unserer Leistungen setzt die {org} die folgenden "
                "Unterauftragsverarbeiter ein. Jeder Unterauftragsverarbeiter verarbeitet "
                "personenbezogene Daten ausschließlich für den angegebenen Zweck.",
                "Auf dieser Seite informieren wir über Dienstleister, die in unserem Auftrag "
                "personenbezogene Daten unserer Kunden verarbeiten können.",
            ),
            ("Änderungen",
                "Über neue Unterauftragsverarbeiter informieren wir mindestens {days} Tage im "
                "Voraus per E-Mail. Sie können sich unter https://{site}/subunternehmer für "
                "Benachrichtigungen registrieren.",
                "Stand dieser Liste: {date}. Kunden können einem neuen Unterauftragsverarbeiter "
                "wie in unserer Auftragsverarbeitungsvereinbarung beschrieben widersprechen.",
            ),
            ("Garantien",
                "Alle Dienstleister wurden hinsichtlich Datensicherheit und Datenschutz geprüft. "
                "Übermittlungen in Drittländer erfolgen auf Grundlage der "
                "EU-Standardvertragsklauseln oder eines Angemessenheitsbeschlusses.",
            ),
        ),
        "transparency": (
            ("Über diesen Bericht",
                "Dieser Bericht enthält die Zahl der Auskunfts- und Löschersuchen, die die {org} "
                "zwischen dem 1. Januar und dem 31. Dezember {year} von Behörden erhalten hat.",
                "Wir veröffentlichen diesen Bericht halbjährlich, damit unsere Nutzerinnen und "
                "Nutzer nachvollziehen können, wie oft Behörden Daten anfragen.",
            ),
            ("Unser Umgang mit Anfragen",
                "Jede Anfrage wird von unserer Rechtsabteilung auf ihre Rechtmäßigkeit geprüft. "
                "Zu weit gefasste Ersuchen ohne ausreichende Rechtsgrundlage lehnen wir ab. "
                "Betroffene werden informiert, sofern dies gesetzlich zulässig ist.",
            ),
            ("Hinweise",
                "Eine einzelne Anfrage kann mehrere Konten betreffen. Wo genaue Zahlen "
                "Rückschlüsse auf laufende Ermittlungen zulassen würden, sind die Werte "
                "gerundet.",
            ),
        ),
        "travel": (
            ("Geltungsbereich",
                "Diese Richtlinie gilt für alle Mitarbeitenden der {org}, die im Auftrag des "
                "Unternehmens Dienstreisen unternehmen. Sie regelt, welche Kosten erstattet "
                "werden und wie sie abzurechnen sind.",
            ),
            ("Genehmigung",
                "Jede Dienstreise ist vor Antritt von der bzw. dem Vorgesetzten zu genehmigen. "
                "Auslandsreisen bedürfen zusätzlich der Zustimmung der Bereichsleitung.",
                "Der Dienstreiseantrag ist spätestens {n} Tage vor Reisebeginn im Reiseportal "
                "einzureichen.",
            ),
            ("Wahl des Verkehrsmittels",
                "Bahnreisen haben Vorrang vor Flügen, sofern die Reisezeit vier Stunden nicht "
                "überschreitet. Bahnfahrten werden in der 2. Klasse erstattet, ab einer Fahrzeit "
                "von drei Stunden in der 1. Klasse. Flüge werden grundsätzlich in der Economy "
                "Class gebucht.",
                "Bei Nutzung des privaten Pkw wird eine Wegstreckenentschädigung von 0,30 Euro "
                "je Kilometer gezahlt.",
            ),
            ("Übernachtung",
                "Übernachtungskosten werden bis zu {limit} pro Nacht erstattet. In München, "
                "Hamburg, Frankfurt und im Ausland gelten höhere Sätze gemäß Anlage 1.",
            ),
            ("Verpflegungsmehraufwand",
                "Für Verpflegung gelten die steuerlichen Pauschalen. Bei gestellten Mahlzeiten "
                "werden die Pauschalen entsprechend gekürzt. Alkoholische Getränke werden nicht "
                "erstattet.",
                "Bewirtungen von Geschäftspartnern sind mit Anlass und Namen der Teilnehmenden "
                "zu belegen.",
            ),
            ("Abrechnung",
                "Die Reisekostenabrechnung ist innerhalb von {days} Tagen nach Reiseende über "
                "das Abrechnungstool mit allen Originalbelegen einzureichen. Beträge über "
                "{limit} bedürfen der Freigabe durch die Führungskraft.",
                "- Belege am Reisetag fotografieren\n- Reisezweck und Kostenstelle angeben\n- "
                "pro Reise eine Abrechnung",
            ),
            ("Firmenkreditkarte",
                "Die Firmenkreditkarte darf ausschließlich für dienstliche Ausgaben genutzt "
                "werden. Private Umsätze sind innerhalb eines Monats zu erstatten.",
            ),
            ("Ausnahmen",
                "Abweichungen von dieser Richtlinie sind vorab schriftlich mit der "
                "Finanzabteilung abzustimmen. Fragen an {email}.",
            ),
        ),
        "remote": (
            ("Grundsätze",
                "Mitarbeitende, deren Tätigkeit es zulässt, können nach Abstimmung mit ihrer "
                "Führungskraft bis zu {weekdays} Tage pro Woche mobil arbeiten. Ein Anspruch auf "
                "mobiles Arbeiten besteht nicht.",
                "Mobiles Arbeiten ist freiwillig. Jedes Team vereinbart mindestens einen "
                "gemeinsamen Präsenztag pro Woche.",
            ),
            ("Arbeitszeit und Erreichbarkeit",
                "Die Kernzeit liegt zwischen 10 und 15 Uhr. Außerhalb dieser Zeit kann die "
                "Arbeitszeit frei eingeteilt werden. Die gesetzlichen Ruhezeiten sind "
                "einzuhalten, die Arbeitszeit ist zu erfassen.",
            ),
            ("Arbeitsmittel",
                "Das Unternehmen stellt Laptop, Monitor und Headset zur Verfügung. Für die "
                "Einrichtung des Arbeitsplatzes kann einmalig ein Zuschuss von bis zu {limit} "
                "beantragt werden.",
            ),
            ("Datenschutz und Informationssicherheit",
                "- Bildschirm beim Verlassen des Arbeitsplatzes sperren\n- Zugriff auf interne "
                "Systeme nur über VPN\n- vertrauliche Unterlagen nicht zu Hause ausdrucken\n- "
                "öffentliche WLAN-Netze nur mit aktiviertem VPN nutzen",
                "Dienstgeräte dürfen nicht von Familienangehörigen genutzt werden. Verlust oder "
                "Diebstahl ist unverzüglich dem IT-Service zu melden.",
            ),
            ("Arbeitsschutz",
                "Bitte füllen Sie einmal jährlich die Checkliste zur Gefährdungsbeurteilung des "
                "häuslichen Arbeitsplatzes aus. Unfälle bei der Arbeit im Homeoffice sind der "
                "Personalabteilung wie im Büro zu melden.",
            ),
            ("Mobiles Arbeiten im Ausland",
                "Mobiles Arbeiten aus dem Ausland ist wegen steuer- und "
                "sozialversicherungsrechtlicher Fragen nur nach vorheriger Genehmigung durch die "
                "Personalabteilung und für höchstens {days} Tage im Jahr möglich.",
            ),
            ("Kosten",
                "Aus dem mobilen Arbeiten ergibt sich kein Anspruch auf Erstattung von Strom-, "
                "Heiz- oder Internetkosten über den oben genannten Zuschuss hinaus.",
            ),
        ),
        "retention": (
            ("Zweck",
                "Dieses Löschkonzept legt fest, wie lange die {org} Daten und Unterlagen "
                "aufbewahrt. Nach Ablauf der Frist sind die Daten zu löschen oder zu "
                "anonymisieren, sofern keine Aufbewahrungssperre besteht.",
                "Wir speichern personenbezogene Daten nur so lange, wie es für den jeweiligen "
                "Zweck erforderlich ist (Art. 5 Abs. 1 lit. e DSGVO).",
            ),
            ("Verantwortlichkeiten",
                "Jede Abteilung benennt eine verantwortliche Person, die die Fristen jährlich "
                "überprüft. Fragen richten Sie bitte an den Datenschutzbeauftragten, {name} "
                "({email}).",
            ),
            ("Aufbewahrungssperre",
                "Bei laufenden oder zu erwartenden Rechtsstreitigkeiten kann die Rechtsabteilung "
                "die Löschung der betroffenen Unterlagen aussetzen.",
            ),
            ("Durchführung der Löschung",
                "Papierunterlagen werden von einem zertifizierten Dienstleister vernichtet. "
                "Elektronische Daten werden aus den Produktivsystemen gelöscht; Sicherungskopien "
                "werden innerhalb von {days} Tagen überschrieben.",
            ),
        ),
        "works_council": (
            ("Betriebsversammlung",
                "Der Betriebsrat lädt alle Beschäftigten zur nächsten Betriebsversammlung am "
                "{date} um 14 Uhr in der Kantine ein. Die Teilnahme gilt als Arbeitszeit.",
                "Tagesordnung: 1. Bericht des Betriebsrats 2. Bericht der Geschäftsleitung 3. "
                "Fragen und Verschiedenes",
            ),
            ("Betriebsratswahl",
                "Die Wahl des Betriebsrats findet vom {date} bis {date2} statt. Wahlvorschläge "
                "können bis zum {date} beim Wahlvorstand eingereicht werden.",
                "Wahlberechtigt sind alle Beschäftigten ab 16 Jahren. Briefwahl ist auf Antrag "
                "möglich.",
            ),
            ("Neuer Schichtplan",
                "Nach Beratung mit dem Betriebsrat gilt ab dem {date2} der neue Schichtplan. Den "
                "Plan Ihres Teams finden Sie am Schwarzen Brett.",
            ),
            ("Sprechstunde",
                "Unsere Sprechstunde findet dienstags und donnerstags von 12 bis 14 Uhr in Raum "
                "{n} statt. Sie erreichen uns auch unter {email}. Alle Anliegen werden "
                "vertraulich behandelt.",
            ),
            ("Zeiterfassung",
                "Zur Einführung des neuen Zeiterfassungssystems wurde eine Betriebsvereinbarung "
                "abgeschlossen. Die Daten dürfen nicht zur Leistungs- oder Verhaltenskontrolle "
                "einzelner Beschäftigter verwendet werden.",
            ),
            ("Fragen?",
                "Fragen zu Überstunden, Urlaubsplanung oder Kantinenpreisen? Sprechen Sie uns "
                "an: {name}, {name2}.",
            ),
        ),
    },
    "fr": {
        "guide_nda": (
            ("De quoi s'agit-il ?",
                "Un accord de confidentialité (ou NDA, pour non-disclosure agreement) précise "
                "quelles informations sont confidentielles et ce que le destinataire peut en "
                "faire. Dans un NDA réciproque, les deux parties s'engagent.",
                "Le NDA est un contrat par lequel une ou deux parties s'engagent à ne pas "
                "divulguer certaines informations. On le signe souvent avant des discussions de "
                "partenariat ou un audit d'acquisition.",
            ),
            ("Quand choisir un NDA réciproque ?",
                "Dès que les deux parties échangent des informations sensibles, par exemple dans "
                "un projet de co-développement ou une levée de fonds. Si vous êtes seul à "
                "communiquer des informations, un accord unilatéral suffit généralement.",
            ),
            ("Les points à vérifier",
                "- La définition des informations confidentielles est-elle précise ?\n- Les "
                "informations déjà publiques sont-elles exclues ?\n- Quelle est la durée de "
                "l'obligation ?\n- Une pénalité est-elle prévue ?\n- Quel droit s'applique et "
                "quel tribunal est compétent ?",
                "Soyez attentif à la durée : deux à cinq ans sont courants pour des informations "
                "commerciales.",
            ),
            ("Les erreurs fréquentes",
                "Beaucoup d'entreprises signent le modèle de l'autre partie sans le lire et "
                "découvrent trop tard une clause de non-sollicitation. Autre erreur classique : "
                "transmettre des documents avant la signature de l'accord.",
            ),
        ),
        "guide_takedown": (
            ("Avant de commencer",
                "Vérifiez que vous êtes bien titulaire des droits ou mandaté par leur titulaire. "
                "Conservez des preuves : adresse URL, captures d'écran datées et une preuve de "
                "l'antériorité de votre œuvre.",
            ),
            ("Le contenu de la notification",
                "La notification doit en principe comporter :\n- vos nom, adresse et "
                "coordonnées\n- la description de l'œuvre protégée\n- l'adresse URL précise du "
                "contenu litigieux\n- les motifs pour lesquels le contenu doit être retiré\n- la "
                "copie de la demande adressée à l'auteur du contenu, le cas échéant",
            ),
            ("À qui l'adresser ?",
                "Les grandes plateformes proposent un formulaire de signalement. Pour les autres "
                "sites, consultez les mentions légales pour identifier l'hébergeur. Depuis le "
                "règlement sur les services numériques, les hébergeurs doivent mettre en place "
                "un mécanisme de notification facile d'accès.",
            ),
            ("Et ensuite ?",
                "L'hébergeur examine la notification et retire ou bloque l'accès au contenu s'il "
                "est manifestement illicite. Sans réaction sous {days} jours, une mise en "
                "demeure par un avocat peut être envisagée.",
            ),
        ),
        "guide_terms": (
            ("Pourquoi cette mise à jour ?",
                "Nous avons réécrit nos conditions générales pour les rendre plus courtes et "
                "plus lisibles, et pour tenir compte des évolutions réglementaires. La plupart "
                "des changements sont rédactionnels.",
            ),
            ("Ce qui change",
                "- Article 4 : les prix sont révisés une fois par an au maximum\n- Article 8 : "
                "le préavis de résiliation passe à {n} jours\n- Article 11 : nouvelle section "
                "sur l'export de vos données\n- Chaque article commence par un résumé en langage "
                "clair",
            ),
            ("Que devez-vous faire ?",
                "Rien. La nouvelle version s'applique à partir du {date}. L'ancienne version "
                "reste consultable dans nos archives : https://{site}/cgu-archives.",
            ),
            ("Des questions ?",
                "Écrivez-nous à {email}. Nous ne pouvons toutefois pas vous fournir de conseil "
                "juridique personnalisé.",
            ),
        ),
        "faq_clauses": (
            ("Pourquoi le contrat contient-il une clause de non-sollicitation ?",
                "Cette clause interdit à chaque partie de débaucher activement les salariés de "
                "l'autre pendant une durée limitée, souvent 12 mois après la fin de la mission. "
                "Pour être valable, elle doit être limitée dans le temps et proportionnée.",
            ),
            ("À quoi sert une clause limitative de responsabilité ?",
                "Elle plafonne le montant des dommages et intérêts, par exemple au montant des "
                "sommes payées sur les 12 derniers mois. Elle ne s'applique pas en cas de faute "
                "lourde ou de dol.",
            ),
            ("Qu'est-ce que la force majeure ?",
                "Il s'agit d'un événement échappant au contrôle des parties, imprévisible et "
                "irrésistible. La clause suspend les obligations concernées pendant la durée de "
                "l'événement.",
            ),
            ("Faut-il un accord de sous-traitance RGPD ?",
                "Oui, dès qu'un prestataire traite des données personnelles pour votre compte, "
                "l'article 28 du RGPD impose un contrat écrit précisant ses obligations.",
            ),
            ("La signature électronique est-elle valable ?",
                "Oui, pour la grande majorité des contrats commerciaux. Certains actes restent "
                "soumis à des exigences de forme particulières.",
            ),
        ),
        "statutes": (
            ("Dénomination",
                "Il est fondé entre les adhérents aux présents statuts une association régie par "
                "la loi du 1er juillet 1901, ayant pour titre : {club}.",
            ),
            ("Objet",
                "Cette association a pour objet de favoriser la pratique sportive et culturelle "
                "et de créer du lien entre les habitants de {city}.",
            ),
            ("Siège social",
                "Le siège social est fixé à {city}. Il pourra être transféré par simple décision "
                "du conseil d'administration.",
            ),
            ("Membres",
                "L'association se compose de membres actifs, de membres bienfaiteurs et de "
                "membres d'honneur. Les membres actifs versent annuellement une cotisation fixée "
                "par l'assemblée générale.",
            ),
            ("Radiation",
                "La qualité de membre se perd par la démission, le décès ou la radiation "
                "prononcée par le conseil d'administration pour non-paiement de la cotisation ou "
                "pour motif grave, l'intéressé ayant été invité à fournir des explications.",
            ),
            ("Conseil d'administration",
                "L'association est dirigée par un conseil de {n} membres élus pour deux années "
                "par l'assemblée générale. Le conseil choisit parmi ses membres un bureau "
                "composé d'un président, d'un secrétaire et d'un trésorier.",
            ),
            ("Assemblée générale ordinaire",
                "L'assemblée générale ordinaire comprend tous les membres de l'association. Elle "
                "se réunit chaque année. Quinze jours au moins avant la date fixée, les membres "
                "sont convoqués par courrier ou par e-mail ; l'ordre du jour figure sur les "
                "convocations.",
                "Les décisions sont prises à la majorité des voix des membres présents ou "
                "représentés.",
            ),
            ("Dissolution",
                "En cas de dissolution prononcée par les deux tiers au moins des membres "
                "présents à l'assemblée générale, un ou plusieurs liquidateurs sont nommés et "
                "l'actif est dévolu à une association poursuivant un but similaire.",
            ),
            ("Adoption",
                "Statuts adoptés lors de l'assemblée générale constitutive du {date} à {city}.",
            ),
        ),
        "orders": (
            ("Objet",
                "Le présent règlement intérieur complète les statuts de l'association {club}. Il "
                "s'applique à tous les membres.",
            ),
            ("Adhésion",
                "Toute adhésion implique le paiement de la cotisation annuelle et la fourniture "
                "d'un certificat médical lorsque l'activité l'exige.",
            ),
            ("Utilisation des installations",
                "Les installations sont accessibles aux membres de 8 h à 22 h. Les invités "
                "doivent être accompagnés d'un membre. Les réservations se font en ligne, au "
                "plus tard {n} jours à l'avance.",
            ),
            ("Comportement",
                "Chaque membre s'engage à respecter les autres adhérents, le matériel et les "
                "locaux. Tout manquement grave peut entraîner une exclusion temporaire décidée "
                "par le bureau.",
            ),
            ("Assemblées",
                "Les votes ont lieu à main levée, sauf si un quart des membres présents demande "
                "un vote à bulletin secret.",
            ),
            ("Modification",
                "Le règlement intérieur est établi par le conseil d'administration et peut être "
                "modifié par celui-ci. Il a été adopté le {date}.",
            ),
        ),
        "csirt": (
            ("1. Informations sur le document",
                "Ce document présente le {team} conformément à la RFC 2350 : coordonnées, "
                "missions, politiques et services.",
            ),
            ("1.1 Date de dernière mise à jour",
                "Version {version} du {date}.",
            ),
            ("1.2 Lieu de publication",
                "La version à jour est disponible à l'adresse https://{site}/cert/rfc2350.",
            ),
            ("2. Coordonnées",),
            ("2.1 Nom de l'équipe",
                "{team} – CERT de {org}.",
            ),
            ("2.2 Adresse",
                "{address}",
            ),
            ("2.3 Fuseau horaire",
                "Europe/Paris (UTC+1, UTC+2 en été)",
            ),
            ("2.4 Téléphone",
                "{phone}",
            ),
            ("2.5 Adresse électronique",
                "{email}",
            ),
            ("2.6 Clés publiques et chiffrement",
                "Identifiant de clé : 0x{keyid}\nEmpreinte : {fingerprint}",
            ),
            ("2.7 Horaires",
                "Du lundi au vendredi, de 9 h à 18 h, hors jours fériés. Une astreinte est "
                "assurée pour les incidents critiques.",
            ),
            ("3. Charte",),
            ("3.1 Mission",
                "Le {team} a pour mission de protéger les systèmes d'information de {org} et de "
                "coordonner la réponse aux incidents de sécurité.",
            ),
            ("3.2 Périmètre d'action",
                "Le périmètre du {team} comprend l'ensemble des collaborateurs, filiales et "
                "systèmes d'information de {org}.",
            ),
            ("4. Politiques",),
            ("4.1 Types d'incidents",
                "Le {team} traite tous les types d'incidents de sécurité informatique touchant "
                "son périmètre. Le niveau d'assistance dépend de la gravité de l'incident.",
            ),
            ("4.2 Coopération et confidentialité",
                "Les informations relatives aux incidents sont échangées selon le principe du "
                "besoin d'en connaître et conformément au protocole TLP.",
            ),
            ("5. Services",),
            ("5.1 Réponse aux incidents",
                "- qualification et analyse des incidents\n- coordination avec les parties "
                "concernées\n- assistance à la remédiation",
            ),
            ("5.2 Activités proactives",
                "Publication d'avis de sécurité, veille sur les vulnérabilités et actions de "
                "sensibilisation.",
            ),
            ("6. Signalement d'incidents",
                "Merci de signaler tout incident à {email} en précisant vos coordonnées, les "
                "systèmes concernés, la description de l'incident et les horodatages.",
            ),
        ),
        "disclosure": (
            ("Introduction",
                "La sécurité de nos services est une priorité pour {org}. Si vous pensez avoir "
                "découvert une vulnérabilité, merci de nous la signaler au plus vite.",
            ),
            ("Périmètre",
                "Cette politique s'applique à {site}, à ses sous-domaines et à nos applications "
                "mobiles.",
            ),
            ("Comment signaler",
                "Envoyez votre signalement à {email}, chiffré si possible avec notre clé PGP, en "
                "indiquant le composant concerné, les étapes de reproduction et l'impact estimé.",
            ),
            ("Règles à respecter",
                "- ne pas accéder aux données d'autres utilisateurs ni les modifier\n- ne pas "
                "réaliser de tests de déni de service\n- nous laisser un délai raisonnable avant "
                "toute publication",
            ),
            ("Nos engagements",
                "Nous accusons réception sous {days} jours ouvrés et vous tenons informé de la "
                "correction. Nous n'engagerons pas de poursuites contre les chercheurs agissant "
                "de bonne foi dans le cadre de cette politique.",
            ),
        ),
        "accessibility": (
            ("Introduction",
                "{org} s'engage à rendre son site internet accessible conformément à l'article "
                "47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s'applique à "
                "{site}.",
            ),
            ("État de conformité",
                "Le site {site} est partiellement conforme avec le référentiel général "
                "d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des "
                "non-conformités énumérées ci-dessous.",
            ),
            ("Contenus non accessibles",
                "- certains documents PDF anciens ne sont pas accessibles\n- certaines vidéos ne "
                "disposent pas de sous-titres\n- certains formulaires sont difficiles à utiliser "
                "au clavier",
            ),
            ("Établissement de cette déclaration",
                "Cette déclaration a été établie le {date}. Elle repose sur un audit réalisé par "
                "un prestataire externe.",
            ),
            ("Retour d'information et contact",
                "Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez {name} "
                "à {email} pour être orienté vers une alternative accessible.",
            ),
            ("Voies de recours",
                "Si vous constatez un défaut d'accessibilité et n'obtenez pas de réponse "
                "satisfaisante, vous pouvez écrire au Défenseur des droits ou contacter son "
                "délégué dans votre région.",
            ),
        ),
        "slavery": (
            ("Présentation",
                "En application de la loi n° 2017-399 du 27 mars 2017 relative au devoir de "
                "vigilance, {org} publie son plan de vigilance pour l'exercice {year}.",
            ),
            ("Cartographie des risques",
                "La cartographie couvre les activités de {org}, de ses filiales et de ses "
                "principaux fournisseurs. Les risques prioritaires concernent la santé et la "
                "sécurité des travailleurs et le respect des durées de travail.",
            ),
            ("Évaluation des fournisseurs",
                "En {year}, {n} fournisseurs considérés comme à risque ont fait l'objet d'une "
                "évaluation approfondie ou d'un audit sur site.",
            ),
            ("Mécanisme d'alerte",
                "Un dispositif d'alerte, accessible à tous sur https://{site}/alerte, permet de "
                "signaler de manière confidentielle toute atteinte aux droits humains ou à "
                "l'environnement.",
            ),
            ("Suivi",
                "Le plan a été présenté au conseil d'administration le {date}. Son suivi est "
                "confié à {name}, directrice RSE.",
            ),
        ),
        "subprocessors": (
            ("Introduction",
                "{org} fait appel aux sous-traitants ultérieurs suivants pour fournir ses "
                "services. Chacun traite les données personnelles uniquement pour la finalité "
                "indiquée.",
            ),
            ("Mises à jour",
                "Nous informons nos clients de tout nouveau sous-traitant au moins {days} jours "
                "à l'avance. Liste mise à jour le {date}.",
            ),
            ("Garanties",
                "Les transferts hors de l'Union européenne sont encadrés par les clauses "
                "contractuelles types de la Commission européenne.",
            ),
        ),
        "transparency": (
            ("À propos de ce rapport",
                "Ce rapport présente le nombre de demandes de données et de retrait de contenus "
                "reçues par {org} de la part des autorités publiques en {year}.",
            ),
            ("Notre approche",
                "Chaque demande est examinée par notre service juridique. Nous refusons les "
                "demandes excessives ou dépourvues de base légale et informons les utilisateurs "
                "concernés lorsque la loi le permet.",
            ),
        ),
        "travel": (
            ("Champ d'application",
                "La présente politique s'applique à tous les salariés de {org} amenés à se "
                "déplacer pour des raisons professionnelles.",
            ),
            ("Réservation",
                "Les billets de train et d'avion ainsi que les hôtels sont réservés via l'agence "
                "de voyages référencée. Le train est privilégié pour les trajets de moins de "
                "quatre heures.",
            ),
            ("Hébergement",
                "Les frais d'hôtel sont remboursés dans la limite de {limit} par nuit, "
                "petit-déjeuner inclus. Des plafonds spécifiques s'appliquent à Paris et à "
                "l'étranger.",
            ),
            ("Repas",
                "Les repas sont remboursés sur justificatif dans la limite du barème en vigueur. "
                "L'alcool n'est pas pris en charge, sauf repas client validé au préalable.",
            ),
            ("Notes de frais",
                "Les notes de frais sont saisies dans l'outil dédié dans un délai de {days} "
                "jours, accompagnées des justificatifs originaux. Toute dépense supérieure à "
                "{limit} doit être validée par le manager.",
            ),
        ),
        "remote": (
            ("Principes",
                "Le télétravail est ouvert aux salariés dont le poste le permet, à raison de "
                "{weekdays} jours par semaine au maximum, après accord du manager.",
            ),
            ("Plages de disponibilité",
                "Le salarié en télétravail reste joignable entre 10 h et 16 h. Le droit à la "
                "déconnexion s'applique en dehors des horaires habituels de travail.",
            ),
            ("Équipement",
                "L'entreprise fournit un ordinateur portable, un écran et un casque. Une "
                "allocation forfaitaire de {limit} par an couvre les frais liés au télétravail.",
            ),
            ("Sécurité",
                "- verrouiller sa session en cas d'absence\n- utiliser le VPN pour accéder aux "
                "outils internes\n- ne pas imprimer de documents confidentiels à domicile",
            ),
            ("Télétravail depuis l'étranger",
                "Le télétravail depuis un autre pays est soumis à l'accord préalable des "
                "ressources humaines.",
            ),
        ),
        "retention": (
            ("Objectif",
                "Ce référentiel fixe les durées pendant lesquelles {org} conserve ses données et "
                "documents. À l'issue de ces durées, les données sont supprimées ou anonymisées.",
            ),
            ("Responsabilités",
                "Chaque direction désigne un référent chargé de vérifier l'application de ces "
                "durées. Questions : délégué à la protection des données, {name} ({email}).",
            ),
            ("Suppression",
                "Les documents papier sont détruits par un prestataire certifié ; les "
                "sauvegardes sont écrasées sous {days} jours.",
            ),
        ),
        "works_council": (
            ("Réunion d'information",
                "Le CSE invite l'ensemble des salariés à une réunion d'information le {date} à "
                "14 h en salle {n}. Le temps de réunion est considéré comme du temps de travail.",
            ),
            ("Élections professionnelles",
                "Les élections des membres du CSE auront lieu du {date} au {date2}. Les listes "
                "de candidats doivent être déposées avant le {date}.",
            ),
            ("Permanences",
                "Les élus tiennent une permanence le mardi de 12 h à 14 h. Vous pouvez aussi "
                "nous écrire à {email}.",
            ),
            ("Activités sociales",
                "Les chèques-vacances et la billetterie sont disponibles sur le portail du CSE. "
                "Les demandes de participation aux activités sportives doivent être envoyées "
                "avant le {date2}.",
            ),
        ),
    },
    "nl": {
        "guide_nda": (
            ("Wat is een NDA?",
                "Een geheimhoudingsovereenkomst (non-disclosure agreement, NDA) legt vast welke "
                "informatie vertrouwelijk is en wat de ontvanger ermee mag doen. Bij een "
                "wederzijdse NDA zijn beide partijen gebonden.",
                "Met een NDA spreek je af dat bepaalde informatie niet aan anderen wordt "
                "doorgegeven. Je gebruikt hem bijvoorbeeld bij gesprekken over een samenwerking "
                "of een overname.",
            ),
            ("Wanneer kies je een wederzijdse NDA?",
                "Als beide partijen gevoelige informatie delen, bijvoorbeeld bij een gezamenlijk "
                "ontwikkelproject. Deel alleen jij informatie, dan volstaat meestal een "
                "eenzijdige NDA.",
            ),
            ("Waar moet je op letten?",
                "- Is duidelijk omschreven wat vertrouwelijk is?\n- Is openbare informatie "
                "uitgezonderd?\n- Hoe lang geldt de geheimhouding?\n- Is er een boete opgenomen "
                "en is die redelijk?\n- Welk recht is van toepassing?",
                "Let vooral op de looptijd: twee tot vijf jaar is gebruikelijk voor zakelijke "
                "informatie.",
            ),
            ("Veelgemaakte fouten",
                "Veel bedrijven tekenen het model van de andere partij zonder het te lezen en "
                "ontdekken later een relatiebeding of een hoge boete. Ook worden stukken vaak al "
                "gedeeld voordat de NDA getekend is.",
            ),
        ),
        "guide_takedown": (
            ("Voordat je begint",
                "Controleer of jij de rechthebbende bent of namens de rechthebbende mag "
                "optreden. Leg bewijs vast: de URL, gedateerde screenshots en een bewijs van je "
                "origineel.",
            ),
            ("Wat moet er in het verzoek staan?",
                "Een goed verwijderverzoek bevat:\n- je naam en contactgegevens\n- een "
                "omschrijving van het beschermde werk\n- de precieze URL van het inbreukmakende "
                "materiaal\n- de reden waarom het materiaal onrechtmatig is\n- een verklaring "
                "dat je gegevens juist zijn",
            ),
            ("Naar wie stuur je het?",
                "Grote platforms hebben een meldformulier. Bij kleinere websites vind je de "
                "hostingpartij via een WHOIS-opzoeking. Veel Nederlandse hostingbedrijven volgen "
                "de Gedragscode Notice-and-Take-Down.",
            ),
            ("En dan?",
                "De hostingpartij beoordeelt de melding en verwijdert het materiaal als het "
                "onmiskenbaar onrechtmatig is. Gebeurt er na {days} dagen niets, dan kun je een "
                "advocaat inschakelen.",
            ),
        ),
        "guide_terms": (
            ("Waarom nieuwe voorwaarden?",
                "We hebben onze algemene voorwaarden korter en begrijpelijker gemaakt en "
                "aangepast aan nieuwe regels. De meeste wijzigingen zijn redactioneel.",
            ),
            ("Wat verandert er?",
                "- Artikel 4: prijzen worden hooguit één keer per jaar aangepast\n- Artikel 8: "
                "de opzegtermijn wordt {n} dagen\n- Artikel 11: nieuwe regels over het "
                "exporteren van je gegevens\n- Elk artikel begint met een korte samenvatting",
            ),
            ("Wat moet je doen?",
                "Niets. De nieuwe versie geldt vanaf {date}. De vorige versie vind je in ons "
                "archief: https://{site}/voorwaarden-archief.",
            ),
            ("Vragen?",
                "Mail ons via {email}. We kunnen helaas geen persoonlijk juridisch advies geven.",
            ),
        ),
        "faq_clauses": (
            ("Waarom staat er een relatiebeding in de overeenkomst?",
                "Een relatiebeding voorkomt dat een partij actief klanten of medewerkers van de "
                "andere partij wegkaapt, meestal tot 12 maanden na afloop van de opdracht. Het "
                "beschermt de investering die beide partijen in hun relaties hebben gedaan.",
            ),
            ("Waarvoor dient een aansprakelijkheidsbeperking?",
                "Die beperkt het bedrag dat de ene partij van de andere kan vorderen, vaak tot "
                "het factuurbedrag van de laatste 12 maanden. Bij opzet of bewuste roekeloosheid "
                "geldt de beperking niet.",
            ),
            ("Wat betekent overmacht?",
                "Overmacht gaat over omstandigheden die geen van beide partijen in de hand "
                "heeft, zoals natuurrampen. De verplichtingen worden dan opgeschort zolang de "
                "situatie duurt.",
            ),
            ("Heb ik een verwerkersovereenkomst nodig?",
                "Ja, als een leverancier persoonsgegevens voor jou verwerkt. Artikel 28 AVG "
                "verplicht dan tot schriftelijke afspraken.",
            ),
            ("Is een digitale handtekening geldig?",
                "Voor de meeste zakelijke overeenkomsten wel. Voor sommige akten gelden "
                "strengere vormvereisten.",
            ),
        ),
        "statutes": (
            ("Naam en zetel",
                "De vereniging draagt de naam {club}. Zij heeft haar zetel in de gemeente {city}.",
            ),
            ("Doel",
                "De vereniging heeft ten doel het bevorderen van sport, cultuur en ontmoeting in "
                "{city} en omgeving. Zij beoogt niet het maken van winst.",
            ),
            ("Leden",
                "Leden kunnen zijn natuurlijke personen die de doelstelling van de vereniging "
                "onderschrijven. Het bestuur beslist over de toelating.",
            ),
            ("Einde lidmaatschap",
                "Het lidmaatschap eindigt door opzegging, ontzetting of overlijden. Opzegging "
                "geschiedt schriftelijk met inachtneming van een termijn van {n} weken tegen het "
                "einde van het verenigingsjaar.",
            ),
            ("Contributie",
                "De leden zijn gehouden tot het betalen van een jaarlijkse contributie, die door "
                "de algemene ledenvergadering wordt vastgesteld.",
            ),
            ("Bestuur",
                "Het bestuur bestaat uit ten minste drie meerderjarige personen, die door de "
                "algemene ledenvergadering uit de leden worden benoemd. Het bestuur kiest uit "
                "zijn midden een voorzitter, een secretaris en een penningmeester.",
            ),
            ("Algemene ledenvergadering",
                "Jaarlijks, binnen zes maanden na afloop van het verenigingsjaar, wordt een "
                "algemene ledenvergadering gehouden. De oproeping geschiedt ten minste {days} "
                "dagen van tevoren, met vermelding van de agenda.",
            ),
            ("Statutenwijziging",
                "Een besluit tot wijziging van de statuten kan slechts worden genomen met een "
                "meerderheid van ten minste twee derde van de uitgebrachte stemmen.",
            ),
            ("Ontbinding",
                "Bij ontbinding wordt een batig saldo besteed aan een doel dat zo veel mogelijk "
                "overeenkomt met het doel van de vereniging.",
            ),
        ),
        "orders": (
            ("Algemeen",
                "Dit huishoudelijk reglement is een aanvulling op de statuten van {club} en "
                "geldt voor alle leden.",
            ),
            ("Lidmaatschap",
                "Aanmelding als lid gebeurt via het inschrijfformulier op de website. Het "
                "lidmaatschap loopt per verenigingsjaar.",
            ),
            ("Gebruik van de banen",
                "De banen zijn geopend van 8.00 tot 22.00 uur. Banen worden online afgeschreven, "
                "maximaal {n} dagen vooruit. Introducés spelen alleen samen met een lid.",
            ),
            ("Gedrag",
                "Leden gedragen zich sportief en respectvol. Bij ernstig wangedrag kan het "
                "bestuur een schorsing opleggen.",
            ),
            ("Vergaderingen",
                "Stemmingen gebeuren bij handopsteken, tenzij een lid om een schriftelijke "
                "stemming vraagt.",
            ),
            ("Wijziging",
                "Dit reglement is vastgesteld door de algemene ledenvergadering van {date}.",
            ),
        ),
        "csirt": (
            ("1. Documentinformatie",
                "Dit document beschrijft {team} volgens RFC 2350.",
            ),
            ("1.1 Datum laatste wijziging",
                "Versie {version}, {date}.",
            ),
            ("1.2 Vindplaats",
                "De actuele versie staat op https://{site}/csirt/rfc2350.txt.",
            ),
            ("2. Contactgegevens",),
            ("2.1 Naam van het team",
                "{team} – het Computer Security Incident Response Team van {org}.",
            ),
            ("2.2 Adres",
                "{address}",
            ),
            ("2.3 Tijdzone",
                "Europe/Amsterdam (CET/CEST)",
            ),
            ("2.4 Telefoonnummer",
                "{phone}",
            ),
            ("2.5 E-mailadres",
                "{email}",
            ),
            ("2.6 Publieke sleutels en versleuteling",
                "Key-ID: 0x{keyid}\nFingerprint: {fingerprint}",
            ),
            ("2.7 Bereikbaarheid",
                "Maandag tot en met vrijdag van 9.00 tot 17.00 uur. Buiten kantoortijd is er een "
                "piketdienst voor kritieke incidenten.",
            ),
            ("3. Charter",),
            ("3.1 Missie",
                "{team} beschermt de informatiesystemen van {org} en coördineert de afhandeling "
                "van beveiligingsincidenten.",
            ),
            ("3.2 Doelgroep",
                "De doelgroep van {team} bestaat uit alle medewerkers, dochterondernemingen en "
                "IT-systemen van {org}.",
            ),
            ("4. Beleid",),
            ("4.1 Soorten incidenten",
                "{team} behandelt alle soorten beveiligingsincidenten binnen de doelgroep. De "
                "mate van ondersteuning hangt af van de ernst van het incident.",
            ),
            ("4.2 Samenwerking en informatiedeling",
                "Informatie over incidenten wordt gedeeld volgens het need-to-know-principe en "
                "het Traffic Light Protocol.",
            ),
            ("5. Diensten",),
            ("5.1 Incidentrespons",
                "- triage en analyse\n- coördinatie met betrokken partijen\n- advies over herstel",
            ),
            ("5.2 Proactieve diensten",
                "Beveiligingsadviezen, kwetsbaarheidsscans en bewustwordingstrainingen.",
            ),
            ("6. Incidenten melden",
                "Meld incidenten per e-mail aan {email} met je contactgegevens, de betrokken "
                "systemen, een beschrijving en tijdstippen met tijdzone.",
            ),
        ),
        "disclosure": (
            ("Inleiding",
                "Bij {org} vinden we de veiligheid van onze systemen erg belangrijk. Heb je een "
                "kwetsbaarheid gevonden? Meld het ons dan zo snel mogelijk.",
            ),
            ("Hoe meld je een kwetsbaarheid?",
                "Mail je bevindingen naar {email}, bij voorkeur versleuteld met onze "
                "PGP-sleutel. Beschrijf het probleem, de stappen om het te reproduceren en de "
                "mogelijke impact.",
            ),
            ("Wat vragen we van je?",
                "- misbruik het probleem niet en bekijk of wijzig geen gegevens van anderen\n- "
                "deel het probleem niet met anderen totdat het is opgelost\n- voer geen DDoS- of "
                "social-engineeringaanvallen uit",
            ),
            ("Wat mag je van ons verwachten?",
                "We reageren binnen {days} werkdagen met onze beoordeling en een verwachte datum "
                "voor de oplossing. Als je je aan de voorwaarden van dit beleid houdt, doen we "
                "geen aangifte.",
            ),
            ("Beloning",
                "Afhankelijk van de ernst van het lek kunnen we je als dank een beloning geven, "
                "bijvoorbeeld een cadeaubon of een vermelding in onze hall of fame.",
            ),
        ),
        "accessibility": (
            ("Inleiding",
                "{org} wil dat iedereen {site} kan gebruiken. Wij streven ernaar te voldoen aan "
                "de Web Content Accessibility Guidelines (WCAG) 2.1 niveau AA.",
            ),
            ("Nalevingsstatus",
                "De website voldoet gedeeltelijk aan de eisen. De onderstaande onderdelen zijn "
                "nog niet toegankelijk.",
            ),
            ("Niet-toegankelijke inhoud",
                "- sommige oudere pdf-bestanden zijn niet toegankelijk voor schermlezers\n- niet "
                "alle video's hebben ondertiteling\n- enkele formulieren zijn lastig met het "
                "toetsenbord te bedienen",
            ),
            ("Opstelling van deze verklaring",
                "Deze verklaring is opgesteld op {date} op basis van een onderzoek door een "
                "externe partij.",
            ),
            ("Contact",
                "Loop je tegen een probleem aan? Neem contact op met {name} via {email} of "
                "{phone}. We reageren binnen {days} dagen.",
            ),
        ),
        "slavery": (
            ("Inleiding",
                "{org} respecteert de mensenrechten in de eigen organisatie en in de keten, in "
                "lijn met de OESO-richtlijnen voor multinationale ondernemingen.",
            ),
            ("Risico's in onze keten",
                "Wij kopen vooral elektronica, textiel en logistieke diensten in. De grootste "
                "risico's liggen bij arbeidsomstandigheden en werktijden bij toeleveranciers.",
            ),
            ("Maatregelen",
                "- gedragscode voor leveranciers\n- jaarlijkse risicoanalyse\n- audits bij "
                "leveranciers met een verhoogd risico\n- training van inkopers",
            ),
            ("Klachtenmechanisme",
                "Meldingen over misstanden kunnen anoniem worden gedaan via "
                "https://{site}/melden.",
            ),
            ("Resultaten",
                "In {year} zijn {n} leveranciers beoordeeld. Deze verklaring is op {date} door "
                "de directie goedgekeurd.",
            ),
        ),
        "subprocessors": (
            ("Inleiding",
                "{org} maakt gebruik van de volgende subverwerkers. Zij verwerken "
                "persoonsgegevens uitsluitend voor het genoemde doel.",
            ),
            ("Wijzigingen",
                "Nieuwe subverwerkers kondigen we ten minste {days} dagen vooraf aan. Dit "
                "overzicht is bijgewerkt op {date}.",
            ),
            ("Waarborgen",
                "Doorgiften buiten de EER vinden plaats op basis van de "
                "standaardcontractbepalingen van de Europese Commissie.",
            ),
        ),
        "transparency": (
            ("Over dit rapport",
                "In dit rapport staat hoeveel verzoeken om gegevens en om verwijdering van "
                "content {org} in {year} van overheden ontving.",
            ),
            ("Onze werkwijze",
                "Elk verzoek wordt juridisch getoetst. Te brede verzoeken zonder wettelijke "
                "grondslag wijzen we af. Betrokken gebruikers worden geïnformeerd als dat "
                "wettelijk mag.",
            ),
        ),
        "travel": (
            ("Voor wie geldt deze regeling?",
                "Deze regeling geldt voor alle medewerkers van {org} die voor hun werk reizen.",
            ),
            ("Reizen boeken",
                "Boek treinen, vluchten en hotels via het reisportaal. De trein heeft de "
                "voorkeur voor reizen tot vier uur. Vluchten worden in economy class geboekt.",
            ),
            ("Overnachtingen",
                "Hotelkosten worden vergoed tot {limit} per nacht, inclusief ontbijt.",
            ),
            ("Kilometervergoeding",
                "Voor zakelijke kilometers met de eigen auto ontvang je de onbelaste "
                "kilometervergoeding.",
            ),
            ("Declareren",
                "Dien je declaratie binnen {days} dagen na terugkomst in via de declaratie-app, "
                "met de bonnetjes. Bedragen boven {limit} worden door je leidinggevende "
                "goedgekeurd.",
            ),
        ),
        "remote": (
            ("Uitgangspunten",
                "Medewerkers kunnen in overleg met hun leidinggevende maximaal {weekdays} dagen "
                "per week thuiswerken.",
            ),
            ("Bereikbaarheid",
                "Tussen 10.00 en 15.00 uur ben je bereikbaar voor je team. Daarbuiten deel je je "
                "tijd zelf in.",
            ),
            ("Thuiswerkvergoeding",
                "Je ontvangt een thuiswerkvergoeding per gewerkte thuiswerkdag en eenmalig "
                "maximaal {limit} voor een bureau of stoel.",
            ),
            ("Informatiebeveiliging",
                "- vergrendel je scherm als je wegloopt\n- gebruik altijd de VPN\n- print geen "
                "vertrouwelijke documenten thuis",
            ),
            ("Werken vanuit het buitenland",
                "Werken vanuit het buitenland kan alleen na toestemming van HR, in verband met "
                "belasting en sociale zekerheid.",
            ),
        ),
        "retention": (
            ("Doel",
                "In dit overzicht staat hoe lang {org} gegevens bewaart. Na afloop van de "
                "termijn worden de gegevens verwijderd of geanonimiseerd.",
            ),
            ("Verantwoordelijkheid",
                "Elke afdeling heeft een contactpersoon die de termijnen jaarlijks controleert. "
                "Vragen? Neem contact op met de functionaris gegevensbescherming, {name} "
                "({email}).",
            ),
            ("Vernietiging",
                "Papieren dossiers worden door een gecertificeerd bedrijf vernietigd; back-ups "
                "worden binnen {days} dagen overschreven.",
            ),
        ),
        "works_council": (
            ("Personeelsbijeenkomst",
                "De ondernemingsraad nodigt alle medewerkers uit voor de personeelsbijeenkomst "
                "op {date} om 14.00 uur in de kantine.",
            ),
            ("Verkiezingen",
                "De OR-verkiezingen vinden plaats van {date} tot {date2}. Kandidaten kunnen zich "
                "tot {date} aanmelden bij de verkiezingscommissie.",
            ),
            ("Instemmingsverzoek",
                "De directie heeft de OR om instemming gevraagd voor het nieuwe roosterbeleid. "
                "Heb je opmerkingen? Laat het ons vóór {date2} weten.",
            ),
            ("Spreekuur",
                "Het OR-spreekuur is elke dinsdag van 12.00 tot 13.00 uur in ruimte {n}. Je kunt "
                "ons ook mailen via {email}.",
            ),
        ),
    },
}
