"""Vocabulary the training corpus draws from: names, places, goods and services per language.

Pools are wide on purpose: the model must learn what an invoice or a contract looks like, not
which company or product names happened to appear in its training documents.
"""

from __future__ import annotations

LANGUAGES = ("en", "de", "fr", "nl", "es", "it")

NAME_STEMS = (
    "Alder", "Aster", "Bergfeld", "Birchwood", "Blauwe Reiger", "Brightline", "Calder", "Cedar",
    "Cobalt", "Corvin", "Dalmore", "Delta Kern", "Eastgate", "Elmhurst", "Falkenrath", "Fernhill",
    "Fjordline", "Goldbach", "Granite Peak", "Greystone", "Hafenblick", "Harrow", "Helix",
    "Hollandia Techniek", "Ironbridge", "Juniper", "Kestrel", "Kupferberg", "Lakeside", "Lindqvist",
    "Lumen", "Maasdelta", "Marlowe", "Meridian", "Montclair", "Nebula", "Nordwind", "Oakridge",
    "Orchard", "Palisade", "Pinnacle", "Quarry Lane", "Rheinauen", "Riverbend", "Rosewood",
    "Saffron", "Schwarzwald Holz", "Seabright", "Silverline", "Sonnental", "Stellar", "Stonegate",
    "Sycamore", "Tannenhof", "Thistle", "Timberline", "Trident", "Union Square", "Valmont",
    "Vektor", "Verdant", "Vinkeveen", "Wavecrest", "Westbrook", "Wildflower", "Windmolen",
    "Yellowpine", "Zephyr", "Zuiderlicht", "Atelier Moreau", "Beaulieu", "Bellerive", "Champlain",
    "Clairval", "Dumoulin", "Fontaine", "Lavande", "Les Ateliers du Rhône", "Marceau", "Mistral",
    "Provençale", "Rivoli", "Saint-Clair", "Vauban", "Alhambra", "Costa Brava", "Iberia Norte",
    "Sierra Azul", "Toledo", "Adriatica", "Dolomiti", "Lago Verde", "Toscana", "Vesuvio",
)
TRADES = {
    "en": ("Logistics", "Consulting", "Software", "Engineering", "Supplies", "Facilities",
           "Print", "Analytics", "Systems", "Cleaning Services", "Catering", "Energy",
           "Office Solutions", "Hosting", "Security", "Labs", "Media", "Parts", "Legal"),
    "de": ("Logistik", "Beratung", "Software", "Maschinenbau", "Bürobedarf", "Gebäudeservice",
           "Druckerei", "Elektrotechnik", "Systemhaus", "Reinigung", "Spedition", "Energie",
           "Datentechnik", "Haustechnik", "Metallbau", "Verpackung"),
    "fr": ("Logistique", "Conseil", "Informatique", "Ingénierie", "Fournitures", "Transports",
           "Imprimerie", "Nettoyage", "Électricité", "Services", "Emballages", "Bureautique"),
    "nl": ("Logistiek", "Advies", "Software", "Techniek", "Kantoorartikelen", "Schoonmaak",
           "Drukkerij", "Installatietechniek", "Transport", "Verpakkingen", "Automatisering"),
    "es": ("Logística", "Consultoría", "Suministros", "Ingeniería", "Servicios", "Transportes"),
    "it": ("Logistica", "Consulenza", "Forniture", "Ingegneria", "Servizi", "Trasporti"),
}
LEGAL_FORMS = {
    "en": ("Ltd", "Limited", "LLC", "Inc.", "Corp.", "PLC", "LLP", "Co."),
    "de": ("GmbH", "AG", "GmbH & Co. KG", "KG", "UG (haftungsbeschränkt)", "e.K."),
    "fr": ("SARL", "SAS", "S.A.", "SASU", "EURL"),
    "nl": ("B.V.", "N.V.", "V.O.F."),
    "es": ("S.L.", "S.A.", "S.L.U."),
    "it": ("S.r.l.", "S.p.A.", "S.n.c."),
}
FIRST_NAMES = {
    "en": ("James", "Olivia", "Amelia", "Harry", "Priya", "Daniel", "Grace", "Samuel", "Chloe",
           "Marcus", "Hannah", "Ethan", "Isla", "Noah", "Ruth", "Tom", "Aisha", "Liam", "Megan"),
    "de": ("Jonas", "Lena", "Lukas", "Anna", "Felix", "Marie", "Tobias", "Sabine", "Jürgen",
           "Katrin", "Matthias", "Ute", "Stefan", "Julia", "Moritz", "Heike", "Florian"),
    "fr": ("Camille", "Louis", "Chloé", "Julien", "Manon", "Nicolas", "Élodie", "Thomas",
           "Léa", "Antoine", "Sophie", "Mathieu", "Inès", "Hugo", "Claire"),
    "nl": ("Daan", "Sanne", "Bram", "Lotte", "Sem", "Fleur", "Joris", "Anouk", "Thijs",
           "Eva", "Ruben", "Marloes", "Pieter", "Iris", "Wouter"),
    "es": ("Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Elena"),
    "it": ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo", "Sara"),
}
LAST_NAMES = {
    "en": ("Smith", "Patel", "O'Connor", "Hughes", "Bennett", "Clarke", "Walsh", "Turner",
           "Reid", "Foster", "Khan", "Morgan", "Doyle", "Price", "Ellis", "Baker", "Fraser"),
    "de": ("Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch",
           "Richter", "Klein", "Wolf", "Neumann", "Braun", "Zimmermann", "Krüger", "Hartmann"),
    "fr": ("Martin", "Bernard", "Dubois", "Laurent", "Lefèvre", "Moreau", "Girard", "Roux",
           "Fournier", "Mercier", "Blanc", "Garnier", "Chevalier", "Faure"),
    "nl": ("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
           "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen"),
    "es": ("García", "Fernández", "López", "Martínez", "Sánchez", "Romero"),
    "it": ("Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Greco"),
}
CITIES = {
    "en": (("London", "EC2A 4NE"), ("Manchester", "M1 2AB"), ("Leeds", "LS1 5QS"),
           ("Edinburgh", "EH2 4AD"), ("Bristol", "BS1 6QF"), ("Cardiff", "CF10 1EP"),
           ("Boston, MA", "02110"), ("Austin, TX", "78701"), ("Dublin 2", "D02 X285"),
           ("Cork", "T12 W8K2"), ("Seattle, WA", "98101"), ("Denver, CO", "80202")),
    "de": (("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
           ("Frankfurt am Main", "60311"), ("Leipzig", "04109"), ("Dresden", "01067"),
           ("Hannover", "30159"), ("Nürnberg", "90402"), ("Wien", "1010"), ("Graz", "8010"),
           ("Zürich", "8001"), ("Bremen", "28195"), ("Freiburg im Breisgau", "79098")),
    "fr": (("Paris", "75008"), ("Lyon", "69002"), ("Marseille", "13001"), ("Lille", "59000"),
           ("Toulouse", "31000"), ("Nantes", "44000"), ("Bordeaux", "33000"),
           ("Strasbourg", "67000"), ("Bruxelles", "1000"), ("Genève", "1204")),
    "nl": (("Amsterdam", "1012 AB"), ("Rotterdam", "3011 AD"), ("Utrecht", "3511 LX"),
           ("Eindhoven", "5611 AZ"), ("Den Haag", "2511 BT"), ("Groningen", "9711 LM"),
           ("Antwerpen", "2000"), ("Gent", "9000"), ("Zwolle", "8011 CW")),
    "es": (("Madrid", "28013"), ("Barcelona", "08002"), ("Valencia", "46002"),
           ("Sevilla", "41001")),
    "it": (("Milano", "20121"), ("Torino", "10121"), ("Bologna", "40121"), ("Roma", "00184")),
}
STREETS = {
    "en": ("High Street", "Station Road", "Mill Lane", "Queen's Road", "King Street",
           "Church Lane", "Market Street", "Harbour Way", "Main Street", "Park Avenue"),
    "de": ("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Industriestraße", "Lindenallee",
           "Schillerstraße", "Am Markt", "Hafenstraße", "Goethestraße", "Mühlenweg"),
    "fr": ("rue de la République", "avenue Victor Hugo", "boulevard Voltaire", "rue des Lilas",
           "place du Marché", "rue Pasteur", "quai de la Loire", "chemin des Vignes"),
    "nl": ("Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Prinsengracht",
           "Havenkade", "Industrieweg", "Schoolstraat", "Marktplein"),
    "es": ("Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Paseo de Gracia"),
    "it": ("Via Roma", "Corso Italia", "Via Garibaldi", "Piazza del Duomo"),
}
COUNTRY = {
    "en": ("United Kingdom", "UK", "Ireland", "USA", ""),
    "de": ("Deutschland", "Germany", "Österreich", ""),
    "fr": ("France", "Belgique", ""),
    "nl": ("Nederland", "The Netherlands", "België", ""),
    "es": ("España", ""),
    "it": ("Italia", ""),
}
VAT_PREFIX = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT"}
CURRENCIES = {
    "en": ("GBP", "USD", "EUR", "GBP", "USD", "CHF", "CAD", "AUD"),
    "de": ("EUR", "EUR", "EUR", "CHF", "USD"),
    "fr": ("EUR", "EUR", "CHF", "EUR"),
    "nl": ("EUR", "EUR", "EUR", "USD"),
    "es": ("EUR",),
    "it": ("EUR",),
}
SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€", "CHF": "CHF", "CAD": "C$", "AUD": "A$"}
VAT_RATES = {"en": (20, 0, 5), "de": (19, 7), "fr": (20, 10, 5.5), "nl": (21, 9), "es": (21, 10),
             "it": (22, 10)}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
}
GOODS = {
    "en": ("Laptop stand, aluminium", "USB-C docking station", "Office chair, ergonomic",
           "A4 copier paper (box of 5 reams)", "Toner cartridge, black", "Consulting hours",
           "Project management", "On-site support (day rate)", "Freight Rotterdam-Leeds",
           "Pallet handling", "Cleaning of premises, monthly", "Window cleaning",
           "Catering for workshop (25 persons)", "Software licence, annual", "Server rack 42U",
           "Network switch, 48 port", "Hard hats (pack of 10)", "Safety gloves, size L",
           "Translation EN-DE, 4,200 words", "Design of brochure", "Printing of flyers, 5000",
           "Maintenance of HVAC system", "Replacement filter set", "Travel expenses",
           "Training course: data protection", "Hosting, dedicated server", "Domain renewal",
           "Steel brackets 40x40", "Hydraulic hose 2m", "Forklift rental, weekly",
           "Annual audit fee", "Legal advice re lease", "Courier, same day"),
    "de": ("Montage vor Ort", "Beratungsleistung (Std.)", "Bürostuhl Comfort", "Kopierpapier A4",
           "Tonerkartusche schwarz", "Wartung Heizungsanlage", "Fensterreinigung",
           "Unterhaltsreinigung Büroflächen", "Transport Hamburg-München", "Palettenstellplatz",
           "Softwarelizenz (jährlich)", "Netzwerkkabel Cat.6, 5 m", "Schutzhandschuhe",
           "Schulung Arbeitssicherheit", "Fahrtkosten", "Anfahrtspauschale",
           "Edelstahlschrauben M8",
           "Druck von Visitenkarten", "Übersetzung DE-EN", "Hosting-Paket Business",
           "Steuerberatung Jahresabschluss", "Elektroinstallation Büro", "Gerüstmiete (Woche)"),
    "fr": ("Prestation de conseil (jour)", "Maintenance informatique", "Fournitures de bureau",
           "Papier A4 (carton)", "Cartouche d'encre noire", "Nettoyage des locaux",
           "Transport Lyon-Paris", "Location de chariot élévateur", "Formation sécurité",
           "Licence logicielle annuelle", "Frais de déplacement", "Installation électrique",
           "Traduction FR-EN", "Impression de brochures", "Hébergement serveur dédié",
           "Main d'oeuvre (heures)", "Pièces détachées", "Honoraires d'expertise comptable"),
    "nl": ("Adviesuren", "Onderhoud cv-ketel", "Kantoorbenodigdheden", "Printpapier A4",
           "Tonercartridge zwart", "Schoonmaak kantoor", "Glasbewassing",
           "Transport Rotterdam-Venlo",
           "Huur heftruck", "Cursus bedrijfshulpverlening", "Softwarelicentie (jaar)",
           "Reiskosten", "Arbeidsuren monteur", "Vertaling NL-EN", "Drukwerk folders",
           "Hosting dedicated server", "Installatie netwerk", "Voorrijkosten"),
    "es": ("Servicios de consultoría", "Material de oficina", "Transporte Madrid-Valencia",
           "Mantenimiento mensual", "Licencia de software", "Horas de trabajo"),
    "it": ("Servizi di consulenza", "Materiale d'ufficio", "Trasporto Milano-Torino",
           "Manutenzione mensile", "Licenza software", "Ore di lavoro"),
}
PRODUCTS = ("Lamina Cloud", "PayFlow", "Ledgerly", "TimeTrack Pro", "the mobile app",
            "the customer portal", "DataVault", "Orbit CRM", "ShipTrack", "the API",
            "the admin console", "FleetView", "HelpHub", "the web shop", "Invoicer 5",
            "the desktop client", "SyncBox", "the reporting module", "the SSO integration")
DOMAINS = ("example.com", "mail.example.org", "corp.example.net", "example.de", "example.fr",
           "example.nl", "example.co.uk", "example.eu", "example.io")
