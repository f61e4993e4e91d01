"""Complaints posted at a company: what went wrong with its service, said to its handle or
naming it, often sarcastic, and asking nothing. {brand} is the handle or the plain name.
Groups: travel (rail, air), shop (shops, delivery), service (everything billed monthly)."""

from __future__ import annotations

SHORT_GRIPES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "opener": ("thanks {brand},", "well done {brand}:", "shoutout to {brand}:",
                   "nice one {brand},", "cheers {brand},", "great job {brand}:",
                   "dear {brand},", "hey {brand}", "{brand} seriously,"),
        "again": ("third time this week:", "again.", "yet again", "for the fourth day in a row",
                  "as usual", "once again", "every week the same:"),
        "travel": ("second time this week the {time} is cancelled and nobody at the station "
                   "knows anything", "{brand} cancelled my {time} again and the app still "
                   "shows it running", "{n} minutes stuck outside {city} and not a single "
                   "announcement from {brand}", "the {time} from {city} is late every single "
                   "day. every day", "{brand} staff at the gate were so rude to an elderly "
                   "couple, shameful", "flight delayed {n} hours, no food, no info, thanks "
                   "{brand}", "{brand} lost my bag for the second time this year",
                   "paid for a seat, got squeezed next to the toilet. classic {brand}",
                   "nobody at the {brand} desk in {city} has a clue what's going on",
                   "a {n} carriage train at rush hour, well done {brand}"),
        "shop": ("got asked for ID buying one beer at {brand}. I'm 41. is that really the "
                 "policy", "{brand} delivered my order cold after {n}0 minutes",
                 "the self checkout at {brand} in {city} has been broken for a month",
                 "{brand} driver threw my parcel over the fence. lovely",
                 "'delivered' says {brand}. it was not delivered", "cashier at {brand} "
                 "rolled her eyes at me for paying with coins", "{brand} charged me twice for "
                 "the same order and support just closes the chat", "third missed delivery "
                 "from {brand} this month and I was home every time", "waited in for "
                 "{brand} all day. nothing. no email, no call", "the {brand} website "
                 "crashed at checkout {n} times tonight"),
        "service": ("over an hour on hold with {brand} and still no one picks up",
                    "{brand} charged me twice again this month. great work as always",
                    "{brand} down again for the third time this week", "{n} emails to "
                    "{brand} and not one reply", "the {brand} app logs me out every five "
                    "minutes since the update, genius", "internet from {brand} dead {when}, "
                    "paying full price for nothing", "thanks {brand} for raising my bill "
                    "{amount} without a word", "{brand} support chat bot sent me in circles "
                    "for {n} minutes", "{brand} status page says all good. it is not all "
                    "good", "cancelled {brand} {n} months ago and they still take my money",
                    "been promised a callback from {brand} {n} times now. still waiting",
                    "error {code} on the {brand} app all day, really professional"),
        "sarcasm": ("great service as always", "love that for me", "10/10 would not "
                    "recommend", "never again", "unbelievable", "absolute joke",
                    "brilliant, just brilliant", "so much for customer service",
                    "thanks for nothing", "every single time", "👏👏👏", "shocking"),
    },
    "de": {
        "opener": ("danke {brand},", "super gemacht {brand}:", "liebe {brand},",
                   "glückwunsch {brand}:", "hey {brand}", "{brand} echt jetzt,"),
        "again": ("zum dritten mal diese woche:", "schon wieder", "wie jede woche:",
                  "mal wieder", "auch heute wieder"),
        "travel": ("schon wieder fällt der {time} aus und am bahnhof weiß keiner was",
                   "{n} minuten verspätung und kein einziges wort vom personal, danke "
                   "{brand}", "{brand} streicht meinen zug und die app zeigt ihn noch an",
                   "jeden tag zu spät, jeden einzelnen tag, {brand}", "das personal von "
                   "{brand} in {city} war heute unfassbar unfreundlich", "flug {n} stunden "
                   "verspätet und {brand} sagt gar nichts", "koffer wieder weg, zweites mal "
                   "dieses jahr mit {brand}"),
        "shop": ("bei {brand} für ein bier nach dem ausweis gefragt worden. ich bin 38",
                 "{brand} liefert mein essen nach {n}0 minuten kalt",
                 "laut {brand} zugestellt. nichts ist zugestellt",
                 "der fahrer von {brand} wirft das paket einfach über den zaun",
                 "{brand} bucht zweimal ab und der chat wird einfach geschlossen",
                 "den ganzen tag auf {brand} gewartet, keiner kam"),
        "service": ("über eine stunde in der warteschleife bei {brand} und keiner geht ran",
                    "{brand} hat schon wieder doppelt abgebucht, toll gemacht",
                    "{brand} {when} komplett down, zahle trotzdem voll", "{n} mails an "
                    "{brand} und keine einzige antwort", "danke {brand} für die "
                    "preiserhöhung ohne vorwarnung", "{brand} app seit dem update nur noch "
                    "fehler {code}, super", "seit {n} monaten gekündigt und {brand} bucht "
                    "immer noch ab", "rückruf von {brand} versprochen, zum {n}. mal"),
        "sarcasm": ("läuft bei euch", "wie immer", "ganz großes kino", "danke für nichts",
                    "nie wieder", "unfassbar", "top service, echt", "sagenhaft"),
    },
    "nl": {
        "opener": ("bedankt {brand},", "goed bezig {brand}:", "hé {brand}",
                   "{brand} serieus,"),
        "again": ("voor de derde keer deze week:", "alweer", "zoals altijd", "weer eens"),
        "travel": ("alweer valt de trein van {time} uit en niemand op het station weet iets",
                   "{n} minuten vertraging en geen enkele omroep van {brand}",
                   "personeel van {brand} in {city} was echt onbeschoft vandaag",
                   "vlucht {n} uur vertraagd, geen info, bedankt {brand}"),
        "shop": ("bij {brand} om mijn ID gevraagd voor één biertje. ik ben 45",
                 "volgens {brand} bezorgd. niks bezorgd", "{brand} heeft twee keer "
                 "afgeschreven en de chat wordt gewoon gesloten", "hele dag thuis gebleven "
                 "voor {brand}, niemand gekomen"),
        "service": ("al een uur in de wacht bij {brand} en niemand neemt op",
                    "{brand} ligt er {when} weer uit en ik betaal gewoon door",
                    "{n} mails naar {brand} en geen antwoord", "bedankt {brand} voor de "
                    "prijsverhoging zonder bericht", "{brand} app geeft alleen nog foutcode "
                    "{code}, knap werk"),
        "sarcasm": ("top service weer", "zoals altijd", "nooit meer", "echt een grap",
                    "bedankt voor niks"),
    },
    "fr": {
        "opener": ("merci {brand},", "bravo {brand} :", "chapeau {brand},",
                   "cher {brand},", "{brand} sérieusement,", "coucou {brand}"),
        "again": ("troisième fois cette semaine :", "encore une fois", "comme d'hab",
                  "rebelote", "et de nouveau"),
        "travel": ("deuxième fois cette semaine que le {time} est supprimé et personne en "
                   "gare ne sait rien", "{n} minutes de retard et aucune annonce, merci "
                   "{brand}", "{brand} supprime mon train et l'appli l'affiche toujours",
                   "le personnel {brand} à {city} d'une impolitesse incroyable ce matin",
                   "vol retardé de {n} heures, pas un mot de {brand}", "valise perdue, "
                   "deuxième fois cette année avec {brand}"),
        "shop": ("on m'a demandé ma carte d'identité pour une bière chez {brand}. j'ai 39 "
                 "ans", "{brand} m'a livré mon repas froid après {n}0 minutes",
                 "« livré » d'après {brand}. rien n'a été livré", "le livreur {brand} a jeté "
                 "mon colis par-dessus le portail", "{brand} m'a débité deux fois et le chat "
                 "se ferme tout seul", "resté chez moi toute la journée pour {brand}, "
                 "personne"),
        "service": ("plus d'une heure d'attente au téléphone avec {brand} et toujours "
                    "personne", "encore une coupure chez {brand}, troisième fois ce mois-ci",
                    "{brand} m'a encore prélevé deux fois, bravo", "{n} mails à {brand} et "
                    "pas une seule réponse", "merci {brand} pour la hausse de prix sans "
                    "prévenir", "l'appli {brand} affiche erreur {code} depuis la mise à "
                    "jour, du grand art", "résilié depuis {n} mois et {brand} continue de "
                    "prélever", "on m'a promis un rappel de {brand} {n} fois. j'attends "
                    "toujours"),
        "sarcasm": ("génial", "comme d'habitude", "bravo", "merci pour rien", "plus jamais",
                    "incroyable", "service au top, vraiment", "un grand classique"),
    },
    "es": {
        "opener": ("gracias {brand},", "enhorabuena {brand}:", "bravo {brand},",
                   "querido {brand},", "{brand} en serio,", "vaya tela {brand},"),
        "again": ("tercera vez esta semana:", "otra vez", "como siempre", "de nuevo",
                  "una semana más"),
        "travel": ("otra vez cancelado el tren de las {time} y en la estación nadie sabe "
                   "nada", "{n} minutos de retraso y ni un aviso, gracias {brand}",
                   "el personal de {brand} en {city} fue de lo más borde hoy",
                   "vuelo retrasado {n} horas y {brand} sin decir nada", "maleta perdida otra "
                   "vez con {brand}"),
        "shop": ("me pidieron el DNI en {brand} por una cerveza. tengo 43 años",
                 "{brand} me trajo la comida fría después de {n}0 minutos",
                 "«entregado» dice {brand}. no ha llegado nada", "{brand} me cobró dos veces "
                 "y el chat se cierra solo", "todo el día en casa esperando a {brand} y nadie"),
        "service": ("más de una hora en espera con {brand} y nadie contesta", "{brand} otra "
                    "vez caído {when}, pagando por nada", "{brand} me ha vuelto a cobrar dos "
                    "veces, enhorabuena", "{n} correos a {brand} y ni una respuesta",
                    "gracias {brand} por subirme la factura sin avisar", "la app de {brand} "
                    "da error {code} desde la actualización, un crack",
                    "me di de baja hace {n} meses y {brand} sigue cobrando"),
        "sarcasm": ("genial", "como siempre", "de traca", "gracias por nada", "nunca más",
                    "increíble", "qué servicio, madre mía", "lo de siempre"),
    },
    "it": {
        "opener": ("grazie {brand},", "complimenti {brand}:", "bravi {brand},",
                   "cara {brand},", "{brand} sul serio,"),
        "again": ("terza volta questa settimana:", "di nuovo", "come al solito",
                  "ancora una volta"),
        "travel": ("di nuovo soppresso il treno delle {time} e in stazione nessuno sa niente",
                   "{n} minuti di ritardo e nessun annuncio, grazie {brand}",
                   "il personale {brand} a {city} maleducato come sempre",
                   "volo in ritardo di {n} ore e {brand} non dice niente"),
        "shop": ("mi hanno chiesto il documento da {brand} per una birra. ho 36 anni",
                 "«consegnato» dice {brand}. non è arrivato niente", "{brand} mi ha addebitato "
                 "due volte e la chat si chiude da sola", "tutto il giorno a casa ad "
                 "aspettare {brand}, nessuno"),
        "service": ("più di un'ora in attesa con {brand} e non risponde nessuno",
                    "{brand} di nuovo giù {when}, e pago pure", "{n} mail a {brand} e "
                    "nessuna risposta", "grazie {brand} per l'aumento senza avviso",
                    "l'app di {brand} dà errore {code} dall'aggiornamento, complimenti"),
        "sarcasm": ("complimenti", "come sempre", "mai più", "grazie di niente",
                    "servizio top, proprio"),
    },
}
