"""Short everyday messages that ask no company for help, in English, German and Dutch: chat
between friends, congratulations, marketing posts, notices a company sends, invitations,
newsletter teasers, reviews and opinions, posts about one's day."""

from __future__ import annotations

CHATTER: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "personal": ("running {n} min late, save me a seat", "are we still on for {day}?",
                     "can you pick up milk on the way home?", "just landed, see you soon",
                     "lol that's hilarious", "miss you guys, we should catch up soon",
                     "what time does the film start?", "left my keys at yours I think",
                     "dinner at mine {day}? bring {name}", "on the train now, be there by "
                     "{time}", "did you see the match last night?", "mum says hi",
                     "can you send me the photos from saturday?", "sorry fell asleep, call "
                     "you tomorrow", "who's bringing the cake?"),
        "congrats": ("happy birthday {name}! have an amazing day", "congrats on the new job, "
                     "so proud of you", "huge congratulations to {name} and the team",
                     "well done on passing your exams!", "congrats on the little one, welcome "
                     "to the world", "happy anniversary you two", "{n} years at {brand} "
                     "today, thanks to everyone who made it great", "good luck tomorrow, "
                     "you'll smash it"),
        "marketing": ("our summer sale starts now: {pct}% off everything", "new in: the "
                      "autumn collection is here", "free delivery on all orders this weekend",
                      "dark mode is finally here! update your app today", "meet the new "
                      "{brand} card, no fees abroad", "double points on every purchase until "
                      "{day}", "stream the season finale now, only on {brand}", "fly to "
                      "{city} from {amount}, book by {day}", "tag a friend who needs this",
                      "we've just launched our new website, take a look", "limited edition, "
                      "while stocks last", "download the app and get {pct}% off your first "
                      "order"),
        "notice": ("our stores close at 6 today", "planned maintenance tonight from {time}, "
                   "the app may be unavailable for a short while", "the service to {city} is "
                   "back to normal, thanks for your patience", "we're closed on {day} for the "
                   "bank holiday", "reminder: the clocks go back this weekend", "trains run "
                   "on a sunday timetable on {day}", "our offices are moving to {city} next "
                   "month", "new opening hours from {day}: 8 to 8", "the outage in {city} has "
                   "been fixed, everything is working again", "buses replace trains between "
                   "{city} and the airport this weekend"),
        "event": ("join us for our open day on {day} at {time}", "you're invited! drinks at "
                  "the office on {day}", "save the date: summer party {day}", "live q&a with "
                  "{name} tonight at {time}", "come and see us at stand {n} at the trade fair",
                  "quiz night this {day}, teams of 4", "webinar {day}: what's new in {brand}",
                  "farmers market this saturday from 9"),
        "teaser": ("this week's newsletter is out: 5 tips for a greener home", "in this issue: "
                   "{name} on building a team from scratch", "read the full story on our blog",
                   "our {month} roundup is here", "new episode of our podcast out now",
                   "the weekly digest: what you missed", "5 recipes for busy weeknights"),
        "review": ("loved the new season, best show this year", "great service at the {city} "
                   "store today, thanks {name}!", "the new update looks really good, nice "
                   "work", "best pizza in {city}, hands down", "flight was on time and the "
                   "crew were lovely", "finally tried {brand}, totally worth it", "honestly "
                   "the best customer service I've had, sorted in 5 minutes", "5 stars, "
                   "would recommend", "not my favourite album but a couple of great songs",
                   "the hotel was fine, a bit noisy, breakfast was great"),
        "social": ("just finished my first half marathon!", "what a sunset tonight",
                   "monday again already", "coffee first, then emails", "new blog post about "
                   "our trip to {city}", "can't believe it's {month} already", "look who "
                   "turned {n} today", "beach day with the kids", "thinking about learning "
                   "spanish this year", "proud of this little garden", "rainy sunday = "
                   "baking day", "train was late again, at least I finished my book",
                   "stuck in traffic for an hour, good thing the podcast was long",
                   "missed the bus by ten seconds, walking it is"),
        "reply": ("thanks so much, glad you enjoyed it!", "we love to hear that, enjoy!",
                  "thank you for the kind words, we'll pass them on to {name}", "so happy you "
                  "like it", "haha that's the spirit", "see you there!", "thanks for coming "
                  "by!"),
    },
    "de": {
        "personal": ("bin {n} min später da", "steht {day} noch?", "kannst du milch "
                     "mitbringen?", "gerade gelandet, bis gleich", "wann fängt der film an?",
                     "essen bei mir am {day}? bring {name} mit", "sitze im zug, bin um {time} "
                     "da", "hast du das spiel gestern gesehen?"),
        "congrats": ("alles gute zum geburtstag {name}!", "glückwunsch zum neuen job!",
                     "herzlichen glückwunsch zur bestandenen prüfung", "alles liebe zum "
                     "hochzeitstag", "{n} jahre bei {brand}, danke an alle"),
        "marketing": ("sommerschlussverkauf: {pct} % auf alles", "versandkostenfrei am "
                      "wochenende", "die neue kollektion ist da", "dark mode ist da, jetzt "
                      "app aktualisieren", "app laden und {pct} % auf die erste bestellung "
                      "sparen", "jetzt nach {city} ab {amount}"),
        "notice": ("unsere filialen schließen heute um 18 uhr", "heute nacht ab {time} "
                   "wartungsarbeiten, die app ist kurz nicht erreichbar", "die störung in "
                   "{city} ist behoben", "am {day} haben wir wegen feiertag geschlossen",
                   "neue öffnungszeiten ab {day}", "schienenersatzverkehr zwischen {city} und "
                   "dem flughafen am wochenende"),
        "event": ("tag der offenen tür am {day} um {time}", "save the date: sommerfest am "
                  "{day}", "webinar am {day}: neues in {brand}", "besucht uns an stand {n} "
                  "auf der messe"),
        "teaser": ("der neue newsletter ist da: 5 tipps fürs energiesparen", "in dieser "
                   "ausgabe: {name} über teamführung", "neue podcastfolge online",
                   "unser rückblick auf den {month}"),
        "review": ("die neue staffel ist super", "toller service in der filiale in {city}, "
                   "danke {name}!", "bestes eis in {city}", "flug pünktlich, crew sehr "
                   "freundlich", "5 sterne, gerne wieder", "das update sieht richtig gut "
                   "aus"),
        "social": ("erster halbmarathon geschafft!", "was für ein sonnenuntergang",
                   "schon wieder montag", "erst kaffee, dann mails", "kaum zu glauben, "
                   "schon {month}", "regensonntag = backtag",
                   "zug mal wieder zu spät, immerhin das buch ausgelesen", "eine stunde "
                   "im stau, gut dass der podcast so lang war"),
        "reply": ("danke, freut uns sehr!", "vielen dank für das lob, wir geben es an {name} "
                  "weiter", "bis dann!"),
    },
    "nl": {
        "personal": ("ben {n} min later", "gaat {day} nog door?", "neem jij melk mee?",
                     "net geland, tot zo", "hoe laat begint de film?", "eten bij mij {day}? "
                     "neem {name} mee", "zit in de trein, ben er om {time}"),
        "congrats": ("gefeliciteerd {name}!", "proficiat met je nieuwe baan!", "van harte "
                     "met je diploma", "fijne trouwdag jullie", "{n} jaar bij {brand}, "
                     "bedankt allemaal"),
        "marketing": ("zomersale: {pct}% korting op alles", "gratis verzending dit weekend",
                      "de nieuwe collectie is binnen", "download de app en krijg {pct}% "
                      "korting", "nu naar {city} vanaf {amount}"),
        "notice": ("onze winkels sluiten vandaag om 18.00 uur", "vannacht vanaf {time} "
                   "onderhoud, de app is even niet bereikbaar", "de storing in {city} is "
                   "opgelost", "op {day} zijn we gesloten", "nieuwe openingstijden vanaf "
                   "{day}", "dit weekend bussen in plaats van treinen tussen {city} en "
                   "schiphol"),
        "event": ("open dag op {day} om {time}", "save the date: zomerfeest op {day}",
                  "webinar {day}: nieuw in {brand}", "kom langs op stand {n}"),
        "teaser": ("de nieuwsbrief van deze week: 5 tips voor een groener huis",
                   "nieuwe aflevering van onze podcast", "ons overzicht van {month}"),
        "review": ("het nieuwe seizoen is echt goed", "top service in de winkel in {city}, "
                   "dank je {name}!", "vlucht op tijd en vriendelijke crew", "5 sterren, "
                   "aanrader"),
        "social": ("eerste halve marathon gelopen!", "wat een zonsondergang", "alweer "
                   "maandag", "eerst koffie", "niet te geloven dat het al {month} is",
                   "trein weer te laat, wel mijn boek uitgelezen"),
        "reply": ("dank je wel, leuk om te horen!", "bedankt voor het compliment, we zeggen "
                  "het tegen {name}", "tot dan!"),
    },
}
