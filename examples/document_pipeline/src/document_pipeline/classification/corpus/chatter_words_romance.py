"""Short everyday messages that ask no company for help, in French, Spanish and Italian."""

from __future__ import annotations

CHATTER_ROMANCE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "personal": ("j'arrive dans {n} min", "on se voit toujours {day} ?", "tu peux prendre "
                     "du pain en rentrant ?", "je viens d'atterrir, à tout de suite",
                     "le film commence à quelle heure ?", "dîner chez moi {day} ? viens avec "
                     "{name}", "je suis dans le train, j'arrive vers {time}"),
        "congrats": ("joyeux anniversaire {name} !", "félicitations pour le nouveau poste !",
                     "bravo pour ton diplôme", "joyeux anniversaire de mariage",
                     "{n} ans chez {brand}, merci à tous"),
        "marketing": ("les soldes d'été commencent : -{pct} % sur tout", "livraison offerte "
                      "ce week-end", "la nouvelle collection est arrivée", "téléchargez "
                      "l'appli et profitez de -{pct} % sur votre première commande",
                      "envolez-vous pour {city} dès {amount}"),
        "notice": ("nos magasins ferment à 18 h aujourd'hui", "maintenance prévue cette nuit "
                   "à partir de {time}, l'appli sera brièvement indisponible", "le trafic "
                   "vers {city} est rétabli, merci de votre patience", "nous serons fermés "
                   "le {day}", "nouveaux horaires à partir du {day}", "bus de substitution "
                   "entre {city} et l'aéroport ce week-end"),
        "event": ("portes ouvertes le {day} à {time}", "save the date : fête d'été le {day}",
                  "webinaire {day} : les nouveautés {brand}", "retrouvez-nous sur le stand "
                  "{n}"),
        "teaser": ("la lettre de la semaine est en ligne : 5 astuces pour économiser "
                   "l'énergie", "nouvel épisode de notre podcast", "notre récap de {month}"),
        "review": ("j'ai adoré la nouvelle saison", "super accueil au magasin de {city}, "
                   "merci {name} !", "vol à l'heure et équipage adorable", "5 étoiles, je "
                   "recommande", "la mise à jour est top, bravo"),
        "social": ("premier semi-marathon bouclé !", "quel coucher de soleil ce soir",
                   "déjà lundi", "d'abord un café", "dimanche pluvieux = gâteau",
                   "train encore en retard, au moins j'ai fini mon livre", "une heure dans "
                   "les bouchons, heureusement qu'il y avait la radio"),
        "reply": ("merci beaucoup, ravis que ça vous plaise !", "merci pour ce message, nous "
                  "transmettons à {name}", "à bientôt !"),
    },
    "es": {
        "personal": ("llego en {n} min", "¿sigue en pie lo del {day}?", "¿puedes comprar pan "
                     "al volver?", "acabo de aterrizar, nos vemos", "¿a qué hora empieza la "
                     "peli?", "¿cena en casa el {day}? trae a {name}", "voy en el tren, llego "
                     "a las {time}"),
        "congrats": ("¡feliz cumpleaños {name}!", "¡enhorabuena por el nuevo trabajo!",
                     "felicidades por aprobar", "feliz aniversario, pareja", "{n} años en "
                     "{brand}, gracias a todos"),
        "marketing": ("rebajas de verano: {pct} % en todo", "envío gratis este fin de semana",
                      "ya está aquí la nueva colección", "descarga la app y llévate un {pct} % "
                      "en tu primer pedido", "vuela a {city} desde {amount}"),
        "notice": ("hoy nuestras tiendas cierran a las 18:00", "esta noche desde las {time} "
                   "mantenimiento programado, la app puede no estar disponible", "el servicio "
                   "a {city} ya funciona con normalidad, gracias por la paciencia",
                   "el {day} cerramos por festivo", "nuevo horario desde el {day}"),
        "event": ("jornada de puertas abiertas el {day} a las {time}", "reserva la fecha: "
                  "fiesta de verano el {day}", "webinar el {day}: novedades de {brand}",
                  "visítanos en el stand {n}"),
        "teaser": ("ya está la newsletter de la semana: 5 trucos para ahorrar luz", "nuevo "
                   "episodio del podcast", "nuestro resumen de {month}"),
        "review": ("me ha encantado la nueva temporada", "genial la atención en la tienda de "
                   "{city}, gracias {name}", "vuelo puntual y tripulación muy amable",
                   "5 estrellas, lo recomiendo"),
        "social": ("¡primera media maratón terminada!", "vaya atardecer", "otra vez lunes",
                   "primero café", "no me creo que ya sea {month}",
                   "el tren otra vez tarde, al menos terminé el libro"),
        "reply": ("¡gracias, nos alegra que te guste!", "gracias por tus palabras, se lo "
                  "diremos a {name}", "¡nos vemos!"),
    },
    "it": {
        "personal": ("arrivo tra {n} minuti", "confermato per {day}?", "puoi prendere il "
                     "latte tornando?", "appena atterrato, a tra poco", "a che ora inizia il "
                     "film?", "cena da me {day}? porta {name}", "sono in treno, arrivo alle "
                     "{time}"),
        "congrats": ("buon compleanno {name}!", "complimenti per il nuovo lavoro!",
                     "congratulazioni per la laurea", "buon anniversario ragazzi",
                     "{n} anni in {brand}, grazie a tutti"),
        "marketing": ("saldi estivi: {pct}% su tutto", "spedizione gratuita questo weekend",
                      "è arrivata la nuova collezione", "scarica l'app e ottieni il {pct}% "
                      "sul primo ordine", "vola a {city} da {amount}"),
        "notice": ("oggi i nostri negozi chiudono alle 18", "stanotte dalle {time} "
                   "manutenzione programmata, l'app potrebbe non essere disponibile",
                   "la circolazione verso {city} è tornata regolare", "il {day} siamo chiusi "
                   "per festività", "nuovi orari dal {day}"),
        "event": ("open day il {day} alle {time}", "segnatevi la data: festa d'estate il "
                  "{day}", "webinar il {day}: le novità di {brand}", "vieni a trovarci allo "
                  "stand {n}"),
        "teaser": ("è uscita la newsletter della settimana: 5 consigli per risparmiare",
                   "nuovo episodio del nostro podcast", "il nostro riepilogo di {month}"),
        "review": ("la nuova stagione è bellissima", "servizio ottimo nel negozio di {city}, "
                   "grazie {name}!", "volo puntuale ed equipaggio gentilissimo", "5 stelle, "
                   "consigliato"),
        "social": ("prima mezza maratona finita!", "che tramonto stasera", "di nuovo lunedì",
                   "prima il caffè", "non ci credo che sia già {month}",
                   "treno di nuovo in ritardo, almeno ho finito il libro"),
        "reply": ("grazie mille, felici che ti piaccia!", "grazie delle belle parole, le "
                  "giriamo a {name}", "a presto!"),
    },
}
