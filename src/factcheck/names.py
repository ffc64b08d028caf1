"""Which capitalised words in an article name organisations, and which name something else.

Rules of reading, no language model: vocabulary names anywhere; other capitalised names
mid-sentence; a sentence's first word only when it acts as a subject ("Airbnb connects
...", "Zoom's ...", "Grab, Southeast Asia's answer to Uber, serves ..."), is named
elsewhere in the article, or is in the vocabulary. Places ("in Canada"), sources
("according to IDC", "analysts at Forrester", "Swiss Re estimates that"), people ("Elon
Musk said", "founded by Rudolf Dassler"), datelines, named events ("Hurricane Ian", "the
Paris Olympics") and numbered product names ("Pixel 8", "Boeing 767 and 777") are not
organisations a figure is about. An appositive runs to the comma its predicate follows
("Johnson & Johnson, the New Brunswick, New Jersey group, has ...").

Kept apart from `factcheck.attribution`, which decides which of the names a figure
belongs to: what counts as a name changes with the words of a language, what a figure
belongs to with how writers build paragraphs.
"""

from __future__ import annotations

import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

from factcheck.segments import Span, flattened_statement, table_rows, word_list
from factcheck.vocabulary import Vocabulary

# The word lists (openers, technologies, first names, places, ...) live in a data file a
# user can extend without touching code; what each list is for is said there.
_WORDS = tomllib.loads(
    resources.files("factcheck").joinpath("data/names.toml").read_text("utf-8")
)

# "it", "its", "the company", "the Swedish company", "the Austin-based carmaker's": words
# that point back at an organisation. Plural "they/them" are left out: in news prose they
# are people ("44% of them cancelled"), while a company is "it".
ORG_NOUNS = (
    "company|firm|group|platform|service|app|website|site|business|carmaker|automaker|"
    "retailer|streamer|network|giant|startup|start-up|pioneer|maker|chain|operator|"
    "marketplace|rival|unit|lender|bank|airline|insurer|brand|manufacturer|provider|"
    "corporation|conglomerate|publisher|chipmaker|subsidiary|carrier|grocer|discounter|neobank|"
    "telco|broadcaster|studio|franchisee|supermarket|exchange|developer|reinsurer|newspaper|paper|tabloid|"
    "encyclopedia|nonprofit|non-profit|charity|game|agency|messenger|fund|issuer|processor|"
    "broker|brokerage|wholesaler|distributor|superapp|super-app|partnership|spin-off|spinoff|venture|"
    "utility|miner|producer|multinational|grower|brewer|brewery|distiller|distillery|winery|"
    "tannery|shipyard|shipbuilder|bakery|dairy|roaster|(?-i:society|alliance|organisation|organization|foundation|"
    "bureau|mint|press|authority|university|school|promotion|league|franchise|outsourcer|forwarder|consultancy|"
    "parent(?![^\\S\\n]+(?:group|company|firm|business|corporation)))"
)
_BRAND_APP = re.compile(r"[Tt]he[^\S\n]+([A-Z][a-z]+[A-Za-z]*)[^\S\n]+(?:app|website)")
# "John Deere is the biggest manufacturer of farm machinery": a name described as a firm
_IS_AN_ORG_AFTER = re.compile(
    r",?\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|group|"
    r"manufacturer|maker|carmaker|automaker|retailer|bank|chain|corporation|conglomerate|brand|"
    r"business|platform|app|startup|insurer|airline|lender|publisher|broadcaster|operator|"
    r"marketplace|supermarket|grocer|brokerage|telco|fund)s?\b"
)
# "said Achebe, 47, who", "Maddon, 66 said": an age after one name
_AGE_AFTER = re.compile(r",\s+\d{1,2}(?:,|\s+(?:years?\s+old|said|says|told)\b)")
_DESCRIBED_AS_FIRM = re.compile(
    r",\s+the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|maker|manufacturer|brand|bank|"
    # ("Deutsche Boerse, the German stock exchange that", "Yangtze Electric Power, the
    # operator of China's Three Gorges Dam")
    r"exchange|bourse|operator|retailer|airline|carrier|lender|insurer|carmaker|automaker|"
    r"miner|producer|utility|conglomerate|broadcaster|publisher|housebuilder|brewer|"
    r"supermarket|chain|giant|telco|wholesaler)\b"
)
# "De Beers, founded in 1888", "De Beers employs": what only a firm is or does
_FIRM_ONLY_AFTER = re.compile(
    r",\s+(?:(?:which|that)\s+was\s+)?(?:founded|established|incorporated)\s+in\b|\s+employs\s"
)
def _described_as_firm(text: str, end: int) -> bool:
    """ "John Deere is the biggest manufacturer of farm machinery", "John Deere, the company
    with the green tractors,": the name is described as a firm right after it."""
    return bool(_IS_AN_ORG_AFTER.match(text, end) or _DESCRIBED_AS_FIRM.match(text, end))


_NUMBER_WORDS = frozenset(("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"))
_NUMERIC_NAME = re.compile(
    r"[\"“]?(\d{1,4})[\"”]?\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:app|company|"
    r"startup|platform|service|firm|brand|marketplace|retailer|chain|operator|bank)\b"
)
_PRONOUN = re.compile(
    # not across a second article: "The Wikimedia Foundation, the nonprofit which ..."
    # (nor across a possessive: "The Guardian moved its website")
    # (nor over an "of": "the output of Scottish Leather Group" ends in a name)
    rf"\b(?:it|its|it['’]s|itself|the\s+(?:(?!(?:the|a|an|its|their|his|her|our|of)\s)[\w-]+\s+"
    # ("the Chanhassen, Minnesota, company"; not "In the United States, Acme Group
    # reported": a name after the place's comma)
    rf"|[A-Z][\w-]*,\s+(?!(?:[A-Z][\w-]*\s+){{1,3}}(?=(?-i:[A-Z]))(?:{ORG_NOUNS})\b)){{0,4}}?"
    # (not "The largest network of refrigerated warehouses": a description of something)
    rf"(?:{ORG_NOUNS})(?:['’]s)?)\b(?![^\S\n]+of[^\S\n]+(?!the\b|its\b)(?-i:[a-z]))"
    # (nor "the aviation unit of Babcock International": a part, then its owner's name)
    r"(?!(?:(?<=unit)|(?<=arm)|(?<=division)|(?<=subsidiary))[^\S\n]+of[^\S\n]+(?-i:[A-Z]))",
    re.I,
)
# A capitalised name: "Airbnb", "DoorDash", "eBay", "Disney+", "Amazon Web Services",
# "Bank of America", "Guido van Rossum".
_NAME_TOKEN = (
    # ("L'Oréal", "O'Reilly": an apostrophe before a capital is inside the name)
    # ("K+S": a plus between capitals joins them; "Co-operative" keeps its hyphen)
    # ("ÖAMTC", "Élysée", "Škoda", "Şişecam", "İş Bankası": a Latin-1 or Latin
    # Extended-A capital opens a name too)
    # ("Pl@ntNet", "oOh!media": an at sign or a "!" inside a brand)
    # ("Dunkin'": an apostrophe for a dropped "g" ends the name; "Cruis'n": one for "in")
    # ("Kahoot!, was taken private", "Weee! grocery": a "!" the brand writes, not a
    # sentence's end)
    r"(?:[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ](?:['’](?=[A-Z]))?[\w&.]*(?:(?<=[a-z])['’]n\b)?(?:@[a-zA-Z]\w*)?(?:[-+][A-Z][\w&.]*|/[A-Z]{2,}\b|(?<=Co)-op(?:erative)?\b)*(?:(?<=[a-z]in)['’](?!\w))?\+{0,2}(?:!(?=[,;:)]|[^\S\n]+[a-z]))?|[a-z]{1,6}[A-Z][a-z]\w*(?:![a-z]+)?\+?|[a-z]{1,4}[A-Z]+\b|\d+[a-z]*[A-Z][a-z]\w*"
    # ("7-Eleven", "1-800-Flowers.com": digits before a capitalised word)
    r"|\d{1,4}(?:-\d{1,4})*-[A-Z][a-z][\w&.]*"
    # ("e.l.f. Beauty", "a&o Hostels": a brand of lower-case letters joined by dots or "&";
    # not "e.g.", "i.e." or "r&d")
    r"|(?<![\w.&])(?:[a-z](?:\.[a-z]){2,}\.|(?!(?:r&d|q&a|m&a|b&b|p&l|d&i|s&p)\b)[a-z]{1,2}&[a-z]{1,2})(?![\w&])"
    # ("monday.com", "beehiiv.com": a brand written as its lower-case domain)
    r"|(?<![@/.\w])[a-z][a-z0-9-]{1,30}\.(?:com|io|ai|co|app)\b(?![./@-]\w))"
)
_FOR_HEADS = "(?:{})".format("|".join(
    f"(?<={w}[^\\S\\n])" for w in (
        "Organization", "Organisation", "Foundation", "Institute", "Centre", "Center",
        "Society", "Association", "Alliance", "Coalition", "Council", "Trust", "Fund",
    )
))
NAME = re.compile(
    # (not the "B" of "A/B tests")
    # ("Compagnie des Alpes", "Bank of the West", "Banco de la Nación")
    # ("Academy Sports + Outdoors", "Caran d'Ache", "Val d'Isère")
    # (after a dateline's double hyphen: "--(BUSINESS WIRE)--Uber Technologies, Inc.")
    rf"(?<![\w'’+/])(?<![^-]-){_NAME_TOKEN}(?:[^\S\n](?:(?:of|van|de|von|der|des|du|di|da|del|dos|das|&|\+)"
    rf"[^\S\n](?:(?:the|la|le|los|las)[^\S\n])?|&[^\S\n][a-z][^\S\n]|d['’](?=[A-Z])"
    # ("Organization for Transformative Works", "Centre for Ageing Better")
    rf"|{_FOR_HEADS}for[^\S\n](?:the[^\S\n])?)?"
    rf"(?!A/S){_NAME_TOKEN})*"
    # ("Seven & i Holdings"; "Hempel A/S": the one legal form with a slash)
    r"(?:[^\S\n]A/S(?![\w/]))?(?![\w-])"
)
_OPENERS = frozenset(_WORDS["openers"])
TECHNOLOGIES = frozenset(_WORDS["technologies"])
# Legal forms: part of a registered name, never a name on their own ("Aena S.M.E., S.A.")
_LEGAL_WORDS = frozenset((
    "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "LLC", "plc", "PLC", "S.A.", "S.A", "SA",
    "AG", "N.V.", "NV", "SE", "S.p.A.", "SpA", "GmbH", "S.M.E.", "K.K.", "Oy", "Oyj", "ASA", "A/S",
    "KG", "KGaA", "BV", "B.V.", "S.L.", "SAS", "Pvt", "S.A.B. de C.V.", "S.A. de C.V.",
    "Aktiengesellschaft",
))
# "Piaggio & C. SpA", "Miele & Cie. KG", "Trumpf SE + Co. KG": "and company", a legal form's part
_AND_COMPANY = frozenset(("&", "+", "C.", "Co.", "Cie."))
# words naming a firm as such, after which "of <place>" says where it is from
_FIRM_WORDS = frozenset(("Company", "Corporation"))
# what may follow a name as the firm's registered form ("AG", "& Co.", "Corporation")
_CORPORATE_TAIL = _LEGAL_WORDS | _AND_COMPANY | _FIRM_WORDS
# legal forms with and without their full stop: "Ltd." and "Ltd" open no name
_LEGAL_STEMS = frozenset(w.rstrip(".") for w in _LEGAL_WORDS) | _LEGAL_WORDS
_LEGAL_ALT = "|".join(re.escape(w) for w in sorted(_LEGAL_WORDS, key=len, reverse=True))
# ", thyssenkrupp nucera AG": lower-case words after a sentence's start, a comma or a
# preposition, then a legal form, are a brand written in lower case (not "the firm AG")
_LOWER_NAME_BEFORE_LEGAL = re.compile(
    r"(?:^|[,;:]\s|\b(?:in|at|by|of|from|with|and)\s)"
    rf"([a-z][a-z0-9-]+(?:[^\S\n][a-z][a-z0-9-]+)?)[^\S\n]+(?:{_LEGAL_ALT})(?![\w.])",
    re.M,
)
_LOWER_LINKS = frozenset(("the", "a", "an", "its", "their", "of", "and", "our", "this"))
# Capitalised words that are not organisations: openers, technologies and the rest
_MONTH_NAMES = frozenset(_WORDS["months"])
_NOT_NAMES = (
    _OPENERS | TECHNOLOGIES | frozenset(_WORDS["not_names"]) | _MONTH_NAMES | _LEGAL_WORDS
)
_PRODUCT_WORDS = frozenset(
    ("Edition", "Foundation", "Framework", "Runtime", "Engine", "Native", "Multiplatform")
)
# Country names in _NOT_NAMES ("China", "India"), which also start organisations' names
COUNTRY_WORDS = frozenset(
    w.casefold() for w in ("America", "Europe", "Asia", "Africa", "Canada", "India", "China",
                           "Japan", "Germany", "France", "Britain", "England", "Australia",
                           "Brazil", "Mexico", "Russia", "Korea")
)
_PREPOSITIONS = frozenset(
    ("on", "at", "in", "with", "for", "from", "to", "by", "of", "via", "through", "into")
)
PRODUCT_FIRST_WORDS = frozenset(
    ("Model", "Series", "Galaxy", "Pixel", "iPhone", "iPad", "Surface", "Xbox", "PlayStation")
)
_ARTICLES = frozenset(("The", "A", "An"))
DEMONYMS = frozenset(_WORDS["demonyms"])
# Platforms a product name can end in: "Airbnb iOS" is Airbnb's iOS app.
_PLATFORMS = frozenset(("iOS", "Android", "iPadOS", "macOS", "watchOS"))
_SECTION_WORDS = frozenset(_WORDS["section_words"])
FIRST_NAMES = frozenset(_WORDS["first_names"])
_COMMON_PLURALS = frozenset(_WORDS["common_plurals"])
PLACES = frozenset(_WORDS["places"])
# "infill Southern California, where it owns": a region of a place
_REGION_OF_PLACE = re.compile(
    r"(?:Southern|Northern|Eastern|Western|Central|Upstate|Downstate)[^\S\n]+(\w+(?:[^\S\n]\w+)?)"
)
_WITHOUT_THE = frozenset(_WORDS["without_the"])
_WITH_THE = frozenset(_WORDS["with_the"])
# Before a name: a place ("in Canada", "across Europe") or a source ("according to IDC",
# "analysts at Forrester", "data from Sensor Tower"): not what a figure is about.
_PLACE_BEFORE = re.compile(
    # ("come to Pinterest" is a visit to a site, not to a place)
    # ("log in to Roblox" is a sign-in, not a trip)
    # ("Shares in UK Coal", "a 25% stake in Tube Lines": a firm owned in part)
    r"\b(?:(?<![Ss]hares\s)(?<!stake\s)(?<!stakes\s)(?<!holding\s)in|"
    r"across|throughout|outside|within|(?<!come\s)(?<!came\s)(?<!comes\s)"
    r"(?<!log\sin\s)(?<!logs\sin\s)(?<!sign\sin\s)"
    # ("belongs to Expedia Group" is an owner)
    r"(?<!belong\s)(?<!belongs\s)(?<!belonged\s)(?<!belonging\s)"
    # ("renamed itself to Block", "changed its name to Meta" is a new name)
    # ("Birmingham, Alabama is home to Books-A-Million" is where it lives)
    r"(?<!itself\s)(?<!renamed\s)(?<!rebranded\s)(?<!name\s)(?<!renamed\sit\s)(?<!home\s)"
    r"(?<!rebranded\sit\s)to|beside|"
    r"near|along|opposite|(?:run|operated|managed)\s+from|"
    # ("Across the river Scheldt", "the port of Rotterdam": a river's or a port's name)
    r"river|lake|mount|(?:port|city|island|gulf|bay|county)\s+of|"
    # ("the world's biggest shipyard at Ulsan": a site's place)
    r"(?:shipyards?|yards?|plants?|factor(?:y|ies)|mills?|works|headquarters|campus(?:es)?|"
    r"refiner(?:y|ies)|smelters?|mines?|warehouses?|terminals?|depots?)\s+at|"
    # ("All of them come from HashiCorp": tools from their maker)
    r"(?<!of\sthem\s)(?<!They\s)(?:come|came|comes|hails?|hailed|people|"
    r"brothers|sisters|founders|students|engineers|family|immigrants)\s+from)\s+(?:the\s+)?$",
    re.I,
)
# a trade's other party: "sells its harvest to", "supplied the chips to", "licensed it to"
_SOLD_TO_BEFORE = re.compile(
    r"\b(?:sell|sells|sold|selling|supply|supplies|supplied|supplying|license|licenses|licensed|"
    r"licence|licences|licenced|lease|leases|leased|rent|rents|rented|outsourced|outsources)"
    # ("sold it to Newfold Digital in 2021": the firm itself changed hands, its buyer no focus)
    r"(?![^\S\n]+(?:it|itself|the[^\S\n]+(?:company|business|firm|unit|division|brand))\b)"
    r"(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+to[^\S\n]+(?:the[^\S\n]+)?$"
)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:polled|surveyed|compiled|tracked|cited)\s+by|"
    # "she told the Courier", "accounts filed at Companies House"
    r"(?:told|telling|speaking\s+to|interview\s+with)|(?:filed|registered)\s+(?:at|with)|"
    r"analysts?\s+(?:at|from)|researchers?\s+(?:at|from)|data\s+from|"
    r"estimates?\s+(?:by|from)|survey\s+by|report\s+by|study\s+by|figures\s+from|"
    # a source introduced by its role: "the industry body IATA", "research firm Newzoo"
    r"(?:industry|trade|lobby)\s+(?:body|group|association)|regulator|watchdog|consultancy|"
    r"(?:market\s+)?researcher|pollster|market\s+research\s+(?:firm|company|group)|"
    r"(?:research|analytics|analyst|consulting|data)\s+(?:firm|company|group|provider))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# ... and what a firm's own analysts do, unlike a source's ("estimate", "expect", "say")
STAFF_AT_WORK_AFTER = re.compile(
    r"(?:,[^.;\n]{1,160}?,)?\s+(?:also\s+|now\s+|still\s+)?(?:rely|use|used|build|built|"
    r"write|wrote|written|run|ran|moved|switched|work|worked|develop|developed|maintain|"
    r"created|adopted|migrated|rewrote|prefer|chose|turned|have\s+(?:built|written|moved|"
    r"used|switched))\b"
)
# "beds in Melbourne, Sydney and Brisbane": a list of places after a place's preposition
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:in|across|throughout|from)\s+((?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+)*"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),?\s+(?:and|or)\s+(?:the\s+)?$"
)
_SITE_LIST_BEFORE = re.compile(
    r"\b(?:shipyards?|yards?|plants?|factor(?:y|ies)|mills?|works|smelters?|mines?|"
    r"refiner(?:y|ies)|warehouses?|terminals?|depots?|sites?|ports?)\s+(?:at|in)\s+"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+)*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,?"
    r"\s+(?:and|or)\s+(?:the\s+)?$"
)
# " Kong-listed", " York-based": the rest of a place written as a compound adjective
_PLACE_COMPOUND_REST = re.compile(
    r"[^\S\n][A-Z][a-z]+-(?:based|listed|born|headquartered|registered)\b"
)
_PLACE_CHAIN = re.compile(
    # ("According to Wired, WhatsApp had": a source, then the subject)
    r"(?:\b(?:in|across|throughout|outside|within|(?<![Aa]ccording\s)to|from)\s+(?:the\s+)?"
    r"|-based\s+)"
    # (not a time: "In the three months to June, Adidas revenue rose", "In Q3, Adidas")
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12]|FY\d*)\b)"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,\s+$"
)
# "Over in Berlin, ": a fronted place before the sentence's subject
# ("As the largest radio company in America, iHeartMedia owns")
# ("A few hours' drive away, in Gelderland, ": after a fronted phrase of its own)
_PLACE_OPENING = re.compile(
    r"\s*(?:[^,.;\n]{1,60},\s+)?(?:[A-Z][a-z]+\s+)?(?:[^,.;\n]*\s)?(?:in|from)\s+[^,.;]+,\s+"
)
# An industry body, a research institute or an authority: a source of market figures,
# not an organisation whose scale a claim states (a society is not one: "The Wildlife
# Conservation Society manages five zoos")
_BODY_NAME = re.compile(
    r"\b(?:Association|Federation|Council|Institute|Commission|Authority|Bureau|Forum)\b"
    # a research firm named so: "Edison Research says 63%", "Grand View Research"
    r"|[^\S\n]Research$"
)
# international bodies: "The World Health Organization links some 7 million deaths"
_WORLD_BODY = re.compile(
    r"World[^\S\n]+(?:Health|Trade|Bank|Economic|Food|Meteorological|Intellectual|Tourism|Customs)\b"
    r"|United[^\S\n]+Nations\b|OECD\b"
    r"|International[^\S\n]+(?:Monetary|Energy|Labour|Labor|Telecommunication)\b"
)
# (but a name that opens on such a word and goes on is a firm's: "Bureau Veritas")
_BODY_WORD_OPENS_FIRM = re.compile(r"[A-Z][a-z]+(?:[^\S\n]+[A-Z][\w.]*)+")
_QUOTED_TITLE_NOUN = re.compile(
    r"[^\S\n]+(?!(?:which|that|who|whose|is|was|are|were|has|had|have|and|or|in|on|at|to|"
    r"for|of|by|with|from|as|said|says)\b)[a-z]{3,}\b"
)
_AT_THE_BEFORE = re.compile(r"\b(?:at|for|with)[^\S\n]+the[^\S\n]+$")
_STAFF_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:tell|say|use|build|write|run|describe|explain|rely|work|built|wrote|moved|"
    r"switched|rewrote|said|told|described|started|began|chose|prefer)\b"
)
_UNIT_THEN_VERB = re.compile(
    r"[^\S\n]+(?:division|unit|subsidiary|arm|business)[^\S\n]+(?:[a-z]+ly[^\S\n]+)?"
    r"(?:runs|ran|has|had|employs|employed|operates|organises|organizes|reported|posted|"
    r"made|makes|sells|sold|serves|served)\b"
)
_REGIONS_AFTER = re.compile(
    r"(?:(?:,|,?[^\S\n]+(?:and|or))[^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)?)*"
    r"[^\S\n]+regions?\b"
)
_SOURCE_AFTER = re.compile(
    # ("UFI, the industry's global association, estimates that": described as a body)
    r"(?:,[^\S\n]+the[^\S\n]+[^,.;\n]{0,40}?\b(?:association|federation|body|council|"
    r"institute|researcher|consultancy),)?"
    r"\s+(?:estimates?|estimated|forecasts?|predicts?|predicted|calculates?|calculated|"
    r"believes?|thinks?)\s+that\b"
)
# "sold under the Textar and Mintex names", "under its Bosch and Siemens brands"
_UNDER_BRANDS_BEFORE = re.compile(
    r"\bunder[^\S\n]+(?:the|its|their)[^\S\n]+"
    r"(?:[A-Z][\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*)?,?[^\S\n]+(?:and[^\S\n]+)?)*$"
)
_BRANDS_AFTER = re.compile(
    r"(?:,?[^\S\n]+(?:and|or)[^\S\n]+[A-Z][\w&'’-]*(?:[^\S\n]+[A-Z][\w&'’-]*)?)*"
    # (plural: "under the Co-op Funeralcare name" names the business itself)
    r"[^\S\n]+(?:names|brands|labels|banners|marques)\b"
)
# Named events and storms are not organisations: "Hurricane Ian", "the Paris Olympics".
_EVENT_NAME = re.compile(
    r"^(?:Hurricane|Storm|Typhoon|Cyclone)\b|\b(?:Olympics|Olympic\s+Games|World\s+Cup)$"
    # festivals, races and championships: "the Montreux Jazz Festival", "the London Marathon"
    r"|\b(?:Festival|Marathon|Championships?|Grand\s+Prix)$"
    # funding rounds: "a Series B round"
    r"|^Series\s+[A-H]$"
    # laws: "The HITECH Act of 2009 set aside $27 billion"
    r"|\bAct$"
    # market indices: "the Nasdaq Composite", "the FTSE 100"
    r"|\b(?:Composite|Index|Industrial\s+Average)$|^(?:FTSE|Dow\s+Jones|S&P|Nikkei|DAX)\b"
    # places by their kind: "the Leeds and Liverpool Canal", "Oxford Street"
    r"|\S\s+(?:Canal|River|Street|Road|Avenue|Square|Park|Bridge|Valley|Airport|Station)$"
    # "Singles' Day", "Black Friday", "Cyber Monday": shopping days
    r"|^(?:Singles|Black|Cyber)(?:\s+(?:Day|Friday|Monday))?$"
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]+"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?)?"
    # "(Reuters) -", "/PRNewswire/ --"
    r"\s*(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)?\s*[-–—]+\s"
)
# After a multi-word name: it is a person ("Elon Musk said", "Guido van Rossum, the
# creator of Python", "Marc Benioff, co-founded").
_PERSON_AFTER = re.compile(
    r"^(?:\s+(?:said|says|told|wrote|called|added|noted|explained)\b|,\s+\d{1,2}\b|,\s+(?:who|"
    r"(?:the|its|their|a|an)\s+(?:creator|founder|co-founder|chief|head|president|chairman|boss|"
    r"ceo|professor|trader|student|engineer|researcher|entrepreneur|billionaire|former)|"
    r"co-founded|founder)\b)",
    re.I,
)
_FOUNDERS_AFTER = re.compile(
    r"(?:,[^\S\n]+[A-Z][\w'’-]+[^\S\n]+[A-Z][\w'’-]+)*"
    r"(?:,?[^\S\n]+and[^\S\n]+[A-Z][\w'’-]+[^\S\n]+[A-Z][\w'’-]+)?"
    r"[^\S\n]+(?:started|founded|co-founded|set[^\S\n]+up|launched|created)[^\S\n]+"
    # ("Joost de Valk founded the company in 2010")
    r"(?:(?-i:[A-Z])|the[^\S\n]+(?:company|firm|business|startup|start-up)\b)"
)
_ORG_SUFFIX = re.compile(
    r"\b(?:Holdings|Group|Inc|Corp|Corporation|Company|Co|Technologies|Labs|Bank|Capital|"
    r"Partners|Systems|Networks|Media|Motors|Airlines|Services|Platforms|Electronics|Brands|"
    r"Entertainment|Financial|Pharmaceuticals|Energy|Industries|International|Ltd|LLC|AG|SA|"
    r"Sachs|Stanley|Chase|Games|Studios|Interactive|Software|Automotive|Resorts|Foods|"
    r"Healthcare|Logistics|Communications|Solutions|Instruments|Materials|Chemicals|Hotels|"
    r"Airways|Insurance|Robotics|Pharma|Health)\.?$"
)
_PEOPLE_AFTER_NAME = re.compile(
    r"[^\S\n]+(?:professors|executives|engineers|researchers|students|graduates|alumni|"
    r"employees|staffers|workers|"
    r"veterans|founders|scientists|economists)\b"
)
# "together with his brother Nikolai"
_RELATIVE_OF = (
    r"(?:his|her|their)\s+(?:brother|sister|wife|husband|father|mother|son|daughter|friend|"
    r"partner|cousin)"
)
_PERSON_BEFORE = re.compile(
    # ("founded by the chemist Eugène Schueller")
    # ("founded in Kyiv in 2009 by Max Lytvyn, Alex Shevchenko and Dmytro Lider")
    r"\b(?:(?:(?:co-)?founded\s+(?:in\s+[\w-]+\s+){0,2}by|started\s+by|created\s+by)"
    r"(?:\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:chemist|engineer|scientist|physicist|"
    r"doctor|pharmacist|entrepreneur|teacher|student|programmer|developer|designer|banker|"
    r"trader|blacksmith|inventor|professor|chef|barber|hairdresser))?|"
    r"(?:co-)?founded\s+(?:in\s+[\w-]+\s+){0,2}by\s+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+)*"
    r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,?\s+and|"
    # ("by a 25-year-old Willoughby McCormick")
    r"\d{1,3}-year-old|"
    r"chief\s+executive|ceo|founder|co-founder|president|chairman|boss|mr\.?|ms\.?|"
    # ("Ryanair's head of communications, Jade Kirwan, said", "a spokeswoman, Ana Ruiz,")
    r"(?-i:head|director|vice\s+president)\s+of\s+(?-i:(?:[a-z&-]+\s+){0,3}?[a-z&-]+)|"
    r"spokes(?:person|man|woman)|"
    # "Two Stanford professors, Andrew Ng and Daphne Koller, launched it"
    r"(?:professors|founders|co-founders|engineers|friends|brothers|sisters|students|"
    r"researchers),\s+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+and)?|"
    rf"{_RELATIVE_OF})"
    r",?\s+$",
    re.I,
)
# (not "Lord", "Judge", "Prince": Lord Abbett, Judge Business School, Prince Sports)
_PERSON_TITLES = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Sir", "President", "Deputy", "Minister", "Chancellor",
    "Secretary", "Senator", "Sen", "Governor", "Gov", "Mayor", "Rep", "Congressman",
    "Congresswoman", "Sheikh", "Pope", "Commissioner", "Ambassador",
))
# The words of an institution's name after its nationality or region ("European Central
# Bank", "Asian Development Bank", "Swiss National Bank")
_INSTITUTION_WORDS = frozenset((
    "Central", "Development", "Investment", "National", "Reserve", "Federal", "Bank", "Union",
    "Commission", "Council", "Parliament", "Court", "Agency", "Authority", "Space", "Medicines",
    "Food", "Safety", "Broadcasting", "Association", "Federation", "Institute", "Fund",
    "Monetary", "Economic", "Trade", "Stock", "Exchange", "Chamber", "Commerce",
    "Confederation", "Environment", "Securities", "Markets", "Patent", "Office", "Justice",
    "Auditors", "Ombudsman", "Infrastructure", "Reconstruction", "Energy",
))
# A title opening a name, after any opener ("When President Nestor Kirchner")
_TITLED = re.compile(
    rf"(?:[A-Z][a-z]+[^\S\n]+)?(?:{'|'.join(sorted(_PERSON_TITLES))}|Prime[^\S\n]+Minister)"
    r"\.?[^\S\n]+[A-Z]"
)
_ORG_NOUN_BEFORE = re.compile(
    r"(?:^|[,;:(]|\b(?:and|or|by|from|at|with|to|for|of|said|says)\b)[^\S\n]+"
    rf"(?:[a-z][\w-]*[^\S\n]+)?(?i:{ORG_NOUNS}|housebuilder|builder)[^\S\n]+\Z"
)
_RELATIVE_BEFORE = re.compile(rf"\b{_RELATIVE_OF},?\s+$", re.I)
_LY_NAME = re.compile(r"[A-Z][a-z]+ly")
# Narrower than _SUBJECT_AFTER on purpose: an adverb also stands before a verb ("Recently
# launched ...", "Similarly, the firm, founded in 2001, has"), a name before these.
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:,\s+(?:the|a|an)\s+[^,.\n]{3,60},)?\s+(?:is|was|has|had|have|uses|used|serves|counts|"
    r"employs|says|said|reported|claims|boasts|helps|lets|offers|runs|now|also|"
    # "Brainly started in Poland in 2009" (not "Recently launched ...")
    r"(?:started|began|was\s+founded)\s+in)\b"
)
# What a sentence-opening name does when it is the subject: a verb (after an optional
# appositive "Grab, Southeast Asia's answer to Uber, serves"), or it is possessive.
_SUBJECT_VERBS = (
    "is|was|has|had|have|says|said|reported|reports|announced|now|currently|still|also|"
    "alone|itself|employs|employed|serves|served|operates|operated|completes|completed|"
    "reached|reaches|claims|counts|counted|boasts|sold|sells|made|makes|earned|earns|"
    "generated|generates|posted|recorded|added|adds|lost|grew|expects|expected|handles|"
    "handled|processes|processed|delivers|delivered|hosts|hosted|connects|lists|listed|stores|"
    "streams|offers|offered|runs|ran|ships|shipped|produced|produces|facilitated|released|"
    "facilitates|paid|pays|passed|crossed|topped|surpassed|signed|ended|doubled|tripled|"
    "booked|brought|owns|controls|cut|cuts|laid|hired|hires|raised|raises|spent|spends|"
    "invested|gained|gains|attracted|attracts|welcomed|uses|used|became|remains|remained|"
    "works|partners|saw|sees|registered|logged|opened|closed|acquired|bought|launched|"
    "plans|aims|forecast|forecasts|projected|estimates|estimated|according|will|would|can|"
    "flew|set|drew|took|won|hit|held|kept|put|got|gave|led|built|rose|fell|sank|grew|"
    "does|did|do|may|might|could|should|must|is not|has not|built|rebuilt|moved|switched|"
    "migrated|adopted|chose|picked|bet|began|begun|rewrote|wrote|grew|took|gave|got|came|went|"
    "started|created|developed|launched|launches|introduced|calls|called|describes|described|"
    "bills|billed|sent|sends|performed|performs|answered|answers|open[- ]sourced|open[- ]sources"
)
# ... or any -s/-ed word followed by what it governs: "Delta Air Lines flew close to",
# "Roblox averaged 88.9 million", "Honor of Kings draws about", "Steam ... set a record".
_ANY_VERB = (
    r"[a-z]+(?:ed|s)\s+(?:[$€£¥\d]|(?:a|an|the|its|their|some|about|around|roughly|nearly|"
    r"almost|close|more|over|up|upwards|just|record|only)\b"
    # "Maersk agreed to buy": an infinitive after the verb, not "rose to $40"
    r"|to\s+(?!(?:the|a|an|its|their|about|around|roughly|nearly|over|more|just|record)\b)"
    r"[a-z]+\b)"
)
_PLURAL_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:(?:are|were|have|do|don['’]t|aren['’]t)\b"
    r"|(?:also|now|still|often|increasingly|already|all)[^\S\n]+(?!is\b|was\b|has\b)[a-z]+(?<!s)\b)"
)
_MEASURE_VERB = re.compile(
    r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:rose|fell|grew|jumped|climbed|"
    r"increased|decreased|declined|dropped|surged|slipped|reached|hit|topped|totalled|"
    r"totaled|was|were|came|stood|doubled|tripled|passed|crossed|rose|soared|slumped)\b"
)
_MEASURE_ADJECTIVES = frozenset(
    word_list(
        """
        net gross total annual annualized annualised quarterly monthly daily weekly operating
        adjusted average global online digital overall core organic underlying reported
        comparable like-for-like group consolidated full-year half-year first-half
        """
    )
)
_NUMBERED_SUBJECT = re.compile(rf"[^\S\n]+(\d{{1,4}})(?=\s+(?:{_SUBJECT_VERBS})\b)")
# "In 2023 Netflix had ...": a fronted year, not a number counting the name after it
_YEAR_BEFORE = re.compile(
    # ("In the first quarter of fiscal 2025 Stride booked", "By the end of 2023 Zoom had")
    r"(?:^|\b(?:in|by|since|during|until|through|throughout|ended|ending|for|of|after|before)\s+)"
    r"(?:(?:Q[1-4]|H[12]|FY|fiscal(?:\s+year)?)\s*)?"
    # "In December 2019 Zoom had": a month before the year; "In fiscal 2023 Peloton's"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d[^\S\n]+$",
    re.I,
)
# "its fintech arm, MoMo,", "its parent, ByteDance,": the appositive is an organisation
_OWNER_NOUNS = re.compile(rf"(?:{ORG_NOUNS}|parent|arm|division|owner|affiliate|unit)s?")
# words naming a body that end a name ("the England and Wales Cricket Board")
_BODY_HEADS = (
    "Board|Council|Association|Authority|Commission|Federation|Union|Society|Trust|Service|"
    "Bank|Company|Corporation|Group"
)
_PLACES_AND_NAME = re.compile(
    r"\b([A-Z][a-z]+)[^\S\n]+and[^\S\n]+([A-Z][a-z]+)(?:[^\S\n]+[A-Z][\w&'’.-]*){0,3}?"
    rf"[^\S\n]+(?:{_BODY_HEADS})\b"
)
# "Procter and Gamble employs", "the Food and Drug Administration", "Lipton Teas and
# Infusions, the business that": capitalised words joined by "and" that are one organisation
_CAPS_AND_CAPS = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w'’.-]*[^\S\n]+){0,1}[A-Z][\w'’.-]*)[^\S\n]+and[^\S\n]+"
    r"([A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,2})(?![\w'’&-])"
)
# after it, what only one organisation takes: a singular verb, an appositive naming one
_ONE_AFTER = re.compile(
    r"[^\S\n]+(?:has|is|was|does|says|employs|operates|runs|sells|makes|owns|serves|"
    r"counts|ships|handles|manages|produces|supplies|reports|generates|trades|lists|"
    r"controls|dominates|describes|expects|estimates|plans|remains|became)\b"
    rf"|,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?i:{ORG_NOUNS})\b(?![^\S\n]*s\b)"
)
# before it, "the" when a word naming a body ends it ("the Food and Drug Administration")
_BODY_END = re.compile(
    rf"(?:{_BODY_HEADS}|Administration|Organization|Organisation|Agency|Institute|Foundation|"
    r"Department|Ministry|Office|Bureau|Exchange|Fund)$"
)
_PUBLICATION = re.compile(r"^(?:Times|Post|Guardian|Journal|Economist|Atlantic|Telegraph|Verge)$")
FRONTED_CLAUSE = re.compile(
    # (not "Since then Wealthfront has grown, and it": an adverb, then the subject)
    r"\s*(?:After|When|Before|Although|Though|Because|Since(?!\s+(?:then|(?:19|20)\d\d)\s+[A-Z])|"
    r"Once|Until|Despite|Following|"
    # "Now owned by Microsoft, Activision Blizzard uses": a participle phrase
    r"(?:Now\s+|Once\s+|Long\s+)?(?i:owned|acquired|bought|founded|based|headquartered|known|"
    r"backed|listed|created|started|built|launched|born|run|operated|spun)"
    # ("Owned since 1960 by Britain's John Swire & Sons, United States Cold Storage is")
    r"(?:\s+(?:since|in|from)\s+(?:19|20)\d\d)?\s+(?:by|in|as|on|at|off)"
    r"|Even\s+though"
    # "Owner of brands like Hotels.com and Vrbo, Expedia had": a fronted description
    r"|(?:Owner|Parent|Maker|Creator|Operator|Publisher|Developer)\s+of"
    # "A Hunter Douglas company since 2017, it relies on": whose it is, fronted
    r"|(?:A|An|Part\s+of)\s+(?:[A-Z][\w&'’.-]*\s+){1,3}(?:company|brand|subsidiary|unit|business|group)"
    # "For its trading and risk platform Athena, JPMorgan Chase picked Python"
    r"|(?:For|In|With|On|Across|Inside|From)\s+(?:its|their)\s)\b"
)
# "Cloudflare network is spanning", "Klarna from Sweden is the leader": a subject whose
# verb follows one noun or a place of origin
_NOUN_THEN_VERB = re.compile(
    # "Nubank from São Paulo is", "Cash App from Block Inc. is"
    rf"[^\S\n]+(?:(?:{ORG_NOUNS}|team|network|app)[^\S\n]+"
    r"(?:is|has|was|serves|operates|employs|counts|runs|reaches|spans)\b"
    # "Bolt from Estonia offers ride hailing": a subject, its origin, then any verb
    # ("Ocado from Hatfield in United Kingdom is": a town and its country)
    r"|(?:from|in)(?:[^\S\n]+[A-Z][\w.-]*){1,3}(?:,?[^\S\n]+in(?:[^\S\n]+[A-Z][\w.-]*){1,3})?"
    r"[^\S\n]+(?:is|has|was|[a-z]{3,}s)\b)"
)
_DESCRIBED_AS_ORG = re.compile(
    rf",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,5}}?(?:{ORG_NOUNS}),[^\S\n]+[a-z]"
)
_APPOSITIVE_THEN_WORD = re.compile(
    r",[^\S\n]+(?:the|a|an|known|formerly|previously|once|earlier|founded|based|owned|"
    r"headquartered|with|now|still|one)\b(?:[^.;,\n]|[.,](?=\d)|\.(?=[a-z])"
    # "owned by Warner Bros. Discovery,": the full stop of an abbreviated name
    r"|(?:(?<=Bros)|(?<=Inc)|(?<=Corp)|(?<=Ltd)|(?<=Co))\.){1,160},"
    r"[^\S\n]+[a-z]{2,}\b"
)
_PRODUCT_DESCRIPTOR = re.compile(
    r"\b(?:app|platform|service|site|website|team|store|marketplace)s?$", re.I
)
_CALLED_BEFORE = re.compile(
    r"\b(?:known(?:\s+(?:internally|before|earlier|formerly|previously))?\s+as|"
    r"(?<!is\s)(?<!was\s)(?<!now\s)(?:internally\s+)?called|(?<!now\s)named|nicknamed|"
    r"code-?named|dubbed|(?:they|we|it)\s+call)\s+[\"“'‘]?$",
    re.I,
)
_STAFF_THERE = re.compile(
    r"\b(?:[Ee]ngineers|[Dd]evelopers|[Ss]taff|[Ee]mployees|[Aa]nalysts|[Tt]eams|[Ww]orkers)[^\S\n]+"
    r"(there)[^\S\n]+(?:say|says|said|reckon|estimate|believe)\b"
)
_FIRM_CALLED_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|startup|start-up|non-profit|nonprofit|"
    r"charity|business|maker|retailer|chain|lender|bank|airline|insurer|publisher|agency|"
    r"consultancy|foundation|cooperative|co-operative|society|organisation|organization)\s+"
    r"(?:called|named)\s+$"
)
_PRODUCT_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:subscription|plan|tier|membership|account|card|app|feature|edition|"
    r"version|model|console|device|phone|headset|bundle)s?\b"
)
_MAKERS_APP = re.compile(
    r"[^\S\n]+(?:(?:mobile|iOS|Android|web|desktop|official)[^\S\n]+)?(?:app|website|editor|"
    r"dashboard)\b"
)
_PRODUCT_OF = re.compile(
    r"[^\S\n]+(?!(?:Premium|Plus|Pro|Free|Basic|Standard|Family|Student|Duo|Individual|Prime|"
    r"Inc|Corp|Group|Ltd|LLC)\b)([A-Z][a-z][\w+-]*)"
)
_ORIGIN_BEFORE = re.compile(
    rf"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+){{0,3}}(?:{ORG_NOUNS})\s+(?:from|based\s+in|in)\s+$"
    # "Skyscanner is a flight search engine from Edinburgh which ..."
    r"|\b(?:is|was)\s+(?:the|an?)\s+[^,.;:\n]{0,50}?\s+from\s+$",
    re.I,
)
# What an adjective of a place or nationality looks like ("Korean", "Manhattan", "Bozeman"):
# before a lower-case word it describes ("a single Manhattan shop"), it names nobody
_ADJECTIVE_LIKE = re.compile(r"[A-Z][a-z]+(?:an|ish|ese)")
# "North American", "Southeast Asian": a direction before the adjective
_DIRECTION = re.compile(r"(?:(?:North|South)(?:east|west)?|East|West|Latin|Central)[^\S\n]+")


# "the Franco-Dutch airline group", "an Anglo-Swiss miner": two nations joined
_JOINED_NATIONS = re.compile(
    r"(?:Franco|Anglo|Sino|Russo|Italo|Indo|Afro|Euro|Austro|Hispano|Greco|Dutch|German|"
    r"Swiss|Swedish|Danish|Norwegian|Finnish|Belgian|Spanish|British|French|Irish|American)"
    r"-[A-Z][a-z]+"
)


def _is_nationality(word: str) -> bool:
    """A nationality adjective from the data list ("Korean", "North American"), not a
    name that only looks like one ("Rivian", "Atlassian", "Kuaikan")."""
    return _DIRECTION.sub("", word, count=1) in DEMONYMS or bool(_JOINED_NATIONS.fullmatch(word))


# "from Beijing", "from Redwood City, California"
_FROM_PLACE = re.compile(
    r"[^\S\n]+from[^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)?(?:,[^\S\n]+[A-Z][\w-]*,?)?"
)
# A name an organisation had when it began: "Founded in 2012 as MyTeksi, Grab moved"
_FORMER_NAME_BEFORE = re.compile(
    r"\b(?:founded|started|launched|began|created|set\s+up)\b[^,.;]{0,40}\bas\s+$", re.I
)
# ... and a name it no longer has wherever it stands: "known until 2020 as Neopost",
# "formerly known as Comodo CA" (the founding name above needs its comma or year after it)
_PAST_NAME_BEFORE = re.compile(
    r"\b(?:(?:formerly|previously|once)[^\S\n]+(?:known[^\S\n]+as|called|named)"
    r"|known[^\S\n]+until[^\S\n]+(?:19|20)\d\d[^\S\n]+as)[^\S\n]+$"
)
_OPENING_ADVERB = re.compile(
    r"(?<![\w,])(?:Today|Now|Later|Currently|Nowadays|Meanwhile|Still|Also|Since\s+then),?\s+$"
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_COMPANY_VOICE = re.compile(
    r"\b[Oo]ur[^\S\n]+(?:stores|customers|associates|employees|colleagues|restaurants|"
    r"members|drivers|riders|hosts|merchants|sellers|shareholders)\b"
)
_OWNER_DESCRIBES = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{ORG_NOUNS}|tool|product|arm|division)\b", re.I
)
# a name ending on a word of geography is a place ("Faroe Islands", "Seto Inland Sea")
_GEOGRAPHY = re.compile(
    r"[^\S\n](?:Islands?|Coast|Peninsula|Valley|Bay|Sea|Mountains|River|Lake|Strait|Gulf|"
    r"Delta|Highlands|Midlands|Alps|South|North|Midwest|Northeast|Northwest|Southeast|"
    r"Southwest)$"
)
# "in Python and Streamlit", "on Python and Databricks": named beside a technology
_TOOL_BEFORE = re.compile(
    r"\b(?:in|on|with|using)\s+(?:"
    + "|".join(re.escape(t) for t in sorted(TECHNOLOGIES, key=len, reverse=True))
    + r")(?:,\s+|\s+and\s+|\s+or\s+)$"
)
# "group sales", "group revenue": the noun before a measure is whose the measure is
_GROUP_FIGURE = re.compile(
    r"[^\S\n]+(?:sales|revenues?|turnover|profits?|earnings|income|headcount|workforce)\b"
)
# "Tokyo's Seven & i Holdings": a possessive before a whole firm's name is its home town
_PLACE_POSSESSIVE = re.compile(
    r"['’]s[^\S\n]+(?:[A-Z][\w&.+-]*[^\S\n]+(?:&[^\S\n]+[a-z][^\S\n]+)?){1,3}"
    r"(?:Group|Holdings|Corporation|Company|Inc\.?|plc|PLC|Ltd\.?|Limited|AG|SE|SA)\b"
)
_HEADING_TAIL = r"(?:Technology|Technologies|Group|Holdings|Inc|Ltd|Limited)"
_S_THEN_FIRM_WORD = re.compile(r"['’]s[^\S\n]+(?:Company|Corporation|Companies)(?![\w'’-])")
_BRAND_WITH_S = re.compile(r"['’]s[^\S\n]+([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")
_FIRM_APPOSITIVE = re.compile(
    r",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:company|firm|maker|manufacturer|"
    r"producer|retailer|chain|co-operative|cooperative)\b(?!['’])",
    re.I,
)
_COUNT_BEFORE = re.compile(r"(?:\d[%\w]*|\b(?:thousand|million|billion|trillion))[^\S\n]+$", re.I)
_OWN_S = re.compile(r"['’][sS](?![^\S\n]+[A-Z])")
# a US state as datelines write it after a town ("Los Gatos, Calif.,", "Austin, Texas,")
_STATES = "(?:{})\\.?".format("|".join(re.escape(state) for state in _WORDS["us_states"]))
_STATE_AFTER = re.compile(rf",[^\S\n]+{_STATES},")
_STATE = re.compile(rf"(?<=[A-Za-z],[^\S\n]){_STATES}(?=,)")
_SCALED_FIGURE = re.compile(r"\d[^\S\n]+(?:Million|Billion|Thousand|Trillion)\b")
_A_BEFORE = re.compile(r"\b[Aa]n?[^\S\n]+$")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|from|in|to)[^\S\n]+$")
_FIRST_NAME_S = re.compile(r"['’]s((?:[^\S\n]+[A-Z][\w&'’.-]*){1,3})")
# "McDonald's has", "McDonald's, the largest fast food chain,": the 's is part of the name
_NAME_WITH_S = re.compile(
    rf"['’][sS](?:\s+(?:{_SUBJECT_VERBS})\b|,\s+(?:the|a|an|once|now|formerly|long|which|who|whose)\s"
    # ("Harry's, founded in New York", "Ben & Jerry's, bought by Unilever": a participle
    # describes the name)
    r"|,\s+(?:[a-z]+ed|known|run|built|set\s+up|bought|sold|made|begun)\s+(?:in|by|as|from|on|at)\s"
    # "Byju's from Bangalore was once"; "the most famous name is Byju's." (a possessive
    # never ends a sentence)
    r"|\s+from\s+[A-Z]|[.!?](?:\s|$))"
)
# (an adverb may stand between: "Amazon hardly needs an introduction", "Kickstarter even
# made its iOS app open source")
_ADVERB = r"(?:[a-z]+ly|even|already|never|often|soon|today|now|still|also)\s+"
_PREDICATE = re.compile(rf"\s+(?:{_ADVERB})?(?:(?:{_SUBJECT_VERBS})\b|{_ANY_VERB})")
# ... after an appositive that may hold commas itself ("Roche, headquartered in Basel,
# Switzerland, is ...")
_SUBJECT_AFTER = re.compile(
    # "Pinterest: MAUs 522M, +8% y/y": a digest item's subject
    # "7. Reddit – Rewritten from Lisp ...": a list item's name before a dash
    rf"^(?:[^\S\n]+[–—][^\S\n]+|:[^\S\n]+(?=[^\n]*\d)|['’]s\b|(?:,(?:[^.;]|\.(?=\d|[a-z])){{1,160}}?,|[^\S\n]*\([^)\n]{{1,200}}\))?\s+"
    rf"(?:{_ADVERB})?(?:(?:{_SUBJECT_VERBS})\b|{_ANY_VERB}))"
)
# "Unlike Uber,", "Like its rival Bolt,", "Compared with Spotify,": a name the sentence
# compares its subject with, fronted
_COMPARED_FIRST = re.compile(
    r"\s*[\"“‘']?(?:Unlike|Like|Just\s+like|As\s+with|Compared\s+(?:with|to)|Besides|"
    r"Alongside|Apart\s+from)\s+(?:(?:its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}"
)
# "Etsy sellers generated", "Acme drivers completed": a business's people, then their verb
_ITS_PEOPLE_ACT = re.compile(
    r"[^\S\n]+(sellers|merchants|drivers|couriers|hosts|customers|users|shoppers|riders|"
    r"members|subscribers|players|creators|partners|agents|franchisees|dealers|listeners|"
    r"viewers|readers|students|learners|guests|travellers|travelers|advertisers)"
    r"[^\S\n]+(?:[a-z]+ed|are|have|take|make|pick|sell|spend|use|send|buy|book|earn|pay|"
    r"place|complete|deliver|generate|process|stream|watch|order|move|post|create|list|sold|"
    r"made|paid|spent|took|bought|ran|grew|drove|rode|sent|wrote|got|gave|won|kept|built|saw)\b"
)
# "Roku and Fubo reported", "Uber and Lyft have": a second name, then the pair's verb
_AND_NAME_THEN_VERB = re.compile(
    r"[^\S\n]+(?:and|&)[^\S\n]+([A-Z][\w&'’.+-]*(?:[^\S\n][A-Z][\w&'’.+-]*){0,3})"
    r"(?:[^\S\n]+(?:both|also|now|all|each|together|still))?"
    rf"[^\S\n]+(?:(?:{_SUBJECT_VERBS})\b|[a-z]+ed\b"
    # (a pair's own plural verb)
    r"|(?:are|use|run|employ|serve|operate|report|make|sell|say|own|lead|control|dominate|"
    r"account|share|compete|rely|build|offer)\b)"
)
# "The former has lent to students ...; the latter says", "For the former, sales grew":
# the first or the second of the two organisations named last (not "the former CEO",
# "the former Odebrecht": an adjective)
FORMER_OR_LATTER = re.compile(
    r"\b[Tt]he[^\S\n]+(former|latter)\b"
    rf"(?=[^\S\n]*(?:[,;.:)]|['’]s\b|$)|{_PREDICATE.pattern}|[^\S\n]+and\b)"
)
# A section heading that is only a name, maybe numbered ("3. Nintendo", "#2 Target"):
# the section is about that organisation.
_HEADING = re.compile(
    r"(?:#{1,6}[^\S\n]*)?(?:\*\*|__)?"
    r"(?:(?:#?\d{1,2}[.):]?|No\.\s*\d{1,2}[.:]?)[^\S\n]+)?(.+?)(?:\*\*|__)?[.:?]?"
)
# "brightwheel", "project44": a brand written in lower case (as a numbered heading)
_LOWER_BRAND = re.compile(r"[a-z][a-z0-9]{3,}")
# What a company's full name may add to the short form it is then called by: "Epic" for
# "Epic Games", "Delta" for "Delta Air Lines"; not "Microsoft" for "Microsoft Teams".
_SHORT_FORM_REST = re.compile(
    r"(?:International|Games|Group|Holdings|Airlines|Air\s+Lines|Airways|Motors|Motor|Technologies|Labs|"
    r"Entertainment|Studios|Inc\.?|Corp\.?|Corporation|Company|Platforms|Networks|Systems|"
    r"Communications|Financial|Bank|Brands|Interactive|Software|Health|HealthCare|Healthcare|"
    r"Insurance|Pharmaceuticals|Therapeutics|Cars|Electric|Enterprises|Industries)"
)
# Words a registered name may drop for the short name it is then called by ("Toray
# Industries, Inc." -> "Toray"), which name no other firm ("Doosan Fuel Cell" -> "Doosan"
# is its parent group).
_GENERIC_REST = frozenset(word_list(
    """
    Group Holdings Holding Company Corporation Corp International Industries Industrial
    Global Worldwide Enterprises Technologies Technology Pharmaceuticals Pharmaceutical
    Medical Motor Motors Computer Electronics Systems Solutions Services Products Brands
    Labs Laboratories
    """
))
# Descriptors news puts before a name at a sentence's start: "Rival Swiggy", "Lender Monzo".
_DESCRIPTORS = frozenset(
    word_list(
        """
        rival rivals competitor carmaker automaker chipmaker retailer lender startup insurer
        airline carrier streamer publisher conglomerate grocer discounter operator
        """
    )
)


_DESCRIBED_PLACE = re.compile(
    r"\b([A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)*),[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?"
    # (not "Nisshin Seifun Group, the country's largest flour miller": a firm)
    r"(?:town|city|village|county|region|country|state|province|suburb|district|island)(?![\w'’-])"
)
# "Noda, near Tokyo": a town, placed by a bigger one
_NEAR_PLACE = re.compile(r"\b([A-Z][\w'’-]+),[^\S\n]+(?:near|outside|just\s+outside)[^\S\n]+[A-Z]")
# "in Mettawa, Illinois", "of Arlington, Texas": a town, then its state or country
_TOWN_IN_REGION = re.compile(
    r"\b(?:in|of|from|near|outside)[^\S\n]+([A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?),[^\S\n]+"
    r"([A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?)(?![\w'’-])"
)
# "Unity Technologies, commonly known as Unity": the name the article then uses (not "also
# known as": "IBM, also known as Big Blue" is a nickname)
_KNOWN_AS = re.compile(
    # ("..., known to everyone simply as Michelin")
    # ("Chocoladefabriken Lindt & Sprüngli AG, better known simply as Lindt")
    # ("Contemporary Amperex Technology, the Ningde-based group better known as CATL")
    rf"({NAME.pattern}),?[^\S\n]+(?:the[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:group|company|firm|"
    r"maker|business)[^\S\n]+(?=(?:commonly|better|popularly|widely)[^\S\n]+known))?"
    r"(?:(?:(?:commonly|better|popularly|widely)[^\S\n]+known"
    r"(?:[^\S\n]+simply)?"
    r"|known[^\S\n]+to[^\S\n]+(?:everyone|most|all|many|customers|fans)(?:[^\S\n]+simply)?"
    # ("Applus Services SA, which trades as Applus+")
    r"|(?:which[^\S\n]+)?(?:trades|operates)|trading|doing[^\S\n]+business)[^\S\n]+as"
    # ("Genus Power Infrastructures Ltd, usually shortened to Genus Power")
    r"|(?:usually|often|commonly|generally)[^\S\n]+(?:shortened|abbreviated)[^\S\n]+to"
    r"|(?:usually|often|commonly|generally|simply)(?:[^\S\n]+just)?[^\S\n]+called"
    # ("Hon Hai Precision Industry, though almost everyone calls it Foxconn")
    r"|though[^\S\n]+(?:almost[^\S\n]+)?(?:everyone|most[^\S\n]+people)[^\S\n]+calls[^\S\n]+it)"
    # ("better known as the Trevi Group": the article's "the" is no part of the name)
    rf"[^\S\n]+(?:simply[^\S\n]+|just[^\S\n]+)?(?:the[^\S\n]+)?({NAME.pattern})"
)
# "Geologia e Sondagens S.A., or Geosol, is": a registered name, then the short one the
# article goes on to use (the legal form tells it from a list: "Uber, or Lyft,")
_OR_ALIAS = re.compile(
    rf"({NAME.pattern})(?:,?[^\S\n]+(?:{_LEGAL_ALT})(?![\w.]))+,[^\S\n]+or[^\S\n]+({NAME.pattern}),"
)
_FIRMS_OWN_AFTER = re.compile(
    r",\s*whose\s+(?:[a-z]+\s+)?(?:apps|brands|stores|shops|shares|products|customers|revenue|"
    r"sales|subsidiaries|games|services|platform|network|factories|plants)\b"
)
# After a sentence's opening name: a person's (", who", "himself", ", 39,", ", a freelance
# IT worker,")
_PERSON_OPENING = re.compile(
    r",\s+who\b|\s+(?:himself|herself)\b|,\s+\d{1,2},"
    # ("Seoul Metro, whose official name is", "Akua, whose products": what a firm has)
    r"|,\s+whose\b(?!\s+(?:official|full|registered|legal|parent|owner|owners|products?|"
    r"brands?|shares?|stores?|shops?|crews?|customers?|clients?|employees|staff|engineers|"
    r"platform|apps?|software|services?|business|headquarters|factories|plants?|sales|"
    r"revenues?|machines|trucks|ships|fleet|network|portfolio)\b)"
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:worker|engineer|developer|programmer|trader|"
    r"student|designer|entrepreneur|banker|consultant|teacher|professor|scientist|researcher|"
    r"physicist|economist|lawyer|journalist|dropout|graduate)\s*,"
    # "Jan Koum and Brian Acton, two former engineers at Yahoo,"
    r"|\s+and\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+,\s+(?:two|three|four|both)\s"
    # "Tobi Lütke wanted to sell snowboards online in 2004 but he"
    r"|[^.!?\nA-Z]{0,80}?\b(?:but|and|because|so|when|until)\s+(?:[a-z0-9]+\s+){0,3}?(?:he|she)\b"
)
_NAMED_AFTER = re.compile(r"(?:[^\S\n]+behind[^\S\n]+(?:it|them))?,[^\S\n]+")
# a name between common nouns of one list
_COMMON_LIST_BEFORE = re.compile(r"\b[a-z][a-z-]+,[^\S\n]+$")
_COMMON_LIST_AFTER = re.compile(
    r",?[^\S\n]+(?:and|or)[^\S\n]+(?!(?:the|its|their|other|others|many|more)\b)[a-z][a-z-]+\b"
)
_ABBREVIATION = re.compile(rf"({_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN})+)[^\S\n]+\(([A-Z]{{2,6}})\)")


# A legal form after a name ("Ambev S.A.", "Wipro Limited", "Unilever PLC"): the firm's
# registered name, not the name news and Wikidata call it by
# (also the forms that, alone, are words or an opening name's part: "Limited", "AB InBev")
_LEGAL_FORM = re.compile(
    rf"(?:,?[^\S\n]+(?:{_LEGAL_ALT}|Limited|Plc|S\.A\.B\.|L\.L\.C\.|AB|SA/NV"
    # ("GmbH & Co. KG", "SE & Co. KGaA", "SE + Co. KG": "and company" inside the form)
    rf"|Co\.,?[^\S\n]+Ltd\.?|[&+][^\S\n]+(?:Co|Cie|C)\.)(?!\w))+$"
)
# " of Nagoya": the home town after a registered name's legal form
_HOME_TOWN_AFTER = re.compile(
    r"[^\S\n]+of[^\S\n]+[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+)?(?![\w'’-])"
)
# ", S.A. runs": a legal form after the name, before its verb
_LEGAL_AFTER = re.compile(rf",?[^\S\n]+(?:{_LEGAL_ALT})(?![\w.])")

# A name with a number in it: "3M", "2U", "8x8", "o9 Solutions", "what3words", "AI21 Labs"
# (a word with digits), "Phillips 66", "Take 5 Car Wash" (a number among capitalised
# words), "80 Acres Farms", "1-800 Contacts" (a number before them), "Six Flags", "Five
# Guys" (a number word before them). The capitalised-name pattern splits or drops these
# ("Flags"), and the number in them reads as a figure ("99 Cents Only Stores": 99 stores).
_CAPITAL_WORD = r"[A-Z][\w&'’.-]*(?<![.'’])"
_NUMBERED_NAME = re.compile(
    r"(?<![\w$€£¥.,:/'’-])(?:"
    rf"(?P<word>(?:\d+[A-Za-z]|[a-z]+\d)[\w°]*(?:[^\S\n]{_CAPITAL_WORD}){{0,3}})"
    rf"|(?P<among>{_CAPITAL_WORD}(?:[^\S\n]{_CAPITAL_WORD}){{0,2}}[^\S\n]\d{{1,4}}"
    rf"(?:[^\S\n]{_CAPITAL_WORD}){{0,3}})"
    rf"|(?P<before>\d{{1,4}}(?:-\d{{1,4}})?(?:[^\S\n]{_CAPITAL_WORD}){{1,3}})"
    r"|(?P<spelled>(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Fifty|Ninety)"
    rf"(?:[^\S\n]{_CAPITAL_WORD}){{1,2}})"
    r")(?![\w'’-]|\.\w)"
)
# A word with digits that is something else: a unit, scale or ordinal ("5G", "3D", "4K",
# "2GB", "10am", "3rd", "10x"), a quarter, half or fiscal year ("Q3", "H1", "FY24"), a year
_NOT_NAME_NUMBER = re.compile(
    r"\d+(?:st|nd|rd|th|s|[BDGKLPTVWX]|[kmbx]|bn|mn|mln|tn|[KMGT]B|[kMG]Wh?|am|pm|km|kg|mm|"
    r"cm|ft|mph|mAh|[GMk]?Hz|px|fps|mg|ml)|(?:Q[1-4]|H[12]|FY|CY)\d*|(?:1[5-9]|20)\d\d"
)
# ... or may be a code ("mp3", "x86", "h264"): named a firm only where the text says so
_CODE_LIKE = re.compile(r"[a-z]{1,3}\d{1,3}")
# A number or number word before capitalised words is a name where it opens its clause
# ("In Ohio, 80 Acres Farms uses", "Six Flags welcomed"), not after a verb or a
# determiner ("operates 392 IKEA stores", "the 300 Python developers")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,]\s+|\n|\band\s+)[\"“‘']?\Z")
_NAME_BEFORE = re.compile(r"[A-Z][\w&'’.-]*[^\S\n]\Z")
# Told as a firm right after it: ", the Utah retailer", "is a Tel Aviv research company",
# "Inc.", "(NYSE: EGHT)", ", founded in Dallas", " employs"
_FIRM_APPOSITIVE = re.compile(
    r",?[^\S\n]+(?:(?:is|was)[^\S\n]+)?(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?"
    # (not "platform", "app" or "brand": "Windows 11, the latest Microsoft platform")
    r"(?:company|firm|group|manufacturer|maker|carmaker|retailer|bank|chain|corporation|"
    r"conglomerate|business|startup|start-up|insurer|airline|lender|publisher|broadcaster|"
    r"operator|marketplace|supermarket|grocer|brokerage|telco|provider)s?"
    r"\b(?!['’])"
)
_EXCHANGES = "NYSE|NASDAQ|Nasdaq|LSE|LON|TSX|ASX|NSE|BSE|TSE|TYO|HKEX|SGX|OTC|Euronext"
_TICKER_AFTER = re.compile(rf"[^\S\n]*\((?:{_EXCHANGES})\b")
# "Pinterest (NYSE: PINS) said": the exchange and the symbol in brackets name no one else
_TICKER_BEFORE = re.compile(rf"\((?:{_EXCHANGES})(?:[^\S\n]+[A-Z]\w*)?[^\S\n]*:[^\S\n]*\Z")


# "went public on Nasdaq", "listed on the New York Stock Exchange": the venue of a listing
_LISTED_ON_BEFORE = re.compile(
    r"\b(?:public|listed|listing|list|lists|floated|float|trades|traded|trading|debuted|"
    r"IPO)[^\S\n]+(?:\w+[^\S\n]+)?on[^\S\n]+(?:the[^\S\n]+)?\Z"
)
_EXCHANGE_NAME = re.compile(
    rf"(?:{_EXCHANGES})|(?:[A-Z][\w&.-]*[^\S\n]+){{1,3}}(?:Stock[^\S\n]+)?Exchange"
)


def common_name(name: str) -> str:
    """The name without its legal form: "Hindustan Unilever Limited" -> "Hindustan
    Unilever" (a name that is only a legal form stays as it is)."""
    short = _LEGAL_FORM.sub("", name)
    if _ORG_SUFFIX.fullmatch(short):
        return name  # "Capital Limited": without its legal form the name is a common word
    return short if short and short != name and " " not in short[-1:] else name


def _without_home_town(words: list[str]) -> list[str]:
    """The words without a last "of <town>", where a firm is from, not its name's part
    ("Südzucker AG of Mannheim"; "Life Insurance Corporation of India" is named for its
    country)."""
    if len(words) >= 2 and words[-2] == "of" and words[-1].casefold() not in COUNTRY_WORDS:
        return words[:-2]
    return words


# News agencies, named in a story as its source: "told Reuters", "Interfax reported"
_NEWS_AGENCY = re.compile(
    r"Reuters|Associated\s+Press|AP|AFP|Agence\s+France[- ]Presse|Bloomberg|Dow\s+Jones"
    r"(?:\s+Newswires)?|Interfax|Itar-Tass|Tass|Xinhua|Kyodo|Yonhap|RIA\s+Novosti|Press\s+Association|"
    r"PTI|Press\s+Trust\s+of\s+India|Anadolu|ANSA|dpa|Prime-Tass"
)
_TOLD_BEFORE = re.compile(
    r"\b(?:told|to|by|from|according\s+to|quoted\s+by|reported\s+by|cited\s+by)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_TELLS_BEFORE = re.compile(r"\b(?:tells|told|telling)[^\S\n]+$")
_TELLS_WHAT_AFTER = re.compile(
    r"[^\S\n]+(?:that\b|in[^\S\n]+an?[^\S\n]+(?:interview|email|statement)\b)"
)
_REPORTED_AFTER = re.compile(
    r"[^\S\n]+(?:news\s+agency|newswires?|(?:also\s+)?(?:said|says|reported|reports)\s+that|quoted|cited)\b"
)


# How adjectives end ("Corporate", "Annual", "Organic", "Consolidated"), unlike the firms
# a sentence may open on before a verb ("Barclays employs", "Adobe generated")
_ADJECTIVE_ENDINGS = ("ate", "al", "ic", "ive", "ous", "ed", "ent", "ant", "ary", "ful", "ly")
# Initials in brackets after a name ("Amazon Web Services (AWS)", "Gross Merchandise Value
# (GMV)")
_BRACKETED_AFTER = re.compile(r"[^\S\n]*\(([A-Z]{2,6})\)")
# Countries' and unions' initials: "Argent Energy (UK) Limited", "UK Coal", "US Airways"
COUNTRY_INITIALS = frozenset(("UK", "US", "USA", "EU", "UN"))
# The lower-case words right after a name
_LOWER_WORDS_AFTER = re.compile(r"[^\S\n]+([a-z][a-z-]*(?:[^\S\n]+[a-z][a-z-]*){0,2})")
# Words that make a heading a topic about the name before them, never part of a name
TOPIC_WORDS = frozenset(word_list(
    "Statistics Stats Facts Figures Numbers Demographics Trends Milestones Timeline Fact "
    "History Profile"
))
_TOPIC_LEADS = frozenset(word_list("Key Top Important Interesting General Latest Essential"))
# Words closing a heading about the name before them ("Lyft Company Overview")
_ABOUT_TAIL = TOPIC_WORDS | frozenset(("Overview", "Background"))
# Bullets and dashes a line may open on before its first word
_LINE_OPENING = re.compile(r"[\s*•·–—-]*")
# Words opening a question, capitalised as its first word ("Where does Uber operate?")
_QUESTION_WORDS = frozenset(word_list(
    "Where When Why How What Who Which Whose Is Are Was Were Does Do Did Can Could Will "
    "Would Should Has Have Had"
))
_QUESTION_OPENING = re.compile(rf"^(?:{'|'.join(sorted(_QUESTION_WORDS))})\s+")
# An officer's title between a firm's name and a person's ("WhatsApp CEO Jan Koum")
_ROLE_WORDS = frozenset((
    "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "Chairman", "Chairwoman", "Founder",
    "Co-founder", "Cofounder", "Boss",
))


# Capitalised words in a row, small linking words allowed: "British American Tobacco",
# "Bank of England"
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:[^\S\n]+(?:(?:of|and|&)[^\S\n]+)?[A-Z][\w'’-]*){1,4}"
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def abbreviates(short: str, full: str) -> bool:
    """Is `short` the initials of `full`, its small words and accents included ("EDF" for
    "Électricité de France", "HHPI" for "Hon Hai Precision Industry")?"""
    if short.isupper() and " " in short and " " in full:
        return _abbreviates_by_words(short, full)
    if not (short.isupper() and 2 <= len(short) <= 6 and " " in full):
        return False
    # ("Kampgrounds of America ... KOA": the "of" may lend its letter; "L&T": the "&" too)
    letters = "".join(w[0] for w in full.split())
    plain = unicodedata.normalize("NFKD", letters).encode("ascii", "ignore").decode()
    return short in (_initials(full), plain.upper(), "".join(c for c in plain if c.isupper()))


def _abbreviates_by_words(short: str, full: str) -> bool:
    """ "AFI KLM E&M" for "Air France Industries KLM Engineering & Maintenance": each word
    of `short` is a word of `full` or the initials of the next ones."""
    words = [w for w in full.split() if w not in ("&", "and", "of")]
    i = 0
    for token in short.split():
        if i < len(words) and words[i] == token:
            i += 1
            continue
        for letter in (c for c in token if c.isalpha()):
            if i == len(words) or words[i][0].upper() != letter:
                return False
            i += 1
    return i == len(words)


def _opens_fronted(text: str, start: int) -> bool:
    """Does the sentence open with a fronted phrase or clause before its subject?"""
    return bool(FRONTED.match(text, start) or FRONTED_CLAUSE.match(text, start))


# A heading that names an organisation the capitalised-name pattern cannot read whole:
# "Pets at Home", "Bring a Trailer", "8x8", "Domino's" (capitalised words, an
# apostrophe's "s" or a "!", joined by a few lower-case links)
_LITERAL_NAME = re.compile(
    # ("Two Men and a Truck": "and a" between a name's words; "Johnny on the Spot")
    r"[A-Z0-9][\w.&+-]*(?:['’]s|!)?(?:[^\S\n]+(?:(?:(?:at|of|on|for|by|in)[^\S\n]+the|"
    r"at|of|the|on|for|by|in|de|la|a|an|&|and[^\S\n]+an?)[^\S\n]+)?"
    # ("Trading 212": a number after a name's word)
    r"(?:[A-Z][\w.&+-]*(?:['’]s|!)?|(?<=[a-z][^\S\n])\d+(?![\w.,]))"
    r")*"
)


# A label and its figure: a fact sheet's line, not a heading
_FACT_LINE = re.compile(r":[^\S\n]*(?:~|approx\.?[^\S\n]*|about[^\S\n]+)?[$€£¥₹]?[0-9]")


def _looks_like_heading(paragraph: str) -> bool:
    """A short line of its own that is no sentence: "## Why they stay", "Zalando and Revolut:"."""
    line = paragraph.strip()
    if "\n" in line or not line:
        return False
    if line.startswith("#"):
        return True
    if re.match(r"[-*•–][^\S\n]", line):  # a list item
        return False
    # ("4 and 5. Eureka Forbes and Kent RO Systems": the list's numbers are no words)
    line = re.sub(r"^#?\d{1,2}(?:[^\S\n]*(?:and|&|-|–|to)[^\S\n]*\d{1,2})?[.):][^\S\n]+", "", line)
    if _FACT_LINE.search(line):  # "Subscribers: 236 million", "Revenue (2023): $33.7bn"
        return False
    if line.endswith(":"):  # "Zalando and Revolut:" is one, "A few quick numbers:" is not
        return all(w[:1].isupper() or w in ("and", "&", "of", "the") for w in line.split())
    # ("Amazon ships 1.6 million packages a day. […]", "Its users number 2 billion...": a
    # sentence quoted in part)
    line = re.sub(r"[^\S\n]*[\[(](?:…|\.\.\.)[\])]$", "", line)
    named = NAME.match(line)
    if (
        named
        and re.search(r"\d", line)
        and _PREDICATE.match(line[named.end() :].lower())
    ):
        return False  # "Pinterest now has 150m monthly active users": a headline's sentence
    return len(line.split()) <= 8 and not line.endswith((".", "!", ",", ";", "…"))


def starts_sentence(text: str, sentence_start: int, position: int) -> bool:
    """Does `position` open its sentence (after quotes, brackets or a list item's bullet:
    "• Revenue of $1.5 billion") or a clause after a dash ("7. Reddit – Rewritten from
    Lisp")?"""
    return not text[sentence_start:position].strip(" \"'“‘([*#-•·▪◦\n\t") or text[
        max(sentence_start, position - 3) : position
    ] in (" – ", " — ")


def is_title(sentence: str) -> bool:
    """A headline in title case ("Top 8 Companies That Run on Python"): its capitals
    mark a title, not names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    if len(words) < 3 or sentence.rstrip()[-1:] in ".!?":
        return False
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3)
    return capitalised >= 0.6 * max(1, sum(len(w) > 3 for w in words))


FRONTED = re.compile(
    r"(?:With|Having|Boasting|Serving|Counting|Thanks\s+to|At|After|Since|Despite|Beyond|"
    # "For shoppers in Poland, Allegro is"
    r"For(?=[^\S\n]+[a-z]))\b"
)


_MARKET = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:industry|market|sector|economy)['’]s\b"
    # "US toy sales", "global smartphone shipments": a country's or the world's, not its
    # (not "its share of US existing-home sales": its market share)
    r"|(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)(?<!share\sof\s)(?<![\w.])"
    r"(?:US|U\.S\.|UK|global|worldwide|world)"
    r"\s+(?:(?!(?:by|and|or|of|in|the|for)\b)[a-z-]+\s+){1,2}"
    r"(?:sales|spending|shipments|output|production)\b"
    # "total US trucking revenue"
    r"|\btotal\s+(?:US|U\.S\.|UK|global|world)\s+[a-z-]+\s+revenue\b"
    # "Industry shipments rose 9%", "industry sales": the whole trade's
    r"|(?<![\w-])industry(?:-wide)?\s+(?:sales|spending|shipments|output|production|revenues?)\b"
    # "a market worth roughly $100 billion", "the US car wash market valued at $15 billion",
    # "the (TIC) industry is worth an estimated €250bn": what a whole market is worth
    r"|\b(?:market|industry|sector)\s+(?:is\s+|was\s+)?(?:worth|valued\s+at)\b",
    re.I,
)
_NEW_CLAUSE_AFTER = re.compile(r",\s+(?:and|but|or|so)\s")
_CODE_AMOUNT = re.compile(r"(?:[A-Z]{2,4}|Rs)\$?\d[\d.,]*(?:bn|m|tn|k)?")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|every|each|any|per)\s+$", re.I)
_ARTICLE_ADJ_BEFORE = re.compile(
    r"\b(?:the|a|an|every|each|any|per)\s+(?:[a-z][a-z-]*\s+){0,2}$", re.I
)
_LOWER_WORDS = re.compile(r"[^\S\n]+[a-z]+[^\S\n]+[a-z]")
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not the comma in "21,000"
_RELATIVE = re.compile(r",\s+(?:which|who|whose|owned\s+by|including|like|such\s+as|from)\b[^,]*,")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    closes: int | None = None  # end of the appositive it stands in, if any
    pronoun: bool = False
    market: bool = False  # "the industry's", "the market's": figures about a market


@dataclass
class Reading:
    """One sentence's names, and what else they tell whoever keeps the focus."""

    mentions: list[Mention]
    heading: bool = False  # the sentence is (in) a paragraph that is only a name
    section_ends: bool = False  # ... a heading that names no organisation ("Conclusion")
    # "Tesla mobile app, that lets owners ...": the maker the paragraph is about
    makers: list[str] = field(default_factory=list)
    # "a platform called Michelangelo": a product of the organisation in focus
    called: list[str] = field(default_factory=list)


class Names:
    """The names an article gives: organisations, persons, places, products, headings."""

    def __init__(self, text: str, vocabulary: Vocabulary, spans: list[list[Span]]) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.persons: set[str] = set()
        self._firm_names: dict[str, bool] = {}  # names described as a firm somewhere
        # words that open a measure written in capitals ("Delivery Gross Bookings"): the
        # names of a business's lines, not firms ("Combined Mobility and Delivery revenue")
        self.segments: set[str] = set()
        # "We operate more than 10,500 stores ... our associates": a page written by the
        # organisation itself, whose "we" is it (not a writer's "we looked at 50 firms")
        self.company_voice = _COMPANY_VOICE.search(text) is not None
        self.full_names: list[str] = []  # multi-word names seen, for "Teams" -> "Microsoft Teams"
        self.known: set[str] = set()  # names seen where only a name can stand
        # names inside what a figure counts ("10 million TikTok followers"): no mentions
        self.counted_names: list[tuple[int, int]] = []
        self._with_s: dict[str, bool] = {}  # names written with an 's of their own
        self.numeric_names: set[str] = set()  # "99 is the Brazilian ride app"
        self._lower_words: set[str] | None = None
        self.as_written: set[str] = set()  # names kept as the article first wrote them
        self.registered: set[str] = set()  # names the article writes with a legal form
        self._short_forms: dict[str, str | None] = {}  # registered name -> its short form
        # names the article describes as places: "Halbury, a former mill town"
        self.places = {m.group(1) for m in _DESCRIBED_PLACE.finditer(text)} | {
            m.group(1) for m in _NEAR_PLACE.finditer(text)  # "Noda, near Tokyo": a town
        } | {
            m.group(1)
            for m in _TOWN_IN_REGION.finditer(text)
            if m.group(2).casefold() in PLACES  # "of Arlington, Texas": a town
        }
        # (not initials: "Electronic Arts, better known as EA" stays Electronic Arts)
        self.known_as = {
            written: short
            for m in _KNOWN_AS.finditer(text)
            # (the name ends with its sentence: "calls it Foxconn. Revenue of ...")
            for short in [re.split(r"\.\s", m.group(2))[0].rstrip(".")]
            if _initials(m.group(1)) != short
            # ("Larsen & Toubro Limited, usually shortened to L&T", "Magazine Luiza, commonly
            # called Magalu": writers keep the full name; "Genus Power Infrastructures Ltd,
            # usually shortened to Genus Power": the first words, the name then used)
            and (
                not re.search(r"\b(?:shortened|abbreviated|called)\s", m.group())
                or m.group(1).startswith(short + " ")
            )
            # (and without its legal form: "Applus Services SA, which trades as Applus+")
            for written in (m.group(1), common_name(m.group(1)))
        }
        for m in _OR_ALIAS.finditer(text):
            self.known_as.setdefault(m.group(1), m.group(2))
        # "Amazon Web Services (AWS)": the short form the article then uses
        self.abbreviations = {
            m.group(2): m.group(1)
            for m in _ABBREVIATION.finditer(text)
            if _initials(m.group(1)).startswith(m.group(2)[0])
        }
        # headings' names the name pattern cannot read whole ("Pets at Home"), found
        # as they are written in the sentences
        self.literal_names: dict[str, re.Pattern[str]] = {}
        for m in _LOWER_NAME_BEFORE_LEGAL.finditer(text):
            # "thyssenkrupp nucera AG & Co. KGaA": a brand written in lower case, named by
            # its legal form
            if not set(m.group(1).split()) & _LOWER_LINKS:
                self.literal_names[m.group(1)] = re.compile(
                    rf"(?<![\w'’-]){re.escape(m.group(1))}(?![\w'’-])"
                )
        for m in _PLACES_AND_NAME.finditer(text):
            # "the England and Wales Cricket Board": two places joined by "and" open the
            # name, which the name pattern would split at the "and"
            if all(w.casefold() in PLACES | COUNTRY_WORDS for w in (m.group(1), m.group(2))):
                self.literal_names[m.group()] = re.compile(
                    rf"(?<![\w'’-]){re.escape(m.group())}(?![\w'’-])"
                )
        for whole in self._joined_by_and(text):
            self.literal_names.setdefault(
                whole, re.compile(rf"(?<![\w'’-]){re.escape(whole)}(?![\w'’-])")
            )
        # "8x8", "1-800 Contacts", "Six Flags": names with a number in them
        self.numbered_names = set(self._numbered_names())
        for name in self.numbered_names:
            self.literal_names.setdefault(
                name, re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])")
            )
        self._numbered_spans: list[tuple[int, int]] | None = None
        # paragraphs that are only a name: (paragraph start, end, the name)
        self.headings: list[tuple[int, int, Mention]] = []
        for index, paragraph in enumerate(spans):
            heading = self._heading(paragraph)
            if heading is not None and index == 0 and self._masthead(heading, spans):
                heading = None
            whole = text[paragraph[0].start : paragraph[-1].end] if paragraph else ""
            if heading is None and _looks_like_heading(whole):
                # "## 4. Twitch and Hulu", "So, should you use it?": the named section ends;
                # ":: How many Uber drivers are there?": the section is about the one named
                heading = self._asked_about(paragraph[0].start, paragraph[-1].end) or Mention(
                    paragraph[0].start, paragraph[0].start, ""
                )
            if heading is not None and heading.name.startswith(
                self.known_as.get(heading.name, heading.name) + " "
            ):
                # "4. Genus Power Infrastructures / Genus Power Infrastructures Ltd, usually
                # shortened to Genus Power, ...": the section goes by the short name it is
                # known as (not by initials, "Pool Corporation ... POOLCORP": writers keep
                # the heading's name then)
                heading = Mention(heading.start, heading.end, self.known_as[heading.name])
            if heading is not None:
                self.headings.append((paragraph[0].start, paragraph[-1].end, heading))
                if heading.name:
                    self.known.add(heading.name)
            if paragraph and (
                table_rows(text, Span(paragraph[0].start, paragraph[-1].end))
                or flattened_statement(text, paragraph[0].start)
            ):
                continue  # a table's header cells ("Revenue 2023") are no names
            for sentence in paragraph:
                if sentence.start == 0 and is_title(text[sentence.start : sentence.end]):
                    # "Top 8 Companies using Python in Banking": a title's capitals are
                    # no names ("Banking sector has gone through ..." opens no name)
                    continue
                for m in NAME.finditer(text, sentence.start, sentence.end):
                    if _LEGAL_AFTER.match(text, m.end()):
                        # "Toray Industries, Inc.": written with its legal form
                        self.registered.add(self.clean(m.group(), opens=False))
                    if starts_sentence(text, sentence.start, m.start()):
                        # "The Airbnb iOS app ...": capitalised after "The", so a name
                        name = self.clean(m.group())
                        if (
                            name
                            and _TITLED.match(m.group())
                            and not self.heads_section(name)  # "7. Mr. Cooper"
                            and not self._firm_anywhere(name)
                        ):
                            # "When President Nestor Kirchner of Argentina arrived"
                            self.persons.add(name)
                            continue
                        if (
                            m.group().split()[0] in _ARTICLES
                            and name
                            and not self.written_lower(name.split()[0])
                        ):
                            self.known.add(name)
                        if (
                            2 <= len(name.split()) <= 3
                            and m.group().split()[0] not in _ARTICLES
                            and not self.vocabulary.entity(name)
                            and not _ORG_SUFFIX.search(name)
                            # ", who was leading", "himself", ", 39,": a person's ("Riot
                            # Games, the creator of League of Legends" is no person)
                            and (
                                _PERSON_OPENING.match(text, m.end())
                                # "When Vlad Tenev and Baiju Bhatt launched the Robinhood"
                                or _FOUNDERS_AFTER.match(text, m.end())
                            )
                        ):
                            # "Andrej Karpathy, who was leading the AI team at Tesla,"
                            self.persons.update((name, name.split()[-1]))
                        continue
                    name = self.clean(m.group(), opens=False)
                    if (
                        name
                        and " " not in name
                        and _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
                        and self.written_lower(name)
                    ):
                        # "... greater than $1 million Net revenue retention rate of 142%":
                        # highlights run together, each opening on a capital
                        continue
                    if name:
                        self.known.add(name)
                        if self.is_person(m.start(), m.end(), name):
                            self.persons.add(name)
                            surname = name.split()[-1]
                            # "Ericsson ... founded in 1876 by Lars Magnus Ericsson", "run by
                            # Falck, the rescue group founded by Sophus Falck": the surname,
                            # named alone before, also names the company
                            first = re.search(rf"(?<![\w-]){re.escape(surname)}\b", text)
                            if not (first and first.start() < m.start()):
                                self.persons.add(surname)
        self._topic_headings(spans)

    def _masthead(self, heading: Mention, spans: list[list[Span]]) -> bool:
        """ "Inman / Travelers spent $21.2B booking through Airbnb last quarter": a page's
        first line naming the publication above a headline about someone else opens no
        section."""
        if len(spans) < 2 or not spans[1]:
            return False
        headline = self.text[spans[1][0].start : spans[1][-1].end].strip()
        return (
            len(spans[1]) == 1
            and not headline.endswith((".", "!", ":"))
            and heading.name not in headline
        )

    def topic_name(self, words: list[str]) -> str:
        """The name in a topic heading's words: past the leading words that are no name
        ("Summary of Key"), up to a topic word or a common word ("Booking Statistics")."""
        kept: list[str] = []
        for word in words:
            if word in TOPIC_WORDS or (kept and self.written_lower(word)):
                break
            if kept or not (
                word in _TOPIC_LEADS
                or word in _SECTION_WORDS
                or word in _QUESTION_WORDS
                or self.written_lower(word)
            ):
                kept.append(word)
        return " ".join(kept)

    def _asked_about(self, start: int, end: int) -> Mention | None:
        """The one organisation a heading asked as a question names ("Where does Uber
        operate?"), if it names exactly one."""
        if not self.text[start:end].rstrip().endswith("?"):
            return None
        found = {
            (m.start(), m.end(), name)
            for m in NAME.finditer(self.text, start, end)
            # ("Does Uber use Python?": the question's verb opens no name)
            # ("How Many Peloton Users Are There?": a title-case question's words after it)
            for name in [self.topic_name(self.clean(_QUESTION_OPENING.sub("", m.group())).split())]
            if name
            and name not in _QUESTION_WORDS
            and name not in TECHNOLOGIES
            and name.casefold() not in PLACES | COUNTRY_WORDS
        }
        if len({name for _, _, name in found}) != 1:
            return None
        first, last, name = min(found)
        if re.match(r"['’][sS]\b", self.text[last : last + 2]) and self._named_with_s(name):
            # "How Many McDonald's Employees are There?": the 's is the name's own
            name, last = name + self.text[last : last + 2], last + 2
        return Mention(first, last, name)

    def _numbered_names(self) -> Iterator[str]:
        """Names with a number in them that the article tells as a firm somewhere: by
        what it says right after one ("1-800 Contacts, the Utah retailer", "8x8 Inc.",
        ", founded in"), by a firm's word ending it ("Level 3 Communications"), or, for all
        but a number among capitalised words ("Windows 11 has" is a product), by a verb
        it is the subject of ("8x8 reported", "Six Flags welcomed")."""
        text = self.text
        for m in _NUMBERED_NAME.finditer(text):
            words = m.group().split()
            before = text[max(0, m.start() - 40) : m.start()]
            if any(_NOT_NAME_NUMBER.fullmatch(w) for w in words) or _NAME_BEFORE.search(before):
                continue  # "in 2024", "Q3", "5G"; "Formula One Group" is no "One Group"
            if words[0].rstrip(".") in _MONTH_NAMES:
                continue  # "For fiscal year 2021, ended March 31, the company": a date
            if _SCALED_FIGURE.search(m.group()):
                continue  # "Netflix Reaches 214 Million Subscribers": a headline's figure
            end = m.end()
            told = (
                _FIRM_APPOSITIVE.match(text, end)
                or _LEGAL_AFTER.match(text, end)
                or _TICKER_AFTER.match(text, end)
                or _FIRM_ONLY_AFTER.match(text, end)
                or _ORG_SUFFIX.search(m.group())
            )
            subject = (
                m.group("word") is not None and not _CODE_LIKE.fullmatch(words[0])
            ) or (
                m.group("among") is None
                and m.group("word") is None
                and _CLAUSE_OPENS.search(text[max(0, m.start() - 8) : m.start()])
            )
            if told or (subject and _PREDICATE.match(text, end)):
                yield m.group()

    def _heading(self, paragraph: list[Span]) -> Mention | None:
        """A paragraph that is only a name, maybe numbered ("4. Emirates")."""
        if not paragraph:
            return None
        start, end = paragraph[0].start, paragraph[-1].end
        m = _HEADING.fullmatch(self.text, start, end)
        if not m or _SCALED_FIGURE.search(self.text, m.start(1), m.end(1)):
            return None  # ("Netflix Reaches 214 Million Subscribers": a headline's figure)
        if (written := self.text[m.start(1) : m.end(1)]) in self.numbered_names:
            return Mention(m.start(1), m.end(1), written)  # "4. o9 Solutions"
        name = NAME.fullmatch(self.text, m.start(1), m.end(1))
        if not name:
            literal = _LITERAL_NAME.fullmatch(self.text, m.start(1), m.end(1)) or (
                # "4. brightwheel", "3. project44": a brand written in lower case, as a
                # numbered heading
                self.text[start].isdigit()
                and _LOWER_BRAND.fullmatch(self.text, m.start(1), m.end(1))
            )
            if (
                literal
                and len(literal.group().split()) <= 5
                # ("12" of a gallery's page numbers: a name has a letter)
                and re.search(r"[^\W\d_]", literal.group())
                and self.text.count(literal.group()) > 1  # the body names it so again
                and not literal.group().endswith("!")
                # ("Domino's" over "Domino's Pizza likes ...": the body's fuller name rules)
                # (but "4. Han's Laser" over "Han's Laser Technology": a corporate word;
                # and "Lloyd's Register" where the body also writes it alone, "Lloyd's
                # Register traces its roots", beside "the Lloyd's Register Foundation")
                and (
                    not re.search(
                        rf"{re.escape(literal.group())}[^\S\n]+(?!{_HEADING_TAIL}\b)[A-Z]",
                        self.text,
                    )
                    or (
                        re.search(rf"(?<!\n){re.escape(literal.group())}[^\S\n]+[a-z]", self.text)
                        # (not "The Brink's Company": the firm word makes it one name)
                        and not _S_THEN_FIRM_WORD.search(self.text)
                    )
                )
            ):
                self.literal_names[literal.group()] = re.compile(
                    rf"(?<![\w'’]){re.escape(literal.group())}(?![\w'’])"
                )
                return Mention(m.start(1), m.end(1), literal.group())
            return None
        if len(name.group().split()) > 5:
            return None
        if re.search(r"\b(?:Using|Running\s+on|Built\s+(?:with|on))\s+[A-Z]", name.group()):
            # "Fibre Broadband Builders Using Python": a title in capitals, not a name
            return Mention(m.start(1), m.end(1), "")
        cleaned = self.clean(name.group())
        whole = name.group()
        if (
            cleaned
            and whole.endswith(" " + cleaned)
            and self.text.count(whole) > 1
            and all(w != "The" and w not in TECHNOLOGIES for w in whole[: -len(cleaned)].split())
        ):
            # "2. US Foods", "China Tourism Group Duty Free", "Top Glove": the heading and the
            # body write the whole name; the word that opens it is the name's own
            self.literal_names[whole] = re.compile(rf"(?<![\w'’]){re.escape(whole)}(?![\w'’])")
            return Mention(m.start(1), m.end(1), whole)
        if whole.startswith(cleaned + " ") and all(
            w.rstrip(",.") in _LEGAL_STEMS or w.rstrip(",.") + "." in _CORPORATE_TAIL
            for w in whole[len(cleaned) :].split()
        ):
            whole = cleaned  # "3. Travel + Leisure Co.": the name without its legal form
        if not cleaned or cleaned != whole or cleaned.casefold() in PLACES:
            return None
        # "Social media", "Ride-hailing": a heading of common words, not a name (a single
        # name written in lower case elsewhere, "airbnb", is still a name)
        # ("5. Rippling", a company, when the article never writes "rippling")
        # ("3. Lamar Advertising", "Corsair Gaming": a name before the -ing word)
        common = (cleaned.endswith("ing") and self.written_lower(cleaned.split()[0])) or (
            " " in cleaned and self.written_lower(cleaned)
        )
        words = cleaned.split()
        if TOPIC_WORDS.intersection(words) and not re.search(
            rf"{re.escape(cleaned)}[^\n]*[.!?][\"”’)]*[^\S\n]*(?:\n|\Z)", self.text
        ):
            # "Airbnb Booking Statistics", "Summary of Key Robinhood Statistics": a topic
            # heading about the name in it (not "Open Food Facts", which a sentence names)
            return Mention(m.start(1), m.end(1), self.topic_name(words))
        # ("7. Snap Finance", "Tata Consumer Products": a name, then a section word)
        named = words[0] not in _SECTION_WORDS and not self.written_lower(words[0])
        section = _SECTION_WORDS.intersection(words) and not (
            start > 0 and len(words) <= 4 and named
        )
        if section or common or (
            # "STREAMING", "RIDE-HAILING": a label in capitals, not an acronym like "IBM"
            cleaned.isupper()
            and re.search(r"[A-Z]{5}|-", cleaned)
            and not self.vocabulary.entity(cleaned)
        ):
            # "Conclusion", "Case Studies From Companies You Use": ends the named section
            return Mention(m.start(1), m.end(1), "")
        if not self.vocabulary.entity(cleaned) and self.text.count(cleaned) == 1:
            about = self._heading_about(words)
            if about is not None:
                return Mention(m.start(1), m.end(1), about)
        return Mention(m.start(1), m.end(1), cleaned)

    def _heading_about(self, words: list[str]) -> str | None:
        """What a heading the body never writes again is about: a measure ("Premium
        Subscribers", "Customer Base": no organisation, so "") or a name the body goes on
        naming, then a measure or an overview ("Spotify Users", "LinkedIn User Base",
        "Lyft Company Overview"). None for a name ("Stripe" over "The payments firm ...")."""
        if "&" in words:
            # "Zalando & GitHub": two names the body writes alone, no firm of that name
            cut = words.index("&")
            if all(
                self.times_named(" ".join(part)) > 1 for part in (words[:cut], words[cut + 1 :])
            ):
                return ""
        phrase = " ".join(words).lower()
        measure = self.vocabulary.metric_for_phrase(phrase)
        if measure is not None and phrase in measure.synonyms:
            return ""
        for k in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:k]), words[k:]
            if not (
                tail[-1] in _ABOUT_TAIL
                and all(w in _ABOUT_TAIL or w == "Company" for w in tail)
                or self.vocabulary.metric_for_phrase(" ".join(tail).lower())
            ):
                continue
            # (not "Cumulus Media", "Corsair Gaming": a name's own last word)
            if self.vocabulary.entity(head) or self.times_named(head) >= 3:
                return head
        return None

    def _named_with_s(self, name: str) -> bool:
        """Does the text write the name with an 's that is plainly its own somewhere
        ("McDonald's has", "at McDonald's.")?"""
        if name not in self._with_s:
            text = self.text
            self._with_s[name] = any(
                # "did not have a McDonald's": no possessive follows an article; "a
                # first job at McDonald's.": nor ends a sentence after a preposition
                # (but "a training set like Netflix's or Amazon's." is one, elliptical)
                _A_BEFORE.search(text, max(0, m.start() - 4), m.start())
                or (
                    _NAME_WITH_S.match(text, m.end())
                    and not (
                        re.match(r"..[.!?]", text[m.end() : m.end() + 3])
                        and not _PLACE_PREPOSITION_BEFORE.search(
                            text, max(0, m.start() - 6), m.start()
                        )
                    )
                )
                for m in re.finditer(rf"(?<![\w'’]){re.escape(name)}(?=['’][sS])", text)
            )
        return self._with_s[name]

    def times_named(self, name: str) -> int:
        """How often the text writes the name as a word of its own."""
        return len(re.findall(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", self.text))

    def _topic_headings(self, spans: list[list[Span]]) -> None:
        """Headings the body never writes again whose section opens on another known
        organisation ("Geographic Reach / Netflix's business has moved ...", "Customer
        Base / - Starbucks serves ..."): a topic of the page, so the section is nobody's
        and "the company" in it is the organisation named."""
        text = self.text
        following = {
            before[0].start: after[0]
            for before, after in itertools.pairwise(spans)
            if before and after
        }
        for k, (start, end, heading) in enumerate(self.headings):
            name = heading.name
            if (
                not name
                or text[start] in "#0123456789"  # "#2 EZCORP", "4. Emirates": a list's entry
                or start not in following
                or self.vocabulary.entity(name)
                or self.times_named(name) > 1
            ):
                continue
            first = following[start]
            opening = _LINE_OPENING.match(text, first.start, first.end)
            named = NAME.match(text, opening.end() if opening else first.start, first.end)
            other = self.clean(named.group()) if named else ""
            if (
                other
                # (not "Arista Networks / Arista counts": the heading's name, shortened)
                and not set(other.split()) & set(name.split())
                and other.casefold() not in PLACES  # ("The Atlanta company says")
                # (not "- Launched: 2005", a label the fact lines repeat)
                and (
                    self.vocabulary.entity(other)
                    or (other in self.known and self.times_named(other) > 1)
                )
            ):
                self.headings[k] = (start, end, Mention(heading.start, heading.end, ""))

    def clean(self, name: str, opens: bool = True) -> str:
        """The name without the words before it that are not part of it. Mid-sentence a
        capitalised opener belongs to the name ("said Just Eat Takeaway.com"); at a
        sentence's start it does only if the article writes it so elsewhere."""
        # the full stop of a sentence is no part of a name, but "L.P." keeps its own
        words = (name if re.search(r"\b[A-Za-z]\.[A-Za-z]\.$", name) else name.rstrip(".")).split()
        registered = False  # written with its legal form
        role = next((i for i, w in enumerate(words[1:-1], 1) if w in _ROLE_WORDS), None)
        if role is not None and len(words) - role - 1 in (2, 3):
            # "WhatsApp CEO Jan Koum": the firm, then its officer's title and name
            self.persons.add(" ".join(words[role + 1 :]))
            self.persons.add(words[-1])
            words = words[:role]
        if len(words) > 1 and words[-1] in _ROLE_WORDS:
            words = words[:-1]  # "as the WhatsApp CEO keyed": the firm whose officer it is
        if (
            words
            and words[0] in _ROLE_WORDS
            and len(words) in (3, 4)
            and all(w[:1].isupper() for w in words[1:])
        ):
            # "CEO Glenn Fogel said": an officer's title, then a person's name (not the
            # surname alone: "Founder Henri Nestlé" beside the firm Nestlé)
            self.persons.add(" ".join(words[1:]))
            return ""
        while words and words[0].rstrip(",.") in _LEGAL_STEMS:
            # "Brother Industries, Ltd. of Nagoya", "thyssenkrupp nucera AG & Co. KGaA": a
            # legal form ends the name before it and opens none ("Co., Ltd. Nippon Paint
            # posted": the next name starts after it)
            words = words[1:]
            if words and not words[0][:1].isupper():
                return ""
        if len(words) > 3 and words[-3] in _CORPORATE_TAIL | {"Limited"}:
            # "Südzucker AG of Mannheim", "Hester Biosciences Limited of Ahmedabad"
            words = _without_home_town(words)
        while len(words) > 1 and (
            words[-1].rstrip(",") in _LEGAL_WORDS
            or words[-1].rstrip(",") in _AND_COMPANY
            or words[-1].rstrip(",") + "." in _LEGAL_WORDS
            # "HD Hyundai Heavy Industries Co., Ltd.", "Kansai Paint Co"
            or words[-1].rstrip(",.") == "Co"
        ):
            # "Block Inc.", "Aena S.M.E.", "Piaggio & C. SpA", "Teekanne GmbH & Co. KG": the
            # company, without its legal form ("& Co.": "and company")
            words = words[:-1]
            registered = True
        if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}ally", words[-1]):
            words = words[:-1]  # "How Many People Work for Starbucks Globally?": an adverb
        if registered:
            self.registered.add(" ".join(words))
        if len(words) > 2 and words[0] in _COMMON_PLURALS and words[1] == "of":
            words = words[2:]  # "Users of Tinder make 1.6 billion swipes": Tinder
        if (
            len(words) == 2
            and words[1] in _FIRM_WORDS
            and not self.vocabulary.entity(words[0])
            and re.search(
                rf"[A-Z][\w-]*[^\S\n]+and[^\S\n]+{re.escape(' '.join(words))}\b", self.text
            )
        ):
            return ""  # "Foshan Haitian Flavouring and Food Company": the end of a longer name
        if len(words) > 2 and words[0] == "The" and words[-1] in ("Company", "Corporation"):
            if not self._written_alone(words[1:-1]) and not self.vocabulary.entity(
                " ".join(words[1:-1])
            ):
                # "The Magnum Ice Cream Company" when the article never says "Magnum Ice
                # Cream": the whole registered name is what it is called
                return " ".join(words)
            words = words[:-1]  # "The Coca-Cola Company ... Coca-Cola" is called Coca-Cola
        while len(words) > 1 and words[-1] in _PLATFORMS:
            words = words[:-1]  # "The Airbnb iOS app": the maker, not the platform
        if words and words[0] in TECHNOLOGIES and len(words) > 1 and _ORG_SUFFIX.search(words[-1]):
            return " ".join(words)  # "Flutter Entertainment is the owner of Paddy Power"
        if words and words[0] in TECHNOLOGIES:
            if len(words) == 1 and opens and any(
                full.startswith(words[0] + " ") and _ORG_SUFFIX.search(full)
                for full in self.full_names
            ):
                # "Flutter made revenue of $11.8 billion" after "Flutter Entertainment"
                # (canonical() gives the full name)
                return words[0]
            return ""  # "React Native", "Kotlin Multiplatform": a technology, not a firm
        if opens and " ".join(words) in self.known:
            return " ".join(words)
        cut = self._measure_tail(words)
        if cut is not None:
            # "Gross Bookings grew 16%", "Mobility Gross Bookings of $21.0 billion": a measure
            # capitalised as earnings releases do, not a firm; "Uber Gross Bookings": the
            # firm before it
            head = " ".join(words[:cut])
            if head and (self.vocabulary.entity(head) or head in self.known):
                return head
            if cut == 1:
                self.segments.add(head)  # "Mobility", "Delivery": a business line's name
            return ""
        if " ".join(words) in _WITH_THE:
            return " ".join(words)  # "The Trade Desk is a demand side platform"
        if (
            words[:1] == ["The"]
            and len(words) >= 2
            and words[-1] not in _FIRM_WORDS
            and not self.vocabulary.entity(" ".join(words[1:]))  # ("The Lego Group")
            and self._the_in_name(" ".join(words))
        ):
            # "The RealReal ... at The RealReal", "run by The Knot Worldwide": a name the
            # article writes with its capital "The" mid-sentence keeps it
            return " ".join(words)
        # "The New York Times", "The Wall Street Journal": "The" is part of a paper's name
        if words[:1] == ["The"] and len(words) >= 2 and _PUBLICATION.search(words[-1]):
            if " ".join(words[1:]) in _WITHOUT_THE:
                return " ".join(words[1:])
            return " ".join(words)
        if any(w in TECHNOLOGIES for w in words[:2]) and words[-1] in _PRODUCT_WORDS:
            return ""  # "The Java Edition", "the Kotlin Foundation": a technology's part
        if (
            len(words) == 2
            and words[0].casefold() in PLACES | COUNTRY_WORDS
            and (
                self.written_lower(words[1])
                # "all of Texas Instruments' revenue": a firm's own noun after the place
                or bool(_ORG_SUFFIX.fullmatch(words[1]))
                # "America Movil, controlled by ...": a sentence opens on the whole name
                or (
                    opens
                    and words[1] not in _NOT_NAMES
                    and words[1].casefold() not in PLACES | COUNTRY_WORDS
                    and not self.vocabulary.entity(words[1])
                )
            )
        ):
            return " ".join(words)  # "China Mobile", "Japan Airlines": a place in the name
        if (
            len(words) >= 3
            and words[0].casefold() in PLACES | COUNTRY_WORDS
            and words[1] not in _NOT_NAMES
            and (
                _ORG_SUFFIX.fullmatch(words[-1])
                # ("Japan Credit Rating Agency", "China Railway Construction Heavy Industry")
                or words[-1] in ("Agency", "Industry", "Bureau", "Society", "Authority")
            )
        ):
            return " ".join(words)  # "China Southern Airlines", "London Stock Exchange Group"
        rest = " ".join(words[1:])
        if (
            len(words) >= 2
            and _is_nationality(words[0])
            # ("American Airlines", "American Express", "Canadian National": the nationality is
            # the name's)
            and rest.lower()
            not in ("express", "airways", "airlines", "tire", "oil", "union", "digital", "national")
            and not registered  # ("Danish Crown A/S": a registered name keeps its first word)
            and not self.vocabulary.entity(" ".join(words))
            and (
                self.vocabulary.entity(rest)
                or rest in self.known
                # at a sentence's start, one word that is no common word ("Swiss Re",
                # "American Express", "British Airways" stay whole)
                or (
                    opens
                    and len(words) == 2
                    and len(rest) >= 4
                    and not _ORG_SUFFIX.fullmatch(rest)
                    and not self.written_lower(rest)
                )
            )
        ):
            return rest  # "Swedish Klarna, whose slogan is": the nationality is no name
        if len(words) >= 3 and re.search(r"\.(?:com|io|ai|net)$", words[-1]):
            return " ".join(words)  # "Just Eat Takeaway.com is": a domain ends the name
        if (
            len(words) >= 2
            and words[0] in _NUMBER_WORDS
            and words[1] not in _NOT_NAMES
            and (
                self.text.count(" ".join(words)) >= 2
                # ("Six Flags Entertainment Corporation" after the heading "Six Flags
                # Entertainment")
                or any(k.startswith(" ".join(words[:2]) + " ") for k in self.known)
            )
        ):
            return " ".join(words)  # "2. Six Flags Entertainment ... Six Flags Entertainment"
        if len(words) >= 3 and words[1] == "&" and words[0] not in _OPENERS:
            return " ".join(words)  # "Seven & i Holdings": a word before "&" is the name's
        if (
            opens
            and len(words) == 2
            and words[0] in ("Who", "What")
            and re.fullmatch(r"[A-Z][a-z]+s", words[1])
            and len(re.findall(rf"\b{words[1]}\b", self.text)) == 1
        ):
            return ""  # "Who Books the Meeting?": a question's verb, said once

        while words and (
            (
                words[0] in _NOT_NAMES
                and (opens or words[0] not in _OPENERS)
                # "At The New York Times": "The" belongs to a paper's name
                and not (words[0] == "The" and len(words) >= 3 and _PUBLICATION.search(words[-1]))
                # "Jan Koum": a first name that is also a month's short form
                and not (len(words) == 2 and len(words[0]) <= 4 and words[0] in FIRST_NAMES)
                # "That specialist, Second Spectrum, still trades", "at First Republic": an
                # ordinal mid-sentence opens a name
                and not (not opens and words[0] in ("First", "Second", "Third") and len(words) >= 2)
                # "For Japan Tobacco, the change": a country and a common word are a name
                # ("China Mobile"), when the word names no organisation on its own
                and not (
                    len(words) == 2
                    # ("UK Coal", "US Airways")
                    and (words[0].casefold() in COUNTRY_WORDS or words[0] in COUNTRY_INITIALS)
                    and words[1] not in _NOT_NAMES
                    and words[1].casefold() not in PLACES | COUNTRY_WORDS
                    and not self.vocabulary.entity(words[1])
                    and words[1] not in self.known
                )
            )
            # "Sadly Mozilla also laid off", "Similarly, ...": an adverb opening the sentence
            # (not "Dentsply Sirona", written so mid-sentence or as a list heading)
            or (
                opens
                and words[0].endswith("ly")
                and words[0][1:].islower()
                and not re.search(
                    rf"(?:[a-z,;][^\S\n]|\d[.)][^\S\n]){re.escape(' '.join(words[:2]))}\b",
                    self.text,
                )
            )
            or (len(words) > 1 and words[0].lower() in _DESCRIPTORS and words[1] != "of")
            # "Engineers of Zalando": "of" left at the front once "Engineers" is gone
            # (not a brand of letters joined by "&" or dots: "a&o Hostels", "e.l.f. Beauty")
            or (len(words) > 1 and words[0].islower() and words[0].isalpha())
        ):
            words = words[1:]
        return " ".join(words)

    def listed_opening(self, end: int) -> str | None:
        """The organisation an opening (the text before `end`) writes with its listing,
        as a company's own release does: "Uber Technologies, Inc. (NYSE: UBER) today
        announced", "Duolingo (NASDAQ: DUOL) is"."""
        for m in NAME.finditer(self.text, 0, end):
            legal = _LEGAL_AFTER.match(self.text, m.end())
            if not _TICKER_AFTER.match(self.text, legal.end() if legal else m.end()):
                continue
            name = self.canonical(self.clean(m.group(), opens=False))
            entity = self.vocabulary.entity(name)
            return entity.name if entity else name or None
        return None

    def _opens_measure(self, start: int, end: int, opens: bool) -> bool:
        """Is the word at start..end the first of a measure the vocabulary names word for
        word ("Net income was", "Remaining performance obligations")? Mid-sentence only if
        the article also writes the word in lower case (highlights run together)."""
        word = self.text[start:end]
        after = _LOWER_WORDS_AFTER.match(self.text, end)
        if " " in word or after is None or not (opens or self.written_lower(word)):
            return False
        words = [word.casefold(), *after.group(1).split()]
        return any(
            " ".join(words[:n]) in self.vocabulary.synonyms for n in range(len(words), 1, -1)
        )

    def _measure_tail(self, words: list[str]) -> int | None:
        """Where the name's last two or more words begin when they are a measure the
        vocabulary names word for word ("Gross Bookings", "Monthly Active Users"), or its
        last word when that is a measure's initials ("Consolidated GMS"), unless the whole
        is an organisation the vocabulary knows."""
        if len(words) < 2 or self.vocabulary.entity(" ".join(words)):
            return None
        synonyms = self.vocabulary.synonyms
        for cut in range(len(words) - 1):
            if " ".join(words[cut:]).casefold() in synonyms:
                return cut
        if re.fullmatch(r"[A-Z]{2,6}s?", words[-1]) and words[-1].casefold() in synonyms:
            return len(words) - 1  # "Consolidated GMS was $3 billion": a measure's initials
        return None

    def is_person(self, start: int, end: int, name: str) -> bool:
        if name in self.persons:
            return True
        words = name.split()
        if self.vocabulary.entity(name) or _ORG_SUFFIX.search(name):
            return False
        if _described_as_firm(self.text, end):
            return False
        if self.heads_section(name):
            return False  # "2. Martin Marietta": a list's entry is a firm, first name or not
        if "&" in name or (len(words) > 1 and self._common_plural(words[-1])):
            return False  # "P&O Ferries wrote its new app": a firm's name
        if len(words) > 1 and (
            words[0] in COUNTRY_INITIALS or words[0].casefold() in COUNTRY_WORDS
        ):
            return False  # "UK Coal said", "China Mobile said": a country opens no person's name
        if _ORG_NOUN_BEFORE.search(self.text, max(0, start - 40), start):
            # "mortgage lender Bradford & Bingley and housebuilder George Wimpey": a firm's
            # noun as its title (not "the B corporation Andy Hunter launched")
            return False
        # "Deputy Prime Minister Abdullatif Sener", "Mr Van de Vijver", "President Nestor
        # Kirchner of Argentina": a title before a name makes it a person's
        if _TITLED.match(self.text, start, end) and not self._firm_anywhere(name):
            return True  # (but "Mr. Cooper, the Dallas mortgage servicer": a firm's name)
        # "Elon Musk", "Daniel Ek": a common first name before a surname
        capitalised = all(w[0].isupper() for w in words)
        if 2 <= len(words) <= 3 and words[0] in FIRST_NAMES and capitalised:
            return True
        # "said Achebe, 47,", "his brother Nikolai": one name with an age or a relative is a
        # person too
        if len(words) < 2:
            person = bool(
                # (not "According to the engineers of Airbnb, 38% of the bugs": a share)
                _AGE_AFTER.match(self.text, end)
                or _RELATIVE_BEFORE.search(self.text, max(0, start - 30), start)
            )
        else:
            person = self._reads_as_person(start, end, words)
        # "In 2024 De Beers said" where the article wrote "De Beers, founded in 1888":
        # described as a firm anywhere, the name is no person where it "said"
        return person and (words[0] in FIRST_NAMES or not self._firm_anywhere(name))

    def in_numbered_name(self, position: int) -> bool:
        """Is the character at `position` part of a name with a number in it ("the 247 of
        247 Blinds", "Six" of "Six Flags", "38 Degrees" under its heading), so no figure?"""
        if self._numbered_spans is None:
            self._numbered_spans = [
                m.span()
                for name, pattern in self.literal_names.items()
                if name in self.numbered_names or any(ch.isdigit() for ch in name)
                for m in pattern.finditer(self.text)
            ]
        return any(start <= position < end for start, end in self._numbered_spans)

    def heads_section(self, name: str) -> bool:
        """Is the name a section heading's ("3. Knife River"), so a listed firm's?"""
        return any(name == heading.name for _, _, heading in self.headings)

    def _firm_anywhere(self, name: str) -> bool:
        """Does the article describe the name as a firm wherever it writes it?"""
        if name not in self._firm_names:
            self._firm_names[name] = any(
                _described_as_firm(self.text, m.end()) or _FIRM_ONLY_AFTER.match(self.text, m.end())
                for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", self.text)
            )
        return self._firm_names[name]

    def _reads_as_person(self, start: int, end: int, words: list[str]) -> bool:
        """What the words around a name of two or more words say of it being a person's."""
        return bool(
            _PERSON_AFTER.match(self.text[end : end + 40])
            # "Jack Dorsey, whose ..." (not "Advance Auto Parts, whose Carquest brand")
            or (
                len(words) == 2
                and self.text.startswith((", whose ", ",whose "), end)
                # (not "is Pitney Bowes, whose meters sit in": no first name)
                and words[0] in FIRST_NAMES
                and not self.written_lower(words[-1])
                # (not "Bending Spoons, whose apps have been downloaded": a firm's)
                and not _FIRMS_OWN_AFTER.match(self.text, end)
            )
            or _PERSON_BEFORE.search(self.text[max(0, start - 60) : start])
            # "Pieter Geelen, Harold Goddijn and Corinne Vigreux started TomTom": founders
            or (len(words) == 2 and _FOUNDERS_AFTER.match(self.text, end))
        )

    def canonical(self, name: str) -> str:
        """The name the article's claims go under: the vocabulary's, or the form the
        article calls the firm by."""
        entity = self.vocabulary.entity(name)
        if entity:
            return entity.name
        full = self._canonical(name)
        return self._short_of_registered(full) or full

    def _spelled_out(self, short: str, *, earlier: bool) -> str | None:
        """The full name `short` is the initials of: among the article's full names, or,
        `earlier`, any name it wrote out before its first "short" (also in the house
        style that writes initials as a word: "British American Tobacco ... Bat said")."""
        first = self.text.find(short)
        candidates: list[str] = []
        if earlier and 3 <= len(short) <= 5 and short.istitle() and short.isalpha():
            short = short.upper()
            # (the full name may stand where no figure made it read)
            candidates = [
                m.group() for m in _CAPITALISED_RUN.finditer(self.text, 0, max(first, 0))
            ]
        if not (short.isupper() and 2 <= len(short) <= 5):
            return None
        if not earlier:
            return next((f for f in reversed(self.full_names) if abbreviates(short, f)), None)
        candidates += [*reversed(self.full_names), *sorted(self.known, key=len, reverse=True)]
        return next(
            (f for f in candidates if abbreviates(short, f) and 0 <= self.text.find(f) < first),
            None,
        )

    def _short_of_registered(self, name: str) -> str | None:
        """ "Toray Industries, Inc. ... Toray said": a firm introduced by its registered
        name and then called by its first words goes by those words, as readers (and
        writers' gold) call it."""
        if name not in self.registered or " " not in name:
            return None
        if name not in self._short_forms:  # (canonical() asks at every mention)
            self._short_forms[name] = self._short_form(name)
        return self._short_forms[name]

    def _short_form(self, name: str) -> str | None:
        words = name.split()
        best, count = None, 0
        for n in range(len(words) - 1, 0, -1):
            short = " ".join(words[:n])
            if (
                n == 1
                and (
                    short in _NOT_NAMES
                    or short.casefold() in PLACES | COUNTRY_WORDS
                    or self.written_lower(short)
                )
            ) or _ORG_SUFFIX.fullmatch(words[n - 1]):
                continue
            if not all(w in _GENERIC_REST for w in words[n:]):
                # ("Doosan Fuel Cell Co., Ltd. ... Doosan": the group, another firm)
                continue
            alone = len(re.findall(
                rf"(?<![\w'’&+.-]){re.escape(short)}"
                rf"(?![\w&+-]|[^\S\n]+[A-Z&+])",
                self.text,
            ))
            if alone > count:
                best, count = short, alone
        return best

    def _canonical(self, name: str) -> str:
        short = name.rsplit(" ", 1)[0]
        if (
            name.endswith((" Corporation", " Corp.", " Corp"))
            and not name.startswith("The ")
            and re.search(rf"(?<![\w'’-]){re.escape(short)}(?![^\S\n]+[A-Z]|[\w-])", self.text)
        ):
            # "Nidec Corporation, the Kyoto company ... Nidec booked sales": the name the
            # article goes on to use
            return self.canonical(short)
        if name in self.abbreviations:  # "Amazon Web Services (AWS)" ... "AWS"
            return self.canonical(self.abbreviations[name])
        if name in self.known_as and self.known_as[name] != name:
            return self.canonical(self.known_as[name])
        # "mortgage lender Bradford & Bingley ... B&B said": initials of a name the article
        # wrote out before it
        spelled = self._spelled_out(name, earlier=True)
        if spelled:
            return spelled
        if name in self.as_written:
            # "UPS, the United Parcel Service, ...", "Duolingo ... Super Duolingo": the
            # form the article named first stays the name
            return name
        if name.isupper() and f"{name}.com" in self.as_written:
            return f"{name}.com"  # "JD.com from Beijing ... JD made revenue of"
        spelled = self._spelled_out(name, earlier=False)  # "Electronic Arts ... EA reported"
        if spelled:
            return spelled
        for full in reversed(self.full_names):
            # "Teams" -> "Microsoft Teams"; "Epic" -> "Epic Games", "Delta" -> "Delta Air Lines";
            # "The Times" -> "The New York Times"
            if full.endswith(" " + name) or (
                name.startswith("The ") and full.startswith("The ") and full.endswith(name[3:])
            ) or (
                " " not in name
                and full.startswith(name + " ")
                and _SHORT_FORM_REST.fullmatch(full[len(name) + 1 :])
                # "Alibaba Group ... Alibaba has": the group is called by its short name
                and full[len(name) + 1 :] != "Group"
            ) or (
                # "3. Shearwater GeoServices / ... Shearwater's revenue slipped 6%": the
                # list entry's name, which its first word stands for
                " " not in name
                and full.startswith(name + " ")
                and self.heads_section(full)
            ):
                return full
        if " " in name:
            self.full_names.append(name)
        self.as_written.add(name)
        return name

    def read(self, sentence: Span) -> Reading:
        """Organisations and pronouns in the sentence, in text order, and what else the
        names in it tell the focus (`Reading`)."""
        text = self.text
        for first, last, heading in self.headings:
            if first <= sentence.start and sentence.end <= last:
                if not sentence.start <= heading.start < sentence.end:
                    return Reading([], heading=True)  # the "4." before the name
                if " " in heading.name:
                    self.full_names.append(heading.name)
                # "1. UFC / The Ultimate Fighting Championship is ... UFC contributed": the
                # list's name for it is a name the article has written
                self.as_written.add(heading.name)
                if not heading.name:  # "Conclusion": no organisation is in focus any more
                    return Reading([], heading=True, section_ends=True)
                return Reading([heading], heading=True)
        reading = Reading([])
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self.vocabulary.entity_pattern.finditer(text, sentence.start, sentence.end):
            product = _PRODUCT_OF.match(text, m.end())
            if product and not (
                product.group(1) in _NOT_NAMES
                or _ORG_SUFFIX.fullmatch(product.group(1))
                or _SHORT_FORM_REST.fullmatch(product.group(1))
                # "Alphabet's Google Cloud unit": a part, counted with its owner
                or re.match(r"\s+(?:unit|arm|division|business|segment)\b", text[product.end() :])
            ):
                continue  # "Google Pay", "YouTube Music": a product named after its maker
            entity = self.vocabulary.entity(m.group())
            if entity and not self.excluded(m.start(), m.end(), sentence, vocab=True):
                found.append(Mention(m.start(), m.end(), entity.name))
            taken.append((m.start(), m.end()))
        for literal, pattern in self.literal_names.items():
            for m in pattern.finditer(text, sentence.start, sentence.end):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    found.append(Mention(m.start(), m.end(), literal))
                    taken.append((m.start(), m.end()))
        numeric = _NUMERIC_NAME.match(text, sentence.start, sentence.end)
        if numeric:
            # "99 is the Brazilian ride app which DiDi bought": a company named by a number
            name = numeric.group(1)
            self.numeric_names.add(name)
            found.append(Mention(numeric.start(1), numeric.end(1), name))
            taken.append(numeric.span(1))
        title = is_title(text[sentence.start : sentence.end])
        consumed = -1  # where a brand read with its 's ends ("Domino's Pizza")
        for m in NAME.finditer(text, sentence.start, sentence.end):
            if m.start() < consumed or _PLACE_COMPOUND_REST.match(text, m.end()):
                # ("the Hong Kong-listed Chow Tai Fook": "Hong" opens a compound adjective)
                continue
            raw = m.group()
            opens = starts_sentence(text, sentence.start, m.start())
            # "Brainly, the homework community from Poland, is used by": a name in -ly
            # followed by its verb, not an adverb opening the sentence ("Sadly Mozilla")
            ly_name = opens and _LY_NAME.fullmatch(raw) and _SUBJECT_VERB_AFTER.match(text, m.end())
            name = self.clean(raw, opens=opens and not ly_name)
            if not name or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if title and (
                text[sentence.start : sentence.end].strip(" .") != raw
                or len(raw.split()) > 4
                or _SECTION_WORDS.intersection(raw.split())
            ):
                continue
            start = m.start() + raw.index(name)
            end = start + len(name)
            # ("Kao Corporation of Tokyo, maker of Bioré": past its home town too)
            rest = _without_home_town(text[end : m.end()].split())
            if all(w in _CORPORATE_TAIL for w in rest):
                # "Aena S.M.E., S.A. runs 46 airports": the legal forms before its verb
                end = m.end()
                while legal := _LEGAL_AFTER.match(text, end):
                    end = legal.end()
                    # ("Brother Industries, Ltd. of Nagoya began": and its home town)
                    end = (_HOME_TOWN_AFTER.match(text, end) or legal).end()
            if (
                opens
                and (
                    raw.split()[0] in _NUMBER_WORDS
                    or (
                        raw.split()[0] in _OPENERS - _ARTICLES
                        and " " in name
                        # ("At Imperial Brands, the Bristol maker": a preposition is none)
                        and raw.split()[0].lower() not in _PREPOSITIONS
                        # ("Take Welspun Living, the Indian group": an imperative brings
                        # the example in)
                        and raw.split()[0] not in ("Take", "Consider", "Enter")
                    )
                )
                and raw.split(" ", 1)[-1] == name
                and _described_as_firm(text, end)
            ):
                # "Two Sigma is a New York hedge fund", "Just Eat Takeaway, the Dutch-British
                # delivery group, made": a name that opens on a number word or an opener
                name, start = raw, m.start()
            first = opens and start == m.start()
            if _PUBLICATION.match(name) and text[max(0, start - 4) : start] == "the ":
                name = "The " + name  # "At the Guardian": the paper, as it names itself
            if (
                (
                    _NAME_WITH_S.match(text, end)
                    # "employees in McDonald's restaurants" where "at McDonald's." says
                    # the 's is the name's own (not "Domino's Pizza": a name goes on)
                    or (_OWN_S.match(text, end) and self._named_with_s(name))
                )
                and not re.search(
                    # (not "Outdoorsy's hosts list", where the article also says "Outdoorsy")
                    # (nor a person's name: "Byju Raveendran" beside "Byju's")
                    rf"(?<![\w'’]){re.escape(name)}(?![\w'’])(?![^\S\n]+[A-Z])",
                    text,
                )
                # (nor "Caliber's estimated revenue" after "Caliber Collision": its short name)
                and not any(
                    f.startswith(name + " ") and f not in self.persons for f in self.full_names
                )
            ):
                name, end = name + text[end : end + 2], end + 2
            firm = _S_THEN_FIRM_WORD.match(text, end)
            if firm:
                # "The Brink's Company": the 's is the name's, the firm word its registered form
                name, end = name + text[end : end + 2], firm.end()
                consumed = end
            brand = _BRAND_WITH_S.match(text, end)
            if brand and (
                self.written_lower(brand.group(1)) or self.written_lower(brand.group(1) + "s")
            ):
                # "Domino's Pizza runs over 20,000 stores": a brand with a common noun
                name, end = name + brand.group(), brand.end()
                consumed = end
            shop = _FIRST_NAME_S.match(text, end)
            if (
                shop
                and (
                    name in FIRST_NAMES
                    # "For Nature's Path, a family-owned organic maker": the whole, described
                    # as a firm
                    or (" " not in name and _FIRM_APPOSITIVE.match(text, shop.end()))
                )
                and name.casefold() not in PLACES
                and not TECHNOLOGIES.intersection(shop.group(1).split())
            ):
                # "David's Bridal", "Dick's Sporting Goods": a first name's 's opens a shop's
                # name; a person's possessive names the person in full ("Jeff Bezos's")
                name, end = name + shop.group(), shop.end()
                consumed = end
            # "6. Knife River": a list entry's heading names a firm, whatever its last word
            heading_name = self.heads_section(name)
            if (
                name in _NOT_NAMES
                or name.casefold() in PLACES
                or (_EVENT_NAME.search(name) and not heading_name)
                or (
                    (region := _REGION_OF_PLACE.fullmatch(name)) is not None
                    and region.group(1).casefold() in PLACES
                )
            ):
                continue
            if name in self.places:  # "Halbury, a former mill town of about 46,000 people"
                continue
            if _PAST_NAME_BEFORE.search(text, max(0, start - 40), start):
                continue  # "Quadient, the French group known until 2020 as Neopost": its past
            if _COMMON_LIST_BEFORE.search(
                text, max(0, start - 30), start
            ) and _COMMON_LIST_AFTER.match(text, end):
                continue  # "stages mixed martial arts, Muay Thai and kickboxing": a kind of thing
            if (
                _TOOL_BEFORE.search(text, max(0, start - 40), start)
                and not self.vocabulary.entity(name)
                and not heading_name
            ):
                continue  # "dashboards built in Python and Streamlit": a tool beside a tool
            if (
                _GEOGRAPHY.search(name)
                and name.istitle()  # (not "Chicken of the Sea", a brand)
                and not self.vocabulary.entity(name)
                and not heading_name
            ):
                continue  # "On the Faroe Islands, engineers at Bakkafrost": a place
            if name in DEMONYMS and not self.vocabulary.entity(name):
                continue  # "the French construction giant Vinci": an adjective, not a firm
            if (
                " " not in name
                and _PLACE_POSSESSIVE.match(text, end)
                and not self.vocabulary.entity(name)
                and not self.named_again(name)
            ):
                continue  # "owned by Birmingham's Mobico Group": where the group is from
            # "Cyberpunk 2077 has sold 25 million copies": a numbered product as subject
            numbered = _NUMBERED_SUBJECT.match(text, end)
            if first and _MAKERS_APP.match(text, end) and text[start - 1 : start] == "\n":
                # "Tesla mobile app, that lets owners unlock their car, is built with
                # React Native. The electric car maker ...": the paragraph's maker
                reading.makers.append(self.canonical(name))
                continue
            if first and _PRODUCT_NOUN_AFTER.match(text, end):
                continue  # "Premium subscriptions generated most of it": a product
            if (
                first
                and " " in name
                and name.split()[0] in FIRST_NAMES
                and not _described_as_firm(text, end)
                and "&" not in name  # ("Ben & Jerry's runs 600 shops": two founders' firm)
                # ("2. Martin Marietta / Martin Marietta operates in 28 states": a list's entry)
                and not self.heads_section(name)
            ):
                continue  # "David Heinemeier Hansson extracted the framework": a person
            if first and numbered and name not in _NOT_NAMES:
                name, end = f"{name} {numbered.group(1)}", numbered.end(1)
            elif first and not self._opens_as_subject(name, start, end):
                continue
            if re.fullmatch(
                r"[\"“]?(?:Called|Named|Dubbed)[^\S\n]+", text[sentence.start : start]
            ) and text.startswith(",", end):
                # "Called Priority Pass, the programme opens ...": the name of the subject
                found.append(Mention(start, end, self.canonical(name)))
                continue
            if self.excluded(start, end, sentence, vocab=False):
                if _CALLED_BEFORE.search(
                    text, max(sentence.start, start - 60), start
                ) and name not in self.known_as.values():
                    # "a platform called Michelangelo": no mention, but its maker's product,
                    # so that "Michelangelo was built with Java ... The company" stays theirs
                    reading.called.append(name)
                continue
            found.append(Mention(start, end, self.canonical(name)))
        for m in _PRONOUN.finditer(text, sentence.start, sentence.end):
            inside = [f for f in found if m.start() <= f.start and f.end <= m.end()]
            found = [f for f in found if f not in inside]
            if (
                inside
                and (
                    inside[0].start == m.start() + 4  # "The Spotify Android app"
                    # "The whole Block group has 12,000 employees"
                    or (inside[0].name in self.known and _OWNER_NOUNS.search(m.group()[-12:]))
                )
                and text[inside[0].end : inside[0].end + 1] == " "  # not "the San Jose-based"
                and (
                    self.vocabulary.entity(inside[0].name) is not None
                    # "The Airbnb iOS app": a product's description names its maker (not
                    # "3. eToro / The Tel Aviv social trading platform", a place named once
                    # under another organisation's heading)
                    or (
                        inside[0].name in self.known
                        and _PRODUCT_DESCRIPTOR.search(m.group())
                        and (
                            self.section(sentence.start) in (None, inside[0].name)
                            or self.named_again(inside[0].name)
                        )
                    )
                )
                and m.group().lower().startswith("the ")
            ):
                # "The Spotify Android app was started in Java": the name it describes
                found.append(Mention(m.start(), m.end(), inside[0].name))
            elif (
                len(inside) == 1
                and inside[0].end == m.end()
                and inside[0].start == m.start() + 4
                and " " in inside[0].name
                and _is_nationality(inside[0].name.split()[0])
                and re.search(r"\s[A-Z]\w*$", text[m.start() : m.end()])
            ):
                # "The German DHL Group employs": a name after its nationality, ending on
                # its own org noun (but "the European Central Bank", "the Asian Development
                # Bank": an institution whose name is only common words keeps its place)
                name = inside[0].name.split(" ", 1)[1]
                if all(w in _INSTITUTION_WORDS for w in name.split()):
                    name = inside[0].name
                entity = self.vocabulary.entity(name)
                name = entity.name if entity else name
                found.append(Mention(inside[0].start, inside[0].end, name))
            elif (
                len(inside) == 1
                # ("The Magnum Ice Cream Company": a name that keeps its "The")
                and inside[0].start == m.start() + 4 * (not inside[0].name.startswith("The "))
                and m.group().lower().startswith("the ")
                and re.sub(r"['’]s$", "", m.group()).endswith(("Company", "Corporation", "Group"))
                and re.sub(r"['’]s$", "", text[inside[0].end : m.end()])
                in ("", " " + re.sub(r"['’]s$", "", m.group()).split()[-1])
            ):
                # "The Coca-Cola Company", "The Lufthansa Group", "the Ironman Group's
                # races": the capitalised noun makes it a name, not "the ... company"
                name = self._the_common_firm(m) or inside[0].name
                found.append(Mention(m.start(), m.end(), name))
            elif not inside and (name := self._the_common_firm(m)):
                found.append(Mention(m.start(), m.end(), name))
            elif brand := _BRAND_APP.fullmatch(m.group()):
                # "launched the Robinhood app in 2015": the app names its maker
                name = brand.group(1)
                if (
                    name in _NOT_NAMES  # (technologies included)
                    or name.casefold() in PLACES
                    or _is_nationality(name)  # "The French app happn"
                ):
                    found.append(Mention(m.start(), m.end(), "", pronoun=True))
                else:
                    found.append(Mention(m.start(), m.end(), self.canonical(name)))
            else:
                found.append(Mention(m.start(), m.end(), "", pronoun=True))
        # "Their search engine combine flights from 750 carriers": a sentence opening
        # with "Their" in a paragraph about an organisation means it
        their = re.match(r"[\"“]?Their\b", text[sentence.start : sentence.start + 7])
        if their:
            found.append(Mention(sentence.start, sentence.start + their.end(), "", pronoun=True))
        # "Engineers there say roughly 85% of the shared core is Swift": "there" is the
        # organisation the paragraph is at
        for m in _STAFF_THERE.finditer(text, sentence.start, sentence.end):
            found.append(Mention(m.start(1), m.end(1), "", pronoun=True))
        # '"We now have 9,000 engineers," said Achebe': in a quote, "we" is the speaker's
        # organisation
        for m in _WE.finditer(text, sentence.start, sentence.end):
            if self.in_quote(m.start()) or self.company_voice:
                found.append(Mention(m.start(), m.end(), "", pronoun=True))
        for m in _MARKET.finditer(text, sentence.start, sentence.end):
            if text[max(sentence.start, m.start() - 2) : m.start()] == ", ":
                continue  # "Revenue per available room, the industry's main measure, rose"
            found.append(Mention(m.start(), m.end(), "", pronoun=True, market=True))
        # "MUNICH, Feb 23 (Business Desk) - Allianz said ...": a dateline names no subject
        dateline = _DATELINE.match(text, sentence.start, sentence.end)
        if dateline:
            found = [f for f in found if f.start >= dateline.end()]
        found.sort(key=lambda x: x.start)
        # "4. Twitch ... Amazon's live streaming platform averages": under another
        # organisation's heading, an owner's description of its product is that product
        section = self.section(sentence.start)
        if found and section and not found[0].pronoun and found[0].name != section:
            described = _OWNER_DESCRIBES.match(text, found[0].end)
            if (
                self.opens_sentence(found[0].start)
                and described
                # (not "Zensho's group sales topped": "group" then tells whose sales)
                and not _GROUP_FIGURE.match(text, described.end())
            ):
                found[0] = Mention(found[0].start, described.end(), "", pronoun=True)
        reading.mentions = self._pronouns_named(found)
        return reading

    def _comma_after(self, end: int) -> bool:
        """A comma right after the name, or after where it is from ("CCP Games from
        Reykjavik, has")."""
        origin = _FROM_PLACE.match(self.text, end)
        return self.text.startswith(",", origin.end() if origin else end)

    def _pronouns_named(self, found: list[Mention]) -> list[Mention]:
        """ "The company behind it, Snap, had ...", "The retailer, Walmart, runs": a
        pronoun whose appositive names it stands for that name; "Zalando, the Berlin
        online retailer that": a description in apposition stands for the name before it."""
        out: list[Mention] = []
        skip_to = -1
        for i, f in enumerate(found):
            if f.start < skip_to:
                continue
            after = _NAMED_AFTER.match(self.text, f.end) if f.pronoun and not f.market else None
            named = after and next(
                (
                    g
                    for g in found[i + 1 :]
                    if not g.pronoun
                    and g.start == after.end()
                    and self._comma_after(g.end)
                ),
                None,
            )
            if named and self.text[f.start : f.start + 4].lower() == "the ":
                out.append(Mention(f.start, named.end, named.name))
                skip_to = named.end
            elif (
                f.pronoun
                and not f.market
                and out
                and not out[-1].pronoun
                # (not "Founded ... by Milda Mitkutė and Justas Janauskas, the marketplace")
                and out[-1].name not in self.persons
                and out[-1].name.split()[-1] not in self.persons
                and not re.search(
                    r"\bby\s+[^,.;]{0,40}$", self.text[max(0, out[-1].start - 60) : out[-1].start]
                )
                and self.text[out[-1].end : f.start] == ", "
                and self.text[f.start : f.start + 4] == "the "
            ):
                # "Zalando, the Berlin online retailer that delivers to 25 markets": the
                # description names the organisation before it
                out.append(Mention(f.start, f.end, out[-1].name))
            else:
                out.append(f)
        return out

    def section(self, position: int) -> str | None:
        """The organisation whose heading the text at `position` stands under, if any: in a
        listicle ("4. Twitch") pronouns and descriptions mean it, whatever else is named."""
        current: str | None = None
        for first, _, heading in self.headings:
            if first > position:
                break
            current = heading.name or None
        return current

    def in_quote(self, position: int) -> bool:
        start = self.text.rfind("\n", 0, position) + 1
        before = self.text[start:position]
        straight = before.count('"') % 2 == 1
        return straight or before.count("“") > before.count("”")

    def written_lower(self, name: str) -> bool:
        """Does the article also write the name in lower case ("advertising")?"""
        if self._lower_words is None:
            # not a web address ("walmart.com", "www.ebay.co.uk"): that is the brand's
            self._lower_words = set(
                re.findall(r"(?<![\w./@])[a-z][\w'’-]*(?!['’-]?\w|\.[a-z]{2,}\b)", self.text)
            )
        if " " not in name:
            return name.lower() in self._lower_words
        return bool(re.search(rf"(?<![\w.]){re.escape(name.lower())}(?![\w])", self.text))

    def _the_in_name(self, name: str) -> bool:
        """Does the article write the name with a capital "The" mid-sentence ("run by The
        Knot Worldwide"), or is it "The" and one word as a heading ("3. The AA", not "6. The
        American Red Cross")? Then "The" is part of it."""
        heading = len(name.split()) == 2
        # "The Gym Group": "The" before a common noun the article writes in lower case is
        # a firm's name's own ("Gym Group" is no name without it)
        # (a firm's: not "The Music Genome Project", a product)
        common = (
            len(name.split()) >= 3
            and self.written_lower(name.split()[1])
            and bool(_ORG_SUFFIX.search(name))
        )
        name = re.escape(name)
        return common or bool(
            re.search(rf"[a-z,;:][^\S\n]{name}(?![\w-])", self.text)
            or (
                heading
                and re.search(rf"^(?:\d{{1,2}}\.[^\S\n]+)?{name}[^\S\n]*$", self.text, re.M)
            )
        )

    def _written_alone(self, words: list[str]) -> bool:
        """Is "The <words> Company" called something shorter: the words, or two or more of
        the first of them, without "The" and the firm word ("Coca-Cola", "Davey Tree"), or
        its initials ("BBC")?"""
        for n in range(len(words), min(2, len(words)) - 1, -1):
            core = re.escape(" ".join(words[:n]))
            if re.search(
                rf"(?<![Tt]he )(?<![\w'’-]){core}(?![\w'’-])"
                rf"(?![^\S\n]+(?:Company|Corporation)\b)",
                self.text,
            ):
                return True
        whole = " ".join([*words, "Company"]), " ".join([*words, "Corporation"])
        return any(
            abbreviates(short, full)
            for short in set(re.findall(r"\b[A-Z]{2,6}\b", self.text))
            for full in whole
        )

    def _the_common_firm(self, m: re.Match[str]) -> str | None:
        """ "The Browser Company", "The Honest Company": a common word the article writes in
        lower case, between a capital "The" and a capitalised firm noun, is a whole name."""
        whole = re.fullmatch(r"The ([A-Z][a-z][\w-]*) (?:Company|Corporation)", m.group())
        if (
            whole
            and self.written_lower(whole.group(1))
            and not _is_nationality(whole.group(1))
            and whole.group(1).casefold() not in PLACES
        ):
            return whole.group()
        return None

    def _common_plural(self, word: str) -> bool:
        """Is the word the plural of a noun the article writes in lower case ("Ferries")?"""
        return word.endswith("s") and (
            self.written_lower(word[:-1])
            or (word.endswith("ies") and self.written_lower(word[:-3] + "y"))
        )

    @staticmethod
    def _joined_by_and(text: str) -> set[str]:
        """Names with "and" inside them ("Marks and Spencer has", "the Securities and
        Exchange Commission"), which the name pattern splits in two. Two organisations
        ("Apple and Google employ") take a plural verb, and an article names each on its
        own too; so only a phrase whose parts never stand alone is one name."""
        found = set()
        for m in _CAPS_AND_CAPS.finditer(text):
            left, right = m.group(1), m.group(2)
            words = left.split()
            while words and words[0] in _NOT_NAMES:  # (openers and technologies too)
                words = words[1:]  # "The Food and ...", "In Marks and ..."
            if not words or right.split()[0] in _NOT_NAMES:
                continue
            left = " ".join(words)
            whole = f"{left} and {right}"
            the = re.search(r"\b[Tt]he[^\S\n]+\Z", text[max(0, m.start(1) - 4) : m.start(1)])
            if not (
                _ONE_AFTER.match(text, m.end())
                or (the or words != m.group(1).split()) and _BODY_END.search(right)
            ):
                continue
            together = len(re.findall(rf"(?<![\w'’-]){re.escape(whole)}", text))
            if all(
                len(re.findall(rf"(?<![\w'’-]){re.escape(part)}(?![\w'’-])", text)) == together
                for part in (left, right)
            ):
                found.add(whole)
        return found

    def named_again(self, name: str) -> bool:
        """Is the name written (capitalised) more than once? A common word a sentence
        capitalises ("Few", "Subscription") rarely is; a name the article is about is."""
        return len(re.findall(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", self.text)) > 1

    def _verb_after_origin(self, end: int) -> bool:
        """ "Meituan from Beijing is the biggest ...": where it is from, then its verb."""
        origin = _FROM_PLACE.match(self.text, end)
        # ("América Movil from Mexico, owner of Telcel and Claro, has")
        return bool(
            origin
            and (
                _PREDICATE.match(self.text, origin.end())
                or _SUBJECT_AFTER.match(self.text[origin.end() : origin.end() + 160])
            )
        )

    def _opens_as_subject(self, name: str, start: int, end: int) -> bool:
        """Is the capitalised word(s) opening a sentence its subject, a name ("Tesla collects
        data"), not a common word the sentence capitalised ("Checkout is where sales die")?
        `end` is past any legal form ("Bunge Global SA, which moved ...")."""
        if name in _SECTION_WORDS:  # "Challenge: ...", "Results: ..." in a case study
            return False
        if name in self.known:
            return True
        if name in _COMMON_PLURALS:  # "Executives said ...", "Analysts expect ..."
            return False
        # "Subscriptions are the whole business at Babbel", "Algorithms also decide what
        # to offer at Opendoor": a plural noun takes a plural verb; a company takes "is"
        if re.fullmatch(r"[A-Z][a-z]+s", name) and _PLURAL_VERB_AFTER.match(self.text, end):
            return False
        # "Games made with Unity are played by billions": a plural noun, then a participle
        if re.fullmatch(r"[A-Z][a-z]+s", name) and re.match(
            r"[^\S\n]+(?:made|built|written|created|developed|designed|powered|played|used)"
            r"[^\S\n]+(?:with|by|in|on|for)\b",
            self.text[end:],
        ):
            return False
        # "Advertising made up 98%", "Streaming grew": a gerund is an activity
        # ("King", "Bing" are too short for one)
        # (but "Boeing", "Corning": the article writes them capitalised mid-sentence too)
        if (
            " " not in name
            and len(name) > 5
            and name.endswith("ing")
            and name[1:].islower()
            and not re.search(rf"[a-z,][^\S\n]+{name}(?:['’]s\b|[^\S\n]+[a-z])", self.text)
        ):
            return False
        # "eBay choose Node.js", "NASA use Python": capitals inside a word mark a brand
        if re.search(r"^[a-z]|[a-z][A-Z]|^[A-Z]{2,6}$", name) and re.match(
            r"[^\S\n]+[a-z]|,", self.text[end:]
        ):
            return True
        # "Adidas, the German sportswear brand, employs": described as an organisation
        if " " not in name and _DESCRIBED_AS_ORG.match(self.text, end):
            return True
        # "Checkout is where sales die": a word the article
        # also writes in lower case is a common word capitalised by the sentence
        if self.written_lower(name):
            return False
        # "Helicopter ambulances in rural America are flown by": a word written once,
        # describing the plural noun after it
        if (
            re.fullmatch(r"[A-Z][a-z]+", name)
            and not self.named_again(name)
            and re.match(
                r"[^\S\n]+[a-z]{3,}s(?:[^\S\n]+[\w-]+){0,3}?[^\S\n]+(?:are|were)\b",
                self.text[end:],
            )
        ):
            return False
        # "Bookings rose 11%" (the article writes "booking"), "Deliveries fell 3%": a plural
        # common noun, or a measure the vocabulary knows, opens the sentence
        if " " not in name and (
            self._common_plural(name) or self.vocabulary.metric_for_phrase(name) is not None
        ):
            return False
        # "Wise, known before as TransferWise, help people", "Cloudflare, with around 4,000
        # employees, stopped": a described name, then its (maybe misspelt) verb
        if (
            _APPOSITIVE_THEN_WORD.match(self.text, end)
            and " of " not in name  # "Parts of Titus, the in-house platform, use it"
            and not self.written_lower(name.split()[0])
        ):
            return True
        if self.vocabulary.metric_for_phrase(name.lower()):
            return False
        if self._verb_after_origin(end):
            return True
        after = self.text[end : end + 160]
        if _SUBJECT_AFTER.match(after) or _NOUN_THEN_VERB.match(after):
            return True
        # "Tesla collects data", "Airbnb lists homes": a present-tense verb and its object
        # (not "Few tools have spread", "Younger shoppers are": a noun, then its verb)
        verb = re.match(
            r"(?:,[^,.;\n]{1,80},)?[^\S\n]+([a-z]{3,}(?:s|ed))[^\S\n]+"
            r"(?!(?:have|has|are|is|were|was|can|could|will|would|may|might|do|did)\b"
            r"|[a-z]+ed[^\S\n]+by\b)[\w$]",  # (nor "Wind maps loved by sailors")
            after,
        )
        if (
            verb
            # at a paragraph's start, where a listicle names what the paragraph is about
            # (or a sentence's, with the verb's object a determiner: "Instacart solves this")
            and (
                self.text[max(0, start - 1) : start] in ("", "\n")
                # ("4. Ramsdens, from Middlesbrough, combines": a numbered entry's opening)
                or re.search(r"(?:^|\n)\d{1,2}[.)][^\S\n]+$", self.text[max(0, start - 6) : start])
                or (
                    self.text[max(0, start - 2) : start] == ". "
                    and re.match(r"\s+(?:this|these|that|the|its|their|a|an)\b",
                                 after[verb.end(1):])
                )
            )
            and name.lower() not in _MEASURE_ADJECTIVES
            and not self.vocabulary.metric_for_phrase(verb.group(1))
            and not self.written_lower(name)
        ):
            return True
        # "Etsy sellers generated $13 billion", "Acme drivers completed 5 million trips": the
        # name of the business whose people act (not "Premium subscribers pay": a measure)
        people = _ITS_PEOPLE_ACT.match(after)
        if (
            people
            and " " not in name
            and not name.endswith(("ing", "ly"))
            and name.lower() not in _MEASURE_ADJECTIVES
            and not self.vocabulary.metric_for_phrase(f"{name} {people.group(1)}".lower())
            # (nor "Event creators used it ... events in 180 countries": a common noun)
            and not self.written_lower(name)
            and not self.written_lower(name + "s")
        ):
            return True
        # "Roku and Fubo reported ...": two names, then their verb
        pair = _AND_NAME_THEN_VERB.match(after)
        if (
            pair
            and not self.written_lower(pair.group(1).split()[0])
            and pair.group(1) not in _COMMON_PLURALS | _NOT_NAMES
            and not self.vocabulary.metric_for_phrase(pair.group(1).lower())
        ):
            return True
        # "Acme revenue grew 12%": a name before the measure it reports, when the article
        # never writes that word in lower case (so it is not "Cloud revenue grew")
        measure = _MEASURE_VERB.match(after)
        return bool(
            measure
            # ("Subscription revenue grew 17%": a word capitalised once, by the sentence)
            and self.named_again(name)
            and self.vocabulary.metric_for_phrase(measure.group(1).lower())
            and not self.vocabulary.metric_for_phrase(f"{name} {measure.group(1)}".lower())
            and name.lower() not in _MEASURE_ADJECTIVES
            and not self.written_lower(name)
        )

    def _adjective_before_measure(self, start: int, end: int, sentence: Span) -> bool:
        """A word written nowhere else, capitalised only by opening the sentence, before a
        measure the vocabulary names: an adjective, not a firm ("Corporate revenue")."""
        word = self.text[start:end]
        if (
            " " in word
            or not word[1:].islower()  # ("PayPal employs": a brand's capitals)
            or not word.lower().endswith(_ADJECTIVE_ENDINGS)
            or not starts_sentence(self.text, sentence.start, start)
        ):
            return False
        if self.vocabulary.entity(word) or len(
            re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", self.text)
        ) > 1:
            return False
        after = _LOWER_WORDS_AFTER.match(self.text, end)
        if after is None:
            return False
        words = after.group(1).split()
        return any(
            self.vocabulary.metric_for_phrase(" ".join(words[:n])) for n in range(len(words), 0, -1)
        )

    def excluded(self, start: int, end: int, sentence: Span, vocab: bool) -> bool:
        text = self.text
        before = text[max(sentence.start, start - 60) : start]
        after = text[end : end + 3]
        if re.match(r"[^\S\n]*\d", after):  # "Pixel 8", "Boeing 737", "Fortune 500"
            return True
        if re.match(r"\$[^\S\n]?\d", after):  # "NT$2.16 trillion", "R$79.7 billion": a prefix
            return True
        if re.fullmatch(r"[A-Z]{2,5}s", text[start:end]):
            return True  # "buying old CDs and DVDs", "PDFs": a plural of common things
        if re.match(r"[^\S\n]+(?:market|index)\b", text[end : end + 8]):
            return True  # "floated on London's AIM market": a market, not a firm
        term = _BRACKETED_AFTER.match(text, end)
        if term and term.group(1) in _NOT_NAMES - COUNTRY_INITIALS:
            return True  # "Gross Merchandise Value (GMV)": a measure, spelt out
        if text[start:end] in self.segments and not vocab:
            return True  # "Mobility and Delivery revenue grew 23%": business lines
        if _STATE_AFTER.match(text, end) or _STATE.match(text, start):
            return True  # "The Los Gatos, Calif., company said": a town, by its state
        opens = starts_sentence(text, sentence.start, start)
        if not vocab and self._opens_measure(start, end, opens):
            return True  # "639 Forbes Global 2000 customers Remaining performance obligations"
        if self._adjective_before_measure(start, end, sentence):
            return True  # "Corporate revenue for the second quarter totaled $2.484 billion"
        if _LISTED_ON_BEFORE.search(before) and _EXCHANGE_NAME.fullmatch(text, start, end):
            return True  # "went public on Nasdaq at a valuation of": where, not who
        if _NEWS_AGENCY.fullmatch(text, start, end) and (
            _TOLD_BEFORE.search(before) or _REPORTED_AFTER.match(text, end)
        ):
            return True  # "told Reuters", "Reuters also said that": who reported, not who did
        if _TELLS_BEFORE.search(before) and _TELLS_WHAT_AFTER.match(text, end):
            return True  # "the startup tells TechCrunch that it closed": who listened
        if _BODY_NAME.search(text, start, end) and not (
            _BODY_NAME.match(text, start) and _BODY_WORD_OPENS_FIRM.fullmatch(text, start, end)
        ):
            return True  # "Airports Council International", "the Themed Entertainment Association"
        if _WORLD_BODY.match(text, start, end):
            return True
        if _CODE_AMOUNT.fullmatch(text, start, end):  # "revenue of RMB1.08 trillion"
            return True
        # 'Its slogan was "Share your journey"': the first word of a quoted phrase
        if text[start - 1 : start] in ('"', "“") and _LOWER_WORDS.match(text, end):
            return True
        # 'the "Catch Me Up" match summaries': a feature's title, quoted before a noun
        if (
            text[start - 1 : start] in ('"', "“")
            and text[end : end + 1] in ('"', "”")
            and " " in text[start:end]
            and _QUOTED_TITLE_NOUN.match(text, end + 1)
        ):
            return True
        # "have used 'Your Top Songs' and 'Spotify Wrapped' features": titles of
        # features, quoted wherever the article writes them
        if (
            text[start - 1 : start] in ("'", "‘", '"', "“")
            and text[end : end + 1] in ("'", "’", '"', "”")
            and " " in text[start:end]
            and not re.search(
                rf"(?<![\w'‘\"“]){re.escape(text[start:end])}(?![\w'’\"”])", text
            )
        ):
            return True
        # "in the Mid-Continent, Southwest and Rocky Mountain regions": regions' names
        if _REGIONS_AFTER.match(text, end):
            return True
        # "Life was not easy for it recently": a common noun opening the sentence
        if text[start:end] in ("Life", "Business", "Work") and re.match(
            r"\s+(?:was|is|has|had)\b", text[end : end + 8]
        ):
            return True
        # 'Markus "Notch" Persson wrote the first version': a person's nickname
        if (
            text[start - 1 : start] in ('"', "“")
            and text[end : end + 1] in ('"', "”")
            and re.search(r"\b[A-Z][a-z]+\s$", text[max(0, start - 20) : start - 1])
            and re.match(r"\s+[A-Z][a-z]+\b", text[end + 1 : end + 20])
        ) or re.search(r"\b[A-Z][a-z]+\s[\"“][A-Z][a-z]+[\"”]\s$", before):
            return True  # (and the surname after it)
        # "10 million TikTok followers", "its Dashers", "their Prime members": what is
        # counted or owned, not who states the figure
        if re.search(
            r"(?:\d[%\w]*|\b(?:its|it['’]s|their|his|her|our|your|my|whose|thousand|million|billion|"
            r"trillion))[^\S\n]+$",
            before,
            re.I,
        ) and not _YEAR_BEFORE.search(before) and not (
            # "Its Informa Markets division runs more than 450 shows": the unit is the
            # clause's subject, named
            re.search(r"\b(?:Its|Their)[^\S\n]+$", before)
            and _UNIT_THEN_VERB.match(text, end)
        ):
            if _COUNT_BEFORE.search(before):
                self.counted_names.append((start, end))  # (whose they are, if nobody else)
            return True
        # "a data company whose famous Terminal has 325,000 subscribers": what it owns
        if re.search(r"\bwhose\s+(?:[a-z]+\s+){1,2}$", before):
            return True
        # "AB Volvo, whose brands include Volvo Trucks, Renault Trucks and Mack, reported":
        # the rest of the list the owner's clause names
        if re.search(
            r"\bwhose\s+(?:[a-z]+\s+){1,2}(?:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*"
            r"(?:,\s+|\s+and\s+|,\s+and\s+))+$",
            before,
        ):
            return True
        # "Its API gateway, Zuul, handles": a name for something the organisation owns
        owned = re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+)?([\w-]+),\s+$", before, re.I)
        if (
            owned
            and not _OWNER_NOUNS.fullmatch(owned.group(1).lower())
            # (a time clause: "Only two years after its launch, GitHub Copilot counts")
            and not re.search(
                r"\b(?:after|since|before|until|following|within)\s+\S+\s+(?:\S+\s+)?\S+,\s+$",
                before,
                re.I,
            )
            and text.startswith(",", end)  # the appositive closes after the name
        ):
            return True
        possessed = re.search(r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+$", before)
        if possessed and not (
            _OWNER_NOUNS.fullmatch(possessed.group(1))
            or possessed.group(1) in _DESCRIPTORS
            # "At its peak EVE Online had": a time, not what it owns
            or re.search(
                r"\b(?:at|since|after|before|during|until|from)\s+\S+\s+\S+\s+$", before, re.I
            )
            # "share their homes on Airbnb": a preposition, not what they own
            or possessed.group(1) in _PREPOSITIONS
            # "Among its users is Energy Transfer": a verb, the name its subject
            or possessed.group(1) in ("is", "are", "was", "were", "include", "includes")
        ):
            return True  # "Its software MediaWiki is written in PHP"
        # "known internally as Monorail", "a client called Gibbon": a product's name (not
        # "a registered non-profit called Codeberg", "a startup called Acme": a firm's)
        if _CALLED_BEFORE.search(before) and not _FIRM_CALLED_BEFORE.search(before):
            return True
        # "The company became a Public Benefit Corporation": what it is, not who
        if re.search(r"\b(?:became|become|becomes|becoming)\s+(?:a|an)\s+$", before):
            return True
        # 'with the slogan "See what's next"': words of a slogan are no names
        if re.search(r"\b(?:slogan|motto|tagline)\s+[\"“][^\"”]{0,40}$", before, re.I):
            return True
        # "Founded in Malaysia in 2012 as MyTeksi, Grab moved", "Zomato started as Foodiebay
        # in 2008 and now it delivers": a former name
        if _FORMER_NAME_BEFORE.search(before) and (
            text.startswith(",", end) or re.match(r"\s+in\s+(?:19|20)\d\d\b", text[end : end + 9])
        ):
            return True
        if _TICKER_BEFORE.search(before) or (before.endswith("(") and text.startswith(":", end)):
            return True  # "Pinterest (NYSE: PINS)": a listing's exchange and symbol
        if re.search(
            r"\b(?:list|listed|listing|lists|debut|debuted|floated|trades|traded|trading)\s+"
            r"(?:its\s+shares\s+)?on\s+(?:the\s+)?$",
            before,
        ):
            return True  # "the first fintech to list on the NYSE": where, not who
        # "launched in 2014 under the name UberFRESH", "Flex, which went by the name
        # Flextronics until 2015": a former name
        if re.search(r"\b(?:under|(?:went|traded)\s+by)\s+the\s+name\s+(?:of\s+)?$", before):
            return True
        # "a Super Duolingo subscription", "the Prime Video app": a product, by its noun
        if re.search(r"\b(?:a|an|the)\s+$", before, re.I) and _PRODUCT_NOUN_AFTER.match(
            text, end
        ):
            return True
        # "the group's eCommerce arm": what an organisation already named owns
        if re.search(rf"\bthe\s+(?:[\w-]+\s+)?(?:{ORG_NOUNS})['’]s[^\S\n]+$", before, re.I):
            return True
        # "same-store sales rose 4.1%, Loblaw said, with pharmacy sales up 6.6%": who says
        # so, between commas, not whose figure it is
        if re.search(r",[^\S\n]+$", before) and re.match(
            r"[^\S\n]+(?:said|says|reported|reports|added|adds|noted|notes|estimated|estimates)"
            r"(?:[^\S\n]+(?:on|in|last|this)[^\S\n]+\w+)?[,.]",
            text[end : end + 30],
        ):
            return True
        source = _SOURCE_BEFORE.search(before)
        if source and not (
            # "Analysts at Kinder Morgan, the Houston-based group, rely on Python": its own
            # staff at work, not a source's estimate
            re.match(r"analysts?\s", source.group(), re.I)
            and STAFF_AT_WORK_AFTER.match(text, end)
        ):
            return True
        # "The company from Redmond, founded in 1975, employs": where it is from
        if _ORIGIN_BEFORE.search(before):
            return True
        # "founded by two Stanford professors", "former Google engineers": people described
        # by where they work or study
        if _PEOPLE_AFTER_NAME.match(text, end):
            return True
        if vocab:
            return False
        name = text[start:end]
        if (
            _PLACE_BEFORE.search(before)
            and not re.match(r"['’]s\b", after)
            # "growth came from Gravity Active Entertainment": a firm's name, no place's
            and not _ORG_SUFFIX.search(name)
            # "sell their spring harvest to Atlantic Sea Farms": a buyer, not a destination
            and not (
                _SOLD_TO_BEFORE.search(before)
                and name.casefold() not in PLACES
                and not _is_nationality(name.split()[0])
            )
            # "In Udemy there are over 75,000 instructors": where the figure is counted
            and not re.match(r",?\s+there\s+(?:are|is|were|was)\b", text[end : end + 12])
        ):
            return True
        # "beds in Melbourne, Sydney and Brisbane": the last of a list of places
        listed = _PLACE_LIST_BEFORE.search(before)
        if listed and any(
            w.strip().casefold() in PLACES for w in re.split(r",|\band\b|\bor\b", listed.group(1))
        ):
            return True
        # "runs smelters at Jebel Ali and Al Taweelah": the last of a list of sites
        if _SITE_LIST_BEFORE.search(before):
            return True
        # "in Lebanon, Indiana", "the Bethesda, Maryland-based company": places
        if (
            _PLACE_CHAIN.search(before)
            # "The biggest bank in America, JPMorgan Chase, employs": a described subject;
            # "With 9 million customers in the UK, Monzo is": the fronted phrase's subject
            and not (text.startswith(",", end) and _PREDICATE.match(text, end + 1))
            # "Founded in Malaysia and later moved to Singapore, Grab is": after a fronted clause
            and not (_opens_fronted(text, sentence.start) and _PREDICATE.match(text, end))
            # "Over in Berlin, N26 has": a fronted place, then the subject and its verb
            and not (
                _PREDICATE.match(text, end)
                and _PLACE_OPENING.fullmatch(text, sentence.start, start)
            )
        ) or text.startswith("-based", end):
            return True
        # "pads sold under the Textar and Mintex names": brands, sold by whoever is in focus
        if _UNDER_BRANDS_BEFORE.search(before) and _BRANDS_AFTER.match(text, end):
            return True
        # "Swiss Re estimates that insured losses ...": a source, not the figure's subject
        if _SOURCE_AFTER.match(text, end):
            return True
        if (name in self.persons or name.split()[-1] in self.persons) and not (
            # "Founded by Conrad Hilton in Texas in 1919, Hilton today has": the company
            # named after its founder, as the subject after a fronted clause
            re.match(
                rf"\s*(?:Founded|Started|Created)\s+by\s+[^,.;]*\b{re.escape(name)}\b",
                text[sentence.start : start],
            )
            and _PREDICATE.match(text, end)
        ):
            return True
        if name.endswith("ans") and name[1:].islower():  # "Americans", "Europeans"
            return True
        # "the fastest growing American ride share company": a nationality adjective
        # ("Meituan has", "Wuhan is" are subjects: a verb follows)
        if (
            (_is_nationality(name) or (_ADJECTIVE_LIKE.fullmatch(name) and len(name) >= 6))
            # (also before a quoted phrase: 'the Swedish "buy now, pay later" company')
            and re.match(r"\s+[\"“']?[a-z]", after)
            and not _PREDICATE.match(text, end)
            and not self._verb_after_origin(end)
        ):
            return True
        # "the Canadian software company": a capitalised modifier, not a name
        return bool(
            " " not in name
            # ("the popular MOOC platform": an adjective may stand before an acronym)
            and (_ARTICLE_ADJ_BEFORE if name.isupper() else _ARTICLE_BEFORE).search(before)
            and re.match(r"\s+[a-z]", text[end : end + 2])
            # not "Founded in 1922, the BBC built the first version": its verb follows
            and not (name.isupper() and _PREDICATE.match(text, end))
            # nor "Engineers at the WTA tell a similar story": a workplace, then the verb
            # of who works there (not "at the MOOC platform")
            and not (
                name.isupper()
                and _AT_THE_BEFORE.search(before)
                and _STAFF_VERB_AFTER.match(text, end)
            )
            # nor "Today the Post has 2.5 million": a short name of one the article named
            and not (
                _PREDICATE.match(text, end)
                and any(f.endswith(" " + name) for f in self.full_names)
            )
        )

    def appositives(self, found: list[Mention], sentence: Span) -> list[Mention]:
        """Mark mentions inside ", ..., " right after an organisation: that clause closes."""
        out: list[Mention] = []
        closes: int | None = None
        opener: int | None = None
        for mention in found:
            if closes is not None and mention.start >= closes:
                closes = opener = None
            if closes is not None and opener is not None and mention.start > opener:
                out.append(
                    Mention(mention.start, mention.end, mention.name, closes, mention.pronoun)
                )
                continue
            out.append(mention)
            # "América Movil from Mexico, owner of Telcel and Claro, has": after its origin
            origin = _FROM_PLACE.match(self.text, mention.end)
            at = origin.end() if origin and self.text.startswith(",", origin.end()) else mention.end
            # "The brand, founded in 1948 by Rudolf Dassler, has ...": a pronoun opens one too
            if (
                not mention.market
                and self.text.startswith(",", at)
                # "pay for the Bloomberg Terminal, and the company employs": a new clause
                and not _NEW_CLAUSE_AFTER.match(self.text, at)
                # "Unlike Uber, Lyft operates ...": the comma ends a fronted comparison
                and not _COMPARED_FIRST.fullmatch(self.text, sentence.start, mention.start)
            ):
                comma = self._appositive_end(at, sentence.end)
                if comma != -1:
                    opener, closes = at, comma
        # ", which includes Office and Windows, brought in $69 billion": a relative clause
        # that closes before a number says nothing about it
        for m in _RELATIVE.finditer(self.text, sentence.start, sentence.end):
            for i, mention in enumerate(out):
                if m.start() < mention.start < m.end() and mention.closes is None:
                    out[i] = Mention(
                        mention.start, mention.end, mention.name, m.end(), mention.pronoun
                    )
        return out

    def _appositive_end(self, start: int, end: int) -> int:
        """The comma that closes an appositive opened at `start`: the one the predicate
        follows ("Johnson & Johnson, the New Brunswick, New Jersey group, has ..."), else
        the first."""
        commas = [m.start() for m in _CLAUSE_COMMA.finditer(self.text, start + 1, end)]
        for comma in commas:
            if comma - start > 160:
                break
            if _PREDICATE.match(self.text, comma + 1):
                return comma
        return commas[0] if commas else -1

    def opens_sentence(self, position: int) -> bool:
        # "Today the company delivers ...": a time adverb before it still opens the sentence
        adverb = _OPENING_ADVERB.search(self.text, max(0, position - 14), position)
        if adverb:
            position = adverb.start()
        return not self.text[max(0, position - 2) : position].strip() or self.text[
            max(0, position - 2) : position
        ].endswith(("\n", ". "))

    def maker(self, name: str) -> str | None:
        """The organisation a two-word product name starts with ("Amazon Corretto",
        "Amazon S3"), when the article also names it alone; not for names the vocabulary
        knows whole ("Amazon Web Services") or for "Group"-like endings."""
        words = name.split()
        if (
            len(words) != 2
            or self.vocabulary.entity(name)
            or _SHORT_FORM_REST.fullmatch(words[1])
            or words[0] in PRODUCT_FIRST_WORDS  # "Model Y" is no product of "Model"
            # ("Among the American banks ... American Express": no product of a nationality)
            or _is_nationality(words[0])
        ):
            return None
        if words[0] in self.known or self.vocabulary.entity(words[0]):
            entity = self.vocabulary.entity(words[0])
            return entity.name if entity else words[0]
        return None
