"""A customer's polite request about an order, in pieces: a greeting (also as people really type
it), an apology for disturbing, "I would like an estimate / a clarification" about a delivery
topic, what they were promised, and thanks. Shops' notices use the same topic words, so the
frame around them is what marks a request."""

from __future__ import annotations

REQUEST_FRAME: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "greet": ("Hello,", "Hello", "Hi,", "Hi there,", "Good morning,", "Good afternoon,",
                  "Hello team,", "Dear support,", "hello", "hi", "Helo,", "Hey,"),
        "sorry": ("Sorry to bother you,", "Sorry to disturb you,", "Apologies for the bother,",
                  "sorry to bother u again", "I hope I'm not bothering you,",
                  "Sorry for the trouble,"),
        "want": ("I would like to have", "I would like", "I'd like to get", "I wanted to have",
                 "I wanted to get", "I was hoping to get", "could I please have", "I just wanted",
                 "i would like to have", "id like"),
        "what": ("an estimate", "a clarification", "some information", "an update",
                 "a rough idea", "more details", "some clarity", "a quick update",
                 "an estimation"),
        "about": ("on the delivery time for my order", "regarding the shipping date of my "
                  "order {order}", "on when my order will be dispatched and when I will receive it",
                  "on the production status of my order", "about my tracking, which hasn't "
                  "moved since {date}", "about the expected delivery date",
                  "regarding the dispatch and receipt of my order", "on the delivery times",
                  "about when my order will ship", "regarding order {order}"),
        "direct": ("Could you tell me when my order will be shipped?",
                   "Could you let me know roughly when I can expect my order?",
                   "I wanted to ask when my order will be sent out.",
                   "i was wondering when my order is going to ship",
                   "Can you give me an idea of the delivery date?",
                   "Would you be able to tell me if my order is in production yet?",
                   "i placed an order on {date} and wanted to know when it will be dispatched"),
        "context": ("I ordered {item} on {date} and the product page said 'delivery in {days} "
                    "days', but my tracking still says 'being prepared'.",
                    "I placed my order on {date} and haven't received a shipping confirmation "
                    "yet.", "The tracking number {tracking} hasn't been updated for {days} days.",
                    "The website said it would ship within 48 hours, it's been {days} days.",
                    "i ordered on {date} and its still showing processing",
                    "My order {order} was made to measure and the estimated production time "
                    "has passed.", "It's a gift so I would like to know if it will arrive in "
                    "time.", "The status of my order hasn't changed since {date}."),
        "ask": ("Could you keep me informed?", "Could you let me know?",
                "Please keep me posted.", "Let me know when you can.",
                "Could you give me an approximate date?", "Is there any news?"),
        "thanks": ("Thank you", "Thanks in advance", "Many thanks", "Thanks a lot, have a nice "
                   "day", "thanks", "thx", "Thank you for your help", "Kind regards"),
        "request_subject": ("Delivery time", "Shipping date", "Order status", "Estimated "
                            "delivery", "Question about my order", "Order {order}",
                            "Dispatch date", "Tracking not updated", "Production status"),
    },
    "de": {
        "greet": ("Hallo,", "Hallo", "Guten Tag,", "Guten Morgen,", "Hallo zusammen,",
                  "Sehr geehrtes Team,", "Moin,", "hallo", "Halo,", "Hello,", "Hi,"),
        "sorry": ("Entschuldigen Sie die Störung,", "sorry für die Störung,",
                  "Entschuldigung, dass ich nochmal schreibe,", "Ich hoffe, ich störe nicht,",
                  "sorry das ich nerve"),
        "want": ("ich hätte gerne", "ich hätte gern", "ich bräuchte", "gerne hätte ich",
                 "ich wollte gerne", "ich hatte gerne", "ich würde gerne"),
        "what": ("eine Auskunft", "eine Einschätzung", "eine kurze Info", "genauere "
                 "Informationen", "einen Zwischenstand", "eine Rückmeldung", "eine Schätzung"),
        "about": ("zur Lieferzeit meiner Bestellung", "zum Versanddatum meiner Bestellung "
                  "{order}", "zu Versand und Zustellung meiner Bestellung", "zum "
                  "Produktionsstatus meiner Bestellung", "zur Sendungsverfolgung, die sich "
                  "seit {date} nicht bewegt", "bezüglich des voraussichtlichen Liefertermins",
                  "zu meiner Bestellung {order}", "wegen der Lieferzeiten",
                  "zur lieferzeit meiner bestelung"),
        "direct": ("Können Sie mir sagen, wann meine Bestellung verschickt wird?",
                   "ich wollte mal nachfragen wann meine bestellung versendet wird",
                   "Ich wollte fragen, wann ungefähr mit der Lieferung zu rechnen ist.",
                   "Könnten Sie mir mitteilen, ob meine Bestellung schon in Produktion ist?",
                   "Wissen Sie schon, wann die Ware bei mir ankommt?",
                   "hab am {date} bestellt und wollte wissen wann es losgeschickt wird"),
        "context": ("Ich habe am {date} {item} bestellt, auf der Produktseite stand „Lieferzeit "
                    "{days} Tage“, im Kundenkonto steht aber immer noch „in Bearbeitung“.",
                    "Eine Versandbestätigung habe ich noch nicht bekommen.",
                    "Die Sendungsnummer {tracking} zeigt seit {days} Tagen keinen neuen "
                    "Status.", "Laut Shop sollte die Ware innerhalb von 48 Stunden verschickt "
                    "werden, jetzt sind es {days} Tage.", "es ist ein geschenk und ich würde "
                    "gern wissen ob es rechtzeitig ankommt", "Die angegebene Fertigungszeit "
                    "ist bereits vorbei."),
        "ask": ("Können Sie mich auf dem Laufenden halten?", "Geben Sie mir bitte Bescheid.",
                "Können Sie mir ein ungefähres Datum nennen?", "Gibt es schon Neuigkeiten?"),
        "thanks": ("Danke", "Vielen Dank", "Vielen Dank im Voraus", "Danke und viele Grüße",
                   "danke schön", "Danke für Ihre Hilfe", "LG"),
        "request_subject": ("Lieferzeit", "Versanddatum", "Status meiner Bestellung",
                            "Voraussichtliche Lieferung", "Frage zur Bestellung {order}",
                            "Sendungsverfolgung", "Anfrage Liefertermin"),
    },
    "fr": {
        "greet": ("Bonjour,", "Bonjour", "Bonjours", "bonjour", "Bonjour madame, monsieur,",
                  "Bonsoir,", "Hello,", "Salut,", "Bjr,", "Bonjour à vous,"),
        "sorry": ("désolé de vous déranger,", "Désolée de vous déranger,", "désolé du "
                  "dérangement,", "excusez-moi de vous déranger,", "desole de vous deranger",
                  "pardon de vous embêter,", "je m'excuse de vous déranger,"),
        "want": ("je voulais avoir", "j'aimerais avoir", "je voudrais avoir", "je souhaiterais "
                 "avoir", "j'aurais voulu avoir", "je voulais juste avoir", "j aimerai avoir",
                 "je voulai avoir", "je souhaite obtenir"),
        "what": ("une précision", "une estimation", "des informations", "un renseignement",
                 "une idée", "des nouvelles", "un petit point", "une precision", "des infos"),
        "about": ("sur les délais de livraison", "sur la date d'expédition de ma commande",
                  "concernant l'expédition et la réception de ma commande", "sur l'état "
                  "de fabrication de ma commande", "concernant mon suivi qui ne bouge plus "
                  "depuis le {date}", "sur la date de livraison prévue", "concernant ma "
                  "commande {order}", "sur les delais de livraison", "pour la reception de "
                  "ma commande", "sur la date d expedition et de reception de ma commande"),
        "direct": ("Pourriez-vous me dire quand ma commande sera expédiée ?",
                   "Pouvez-vous m'indiquer une date approximative de livraison ?",
                   "je voulais savoir quand ma commande allait partir",
                   "Est-ce que vous savez quand je vais recevoir ma commande ?",
                   "j ai passer une commande le {date} et je voudrais savoir quand elle sera "
                   "expedier", "Pourriez-vous me dire si ma commande est en cours de "
                   "fabrication ?"),
        "context": ("J'ai commandé {item} le {date}, la page du produit indiquait « livraison "
                    "en {days} jours » mais mon suivi indique toujours « en cours de "
                    "préparation ».", "Je n'ai toujours pas reçu de mail d'expédition.",
                    "Le numéro de suivi {tracking} n'a pas évolué depuis {days} jours.",
                    "Sur le site il était indiqué une expédition sous 48h, cela fait {days} "
                    "jours.", "j ai commander le {date} et c est toujours marque en preparation",
                    "C'est pour un cadeau, j'aimerais savoir si ça arrivera à temps.",
                    "Le délai de fabrication annoncé est dépassé."),
        "ask": ("Pouvez-vous me tenir au courant ?", "Pourriez-vous me tenir informé ?",
                "Pouvez-vous me donner une date approximative ?", "Merci de me tenir au "
                "courant.", "vous pouvez me dire ?"),
        "thanks": ("Merci", "Merci d'avance", "Merci beaucoup", "Merci et bonne journée",
                   "merci", "Merci par avance", "Cordialement", "merci bcp"),
        "request_subject": ("Délai de livraison", "Date d'expédition", "Estimation de "
                            "livraison", "Suivi de commande", "Demande de précision",
                            "Commande {order}", "Délais", "Réception de ma commande"),
    },
    "nl": {
        "greet": ("Goedendag,", "Goedemiddag,", "Goedemorgen,", "Hallo,", "Hoi,", "Beste,",
                  "hallo", "Dag,", "Hello,"),
        "sorry": ("sorry dat ik stoor,", "Excuses voor het storen,", "sorry voor de moeite,",
                  "Sorry dat ik weer mail,"),
        "want": ("ik had graag", "ik wil graag", "ik wou graag", "graag had ik", "ik zou graag"),
        "what": ("een inschatting", "wat meer informatie", "een verduidelijking", "een update",
                 "duidelijkheid", "een indicatie"),
        "about": ("over de levertijd van mijn bestelling", "van de verzenddatum van mijn "
                  "bestelling {order}", "over de verzending en levering van mijn bestelling",
                  "over de productiestatus van mijn bestelling", "over de track & trace, die "
                  "sinds {date} niet meer verandert", "over de verwachte leverdatum",
                  "over mijn bestelling {order}"),
        "direct": ("Kunnen jullie mij laten weten wanneer mijn bestelling verzonden wordt?",
                   "ik wilde graag weten wanneer mijn bestelling verstuurd wordt",
                   "Weten jullie al ongeveer wanneer ik mijn bestelling kan verwachten?",
                   "Kunt u mij zeggen of mijn bestelling al in productie is?"),
        "context": ("Ik heb op {date} {item} besteld, op de website stond 'levertijd {days} "
                    "dagen' maar de status staat nog steeds op 'in behandeling'.",
                    "Ik heb nog geen verzendbevestiging ontvangen.",
                    "De track & trace {tracking} is al {days} dagen niet bijgewerkt.",
                    "het is een cadeau dus ik wil graag weten of het op tijd komt"),
        "ask": ("Kunnen jullie mij op de hoogte houden?", "Laat het me even weten.",
                "Kunnen jullie een datum noemen?"),
        "thanks": ("Bedankt", "Alvast bedankt", "Dank u wel", "Groetjes en bedankt", "bvd"),
        "request_subject": ("Levertijd", "Verzenddatum", "Status bestelling", "Verwachte "
                            "levering", "Vraag over bestelling {order}"),
    },
    "es": {
        "greet": ("Hola,", "Hola", "Buenos días,", "Buenas tardes,", "Buenas,", "hola",
                  "Buenos dias", "Hello,", "Estimados,"),
        "sorry": ("perdonen la molestia,", "Disculpen las molestias,", "siento molestar,",
                  "perdon por la molestia", "disculpad que os moleste,"),
        "want": ("me gustaría tener", "quería tener", "quisiera tener", "me gustaria tener",
                 "quería pedirles", "necesitaría", "queria saber"),
        "what": ("una estimación", "una aclaración", "información", "más detalles",
                 "novedades", "una idea aproximada", "una estimacion"),
        "about": ("sobre el plazo de entrega de mi pedido", "sobre la fecha de envío de mi "
                  "pedido {order}", "sobre el envío y la recepción de mi pedido", "sobre el "
                  "estado de fabricación de mi pedido", "sobre el seguimiento, que no se mueve "
                  "desde el {date}", "del plazo de entrega", "respecto a mi pedido {order}",
                  "sobre los plazos de envio"),
        "direct": ("¿Podrían decirme cuándo se enviará mi pedido?",
                   "queria saber cuando me va a llegar el pedido",
                   "¿Me pueden indicar una fecha aproximada de entrega?",
                   "¿Saben si mi pedido ya está en fabricación?",
                   "hice un pedido el {date} y quería saber cuándo lo envían"),
        "context": ("Pedí {item} el {date}, en la web ponía «entrega en {days} días» pero el "
                    "seguimiento sigue diciendo «en preparación».",
                    "Todavía no he recibido el correo de envío.",
                    "El número de seguimiento {tracking} no se actualiza desde hace {days} "
                    "días.", "es para un regalo y me gustaria saber si llegara a tiempo"),
        "ask": ("¿Me pueden mantener informado?", "¿Me dicen algo?", "Quedo atento.",
                "¿Me pueden dar una fecha aproximada?"),
        "thanks": ("Gracias", "Muchas gracias", "Gracias de antemano", "gracias, un saludo",
                   "Un saludo"),
        "request_subject": ("Plazo de entrega", "Fecha de envío", "Estado de mi pedido",
                            "Consulta pedido {order}", "Seguimiento"),
    },
    "it": {
        "greet": ("Buongiorno,", "Buongiorno", "Buonasera,", "Salve,", "Ciao,", "buongiorno",
                  "Buon giorno,", "Gentili signori,"),
        "sorry": ("scusate il disturbo,", "Scusate se disturbo,", "mi scuso per il disturbo,",
                  "scusate se vi scrivo di nuovo,"),
        "want": ("vorrei avere", "volevo avere", "vorrei ricevere", "avrei bisogno di",
                 "volevo chiedere", "vorrei"),
        "what": ("una stima", "un chiarimento", "un'informazione", "qualche informazione",
                 "un aggiornamento", "un'idea", "un informazione"),
        "about": ("sui tempi di consegna del mio ordine", "sulla data di spedizione del mio "
                  "ordine {order}", "sulla spedizione e la ricezione del mio ordine", "sullo "
                  "stato di produzione del mio ordine", "sul tracciamento, fermo dal {date}",
                  "sulla data di consegna prevista", "riguardo al mio ordine {order}",
                  "sui tempi di spedizione"),
        "direct": ("Potreste dirmi quando verrà spedito il mio ordine?",
                   "volevo sapere quando mi arriva l'ordine",
                   "Mi potete indicare una data indicativa di consegna?",
                   "ho fatto un ordine il {date} e volevo sapere quando parte"),
        "context": ("Ho ordinato {item} il {date}, sulla pagina del prodotto c'era scritto "
                    "«consegna in {days} giorni» ma il tracking dice ancora «in preparazione».",
                    "Non ho ancora ricevuto la mail di spedizione.",
                    "Il numero di tracking {tracking} non si aggiorna da {days} giorni.",
                    "è un regalo e vorrei sapere se arriva in tempo"),
        "ask": ("Potete tenermi aggiornato?", "Mi fate sapere?", "Potete darmi una data "
                "indicativa?"),
        "thanks": ("Grazie", "Grazie mille", "Grazie in anticipo", "grazie, buona giornata",
                   "Cordiali saluti"),
        "request_subject": ("Tempi di consegna", "Data di spedizione", "Stato ordine",
                            "Informazioni ordine {order}", "Spedizione"),
    },
    "pt": {
        "greet": ("Olá,", "Olá", "Ola,", "Bom dia,", "Boa tarde,", "olá", "Oi,", "Hello,",
                  "Bom dia"),
        "sorry": ("desculpem o incómodo,", "Desculpe incomodar,", "desculpa o incomodo,",
                  "peço desculpa pelo incómodo,"),
        "want": ("gostaria de ter", "queria ter", "gostaria de receber", "queria pedir",
                 "gostaria de obter", "gostaria"),
        "what": ("uma estimativa", "um esclarecimento", "informações", "uma previsão",
                 "uma atualização", "uma ideia", "informacoes"),
        "about": ("sobre o prazo de entrega da minha encomenda", "sobre a data de envio da "
                  "minha encomenda {order}", "sobre o envio e a receção da minha encomenda",
                  "sobre o estado de produção do meu pedido", "sobre o rastreio, que não "
                  "atualiza desde {date}", "da data de entrega prevista", "sobre o meu "
                  "pedido {order}", "sobre o prazo de envio"),
        "direct": ("Podem dizer-me quando será enviada a minha encomenda?",
                   "queria saber quando chega a minha encomenda",
                   "Conseguem indicar-me uma data aproximada de entrega?",
                   "fiz o pedido dia {date} e queria saber quando vai ser enviado"),
        "context": ("Encomendei {item} no dia {date}, no site dizia «entrega em {days} dias» "
                    "mas o rastreio continua «em preparação».",
                    "Ainda não recebi o email de envio.",
                    "O código de rastreio {tracking} não é atualizado há {days} dias.",
                    "é um presente e gostava de saber se chega a tempo"),
        "ask": ("Podem manter-me informado?", "Podem dar-me uma data aproximada?",
                "Aguardo notícias."),
        "thanks": ("Obrigado", "Obrigada", "Muito obrigado", "Obrigada desde já",
                   "obg", "Cumprimentos"),
        "request_subject": ("Prazo de entrega", "Data de envio", "Estado da encomenda",
                            "Encomenda {order}", "Pedido de informação"),
    },
}
