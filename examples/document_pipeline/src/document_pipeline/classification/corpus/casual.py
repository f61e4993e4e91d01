"""Shared pieces of short social-media, chat and SMS messages: brands per sector, handles, short
links, hashtags, emoji, and the informal spelling people type on a phone.

Requests for help and everyday chatter draw on the same pieces, so the model has to read what a
message says, not how casually it is written.
"""

from __future__ import annotations

import random
import re

from document_pipeline.classification.corpus.common import maybe, pick

BRANDS: dict[str, tuple[str, ...]] = {
    "bank": ("Northwell Bank", "Kestrel Bank", "Finova", "Banco Solana", "Lindemann Bank",
             "Credito Alpino", "Zuidbank", "Banque Mirabel", "Paywise", "Moneta"),
    "telecom": ("Telvia", "Skyline Mobile", "Fibrenet", "Orbitel", "NetzPlus", "Movilink",
                "Voxa", "Telecomo", "Brightwave Broadband", "KPNext"),
    "rail": ("Northern Rail Link", "RegioBahn", "SudRail", "Treno Veloce", "Ferrovia Azul",
             "Nederail", "Intercity West", "MetroLine", "Rhein-Express", "Railstar"),
    "air": ("SkyHop", "Aerolux", "BlueJet", "Vuela Sol", "Alpina Air", "Flyway", "Air Meridien",
            "Cloudline Airways", "Oranje Air", "Volare Italia"),
    "shop": ("ShopNest", "Kaufhaus24", "Bazaro", "La Boutique Verte", "Tiendalia", "Bolwinkel",
             "MegaMart", "Compraclick", "Parcelo", "QuickDrop Delivery", "Postivo"),
    "app": ("Tasklio", "FitPulse", "Notely", "RideMe", "Foodora Go", "Cookbook+", "PhotoLoop",
            "Budgetly", "Mapster", "ChatterBox"),
    "streaming": ("Streamly", "Flixbox", "Tunewave", "CineMax+", "Podora", "Vidora",
                  "KinoNow", "SoundRiver"),
    "printer": ("Inkwell", "PrintJet", "Canora", "LaserLine", "Printasia"),
    "utility": ("Lumen Energy", "Stadtwerke Nord", "AquaPura", "EnerGreen", "Gas Natural Sol",
                "Eneco Plus", "Volt Énergie", "Luce e Gas Italia"),
    "game": ("Pixel Forge", "Dragonfall Online", "GameVault", "Arcadia Play", "Questline",
             "NeoKart"),
}
EMOJI = ("😡", "🙄", "😤", "😩", "😭", "🤬", "😕", "🙏", "👎", "🤦", "😒", "💸", "📦", "⏳",
         "😂", "🎉", "❤️", "😍", "👍", "🙌", "☀️", "🥳", "✨", "👏", "💙", "😊", "🔥", "🍕")
TAGS = ("fail", "fix", "help", "customerservice", "delay", "outage", "monday", "travel",
        "news", "summer", "weekend", "sale", "community", "giveaway", "love", "tbt", "goals")
NICKS = ("jules_k", "mike1987", "annaberg", "thomasv", "sarah_b", "lenamarie", "pietje_p",
         "elo_dubois", "gio_rossi", "martacl", "dannyboy_uk", "kimmy", "frankyz", "nina.s",
         "oli_w", "carla_m", "bramvd", "lucapiano", "sandrine77", "josh_t")
TYPO_WORDS = {"the": "teh", "please": "plz", "thanks": "thx", "you": "u", "your": "ur",
              "because": "bc", "tomorrow": "tmrw", "message": "msg", "people": "ppl",
              "really": "rly", "something": "smth", "with": "w/",
              "pourquoi": "pq", "beaucoup": "bcp", "alsjeblieft": "aub", "porque": "xq",
              "perché": "xké", "non": "nn"}


def brand(rng: random.Random, sector: str) -> str:
    return pick(rng, BRANDS[sector])


def handle(name: str, rng: random.Random) -> str:
    compact = re.sub(r"[^A-Za-z0-9]", "", name)
    shapes = (compact, compact.lower(), f"{compact}_help", f"{compact}Care", f"{compact}UK",
              f"{compact}_NL", f"{compact}ES", f"{compact}Support")
    weights = (5, 2, 1, 1, 1, 1, 1, 1)
    return "@" + rng.choices(shapes, weights=weights)[0]


def short_url(rng: random.Random) -> str:
    letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(pick(rng, letters) for _ in range(10))
    hosts = ("https://t.co/", "https://bit.ly/", "https://imgur.com/a/", "http://tinyurl.com/")
    return rng.choices(hosts, weights=(6, 2, 1, 1))[0] + code


def decorate(rng: random.Random, text: str, tag_words: tuple[str, ...] = ()) -> str:
    """Emoji, hashtags and links where people put them: at the end, sometimes mid-message."""
    extras = []
    if maybe(rng, 0.3):
        extras.append("".join(pick(rng, EMOJI) for _ in range(rng.randint(1, 3))))
    if maybe(rng, 0.18):
        extras.append("#" + pick(rng, (*TAGS, *tag_words)))
    if maybe(rng, 0.12):
        extras.append(short_url(rng))
    rng.shuffle(extras)
    return " ".join([text, *extras]).strip()


def lead(rng: random.Random, opening: str, text: str) -> str:
    """An opening (handle, greeting, announcement) put in front of the message."""
    if not opening:
        return text
    if opening[-1].isalnum() and maybe(rng, 0.3):
        opening += pick(rng, (",", " -", ":"))
    return opening + ("\n" if maybe(rng, 0.2) else " ") + text


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    index = rng.randrange(len(word) - 1)
    if maybe(rng, 0.5):
        return word[:index] + word[index + 1] + word[index] + word[index + 2:]
    return word[:index] + word[index + 1:]


def informal(rng: random.Random, text: str) -> str:
    """Phone typing: lower case, lost apostrophes and full stops, short forms, a typo or two."""
    words = text.split(" ")
    if maybe(rng, 0.35):
        words = [TYPO_WORDS.get(word.lower(), word) if maybe(rng, 0.6) else word
                 for word in words]
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        index = rng.randrange(len(words))
        words[index] = _typo(rng, words[index])
    result = " ".join(words)
    if maybe(rng, 0.4):
        result = result.lower()
    if maybe(rng, 0.25):
        result = result.replace("'", "").replace("’", "")
    if maybe(rng, 0.3):
        result = result.rstrip(".")
    if maybe(rng, 0.1):
        result = re.sub(r"([!?])$", r"\1\1\1", result)
    return result
