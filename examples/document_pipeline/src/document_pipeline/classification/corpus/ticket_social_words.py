"""Support tickets as they arrive through social media customer care, per language: the brand
handles by sector, what went wrong with each sector's product or service ({placeholders} filled
by ticket_social.py), what the customer asks for, how they sign off, how agents reply, and the
hashtags, emoji and short forms people type on a phone.

Every problem is the customer's own problem with the company it is addressed to, never a post
about one's day: those are "other" (chatter.py)."""

from __future__ import annotations

SECTORS = ("streaming", "carrier", "grocery", "air", "rail", "bank", "parcel", "utility",
           "gaming", "isp", "ride", "food")
SECTOR_WEIGHTS = (1.3, 1.3, 1.2, 1.0, 0.9, 1.0, 1.1, 0.7, 0.6, 1.0, 0.6, 0.9)

HANDLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "streaming": ("@TunoraHelp", "@StreamPeakCare", "@VidloopSupport", "@BeatboxMusicHelp"),
        "carrier": ("@VeloxMobile", "@TelcoCares", "@BrightCellUK", "@NimbleMobileHelp"),
        "grocery": ("@FreshCartUK", "@GreenbasketHelp", "@ValueMartCares", "@Grocerly"),
        "air": ("@SkyvanAir", "@AeroNorthHelp", "@JetlaneCares"),
        "rail": ("@MidlandLinesRail", "@CoastRailHelp", "@ThamesvaleTrains"),
        "bank": ("@HarbourBankHelp", "@MintlyBank", "@CrestwaySupport"),
        "parcel": ("@ParcelHopUK", "@SwiftDropHelp", "@BoxRunnerCares"),
        "utility": ("@BrightHearthEnergy", "@ClearWaterHelp", "@OctaPowerCare"),
        "gaming": ("@NovaPlaySupport", "@GridStationHelp", "@PixelCrownCare"),
        "isp": ("@FibrelyHelp", "@NetstreamCare", "@HyperlinkBB"),
        "ride": ("@ZoomRideHelp", "@CabbitSupport", "@LiftlySupport"),
        "food": ("@DashBiteHelp", "@MunchrUK", "@ForkFastCare"),
    },
    "de": {
        "streaming": ("@KlangwerkHilft", "@FilmflussSupport"),
        "carrier": ("@FunkstarService", "@MobilnetzHilfe", "@TelcoPlusDE"),
        "grocery": ("@FrischKorbDE", "@MarktHansa_Hilfe"),
        "air": ("@AlpenflugService", "@HanseAirHilfe"),
        "rail": ("@NordbahnService", "@RheinTaktHilfe"),
        "bank": ("@SparwerkHilfe", "@KontoBlitz"),
        "parcel": ("@PaketFixService", "@BlitzPaketDE"),
        "utility": ("@StadtstromHilft", "@WaermewerkService"),
        "gaming": ("@SpielhausSupport", "@KonsoleDE_Hilfe"),
        "isp": ("@GlasNetzHilfe", "@DatenwelleService"),
        "ride": ("@FahrMitHilfe", "@TaxiJetztDE"),
        "food": ("@LieferlustHilft", "@EssenExpressDE"),
    },
    "fr": {
        "streaming": ("@SonoraAide", "@CineflixFR"),
        "carrier": ("@TelcoPlusFR", "@MobiliaSAV"),
        "grocery": ("@MarcheFraisSAV", "@PanierMalin"),
        "air": ("@AirAzurService", "@CielVoyageSAV"),
        "rail": ("@RailOuestInfo", "@RegioFranceSAV"),
        "bank": ("@BanqueCitrine", "@NeoBanqueAide"),
        "parcel": ("@ColiViteSAV", "@LivraPostFR"),
        "utility": ("@EnergieClairSAV", "@EauDuValAide"),
        "gaming": ("@JoystiqueFR", "@ArcadiaConsoleFR"),
        "isp": ("@FibreLibreSAV", "@NetBoxAide"),
        "ride": ("@VTCExpressFR", "@RoulezAide"),
        "food": ("@CroqLivraison", "@MiamExpressFR"),
    },
    "nl": {
        "streaming": ("@KijkKanaalHelp", "@MuziekStroomNL"),
        "carrier": ("@BelBeterNL", "@SimpelMobielHelpt"),
        "grocery": ("@VersMarktNL", "@BoodschapBoxHelp"),
        "air": ("@HollandWingsHelp", "@OranjeVliegService"),
        "rail": ("@SpoorNoordNL", "@RegioTreinHelp"),
        "bank": ("@SpaarbankHelpt", "@GeldVlotNL"),
        "parcel": ("@PakketSnelNL", "@BezorgDirectHelp"),
        "utility": ("@StroomLandNL", "@WarmteWijzerHelpt"),
        "gaming": ("@GameHuisNL", "@PlayPointHelp"),
        "isp": ("@GlasLijnNL", "@NetVlotHelpt"),
        "ride": ("@RitjeNL", "@TaxiKlikHelp"),
        "food": ("@HapFlitsNL", "@BezorgBordHelp"),
    },
    "es": {
        "streaming": ("@SonarteAyuda", "@CineRedES"),
        "carrier": ("@MovilSolAyuda", "@TelcoIberia_Ayuda"),
        "grocery": ("@SuperFrescoES", "@MercaVerdeAyuda"),
        "air": ("@VuelaMasAyuda", "@IberSkyAtencion"),
        "rail": ("@TrenRapidoES", "@CercaniasNorteInfo"),
        "bank": ("@BancoAlbaAyuda", "@CuentaClaraES"),
        "parcel": ("@PaqueXpressES", "@EnvioYaAyuda"),
        "utility": ("@LuzSurAtencion", "@AguasDelValleES"),
        "gaming": ("@JuegaYaSoporte", "@ConsolaMaxES"),
        "isp": ("@FibraTotalAyuda", "@RedVeloz_ES"),
        "ride": ("@LlevameAyuda", "@TaxiYaES"),
        "food": ("@ComidaYaAyuda", "@BocadoExpressES"),
    },
    "it": {
        "streaming": ("@SuonaOraAiuto", "@CinemaFlussoIT"),
        "carrier": ("@TelefonoPiuIT", "@MobiVeloceAiuta"),
        "grocery": ("@SpesaFrescaIT", "@SuperSoleAiuta"),
        "air": ("@VolaItaliaAiuto", "@AlaAzzurraCare"),
        "rail": ("@TrenoRegioInfo", "@FrecciaNordAiuta"),
        "bank": ("@BancaLagoAiuto", "@ContoFacileIT"),
        "parcel": ("@PaccoLampoIT", "@ConsegnaSubitoAiuto"),
        "utility": ("@LuceCasaIT", "@AcquaChiaraAiuta"),
        "gaming": ("@GiocaPiuSupporto", "@ConsoleMondoIT"),
        "isp": ("@FibraVeloceAiuto", "@RetePronta_IT"),
        "ride": ("@PassaggioOraIT", "@TaxiLampoAiuto"),
        "food": ("@PappaExpressIT", "@CiboSubitoAiuto"),
    },
    "pt": {
        "streaming": ("@SomLivreAjuda",), "carrier": ("@TeleMaisPT", "@MovelJaApoio"),
        "grocery": ("@MercadoFrescoPT",), "air": ("@VoaLusoApoio",),
        "rail": ("@ComboiosNorteInfo",), "bank": ("@BancoMarApoio",),
        "parcel": ("@EncomendaJaPT",), "utility": ("@LuzBoaApoio",),
        "gaming": ("@JogaMaisPT",), "isp": ("@FibraLusaApoio",),
        "ride": ("@BoleiaJaPT",), "food": ("@ComidaRapidaPT",),
    },
}
# Suffixes stripped from a handle to get the brand for hashtags (#VeloxMobileFail).
HANDLE_SUFFIXES = ("Help", "Helpt", "Hilft", "Hilfe", "Cares", "Care", "Support", "Supporto",
                   "Soporte", "Service", "SAV", "Aide", "Ayuda", "Aiuto", "Aiuta", "Apoio",
                   "Ajuda", "Atencion", "Info", "UK", "DE", "FR", "NL", "ES", "IT", "PT", "_")
DEVICES = ("iPhone 13", "iPhone 15 Pro", "Pixel 7", "Galaxy S22", "Galaxy A54", "iPad",
           "Fire TV stick", "Samsung TV", "LG OLED", "Android TV", "Chromecast", "MacBook",
           "Xiaomi 13", "Huawei P30", "Apple TV", "Sonos speaker", "Roku")
CONSOLES = ("PS5", "PS4", "Xbox Series X", "Xbox One", "Switch", "Switch OLED", "Steam Deck",
            "Nova One", "Nova One S")
CODES = ("E-1042", "NW-31730-5", "0x87e10bef", "CE-108255-1", "ERR_503", "4003", "E102",
         "AUTH-17", "P2-404", "TIMEOUT_9")
EMOJI = ("😡", "🤬", "🙄", "😤", "😩", "😭", "🤦", "🤦‍♀️", "🤦‍♂️", "😒", "⏳", "👎", "🙃",
         "😑", "🤡", "🫠", "😠", "💀", "‼️", "😫", "🤯")
SECTOR_EMOJI: dict[str, tuple[str, ...]] = {
    "streaming": ("🎧", "📺", "🎵"), "carrier": ("📱", "📵", "💸"), "grocery": ("🛒", "🧾"),
    "air": ("✈️", "🧳"), "rail": ("🚆", "🚉", "🥶"), "bank": ("💳", "💸"), "parcel": ("📦", "🚚"),
    "utility": ("⚡", "🔥", "💸"), "gaming": ("🎮",), "isp": ("📶", "🐌", "📉"),
    "ride": ("🚗", "💸"), "food": ("🍕", "🧊", "🍔"),
}

SOCIAL: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "streaming": (
            "since the {version} update the app skips to the next song every 30 secs on my "
            "{device}. paying premium for THIS?",
            "video keeps buffering at like 480p even tho my internet is fine, every other app "
            "works. {device}, app v{version}",
            "ur app logs me out every single time I close it since the last update. reset my "
            "password {n} times this week",
            "you charged me {amount} on {date} for the family plan but I cancelled it in the app "
            "weeks ago, I have the confirmation email",
            "offline downloads just vanish before every flight. 3rd time now. what's the point "
            "of paying {amount} a month",
            "why does the app crash on my {device} every time I cast to the tv?? started with "
            "v{version}",
            "all my offline playlists are GONE after the update, {n} years of curating. pls tell "
            "me u have a backup",
            "{handle} your app has been stuck on the loading wheel on my {device} since the "
            "update. deleted & reinstalled, nothing",
        ),
        "carrier": (
            "you promised me a {amount} credit on {date} for the outage. it's not on my bill. 2 "
            "calls, 2x 'it'll be there next month'",
            "just got my bill: {amount}. apparently I was roaming in {city}. I have NEVER been "
            "to {city}",
            "you put me on the wrong plan when I upgraded, 5GB instead of unlimited and now I'm "
            "paying for extra data",
            "no signal at all in {city} since {date}. can't call, can't text, your outage map "
            "says everything is fine",
            "been waiting {days} days for the refund you promised for the double charge. acct "
            "{account}",
            "my number transfer was supposed to happen on {date}, now I have NO number at all. I "
            "run a business from this phone",
            "new SIM arrived, activation fails with 'invalid ICCID' every time on my {device}. "
            "shop says call u, u say go to the shop",
            "so {handle} told me in store my contract ends in may. now I'm getting a {amount} "
            "early termination fee??",
        ),
        "grocery": (
            "got ID'd buying ONE bottle of wine at your {city} store. I'm 52 with grey hair. "
            "cashier said it's policy to ask everyone, is that true?",
            "staff at the {city} branch wouldn't sell me paracetamol and plasters without ID. "
            "since when is that a thing",
            "self checkout kept saying unexpected item in bagging area for a single banana, {n} "
            "times, no staff anywhere for 15 mins",
            "self-checkout charged me twice for {item}, it's on the receipt twice, store told me "
            "to contact you",
            "delivery {order} arrived without the {item} but I was still charged for it",
            "my {amount} voucher was refused at the till in {city}, your own app says it's valid "
            "till the end of the month",
            "delivery slot was 8-9pm, driver turned up at 10:40 and half the order was "
            "substituted. {item} swapped for something random",
            "all the frozen stuff in order {order} arrived completely defrosted. not eating that",
            "{handle} the security guard at your {city} store searched my bag in front of "
            "everyone bc the self checkout glitched. humiliating",
        ),
        "air": (
            "my bag didn't arrive in {city} on {flight} on {date}. ref {booking}. {days} days, "
            "the tracker still says 'searching'",
            "flight {flight} cancelled 2hrs before departure, no rebooking offered, just 'check "
            "the app'. the app says nothing",
            "still waiting for my refund of {amount} for the cancelled flight, booking {booking}. "
            "you said 7 days, it's been {days}",
            "charged {amount} at the gate for a bag that fit in the sizer. staff wouldn't even "
            "let me try",
            "online check-in fails with an error every time for booking {booking}, and you charge "
            "for airport check-in?? fix it pls",
            "assistance for my dad was booked AND confirmed and nobody showed up in {city}. we "
            "missed the flight",
        ),
        "rail": (
            "the {time} to {city} was {mins} mins late, missed my connection. the delay "
            "compensation form keeps erroring",
            "submitted a delay repay claim on {date}, ref {order}, still 'pending' after {days} "
            "days",
            "my season ticket won't scan at the {city} gates, {nth} day in a row. paid {amount} "
            "for it",
            "why was the {time} cancelled with no announcement? hundreds of ppl on the platform "
            "in the cold and the board says 'on time'",
            "booked a seat (coach C, 42), reservations weren't showing and the guard told me to "
            "stand. want the reservation fee back",
            "ticket machine at {city} took {amount} off my card and printed nothing",
        ),
        "bank": (
            "my card ending {last4} got blocked in {city} even tho I told the app I was "
            "travelling. can't pay for my hotel",
            "app's been down since this morning, can't see my balance or pay anyone. status page "
            "says nothing??",
            "transfer of {amount} on {date} left my account but never arrived, the other bank "
            "says they got nothing",
            "charged a {amount} overdraft fee bc YOUR system held my salary for 2 days. want it "
            "refunded",
            "the {version} update logged me out and now face ID won't work, stuck in a loop of "
            "verification codes that never arrive",
            "card declined at the supermarket 3 times today with plenty of money in the account. "
            "embarrassing. what's going on",
        ),
        "parcel": (
            "tracking for {order} says delivered at {time}. I was home all day, no knock, no "
            "parcel, no photo",
            "parcel marked 'delivered to safe place'. which safe place? I live in a 4th floor "
            "flat",
            "your driver left my parcel on the doorstep in the rain, the laptop box is soaked "
            "through",
            "3rd failed delivery attempt on {order}, 'customer not in' every time. I literally "
            "work from home",
            "my parcel has been 'at the local depot' for {days} days. can someone actually go "
            "and look",
            "paid {amount} for next day delivery, it's day {n}. want that fee back",
        ),
        "utility": (
            "estimated bill of {amount}?? I sent a meter reading on {date} and it's right there "
            "in the app. pls recalculate",
            "you've doubled my direct debit to {amount} a month with zero explanation. account "
            "{account}",
            "my smart meter hasn't sent a reading since {date} and now I'm getting estimated "
            "bills again",
            "moved out on {date}, gave a final reading, and you're STILL billing me for the old "
            "flat",
            "no hot water since {date}, engineer was booked for tuesday and never turned up",
        ),
        "gaming": (
            "bought the {amount} season pass on my {console}, money gone, pass not in my account. "
            "order {order}",
            "my account got suspended for 'unusual activity'. I've played on one {console} for 4 "
            "yrs. appeal {order}, no reply",
            "{console} won't boot since the {version} system update, stuck on the logo",
            "servers down AGAIN during the weekend event?? can't log in, error {code}. "
            "compensation pls",
            "controller drift after 3 months, sent a repair request {days} days ago and heard "
            "nothing",
        ),
        "isp": (
            "internet down in {city} since {date}. no outage listed, the bot just tells me to "
            "restart the router. I HAVE",
            "paying for {plan} mbps and getting {speed}. every evening. speedtest screenshots "
            "attached",
            "technician was booked for {date} 8-12, nobody showed, nobody called. took the day "
            "off for this",
            "router keeps rebooting every hour since your firmware push, wifi drops in every "
            "call",
            "3rd outage this week. I work from home. I want a discount on this month's bill, "
            "account {account}",
            "my new line was supposed to go live on {date}, still 'in progress' {days} days later",
        ),
        "ride": (
            "driver cancelled after I waited {mins} mins and I still got a {amount} cancellation "
            "fee",
            "charged {amount} for a 10 min ride on {date}, the app quoted half that",
            "left my phone in a car last night and the app has no way to contact the driver. pls "
            "help",
            "driver took a massive detour and the fare doubled to {amount}. want a partial refund",
            "app says my account is 'under review' and won't let me book. no explanation, no "
            "email",
        ),
        "food": (
            "order {order} arrived an hour late and stone cold. the app won't let me report it",
            "half my order missing (no {dish}) and the app only offers {amount} credit?? I want "
            "my actual money back",
            "got someone else's order, they got mine I assume. rider long gone. now what",
            "order marked delivered, never arrived. your chatbot closed the chat on me TWICE",
            "charged {amount} twice for order {order}, my bank shows both",
        ),
        "opener": ("hey", "yo", "seriously", "hello??", "ok so", "um", "wtf", "right,", "so",
                   "hi,", "dear", "hiya", "genuine question:", "not again"),
        "detail": ("order {order}", "acct {account}", "booking ref {booking}",
                   "app v{version} on {device}", "screenshots attached", "on hold {mins} mins "
                   "yesterday", "2nd time this month", "ref {order}", "already DM'd",
                   "error {code}", "called twice already"),
        "ask": ("pls fix this asap", "I want a refund, not a voucher", "can someone call me back "
                "pls", "been on hold {mins} mins, pls DM me", "DM'd you my account number, pls "
                "actually reply this time", "who do I actually talk to about this?",
                "sort it out", "I want my money back", "can u check what's going on",
                "is anyone even reading these?", "pls escalate", "what are you going to do "
                "about it?", "any update??", "I expect compensation", "refund me pls",
                "answer your DMs", "fix it. today.", "how do I get this sorted?"),
        "closer": ("thx for nothing", "smh", "wtf", "unreal", "absolute joke", "never again",
                   "switching providers next month", "not happy", "ridiculous", "I'm done",
                   "lovely service as always", "cheers for that", "useless", "pathetic",
                   "10/10 customer service 🙃", "not impressed"),
        "followup_net": ("and before u ask, yes I've restarted it",
                         "turned it off and on again. twice. same thing"),
        "followup": ("update: still nothing",
                     "day {n} and no reply to my DM", "also ur chatbot ends the chat every time "
                     "I type 'refund'", "called the helpline, {mins} mins on hold then cut off",
                     "still waiting...", "it's been {days} days now. anyone?", "this is my {nth} "
                     "post about this", "oh and now the app says {order} doesn't exist",
                     "update: charged AGAIN", "no reply. shocking", "hellooo?"),
        "answer": ("already DM'd u yesterday, no answer", "DM sent. acct {account}. pls be "
                   "quick", "did that {days} days ago and got a copy paste reply",
                   "I've DM'd you 3 times, please actually read them", "done, ref {ref}. "
                   "waiting", "no, I'm not DMing again, just fix it", "sent. it's {ref}",
                   "you asked me that last week", "DM'd. still no refund tho"),
        "agent": ("Hi {cust}, sorry to hear that! Could you DM us your account number so we can "
                  "take a look?", "Sorry for the trouble. Please send us a DM with your "
                  "reference and we'll look into it for you.", "That's not the experience we "
                  "want for you. Can you DM us your reference and postcode?",
                  "Hey {cust}, sorry about this! We've followed you, please pop us a DM with the "
                  "details.", "Hi {cust}, sorry for the wait. I've passed this on to the "
                  "relevant team, they'll be in touch within 48 hours.", "We're sorry to hear "
                  "this {cust}. Please DM us and we'll get this sorted.", "Hi {cust}, I'm "
                  "really sorry about this. I've sent you a DM so we can look into it together.",
                  "Hi there, we'd like to help. Can you DM us your full name and email address "
                  "please?"),
        "agent_outage": ("Hi, thanks for flagging. Our team is aware of an issue in your area "
                         "and working on a fix.", "Sorry {cust}, there's a fault in {city} at "
                         "the moment, engineers are on it. We'll update you as soon as we "
                         "know more."),
        "agent_app": ("So sorry! Have you tried logging out and back in? If it keeps happening, "
                      "DM us the app version you're on.", "Hi {cust}, our tech team knows about "
                      "a bug in the latest update and a fix is on its way. Sorry for the "
                      "hassle!"),
        "auto": ("Thanks for your message! Our team replies 8am-8pm, usually within {n} hours.",
                 "Hi! You're chatting with our virtual assistant. Type 'agent' to speak to a "
                 "person."),
        "also": ("also", "oh and", "AND", "plus"),
        "tags": ("#customerservice", "#fail", "#neveragain", "#refund", "#ripoff", "#sortitout",
                 "#poorservice", "#help", "#complaint", "#stillwaiting", "#outage"),
        "dm_head": ("Direct message to {handle}", "DM · {handle}", "Messages · {handle}",
                    "Conversation with {handle}", "New message to {handle}"),
        "reply_head": ("Replying to {to}", "{handle} replied:", "↳ {handle}"),
        "cc": ("cc @ConsumerVoiceUK", "cc @FairDealWatch", "@MoneyWatchdogUK"),
        "items": ("oat milk", "the chicken", "nappies", "bread", "a dozen eggs", "washing "
                  "powder", "the birthday cake", "avocados", "the coffee", "baby formula"),
        "dishes": ("fries", "drinks", "the curry", "my burger", "the sides", "dessert"),
        "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    },
    "de": {
        "streaming": (
            "seit dem Update auf {version} springt die App ständig zum nächsten Song, auf dem "
            "{device} genauso. Zahl doch nicht {amount} im Monat für sowas",
            "Videos laden nur noch in Kartoffelqualität und buffern alle 20 Sekunden. Internet "
            "ist top, alle anderen Apps laufen",
            "werde seit dem letzten Update jeden Tag ausgeloggt. Passwort schon {n}x zurückgesetzt,"
            " bringt nix",
            "ihr habt mir am {date} {amount} abgebucht obwohl ich das Abo gekündigt hab. "
            "Bestätigungsmail hab ich",
        ),
        "carrier": (
            "mir wurde am {date} eine Gutschrift über {amount} zugesagt. Auf der Rechnung: NICHTS."
            " Kundennr. {account}",
            "seit {date} kein Netz in {city}, weder telefonieren noch SMS. Eure Störungskarte "
            "sagt alles grün",
            "beim Vertragswechsel falschen Tarif bekommen, jetzt zahl ich {amount} statt 20 €. "
            "Wer hat sich das ausgedacht",
            "Rufnummernmitnahme sollte am {date} laufen, jetzt hab ich GAR KEINE Nummer mehr",
        ),
        "grocery": (
            "an der Kasse in {city} wollte die Kassiererin meinen Ausweis sehen, für ein Radler. "
            "Ich bin 38. Ist das echt eure Vorgabe?",
            "SB-Kasse hat {item} doppelt berechnet, Bon liegt mir vor. Filiale meint ich soll "
            "mich bei euch melden",
            "Lieferung {order} kam ohne {item}, berechnet wurde es trotzdem",
            "mein Coupon über {amount} wurde an der Kasse nicht akzeptiert, in eurer App steht "
            "gültig bis Monatsende??",
        ),
        "air": (
            "Koffer ist in {city} nicht angekommen, Flug {flight} am {date}, Vorgang {booking}. "
            "Seit {days} Tagen kein Update",
            "Flug {flight} 2 Std vorher gestrichen, keine Umbuchung, nur 'schauen Sie in die "
            "App'. Die App zeigt gar nix",
            "warte immer noch auf die Erstattung von {amount} für den gestrichenen Flug, Buchung "
            "{booking}",
        ),
        "rail": (
            "der {time} nach {city} hat {mins} Minuten Verspätung, Anschluss weg. Das "
            "Fahrgastrechte-Formular bricht jedes Mal ab",
            "Entschädigungsantrag vom {date} (Nr. {order}) steht seit {days} Tagen auf 'in "
            "Bearbeitung'",
            "warum fällt der {time} ohne jede Ansage aus?? Anzeige sagt 'pünktlich', Bahnsteig "
            "rappelvoll",
        ),
        "bank": (
            "meine Karte mit Endung {last4} wurde in {city} gesperrt, obwohl ich die Reise in der "
            "App gemeldet hab. Kann das Hotel nicht zahlen!!",
            "App seit heute früh down, kein Login, keine Überweisung. Wann geht das wieder?",
            "Überweisung über {amount} vom {date} ist abgebucht aber nie angekommen",
        ),
        "parcel": (
            "Sendung {order} laut Tracking um {time} zugestellt. War den ganzen Tag zuhause, kein "
            "Klingeln, kein Paket, kein Zettel",
            "Paket wurde 'am Wunschablageort' abgelegt. Ich hab keinen Wunschablageort. Wo ist "
            "es?",
            "zum 3. Mal 'Empfänger nicht angetroffen' bei {order}. Ich bin im Homeoffice, ich bin "
            "IMMER da",
        ),
        "utility": (
            "Schätzrechnung über {amount}?? Zählerstand hab ich am {date} in der App eingegeben",
            "Abschlag einfach auf {amount} erhöht ohne ein Wort. Vertragskonto {account}",
        ),
        "gaming": (
            "{amount} für den Season Pass auf der {console} bezahlt, Geld weg, Pass nicht da. "
            "Bestellung {order}",
            "{console} startet seit dem Systemupdate {version} nicht mehr, hängt am Logo",
        ),
        "isp": (
            "Internet in {city} seit {date} tot. Keine Störung gemeldet, der Chatbot sagt Router "
            "neu starten. HAB ICH",
            "zahle für {plan} Mbit und bekomme abends {speed} Mbit. Jeden Abend",
            "Techniker-Termin am {date} zwischen 8 und 12, niemand kam, niemand rief an. Hab "
            "dafür extra Urlaub genommen",
        ),
        "ride": (
            "Fahrer storniert nach {mins} Min Warten und ICH zahl {amount} Stornogebühr? Geht's "
            "noch",
        ),
        "food": (
            "Bestellung {order} kam über eine Stunde zu spät und eiskalt. In der App kann man "
            "nix melden",
            "die Hälfte fehlt (kein {dish}) und ihr bietet mir {amount} Guthaben an?? Ich will "
            "mein Geld zurück",
        ),
        "opener": ("hallo??", "ernsthaft", "sorry aber", "leute", "hey", "echt jetzt", "hallo,",
                   "moin", "na toll"),
        "detail": ("Bestellnr. {order}", "Kundennr. {account}", "Buchung {booking}",
                   "App {version} auf {device}", "Screenshot anbei", "{mins} Min in der "
                   "Warteschleife", "zum 2. Mal diesen Monat", "Fehler {code}", "hab schon DM "
                   "geschickt"),
        "ask": ("bitte um Rückruf", "bitte schnell klären", "ich will mein Geld zurück",
                "meldet euch bitte per DM", "hab euch per DM meine Kundennr geschickt, bitte "
                "antworten", "wer ist dafür zuständig?", "kümmert euch bitte drum",
                "bitte erstatten", "was passiert jetzt?", "liest das überhaupt jemand?",
                "wann wird das gefixt?"),
        "closer": ("danke für nix", "unfassbar", "Frechheit", "nie wieder", "wird gekündigt",
                   "echt peinlich", "super Service 🙃", "reicht jetzt", "sauer", "lächerlich"),
        "followup_net": ("und ja, Router hab ich neu gestartet",
                         "Router auch schon 2x resettet, bringt nix"),
        "followup": ("Update: immer noch nix",
                     "Tag {n}, keine Antwort auf meine DM", "Hotline: {mins} Min Warteschleife, "
                     "dann aufgelegt", "immer noch nix...", "jetzt schon {days} Tage. Hallo?",
                     "Update: WIEDER abgebucht", "keine Reaktion. Toll"),
        "answer": ("hab euch gestern schon ne DM geschickt, keine Antwort", "DM ist raus, "
                   "Kundennr {account}", "hab ich vor {days} Tagen gemacht, kam nur ne "
                   "Textbaustein-Antwort", "schon 3 DMs geschickt, lest die bitte mal",
                   "erledigt, Vorgang {ref}", "nein, ich schreib nicht nochmal per DM"),
        "agent": ("Hallo {cust}, das tut uns leid! Schick uns bitte per DM deine Kundennummer, "
                  "dann schauen wir uns das an.", "Oh nein, das klingt ärgerlich. Magst du uns "
                  "die Vorgangsnummer per DM schicken?", "Sorry für die Wartezeit, {cust}! Ich "
                  "hab das an die Fachabteilung weitergegeben, du hörst innerhalb von 48 Std "
                  "von uns.", "Hi {cust}, das sollte so nicht sein. Wir haben dir eine DM "
                  "geschickt, schau mal rein."),
        "agent_outage": ("Hallo, danke für den Hinweis. Uns ist eine Störung in deiner Region "
                         "bekannt, die Kollegen arbeiten daran.",),
        "agent_app": ("Hi {cust}, der Fehler im letzten Update ist uns bekannt, ein Fix kommt in "
                      "den nächsten Tagen. Sorry!",),
        "auto": ("Danke für deine Nachricht! Wir antworten Mo-Fr 8-20 Uhr, meist innerhalb von "
                 "{n} Stunden.",),
        "also": ("außerdem", "und", "ach ja und", "UND"),
        "tags": ("#kundenservice", "#frechheit", "#niewieder", "#fail", "#bahnchaos",
                 "#servicewüste", "#abzocke", "#wartenwarten"),
        "dm_head": ("Direktnachricht an {handle}", "DM · {handle}", "Nachricht an {handle}"),
        "reply_head": ("Antwort an {to}", "{handle} hat geantwortet:", "↳ {handle}"),
        "cc": ("cc @VerbraucherNetz", "@Marktcheck_DE"),
        "items": ("Hafermilch", "das Hähnchen", "Windeln", "Butter", "Eier", "Waschmittel",
                  "die Torte", "Kaffee"),
        "dishes": ("Pommes", "Getränke", "Curry", "Burger", "Nachtisch"),
    },
    "fr": {
        "streaming": (
            "depuis la mise à jour {version} l'appli saute les morceaux toutes les 30 sec sur mon "
            "{device}. Je paie {amount}/mois pour ça ?",
            "la vidéo charge en permanence alors que ma connexion est nickel, les autres "
            "applis marchent très bien",
            "je suis déconnecté de l'appli tous les jours depuis la dernière MAJ, j'ai changé mon "
            "mdp {n} fois",
            "prélevé de {amount} le {date} alors que j'ai résilié il y a un mois, j'ai le mail de "
            "confirmation",
        ),
        "carrier": (
            "on m'a promis un avoir de {amount} le {date}. Rien sur la facture. RIEN. Client n° "
            "{account}",
            "aucun réseau à {city} depuis le {date}, ni appels ni SMS, et votre carte des pannes "
            "dit que tout va bien",
            "facture de {amount} ce mois-ci alors que mon forfait est à 15€, vous m'avez changé "
            "de forfait sans me demander ??",
        ),
        "grocery": (
            "la caissière de votre magasin de {city} m'a demandé ma carte d'identité pour une "
            "bouteille de rosé. J'ai 45 ans. C'est la règle maintenant ?",
            "la caisse automatique m'a compté {item} deux fois, j'ai le ticket, le magasin me dit "
            "de voir avec vous",
            "commande drive {order} : pas de {item} mais facturé quand même",
            "mon bon de réduction de {amount} refusé en caisse alors qu'il est valable jusqu'à "
            "la fin du mois dans votre appli",
        ),
        "air": (
            "ma valise n'est jamais arrivée à {city}, vol {flight} du {date}, dossier {booking}. "
            "{days} jours sans nouvelles",
            "vol {flight} annulé 2h avant, aucune solution, juste 'consultez l'appli'. L'appli "
            "n'affiche RIEN",
            "toujours pas remboursé des {amount} pour le vol annulé, résa {booking}. Vous aviez "
            "dit 7 jours",
        ),
        "rail": (
            "le train de {time} pour {city} a {mins} min de retard, correspondance ratée. Le "
            "formulaire de compensation plante à chaque fois",
            "ma demande de remboursement du {date} (n° {order}) est 'en cours de traitement' "
            "depuis {days} jours",
            "train de {time} supprimé sans aucune annonce, le panneau affiche 'à l'heure', le "
            "quai est bondé",
        ),
        "bank": (
            "ma carte finissant par {last4} bloquée à {city} alors que j'avais signalé mon voyage "
            "dans l'appli. Impossible de payer l'hôtel",
            "appli en panne depuis ce matin, impossible de me connecter ou de faire un virement",
            "virement de {amount} parti le {date} et jamais arrivé, le destinataire n'a rien reçu",
        ),
        "parcel": (
            "colis {order} marqué 'livré' à {time}. J'étais chez moi toute la journée, personne "
            "n'a sonné, pas de colis",
            "3e 'destinataire absent' pour {order}. Je suis en télétravail, je suis LÀ",
        ),
        "utility": (
            "facture estimée à {amount} ?? J'ai envoyé mon relevé le {date}, il apparaît dans "
            "l'espace client",
            "vous avez augmenté ma mensualité à {amount} sans prévenir. Contrat {account}",
        ),
        "gaming": (
            "payé {amount} le season pass sur {console}, débité mais rien sur mon compte. "
            "Commande {order}",
        ),
        "isp": (
            "plus d'internet à {city} depuis le {date}, aucune panne déclarée, le chatbot me dit "
            "de redémarrer la box. C'EST FAIT",
            "technicien prévu le {date} entre 8h et 12h, personne n'est venu, personne n'a "
            "appelé. J'ai posé un jour de congé pour ça",
            "je paie la fibre {plan} Mb et j'ai {speed} Mb le soir. Tous les soirs",
        ),
        "ride": (
            "le chauffeur a annulé après {mins} min d'attente et c'est moi qui paie {amount} de "
            "frais d'annulation ?",
        ),
        "food": (
            "commande {order} arrivée avec 1h de retard et froide. Impossible de signaler le "
            "problème dans l'appli",
            "il manque la moitié de la commande (pas de {dish}) et vous me proposez {amount} en "
            "bon d'achat ? Je veux être remboursé",
        ),
        "opener": ("sérieux", "bonjour,", "allô ??", "franchement", "euh", "salut", "bon,",
                   "encore"),
        "detail": ("commande {order}", "client n° {account}", "dossier {booking}",
                   "appli {version} sur {device}", "capture d'écran jointe", "{mins} min d'attente "
                   "au téléphone", "2e fois ce mois-ci", "erreur {code}", "déjà envoyé en MP"),
        "ask": ("merci de me rappeler", "je veux être remboursé", "vous pouvez regarder svp ?",
                "répondez à mes MP svp", "je vous ai envoyé mon n° client en MP, merci de "
                "répondre", "qui s'occupe de ça ?", "réglez ça svp", "je fais comment "
                "maintenant ?", "quelqu'un lit ces messages ?", "j'attends un geste commercial"),
        "closer": ("merci pour rien", "inadmissible", "honteux", "plus jamais", "je résilie",
                   "lamentable", "ça commence à bien faire", "service client au top 🙃", "bravo"),
        "followup_net": ("et oui j'ai redémarré la box", "box débranchée/rebranchée 3 fois, rien"),
        "followup": ("update : toujours rien", "jour {n}, "
                     "aucune réponse à mon MP", "{mins} min au 39xx puis raccroché au nez",
                     "toujours en attente...", "ça fait {days} jours. Quelqu'un ?",
                     "re-prélevé ce matin. Génial"),
        "answer": ("déjà envoyé en MP hier, pas de réponse", "MP envoyé, client n° {account}",
                   "fait il y a {days} jours, réponse copier-coller", "je vous ai écrit 3 fois en "
                   "MP, lisez-les svp", "c'est fait, dossier {ref}"),
        "agent": ("Bonjour {cust}, nous sommes désolés. Pouvez-vous nous transmettre votre n° "
                  "client en MP ?", "Bonjour, merci pour votre message. Envoyez-nous votre "
                  "numéro de dossier en privé, nous regardons ça.", "Désolés pour l'attente "
                  "{cust}, votre demande a été transmise au service concerné, retour sous 48h.",
                  "Bonjour {cust}, ce n'est pas normal. On vous a écrit en MP."),
        "agent_outage": ("Bonjour, un incident est en cours dans votre secteur, nos équipes "
                         "sont mobilisées.",),
        "auto": ("Merci pour votre message ! Nous répondons du lundi au samedi de 8h à 20h.",),
        "also": ("et en plus", "et", "sans parler de", "ET"),
        "tags": ("#serviceclient", "#honteux", "#arnaque", "#inadmissible", "#colisperdu",
                 "#remboursement", "#retard"),
        "dm_head": ("Message privé à {handle}", "MP · {handle}", "Conversation avec {handle}"),
        "reply_head": ("En réponse à {to}", "{handle} a répondu :", "↳ {handle}"),
        "cc": ("cc @ConsoAlerteFR", "@QueChoisirPasVrai"),
        "items": ("le lait d'avoine", "le poulet", "les couches", "le pain", "les œufs",
                  "la lessive", "le café"),
        "dishes": ("frites", "boissons", "dessert", "burger"),
    },
    "nl": {
        "streaming": (
            "sinds de update naar {version} slaat de app steeds nummers over op mijn {device}. "
            "Daar betaal ik {amount} per maand voor",
            "video blijft bufferen terwijl mijn internet prima is, alle andere apps werken gewoon",
            "word elke dag uitgelogd sinds de laatste update, wachtwoord al {n} keer gereset",
        ),
        "carrier": (
            "jullie beloofden op {date} een tegoed van {amount}. Staat niet op mijn rekening. "
            "Klantnummer {account}",
            "geen bereik in {city} sinds {date}, bellen en sms'en gaat niet, storingskaart zegt "
            "dat alles werkt",
            "verkeerd abonnement gekregen bij verlenging, betaal nu {amount} ipv 18 euro",
        ),
        "grocery": (
            "moest bij de kassa in {city} mijn ID laten zien voor een fles wijn. Ik ben 49. Is "
            "dat echt jullie beleid?",
            "zelfscankassa rekende {item} dubbel, heb de bon nog. Filiaal zegt: neem contact op "
            "met de klantenservice",
            "bezorging {order} kwam zonder {item}, wel afgeschreven",
            "mijn kortingsbon van {amount} werd niet geaccepteerd, in jullie app staat geldig t/m "
            "eind van de maand",
        ),
        "air": (
            "koffer niet aangekomen in {city}, vlucht {flight} op {date}, dossier {booking}. Al "
            "{days} dagen niks gehoord",
            "vlucht {flight} 2 uur van tevoren geannuleerd, geen omboeking, alleen 'kijk in de "
            "app'",
        ),
        "rail": (
            "trein van {time} naar {city} {mins} min vertraagd, aansluiting gemist. Het formulier "
            "voor geld terug bij vertraging crasht steeds",
            "mijn aanvraag van {date} (nr {order}) staat al {days} dagen op 'in behandeling'",
            "trein van {time} uitgevallen zonder omroep, bord zegt 'op tijd', perron stampvol",
        ),
        "bank": (
            "pas eindigend op {last4} geblokkeerd in {city} terwijl ik mijn reis in de app had "
            "gemeld. Kan mijn hotel niet betalen",
            "app ligt er al de hele ochtend uit, kan niet inloggen en geen betaling doen",
        ),
        "parcel": (
            "pakket {order} staat op 'bezorgd' om {time}. Ik was de hele dag thuis, niemand "
            "aangebeld, geen pakket",
            "voor de 3e keer 'niet thuis' bij {order}. Ik werk thuis, ik ben er ALTIJD",
        ),
        "utility": (
            "voorschot zomaar verhoogd naar {amount} per maand zonder uitleg. Klantnummer "
            "{account}",
            "geschatte afrekening van {amount}?? Meterstanden heb ik op {date} doorgegeven",
        ),
        "gaming": (
            "{amount} betaald voor de season pass op mijn {console}, geld weg, pass niet in mijn "
            "account. Bestelling {order}",
        ),
        "isp": (
            "internet in {city} ligt al plat sinds {date}. Geen storing gemeld, chatbot zegt "
            "modem herstarten. HEB IK GEDAAN",
            "monteur zou op {date} tussen 8 en 12 komen, niemand gekomen, niet gebeld. Hiervoor "
            "vrij genomen",
            "betaal voor {plan} Mbit en krijg 's avonds {speed}",
        ),
        "ride": (
            "chauffeur annuleerde na {mins} min wachten en ik betaal {amount} annuleringskosten?",
        ),
        "food": (
            "bestelling {order} kwam een uur te laat en ijskoud aan. Kan het in de app nergens "
            "melden",
            "helft van mijn bestelling mist (geen {dish}) en ik krijg {amount} tegoed?? Ik wil "
            "gewoon mijn geld terug",
        ),
        "opener": ("serieus", "hallo??", "hoi,", "jongens", "echt", "nou", "alweer"),
        "detail": ("bestelnr {order}", "klantnr {account}", "boeking {booking}",
                   "app {version} op {device}", "screenshot bijgevoegd", "{mins} min in de wacht "
                   "gestaan", "2e keer deze maand", "foutcode {code}", "al een DM gestuurd"),
        "ask": ("graag terugbellen", "ik wil mijn geld terug", "kunnen jullie ff kijken?",
                "reageer aub op mijn DM", "klantnummer via DM gestuurd, graag reactie",
                "wie gaat dit oplossen?", "los het op aub", "wat nu?", "leest iemand dit "
                "eigenlijk?", "graag compensatie"),
        "closer": ("bedankt voor niks", "schandalig", "nooit meer", "ik zeg op", "belachelijk",
                   "top service weer 🙃", "ben er klaar mee", "triest"),
        "followup_net": ("en ja, modem is herstart", "modem al 3x gereset, niks"),
        "followup": ("update: nog steeds niks", "dag {n}, geen "
                     "reactie op mijn DM", "{mins} min in de wacht en toen opgehangen",
                     "nog steeds wachten...", "al {days} dagen. Iemand?"),
        "answer": ("gisteren al een DM gestuurd, geen antwoord", "DM gestuurd, klantnr "
                   "{account}", "heb ik {days} dagen geleden gedaan, standaardantwoord "
                   "gekregen", "al 3 DM's gestuurd, lees ze aub", "gedaan, nr {ref}"),
        "agent": ("Hoi {cust}, vervelend om te horen! Stuur je ons je klantnummer via DM? Dan "
                  "kijken we even mee.", "Hallo, sorry hiervoor. Wil je ons je referentie in "
                  "een DM sturen?", "Sorry voor het wachten {cust}, ik heb het doorgezet naar "
                  "de juiste afdeling. Je hoort binnen 48 uur van ons.", "Hoi {cust}, dat "
                  "hoort niet zo. We hebben je een DM gestuurd."),
        "agent_outage": ("Hoi, er is een storing bij jou in de buurt bekend, onze monteurs zijn "
                         "ermee bezig.",),
        "auto": ("Bedankt voor je bericht! We reageren dagelijks tussen 8 en 22 uur.",),
        "also": ("en ook", "en", "daarnaast", "EN"),
        "tags": ("#klantenservice", "#schandalig", "#nooitmeer", "#fail", "#storing",
                 "#vertraging", "#geldterug"),
        "dm_head": ("Privébericht aan {handle}", "DM · {handle}", "Bericht aan {handle}"),
        "reply_head": ("Antwoord aan {to}", "{handle} reageerde:", "↳ {handle}"),
        "cc": ("cc @KlachtenWijzer", "@Consumentenlijn"),
        "items": ("de havermelk", "de kip", "luiers", "brood", "eieren", "wasmiddel", "koffie"),
        "dishes": ("friet", "drinken", "toetje", "burger"),
    },
    "es": {
        "streaming": (
            "desde la actualización {version} la app se salta las canciones cada 30 seg en mi "
            "{device}. Pago {amount} al mes para esto?",
            "los vídeos se quedan cargando todo el rato y mi internet va perfecto, las demás apps "
            "funcionan",
            "me cierra la sesión cada día desde la última actualización, ya he cambiado la "
            "contraseña {n} veces",
        ),
        "carrier": (
            "me prometieron un abono de {amount} el {date} y en la factura no aparece nada. "
            "Cliente {account}",
            "sin cobertura en {city} desde el {date}, ni llamadas ni SMS, y vuestro mapa de "
            "incidencias dice que todo OK",
            "me cambiasteis de tarifa sin avisar y ahora pago {amount} en vez de 20€",
        ),
        "grocery": (
            "en vuestra tienda de {city} me pidieron el DNI para comprar una cerveza. Tengo 44 "
            "años. En serio es la norma?",
            "la caja de autocobro me cobró {item} dos veces, tengo el ticket y en tienda me dicen "
            "que os escriba",
            "el pedido {order} llegó sin {item} pero me lo cobrasteis igual",
            "no me aceptaron el cupón de {amount} en caja, en vuestra app pone válido hasta fin "
            "de mes",
        ),
        "air": (
            "mi maleta no llegó a {city}, vuelo {flight} del {date}, expediente {booking}. {days} "
            "días sin noticias",
            "vuelo {flight} cancelado 2h antes, sin alternativa, solo 'mire la app'. La app no "
            "dice NADA",
            "sigo esperando el reembolso de {amount} del vuelo cancelado, reserva {booking}",
        ),
        "rail": (
            "el tren de las {time} a {city} lleva {mins} min de retraso y he perdido el enlace. "
            "El formulario de devolución da error",
            "mi reclamación del {date} (n.º {order}) lleva {days} días 'en trámite'",
        ),
        "bank": (
            "tarjeta acabada en {last4} bloqueada en {city} aunque avisé del viaje en la app. No "
            "puedo pagar el hotel",
            "la app lleva caída toda la mañana, no puedo entrar ni hacer transferencias",
            "transferencia de {amount} del {date} salió de mi cuenta y nunca llegó",
        ),
        "parcel": (
            "el paquete {order} pone 'entregado' a las {time}. Estuve en casa todo el día, nadie "
            "llamó, no hay paquete",
            "tercer intento de entrega fallido con {order}. Teletrabajo, estoy en casa SIEMPRE",
        ),
        "utility": (
            "factura estimada de {amount}?? Os mandé la lectura del contador el {date}",
        ),
        "gaming": (
            "pagué {amount} por el pase de temporada en la {console} y no aparece. Pedido {order}",
        ),
        "isp": (
            "sin internet en {city} desde el {date}, no hay avería registrada y el bot me dice "
            "que reinicie el router. YA LO HICE",
            "técnico citado el {date} de 8 a 14, no vino nadie ni llamó nadie",
            "pago fibra de {plan} megas y por la noche llegan {speed}",
        ),
        "ride": (
            "el conductor canceló tras {mins} min esperando y encima me cobráis {amount} de "
            "cancelación?",
        ),
        "food": (
            "pedido {order} llegó una hora tarde y frío. La app no deja reclamar",
            "falta medio pedido (sin {dish}) y me ofrecéis {amount} en saldo?? Quiero mi dinero",
        ),
        "opener": ("en serio", "hola,", "hola??", "a ver", "otra vez", "vamos a ver", "oye"),
        "detail": ("pedido {order}", "cliente {account}", "reserva {booking}",
                   "app {version} en {device}", "adjunto captura", "{mins} min esperando al "
                   "teléfono", "2ª vez este mes", "error {code}", "ya os escribí por DM"),
        "ask": ("llamadme por favor", "quiero mi dinero", "podéis mirarlo ya?", "contestad al "
                "DM porfa", "os he mandado mi n.º de cliente por DM, contestad", "quién se "
                "encarga de esto?", "solucionadlo ya", "y ahora qué hago?", "alguien lee esto?",
                "quiero una compensación"),
        "closer": ("gracias por nada", "vergonzoso", "nunca más", "me doy de baja", "increíble",
                   "qué servicio tan bueno 🙃", "estoy harto", "de risa", "lamentable"),
        "followup_net": ("y sí, ya he reiniciado el router",
                         "router desenchufado y enchufado 3 veces, nada"),
        "followup": ("actualizo: sigo sin nada", "día {n}, "
                     "sin respuesta al DM", "{mins} min al teléfono y me colgaron",
                     "sigo esperando...", "ya van {days} días. Hola?"),
        "answer": ("ya os escribí ayer por DM y nada", "DM enviado, cliente {account}",
                   "lo hice hace {days} días y me contestasteis con un copia-pega",
                   "os he mandado 3 DMs, leedlos porfa", "hecho, expediente {ref}"),
        "agent": ("Hola {cust}, sentimos lo ocurrido. ¿Nos facilitas tu n.º de cliente por "
                  "DM para revisarlo?", "Hola, lamentamos las molestias. Escríbenos por privado "
                  "con tu referencia y lo miramos.", "Perdona la espera {cust}, hemos "
                  "trasladado tu caso al departamento correspondiente.", "Hola {cust}, te "
                  "hemos escrito por DM para ayudarte."),
        "agent_outage": ("Hola, hay una incidencia en tu zona y nuestros técnicos ya están "
                         "trabajando en ella.",),
        "auto": ("¡Gracias por escribirnos! Respondemos de 9 a 21h, de lunes a sábado.",),
        "also": ("y encima", "y además", "y", "Y"),
        "tags": ("#atencionalcliente", "#vergüenza", "#estafa", "#reclamación", "#nuncamas",
                 "#retraso"),
        "dm_head": ("Mensaje directo a {handle}", "DM · {handle}", "Conversación con {handle}"),
        "reply_head": ("En respuesta a {to}", "{handle} respondió:", "↳ {handle}"),
        "cc": ("cc @ConsumoAlerta", "@ReclamaYa_ES"),
        "items": ("la leche de avena", "el pollo", "los pañales", "el pan", "los huevos",
                  "el detergente", "el café"),
        "dishes": ("patatas", "bebidas", "postre", "hamburguesa"),
    },
    "it": {
        "streaming": (
            "dall'aggiornamento {version} l'app salta le canzoni ogni 30 secondi sul mio "
            "{device}. Pago {amount} al mese per questo?",
            "i video vanno in buffering di continuo e la mia connessione va benissimo, le altre "
            "app funzionano",
            "mi disconnette ogni giorno dall'ultimo aggiornamento, ho già cambiato password {n} "
            "volte",
        ),
        "carrier": (
            "mi avevate promesso un rimborso di {amount} il {date}. In bolletta niente. Codice "
            "cliente {account}",
            "nessun segnale a {city} dal {date}, né chiamate né SMS, e la vostra mappa dice che è "
            "tutto ok",
            "mi avete cambiato piano senza chiedere, ora pago {amount} invece di 9,99",
        ),
        "grocery": (
            "alla cassa del vostro punto vendita di {city} mi hanno chiesto il documento per una "
            "birra. Ho 47 anni. È davvero la regola?",
            "la cassa self mi ha battuto {item} due volte, ho lo scontrino, in negozio dicono di "
            "scrivere a voi",
            "spesa online {order} arrivata senza {item}, però addebitato",
            "il buono da {amount} non accettato in cassa, sulla vostra app c'è scritto valido "
            "fino a fine mese",
        ),
        "air": (
            "valigia mai arrivata a {city}, volo {flight} del {date}, pratica {booking}. {days} "
            "giorni senza notizie",
            "volo {flight} cancellato 2 ore prima, nessuna riprotezione, solo 'controlli l'app'",
            "ancora nessun rimborso di {amount} per il volo cancellato, prenotazione {booking}",
        ),
        "rail": (
            "il treno delle {time} per {city} ha {mins} min di ritardo, coincidenza persa. Il "
            "modulo per l'indennizzo dà errore",
            "la mia richiesta di indennizzo del {date} (n. {order}) è 'in lavorazione' da {days} "
            "giorni",
            "il treno delle {time} soppresso senza un annuncio, il tabellone dice 'in orario', "
            "binario pieno",
        ),
        "bank": (
            "carta che finisce con {last4} bloccata a {city} anche se avevo segnalato il viaggio "
            "in app. Non riesco a pagare l'hotel",
            "l'app è giù da stamattina, non riesco ad accedere né a fare bonifici",
        ),
        "parcel": (
            "pacco {order} risulta 'consegnato' alle {time}. Ero a casa tutto il giorno, nessuno "
            "ha suonato, nessun pacco",
            "terzo tentativo di consegna fallito per {order}. Lavoro da casa, ci sono SEMPRE",
        ),
        "utility": (
            "bolletta stimata di {amount}?? Ho inviato l'autolettura il {date}",
        ),
        "gaming": (
            "pagato {amount} il season pass su {console}, soldi spariti e il pass non c'è. Ordine "
            "{order}",
        ),
        "isp": (
            "internet a {city} giù dal {date}, nessun guasto segnalato e il bot mi dice di "
            "riavviare il modem. L'HO FATTO",
            "tecnico previsto il {date} dalle 8 alle 12, non si è visto nessuno né ha chiamato",
            "pago la fibra da {plan} mega e la sera arrivano {speed}",
        ),
        "ride": (
            "l'autista ha annullato dopo {mins} min di attesa e mi addebitate {amount} di "
            "penale?",
        ),
        "food": (
            "ordine {order} arrivato con un'ora di ritardo e freddo. Dall'app non si può "
            "segnalare",
            "manca metà dell'ordine (niente {dish}) e mi offrite {amount} di credito?? Rivoglio i "
            "soldi",
        ),
        "opener": ("ma davvero", "ciao,", "buongiorno,", "ancora", "scusate ma", "allora"),
        "detail": ("ordine {order}", "codice cliente {account}", "prenotazione {booking}",
                   "app {version} su {device}", "screenshot allegato", "{mins} min in attesa "
                   "al telefono", "2a volta questo mese", "errore {code}", "già scritto in DM"),
        "ask": ("richiamatemi per favore", "rivoglio i miei soldi", "potete controllare?",
                "rispondete ai DM per favore", "vi ho mandato il codice cliente in DM, "
                "rispondete", "chi se ne occupa?", "risolvete subito", "e adesso?",
                "qualcuno legge questi messaggi?", "voglio un indennizzo"),
        "closer": ("grazie di niente", "vergognoso", "mai più", "disdico", "assurdo",
                   "servizio clienti top 🙃", "basta", "ridicolo", "pessimi"),
        "followup_net": ("e sì, ho già riavviato il modem",
                         "modem staccato e riattaccato 3 volte, niente"),
        "followup": ("aggiornamento: ancora niente",
                     "giorno {n}, nessuna risposta al DM", "{mins} min al telefono e poi è "
                     "caduta la linea", "sto ancora aspettando...", "sono {days} giorni. "
                     "Ci siete?"),
        "answer": ("già scritto ieri in DM, nessuna risposta", "DM inviato, codice cliente "
                   "{account}", "fatto {days} giorni fa, risposta copia-incolla",
                   "vi ho mandato 3 DM, leggeteli", "fatto, pratica {ref}"),
        "agent": ("Ciao {cust}, ci dispiace! Ci scrivi in DM il tuo codice cliente così "
                  "verifichiamo?", "Ciao, scusaci per il disagio. Inviaci in privato il "
                  "numero di pratica e controlliamo.", "Scusa l'attesa {cust}, abbiamo "
                  "inoltrato la segnalazione all'ufficio competente.", "Ciao {cust}, ti "
                  "abbiamo scritto in DM."),
        "agent_outage": ("Ciao, c'è un guasto nella tua zona e i tecnici sono già al lavoro.",),
        "auto": ("Grazie per il messaggio! Rispondiamo dalle 8 alle 22, tutti i giorni.",),
        "also": ("e in più", "e", "per non parlare di", "E"),
        "tags": ("#assistenzaclienti", "#vergogna", "#truffa", "#disservizio", "#rimborso",
                 "#ritardo"),
        "dm_head": ("Messaggio diretto a {handle}", "DM · {handle}", "Conversazione con "
                    "{handle}"),
        "reply_head": ("In risposta a {to}", "{handle} ha risposto:", "↳ {handle}"),
        "cc": ("cc @TuteliamoConsumatori", "@SegnalaOra_IT"),
        "items": ("il latte d'avena", "il pollo", "i pannolini", "il pane", "le uova",
                  "il detersivo", "il caffè"),
        "dishes": ("patatine", "bibite", "dolce", "hamburger"),
    },
    "pt": {
        "streaming": ("desde a atualização {version} a app salta as músicas a cada 30 seg no "
                      "meu {device}. Pago {amount} por mês para isto?",),
        "carrier": ("prometeram-me um crédito de {amount} no dia {date} e na fatura nada. "
                    "Cliente {account}", "sem rede em {city} desde {date}, nem chamadas nem "
                    "SMS"),
        "grocery": ("na vossa loja de {city} pediram-me o cartão de cidadão para comprar uma "
                    "cerveja. Tenho 41 anos. É mesmo a regra?", "a encomenda {order} chegou "
                    "sem {item} mas foi cobrado na mesma"),
        "air": ("a minha mala não chegou a {city}, voo {flight} de {date}, processo {booking}. "
                "{days} dias sem notícias",),
        "rail": ("o comboio das {time} para {city} com {mins} min de atraso e perdi a ligação. "
                 "Como peço o reembolso?",),
        "bank": ("cartão terminado em {last4} bloqueado em {city}, avisei da viagem na app. Não "
                 "consigo pagar o hotel",),
        "parcel": ("a encomenda {order} diz 'entregue' às {time}. Estive em casa o dia todo, "
                   "ninguém tocou",),
        "utility": ("fatura estimada de {amount}?? Enviei a leitura do contador no dia {date}",),
        "gaming": ("paguei {amount} pelo passe de temporada na {console} e não aparece. "
                   "Encomenda {order}",),
        "isp": ("sem internet em {city} desde {date}, o bot diz para reiniciar o router. JÁ FIZ "
                "ISSO", "técnico marcado para {date} de manhã, não apareceu ninguém"),
        "ride": ("o motorista cancelou depois de {mins} min e cobram-me {amount} de "
                 "cancelamento?",),
        "food": ("pedido {order} chegou com uma hora de atraso e frio",),
        "opener": ("a sério", "olá,", "outra vez", "então"),
        "detail": ("encomenda {order}", "cliente {account}", "erro {code}", "já mandei DM"),
        "ask": ("liguem-me por favor", "quero o meu dinheiro de volta", "respondam à DM",
                "quem trata disto?", "resolvam isto já"),
        "closer": ("obrigado por nada", "vergonha", "nunca mais", "inacreditável"),
        "followup": ("atualização: continua igual", "dia {n}, sem resposta à DM",
                     "continuo à espera..."),
        "answer": ("já mandei DM ontem, nada", "DM enviada, cliente {account}",
                   "feito, processo {ref}"),
        "agent": ("Olá {cust}, lamentamos! Envia-nos o teu n.º de cliente por DM para "
                  "verificarmos.", "Olá, pedimos desculpa. Já encaminhámos para a equipa "
                  "responsável."),
        "auto": ("Obrigado pela mensagem! Respondemos das 9h às 21h.",),
        "also": ("e ainda por cima", "e"),
        "tags": ("#apoioaocliente", "#vergonha", "#reclamação", "#nuncamais"),
        "dm_head": ("Mensagem direta para {handle}", "DM · {handle}"),
        "reply_head": ("Em resposta a {to}", "{handle} respondeu:"),
        "cc": ("cc @DefesaConsumidorPT",),
        "items": ("o leite de aveia", "o frango", "as fraldas", "o pão"),
        "dishes": ("batatas fritas", "bebidas", "sobremesa"),
    },
}
# Short forms typed on a phone, applied word by word to some posts.
ABBREV: dict[str, dict[str, str]] = {
    "en": {"please": "pls", "you": "u", "your": "ur", "thanks": "thx", "because": "bc",
           "minutes": "mins", "message": "msg", "people": "ppl", "really": "rly",
           "tomorrow": "tmrw", "though": "tho", "as soon as possible": "asap",
           "direct message": "DM", "account": "acct", "with": "w/", "and": "&",
           "hours": "hrs", "years": "yrs", "without": "w/o", "I don't know": "idk"},
    "de": {"nicht": "nich", "habe": "hab", "ist": "is", "vielleicht": "vllt",
           "danke": "thx", "Minuten": "Min", "eine": "ne", "einen": "nen", "nichts": "nix",
           "Stunden": "Std", "gerade": "grad", "wirklich": "echt"},
    "fr": {"pourquoi": "pk", "beaucoup": "bcp", "vous": "vs", "toujours": "tjrs",
           "aujourd'hui": "ajd", "s'il vous plaît": "svp", "quelqu'un": "qqn", "quand": "qd",
           "rendez-vous": "rdv", "je suis": "chui", "message privé": "MP", "minutes": "min"},
    "nl": {"alsjeblieft": "aub", "even": "ff", "niet": "nie", "wat": "wa", "minuten": "min",
           "helemaal": "hlml", "trouwens": "btw", "natuurlijk": "tuurlijk"},
    "es": {"que": "q", "porque": "xq", "por favor": "porfa", "también": "tb", "para": "pa",
           "gracias": "grax", "mensaje": "msj", "por": "x", "minutos": "min", "nada": "na"},
    "it": {"che": "ke", "perché": "xké", "non": "nn", "comunque": "cmq", "per": "x",
           "grazie": "grz", "messaggio": "msg", "minuti": "min", "qualcuno": "qlcn"},
    "pt": {"você": "vc", "que": "q", "não": "ñ", "também": "tb", "porque": "pq",
           "obrigado": "obg", "minutos": "min"},
}
