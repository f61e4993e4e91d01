"""Short requests for help in French, Spanish and Italian, in the same pieces as the English,
German and Dutch ones."""

from __future__ import annotations

SHORT_TICKET_ROMANCE: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "hello": ("bonjour", "salut", "bonsoir", "hello", "bonjour à tous", "coucou"),
        "bank": ("ma carte a été refusée deux fois aujourd'hui", "l'appli affiche erreur "
                 "{code} à la connexion", "j'ai été débité deux fois de {amount}", "mon compte "
                 "est bloqué", "un virement de {amount} n'est jamais arrivé", "toujours pas "
                 "reçu ma nouvelle carte après {n} semaines", "le code de validation n'arrive "
                 "jamais"),
        "telecom": ("plus de réseau {when}", "internet coupé encore une fois", "la box "
                    "redémarre toutes les {n} minutes", "y a-t-il une panne dans mon secteur ?",
                    "ma facture est bien plus élevée que mon forfait", "le technicien n'est "
                    "jamais venu", "fibre coupée {when}"),
        "rail": ("le train de {time} est encore supprimé", "{n} minutes de retard et aucune "
                 "annonce", "comment me faire rembourser le retard ?", "billet payé deux fois",
                 "bloqués en pleine voie depuis {n} min, que se passe-t-il ?", "l'appli plante "
                 "au moment du paiement"),
        "air": ("vol annulé et personne ne sait pourquoi", "ma valise n'est pas arrivée à "
                "{city}", "impossible de faire l'enregistrement en ligne, erreur {code}",
                "j'attends toujours le remboursement de mon vol"),
        "shop": ("ma commande {order} n'est toujours pas arrivée, que se passe-t-il ?",
                 "le suivi indique livré mais je n'ai rien reçu", "colis bloqué depuis {n} "
                 "jours", "j'ai reçu le mauvais article", "colis arrivé abîmé", "où en est le "
                 "remboursement de la commande {order} ?", "le code promo ne marche pas",
                 "le livreur n'est jamais passé"),
        "app": ("depuis la mise à jour l'appli plante à l'ouverture", "impossible de me "
                "connecter", "toutes mes données ont disparu après la mise à jour",
                "je ne reçois plus les notifications", "payé l'abonnement premium mais "
                "toujours en gratuit", "paiement refusé, erreur {code}"),
        "streaming": ("ça coupe sans arrêt {when}", "prélevé {amount} après ma résiliation",
                      "déconnecté tous les jours sur la télé", "pas de son sur l'épisode {n}"),
        "printer": ("l'imprimante est hors ligne alors qu'elle est sur le wifi", "plus rien "
                    "ne s'imprime depuis la mise à jour", "cartouche neuve non reconnue"),
        "utility": ("plus de courant depuis {n} heures, il y a une panne ?", "prélèvement "
                    "en double ce mois-ci", "facture de {amount}, c'est impossible",
                    "mon relevé de compteur n'a pas été pris en compte"),
        "game": ("serveurs encore en panne ?", "acheté {n} gemmes jamais reçues", "compte "
                 "banni sans raison"),
        "when": ("depuis ce matin", "depuis 3 jours", "depuis hier", "tout le week-end",
                 "depuis la mise à jour", "encore aujourd'hui"),
        "detail": ("commande n° {order}", "code erreur {code}", "j'ai déjà redémarré, rien "
                   "à faire", "{n} minutes d'attente au téléphone", "troisième fois ce mois-ci",
                   "réf {order}", "capture d'écran jointe"),
        "ask": ("quelqu'un peut m'aider ?", "il y a une panne ?", "quand serai-je remboursé ?",
                "pouvez-vous m'écrire en DM ?", "merci de corriger", "je fais quoi "
                "maintenant ?", "vous pouvez me rappeler ?", "c'est pour quand ?",
                "merci de me répondre", "au secours", "c'est un problème connu ?"),
        "mood": ("c'est pénible", "inadmissible", "j'en ai marre", "merci d'avance",
                 "désolé si ce n'est pas le bon endroit", "très déçu", "franchement nul"),
        "follow": ("toujours pas de réponse", "ça n'a pas marché non plus", "des nouvelles ?",
                   "troisième relance", "DM envoyé il y a {n} jours, rien", "toujours pas "
                   "réglé"),
        "sign": ("merci", "cdlt", "bonne journée", "{name}", "merci, {name}"),
    },
    "es": {
        "hello": ("hola", "buenas", "buenos días", "hola equipo", "buenas tardes", "ey"),
        "bank": ("me han rechazado la tarjeta dos veces hoy", "la app da error {code} al "
                 "entrar", "me han cobrado {amount} dos veces", "tengo la cuenta bloqueada",
                 "una transferencia de {amount} no ha llegado", "la tarjeta nueva no llega "
                 "después de {n} semanas", "no me llega el código de verificación"),
        "telecom": ("sin cobertura {when}", "otra vez sin internet", "el wifi se corta cada "
                    "{n} minutos", "¿hay alguna avería en mi zona?", "la factura es mucho más "
                    "alta que mi tarifa", "el técnico no ha venido", "la fibra no va {when}"),
        "rail": ("el tren de las {time} cancelado otra vez", "{n} minutos de retraso y ni un "
                 "aviso", "¿cómo pido la devolución por el retraso?", "me cobraron el billete "
                 "dos veces", "llevamos {n} min parados en la vía, ¿qué pasa?"),
        "air": ("me han cancelado el vuelo y nadie explica nada", "mi maleta no ha llegado a "
                "{city}", "no puedo hacer el check-in online, error {code}", "sigo esperando "
                "el reembolso del vuelo"),
        "shop": ("mi pedido {order} todavía no ha llegado", "pone entregado pero no tengo "
                 "ningún paquete", "el paquete lleva {n} días parado", "me ha llegado el "
                 "artículo equivocado", "el paquete llegó roto", "¿dónde está el reembolso del "
                 "pedido {order}?", "el código de descuento no funciona", "el repartidor no "
                 "pasó"),
        "app": ("desde la actualización la app se cierra sola", "no puedo iniciar sesión",
                "he perdido todos mis datos tras actualizar", "ya no me llegan las "
                "notificaciones", "pagué premium y sigue en gratis", "el pago falla, error "
                "{code}"),
        "streaming": ("se corta todo el rato {when}", "me cobraron {amount} después de darme "
                      "de baja", "me desconecta de la tele cada día", "no hay sonido en el "
                      "episodio {n}"),
        "printer": ("la impresora sale desconectada pero está en el wifi", "desde la "
                    "actualización no imprime nada", "no reconoce el cartucho nuevo"),
        "utility": ("llevamos {n} horas sin luz, ¿hay un corte?", "me habéis cobrado el "
                    "recibo dos veces", "factura de {amount}, eso no puede ser", "no han "
                    "tenido en cuenta la lectura del contador"),
        "game": ("¿los servidores caídos otra vez?", "compré {n} gemas y no me llegaron",
                 "me han baneado la cuenta sin motivo"),
        "when": ("desde esta mañana", "desde hace 3 días", "desde ayer", "todo el finde",
                 "desde la actualización", "otra vez hoy"),
        "detail": ("pedido n.º {order}", "código de error {code}", "ya he reiniciado y nada",
                   "{n} minutos esperando al teléfono", "tercera vez este mes", "ref {order}"),
        "ask": ("¿alguien me ayuda?", "¿hay una avería?", "¿cuándo me devolvéis el dinero?",
                "¿me escribís por DM?", "arreglenlo porfa", "¿qué hago ahora?",
                "¿me podéis llamar?", "¿para cuándo?", "necesito una respuesta", "ayuda",
                "¿es un problema conocido?"),
        "mood": ("qué rabia", "es una vergüenza", "estoy harto", "gracias de antemano",
                 "perdón si no es el sitio", "muy decepcionada", "fatal el servicio"),
        "follow": ("sigo esperando respuesta", "eso tampoco funcionó", "¿alguna novedad?",
                   "es la tercera vez que escribo", "os mandé un DM hace {n} días y nada",
                   "sigue sin arreglarse"),
        "sign": ("gracias", "saludos", "un saludo, {name}", "{name}", "grax"),
    },
    "it": {
        "hello": ("ciao", "salve", "buongiorno", "buonasera", "ciao a tutti", "ehi"),
        "bank": ("mi hanno rifiutato la carta due volte oggi", "l'app dà errore {code} "
                 "all'accesso", "mi avete addebitato {amount} due volte", "il mio conto è "
                 "bloccato", "un bonifico di {amount} non è mai arrivato", "la nuova carta non "
                 "arriva da {n} settimane", "non mi arriva il codice di verifica"),
        "telecom": ("niente segnale {when}", "internet di nuovo giù", "il wifi cade ogni {n} "
                    "minuti", "c'è un guasto nella mia zona?", "la bolletta è molto più alta "
                    "della mia offerta", "il tecnico non si è presentato"),
        "rail": ("il treno delle {time} soppresso di nuovo", "{n} minuti di ritardo e nessun "
                 "annuncio", "come chiedo il rimborso per il ritardo?", "biglietto pagato due "
                 "volte", "fermi da {n} min in mezzo ai binari, cosa succede?"),
        "air": ("volo cancellato e nessuno sa perché", "la mia valigia non è arrivata a "
                "{city}", "non riesco a fare il check-in online, errore {code}", "aspetto "
                "ancora il rimborso del volo"),
        "shop": ("il mio ordine {order} non è ancora arrivato", "risulta consegnato ma non ho "
                 "ricevuto niente", "pacco fermo da {n} giorni", "mi è arrivato l'articolo "
                 "sbagliato", "il pacco è arrivato rotto", "quando arriva il rimborso "
                 "dell'ordine {order}?", "il codice sconto non funziona", "il corriere non è "
                 "mai passato"),
        "app": ("dopo l'aggiornamento l'app si chiude all'apertura", "non riesco ad accedere",
                "ho perso tutti i dati dopo l'aggiornamento", "non arrivano più le notifiche",
                "ho pagato premium ma risulta gratis", "pagamento non riuscito, errore "
                "{code}"),
        "streaming": ("si blocca continuamente {when}", "addebitati {amount} dopo la "
                      "disdetta", "mi disconnette dalla tv ogni giorno", "niente audio "
                      "nell'episodio {n}"),
        "printer": ("la stampante risulta offline ma è collegata al wifi", "dopo "
                    "l'aggiornamento non stampa più", "cartuccia nuova non riconosciuta"),
        "utility": ("senza corrente da {n} ore, c'è un guasto?", "bolletta addebitata due "
                    "volte", "bolletta da {amount}, impossibile", "la lettura del contatore "
                    "non è stata registrata"),
        "game": ("server di nuovo giù?", "comprato {n} gemme mai ricevute", "account bannato "
                 "senza motivo"),
        "when": ("da stamattina", "da 3 giorni", "da ieri", "tutto il weekend",
                 "dall'aggiornamento", "anche oggi"),
        "detail": ("ordine n. {order}", "codice errore {code}", "ho già riavviato, niente",
                   "{n} minuti in attesa al telefono", "terza volta questo mese", "rif {order}"),
        "ask": ("qualcuno mi aiuta?", "c'è un guasto?", "quando avrò il rimborso?",
                "potete scrivermi in DM?", "sistemate per favore", "cosa devo fare adesso?",
                "potete richiamarmi?", "quanto ci vuole ancora?", "aspetto una risposta",
                "aiuto", "è un problema noto?"),
        "mood": ("che nervi", "vergognoso", "sono stufo", "grazie in anticipo",
                 "scusate se non è il canale giusto", "molto deluso", "servizio pessimo"),
        "follow": ("ancora nessuna risposta", "non ha funzionato neanche così",
                   "novità?", "è la terza volta che scrivo", "vi ho mandato un DM {n} giorni "
                   "fa, niente", "ancora non risolto"),
        "sign": ("grazie", "saluti", "{name}", "grazie mille, {name}", "thx"),
    },
}
