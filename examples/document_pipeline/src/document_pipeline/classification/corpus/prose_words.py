"""Sentences of everyday documents that are none of the three types: memos, reports, minutes,
newsletters, press releases, CVs, job ads, policies, statutes and personal letters."""

from __future__ import annotations

TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"memo": ("MEMO", "Internal memo", "Memorandum", "Notice to all staff"),
           "report": ("Quarterly report Q{n}", "Annual Report {year}", "Project status report",
                      "Market analysis", "Incident post-mortem"),
           "minutes": ("Minutes of the board meeting", "Meeting notes", "Team meeting – notes",
                       "Minutes of the works council"),
           "newsletter": ("Newsletter", "Monthly update", "What's new in {month}"),
           "press": ("PRESS RELEASE", "For immediate release", "News"),
           "cv": ("Curriculum Vitae", "CV", "Résumé"),
           "job": ("Job vacancy", "We are hiring", "Job description"),
           "policy": ("Travel expense policy", "Information security policy", "Privacy notice",
                      "Code of conduct", "Cookie policy"),
           "statute": ("Extract from the Companies Act 2006", "Regulation (EU) 2016/679, "
                       "Article {n}", "Consumer Rights Act 2015 – Part 1"),
           "letter": ("", "Re: your letter of {date}", "Change of address", "Invitation")},
    "de": {"memo": ("Hausmitteilung", "Interne Mitteilung", "Aushang"),
           "report": ("Quartalsbericht Q{n}", "Geschäftsbericht {year}", "Projektstatusbericht",
                      "Prüfbericht"),
           "minutes": ("Protokoll der Sitzung", "Besprechungsprotokoll", "Protokoll der "
                       "Gesellschafterversammlung"),
           "newsletter": ("Newsletter", "Neuigkeiten im {month}"),
           "press": ("PRESSEMITTEILUNG", "Pressemitteilung"),
           "cv": ("Lebenslauf",), "job": ("Stellenausschreibung", "Wir suchen Verstärkung"),
           "policy": ("Reisekostenrichtlinie", "Datenschutzerklärung", "Hausordnung"),
           "statute": ("Bürgerliches Gesetzbuch (BGB) § {n}", "Auszug aus dem HGB",
                       "Umsatzsteuergesetz § 14 Ausstellung von Rechnungen"),
           "letter": ("", "Ihr Schreiben vom {date}", "Adressänderung", "Einladung")},
    "fr": {"memo": ("Note de service", "Note interne", "Communication interne"),
           "report": ("Rapport trimestriel T{n}", "Rapport annuel {year}", "Compte rendu "
                      "d'activité"),
           "minutes": ("Procès-verbal de l'assemblée générale", "Compte rendu de réunion"),
           "newsletter": ("Lettre d'information", "Les actualités de {month}"),
           "press": ("COMMUNIQUÉ DE PRESSE",), "cv": ("Curriculum vitae",),
           "job": ("Offre d'emploi", "Nous recrutons"),
           "policy": ("Politique de confidentialité", "Règlement intérieur",
                      "Politique relative aux cookies"),
           "statute": ("Code civil – Article {n}", "Code de commerce, article L441-9",
                       "Extrait du Code général des impôts"),
           "letter": ("", "Objet : votre courrier du {date}", "Changement d'adresse")},
    "nl": {"memo": ("Interne memo", "Mededeling aan alle medewerkers"),
           "report": ("Kwartaalrapportage Q{n}", "Jaarverslag {year}", "Voortgangsrapportage"),
           "minutes": ("Notulen van de vergadering", "Verslag teamoverleg",
                       "Notulen ondernemingsraad"),
           "newsletter": ("Nieuwsbrief", "Nieuws van {month}"),
           "press": ("PERSBERICHT",), "cv": ("Curriculum vitae",),
           "job": ("Vacature", "Wij zoeken een collega"),
           "policy": ("Privacyverklaring", "Huisregels", "Reiskostenregeling"),
           "statute": ("Burgerlijk Wetboek Boek 7, artikel {n}", "Uittreksel Wet op de "
                       "omzetbelasting 1968"),
           "letter": ("", "Betreft: uw brief van {date}", "Adreswijziging", "Uitnodiging")},
}
SENTENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "memo": ("The office will be closed on {date} for maintenance.", "Please clear your "
                 "desks by Friday; the cleaners start on Monday.", "Parking on level -2 is "
                 "reserved for visitors from next week.", "The fire drill takes place at 10:30.",
                 "All staff must complete the security awareness training by the end of the "
                 "month.", "New coffee machines have been installed on every floor."),
        "report": ("Revenue grew by {pct}% compared with the same quarter last year.",
                   "Customer churn decreased to {pct}%.", "The project is on track; two "
                   "milestones slipped by a week.", "Headcount rose to {n} employees.",
                   "Operating costs were in line with budget.", "We recommend investing in "
                   "automation of the warehouse.", "Key risks: supply chain delays and "
                   "currency fluctuations."),
        "minutes": ("Present: {names}.", "Apologies: {name}.", "1. Approval of the minutes of "
                    "the previous meeting – approved.", "2. Budget {year}: the treasurer "
                    "presented the draft.", "Action: {name} to circulate the revised plan.",
                    "Next meeting: {date}.", "AOB: none."),
        "newsletter": ("Welcome to this month's newsletter!", "Meet our new team members.",
                       "Our summer party takes place on {date}.", "Read our latest blog post on "
                       "remote work.", "Unsubscribe | Manage preferences | View in browser",
                       "Follow us on LinkedIn."),
        "press": ("{company} today announced the opening of a new office in {city}.",
                  "The company expects to create {n} new jobs.", "\"We are thrilled\", said "
                  "{name}, CEO.", "About {company}: founded in {year}, the company employs {n} "
                  "people.", "Media contact: press@{domain}"),
        "cv": ("Work experience", "Education", "Skills: Python, SQL, project management",
               "Languages: English (native), German (fluent)", "{year}–present: Senior "
               "analyst, {company}", "MSc Economics, University of {city}", "References "
               "available on request."),
        "job": ("We are looking for a motivated {role} to join our team in {city}.",
                "Your tasks: ", "Your profile: at least 3 years of experience.",
                "We offer: flexible working hours, 30 days of holiday, a company pension.",
                "Apply by sending your CV to jobs@{domain}."),
        "policy": ("This policy applies to all employees and contractors.", "Economy class "
                   "travel is required for flights under 6 hours.", "Personal data is "
                   "processed in accordance with the GDPR.", "Passwords must be at least 12 "
                   "characters long.", "Violations may lead to disciplinary action."),
        "statute": ("(1) Every company must keep adequate accounting records.", "(2) The "
                    "records must be sufficient to show and explain the company's "
                    "transactions.", "(3) A person guilty of an offence is liable to a fine.",
                    "For the purposes of this section, \"controller\" means the natural or "
                    "legal person which determines the purposes of processing."),
        "letter": ("Thank you for your letter of {date}.", "I am writing to let you know "
                   "that we have moved to a new address.", "We would be delighted if you could "
                   "join us for our anniversary reception.", "I look forward to hearing from "
                   "you.", "Please update your records accordingly."),
    },
    "de": {
        "memo": ("Das Büro bleibt am {date} wegen Wartungsarbeiten geschlossen.", "Bitte räumen "
                 "Sie Ihre Schreibtische bis Freitag.", "Die Brandschutzübung findet um 10:30 "
                 "Uhr statt.", "Alle Mitarbeitenden müssen die Datenschutzschulung bis "
                 "Monatsende abschließen."),
        "report": ("Der Umsatz stieg im Vergleich zum Vorjahresquartal um {pct} %.",
                   "Die Zahl der Mitarbeitenden stieg auf {n}.", "Das Projekt liegt im Plan.",
                   "Die Kosten bewegten sich im Rahmen des Budgets."),
        "minutes": ("Anwesend: {names}.", "Entschuldigt: {name}.", "TOP 1: Genehmigung des "
                    "Protokolls – einstimmig angenommen.", "TOP 2: Haushalt {year}.",
                    "Aufgabe: {name} verschickt den überarbeiteten Plan.", "Nächste Sitzung: "
                    "{date}."),
        "newsletter": ("Willkommen zu unserem Newsletter!", "Unser Sommerfest findet am {date} "
                       "statt.", "Abmelden | Einstellungen | Im Browser ansehen"),
        "press": ("{company} eröffnet einen neuen Standort in {city}.", "Es entstehen {n} neue "
                  "Arbeitsplätze.", "„Wir freuen uns sehr“, sagt {name}, Geschäftsführer.",
                  "Pressekontakt: presse@{domain}"),
        "cv": ("Berufserfahrung", "Ausbildung", "Kenntnisse: SAP, Excel, Projektmanagement",
               "Sprachen: Deutsch (Muttersprache), Englisch (verhandlungssicher)",
               "seit {year}: Sachbearbeiterin Buchhaltung, {company}"),
        "job": ("Wir suchen zum nächstmöglichen Zeitpunkt eine/n {role} (m/w/d) in {city}.",
                "Ihre Aufgaben:", "Ihr Profil:", "Wir bieten: 30 Tage Urlaub, Homeoffice.",
                "Bewerbungen bitte an jobs@{domain}."),
        "policy": ("Diese Richtlinie gilt für alle Mitarbeitenden.", "Bahnfahrten sind in der "
                   "2. Klasse anzutreten.", "Personenbezogene Daten werden gemäß DSGVO "
                   "verarbeitet."),
        "statute": ("(1) Führt der Unternehmer eine Lieferung aus, ist er berechtigt, eine "
                    "Rechnung auszustellen.", "(2) Eine Rechnung muss folgende Angaben "
                    "enthalten:", "(3) Die Vorschriften gelten entsprechend.",
                    "Durch den Kaufvertrag wird der Verkäufer einer Sache verpflichtet, dem "
                    "Käufer die Sache zu übergeben."),
        "letter": ("vielen Dank für Ihr Schreiben vom {date}.", "hiermit teilen wir Ihnen "
                   "mit, dass wir umgezogen sind.", "Wir laden Sie herzlich zu unserem "
                   "Jubiläum ein.", "Bitte passen Sie Ihre Unterlagen entsprechend an."),
    },
    "fr": {
        "memo": ("Les bureaux seront fermés le {date}.", "Merci de libérer vos bureaux avant "
                 "vendredi.", "L'exercice d'évacuation aura lieu à 10 h 30."),
        "report": ("Le chiffre d'affaires a progressé de {pct} %.", "L'effectif atteint {n} "
                   "salariés.", "Le projet respecte le calendrier."),
        "minutes": ("Présents : {names}.", "Excusé : {name}.", "1. Approbation du procès-verbal"
                    " – adopté à l'unanimité.", "Prochaine réunion : {date}."),
        "newsletter": ("Bienvenue dans notre lettre d'information !", "Se désabonner"),
        "press": ("{company} annonce l'ouverture d'un nouveau site à {city}.", "Contact presse "
                  ": presse@{domain}"),
        "cv": ("Expérience professionnelle", "Formation", "Langues : français, anglais",
               "Depuis {year} : comptable, {company}"),
        "job": ("Nous recherchons un(e) {role} pour notre site de {city}.", "Vos missions :",
                "Envoyez votre candidature à rh@{domain}."),
        "policy": ("Cette politique s'applique à tous les collaborateurs.", "Les données "
                   "personnelles sont traitées conformément au RGPD."),
        "statute": ("Toute personne qui cause à autrui un dommage est tenue de le réparer.",
                    "Les factures doivent mentionner la date de règlement.",
                    "Le présent article est applicable aux contrats en cours."),
        "letter": ("Nous accusons réception de votre courrier du {date}.", "Nous vous "
                   "informons de notre changement d'adresse.", "Nous avons le plaisir de vous "
                   "inviter à notre anniversaire."),
    },
    "nl": {
        "memo": ("Het kantoor is op {date} gesloten wegens onderhoud.", "De "
                 "ontruimingsoefening vindt plaats om 10.30 uur."),
        "report": ("De omzet steeg met {pct}% ten opzichte van vorig jaar.", "Het aantal "
                   "medewerkers steeg naar {n}.", "Het project ligt op schema."),
        "minutes": ("Aanwezig: {names}.", "Afwezig met kennisgeving: {name}.", "1. Vaststellen "
                    "notulen – vastgesteld.", "Actiepunt: {name} stuurt het plan rond.",
                    "Volgende vergadering: {date}."),
        "newsletter": ("Welkom bij onze nieuwsbrief!", "Afmelden | Voorkeuren"),
        "press": ("{company} opent een nieuwe vestiging in {city}.", "Noot voor de redactie: "
                  "pers@{domain}"),
        "cv": ("Werkervaring", "Opleiding", "Talen: Nederlands, Engels, Duits",
               "{year}–heden: projectleider, {company}"),
        "job": ("Wij zoeken een {role} voor onze vestiging in {city}.", "Wat ga je doen?",
                "Solliciteren via werken@{domain}."),
        "policy": ("Deze regeling geldt voor alle medewerkers.", "Persoonsgegevens worden "
                   "verwerkt volgens de AVG."),
        "statute": ("Huur is de overeenkomst waarbij de ene partij zich verbindt aan de andere "
                    "partij een zaak in gebruik te verstrekken.", "De ondernemer reikt een "
                    "factuur uit voor leveringen aan andere ondernemers."),
        "letter": ("Hartelijk dank voor uw brief van {date}.", "Hierbij laten wij u weten dat "
                   "wij zijn verhuisd.", "Graag nodigen wij u uit voor onze receptie."),
    },
}
ROLES = ("accountant", "software engineer", "Buchhalter", "warehouse operative",
         "sales manager", "chef de projet", "office manager", "data analyst")
