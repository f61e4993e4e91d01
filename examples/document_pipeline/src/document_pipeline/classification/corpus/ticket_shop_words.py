"""What customers write to a shop's or a service's support in English, German, French and
Dutch: where is my order, it arrived broken, I want to return it (category "order"); and plain
questions about an account, a plan, loyalty points or a booking (category "question")."""

from __future__ import annotations

SHOP_TICKET: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "placed": ("I ordered {item} on {date} (order {order}).",
                   "On {date} I placed order {order} for {item}.",
                   "I bought {item} from your online shop {days} days ago.",
                   "My order {order} from {date} contains {item}.",
                   "Last week I ordered {item} as a gift.", "I'm writing about order {order}."),
        "trouble": ("It still says 'processing' after {days} days, although delivery was "
                    "promised within 3 working days.",
                    "The tracking page hasn't changed since {date} and {carrier} says they never "
                    "received the parcel.", "The tracking says delivered, but nothing arrived "
                    "and my neighbours haven't got it either.",
                    "The parcel arrived today but the box was crushed and the contents are broken.",
                    "I received the wrong item: I ordered {item} but got something else.",
                    "One item is missing from the parcel, only half the order arrived.",
                    "It stopped working after {days} days and it is still under warranty.",
                    "I sent {item} back on {date} and still haven't received my refund.",
                    "The size doesn't fit and I would like to exchange it for a larger one.",
                    "I moved last week and the delivery address on the order is my old one.",
                    "The courier left a card saying they couldn't deliver, but I was at home "
                    "all day.", "The delivery was supposed to arrive yesterday and it didn't.",
                    "I was charged for express shipping but the parcel came by standard post.",
                    "The colour is not the one shown on your website."),
        "extra": ("The tracking number is {tracking}.", "I paid {amount} by card.",
                  "I have attached photos of the damage.", "My customer number is {account}.",
                  "The return label in the box was for another country.",
                  "I already contacted {carrier}, they told me to ask you.",
                  "I need it for a birthday on Saturday.", "This is my second message about it."),
        "ask": ("Could you tell me when it will arrive?",
                "Can you send a replacement or refund me?",
                "Is it possible to switch to express delivery? I'm happy to pay the difference.",
                "Please change the delivery address to {street}, {city}.",
                "How do I return it and who pays for the return shipping?",
                "Could you send me a return label?", "Can the repair be done under warranty?",
                "Please cancel the order if it cannot be shipped this week.",
                "When will I get my money back?", "What are my options?"),
        "topic": ("I have a question about my account.", "Quick question before I order.",
                  "I've been a customer for a few years and have a question.",
                  "I couldn't find the answer in your FAQ.", "I hope you can help me with this."),
        "query": ("How many loyalty points do I have and how can I use them?",
                  "My loyalty points from my last purchase don't show up in my account.",
                  "Is it possible to change my booking {booking} to a later date?",
                  "Can I upgrade from the {plan} plan to the yearly plan in the middle of the "
                  "month?", "How do I add a second user to my account?",
                  "Can I pause my subscription for two months while I'm travelling?",
                  "How do I change the e-mail address on my account?",
                  "Do you ship to Switzerland, and are there customs fees?",
                  "Is it possible to pick up the order in one of your stores?",
                  "How long is the warranty on {item}?",
                  "Can I use the gift card I got for my birthday in the online shop?",
                  "Where can I download the user manual for {item}?",
                  "Is there a student discount on the {plan} plan?",
                  "How do I set up automatic backups in the app?"),
        "context": ("I'm on the {plan} plan.", "My customer number is {account}.",
                    "My booking reference is {booking}.", "I use the app on Android.",
                    "I registered with {email}."),
        "close": ("Thanks in advance for your help.", "Looking forward to your reply.",
                  "Could you explain how this works?", "A short answer would be great.",
                  "Thank you!", "Please let me know."),
        "order_subject": ("Where is my order {order}?", "Order {order} not delivered",
                          "Damaged parcel", "Wrong item received", "Return and refund",
                          "Exchange request – order {order}", "Change of delivery address",
                          "Warranty repair", "Shipping question", "Late delivery"),
        "question_subject": ("Question about my account", "Loyalty points",
                             "Change my booking {booking}", "Question about the {plan} plan",
                             "How do I ...?", "Quick question", "Information request"),
    },
    "de": {
        "placed": ("Ich habe am {date} {item} bestellt (Bestellnummer {order}).",
                   "Am {date} habe ich bei Ihnen {item} bestellt.",
                   "Meine Bestellung {order} vom {date} enthält {item}.",
                   "Vor {days} Tagen habe ich in Ihrem Onlineshop {item} gekauft.",
                   "Es geht um meine Bestellung {order}."),
        "trouble": ("Der Status steht seit {days} Tagen auf „in Bearbeitung“, obwohl eine "
                    "Lieferzeit von 2–3 Werktagen angegeben war.",
                    "Laut Sendungsverfolgung wurde das Paket zugestellt, angekommen ist aber "
                    "nichts.", "Das Paket kam heute an, der Karton war eingedrückt und der "
                    "Inhalt ist kaputt.", "Ich habe den falschen Artikel erhalten.",
                    "Im Paket fehlt ein Artikel.", "Seit dem {date} tut sich bei {carrier} "
                    "nichts mehr.", "Das Gerät funktioniert nach {days} Tagen nicht mehr, es "
                    "ist noch in der Garantie.", "Ich habe die Ware am {date} zurückgeschickt und "
                    "warte immer noch auf die Erstattung.", "Die Größe passt leider nicht, ich "
                    "möchte sie umtauschen.", "Ich bin umgezogen und die Lieferadresse ist noch "
                    "die alte.", "Die Lieferung sollte gestern kommen und ist nicht da.",
                    "Ich habe für Expressversand bezahlt, geliefert wurde aber normal.",
                    "Mein Paket sollte schon am Montag kommen, die Sendungsverfolgung zeigt seit "
                    "Tagen keinen Fortschritt.", "Der Zusteller hat eine Karte eingeworfen, "
                    "obwohl ich den ganzen Tag zu Hause war."),
        "extra": ("Die Sendungsnummer lautet {tracking}.", "Bezahlt habe ich {amount} per "
                  "PayPal.", "Fotos vom Schaden hänge ich an.", "Meine Kundennummer ist "
                  "{account}.", "{carrier} hat mich an Sie verwiesen.",
                  "Das ist bereits meine zweite Anfrage."),
        "ask": ("Können Sie mir sagen, wann die Lieferung kommt?",
                "Bitte schicken Sie mir Ersatz oder erstatten Sie den Betrag.",
                "Kann ich auf Expressversand umstellen? Die Differenz zahle ich gern.",
                "Bitte ändern Sie die Lieferadresse auf {street}, {city}.",
                "Wie funktioniert die Rücksendung und wer trägt die Kosten?",
                "Können Sie mir ein Retourenetikett schicken?",
                "Wird die Reparatur über die Garantie abgewickelt?",
                "Bitte stornieren Sie die Bestellung, falls sie diese Woche nicht mehr "
                "verschickt wird.", "Wann bekomme ich mein Geld zurück?",
                "Können Sie bitte nachforschen, wo das Paket ist?",
                "Ist ein Umtausch in eine andere Größe möglich?"),
        "topic": ("Ich habe eine Frage zu meinem Kundenkonto.", "Kurze Frage vor meiner "
                  "Bestellung.", "In Ihren FAQ habe ich dazu leider nichts gefunden.",
                  "Ich hoffe, Sie können mir weiterhelfen."),
        "query": ("Wie viele Treuepunkte habe ich und wie kann ich sie einlösen?",
                  "Die Bonuspunkte aus meinem letzten Einkauf sind nicht gutgeschrieben.",
                  "Kann ich meine Buchung {booking} auf einen späteren Termin verschieben?",
                  "Kann ich mitten im Monat vom Tarif {plan} in den Jahrestarif wechseln?",
                  "Wie füge ich meinem Konto einen zweiten Benutzer hinzu?",
                  "Kann ich mein Abo für zwei Monate pausieren?",
                  "Wie ändere ich die E-Mail-Adresse in meinem Konto?",
                  "Liefern Sie auch in die Schweiz und fallen Zollgebühren an?",
                  "Kann ich die Bestellung in einer Filiale abholen?",
                  "Wie lange ist die Garantie auf {item}?",
                  "Kann ich meinen Geschenkgutschein auch online einlösen?",
                  "Wo finde ich die Bedienungsanleitung für {item}?"),
        "context": ("Ich nutze den Tarif {plan}.", "Meine Kundennummer ist {account}.",
                    "Meine Buchungsnummer lautet {booking}.", "Ich bin mit {email} registriert."),
        "close": ("Vielen Dank im Voraus.", "Ich freue mich auf Ihre Antwort.",
                  "Können Sie mir erklären, wie das geht?", "Danke für eine kurze Rückmeldung."),
        "order_subject": ("Wo bleibt meine Bestellung {order}?", "Lieferung nicht erhalten",
                          "Beschädigte Lieferung", "Falscher Artikel geliefert",
                          "Rücksendung und Erstattung", "Umtausch", "Lieferadresse ändern",
                          "Garantiefall / Reparatur", "Frage zum Versand"),
        "question_subject": ("Frage zu meinem Konto", "Treuepunkte", "Buchung ändern",
                             "Frage zum Tarif {plan}", "Kurze Frage", "Anfrage"),
    },
    "fr": {
        "placed": ("J'ai commandé {item} le {date} (commande {order}).",
                   "Le {date}, j'ai passé la commande {order} pour {item}.",
                   "Ma commande {order} passée le {date} contient {item}.",
                   "J'ai acheté {item} sur votre site il y a {days} jours.",
                   "Je vous écris au sujet de ma commande {order}."),
        "trouble": ("Elle est toujours en préparation après {days} jours alors que le délai "
                    "affiché était de 3 jours.", "Le suivi indique « livré » mais je n'ai rien "
                    "reçu.", "Le colis est arrivé aujourd'hui, le carton était écrasé et l'article "
                    "est cassé.", "J'ai reçu le mauvais article.",
                    "Il manque un article dans le colis.", "Le suivi {carrier} n'a pas bougé "
                    "depuis le {date}.", "L'appareil ne fonctionne plus après {days} jours, il est "
                    "encore sous garantie.", "J'ai renvoyé le produit le {date} et je n'ai "
                    "toujours pas été remboursé.", "La taille ne convient pas, je voudrais "
                    "l'échanger.", "J'ai déménagé et l'adresse de livraison est l'ancienne.",
                    "Le livreur a laissé un avis de passage alors que j'étais chez moi.",
                    "J'ai payé la livraison express mais le colis est arrivé en standard."),
        "extra": ("Le numéro de suivi est {tracking}.", "J'ai payé {amount} par carte.",
                  "Je joins des photos.", "Mon numéro client est {account}.",
                  "{carrier} m'a dit de m'adresser à vous.", "C'est ma deuxième demande."),
        "ask": ("Pouvez-vous me dire quand je serai livré ?",
                "Pouvez-vous m'envoyer un remplacement ou me rembourser ?",
                "Est-il possible de passer en livraison express ? Je paierai la différence.",
                "Merci de modifier l'adresse de livraison : {street}, {city}.",
                "Comment faire le retour et qui paie les frais de port ?",
                "Pouvez-vous m'envoyer une étiquette de retour ?",
                "La réparation peut-elle être prise en charge par la garantie ?",
                "Merci d'annuler la commande si elle ne peut pas partir cette semaine.",
                "Quand serai-je remboursé ?"),
        "topic": ("J'ai une question concernant mon compte.", "Petite question avant de "
                  "commander.", "Je n'ai pas trouvé la réponse dans votre FAQ.",
                  "Je suis client depuis plusieurs années."),
        "query": ("Combien de points fidélité ai-je et comment les utiliser ?",
                  "Les points de mon dernier achat n'apparaissent pas sur mon compte.",
                  "Est-il possible de décaler ma réservation {booking} à une date ultérieure ?",
                  "Puis-je passer de la formule {plan} à l'abonnement annuel en cours de mois ?",
                  "Comment ajouter un deuxième utilisateur à mon compte ?",
                  "Puis-je suspendre mon abonnement pendant deux mois ?",
                  "Comment changer l'adresse e-mail de mon compte ?",
                  "Livrez-vous en Suisse et y a-t-il des frais de douane ?",
                  "Puis-je retirer ma commande en magasin ?",
                  "Quelle est la durée de garantie de {item} ?",
                  "Puis-je utiliser ma carte cadeau sur le site ?"),
        "context": ("J'ai la formule {plan}.", "Mon numéro client est {account}.",
                    "Ma référence de réservation est {booking}.", "Mon compte : {email}."),
        "close": ("Merci d'avance pour votre aide.", "Dans l'attente de votre réponse.",
                  "Pouvez-vous m'expliquer la marche à suivre ?", "Merci beaucoup."),
        "order_subject": ("Où en est ma commande {order} ?", "Commande non reçue", "Expédition",
                          "Colis endommagé", "Erreur de produit", "Retour et remboursement",
                          "Échange", "Changement d'adresse de livraison", "Garantie / SAV"),
        "question_subject": ("Question sur mon compte", "Points fidélité",
                             "Modifier ma réservation", "Question sur la formule {plan}",
                             "Demande d'information"),
    },
    "nl": {
        "placed": ("Ik heb op {date} {item} besteld (bestelnummer {order}).",
                   "Mijn bestelling {order} van {date} bevat {item}.",
                   "{days} dagen geleden heb ik {item} in jullie webshop gekocht.",
                   "Het gaat om mijn bestelling {order}."),
        "trouble": ("De status staat al {days} dagen op 'in behandeling', terwijl levering "
                    "binnen 2 werkdagen beloofd was.", "Volgens de track & trace is het pakket "
                    "bezorgd, maar ik heb niets ontvangen.", "Het pakket kwam vandaag aan, de "
                    "doos was kapot en {item} is beschadigd.", "Ik heb het verkeerde artikel "
                    "ontvangen.", "Er ontbreekt een artikel in het pakket.",
                    "Het apparaat doet het na {days} dagen niet meer, er zit nog garantie op.",
                    "Ik heb het artikel op {date} teruggestuurd en nog geen geld terug.",
                    "De maat past niet, ik wil hem graag ruilen.", "Ik ben verhuisd en het "
                    "bezorgadres is nog het oude.", "De levering zou gisteren komen maar is er "
                    "niet.", "{carrier} heeft sinds {date} geen update meer gegeven."),
        "extra": ("Het trackingnummer is {tracking}.", "Ik heb {amount} betaald met iDEAL.",
                  "Foto's van de schade zitten in de bijlage.", "Mijn klantnummer is "
                  "{account}.", "Dit is al mijn tweede bericht hierover."),
        "ask": ("Kunnen jullie laten weten wanneer het geleverd wordt?",
                "Kunnen jullie een nieuwe sturen of het bedrag terugbetalen?",
                "Kan ik overstappen op spoedlevering? Ik betaal het verschil graag bij.",
                "Willen jullie het bezorgadres wijzigen naar {street}, {city}?",
                "Hoe kan ik het retourneren en wie betaalt de verzendkosten?",
                "Kunnen jullie mij een retourlabel sturen?",
                "Valt de reparatie onder de garantie?", "Wanneer krijg ik mijn geld terug?"),
        "topic": ("Ik heb een vraag over mijn account.", "Korte vraag voordat ik bestel.",
                  "Ik kon het antwoord niet vinden in de veelgestelde vragen."),
        "query": ("Hoeveel spaarpunten heb ik en hoe kan ik ze gebruiken?",
                  "De punten van mijn laatste aankoop staan niet op mijn account.",
                  "Is het mogelijk om mijn boeking {booking} naar een latere datum te "
                  "verzetten?", "Kan ik halverwege de maand van het {plan}-abonnement naar een "
                  "jaarabonnement?", "Hoe voeg ik een tweede gebruiker toe aan mijn account?",
                  "Kan ik mijn abonnement twee maanden pauzeren?",
                  "Hoe wijzig ik het e-mailadres van mijn account?",
                  "Kan ik de bestelling ophalen in een winkel?",
                  "Hoe lang is de garantie op {item}?",
                  "Kan ik mijn cadeaubon ook online gebruiken?"),
        "context": ("Ik heb het {plan}-abonnement.", "Mijn klantnummer is {account}.",
                    "Mijn boekingsnummer is {booking}."),
        "close": ("Alvast bedankt voor de hulp.", "Ik hoor graag van jullie.",
                  "Kunnen jullie uitleggen hoe dat werkt?", "Bedankt!"),
        "order_subject": ("Waar blijft mijn bestelling {order}?", "Pakket niet ontvangen",
                          "Beschadigd pakket", "Verkeerd artikel", "Retour en terugbetaling",
                          "Ruilen", "Bezorgadres wijzigen", "Garantie"),
        "question_subject": ("Vraag over mijn account", "Spaarpunten", "Boeking wijzigen",
                             "Vraag over abonnement", "Korte vraag"),
    },
}
