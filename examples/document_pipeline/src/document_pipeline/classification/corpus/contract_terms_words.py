"""How online terms and standard-terms agreements say things, per language.

Two families of contracts the classic two-party pools lack: the terms of a website, app or
online service, written to "you" by "we", and the cover-page-plus-standard-terms agreements that
open template projects publish. A topic is (key, headings, bodies); a body's paragraphs are
separated by newlines, a body ending in ":" is followed by a list, "**" marks bold in markdown.
Placeholders in capitals ({COMPANY}) take the upper-cased value, for all-caps paragraphs.
"""

from __future__ import annotations

Topic = tuple[str, tuple[str, ...], tuple[str, ...]]

# Invented brands; the generator also uses the shared name stems.
BRANDS = ("Quillo", "Tandemly", "Parcelo", "Brisklane", "Nimbara", "Vellumio", "Orbisk", "Kantoo",
          "Fieldnote", "Pactly", "Loomwise", "Stratavo", "Hivebyte", "Mapleflow", "Clearpost",
          "Tesselo", "Dunlin", "Ravelry Works", "Plinthly", "Sorrelia", "Corvida", "Brioche Labs",
          "Latticor", "Nordlys", "Zwaluw", "Klarfeld", "Bonjourly", "Ondivo", "Heliotrope",
          "Pixelmoor", "Trellix Studio", "Quayside", "Umbra", "Wendeltrap", "Fennec")
SUFFIXES = {"hosting": ("Cloud", "Host", "Stack", "Servers"),
            "saas": ("Desk", "Hub", "Works", "Sync", "One", "Planner", "Books"),
            "marketplace": ("Market", "Bazaar", "Exchange", "Trade"),
            "ads": ("Ads", "Reach", "Promote", "Audience"),
            "api": ("API", "Connect", "Developers", "Platform"),
            "app": ("App", "Go", "Pocket", "Mobile")}
SERVICE_KINDS = tuple(SUFFIXES)
SERVICES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"hosting": ("web hosting platform", "managed cloud hosting service",
                       "virtual server platform"),
           "saas": ("project management software", "online invoicing tool",
                    "team collaboration platform", "customer support software",
                    "online booking system"),
           "marketplace": ("online marketplace for handmade goods", "B2B marketplace for spare "
                           "parts", "marketplace for freelance services"),
           "ads": ("self-service advertising platform", "digital advertising network"),
           "api": ("developer API for address validation", "payments API", "translation API",
                   "geocoding and maps API"),
           "app": ("mobile fitness app", "note-taking app", "language-learning app",
                   "parking app")},
    "de": {"hosting": ("Webhosting-Plattform", "Managed-Cloud-Hosting", "Server-Plattform"),
           "saas": ("Projektmanagement-Software", "Online-Buchhaltung", "Kollaborationsplattform",
                    "Terminbuchungssoftware"),
           "marketplace": ("Online-Marktplatz für Handwerkswaren", "B2B-Marktplatz für "
                           "Ersatzteile"),
           "ads": ("Self-Service-Werbeplattform", "Werbenetzwerk"),
           "api": ("Programmierschnittstelle (API) zur Adressprüfung", "Zahlungs-API"),
           "app": ("Fitness-App", "Notiz-App", "Park-App")},
    "fr": {"hosting": ("plateforme d'hébergement web", "service d'hébergement cloud"),
           "saas": ("logiciel de gestion de projet", "outil de facturation en ligne",
                    "plateforme collaborative", "logiciel de prise de rendez-vous"),
           "marketplace": ("place de marché en ligne d'objets artisanaux", "place de marché "
                           "B2B de pièces détachées"),
           "ads": ("plateforme publicitaire en libre-service", "régie publicitaire en ligne"),
           "api": ("API de validation d'adresses", "API de paiement"),
           "app": ("application mobile de sport", "application de prise de notes")},
    "nl": {"hosting": ("webhostingplatform", "managed cloudhosting"),
           "saas": ("projectmanagementsoftware", "online facturatieprogramma",
                    "samenwerkingsplatform", "online reserveringssysteem"),
           "marketplace": ("online marktplaats voor handgemaakte producten", "B2B-marktplaats "
                           "voor onderdelen"),
           "ads": ("self-service advertentieplatform", "online advertentienetwerk"),
           "api": ("API voor adresvalidatie", "betaal-API"),
           "app": ("fitness-app", "notitie-app", "parkeer-app")},
}
CYCLES = {"en": ("monthly", "annual", "monthly or annual"), "de": ("monatlich", "jährlich"),
          "fr": ("mensuelle", "annuelle"), "nl": ("maand", "jaar", "kwartaal")}
EMAIL_LOCALS = {"en": ("legal", "support", "terms", "hello", "contact", "help"),
                "de": ("recht", "support", "kontakt", "info", "service"),
                "fr": ("juridique", "support", "contact", "bonjour", "service-client"),
                "nl": ("juridisch", "support", "contact", "klantenservice", "info")}
# (governing law, courts) for English-language terms.
LAWS_EN = (("the State of California", "San Francisco County, California"),
           ("the State of Delaware", "Wilmington, Delaware"),
           ("England and Wales", "London, England"), ("Ireland", "Dublin, Ireland"),
           ("the State of New York", "New York County, New York"),
           ("the Province of Ontario", "Toronto, Ontario"), ("Scotland", "Edinburgh"),
           ("the State of Washington", "King County, Washington"))

ONLINE_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"any": ("Terms of Service", "Terms of Use", "{product} Terms of Service",
                   "User Agreement", "Customer Terms", "Terms and Conditions",
                   "TERMS OF SERVICE", "{company} Terms of Use", "Subscription Terms",
                   "Platform Terms", "Acceptable Use Terms", "Website Terms of Use",
                   "{product} User Agreement", "General Terms of Service"),
           "marketplace": ("Seller Terms", "Marketplace Terms of Service", "Buyer and Seller "
                           "Terms"),
           "ads": ("Advertising Terms", "{product} Advertiser Terms"),
           "api": ("Developer Terms", "API Terms of Use", "{product} Developer Agreement"),
           "hosting": ("Hosting Terms of Service", "Cloud Customer Terms"),
           "saas": ("SaaS Subscription Terms", "Customer Terms of Service"),
           "app": ("App Terms of Use", "End User Terms")},
    "de": {"any": ("Nutzungsbedingungen", "Allgemeine Geschäftsbedingungen (AGB)",
                   "Allgemeine Geschäftsbedingungen", "AGB", "Nutzungsbedingungen für "
                   "{product}", "Allgemeine Nutzungsbedingungen", "AGB der {legal_entity}",
                   "Allgemeine Geschäfts- und Nutzungsbedingungen"),
           "marketplace": ("Bedingungen für Verkäufer", "Marktplatz-Nutzungsbedingungen"),
           "ads": ("Werbebedingungen", "Allgemeine Geschäftsbedingungen für Werbekunden"),
           "api": ("Nutzungsbedingungen für Entwickler", "API-Nutzungsbedingungen"),
           "hosting": ("AGB Hosting", "Besondere Bedingungen für Hosting-Leistungen"),
           "saas": ("AGB für Software as a Service", "Nutzungsbedingungen Cloud-Software"),
           "app": ("Nutzungsbedingungen der App", "Endnutzer-Lizenzbedingungen")},
    "fr": {"any": ("Conditions générales d'utilisation", "Conditions générales d'utilisation "
                   "(CGU)", "CGU", "Conditions générales de vente", "Conditions générales de "
                   "vente et d'utilisation", "Conditions d'utilisation de {product}",
                   "CONDITIONS GÉNÉRALES D'UTILISATION", "Conditions générales de service"),
           "marketplace": ("Conditions générales des vendeurs", "CGU de la place de marché"),
           "ads": ("Conditions générales de publicité",),
           "api": ("Conditions d'utilisation de l'API", "Conditions développeurs"),
           "hosting": ("Conditions générales d'hébergement",),
           "saas": ("Conditions générales d'abonnement", "Conditions générales de vente SaaS"),
           "app": ("Conditions d'utilisation de l'application",)},
    "nl": {"any": ("Algemene voorwaarden", "Gebruiksvoorwaarden", "Algemene voorwaarden van "
                   "{legal_entity}", "Gebruiksvoorwaarden {product}", "ALGEMENE VOORWAARDEN",
                   "Algemene gebruiks- en leveringsvoorwaarden", "Servicevoorwaarden"),
           "marketplace": ("Verkopersvoorwaarden", "Voorwaarden marktplaats"),
           "ads": ("Advertentievoorwaarden",),
           "api": ("API-gebruiksvoorwaarden", "Voorwaarden voor ontwikkelaars"),
           "hosting": ("Hostingvoorwaarden", "Algemene voorwaarden hosting"),
           "saas": ("Abonnementsvoorwaarden", "Algemene voorwaarden SaaS"),
           "app": ("Gebruiksvoorwaarden app", "Licentievoorwaarden eindgebruiker")},
}

ONLINE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "updated": ("Last updated: {date}", "Last updated {date}", "Effective date: {date}",
                    "Effective as of {date}", "Version {v}, last revised {date}",
                    "Updated: {date}", "These Terms were last modified on {date}.",
                    "_Last updated: {date}_"),
        "intro": (
            "These Terms of Service (\"Terms\") govern your access to and use of the websites, "
            "apps and services provided by {legal_entity} (\"{company}\", \"we\", \"us\" or "
            "\"our\"), including {product} (together, the \"Services\"). By accessing or using "
            "the Services you agree to be bound by these Terms. If you do not agree, do not use "
            "the Services.",
            "Welcome to {product}! These terms form a legally binding agreement between you and "
            "{legal_entity}. Please read them carefully: by creating an account, clicking \"I "
            "agree\" or otherwise using the Services, you accept them.",
            "Thanks for choosing {product}, the {service} operated by {legal_entity}. This "
            "agreement sets out the rules that apply when you use our Services. It includes an "
            "agreement to resolve disputes by arbitration and a waiver of class actions, which "
            "you will find further below.",
            "These terms (the **\"Terms\"**) are an agreement between you and {company}. They "
            "apply whenever you visit our website, use {product} or buy a subscription. If you "
            "accept these Terms on behalf of a company or other legal entity, you confirm that "
            "you have authority to bind it, and \"you\" means that entity.",
            "These Customer Terms apply to every order placed with {legal_entity} for {product}. "
            "Where an Order Form and these Customer Terms conflict, the Order Form prevails. By "
            "signing an Order Form or using the Services, the Customer agrees to these Terms.",
            "By accessing or using {product} (the \"Service\") you agree to these Terms of Use "
            "and to any additional terms that apply to particular features. We may refer to "
            "{legal_entity} as \"we\" or \"us\" and to you, the user, as \"you\".",
            "{product} is a {service} provided by {legal_entity}, {address_line}. The following "
            "terms apply to all users of the platform. You must accept them before you can "
            "register."),
        "caps": ("PLEASE READ THESE TERMS CAREFULLY BEFORE USING THE SERVICES. THEY CONTAIN A "
                 "BINDING ARBITRATION CLAUSE AND A CLASS ACTION WAIVER THAT AFFECT YOUR RIGHTS.",
                 "IMPORTANT: BY USING THE SERVICES YOU AGREE TO THESE TERMS. IF YOU DO NOT "
                 "AGREE, YOU MAY NOT ACCESS OR USE THE SERVICES.",
                 "THESE TERMS LIMIT OUR LIABILITY TO YOU. SEE THE SECTION \"LIMITATION OF "
                 "LIABILITY\" BELOW."),
        "toc": ("Contents", "Table of contents", "TABLE OF CONTENTS", "In these Terms",
                "Overview"),
        "footer": ("© {year} {legal_entity}. All rights reserved.",
                   "{legal_entity} · {address_line}",
                   "Questions? {email}", "Previous versions of these Terms are available on "
                   "request."),
        "accept": ("By clicking \"Accept\" or by using the Services, you confirm that you have "
                   "read, understood and agree to these Terms.",
                   "[ ] I have read and accept the Terms of Service.",
                   "Thank you for reading. By continuing, you agree to be bound by these Terms."),
        "continued": ("(continued)", "…", "[...]", "Page {page} of {pages}",
                      "— continued from previous page —"),
        "heading": ("{n}. {h}", "{n} {h}", "Section {n}. {h}", "{n}. {H}", "{n}) {h}",
                    "Section {n} – {h}"),
    },
}

ONLINE_EN: tuple[Topic, ...] = (
    ("eligibility", ("Who may use the Services", "Eligibility", "Who can use {product}"), (
        "You may use the Services only if you are at least {age} years old and can form a "
        "binding contract with {company}. If you use the Services on behalf of a company or "
        "other organisation, you represent that you have authority to bind that organisation to "
        "these Terms, and \"you\" refers to that organisation.",
        "The Services are intended for business use. You must be at least {age}, must not be "
        "barred from receiving the Services under the laws of any applicable jurisdiction, and "
        "must not have had an account with us terminated for a breach of these Terms.")),
    ("account", ("Your account", "Accounts and security", "Registration"), (
        "To use most features you need an account. You agree to give us accurate information "
        "when you sign up and to keep it up to date. You are responsible for everything that "
        "happens under your account, so keep your password secret and tell us at {email} "
        "straight away if you think someone has accessed your account without permission.",
        "Each login is for a single named user. You may not share credentials or allow more "
        "people to use a subscription than the number of seats you have paid for.\nWe are not "
        "liable for any loss caused by unauthorised use of your account where you failed to "
        "keep your credentials secure.")),
    ("content", ("Your content", "Your content and the licence you grant us", "User Content"), (
        "**\"Your Content\"** means any data, text, files, images or other material you upload "
        "to or create with the Services. You keep all rights in Your Content. You grant "
        "{company} a worldwide, non-exclusive, royalty-free licence to host, copy, process, "
        "transmit and display Your Content only as needed to provide, secure and improve the "
        "Services.",
        "You are solely responsible for the content you post and confirm that you own it or "
        "have all the rights needed to post it.\nWe do not review content before it is "
        "published, but we may remove or disable access to any content that we reasonably "
        "believe breaches these Terms or the law, and we may keep copies where the law requires "
        "us to.")),
    ("use", ("Acceptable use", "Acceptable Use Policy", "Rules of conduct", "Things you must not "
             "do"), (
        "You agree not to misuse the Services. In particular, you will not, and will not help "
        "anyone else to:",
        "When using {product} you must comply with all applicable laws and with this section. "
        "Without our prior written consent you must not:",
        "We want {product} to be safe and reliable for everyone. If you break the rules below "
        "we may remove content, limit features or suspend your account. You may not:")),
    ("fees", ("Fees, payment and renewal", "Payment", "Subscriptions and billing", "Fees"), (
        "Some parts of the Services are offered for a fee. Unless your order says otherwise, "
        "subscriptions are billed in advance on a {cycle} basis and renew automatically for "
        "successive periods of the same length until cancelled.\nYou can cancel at any time in "
        "your account settings; cancellation takes effect at the end of the current billing "
        "period and fees already paid are non-refundable except where the law requires "
        "otherwise.",
        "You authorise us to charge your chosen payment method for all fees and applicable "
        "taxes. If a payment fails, we may suspend access to paid features after giving you at "
        "least {days} days' notice. We may change our prices on {notice_days} days' notice; the "
        "new price applies from your next renewal.",
        "All fees are stated exclusive of VAT and other taxes, which you must pay in addition. "
        "Invoices are due within {days} days. Overdue amounts may accrue interest at 1% per "
        "month, and we may recover reasonable collection costs.")),
    ("trial", ("Free trials and beta features", "Trials", "Beta features"), (
        "We may offer a free trial of {trial} days. At the end of the trial your subscription "
        "converts to a paid plan at the then-current price unless you cancel before the trial "
        "ends.\nBeta features are provided for evaluation only, may be changed or withdrawn at "
        "any time and are excluded from any service commitment.",)),
    ("third", ("Third-party services", "Links and third-party services", "Integrations"), (
        "The Services may link to or integrate with websites, apps or services operated by "
        "third parties. We do not control them and are not responsible for their content, "
        "availability or practices. Your use of a third-party service is governed by that third "
        "party's own terms, and any data you choose to share with it is shared at your own "
        "risk.",)),
    ("ip", ("Our intellectual property", "Ownership", "Licence to use the Services"), (
        "The Services, including all software, designs, text, logos and trademarks, are owned "
        "by {company} or its licensors and are protected by intellectual property laws. Subject "
        "to these Terms, we grant you a limited, non-exclusive, non-transferable, revocable "
        "right to use the Services for your internal purposes. All rights not expressly granted "
        "are reserved.",
        "Nothing in these Terms transfers ownership of {product} to you. If you send us ideas, "
        "suggestions or other feedback, we may use them without restriction and without any "
        "obligation to you.")),
    ("termination", ("Termination", "Suspension and termination", "Ending these Terms"), (
        "You may stop using the Services and close your account at any time. We may suspend or "
        "terminate your access, with or without notice, if you materially breach these Terms, "
        "if we are required to do so by law, or if your use creates a security risk or could "
        "expose us or others to liability.\nOn termination your right to use the Services ends "
        "immediately. Provisions that by their nature should survive termination will survive, "
        "including ownership, disclaimers, limitations of liability and dispute resolution.",
        "Either of us may end this agreement on {notice_days} days' written notice. After "
        "termination we will make Your Content available for export for {days} days, after "
        "which we may delete it. We will not refund prepaid fees if we terminate because you "
        "breached these Terms.")),
    ("disclaimer", ("Disclaimers", "Disclaimer of warranties", "No warranties"), (
        "THE SERVICES ARE PROVIDED \"AS IS\" AND \"AS AVAILABLE\", WITHOUT WARRANTY OF ANY "
        "KIND. TO THE FULLEST EXTENT PERMITTED BY LAW, {COMPANY} DISCLAIMS ALL WARRANTIES, "
        "EXPRESS OR IMPLIED, INCLUDING IMPLIED WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
        "PARTICULAR PURPOSE, TITLE AND NON-INFRINGEMENT. WE DO NOT WARRANT THAT THE SERVICES "
        "WILL BE UNINTERRUPTED, SECURE OR ERROR-FREE.",
        "We provide the Services with reasonable care and skill, but we do not promise that "
        "they will always be available, meet your specific needs or be free of errors. Except "
        "as expressly set out in these Terms, we make no warranties about the Services, whether "
        "express or implied.")),
    ("liability", ("Limitation of liability", "Our liability to you", "Liability"), (
        "TO THE MAXIMUM EXTENT PERMITTED BY LAW, IN NO EVENT WILL {COMPANY} OR ITS AFFILIATES "
        "BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR "
        "ANY LOSS OF PROFITS, REVENUE, DATA OR GOODWILL, ARISING OUT OF OR RELATING TO THESE "
        "TERMS OR THE SERVICES. OUR TOTAL LIABILITY FOR ALL CLAIMS WILL NOT EXCEED THE GREATER "
        "OF {AMOUNT} OR THE AMOUNTS YOU PAID US IN THE {MONTHS} MONTHS BEFORE THE EVENT GIVING "
        "RISE TO THE CLAIM.",
        "Nothing in these Terms limits liability for death or personal injury caused by "
        "negligence, for fraud, or for anything else that cannot be limited by law.\nSubject to "
        "that, we are not responsible for losses that were not foreseeable, for business losses, "
        "or for losses caused by events outside our reasonable control, and our total liability "
        "to you is limited to the fees you paid in the {months} months before the claim "
        "arose.")),
    ("indemnity", ("Indemnification", "Indemnity", "Your responsibility for claims"), (
        "You will defend, indemnify and hold harmless {company}, its affiliates and their "
        "officers, employees and agents from any claims, damages, losses and expenses "
        "(including reasonable legal fees) arising out of Your Content, your use of the Services "
        "in breach of these Terms, or your violation of any law or third-party right.",)),
    ("changes", ("Changes to these Terms", "Modifications", "Updates to the Terms"), (
        "We may update these Terms from time to time. If a change is material, we will give "
        "you at least {notice_days} days' notice by email or through the Services before it "
        "takes effect. By continuing to use the Services after the effective date of the "
        "revised Terms, you agree to be bound by them. If you do not agree, you must stop using "
        "the Services.",
        "The \"Last updated\" date shows when these Terms were last changed. Changes will not "
        "apply retroactively, and changes required by law or made for security reasons may "
        "take effect immediately.")),
    ("law", ("Governing law and disputes", "Dispute resolution", "Arbitration and class action "
             "waiver", "Governing law"), (
        "These Terms are governed by the laws of {law}, without regard to its conflict-of-laws "
        "rules. Any dispute arising out of or relating to these Terms or the Services will be "
        "resolved exclusively in the courts located in {courts}, and both parties submit to the "
        "personal jurisdiction of those courts.",
        "PLEASE READ THIS SECTION CAREFULLY. Except for small-claims matters, any dispute "
        "between you and {company} will be resolved by binding individual arbitration rather "
        "than in court. YOU AND {COMPANY} EACH WAIVE THE RIGHT TO A JURY TRIAL AND TO TAKE PART "
        "IN A CLASS ACTION OR REPRESENTATIVE PROCEEDING.\nYou may opt out of this arbitration "
        "agreement by writing to {email} within 30 days of first accepting these Terms.",
        "If you live in the European Union or the United Kingdom, you may also bring "
        "proceedings in the courts of the country where you live, and nothing in these Terms "
        "affects your rights as a consumer under mandatory local law.")),
    ("general", ("General", "Miscellaneous", "Entire agreement and other terms"), (
        "These Terms are the entire agreement between you and {company} regarding the Services "
        "and supersede any prior agreements. If any provision is held unenforceable, the rest "
        "will remain in effect. Our failure to enforce a provision is not a waiver.\nYou may "
        "not assign these Terms without our consent; we may assign them in connection with a "
        "merger, acquisition or sale of assets. Notices to you may be sent to the email address "
        "associated with your account.",)),
    ("privacy", ("Privacy", "Personal data"), (
        "Our Privacy Policy explains how we collect and use personal data. It is not part of "
        "these Terms, but where you upload personal data of others to the Services you are "
        "responsible for having a lawful basis to do so, and our Data Processing Addendum "
        "applies.",)),
    ("contact", ("Contact", "Contact us", "How to reach us"), (
        "If you have any questions about these Terms, please contact us at {email} or write to "
        "{legal_entity}, {address_line}.",
        "{legal_entity}\n{address_block}\nEmail: {email}",
        "Notices under these Terms must be sent to {email}, with a copy by post to "
        "{legal_entity}, Attn: Legal Department, {address_line}.")),
)
SERVICE_EN: dict[str, Topic] = {
    "hosting": ("hosting", ("Resources and fair use", "Hosting plans"), (
        "Your plan includes the storage, bandwidth and compute limits shown on our pricing "
        "page. If your usage significantly exceeds those limits or degrades the platform for "
        "other customers, we may throttle your resources or ask you to upgrade.\nYou are "
        "responsible for backing up any websites, databases or files you host with us.",)),
    "saas": ("saas", ("Subscriptions and seats", "Your subscription"), (
        "Each subscription covers the plan and number of users you select. You may add users "
        "at any time, and they will be billed pro rata for the rest of the billing period. "
        "Downgrades take effect at the next renewal.",)),
    "marketplace": ("marketplace", ("Buying and selling on {product}", "Our role as a "
                                    "marketplace"), (
        "{product} is a venue that lets independent sellers offer goods and services to "
        "buyers. We are not a party to the contract between buyer and seller. Sellers are "
        "responsible for their listings, pricing, taxes and delivery, and we charge a commission "
        "of {pct}% on each completed sale.",)),
    "ads": ("ads", ("Ads and campaigns", "Advertising"), (
        "You are responsible for all ads you submit, including targeting choices and landing "
        "pages. We may reject or remove any ad at our discretion. Charges are calculated from "
        "our own measurements of impressions and clicks, which are final, and budgets are not "
        "guaranteed to be spent in full.",)),
    "api": ("api", ("API keys and rate limits", "Use of the API"), (
        "To access the API you must register an application and obtain credentials. Keep your "
        "API keys confidential; you are responsible for all calls made with them. We may set "
        "and enforce limits on the number of requests, and you must not try to get around "
        "them.\nWe may change or deprecate endpoints on {notice_days} days' notice.",)),
    "app": ("app", ("Licence to use the app", "Mobile app"), (
        "We grant you a personal, non-transferable licence to install and use the app on "
        "devices you own or control. The terms of the app store you downloaded it from also "
        "apply; the app store provider is not responsible for the app or for supporting it.",)),
}
PROHIBITED_EN = (
    "break the law or infringe anyone's intellectual property, privacy or other rights",
    "upload viruses, malware or any other harmful code",
    "probe, scan or test the vulnerability of the Services or circumvent security measures",
    "send spam, chain letters or unsolicited bulk messages",
    "resell, sublicense or rent the Services without our permission",
    "reverse engineer or decompile any part of the Services, except where the law allows it",
    "scrape or collect data from the Services by automated means",
    "impersonate any person or misrepresent your affiliation with anyone",
    "use the Services to develop a competing product",
    "interfere with or overload our infrastructure",
    "post content that is unlawful, defamatory, harassing or hateful",
    "access the Services from a sanctioned country or on behalf of a sanctioned person",
)

ONLINE_WORDS_DE: dict[str, tuple[str, ...]] = {
    "updated": ("Stand: {date}", "Zuletzt aktualisiert am {date}", "Gültig ab {date}",
                "Version {v} – Stand {date}", "Fassung vom {date}", "_Stand: {date}_"),
    "intro": (
        "Diese Nutzungsbedingungen regeln die Nutzung von {product} ({service}), angeboten "
        "von der {legal_entity} (nachfolgend „{company}“, „wir“ oder „uns“). Mit der "
        "Registrierung oder der Nutzung des Dienstes erklären Sie sich mit diesen Bedingungen "
        "einverstanden. Wenn Sie nicht einverstanden sind, dürfen Sie den Dienst nicht "
        "nutzen.",
        "Willkommen bei {product}! Bitte lesen Sie die folgenden Bedingungen sorgfältig. Sie "
        "bilden einen rechtsverbindlichen Vertrag zwischen Ihnen und der {legal_entity}, "
        "{address_line}.",
        "Die nachstehenden Allgemeinen Geschäftsbedingungen gelten für sämtliche Verträge, die "
        "über die Website und die Apps von {company} geschlossen werden. Mit dem Anklicken der "
        "Schaltfläche „Jetzt kostenpflichtig abonnieren“ akzeptieren Sie diese AGB.",
        "Diese AGB gelten in ihrer zum Zeitpunkt der Bestellung gültigen Fassung. Ergänzend "
        "gelten die Leistungsbeschreibung und die Preisliste von {product}."),
    "caps": ("BITTE LESEN SIE DIESE BEDINGUNGEN SORGFÄLTIG, BEVOR SIE DEN DIENST NUTZEN.",
             "WICHTIG: DIESE BEDINGUNGEN ENTHALTEN HAFTUNGSBESCHRÄNKUNGEN."),
    "toc": ("Inhaltsverzeichnis", "Inhalt", "Übersicht"),
    "footer": ("© {year} {legal_entity}. Alle Rechte vorbehalten.",
               "{legal_entity} · {address_line}", "Fragen? Schreiben Sie uns an {email}.",
               "Diese AGB können Sie jederzeit unter Ihrem Kundenkonto abrufen und speichern."),
    "accept": ("Mit der Nutzung des Dienstes bestätigen Sie, diese Bedingungen gelesen und "
               "akzeptiert zu haben.", "[ ] Ich habe die AGB gelesen und akzeptiere sie."),
    "continued": ("(Fortsetzung)", "…", "[...]", "Seite {page} von {pages}"),
    "heading": ("§ {n} {h}", "§ {n} – {h}", "{n}. {h}", "{n} {h}", "Ziffer {n}: {h}"),
}
ONLINE_DE: tuple[Topic, ...] = (
    ("scope", ("Geltungsbereich", "Geltungsbereich und Anbieter", "Allgemeines"), (
        "Diese Bedingungen gelten für alle Verträge über die Nutzung von {product} (nachfolgend "
        "„Dienst“) zwischen der {legal_entity}, {address_line} (nachfolgend „{company}“) und "
        "Ihnen als Nutzer. Abweichende Bedingungen des Nutzers werden nicht "
        "Vertragsbestandteil, auch wenn wir ihnen nicht ausdrücklich widersprechen.",
        "Unsere Angebote richten sich ausschließlich an Unternehmer im Sinne des § 14 BGB. Mit "
        "der Registrierung bestätigen Sie, dass Sie den Dienst für Ihre gewerbliche oder "
        "selbständige berufliche Tätigkeit nutzen.")),
    ("account", ("Vertragsschluss und Registrierung", "Registrierung und Nutzerkonto",
                 "Ihr Konto"), (
        "Die Darstellung des Dienstes auf unserer Website stellt kein bindendes Angebot dar. "
        "Der Vertrag kommt zustande, wenn Sie das Registrierungsformular absenden, diesen "
        "Bedingungen zustimmen und wir Ihre Registrierung per E-Mail bestätigen. Sie müssen "
        "mindestens {age} Jahre alt sein.",
        "Sie sind verpflichtet, Ihre Zugangsdaten geheim zu halten und vor dem Zugriff Dritter "
        "zu schützen. Besteht der Verdacht eines Missbrauchs, müssen Sie uns unverzüglich unter "
        "{email} informieren.\nFür Handlungen, die unter Ihrem Konto vorgenommen werden, sind "
        "Sie verantwortlich, soweit Sie diese zu vertreten haben.")),
    ("content", ("Inhalte der Nutzer", "Nutzungsrechte an Ihren Inhalten", "Ihre Inhalte"), (
        "Sie behalten sämtliche Rechte an den Inhalten, die Sie in den Dienst hochladen. Sie "
        "räumen uns jedoch ein einfaches, weltweites und unentgeltliches Recht ein, diese "
        "Inhalte zu speichern, zu vervielfältigen und technisch zu verarbeiten, soweit dies für "
        "die Erbringung des Dienstes erforderlich ist. Dieses Recht endet mit der Löschung der "
        "Inhalte.",)),
    ("use", ("Pflichten des Nutzers", "Verbotene Nutzung", "Zulässige Nutzung"), (
        "Bei der Nutzung des Dienstes ist es insbesondere untersagt:",
        "Sie verpflichten sich, den Dienst nur im Rahmen der geltenden Gesetze zu nutzen. "
        "Verstoßen Sie gegen diese Pflicht, sind wir berechtigt, Inhalte zu entfernen und Ihren "
        "Zugang vorübergehend oder dauerhaft zu sperren. Weitere Ansprüche bleiben "
        "vorbehalten.")),
    ("fees", ("Preise und Zahlung", "Vergütung und Zahlungsbedingungen", "Entgelte"), (
        "Die Entgelte für kostenpflichtige Tarife ergeben sich aus der bei Vertragsschluss "
        "gültigen Preisliste. Alle Preise verstehen sich zuzüglich der gesetzlichen "
        "Umsatzsteuer.\nDie Entgelte werden {cycle} im Voraus fällig und per Lastschrift oder "
        "Kreditkarte eingezogen. Bei Zahlungsverzug von mehr als {days} Tagen sind wir "
        "berechtigt, den Zugang zu sperren.",
        "Wir sind berechtigt, die Preise mit einer Ankündigungsfrist von {notice_days} Tagen "
        "zum Beginn des nächsten Abrechnungszeitraums anzupassen. In diesem Fall steht Ihnen ein "
        "Sonderkündigungsrecht zum Zeitpunkt des Wirksamwerdens der Preisänderung zu.")),
    ("trial", ("Testphase", "Kostenloser Testzeitraum"), (
        "Neukunden können den Dienst {trial} Tage kostenlos testen. Die Testphase endet "
        "automatisch; ein kostenpflichtiges Abonnement entsteht nur, wenn Sie aktiv einen Tarif "
        "auswählen.",)),
    ("availability", ("Verfügbarkeit", "Verfügbarkeit und Wartung"), (
        "Wir bemühen uns, den Dienst möglichst unterbrechungsfrei bereitzustellen. Angestrebt "
        "wird eine Verfügbarkeit von {uptime} % im Jahresmittel; ausgenommen sind angekündigte "
        "Wartungsfenster sowie Störungen, die außerhalb unseres Einflussbereichs liegen.",)),
    ("third", ("Leistungen Dritter", "Inhalte und Dienste Dritter"), (
        "Soweit der Dienst Inhalte oder Funktionen Dritter einbindet, gelten hierfür ergänzend "
        "deren Bedingungen. Für Leistungen Dritter übernehmen wir keine Gewähr.",)),
    ("liability", ("Haftung", "Gewährleistung und Haftung", "Haftungsbeschränkung"), (
        "Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit sowie für Schäden aus der "
        "Verletzung des Lebens, des Körpers oder der Gesundheit.\nBei leicht fahrlässiger "
        "Verletzung einer wesentlichen Vertragspflicht (Kardinalpflicht) ist unsere Haftung auf "
        "den vertragstypischen, vorhersehbaren Schaden begrenzt. Im Übrigen ist die Haftung für "
        "leichte Fahrlässigkeit ausgeschlossen. Die Haftung nach dem Produkthaftungsgesetz "
        "bleibt unberührt.",
        "Für unentgeltlich bereitgestellte Funktionen haften wir nur für Vorsatz und grobe "
        "Fahrlässigkeit. Für den Verlust von Daten haften wir nur in dem Umfang, der bei "
        "ordnungsgemäßer und regelmäßiger Datensicherung durch den Nutzer entstanden wäre.")),
    ("indemnity", ("Freistellung", "Freistellung von Ansprüchen Dritter"), (
        "Sie stellen {company} von allen Ansprüchen Dritter frei, die diese wegen einer "
        "Verletzung ihrer Rechte durch von Ihnen eingestellte Inhalte oder durch Ihre Nutzung "
        "des Dienstes geltend machen. Sie übernehmen auch die angemessenen Kosten der "
        "Rechtsverteidigung einschließlich Gerichts- und Anwaltskosten.",)),
    ("termination", ("Laufzeit und Kündigung", "Vertragsdauer und Kündigung", "Sperrung und "
                     "Kündigung"), (
        "Der Vertrag wird auf unbestimmte Zeit geschlossen und kann von beiden Seiten mit einer "
        "Frist von {notice_days} Tagen zum Ende des jeweiligen Abrechnungszeitraums gekündigt "
        "werden. Bezahlte Abonnements verlängern sich automatisch um den gewählten Zeitraum, "
        "sofern sie nicht rechtzeitig gekündigt werden.\nDas Recht zur Kündigung aus wichtigem "
        "Grund bleibt unberührt. Die Kündigung bedarf der Textform.",
        "Wir können Ihr Konto sperren, wenn konkrete Anhaltspunkte dafür bestehen, dass Sie "
        "gegen diese Bedingungen oder geltendes Recht verstoßen. Nach Vertragsende stellen wir "
        "Ihre Daten noch {days} Tage zum Export bereit und löschen sie anschließend.")),
    ("changes", ("Änderungen dieser Bedingungen", "Änderung der AGB"), (
        "Wir können diese Bedingungen mit Wirkung für die Zukunft ändern, wenn dafür ein "
        "triftiger Grund besteht, etwa eine geänderte Rechtslage oder neue Funktionen. Über "
        "Änderungen informieren wir Sie mindestens {notice_days} Tage vor ihrem Inkrafttreten "
        "per E-Mail.\nWidersprechen Sie nicht innerhalb dieser Frist, gelten die Änderungen als "
        "angenommen; auf diese Folge weisen wir in der Mitteilung gesondert hin.",)),
    ("withdrawal", ("Widerrufsrecht für Verbraucher", "Widerrufsbelehrung"), (
        "Verbraucher haben ein gesetzliches Widerrufsrecht. Sie können Ihre Vertragserklärung "
        "innerhalb von 14 Tagen ohne Angabe von Gründen widerrufen. Die Frist beginnt mit "
        "Vertragsschluss. Zur Wahrung der Frist genügt die rechtzeitige Absendung des Widerrufs "
        "an {email}.",)),
    ("privacy", ("Datenschutz",), (
        "Informationen zur Verarbeitung personenbezogener Daten finden Sie in unserer "
        "Datenschutzerklärung. Soweit wir Daten in Ihrem Auftrag verarbeiten, schließen die "
        "Parteien einen gesonderten Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO.",)),
    ("law", ("Schlussbestimmungen", "Anwendbares Recht und Gerichtsstand", "Streitbeilegung"), (
        "Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts. "
        "Ist der Nutzer Kaufmann, juristische Person des öffentlichen Rechts oder "
        "öffentlich-rechtliches Sondervermögen, ist ausschließlicher Gerichtsstand {city}.\n"
        "Sollten einzelne Bestimmungen unwirksam sein, bleibt die Wirksamkeit der übrigen "
        "Bestimmungen unberührt.",
        "Wir sind nicht bereit und nicht verpflichtet, an einem Streitbeilegungsverfahren vor "
        "einer Verbraucherschlichtungsstelle teilzunehmen. Es gilt österreichisches Recht; "
        "zwingende Verbraucherschutzvorschriften des Staates, in dem Sie Ihren gewöhnlichen "
        "Aufenthalt haben, bleiben unberührt.")),
    ("contact", ("Kontakt", "Anbieter und Kontakt"), (
        "Fragen zu diesen Bedingungen richten Sie bitte an {email} oder schriftlich an "
        "{legal_entity}, {address_line}.",
        "{legal_entity}\n{address_block}\nE-Mail: {email}")),
)
SERVICE_DE: dict[str, Topic] = {
    "hosting": ("hosting", ("Ressourcen und Fair Use", "Hosting-Leistungen"), (
        "Der gewählte Tarif umfasst den in der Leistungsbeschreibung genannten Speicherplatz "
        "und Datentransfer. Beeinträchtigt Ihre Nutzung die Stabilität unserer Systeme, dürfen "
        "wir die Ressourcen drosseln. Für die Sicherung Ihrer Daten sind Sie selbst "
        "verantwortlich.",)),
    "saas": ("saas", ("Leistungsumfang", "Nutzerlizenzen"), (
        "Der Umfang der Leistungen ergibt sich aus dem gebuchten Tarif. Zusätzliche Nutzer "
        "können jederzeit hinzugebucht werden und werden anteilig abgerechnet. Eine Überlassung "
        "der Software zur Installation erfolgt nicht.",)),
    "marketplace": ("marketplace", ("Rolle von {company} als Marktplatz", "Verkäufe über den "
                                    "Marktplatz"), (
        "{product} stellt lediglich die technische Plattform bereit. Kaufverträge kommen "
        "ausschließlich zwischen Käufer und Verkäufer zustande. Für jeden erfolgreichen Verkauf "
        "berechnen wir dem Verkäufer eine Provision von {pct} % des Bruttoverkaufspreises.",)),
    "ads": ("ads", ("Werbeanzeigen", "Kampagnen"), (
        "Sie sind für Inhalt und Ausrichtung Ihrer Anzeigen allein verantwortlich. Wir können "
        "Anzeigen ohne Angabe von Gründen ablehnen. Abgerechnet wird auf Grundlage der von uns "
        "gemessenen Impressionen und Klicks.",)),
    "api": ("api", ("API-Schlüssel und Nutzungslimits", "Nutzung der API"), (
        "Für den Zugriff auf die API benötigen Sie einen API-Schlüssel, den Sie vertraulich "
        "behandeln müssen. Wir können die Zahl der Anfragen begrenzen. Änderungen an "
        "Schnittstellen kündigen wir mindestens {notice_days} Tage im Voraus an.",)),
    "app": ("app", ("Lizenz zur Nutzung der App", "Nutzung der App"), (
        "Wir räumen Ihnen ein einfaches, nicht übertragbares Recht ein, die App auf Ihren "
        "eigenen Geräten zu installieren und zu nutzen. Ergänzend gelten die Bedingungen des "
        "jeweiligen App-Stores.",)),
}
PROHIBITED_DE = (
    "rechtswidrige, beleidigende oder diskriminierende Inhalte zu veröffentlichen",
    "Schadsoftware oder Viren hochzuladen",
    "Sicherheitsmechanismen des Dienstes zu umgehen oder Schwachstellen zu testen",
    "Werbung oder Spam ohne Einwilligung der Empfänger zu versenden",
    "den Dienst ohne unsere Zustimmung an Dritte weiterzuverkaufen oder zu vermieten",
    "Daten mittels automatisierter Verfahren (Scraping) auszulesen",
    "sich als eine andere Person auszugeben",
    "Urheber-, Marken- oder sonstige Schutzrechte Dritter zu verletzen",
    "die Infrastruktur übermäßig zu belasten",
    "den Quellcode zu dekompilieren, soweit dies nicht gesetzlich erlaubt ist",
)

ONLINE_WORDS_FR: dict[str, tuple[str, ...]] = {
    "updated": ("Dernière mise à jour : {date}", "En vigueur au {date}", "Version du {date}",
                "Version {v} – applicable à compter du {date}", "Mise à jour le {date}"),
    "intro": (
        "Les présentes conditions générales d'utilisation (les « CGU ») ont pour objet de "
        "définir les modalités et conditions dans lesquelles {legal_entity} (« {company} », "
        "« nous ») met à la disposition des utilisateurs le service {product} ({service}), "
        "ainsi que les droits et obligations des parties.",
        "Bienvenue sur {product} ! En accédant au service ou en l'utilisant, vous acceptez "
        "sans réserve les présentes conditions. Si vous ne les acceptez pas, vous devez "
        "renoncer à utiliser le service.",
        "Le site et les applications {product} sont édités par {legal_entity}, dont le siège "
        "social est situé {address_line}. Toute commande passée sur le site implique "
        "l'adhésion entière et sans réserve de l'acheteur aux présentes conditions générales "
        "de vente.",
        "Les présentes conditions s'appliquent à tout abonnement souscrit auprès de "
        "{legal_entity}. Elles prévalent sur tout autre document, sauf conditions "
        "particulières acceptées par écrit par {company}."),
    "caps": ("VEUILLEZ LIRE ATTENTIVEMENT LES PRÉSENTES CONDITIONS AVANT D'UTILISER LE "
             "SERVICE.",),
    "toc": ("Sommaire", "Table des matières", "SOMMAIRE"),
    "footer": ("© {year} {legal_entity}. Tous droits réservés.",
               "{legal_entity} – {address_line}",
               "Pour toute question : {email}"),
    "accept": ("En cochant la case « J'accepte les CGU », l'Utilisateur reconnaît avoir lu et "
               "accepté les présentes conditions.",
               "[ ] J'ai lu et j'accepte les conditions générales."),
    "continued": ("(suite)", "…", "[...]", "Page {page}/{pages}"),
    "heading": ("Article {n} – {h}", "Article {n}. {h}", "ARTICLE {n} : {H}", "{n}. {h}",
                "Art. {n} – {h}"),
}
ONLINE_FR: tuple[Topic, ...] = (
    ("scope", ("Objet", "Objet et champ d'application", "Mentions légales"), (
        "Les présentes CGU ont pour objet d'encadrer l'accès et l'utilisation du service "
        "{product} par l'Utilisateur. Elles constituent un contrat entre {legal_entity}, "
        "{address_line}, et toute personne qui utilise le service.",)),
    ("acceptance", ("Acceptation des conditions", "Acceptation des CGU", "Opposabilité"), (
        "L'utilisation du service emporte acceptation pleine et entière des présentes CGU. "
        "Lors de la création de son compte, l'Utilisateur accepte les CGU en cochant la case "
        "prévue à cet effet. Si l'Utilisateur n'accepte pas tout ou partie des CGU, il doit "
        "renoncer à utiliser le service.",)),
    ("account", ("Accès au service et inscription", "Compte utilisateur", "Identifiants"), (
        "Le service est accessible à toute personne physique âgée d'au moins {age} ans ou à "
        "toute personne morale agissant par l'intermédiaire d'un représentant habilité. "
        "L'Utilisateur s'engage à fournir des informations exactes lors de son inscription et "
        "à les maintenir à jour.",
        "Les identifiants de connexion sont personnels et confidentiels. Vous êtes seul "
        "responsable de leur conservation et de toute utilisation de votre compte.\nEn cas de "
        "perte ou d'utilisation frauduleuse, vous devez nous en informer sans délai à "
        "l'adresse {email}.")),
    ("content", ("Contenus publiés par l'Utilisateur", "Licence sur vos contenus"), (
        "Vous conservez l'ensemble des droits sur les contenus que vous publiez. Vous concédez "
        "à {company}, pour la durée de votre inscription et pour le monde entier, une licence "
        "non exclusive et gratuite d'hébergement, de reproduction et de représentation de ces "
        "contenus, aux seules fins de l'exploitation du service.",)),
    ("use", ("Obligations de l'Utilisateur", "Usages interdits", "Règles d'utilisation"), (
        "Il est interdit à l'Utilisateur :",
        "L'Utilisateur s'engage à utiliser le service de manière loyale et conforme aux lois "
        "en vigueur. Tout manquement pourra entraîner la suppression des contenus concernés et "
        "la suspension du compte, sans préjudice de toute action en justice.")),
    ("fees", ("Conditions financières", "Prix et paiement", "Abonnement et facturation"), (
        "L'accès aux fonctionnalités payantes est soumis au paiement d'un abonnement dont le "
        "prix est indiqué sur la page Tarifs. L'abonnement est payable d'avance selon une "
        "périodicité {cycle} et reconduit tacitement pour une durée identique, sauf résiliation "
        "avant la date d'échéance.\nTout retard de paiement entraîne de plein droit "
        "l'application de pénalités de retard ainsi que d'une indemnité forfaitaire de 40 € "
        "pour frais de recouvrement.",
        "Les prix sont exprimés en euros hors taxes. {company} se réserve le droit de modifier "
        "ses tarifs moyennant un préavis de {notice_days} jours ; le nouveau tarif s'applique "
        "au renouvellement suivant.")),
    ("withdrawal", ("Droit de rétractation",), (
        "Conformément au Code de la consommation, le consommateur dispose d'un délai de "
        "quatorze jours à compter de la souscription pour exercer son droit de rétractation, "
        "sans avoir à justifier de motifs. Il lui suffit d'adresser sa demande à {email}.",)),
    ("ip", ("Propriété intellectuelle",), (
        "La structure générale du service, ainsi que les textes, graphismes, logiciels et "
        "marques qui le composent, sont la propriété exclusive de {company}. Toute "
        "reproduction ou représentation, totale ou partielle, sans autorisation expresse est "
        "interdite et constitue une contrefaçon.",)),
    ("liability", ("Responsabilité", "Limitation de responsabilité", "Disponibilité et "
                   "responsabilité"), (
        "{company} met en œuvre tous les moyens raisonnables pour assurer un accès continu au "
        "service, sans être tenue à aucune obligation de résultat. Sa responsabilité ne saurait "
        "être engagée en cas d'interruption pour maintenance, de force majeure ou de "
        "dysfonctionnement du réseau Internet.\nEn tout état de cause, la responsabilité de "
        "{company} est limitée au montant des sommes versées par l'Utilisateur au cours des "
        "{months} derniers mois.",
        "L'Utilisateur est seul responsable de l'usage qu'il fait du service et des contenus "
        "qu'il y publie. Il garantit {company} contre toute réclamation de tiers résultant "
        "d'un manquement aux présentes CGU.")),
    ("disclaimer", ("Exclusion de garantie", "Garanties"), (
        "LE SERVICE EST FOURNI « EN L'ÉTAT » ET SELON SA DISPONIBILITÉ. DANS TOUTE LA MESURE "
        "PERMISE PAR LA LOI, {COMPANY} EXCLUT TOUTE GARANTIE, EXPRESSE OU IMPLICITE, "
        "NOTAMMENT QUANT À L'ADÉQUATION DU SERVICE À UN USAGE PARTICULIER.",)),
    ("third", ("Liens et services tiers", "Services de tiers"), (
        "Le service peut contenir des liens vers des sites ou services édités par des tiers. "
        "{company} n'exerce aucun contrôle sur ces sites et décline toute responsabilité "
        "quant à leur contenu et à leurs conditions d'utilisation.",)),
    ("termination", ("Suspension et résiliation", "Durée et résiliation", "Résiliation"), (
        "L'Utilisateur peut résilier son compte à tout moment depuis son espace personnel. En "
        "cas de manquement grave aux présentes CGU, {company} se réserve le droit de suspendre "
        "ou de supprimer le compte de l'Utilisateur, après mise en demeure restée sans effet "
        "pendant {days} jours, sans préjudice de tous dommages et intérêts.",
        "Le contrat est conclu pour une durée indéterminée. Chaque partie peut y mettre fin "
        "moyennant un préavis de {notice_days} jours. À l'expiration du contrat, les données de "
        "l'Utilisateur restent disponibles à l'export pendant {days} jours.")),
    ("changes", ("Modification des CGU", "Évolution des conditions"), (
        "{company} se réserve le droit de modifier les présentes CGU à tout moment. Les "
        "Utilisateurs seront informés de toute modification substantielle au moins "
        "{notice_days} jours avant son entrée en vigueur. L'utilisation du service après cette "
        "date vaut acceptation des nouvelles CGU.",)),
    ("privacy", ("Données personnelles",), (
        "Le traitement des données personnelles est décrit dans notre politique de "
        "confidentialité. Lorsque {company} traite des données pour le compte du client "
        "professionnel, un accord de sous-traitance conforme à l'article 28 du RGPD est "
        "conclu entre les parties.",)),
    ("law", ("Droit applicable et litiges", "Loi applicable et juridiction compétente",
             "Règlement des différends"), (
        "Les présentes CGU sont régies par le droit français. En cas de litige, les parties "
        "rechercheront une solution amiable avant toute action judiciaire. À défaut, "
        "compétence exclusive est attribuée aux tribunaux de {city}, sous réserve des règles "
        "impératives applicables aux consommateurs.",
        "Conformément au Code de la consommation, l'Utilisateur consommateur peut recourir "
        "gratuitement à un médiateur de la consommation. Les présentes conditions sont "
        "soumises au droit belge ; les tribunaux de {city} sont seuls compétents.")),
    ("contact", ("Contact", "Nous contacter"), (
        "Pour toute question relative aux présentes conditions, vous pouvez nous écrire à "
        "{email} ou à l'adresse suivante : {legal_entity}, {address_line}.",
        "{legal_entity}\n{address_block}\nCourriel : {email}")),
)
SERVICE_FR: dict[str, Topic] = {
    "hosting": ("hosting", ("Ressources et usage raisonnable",), (
        "Chaque offre comprend l'espace de stockage et la bande passante indiqués sur la page "
        "Tarifs. En cas d'usage excessif affectant les autres clients, {company} peut limiter "
        "les ressources. Le Client reste responsable de la sauvegarde de ses données.",)),
    "saas": ("saas", ("Description du service", "Licences utilisateurs"), (
        "Le service est fourni en mode SaaS, sans installation. Le nombre d'utilisateurs "
        "autorisés correspond à l'offre souscrite ; tout utilisateur supplémentaire est "
        "facturé au prorata.",)),
    "marketplace": ("marketplace", ("Rôle de la place de marché",), (
        "{product} agit en qualité d'intermédiaire technique. Les contrats de vente sont "
        "conclus directement entre l'acheteur et le vendeur. Une commission de {pct} % du prix "
        "de vente est prélevée sur chaque transaction réalisée.",)),
    "ads": ("ads", ("Campagnes publicitaires",), (
        "L'Annonceur est seul responsable du contenu de ses annonces. {company} peut refuser "
        "toute annonce contraire à la loi ou à ses règles éditoriales. La facturation repose "
        "sur les statistiques d'affichage et de clics mesurées par {company}.",)),
    "api": ("api", ("Clés d'API et quotas",), (
        "L'accès à l'API nécessite une clé personnelle qui doit rester confidentielle. "
        "{company} peut fixer des quotas de requêtes et faire évoluer l'API moyennant un "
        "préavis de {notice_days} jours.",)),
    "app": ("app", ("Licence d'utilisation de l'application",), (
        "{company} concède à l'Utilisateur un droit personnel et non cessible d'installer "
        "l'application sur ses propres appareils. Les conditions de la boutique "
        "d'applications s'appliquent en complément.",)),
}
PROHIBITED_FR = (
    "de publier des contenus illicites, injurieux, diffamatoires ou discriminatoires",
    "d'introduire des virus ou tout autre code malveillant",
    "de tenter de contourner les mesures de sécurité du service",
    "d'envoyer des messages publicitaires non sollicités",
    "de revendre ou de louer l'accès au service sans autorisation",
    "d'extraire des données par des moyens automatisés",
    "d'usurper l'identité d'un tiers",
    "de porter atteinte aux droits de propriété intellectuelle de tiers",
    "de perturber le fonctionnement des serveurs",
)

ONLINE_WORDS_NL: dict[str, tuple[str, ...]] = {
    "updated": ("Laatst bijgewerkt: {date}", "Versie {v}, geldig vanaf {date}",
                "Datum: {date}", "Deze voorwaarden zijn voor het laatst gewijzigd op {date}.",
                "Ingangsdatum: {date}"),
    "intro": (
        "Deze voorwaarden zijn van toepassing op elk gebruik van {product} ({service}) en op "
        "iedere overeenkomst tussen {legal_entity} („{company}”, „wij”) en jou. Door een "
        "account aan te maken of de dienst te gebruiken, ga je akkoord met deze voorwaarden.",
        "Welkom bij {product}! Lees deze gebruiksvoorwaarden goed door. Ze vormen een "
        "bindende overeenkomst tussen jou en {legal_entity}, gevestigd aan {address_line}.",
        "Deze algemene voorwaarden gelden voor alle aanbiedingen, offertes en overeenkomsten "
        "van {legal_entity}, ingeschreven bij de Kamer van Koophandel onder nummer {kvk}.",
        "Je gaat akkoord met deze voorwaarden zodra je je registreert of de dienst op een "
        "andere manier gebruikt. Ga je niet akkoord, gebruik de dienst dan niet."),
    "caps": ("LEES DEZE VOORWAARDEN ZORGVULDIG DOOR VOORDAT JE DE DIENST GEBRUIKT.",),
    "toc": ("Inhoudsopgave", "Inhoud", "INHOUD"),
    "footer": ("© {year} {legal_entity}. Alle rechten voorbehouden.",
               "{legal_entity} | {address_line}", "Vragen? Mail naar {email}."),
    "accept": ("Door op „Akkoord” te klikken bevestig je dat je deze voorwaarden hebt gelezen "
               "en accepteert.", "[ ] Ik ga akkoord met de algemene voorwaarden."),
    "continued": ("(vervolg)", "…", "[...]", "Pagina {page} van {pages}"),
    "heading": ("Artikel {n} – {h}", "Artikel {n}. {h}", "{n}. {h}", "ARTIKEL {n} {H}",
                "{n} {h}"),
}
ONLINE_NL: tuple[Topic, ...] = (
    ("scope", ("Toepasselijkheid", "Algemeen", "Definities en toepasselijkheid"), (
        "Deze voorwaarden zijn van toepassing op elk gebruik van {product} en op iedere "
        "overeenkomst tussen {company} en de gebruiker. De toepasselijkheid van inkoop- of "
        "andere voorwaarden van de gebruiker wordt uitdrukkelijk van de hand gewezen.",
        "In deze voorwaarden wordt verstaan onder **Dienst**: de online dienst {product}; "
        "**Gebruiker**: iedere natuurlijke of rechtspersoon die een account aanmaakt; "
        "**Overeenkomst**: de afspraken tussen {company} en de Gebruiker, inclusief deze "
        "voorwaarden.")),
    ("eligibility", ("Wie mag de dienst gebruiken", "Registratie"), (
        "Je moet minimaal {age} jaar oud zijn om de dienst te gebruiken. Gebruik je de dienst "
        "namens een organisatie, dan verklaar je bevoegd te zijn om die organisatie aan deze "
        "voorwaarden te binden.",)),
    ("account", ("Account en inloggegevens", "Je account"), (
        "Je bent zelf verantwoordelijk voor het geheimhouden van je inloggegevens en voor alle "
        "activiteiten die via je account plaatsvinden. Vermoed je misbruik, meld dit dan direct "
        "via {email}.",)),
    ("content", ("Jouw content", "Inhoud van gebruikers"), (
        "Alle content die je uploadt blijft van jou. Je geeft ons een niet-exclusieve, "
        "kosteloze licentie om die content op te slaan, te kopiëren en te tonen voor zover dat "
        "nodig is om de dienst te leveren.\nJe staat ervoor in dat je de benodigde rechten hebt "
        "en dat je content geen inbreuk maakt op rechten van derden.",)),
    ("use", ("Gedragsregels", "Toegestaan gebruik", "Verboden gebruik"), (
        "Het is niet toegestaan om:",
        "Je gebruikt de dienst op een zorgvuldige manier en in overeenstemming met de wet. Bij "
        "overtreding mogen wij content verwijderen en je account (tijdelijk) blokkeren, zonder "
        "dat wij schadeplichtig worden.")),
    ("fees", ("Prijzen en betaling", "Tarieven en facturering"), (
        "De actuele prijzen staan op onze website en zijn exclusief btw, tenzij anders vermeld. "
        "Abonnementen worden vooraf per {cycle} gefactureerd en automatisch verlengd.\nBetaling "
        "dient te geschieden binnen {days} dagen na factuurdatum. Bij niet-tijdige betaling ben "
        "je van rechtswege in verzuim en mogen wij de toegang tot de dienst opschorten.",
        "Wij mogen onze tarieven jaarlijks aanpassen. Een prijsverhoging maken wij ten minste "
        "{notice_days} dagen van tevoren bekend.")),
    ("termination", ("Duur en opzegging", "Beëindiging", "Opschorting en beëindiging"), (
        "Een abonnement wordt aangegaan voor de gekozen periode en daarna stilzwijgend "
        "verlengd. Na de eerste periode kun je op elk moment opzeggen met een opzegtermijn van "
        "één maand.\nWij mogen de overeenkomst met onmiddellijke ingang beëindigen als je deze "
        "voorwaarden ernstig schendt.",
        "Na het einde van de overeenkomst kun je je gegevens nog {days} dagen exporteren. "
        "Daarna worden ze definitief verwijderd.")),
    ("availability", ("Beschikbaarheid en onderhoud", "Beschikbaarheid"), (
        "Wij spannen ons in om de dienst zo goed mogelijk beschikbaar te houden, maar kunnen "
        "niet garanderen dat deze altijd zonder onderbrekingen of fouten werkt. Gepland "
        "onderhoud kondigen wij waar mogelijk vooraf aan.",)),
    ("third", ("Diensten van derden",), (
        "De dienst kan koppelingen bevatten met diensten van derden. Op het gebruik daarvan "
        "zijn de voorwaarden van die derden van toepassing; wij zijn niet verantwoordelijk "
        "voor hun diensten.",)),
    ("ip", ("Intellectueel eigendom",), (
        "Alle intellectuele eigendomsrechten op de software, de website en de documentatie "
        "berusten bij {company} of haar licentiegevers. Je krijgt uitsluitend een beperkt, "
        "niet-overdraagbaar gebruiksrecht voor de duur van de overeenkomst.",)),
    ("liability", ("Aansprakelijkheid", "Beperking van aansprakelijkheid"), (
        "Onze aansprakelijkheid is beperkt tot vergoeding van directe schade en tot maximaal "
        "het bedrag dat je in de {months} maanden voorafgaand aan de schadeveroorzakende "
        "gebeurtenis aan ons hebt betaald.\nWij zijn nooit aansprakelijk voor indirecte schade, "
        "waaronder gevolgschade, gederfde winst en verlies van gegevens. Deze beperkingen "
        "gelden niet bij opzet of bewuste roekeloosheid.",
        "DE DIENST WORDT GELEVERD ZOALS DEZE IS („AS IS”). {COMPANY} GEEFT GEEN GARANTIES, "
        "UITDRUKKELIJK OF STILZWIJGEND, BEHALVE VOOR ZOVER DE WET DAT VERPLICHT.")),
    ("indemnity", ("Vrijwaring",), (
        "Je vrijwaart {company} voor alle aanspraken van derden die verband houden met jouw "
        "gebruik van de dienst of met content die je via de dienst hebt verspreid, inclusief "
        "redelijke kosten van juridische bijstand.",)),
    ("changes", ("Wijzigingen", "Wijziging van de voorwaarden"), (
        "Wij kunnen deze voorwaarden wijzigen. Wezenlijke wijzigingen maken wij ten minste "
        "{notice_days} dagen van tevoren bekend. Ga je niet akkoord, dan kun je de "
        "overeenkomst opzeggen tegen de datum waarop de wijziging ingaat.",)),
    ("withdrawal", ("Herroepingsrecht",), (
        "Ben je consument, dan heb je het recht de overeenkomst binnen 14 dagen zonder opgave "
        "van redenen te ontbinden. Stuur daarvoor een bericht naar {email}.",)),
    ("law", ("Toepasselijk recht en geschillen", "Geschillen"), (
        "Op deze voorwaarden is Nederlands recht van toepassing. Geschillen worden bij "
        "uitsluiting voorgelegd aan de bevoegde rechter in het arrondissement {city}, tenzij "
        "dwingend recht anders bepaalt.",
        "Op deze overeenkomst is Belgisch recht van toepassing. Partijen proberen een geschil "
        "eerst in onderling overleg op te lossen; lukt dat niet, dan zijn de rechtbanken van "
        "{city} bevoegd.")),
    ("contact", ("Contact", "Contactgegevens"), (
        "Heb je vragen over deze voorwaarden? Neem contact op via {email} of schrijf naar "
        "{legal_entity}, {address_line}.",
        "{legal_entity}\n{address_block}\nE-mail: {email}")),
)
SERVICE_NL: dict[str, Topic] = {
    "hosting": ("hosting", ("Hostingpakketten en fair use",), (
        "Elk pakket omvat de opslag en het dataverkeer die op onze website staan vermeld. Bij "
        "bovenmatig gebruik mogen wij de capaciteit beperken. Je bent zelf verantwoordelijk "
        "voor het maken van back-ups.",)),
    "saas": ("saas", ("Omvang van de dienst", "Gebruikers"), (
        "De dienst wordt als SaaS geleverd. Het aantal gebruikers volgt uit het gekozen "
        "abonnement; extra gebruikers worden naar rato gefactureerd.",)),
    "marketplace": ("marketplace", ("Rol van het platform",), (
        "{product} brengt kopers en verkopers met elkaar in contact, maar is zelf geen partij "
        "bij de koopovereenkomst. Over iedere verkoop brengen wij de verkoper een commissie "
        "van {pct}% in rekening.",)),
    "ads": ("ads", ("Advertenties",), (
        "Je bent zelf verantwoordelijk voor de inhoud van je advertenties. Wij mogen "
        "advertenties weigeren. Facturering vindt plaats op basis van onze eigen metingen van "
        "vertoningen en kliks.",)),
    "api": ("api", ("API-sleutels en limieten",), (
        "Voor toegang tot de API heb je een persoonlijke sleutel nodig die je geheim houdt. "
        "Wij mogen limieten stellen aan het aantal verzoeken en wijzigingen aan de API ten "
        "minste {notice_days} dagen van tevoren aankondigen.",)),
    "app": ("app", ("Licentie op de app",), (
        "Je krijgt een persoonlijk, niet-overdraagbaar recht om de app te installeren op je "
        "eigen apparaten. Daarnaast gelden de voorwaarden van de appwinkel.",)),
}
PROHIBITED_NL = (
    "onrechtmatige, beledigende of discriminerende content te plaatsen",
    "virussen of andere schadelijke software te verspreiden",
    "beveiligingsmaatregelen te omzeilen of kwetsbaarheden te testen",
    "ongevraagde commerciële berichten (spam) te versturen",
    "de dienst zonder toestemming door te verkopen of te verhuren",
    "gegevens geautomatiseerd uit te lezen (scrapen)",
    "je voor te doen als een ander",
    "inbreuk te maken op intellectuele eigendomsrechten van derden",
    "de systemen onevenredig zwaar te belasten",
)

# ---- Standard-terms agreements: a cover page of key terms, then numbered Standard Terms. ----

STANDARD_KINDS = {"en": ("cloud", "licence", "dpa", "partner"), "de": ("cloud", "licence", "dpa"),
                  "fr": ("cloud", "licence", "dpa", "partner"),
                  "nl": ("cloud", "licence", "dpa", "partner")}
# (provider, customer, the thing provided) per kind; German bodies name the parties themselves.
ROLES: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {"cloud": ("Provider", "Customer", "Cloud Service"),
           "licence": ("Licensor", "Licensee", "Software"),
           "dpa": ("Provider", "Customer", "Product"),
           "partner": ("Provider", "Partner", "Product")},
    "de": {"cloud": ("Anbieter", "Kunde", "Vertragsgegenstand"),
           "licence": ("Anbieter", "Kunde", "Software"),
           "dpa": ("Anbieter", "Kunde", "Hauptvertrag")},
    "fr": {"cloud": ("Fournisseur", "Client", "Service"),
           "licence": ("Concédant", "Licencié", "Logiciel"),
           "dpa": ("Fournisseur", "Client", "Service"),
           "partner": ("Fournisseur", "Partenaire", "Service")},
    "nl": {"cloud": ("Leverancier", "Klant", "Dienst"),
           "licence": ("Licentiegever", "Licentienemer", "Software"),
           "dpa": ("Leverancier", "Klant", "Dienst"),
           "partner": ("Leverancier", "Partner", "Dienst")},
}
STANDARD_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"cloud": ("Cloud Service Agreement", "SaaS Agreement", "Subscription Services "
                     "Agreement", "{product} Cloud Services Agreement", "CLOUD SERVICE AGREEMENT"),
           "licence": ("Software License Agreement", "Software Licence Agreement", "On-Premises "
                       "Software Licence Agreement", "Enterprise Licence Agreement"),
           "dpa": ("Data Processing Agreement", "Data Processing Addendum", "DATA PROCESSING "
                   "AGREEMENT (DPA)"),
           "partner": ("Partnership Agreement", "Reseller Partnership Agreement", "Referral "
                       "Partner Agreement", "Technology Partner Agreement")},
    "de": {"cloud": ("Cloud-Service-Vertrag", "SaaS-Vertrag", "Vertrag über Cloud-Dienste",
                     "Allgemeine Geschäftsbedingungen (AGB) für {product}"),
           "licence": ("Softwarelizenzvertrag", "Lizenzvertrag für Standardsoftware",
                       "Software-Überlassungsvertrag"),
           "dpa": ("Vertrag zur Auftragsverarbeitung", "Auftragsverarbeitungsvertrag (AVV)",
                   "Vereinbarung zur Auftragsverarbeitung gemäß Art. 28 DSGVO")},
    "fr": {"cloud": ("Contrat de services cloud", "Contrat SaaS", "Contrat d'abonnement au "
                     "service {product}", "Conditions générales de vente – Services cloud"),
           "licence": ("Contrat de licence de logiciel", "Contrat de licence d'utilisation"),
           "dpa": ("Accord de traitement des données", "Contrat de sous-traitance (article 28 "
                   "RGPD)", "Annexe relative à la protection des données"),
           "partner": ("Contrat de partenariat", "Contrat de partenariat revendeur",
                       "Accord de partenariat commercial")},
    "nl": {"cloud": ("Overeenkomst clouddiensten", "SaaS-overeenkomst", "Abonnementsovereenkomst "
                     "{product}", "Algemene voorwaarden clouddiensten"),
           "licence": ("Softwarelicentieovereenkomst", "Licentieovereenkomst"),
           "dpa": ("Verwerkersovereenkomst", "Verwerkersovereenkomst (art. 28 AVG)"),
           "partner": ("Partnerovereenkomst", "Resellerovereenkomst",
                       "Samenwerkingsovereenkomst")},
}
# Standard Terms a kind of agreement leaves out: a DPA has no fees, a partner no usage limits.
STANDARD_SKIP = {"dpa": ("service", "restrictions", "data", "limits", "fees", "support",
                         "suspension", "warranties", "indemnity", "insurance", "security",
                         "definitions"),
                 "partner": ("restrictions", "limits", "suspension", "data", "support",
                             "security")}
COVER_KEYS = {
    "cloud": ("provider", "customer", "effective", "product", "period", "fees", "payment",
              "renewal", "limits", "support", "cap", "insurance", "law", "courts", "notice"),
    "licence": ("provider", "customer", "effective", "product", "period", "fees", "payment",
                "scope", "support", "cap", "law", "courts", "notice"),
    "dpa": ("provider", "customer", "effective", "agreement", "subject", "subjects", "data",
            "duration", "subprocessors", "transfers", "law", "notice"),
    "partner": ("provider", "customer", "effective", "product", "period", "territory",
                "commission", "payment", "law", "courts", "notice"),
}
COVER_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"provider": ("{prov}",), "customer": ("{cust}",),
           "effective": ("Effective Date", "Order Date"), "product": ("{thing}",),
           "period": ("Subscription Period", "Initial Term", "Term"), "fees": ("Fees",),
           "payment": ("Payment Process", "Payment Terms"),
           "renewal": ("Non-Renewal Notice Period", "Renewal"),
           "limits": ("Usage Limits", "Use Limitations"),
           "support": ("Support Policy", "Technical Support"),
           "cap": ("General Cap Amount", "Liability Cap"),
           "insurance": ("Insurance Minimums",), "law": ("Governing Law",),
           "courts": ("Chosen Courts", "Jurisdiction"), "notice": ("Notice Address",),
           "scope": ("Licence Scope", "Permitted Installations"),
           "agreement": ("Agreement", "Underlying Agreement"),
           "subject": ("Nature and Purpose of Processing",),
           "subjects": ("Categories of Data Subjects",),
           "data": ("Categories of Personal Data", "Types of Personal Data"),
           "duration": ("Duration of Processing",),
           "subprocessors": ("Approved Subprocessors",),
           "transfers": ("Transfer Mechanism", "International Transfers"),
           "territory": ("Territory",), "commission": ("Commission", "Referral Fee")},
}
COVER_VALUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"period": ("12 months from the Effective Date", "1 year", "36 months",
                      "24 months starting on the Effective Date", "Month-to-month"),
           "fees": ("{amount} per year", "{amount} per month", "{amount} per User per month",
                    "{amount}, as detailed in the attached pricing schedule"),
           "payment": ("{prov} will invoice {cust} annually in advance. Invoices are due "
                       "{days} days after receipt.", "Monthly in arrears by credit card",
                       "Quarterly invoice, net {days}", "Automatic charge to the card on file at "
                       "the start of each billing period"),
           "renewal": ("Automatically renews for successive 12-month periods unless either "
                       "party gives notice of non-renewal at least {notice_days} days before the "
                       "end of the current period", "No automatic renewal",
                       "{notice_days} days before the end of the Subscription Period"),
           "limits": ("Up to {users} Users", "{users} named Users; 500 GB storage",
                      "1,000,000 API calls per month", "{users} seats and 3 production "
                      "environments"),
           "support": ("Standard support by email, business days 9:00–17:00 CET",
                       "Premium support as described at {url}/support-policy",
                       "24/7 support for Severity 1 incidents; email support otherwise"),
           "cap": ("1x the Fees paid or payable in the 12 months before the claim",
                   "2x the Fees paid in the previous 12 months", "{amount}"),
           "insurance": ("Cyber liability {amount}; professional indemnity {amount}",
                         "General liability cover of at least {amount} per occurrence"),
           "law": ("The laws of the State of Delaware", "The laws of England and Wales",
                   "The laws of Ireland", "The laws of the State of New York",
                   "The laws of the Netherlands"),
           "courts": ("The state or federal courts in Wilmington, Delaware",
                      "The courts of London", "The courts of Dublin",
                      "The courts of New York County", "The District Court of Amsterdam"),
           "scope": ("Up to {users} named users on {servers} production servers",
                     "One production and one test environment",
                     "Unlimited internal use at the sites listed in the Order Form"),
           "agreement": ("The Cloud Service Agreement between the parties dated {date2}",
                         "{product} Customer Terms accepted by {cust}",
                         "Master Subscription Agreement no. {ref}"),
           "subject": ("Hosting and processing of {cust} Data to provide {product}",
                       "Provision of support and maintenance services",
                       "Storage, analysis and reporting of customer records"),
           "subjects": ("{cust}'s employees, contractors and end users",
                        "{cust}'s customers and prospects", "Website visitors and account "
                        "holders"),
           "data": ("Names, business contact details, login data, usage logs",
                    "Contact details, order history, payment references",
                    "Identification data, IP addresses, device identifiers"),
           "duration": ("For the term of the Agreement plus {days} days",
                        "Until deletion of {cust} Data following termination"),
           "subprocessors": ("As listed at {url}/subprocessors",
                             "Cloud hosting (EU region); transactional email delivery; "
                             "customer support tooling"),
           "transfers": ("EU Standard Contractual Clauses (Module 2)", "No transfers outside "
                         "the EEA", "UK International Data Transfer Addendum"),
           "territory": ("United Kingdom and Ireland", "European Union", "DACH region",
                         "Benelux", "North America"),
           "commission": ("{pct}% of first-year net revenue from each Qualified Referral",
                          "{pct}% of Fees for the first 12 months", "A flat fee of {amount} "
                          "per closed deal")},
}
STANDARD_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "cover": ("Cover Page", "COVER PAGE", "Key Terms", "Cover Page – Key Terms",
                  "Order Form and Cover Page"),
        "cover_intro": (
            "This Cover Page and the Standard Terms referenced below together form the "
            "Agreement between {prov} and {cust}. Capitalised terms used but not defined on "
            "this Cover Page have the meaning given in the Standard Terms.",
            "The parties agree to the Standard Terms (version {v}) as modified by this Cover "
            "Page. If the Cover Page and the Standard Terms conflict, the Cover Page controls.",
            "By signing this Cover Page, each party agrees to enter into this Agreement as of "
            "the Effective Date.",
            "The key business terms of the Agreement are set out below. Everything else is "
            "governed by the Standard Terms that follow."),
        "table": ("Key term|Details", "Term|Agreed value", "Item|Selection", "|"),
        "terms": ("Standard Terms", "STANDARD TERMS", "{title} – Standard Terms",
                  "Standard Terms (version {v})", "Part 2: Standard Terms"),
        "terms_intro": (
            "These Standard Terms apply to the Cover Page and any Order Form that references "
            "them. Together they form the Agreement.",
            "The following Standard Terms are incorporated by reference into the Cover Page. "
            "Capitalised terms have the meanings given on the Cover Page or in these Standard "
            "Terms.",
            "If an Order Form conflicts with these Standard Terms, the Order Form controls, but "
            "only for the transaction it describes."),
        "sign": ("Signed by the authorised representatives of the parties as of the Effective "
                 "Date.", "Accepted and agreed:", "IN WITNESS WHEREOF, the parties have "
                 "executed this Agreement by their duly authorised representatives."),
        "fields": ("Signature", "Print Name", "Title", "Date"),
        "end": ("[End of Standard Terms]", "— End of Agreement —", "Standard Terms version {v}. "
                "Free to use, copy and modify under CC BY 4.0.", "Page {page} of {pages}"),
        "heading": ("{n}. {h}", "Section {n}. {h}", "{n} {H}", "{n}. {H}", "{n}. {h}."),
    },
}
STANDARD_EN: tuple[Topic, ...] = (
    ("service", ("Service", "Use of the {thing}", "The {thing}"), (
        "{prov} will make the {thing} available to {cust} during the Subscription Period in "
        "accordance with the Agreement, including the Order Form and the Support Policy.\n"
        "{cust} may allow its Users to access the {thing} for {cust}'s internal business "
        "purposes, and is responsible for their compliance with the Agreement.\n{prov} may "
        "update the {thing} from time to time, provided that updates do not materially reduce "
        "its overall functionality.",
        "Subject to the Agreement, {prov} grants {cust} a non-exclusive, non-transferable right "
        "to access and use the {thing} during the Subscription Period, within the Usage "
        "Limits.\n{prov} will provide the {thing} in a professional manner consistent with "
        "industry standards and its Documentation.")),
    ("restrictions", ("Restrictions", "Restrictions on Use"), (
        "{cust} will not (and will not allow anyone else to): (a) copy, modify or create "
        "derivative works of the {thing}; (b) reverse engineer, decompile or attempt to "
        "discover the source code of the {thing}, except to the extent permitted by law; "
        "(c) sell, resell, sublicense or otherwise make the {thing} available to third "
        "parties; (d) use the {thing} to build a competing product; or (e) exceed the Usage "
        "Limits.",)),
    ("data", ("{cust} Data", "Data", "Data and Usage Information"), (
        "{cust} grants {prov} the right to use {cust} Data solely to provide and support the "
        "{thing} and as otherwise permitted by the Agreement. {cust} is responsible for the "
        "accuracy and legality of {cust} Data.\n{prov} may collect and use Usage Data to "
        "operate, secure and improve its products, provided it does not disclose Usage Data in "
        "a way that identifies {cust} or any individual.",)),
    ("limits", ("Usage Limits", "Usage Limits and Overages"), (
        "The {thing} is subject to the Usage Limits stated on the Cover Page or Order Form. If "
        "{cust} exceeds the Usage Limits, {prov} may work with {cust} to reduce usage or "
        "invoice {cust} for the excess at the rates in the Order Form.",)),
    ("fees", ("Payment", "Fees and Payment", "Fees, Taxes and Payment"), (
        "{cust} will pay the Fees in accordance with the Payment Process. Unless stated "
        "otherwise, Fees are due within {days} days of the invoice date and are "
        "non-cancellable and non-refundable.\nLate payments bear interest at the lesser of 1.5% "
        "per month or the highest rate permitted by law. Fees exclude Taxes, which {cust} will "
        "pay except for taxes on {prov}'s net income.\n{prov} may increase Fees for any renewal "
        "period by notifying {cust} at least {notice_days} days before the renewal date.",)),
    ("support", ("Support", "Support and Service Levels"), (
        "During the Subscription Period, {prov} will provide technical support as described in "
        "the Support Policy and will use commercially reasonable efforts to meet the response "
        "times stated there.",)),
    ("suspension", ("Suspension",), (
        "{prov} may suspend {cust}'s access to the {thing} if (a) {cust} is more than {days} "
        "days late in paying undisputed Fees, (b) {cust} breaches the Restrictions, or "
        "(c) {cust}'s use poses a material security risk to the {thing} or to other customers. "
        "{prov} will give notice before suspending where reasonably possible and will restore "
        "access promptly once the cause is resolved.",)),
    ("confidentiality", ("Confidentiality", "Confidential Information"), (
        "\"Confidential Information\" means information one party (the \"Discloser\") "
        "discloses to the other (the \"Recipient\") that is marked confidential or would "
        "reasonably be understood to be confidential.\nThe Recipient will use Confidential "
        "Information only to exercise its rights and perform its obligations under the "
        "Agreement and will protect it using at least reasonable care. It may share "
        "Confidential Information only with employees, contractors and advisers who need to "
        "know it and are bound by obligations at least as protective.\nThese obligations do "
        "not apply to information that is or becomes public through no fault of the Recipient, "
        "was already known to the Recipient, or is independently developed.",)),
    ("term", ("Term and Termination", "Term, Renewal and Termination"), (
        "The Agreement starts on the Effective Date and continues until the end of the last "
        "Subscription Period. Each Subscription Period renews automatically for a period of "
        "the same length unless either party gives notice of non-renewal at least "
        "{notice_days} days before the end of the current period.\nEither party may terminate "
        "the Agreement if the other party materially breaches it and does not cure the breach "
        "within {days} days after written notice, or if the other party becomes insolvent.\n"
        "On termination, {cust}'s right to use the {thing} ends, each party will return or "
        "destroy the other's Confidential Information, and {cust} will pay any unpaid Fees for "
        "the period before termination.",)),
    ("warranties", ("Warranties and Disclaimers", "Representations and Warranties"), (
        "Each party represents that it has the authority to enter into the Agreement. {prov} "
        "warrants that the {thing} will perform materially as described in its Documentation "
        "during the Subscription Period; {cust}'s sole remedy for breach of this warranty is "
        "for {prov} to correct the non-conformity or, if it cannot, to terminate and refund "
        "prepaid Fees for the remaining period.\nEXCEPT AS EXPRESSLY SET OUT IN THE AGREEMENT, "
        "THE {THING} IS PROVIDED \"AS IS\" AND EACH PARTY DISCLAIMS ALL OTHER WARRANTIES, "
        "WHETHER EXPRESS, IMPLIED OR STATUTORY.",)),
    ("liability", ("Limitation of Liability",), (
        "Except for Excluded Claims, each party's total liability arising out of or relating to "
        "the Agreement will not exceed the General Cap Amount.\nNeither party will be liable "
        "for lost profits, loss of revenue, loss of data or any indirect, special, incidental "
        "or consequential damages, even if advised of their possibility.\n\"Excluded Claims\" "
        "means breach of confidentiality, a party's indemnification obligations and {cust}'s "
        "obligation to pay Fees.",
        "TO THE EXTENT PERMITTED BY LAW, NEITHER PARTY WILL BE LIABLE FOR ANY CONSEQUENTIAL "
        "DAMAGES, AND EACH PARTY'S AGGREGATE LIABILITY WILL NOT EXCEED THE FEES PAID OR "
        "PAYABLE IN THE {MONTHS} MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM.")),
    ("indemnity", ("Indemnification", "Indemnity"), (
        "{prov} will defend {cust} against any third-party claim alleging that the {thing} "
        "infringes that third party's intellectual property rights and will pay any damages "
        "finally awarded or agreed in settlement. {cust} will defend {prov} against any "
        "third-party claim arising from {cust} Data or {cust}'s use of the {thing} in breach of "
        "the Agreement.\nThe indemnified party must promptly notify the indemnifying party of "
        "the claim, give it sole control of the defence and provide reasonable cooperation.",)),
    ("insurance", ("Insurance",), (
        "During the Subscription Period and for one year afterwards, {prov} will maintain "
        "insurance with reputable insurers in at least the amounts stated as Insurance "
        "Minimums on the Cover Page, including cyber liability and professional indemnity "
        "cover, and will provide certificates of insurance on request.",)),
    ("security", ("Security and Data Protection", "Data Protection"), (
        "{prov} will maintain appropriate technical and organisational measures to protect "
        "{cust} Data against unauthorised access, loss or disclosure. Where {prov} processes "
        "personal data on behalf of {cust}, the parties' Data Processing Agreement applies.",)),
    ("general", ("General Terms", "Miscellaneous"), (
        "Neither party may assign the Agreement without the other's prior written consent, "
        "except to a successor in a merger or sale of substantially all of its assets.\n"
        "Notices must be sent to the Notice Address and are effective on receipt. Neither party "
        "is liable for failures caused by events beyond its reasonable control.\nThe Agreement "
        "is governed by the Governing Law, and the parties submit to the exclusive jurisdiction "
        "of the Chosen Courts. The Agreement, including the Cover Page and any Order Form, is "
        "the entire agreement of the parties on its subject matter.",)),
    ("definitions", ("Definitions",), (
        "\"Agreement\" means the Cover Page, these Standard Terms and any Order Form.\n"
        "\"Documentation\" means the user guides and specifications for the {thing} that {prov} "
        "makes available.\n\"Order Form\" means a document signed by both parties that "
        "identifies the {thing}, Fees and Subscription Period.\n\"Usage Data\" means data about "
        "the use and performance of the {thing}, excluding {cust} Data.\n\"Users\" means "
        "employees and contractors of {cust} whom {cust} authorises to use the {thing}.",)),
)
KIND_EN: dict[str, tuple[Topic, ...]] = {
    "cloud": (
        ("sla", ("Service Levels", "Availability"), (
            "{prov} will use commercially reasonable efforts to make the {thing} available "
            "{uptime}% of the time each calendar month, excluding scheduled maintenance. If "
            "{prov} misses this commitment, {cust} is entitled to the service credits described "
            "in the Support Policy as its sole remedy.",)),),
    "licence": (
        ("grant", ("Licence Grant", "License"), (
            "Subject to the Agreement, {prov} grants {cust} a non-exclusive, non-transferable "
            "licence during the Subscription Period to install and use the {thing} within the "
            "Licence Scope stated on the Cover Page, solely for {cust}'s internal business "
            "purposes.\n{cust} may make a reasonable number of copies for backup and archival "
            "purposes. All copies remain the property of {prov}.",)),
        ("audit", ("Audit", "Verification"), (
            "Once per year, on at least {notice_days} days' notice, {prov} may verify {cust}'s "
            "compliance with the Licence Scope. If the verification reveals under-licensing, "
            "{cust} will pay the shortfall at list price and, if the shortfall exceeds 5%, the "
            "reasonable cost of the verification.",)),
        ("maintenance", ("Maintenance and Updates",), (
            "While {cust} pays the applicable maintenance Fees, {prov} will provide bug fixes, "
            "security patches and new minor releases of the {thing}. {prov} supports each major "
            "release for at least {months} months after the next major release.",))),
    "dpa": (
        ("instructions", ("Processing Instructions", "Processing of Personal Data"), (
            "{prov} will process {cust} Personal Data only on {cust}'s documented instructions, "
            "including those in the Agreement, unless required otherwise by applicable law, in "
            "which case {prov} will inform {cust} before processing unless the law prohibits "
            "it.\n{prov} will ensure that persons authorised to process {cust} Personal Data "
            "are bound by confidentiality.",)),
        ("subprocessors", ("Subprocessors",), (
            "{cust} gives general authorisation for {prov} to engage Subprocessors. {prov} will "
            "notify {cust} of any new Subprocessor at least {notice_days} days in advance, and "
            "{cust} may object on reasonable data-protection grounds. {prov} remains liable for "
            "its Subprocessors' performance.",)),
        ("incidents", ("Security Incidents", "Personal Data Breaches"), (
            "{prov} will notify {cust} without undue delay, and in any event within 48 hours, "
            "after becoming aware of a Security Incident affecting {cust} Personal Data, and "
            "will provide the information {cust} reasonably needs to meet its own notification "
            "obligations.",)),
        ("deletion", ("Return and Deletion", "Audits and Deletion"), (
            "On termination of the Agreement, {prov} will delete or return all {cust} Personal "
            "Data within {days} days, unless retention is required by law.\n{prov} will make "
            "available the information necessary to demonstrate compliance with this DPA and "
            "allow for audits, including inspections, by {cust} or an auditor it mandates.",))),
    "partner": (
        ("appointment", ("Appointment", "Partnership"), (
            "{prov} appoints {cust} as a non-exclusive partner in the Territory to market and "
            "refer the {thing} to prospective customers. Nothing in the Agreement creates a "
            "joint venture, agency or employment relationship between the parties.",)),
        ("commission", ("Commissions", "Referral Fees"), (
            "For each Qualified Referral that results in a paid subscription, {prov} will pay "
            "{cust} the Commission stated on the Cover Page. Commissions are paid quarterly in "
            "arrears within {days} days after the end of each quarter and are not payable on "
            "amounts {prov} does not actually collect.",)),
        ("marks", ("Marketing and Trademarks", "Use of Brands"), (
            "Each party grants the other a limited, revocable licence to use its name and logo "
            "solely to promote the partnership in accordance with any brand guidelines "
            "provided. {cust} will not make any representation about the {thing} beyond those "
            "in {prov}'s published Documentation.",))),
}

COVER_LABELS_DE: dict[str, tuple[str, ...]] = {
    "provider": ("Anbieter",), "customer": ("Kunde",),
    "effective": ("Vertragsbeginn", "Wirksamkeitsdatum"), "product": ("{thing}", "Leistung"),
    "period": ("Abonnementzeitraum", "Mindestlaufzeit", "Laufzeit"), "fees": ("Entgelte",
                                                                              "Vergütung"),
    "payment": ("Zahlungsweise", "Zahlungsbedingungen"), "renewal": ("Verlängerung",),
    "limits": ("Nutzungsgrenzen",), "support": ("Supportrichtlinie", "Support"),
    "cap": ("Haftungshöchstbetrag",), "insurance": ("Mindestversicherungssumme",),
    "law": ("Anwendbares Recht",), "courts": ("Gerichtsstand",),
    "notice": ("Zustellanschrift", "Anschrift für Mitteilungen"),
    "scope": ("Lizenzumfang",), "agreement": ("Hauptvertrag",),
    "subject": ("Gegenstand und Zweck der Verarbeitung",),
    "subjects": ("Kategorien betroffener Personen",),
    "data": ("Art der personenbezogenen Daten",), "duration": ("Dauer der Verarbeitung",),
    "subprocessors": ("Genehmigte Unterauftragsverarbeiter",),
    "transfers": ("Drittlandübermittlung",),
}
COVER_VALUES_DE: dict[str, tuple[str, ...]] = {
    "period": ("12 Monate ab Vertragsbeginn", "24 Monate", "1 Jahr", "unbefristet, monatlich "
               "kündbar"),
    "fees": ("{amount} pro Jahr zzgl. USt.", "{amount} monatlich netto", "{amount} pro Nutzer "
             "und Monat"),
    "payment": ("Jährlich im Voraus per Rechnung, zahlbar innerhalb von {days} Tagen",
                "Monatlich per SEPA-Lastschrift", "Quartalsweise im Voraus"),
    "renewal": ("Automatische Verlängerung um jeweils 12 Monate, sofern nicht mit einer Frist "
                "von {notice_days} Tagen gekündigt wird", "Keine automatische Verlängerung"),
    "limits": ("Bis zu {users} Nutzer", "{users} Nutzer, 200 GB Speicher"),
    "support": ("Standard-Support per E-Mail, werktags 9–17 Uhr",
                "Premium-Support gemäß Supportrichtlinie unter {url}/support"),
    "cap": ("Einfache Jahresvergütung", "{amount}"),
    "insurance": ("{amount} je Schadensfall",),
    "law": ("Recht der Bundesrepublik Deutschland", "Österreichisches Recht", "Schweizer Recht "
            "(OR)"),
    "courts": ("Landgericht {city}", "Ausschließlich {city}", "Die Gerichte in {city}"),
    "scope": ("{users} benannte Nutzer auf {servers} Produktivservern", "Eine Produktiv- und "
              "eine Testinstallation"),
    "agreement": ("Cloud-Service-Vertrag vom {date2}", "AGB für {product}",
                  "Rahmenvertrag Nr. {ref}"),
    "subject": ("Hosting und Verarbeitung von Kundendaten zur Bereitstellung von {product}",
                "Erbringung von Support- und Wartungsleistungen"),
    "subjects": ("Beschäftigte und Endnutzer des Kunden", "Kunden und Interessenten des "
                 "Kunden"),
    "data": ("Name, geschäftliche Kontaktdaten, Log-in-Daten, Nutzungsprotokolle",
             "Kontaktdaten, Bestellhistorie, Zahlungsreferenzen"),
    "duration": ("Für die Laufzeit des Hauptvertrags zuzüglich {days} Tagen",),
    "subprocessors": ("Siehe Liste unter {url}/unterauftragsverarbeiter", "Rechenzentrum in "
                      "Frankfurt am Main; E-Mail-Versanddienst"),
    "transfers": ("Keine Übermittlung in Drittländer", "EU-Standardvertragsklauseln"),
}
STANDARD_WORDS_DE: dict[str, tuple[str, ...]] = {
    "cover": ("Deckblatt", "Vertragsdeckblatt", "Eckdaten", "DECKBLATT"),
    "cover_intro": (
        "Dieses Deckblatt bildet zusammen mit den nachfolgenden Allgemeinen Vertragsbedingungen "
        "den Vertrag zwischen Anbieter und Kunde. Im Deckblatt nicht definierte Begriffe haben "
        "die in den Vertragsbedingungen festgelegte Bedeutung.",
        "Die Parteien vereinbaren die Standardbedingungen (Version {v}) mit den Abweichungen "
        "dieses Deckblatts. Bei Widersprüchen geht das Deckblatt vor.",
        "Mit Unterzeichnung dieses Deckblatts schließen die Parteien den Vertrag mit Wirkung "
        "zum Vertragsbeginn."),
    "table": ("Vertragsdaten|Vereinbarung", "Eckdaten|Wert", "|"),
    "terms": ("Allgemeine Vertragsbedingungen", "Standardbedingungen", "ALLGEMEINE "
              "GESCHÄFTSBEDINGUNGEN (AGB)", "Allgemeine Geschäftsbedingungen (AGB)",
              "Teil 2: Standardbedingungen"),
    "terms_intro": (
        "Die folgenden Bedingungen gelten für alle Bestellungen, die auf dieses Deckblatt "
        "Bezug nehmen.", "Allgemeine Geschäftsbedingungen des Kunden finden keine Anwendung, "
        "auch wenn der Anbieter ihnen nicht ausdrücklich widerspricht."),
    "sign": ("Unterschriften der vertretungsberechtigten Personen:", "Für die Parteien:"),
    "fields": ("Unterschrift", "Name", "Funktion", "Ort, Datum"),
    "end": ("[Ende der Standardbedingungen]", "— Ende des Vertrags —", "Seite {page} von "
            "{pages}"),
    "heading": ("§ {n} {h}", "§ {n} – {h}", "{n}. {h}", "{n} {H}", "Ziffer {n} {h}"),
}
STANDARD_DE: tuple[Topic, ...] = (
    ("service", ("Vertragsgegenstand", "Leistungen des Anbieters"), (
        "Der Anbieter stellt dem Kunden die im Deckblatt beschriebenen Vertragsleistungen für "
        "die Dauer des Abonnementzeitraums zur Nutzung über das Internet bereit.\nDer Kunde "
        "darf die Vertragsleistungen ausschließlich für eigene geschäftliche Zwecke durch seine "
        "berechtigten Nutzer verwenden.\nDer Anbieter darf die Vertragsleistungen "
        "weiterentwickeln, sofern der vereinbarte Funktionsumfang dadurch nicht wesentlich "
        "eingeschränkt wird.",)),
    ("restrictions", ("Nutzungsbeschränkungen", "Pflichten des Kunden"), (
        "Der Kunde wird die Vertragsleistungen nicht vervielfältigen, bearbeiten, "
        "dekompilieren oder Dritten zur Verfügung stellen, soweit dies nicht gesetzlich "
        "zulässig ist. Er hält die vereinbarten Nutzungsgrenzen ein und schützt die "
        "Zugangsdaten seiner Nutzer vor unbefugtem Zugriff.",)),
    ("data", ("Kundendaten", "Daten des Kunden"), (
        "Der Kunde räumt dem Anbieter das Recht ein, die Kundendaten ausschließlich zur "
        "Erbringung der Vertragsleistungen zu verarbeiten. Der Kunde ist für die "
        "Rechtmäßigkeit der Kundendaten allein verantwortlich.\nDer Anbieter darf anonymisierte "
        "Nutzungsdaten zur Verbesserung seiner Leistungen auswerten.",)),
    ("fees", ("Vergütung und Zahlung", "Entgelte"), (
        "Der Kunde zahlt die im Deckblatt vereinbarten Entgelte zuzüglich der gesetzlichen "
        "Umsatzsteuer. Rechnungen sind innerhalb von {days} Tagen ohne Abzug zahlbar.\nDer "
        "Anbieter kann die Entgelte zum Beginn eines Verlängerungszeitraums mit einer "
        "Ankündigungsfrist von {notice_days} Tagen anpassen.",)),
    ("support", ("Support und Verfügbarkeit", "Support"), (
        "Der Anbieter erbringt Supportleistungen nach Maßgabe der Supportrichtlinie. Die "
        "Verfügbarkeit der Vertragsleistungen beträgt {uptime} % im Monatsmittel, "
        "ausgenommen angekündigte Wartungsfenster.",)),
    ("suspension", ("Sperrung",), (
        "Der Anbieter darf den Zugang vorübergehend sperren, wenn der Kunde mit der Zahlung "
        "unbestrittener Entgelte mehr als {days} Tage in Verzug ist oder die Nutzung die "
        "Sicherheit der Systeme gefährdet. Die Sperrung ist auf das erforderliche Maß zu "
        "beschränken und unverzüglich aufzuheben, sobald der Grund entfällt.",)),
    ("confidentiality", ("Vertraulichkeit", "Geheimhaltung"), (
        "„Vertrauliche Informationen“ sind alle Informationen, die eine Partei der anderen im "
        "Zusammenhang mit diesem Vertrag offenlegt und die als vertraulich gekennzeichnet oder "
        "erkennbar vertraulich sind.\nDie empfangende Partei verwendet Vertrauliche "
        "Informationen nur zur Durchführung dieses Vertrags und gibt sie nur an Personen "
        "weiter, die sie hierfür kennen müssen und zur Verschwiegenheit verpflichtet sind.",)),
    ("term", ("Laufzeit und Kündigung", "Vertragsdauer"), (
        "Der Vertrag beginnt mit dem Vertragsbeginn und läuft für den Abonnementzeitraum. Er "
        "verlängert sich jeweils um den gleichen Zeitraum, wenn er nicht mit einer Frist von "
        "{notice_days} Tagen zum Ende der Laufzeit gekündigt wird.\nDas Recht zur "
        "außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt. Kündigungen "
        "bedürfen der Textform.\nNach Vertragsende stellt der Anbieter die Kundendaten "
        "{days} Tage zum Export bereit und löscht sie anschließend.",)),
    ("warranties", ("Gewährleistung", "Sach- und Rechtsmängel"), (
        "Der Anbieter gewährleistet, dass die Vertragsleistungen im Wesentlichen der "
        "Leistungsbeschreibung entsprechen. Mängel sind dem Anbieter unverzüglich in Textform "
        "anzuzeigen; der Anbieter beseitigt sie innerhalb angemessener Frist.\nDie "
        "verschuldensunabhängige Haftung für bereits bei Vertragsschluss vorhandene Mängel "
        "(§ 536a Abs. 1 BGB) ist ausgeschlossen.",)),
    ("liability", ("Haftung", "Haftungsbeschränkung"), (
        "Die Parteien haften unbeschränkt bei Vorsatz, grober Fahrlässigkeit sowie bei "
        "Verletzung von Leben, Körper oder Gesundheit.\nBei leicht fahrlässiger Verletzung "
        "wesentlicher Vertragspflichten ist die Haftung auf den vertragstypischen, "
        "vorhersehbaren Schaden und der Höhe nach auf den Haftungshöchstbetrag begrenzt. Im "
        "Übrigen ist die Haftung ausgeschlossen.",)),
    ("indemnity", ("Freistellung", "Schutzrechte Dritter"), (
        "Der Anbieter stellt den Kunden von Ansprüchen Dritter frei, die auf der Behauptung "
        "beruhen, die Vertragsleistungen verletzten Schutzrechte Dritter. Voraussetzung ist, "
        "dass der Kunde den Anbieter unverzüglich informiert und ihm die Abwehr der Ansprüche "
        "überlässt.",)),
    ("security", ("Datenschutz und Datensicherheit",), (
        "Der Anbieter trifft angemessene technische und organisatorische Maßnahmen zum Schutz "
        "der Kundendaten. Soweit er personenbezogene Daten im Auftrag verarbeitet, schließen "
        "die Parteien einen Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO.",)),
    ("general", ("Schlussbestimmungen", "Allgemeine Bestimmungen"), (
        "Änderungen und Ergänzungen dieses Vertrags bedürfen der Textform. Die Abtretung von "
        "Rechten aus diesem Vertrag bedarf der Zustimmung der anderen Partei.\nEs gilt das im "
        "Deckblatt genannte anwendbare Recht unter Ausschluss des UN-Kaufrechts. "
        "Ausschließlicher Gerichtsstand ist der im Deckblatt genannte Gerichtsstand.\nSollte "
        "eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam.",)),
    ("definitions", ("Begriffsbestimmungen", "Definitionen"), (
        "„Vertrag“ bezeichnet das Deckblatt, diese Bedingungen und alle Bestellscheine.\n"
        "„Nutzer“ sind Beschäftigte und Beauftragte des Kunden, denen der Kunde Zugang "
        "gewährt.\n„Kundendaten“ sind alle Daten, die der Kunde oder seine Nutzer in die "
        "Vertragsleistungen einstellen.",)),
)
KIND_DE: dict[str, tuple[Topic, ...]] = {
    "cloud": (
        ("sla", ("Service Level", "Verfügbarkeit und Servicegutschriften"), (
            "Unterschreitet die monatliche Verfügbarkeit den vereinbarten Wert von {uptime} %, "
            "erhält der Kunde eine Gutschrift gemäß der Supportrichtlinie. Weitergehende "
            "Ansprüche bleiben unberührt.",)),),
    "licence": (
        ("grant", ("Einräumung von Nutzungsrechten", "Lizenz"), (
            "Der Anbieter räumt dem Kunden ein einfaches, nicht übertragbares Recht ein, die "
            "Software im Rahmen des im Deckblatt festgelegten Lizenzumfangs zu installieren "
            "und zu nutzen.\nDer Kunde darf Sicherungskopien anfertigen, soweit dies für den "
            "bestimmungsgemäßen Gebrauch erforderlich ist (§ 69d UrhG).",)),
        ("audit", ("Lizenzprüfung",), (
            "Der Anbieter kann einmal jährlich mit einer Ankündigungsfrist von {notice_days} "
            "Tagen prüfen, ob die Software im vereinbarten Umfang genutzt wird. Eine "
            "Unterlizenzierung ist zu den Listenpreisen nachzulizenzieren.",)),
        ("maintenance", ("Softwarepflege",), (
            "Solange der Kunde die Pflegevergütung entrichtet, stellt der Anbieter "
            "Fehlerbehebungen und Sicherheitsupdates der Software bereit.",))),
    "dpa": (
        ("instructions", ("Weisungsgebundenheit", "Gegenstand der Auftragsverarbeitung"), (
            "Der Anbieter verarbeitet personenbezogene Daten ausschließlich auf dokumentierte "
            "Weisung des Kunden, es sei denn, er ist gesetzlich zu einer anderen Verarbeitung "
            "verpflichtet.\nDer Anbieter verpflichtet alle zur Verarbeitung befugten Personen "
            "zur Vertraulichkeit.",)),
        ("subprocessors", ("Unterauftragsverarbeiter",), (
            "Der Kunde erteilt die allgemeine Genehmigung zur Beauftragung von "
            "Unterauftragsverarbeitern. Der Anbieter informiert den Kunden mindestens "
            "{notice_days} Tage vorher über jede beabsichtigte Änderung; der Kunde kann aus "
            "wichtigem datenschutzrechtlichem Grund widersprechen.",)),
        ("incidents", ("Meldung von Datenschutzverletzungen",), (
            "Der Anbieter meldet dem Kunden Verletzungen des Schutzes personenbezogener Daten "
            "unverzüglich, spätestens innerhalb von 48 Stunden nach Kenntnis, und unterstützt "
            "ihn bei der Erfüllung seiner Meldepflichten nach Art. 33 und 34 DSGVO.",)),
        ("deletion", ("Löschung und Rückgabe", "Kontrollrechte"), (
            "Nach Beendigung des Hauptvertrags löscht der Anbieter sämtliche personenbezogenen "
            "Daten des Kunden innerhalb von {days} Tagen, sofern keine gesetzliche "
            "Aufbewahrungspflicht besteht.\nDer Kunde ist berechtigt, die Einhaltung dieses "
            "Vertrags nach rechtzeitiger Anmeldung zu überprüfen.",))),
}

COVER_LABELS_FR: dict[str, tuple[str, ...]] = {
    "provider": ("{prov}",), "customer": ("{cust}",),
    "effective": ("Date d'effet", "Date d'entrée en vigueur"), "product": ("{thing}",),
    "period": ("Durée de l'abonnement", "Durée initiale"), "fees": ("Redevances", "Prix"),
    "payment": ("Modalités de paiement",), "renewal": ("Renouvellement",),
    "limits": ("Limites d'utilisation",), "support": ("Politique d'assistance",),
    "cap": ("Plafond de responsabilité",), "insurance": ("Assurance minimale",),
    "law": ("Droit applicable",), "courts": ("Tribunaux compétents",),
    "notice": ("Adresse de notification",), "scope": ("Périmètre de la licence",),
    "agreement": ("Contrat principal",), "subject": ("Objet et finalité du traitement",),
    "subjects": ("Catégories de personnes concernées",),
    "data": ("Catégories de données personnelles",), "duration": ("Durée du traitement",),
    "subprocessors": ("Sous-traitants ultérieurs autorisés",),
    "transfers": ("Transferts hors UE",), "territory": ("Territoire",),
    "commission": ("Commission",),
}
COVER_VALUES_FR: dict[str, tuple[str, ...]] = {
    "period": ("12 mois à compter de la Date d'effet", "36 mois", "1 an"),
    "fees": ("{amount} HT par an", "{amount} HT par mois", "{amount} HT par utilisateur et "
             "par mois"),
    "payment": ("Facturation annuelle terme à échoir, paiement à {days} jours",
                "Prélèvement SEPA mensuel", "Virement à réception de facture"),
    "renewal": ("Tacite reconduction par périodes de 12 mois, sauf dénonciation avec un "
                "préavis de {notice_days} jours", "Pas de renouvellement automatique"),
    "limits": ("{users} utilisateurs nommés", "{users} utilisateurs et 100 Go de stockage"),
    "support": ("Assistance par courriel, jours ouvrés de 9 h à 18 h",
                "Support premium selon {url}/assistance"),
    "cap": ("Montant des redevances des 12 derniers mois", "{amount}"),
    "insurance": ("Responsabilité civile professionnelle : {amount}",),
    "law": ("Droit français", "Droit belge", "Droit suisse"),
    "courts": ("Tribunal de commerce de {city}", "Tribunaux de {city}"),
    "scope": ("{users} utilisateurs sur {servers} serveurs de production",
              "Un environnement de production et un environnement de test"),
    "agreement": ("Contrat de services cloud du {date2}", "Conditions générales {product}",
                  "Contrat-cadre n° {ref}"),
    "subject": ("Hébergement et traitement des données du Client pour la fourniture de "
                "{product}", "Prestations d'assistance et de maintenance"),
    "subjects": ("Salariés et utilisateurs finaux du Client", "Clients et prospects du "
                 "Client"),
    "data": ("Nom, coordonnées professionnelles, données de connexion",
             "Coordonnées, historique de commandes"),
    "duration": ("Durée du Contrat principal augmentée de {days} jours",),
    "subprocessors": ("Liste disponible sur {url}/sous-traitants", "Hébergeur situé en "
                      "France ; prestataire d'envoi de courriels"),
    "transfers": ("Aucun transfert hors de l'EEE", "Clauses contractuelles types de la "
                  "Commission européenne"),
    "territory": ("France métropolitaine", "Belgique et Luxembourg", "Suisse romande"),
    "commission": ("{pct} % du chiffre d'affaires net de la première année",
                   "{amount} par contrat signé"),
}
STANDARD_WORDS_FR: dict[str, tuple[str, ...]] = {
    "cover": ("Page de garde", "Conditions particulières", "PAGE DE GARDE",
              "Conditions essentielles"),
    "cover_intro": (
        "La présente page de garde et les Conditions générales ci-après forment ensemble le "
        "Contrat entre le {prov} et le {cust}. Les termes commençant par une majuscule ont le "
        "sens qui leur est donné dans les Conditions générales.",
        "En cas de contradiction entre la page de garde et les Conditions générales, la page "
        "de garde prévaut.",
        "Les parties conviennent des conditions essentielles suivantes :"),
    "table": ("Élément|Valeur convenue", "Rubrique|Détail", "|"),
    "terms": ("Conditions générales", "CONDITIONS GÉNÉRALES", "Conditions générales de vente",
              "Conditions standard (version {v})", "Partie 2 – Conditions générales"),
    "terms_intro": (
        "Les présentes Conditions générales s'appliquent à toute commande faisant référence à "
        "la page de garde.", "Les conditions d'achat du {cust} sont expressément exclues."),
    "sign": ("Fait en deux exemplaires originaux.", "Pour accord :", "Signatures des "
             "représentants habilités :"),
    "fields": ("Signature", "Nom", "Qualité", "Date"),
    "end": ("[Fin des Conditions générales]", "— Fin du Contrat —", "Page {page}/{pages}"),
    "heading": ("Article {n} – {h}", "Article {n}. {h}", "{n}. {h}", "ARTICLE {n} : {H}"),
}
STANDARD_FR: tuple[Topic, ...] = (
    ("service", ("Objet", "Fourniture du {thing}"), (
        "Le {prov} met le {thing} à la disposition du {cust} pendant la Durée de l'abonnement, "
        "conformément au Contrat et à la Politique d'assistance.\nLe {cust} peut autoriser ses "
        "Utilisateurs à accéder au {thing} pour ses besoins internes ; il répond du respect du "
        "Contrat par ceux-ci.\nLe {prov} peut faire évoluer le {thing} à condition de ne pas "
        "en réduire substantiellement les fonctionnalités.",)),
    ("restrictions", ("Restrictions d'utilisation", "Obligations du {cust}"), (
        "Le {cust} s'interdit de copier, modifier, décompiler ou mettre le {thing} à la "
        "disposition de tiers, sauf dans les limites autorisées par la loi, ainsi que de "
        "dépasser les Limites d'utilisation.",)),
    ("data", ("Données du {cust}", "Données"), (
        "Le {cust} concède au {prov} le droit d'utiliser ses Données uniquement pour fournir "
        "et assurer le support du {thing}. Le {cust} est seul responsable de la licéité de "
        "ses Données.",)),
    ("fees", ("Conditions financières", "Prix et paiement"), (
        "Le {cust} paie les Redevances selon les Modalités de paiement. Sauf stipulation "
        "contraire, les factures sont payables à {days} jours date de facture.\nTout retard "
        "de paiement entraîne l'application de pénalités égales à trois fois le taux "
        "d'intérêt légal et d'une indemnité forfaitaire de 40 € pour frais de "
        "recouvrement.",)),
    ("support", ("Assistance", "Assistance et niveaux de service"), (
        "Pendant la Durée de l'abonnement, le {prov} fournit l'assistance technique décrite "
        "dans la Politique d'assistance et s'efforce de garantir une disponibilité de "
        "{uptime} % par mois.",)),
    ("suspension", ("Suspension",), (
        "Le {prov} peut suspendre l'accès au {thing} si le {cust} ne règle pas une somme "
        "non contestée plus de {days} jours après son échéance ou si son utilisation menace "
        "la sécurité du {thing}. L'accès est rétabli dès que la cause a disparu.",)),
    ("confidentiality", ("Confidentialité",), (
        "Les « Informations confidentielles » désignent toute information communiquée par "
        "une partie à l'autre et identifiée comme confidentielle ou devant raisonnablement "
        "être considérée comme telle.\nChaque partie s'engage à n'utiliser les Informations "
        "confidentielles de l'autre que pour l'exécution du Contrat et à ne les communiquer "
        "qu'aux personnes qui en ont besoin et sont tenues au secret.",)),
    ("term", ("Durée et résiliation", "Durée"), (
        "Le Contrat prend effet à la Date d'effet pour la Durée de l'abonnement. Il est "
        "reconduit tacitement pour une durée identique, sauf dénonciation par l'une des "
        "parties au moins {notice_days} jours avant son terme.\nEn cas de manquement grave "
        "non réparé dans un délai de {days} jours suivant une mise en demeure, l'autre partie "
        "peut résilier le Contrat de plein droit.",)),
    ("warranties", ("Garanties",), (
        "Le {prov} garantit que le {thing} est conforme pour l'essentiel à sa documentation. "
        "À l'exception de ce qui précède, le {thing} est fourni « en l'état » et aucune autre "
        "garantie, expresse ou implicite, n'est consentie.",)),
    ("liability", ("Responsabilité", "Limitation de responsabilité"), (
        "Sauf faute lourde ou dolosive, la responsabilité totale de chaque partie au titre du "
        "Contrat est limitée au Plafond de responsabilité.\nAucune partie ne pourra être tenue "
        "responsable des dommages indirects, tels que perte de chiffre d'affaires, de données "
        "ou d'image.",)),
    ("indemnity", ("Garantie d'éviction", "Propriété intellectuelle"), (
        "Le {prov} garantit le {cust} contre toute action de tiers alléguant que le {thing} "
        "porte atteinte à leurs droits de propriété intellectuelle, sous réserve d'en être "
        "informé sans délai et de conserver la maîtrise de la défense.",)),
    ("general", ("Dispositions générales", "Stipulations diverses"), (
        "Aucune partie ne peut céder le Contrat sans l'accord écrit préalable de l'autre. Les "
        "notifications sont adressées à l'Adresse de notification.\nLe Contrat est régi par "
        "le Droit applicable ; tout litige relève de la compétence exclusive des Tribunaux "
        "compétents. Le Contrat constitue l'intégralité de l'accord des parties.",)),
    ("definitions", ("Définitions",), (
        "« Contrat » désigne la page de garde, les présentes Conditions générales et tout bon "
        "de commande.\n« Utilisateurs » désigne les salariés et prestataires autorisés par le "
        "{cust} à utiliser le {thing}.\n« Données » désigne les données saisies ou importées "
        "par le {cust} dans le {thing}.",)),
)
KIND_FR: dict[str, tuple[Topic, ...]] = {
    "cloud": (
        ("sla", ("Niveaux de service",), (
            "Si la disponibilité mensuelle du {thing} est inférieure à {uptime} %, le {cust} "
            "bénéficie des crédits de service prévus par la Politique d'assistance, à titre de "
            "seule réparation.",)),),
    "licence": (
        ("grant", ("Concession de licence", "Licence"), (
            "Le {prov} concède au {cust} une licence non exclusive et non cessible "
            "d'installation et d'utilisation du {thing} dans le Périmètre de la licence, pour "
            "ses besoins internes.\nLe {cust} peut réaliser une copie de sauvegarde.",)),
        ("audit", ("Audit",), (
            "Une fois par an, moyennant un préavis de {notice_days} jours, le {prov} peut "
            "vérifier le respect du Périmètre de la licence. Toute utilisation excédentaire "
            "est facturée au tarif en vigueur.",))),
    "dpa": (
        ("instructions", ("Instructions du responsable du traitement",), (
            "Le {prov} ne traite les données personnelles que sur instruction documentée du "
            "{cust}, y compris en ce qui concerne les transferts hors de l'Union "
            "européenne.",)),
        ("subprocessors", ("Sous-traitance ultérieure",), (
            "Le {cust} autorise de manière générale le recours à des sous-traitants "
            "ultérieurs. Le {prov} l'informe de tout changement au moins {notice_days} jours "
            "à l'avance ; le {cust} peut s'y opposer pour un motif légitime.",)),
        ("incidents", ("Notification des violations de données",), (
            "Le {prov} notifie au {cust} toute violation de données personnelles dans un délai "
            "maximal de 48 heures après en avoir pris connaissance.",))),
    "partner": (
        ("appointment", ("Désignation du {cust}", "Objet du partenariat"), (
            "Le {prov} désigne le {cust} comme partenaire non exclusif sur le Territoire pour "
            "promouvoir le {thing} auprès de clients potentiels. Le Contrat ne crée aucun "
            "mandat ni société entre les parties.",)),
        ("commission", ("Commissions",), (
            "Pour chaque client apporté ayant souscrit un abonnement payant, le {prov} verse au "
            "{cust} la Commission prévue en page de garde, trimestriellement et dans un délai "
            "de {days} jours.",))),
}
COVER_LABELS_NL: dict[str, tuple[str, ...]] = {
    "provider": ("{prov}",), "customer": ("{cust}",),
    "effective": ("Ingangsdatum",), "product": ("{thing}",),
    "period": ("Abonnementsperiode", "Looptijd"), "fees": ("Vergoeding", "Tarieven"),
    "payment": ("Betalingswijze", "Betalingsvoorwaarden"), "renewal": ("Verlenging",),
    "limits": ("Gebruikslimieten",), "support": ("Supportbeleid",),
    "cap": ("Aansprakelijkheidslimiet",), "insurance": ("Minimale verzekering",),
    "law": ("Toepasselijk recht",), "courts": ("Bevoegde rechter",),
    "notice": ("Adres voor kennisgevingen",), "scope": ("Licentieomvang",),
    "agreement": ("Hoofdovereenkomst",), "subject": ("Aard en doel van de verwerking",),
    "subjects": ("Categorieën betrokkenen",), "data": ("Soorten persoonsgegevens",),
    "duration": ("Duur van de verwerking",), "subprocessors": ("Subverwerkers",),
    "transfers": ("Doorgifte buiten de EER",), "territory": ("Gebied",),
    "commission": ("Commissie", "Aanbrengvergoeding"),
}
COVER_VALUES_NL: dict[str, tuple[str, ...]] = {
    "period": ("12 maanden vanaf de Ingangsdatum", "24 maanden", "1 jaar"),
    "fees": ("{amount} per jaar excl. btw", "{amount} per maand excl. btw",
             "{amount} per gebruiker per maand"),
    "payment": ("Jaarlijks vooraf per factuur, betaling binnen {days} dagen",
                "Maandelijkse automatische incasso"),
    "renewal": ("Stilzwijgende verlenging met telkens 12 maanden, opzegtermijn {notice_days} "
                "dagen", "Geen automatische verlenging"),
    "limits": ("Maximaal {users} gebruikers", "{users} gebruikers en 250 GB opslag"),
    "support": ("Support per e-mail op werkdagen van 9.00 tot 17.00 uur",
                "Premium support volgens {url}/support"),
    "cap": ("De vergoedingen over de laatste 12 maanden", "{amount}"),
    "insurance": ("Beroepsaansprakelijkheid {amount} per gebeurtenis",),
    "law": ("Nederlands recht", "Belgisch recht"),
    "courts": ("Rechtbank {city}", "De bevoegde rechter te {city}"),
    "scope": ("{users} gebruikers op {servers} productieservers",
              "Eén productie- en één testomgeving"),
    "agreement": ("SaaS-overeenkomst van {date2}", "Algemene voorwaarden {product}",
                  "Raamovereenkomst nr. {ref}"),
    "subject": ("Hosting en verwerking van klantgegevens voor het leveren van {product}",
                "Support- en onderhoudswerkzaamheden"),
    "subjects": ("Medewerkers en eindgebruikers van de Klant", "Klanten en prospects van de "
                 "Klant"),
    "data": ("NAW-gegevens, zakelijke contactgegevens, inloggegevens",
             "Contactgegevens en bestelgeschiedenis"),
    "duration": ("Looptijd van de Hoofdovereenkomst plus {days} dagen",),
    "subprocessors": ("Zie {url}/subverwerkers", "Datacenter in Nederland; e-maildienst"),
    "transfers": ("Geen doorgifte buiten de EER", "Standaardcontractbepalingen (SCC's)"),
    "territory": ("Nederland", "Benelux", "Vlaanderen"),
    "commission": ("{pct}% van de netto-omzet in het eerste jaar", "{amount} per gesloten "
                   "deal"),
}
STANDARD_WORDS_NL: dict[str, tuple[str, ...]] = {
    "cover": ("Voorblad", "Kerngegevens", "VOORBLAD", "Overzicht van de afspraken"),
    "cover_intro": (
        "Dit voorblad vormt samen met de hierna opgenomen Standaardvoorwaarden de "
        "Overeenkomst tussen {prov} en {cust}. Begrippen met een hoofdletter hebben de "
        "betekenis die in de Standaardvoorwaarden wordt gegeven.",
        "Bij strijdigheid tussen dit voorblad en de Standaardvoorwaarden gaat het voorblad "
        "voor.", "Partijen komen de volgende kerngegevens overeen:"),
    "table": ("Onderdeel|Afspraak", "Kerngegeven|Waarde", "|"),
    "terms": ("Standaardvoorwaarden", "Algemene voorwaarden", "ALGEMENE VOORWAARDEN",
              "Standaardvoorwaarden (versie {v})", "Deel 2 – Algemene voorwaarden"),
    "terms_intro": (
        "Deze voorwaarden zijn van toepassing op iedere bestelling die naar dit voorblad "
        "verwijst.", "De toepasselijkheid van inkoopvoorwaarden van {cust} wordt uitdrukkelijk "
        "uitgesloten."),
    "sign": ("Aldus overeengekomen en ondertekend:", "Voor akkoord:"),
    "fields": ("Handtekening", "Naam", "Functie", "Datum"),
    "end": ("[Einde van de Standaardvoorwaarden]", "— Einde overeenkomst —",
            "Pagina {page} van {pages}"),
    "heading": ("Artikel {n} – {h}", "Artikel {n}. {h}", "{n}. {h}", "ARTIKEL {n} {H}"),
}
STANDARD_NL: tuple[Topic, ...] = (
    ("service", ("De {thing}", "Levering van de {thing}"), (
        "{prov} stelt de {thing} gedurende de Abonnementsperiode beschikbaar aan {cust} "
        "overeenkomstig de Overeenkomst en het Supportbeleid.\n{cust} mag zijn Gebruikers "
        "toegang geven tot de {thing} voor interne bedrijfsdoeleinden en staat in voor de "
        "naleving van de Overeenkomst door die Gebruikers.\n{prov} mag de {thing} aanpassen, "
        "mits de functionaliteit daardoor niet wezenlijk afneemt.",)),
    ("restrictions", ("Beperkingen", "Verplichtingen van {cust}"), (
        "{cust} zal de {thing} niet kopiëren, wijzigen, decompileren of aan derden ter "
        "beschikking stellen, behalve voor zover de wet dat toestaat, en blijft binnen de "
        "Gebruikslimieten.",)),
    ("data", ("Gegevens van {cust}", "Klantgegevens"), (
        "{cust} geeft {prov} het recht de Klantgegevens uitsluitend te gebruiken voor het "
        "leveren en ondersteunen van de {thing}. {cust} is verantwoordelijk voor de "
        "juistheid en rechtmatigheid van de Klantgegevens.",)),
    ("fees", ("Vergoeding en betaling", "Betaling"), (
        "{cust} betaalt de Vergoeding volgens de Betalingswijze. Facturen moeten binnen "
        "{days} dagen na factuurdatum worden voldaan.\nBij te late betaling is {cust} de "
        "wettelijke handelsrente verschuldigd. {prov} mag de tarieven per verlengingsperiode "
        "aanpassen met een aankondiging van ten minste {notice_days} dagen.",)),
    ("support", ("Support", "Ondersteuning en beschikbaarheid"), (
        "{prov} verleent support volgens het Supportbeleid en streeft naar een "
        "beschikbaarheid van {uptime}% per maand, gepland onderhoud niet meegerekend.",)),
    ("suspension", ("Opschorting",), (
        "{prov} mag de toegang tot de {thing} opschorten als {cust} meer dan {days} dagen in "
        "verzuim is met betaling of als het gebruik een ernstig beveiligingsrisico oplevert. "
        "{prov} heft de opschorting op zodra de oorzaak is weggenomen.",)),
    ("confidentiality", ("Geheimhouding", "Vertrouwelijke informatie"), (
        "„Vertrouwelijke Informatie” is alle informatie die een partij aan de andere verstrekt "
        "en die als vertrouwelijk is aangemerkt of waarvan het vertrouwelijke karakter "
        "redelijkerwijs duidelijk is.\nDe ontvangende partij gebruikt Vertrouwelijke "
        "Informatie alleen voor de uitvoering van de Overeenkomst en deelt deze alleen met "
        "personen die haar nodig hebben en tot geheimhouding verplicht zijn.",)),
    ("term", ("Duur en beëindiging", "Looptijd en opzegging"), (
        "De Overeenkomst gaat in op de Ingangsdatum en wordt stilzwijgend verlengd, tenzij een "
        "partij ten minste {notice_days} dagen voor het einde van de lopende periode "
        "opzegt.\nIedere partij mag de Overeenkomst ontbinden als de andere partij een "
        "wezenlijke tekortkoming niet binnen {days} dagen na een schriftelijke "
        "ingebrekestelling herstelt, of in staat van faillissement wordt verklaard.",)),
    ("warranties", ("Garanties",), (
        "{prov} staat ervoor in dat de {thing} in hoofdzaak werkt zoals beschreven in de "
        "documentatie. Verder wordt de {thing} geleverd „as is” en worden alle overige "
        "garanties uitgesloten.",)),
    ("liability", ("Aansprakelijkheid", "Beperking van aansprakelijkheid"), (
        "Behalve bij opzet of bewuste roekeloosheid is de totale aansprakelijkheid van iedere "
        "partij beperkt tot de Aansprakelijkheidslimiet.\nGeen van de partijen is aansprakelijk "
        "voor indirecte schade, waaronder gederfde winst, verlies van gegevens en "
        "reputatieschade.",)),
    ("indemnity", ("Vrijwaring",), (
        "{prov} vrijwaart {cust} tegen aanspraken van derden die stellen dat de {thing} "
        "inbreuk maakt op hun intellectuele eigendomsrechten, mits {cust} {prov} direct "
        "informeert en de verdediging aan {prov} overlaat.",)),
    ("general", ("Slotbepalingen", "Overige bepalingen"), (
        "Geen van de partijen mag de Overeenkomst overdragen zonder voorafgaande schriftelijke "
        "toestemming van de ander. Kennisgevingen worden gestuurd naar het Adres voor "
        "kennisgevingen.\nOp de Overeenkomst is het Toepasselijk recht van toepassing; "
        "geschillen worden voorgelegd aan de Bevoegde rechter.",)),
    ("definitions", ("Definities", "Begrippen"), (
        "**Overeenkomst**: het voorblad, deze Standaardvoorwaarden en iedere bestelling.\n"
        "**Gebruikers**: medewerkers en opdrachtnemers van {cust} die toegang krijgen tot de "
        "{thing}.\n**Klantgegevens**: alle gegevens die {cust} in de {thing} invoert.",)),
)
KIND_NL: dict[str, tuple[Topic, ...]] = {
    "cloud": (
        ("sla", ("Serviceniveaus",), (
            "Als de beschikbaarheid in een kalendermaand lager is dan {uptime}%, heeft {cust} "
            "recht op de servicecredits uit het Supportbeleid. Dit is de enige remedie voor "
            "het niet halen van dit serviceniveau.",)),),
    "licence": (
        ("grant", ("Licentie", "Verlening van de licentie"), (
            "{prov} verleent {cust} een niet-exclusieve, niet-overdraagbare licentie om de "
            "{thing} binnen de Licentieomvang te installeren en te gebruiken voor interne "
            "doeleinden.\n{cust} mag een reservekopie maken.",)),
        ("audit", ("Controle",), (
            "{prov} mag eenmaal per jaar, na een aankondiging van {notice_days} dagen, "
            "controleren of {cust} binnen de Licentieomvang blijft. Overschrijding wordt "
            "tegen de geldende tarieven gefactureerd.",))),
    "dpa": (
        ("instructions", ("Verwerking in opdracht",), (
            "{prov} verwerkt persoonsgegevens uitsluitend in opdracht en volgens de "
            "schriftelijke instructies van {cust}, tenzij een wettelijk voorschrift {prov} tot "
            "verwerking verplicht.",)),
        ("subprocessors", ("Subverwerkers",), (
            "{cust} geeft algemene toestemming voor het inschakelen van subverwerkers. {prov} "
            "informeert {cust} ten minste {notice_days} dagen vooraf over wijzigingen; {cust} "
            "kan op redelijke gronden bezwaar maken.",)),
        ("incidents", ("Datalekken", "Meldplicht datalekken"), (
            "{prov} informeert {cust} zonder onredelijke vertraging, en uiterlijk binnen 48 "
            "uur, over een inbreuk in verband met persoonsgegevens en verstrekt alle "
            "informatie die {cust} nodig heeft voor een melding aan de Autoriteit "
            "Persoonsgegevens.",))),
    "partner": (
        ("appointment", ("Aanstelling als partner", "Samenwerking"), (
            "{prov} stelt {cust} aan als niet-exclusieve partner in het Gebied om de {thing} "
            "aan te bevelen bij potentiële klanten. Partijen blijven zelfstandig; de "
            "Overeenkomst schept geen agentuur of vennootschap.",)),
        ("commission", ("Commissie",), (
            "Voor iedere aangebrachte klant die een betaald abonnement afsluit, betaalt {prov} "
            "de Commissie uit het voorblad, per kwartaal achteraf en binnen {days} dagen na "
            "afloop van het kwartaal.",))),
}

# ---- Everything above, by language. ----

ONLINE_WORDS["de"] = ONLINE_WORDS_DE
ONLINE_WORDS["fr"] = ONLINE_WORDS_FR
ONLINE_WORDS["nl"] = ONLINE_WORDS_NL
ONLINE_TOPICS: dict[str, tuple[Topic, ...]] = {"en": ONLINE_EN, "de": ONLINE_DE,
                                               "fr": ONLINE_FR, "nl": ONLINE_NL}
SERVICE_TOPICS: dict[str, dict[str, Topic]] = {"en": SERVICE_EN, "de": SERVICE_DE,
                                               "fr": SERVICE_FR, "nl": SERVICE_NL}
PROHIBITED: dict[str, tuple[str, ...]] = {"en": PROHIBITED_EN, "de": PROHIBITED_DE,
                                          "fr": PROHIBITED_FR, "nl": PROHIBITED_NL}
COVER_LABELS["de"] = COVER_LABELS_DE
COVER_LABELS["fr"] = COVER_LABELS_FR
COVER_LABELS["nl"] = COVER_LABELS_NL
COVER_VALUES["de"] = COVER_VALUES_DE
COVER_VALUES["fr"] = COVER_VALUES_FR
COVER_VALUES["nl"] = COVER_VALUES_NL
STANDARD_WORDS["de"] = STANDARD_WORDS_DE
STANDARD_WORDS["fr"] = STANDARD_WORDS_FR
STANDARD_WORDS["nl"] = STANDARD_WORDS_NL
STANDARD_TOPICS: dict[str, tuple[Topic, ...]] = {"en": STANDARD_EN, "de": STANDARD_DE,
                                                 "fr": STANDARD_FR, "nl": STANDARD_NL}
KIND_TOPICS: dict[str, dict[str, tuple[Topic, ...]]] = {"en": KIND_EN, "de": KIND_DE,
                                                        "fr": KIND_FR, "nl": KIND_NL}
