"""Short requests for help in English, German and Dutch: what breaks per sector, since when,
what people ask for, how they feel, and the nudges they send when nobody answers."""

from __future__ import annotations

SHORT_TICKET: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "hello": ("hi", "hello", "hey", "hi there", "hello?", "good morning", "hey guys",
                  "hi team", "evening", "um hi", "hello support", "hiya"),
        "bank": ("my card got declined twice today", "the app just says error {code} when I "
                 "try to log in", "I was charged {amount} twice for the same payment",
                 "my account is locked and I can't get in", "a transfer of {amount} left my "
                 "account {when} but never arrived", "there's a payment of {amount} I don't "
                 "recognise", "my new card still hasn't arrived after {n} weeks",
                 "online banking keeps logging me out", "the verification code never comes",
                 "why was I charged an overdraft fee of {amount}?", "contactless stopped "
                 "working on my card", "can't add my card to apple pay, it says error {code}"),
        "telecom": ("no signal at all {when}", "my internet is down again", "wifi keeps "
                    "dropping every {n} minutes", "I'm being billed {amount} for roaming I never "
                    "used", "my bill is way higher than my plan", "is there an outage in my "
                    "area?", "broadband has been crawling at 2mbps {when}", "my number port "
                    "still hasn't gone through", "can't make calls, only emergency calls",
                    "the router light is flashing red {when}", "still no engineer after {n} "
                    "days without internet", "my esim won't activate"),
        "rail": ("the {time} is cancelled again with no announcement", "train delayed {n} "
                 "minutes and no info on the platform", "how do I claim delay repay for "
                 "today's {time}?", "I was charged twice for my ticket", "the app sold me a "
                 "ticket for a train that doesn't exist", "stuck outside the station for {n} "
                 "min, what's going on?", "my season ticket won't scan at the gates",
                 "no seats, no aircon and {n} min late", "my refund for the cancelled {time} "
                 "still hasn't come through", "the booking page crashes at payment"),
        "air": ("my flight got cancelled and nobody can tell me why", "bag didn't arrive in "
                "{city}", "my luggage is lost, file ref {order}", "flight delayed {n} hours "
                "and no food vouchers", "I can't check in online, it says error {code}",
                "I paid for seat selection but got moved anyway", "still waiting for my refund "
                "for a flight cancelled in march", "the app won't show my booking {order}",
                "was charged {amount} for a bag I never checked", "missed my connection "
                "because of your delay, what now?"),
        "shop": ("my order {order} still hasn't arrived", "tracking says delivered but there's "
                 "no parcel", "package has been stuck in transit for {n} days", "I received "
                 "the wrong item in order {order}", "the parcel came damaged", "where is my "
                 "refund for order {order}?", "you charged me {amount} but cancelled my order",
                 "the driver left my parcel in the rain", "returned it {n} weeks ago, still "
                 "no refund", "discount code isn't working at checkout", "my order {order} "
                 "is missing one item", "courier never showed up, I was home all day"),
        "app": ("since the update the app crashes when I open settings", "the app won't load "
                "past the splash screen", "can't log in, keeps saying wrong password even "
                "after reset", "I lost all my saved data after the update", "notifications "
                "stopped working {when}", "the app drains my battery since version {version}",
                "I was charged for premium but it still shows free", "sync is broken between "
                "my phone and laptop", "the dark mode toggle does nothing", "I can't delete "
                "my account anywhere in the app", "payment fails with error {code}",
                "the login button is greyed out"),
        "streaming": ("the stream keeps buffering {when}", "you charged me after I cancelled",
                      "the app logs me out of the tv every day", "no sound on episode {n}",
                      "says too many devices but I only use one", "my subscription "
                      "disappeared but I was still billed {amount}", "subtitles are out of "
                      "sync", "downloads vanish after a day", "4k stopped working, I pay for "
                      "premium", "playlist deleted itself"),
        "printer": ("my printer says offline but it's connected to wifi", "printer won't print "
                    "anything since the firmware update", "error {code} on the display",
                    "the ink subscription charged me twice", "scanner stopped working on "
                    "windows 11", "it keeps saying paper jam but there's no paper in it",
                    "new cartridge not recognised", "the app can't find my printer"),
        "utility": ("power's been out {when}, is there an outage?", "my bill is {amount}, "
                    "that can't be right", "you took a direct debit twice this month",
                    "no hot water, the boiler shows {code}", "my meter reading was ignored "
                    "again", "I moved out and you're still billing me", "water pressure has "
                    "been really low {when}", "the smart meter stopped sending readings"),
        "game": ("the servers are down again?", "I bought {n} gems and never got them",
                 "my account got banned for no reason", "game crashes on launch since the "
                 "patch", "lost all my progress after the update", "can't join any match, "
                 "error {code}", "charged {amount} for a pack I didn't receive",
                 "lag is unplayable {when}"),
        "when": ("since this morning", "for 3 days now", "since yesterday", "all weekend",
                 "since the last update", "again today", "for over a week", "since monday",
                 "every evening", "since 7am", "all day"),
        "detail": ("order number is {order}", "error code {code}", "tried restarting, didn't "
                   "help", "already reinstalled twice", "been on hold for {n} minutes",
                   "ref {order}", "third time this month", "account ends in {n}",
                   "on android 14 if that matters", "iphone, latest ios", "it worked fine "
                   "until {when}", "booking ref {order}", "I've attached a screenshot",
                   "cleared cache, same thing", "happens on wifi and on 4g",
                   "I'm in {city}"),
        "ask": ("can someone help?", "is there an outage?", "when will I get my refund?",
                "can you DM me?", "pls fix", "any ETA?", "please sort this out",
                "what do I do now?", "can someone call me back?", "how do I fix this?",
                "please help", "who do I contact about this?", "is anyone there?",
                "fix pls", "can I get my money back?", "please advise", "DM sent",
                "can you look into it?", "is this a known issue?", "what's going on?",
                "any update?", "I want a refund", "please get back to me asap"),
        "mood": ("so frustrating", "ridiculous", "this is a joke", "really not happy",
                 "honestly fed up", "unacceptable", "thanks in advance", "appreciate any help",
                 "sorry if this is the wrong place", "getting really annoyed now",
                 "worst service ever", "pretty disappointed", "would appreciate a quick reply",
                 "thank you!", "help 🙏"),
        "follow": ("still waiting for a reply", "that didn't work either", "any update on "
                   "this?", "3rd time asking", "I sent a DM {n} days ago, nothing",
                   "still not fixed", "tried what you said, same error", "no one has got back "
                   "to me", "it's been a week", "same problem again today", "you said 48 "
                   "hours, it's been {n} days", "replied to your email, still nothing",
                   "followed the steps, still broken"),
        "sign": ("thx", "thanks", "cheers", "ty", "thanks, {name}", "- {name}",
                 "Sent from my phone", "regards {name}"),
    },
    "de": {
        "hello": ("hallo", "hi", "moin", "guten tag", "servus", "hallo zusammen",
                  "hallo liebes team", "guten morgen"),
        "bank": ("meine karte wurde heute zweimal abgelehnt", "die app zeigt nur fehler {code} "
                 "beim login", "mir wurden {amount} doppelt abgebucht", "mein konto ist "
                 "gesperrt", "überweisung über {amount} ist {when} nicht angekommen",
                 "die neue karte ist nach {n} wochen immer noch nicht da", "der tan-code "
                 "kommt nicht an", "da ist eine abbuchung über {amount}, die ich nicht kenne"),
        "telecom": ("kein netz {when}", "internet schon wieder weg", "wlan bricht alle {n} "
                    "minuten ab", "gibt es eine störung in meiner gegend?", "die rechnung ist "
                    "viel zu hoch", "dsl nur 2 mbit {when}", "rufnummernmitnahme klappt "
                    "nicht", "router blinkt rot {when}", "techniker ist nicht gekommen"),
        "rail": ("der {time} fällt schon wieder aus", "zug {n} minuten verspätet und keine "
                 "durchsage", "wie bekomme ich die fahrgastrechte-entschädigung?", "ticket "
                 "doppelt bezahlt", "die app stürzt bei der buchung ab", "stehen seit {n} "
                 "min vor dem bahnhof, was ist los?", "erstattung für den ausgefallenen {time} "
                 "fehlt noch", "klimaanlage kaputt und {n} min verspätung"),
        "air": ("flug gestrichen und keiner sagt warum", "mein koffer ist nicht in {city} "
                "angekommen", "online check-in geht nicht, fehler {code}", "warte seit "
                "monaten auf die erstattung", "anschlussflug verpasst wegen eurer "
                "verspätung"),
        "shop": ("meine bestellung {order} ist immer noch nicht da", "laut tracking zugestellt, "
                 "aber kein paket", "paket hängt seit {n} tagen im verteilzentrum", "falschen "
                 "artikel bekommen", "paket kam beschädigt an", "wo bleibt meine erstattung "
                 "für {order}?", "rabattcode funktioniert nicht", "retoure vor {n} wochen "
                 "geschickt, noch kein geld", "der bote hat nicht mal geklingelt"),
        "app": ("seit dem update stürzt die app beim öffnen ab", "login geht nicht mehr",
                "nach dem update sind alle daten weg", "push-nachrichten kommen nicht mehr",
                "premium bezahlt aber wird nicht freigeschaltet", "zahlung schlägt fehl, "
                "fehler {code}", "app lädt ewig und dann nichts"),
        "streaming": ("stream ruckelt {when}", "nach kündigung trotzdem {amount} abgebucht",
                      "auf dem fernseher werde ich ständig abgemeldet", "kein ton bei folge "
                      "{n}", "angeblich zu viele geräte, nutze aber nur eins"),
        "printer": ("drucker zeigt offline obwohl er im wlan ist", "seit dem firmware-update "
                    "druckt er nichts mehr", "fehler {code} im display", "neue patrone wird "
                    "nicht erkannt"),
        "utility": ("seit {n} stunden kein strom, gibt es eine störung?", "abschlag doppelt "
                    "abgebucht", "jahresabrechnung über {amount}, das kann nicht stimmen",
                    "zählerstand wurde wieder nicht übernommen", "bin ausgezogen und werde "
                    "trotzdem belastet"),
        "game": ("server schon wieder down?", "{n} münzen gekauft und nie bekommen", "account "
                 "ohne grund gesperrt", "spiel stürzt seit dem patch ab"),
        "when": ("seit heute morgen", "seit 3 tagen", "seit gestern", "das ganze wochenende",
                 "seit dem update", "schon wieder", "seit über einer woche"),
        "detail": ("bestellnummer {order}", "fehlercode {code}", "neustart hat nichts "
                   "gebracht", "hing {n} minuten in der warteschleife", "schon das dritte "
                   "mal diesen monat", "kundennummer {order}", "screenshot anbei",
                   "android, neueste version"),
        "ask": ("kann mir jemand helfen?", "gibt es eine störung?", "wann bekomme ich mein "
                "geld zurück?", "bitte per DM melden", "bitte beheben", "was soll ich jetzt "
                "machen?", "könnt ihr mich zurückrufen?", "wie lange dauert das noch?",
                "bitte um rückmeldung", "hilfe!", "ist das bekannt?", "wer ist dafür "
                "zuständig?"),
        "mood": ("echt nervig", "unglaublich", "langsam reicht es", "danke im voraus",
                 "sorry falls falscher kanal", "sehr enttäuschend", "total genervt",
                 "danke schon mal"),
        "follow": ("warte immer noch auf antwort", "hat auch nicht funktioniert", "gibt es was "
                   "neues?", "frage jetzt zum dritten mal", "habe vor {n} tagen eine DM "
                   "geschickt, nichts", "immer noch nicht behoben", "gleicher fehler wie "
                   "gestern"),
        "sign": ("danke", "lg", "vg {name}", "grüße", "gruß {name}", "Von meinem iPhone "
                 "gesendet"),
    },
    "nl": {
        "hello": ("hoi", "hallo", "hey", "goedemorgen", "hallo team", "dag"),
        "bank": ("mijn pas is vandaag twee keer geweigerd", "de app geeft foutmelding {code} "
                 "bij inloggen", "er is {amount} dubbel afgeschreven", "mijn rekening is "
                 "geblokkeerd", "overboeking van {amount} is {when} niet aangekomen",
                 "nieuwe pas na {n} weken nog steeds niet binnen"),
        "telecom": ("geen bereik {when}", "internet ligt er weer uit", "wifi valt elke {n} "
                    "minuten weg", "is er een storing bij mij in de buurt?", "rekening veel "
                    "hoger dan mijn abonnement", "monteur is niet komen opdagen"),
        "rail": ("de trein van {time} is weer uitgevallen", "{n} minuten vertraging en geen "
                 "omroep", "hoe vraag ik geld terug bij vertraging?", "ov-chipkaart dubbel "
                 "afgeschreven", "staan al {n} min stil voor het station, wat is er aan de "
                 "hand?"),
        "air": ("vlucht geannuleerd en niemand weet waarom", "mijn koffer is niet aangekomen "
                "in {city}", "online inchecken lukt niet, fout {code}", "wacht nog steeds op "
                "mijn terugbetaling"),
        "shop": ("mijn bestelling {order} is nog steeds niet binnen", "volgens track & trace "
                 "bezorgd maar geen pakket", "pakket staat al {n} dagen stil", "verkeerd "
                 "artikel ontvangen", "pakket kwam beschadigd aan", "waar blijft mijn "
                 "terugbetaling voor {order}?", "kortingscode werkt niet"),
        "app": ("sinds de update crasht de app bij het openen", "kan niet meer inloggen",
                "na de update zijn al mijn gegevens weg", "meldingen werken niet meer",
                "betaald voor premium maar het staat nog op gratis", "betaling mislukt, "
                "fout {code}"),
        "streaming": ("stream blijft hangen {when}", "na opzeggen toch {amount} afgeschreven",
                      "word steeds uitgelogd op de tv", "geen geluid bij aflevering {n}"),
        "printer": ("printer staat op offline maar zit gewoon op de wifi", "sinds de update "
                    "print hij niks meer", "nieuwe cartridge wordt niet herkend"),
        "utility": ("al {n} uur geen stroom, is er een storing?", "voorschot dubbel "
                    "afgeschreven", "jaarafrekening van {amount}, dat klopt echt niet",
                    "meterstand weer niet verwerkt"),
        "game": ("servers weer plat?", "{n} coins gekocht maar nooit gekregen", "account "
                 "zomaar geblokkeerd"),
        "when": ("sinds vanochtend", "al 3 dagen", "sinds gisteren", "het hele weekend",
                 "sinds de update", "alweer", "al een week"),
        "detail": ("bestelnummer {order}", "foutcode {code}", "opnieuw opstarten hielp niet",
                   "{n} minuten in de wacht gestaan", "al de derde keer deze maand",
                   "klantnummer {order}", "screenshot in de bijlage"),
        "ask": ("kan iemand helpen?", "is er een storing?", "wanneer krijg ik mijn geld "
                "terug?", "stuur me even een DM", "graag oplossen", "wat moet ik nu doen?",
                "kunnen jullie me terugbellen?", "hoe lang gaat dit nog duren?", "help!",
                "graag een reactie"),
        "mood": ("echt irritant", "belachelijk", "ben het zat", "alvast bedankt",
                 "sorry als dit het verkeerde kanaal is", "erg teleurgesteld"),
        "follow": ("wacht nog steeds op antwoord", "dat werkte ook niet", "al nieuws?",
                   "vraag het nu voor de derde keer", "{n} dagen geleden een DM gestuurd, "
                   "niks", "nog steeds niet opgelost"),
        "sign": ("thx", "bedankt", "groetjes", "mvg {name}", "gr {name}"),
    },
}
