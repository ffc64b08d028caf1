"""Which organisation a sentence, and each number in it, is about.

Rules of reading, no language model:

- Organisations: vocabulary names anywhere; other capitalised names mid-sentence;
  a sentence's first word only when it acts as a subject ("Airbnb connects ...",
  "Zoom's ...", "Grab, Southeast Asia's answer to Uber, serves ..."), is named
  elsewhere in the article, or is in the vocabulary. Places ("in Canada"), sources
  ("according to IDC", "analysts at Forrester", "Swiss Re estimates that"), people
  ("Elon Musk said", "founded by Rudolf Dassler"), datelines, named events ("Hurricane
  Ian", "the Paris Olympics"), the object of a deal ("agreed to buy Pioneer") and
  numbered product names ("Pixel 8", "Boeing 767 and 777") are not organisations a
  figure is about. An appositive runs to the comma its predicate follows ("Johnson &
  Johnson, the New Brunswick, New Jersey group, has ...").
- Attribution: the nearest organisation or pronoun before the number, ignoring names
  inside an appositive that closed before it ("Instagram, owned by Meta, passed 2
  billion ..."); "it/its/the company/the retailer" mean the sentence's subject if it
  was named before, else the organisation the text is about (the last sentence
  subject, carried across paragraphs; "the company" skips a product the paragraph's
  organisation named: "Rapid7 ... known for Metasploit. ... The company serves"); a
  fronted number ("With 450 million users, Pinterest ...") belongs to the organisation
  named after it.

Kept apart from what a number measures (`factcheck.metrics`): names, places and
pronouns change for other reasons than measures do.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from factcheck.segments import Span, table_rows, word_list
from factcheck.vocabulary import Vocabulary

# The word lists (openers, technologies, first names, places, ...) live in a data file a
# user can extend without touching code; what each list is for is said there.
_WORDS = tomllib.loads(
    resources.files("factcheck").joinpath("data/names.toml").read_text("utf-8")
)

# "it", "its", "the company", "the Swedish company", "the Austin-based carmaker's": words
# that point back at an organisation. Plural "they/them" are left out: in news prose they
# are people ("44% of them cancelled"), while a company is "it".
_ORG_NOUNS = (
    "company|firm|group|platform|service|app|website|site|business|carmaker|automaker|"
    "retailer|streamer|network|giant|startup|start-up|pioneer|maker|chain|operator|"
    "marketplace|rival|unit|lender|bank|airline|insurer|brand|manufacturer|provider|"
    "corporation|conglomerate|publisher|chipmaker|subsidiary|carrier|grocer|discounter|neobank|"
    "telco|broadcaster|studio|franchisee|supermarket|exchange|developer|reinsurer|newspaper|"
    "encyclopedia|nonprofit|non-profit|charity|game|agency|messenger|fund|issuer|processor|"
    "broker|brokerage|wholesaler|distributor"
)
_PRONOUN = re.compile(
    # not across a second article: "The Wikimedia Foundation, the nonprofit which ..."
    rf"\b(?:it|its|it['’]s|itself|the\s+(?:(?!(?:the|a|an)\s)[\w-]+\s+|[A-Z][\w-]*,\s+){{0,3}}?"
    rf"(?:{_ORG_NOUNS})(?:['’]s)?)\b",
    re.I,
)
# A capitalised name: "Airbnb", "DoorDash", "eBay", "Disney+", "Amazon Web Services",
# "Bank of America", "Guido van Rossum".
_NAME_TOKEN = (
    r"(?:[A-Z][\w&.]*(?:-[A-Z][\w&.]*)*\+{0,2}|[a-z]{1,4}[A-Z][a-z]\w*\+?|[a-z][A-Z]+\b|\d+[a-z]*[A-Z][a-z]\w*)"
)
_NAME = re.compile(
    rf"(?<![\w'’+-]){_NAME_TOKEN}(?:[^\S\n](?:(?:of|van|de|von|der|&)[^\S\n])?{_NAME_TOKEN})*"
    r"(?![\w-])"
)
_OPENERS = frozenset(_WORDS["openers"])
_TECHNOLOGIES = frozenset(_WORDS["technologies"])
# Capitalised words that are not organisations: openers, technologies and the rest
_NOT_NAMES = _OPENERS | _TECHNOLOGIES | frozenset(_WORDS["not_names"])
_PRODUCT_WORDS = frozenset(
    ("Edition", "Foundation", "Framework", "Runtime", "Engine", "Native", "Multiplatform")
)
# Country names in _NOT_NAMES ("China", "India"), which also start organisations' names
_COUNTRY_WORDS = frozenset(
    w.casefold() for w in ("America", "Europe", "Asia", "Africa", "Canada", "India", "China",
                           "Japan", "Germany", "France", "Britain", "England", "Australia",
                           "Brazil", "Mexico", "Russia", "Korea")
)
_PREPOSITIONS = frozenset(
    ("on", "at", "in", "with", "for", "from", "to", "by", "of", "via", "through", "into")
)
_PRODUCT_FIRST_WORDS = frozenset(
    ("Model", "Series", "Galaxy", "Pixel", "iPhone", "iPad", "Surface", "Xbox", "PlayStation")
)
_ARTICLES = frozenset(("The", "A", "An"))
# Platforms a product name can end in: "Airbnb iOS" is Airbnb's iOS app.
_PLATFORMS = frozenset(("iOS", "Android", "iPadOS", "macOS", "watchOS"))
_SECTION_WORDS = frozenset(_WORDS["section_words"])
_FIRST_NAMES = frozenset(_WORDS["first_names"])
_COMMON_PLURALS = frozenset(_WORDS["common_plurals"])
_PLACES = frozenset(_WORDS["places"])
_WITHOUT_THE = frozenset(_WORDS["without_the"])
# Before a name: a place ("in Canada", "across Europe") or a source ("according to IDC",
# "analysts at Forrester", "data from Sensor Tower"): not what a figure is about.
_PLACE_BEFORE = re.compile(
    # ("come to Pinterest" is a visit to a site, not to a place)
    # ("log in to Roblox" is a sign-in, not a trip)
    r"\b(?:in|across|throughout|outside|within|(?<!come\s)(?<!came\s)(?<!comes\s)"
    r"(?<!log\sin\s)(?<!logs\sin\s)(?<!sign\sin\s)to|beside|"
    r"near|along|opposite|"
    r"(?:come|came|comes|hails?|hailed|people|"
    r"brothers|sisters|founders|students|engineers|family|immigrants)\s+from)\s+(?:the\s+)?$",
    re.I,
)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:polled|surveyed|compiled|tracked|cited)\s+by|"
    # "she told the Courier", "accounts filed at Companies House"
    r"(?:told|telling|speaking\s+to|interview\s+with)|(?:filed|registered)\s+(?:at|with)|"
    r"analysts?\s+(?:at|from)|researchers?\s+(?:at|from)|data\s+from|"
    r"estimates?\s+(?:by|from)|survey\s+by|report\s+by|study\s+by|figures\s+from|"
    # a source introduced by its role: "the industry body IATA", "research firm Newzoo"
    r"(?:industry|trade|lobby)\s+(?:body|group|association)|regulator|watchdog|consultancy|"
    r"(?:research|analytics|analyst|consulting|data)\s+(?:firm|company|group|provider))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_PLACE_CHAIN = re.compile(
    r"(?:\b(?:in|across|throughout|outside|within|to|from)\s+(?:the\s+)?|-based\s+)"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*,\s+$"
)
_SOURCE_AFTER = re.compile(
    r"\s+(?:estimates?|estimated|forecasts?|predicts?|predicted|calculates?|calculated|"
    r"believes?|thinks?)\s+that\b"
)
# Named events and storms are not organisations: "Hurricane Ian", "the Paris Olympics".
_EVENT_NAME = re.compile(
    r"^(?:Hurricane|Storm|Typhoon|Cyclone)\b|\b(?:Olympics|Olympic\s+Games|World\s+Cup)$"
    # funding rounds: "a Series B round"
    r"|^Series\s+[A-H]$"
    # market indices: "the Nasdaq Composite", "the FTSE 100"
    r"|\b(?:Composite|Index|Industrial\s+Average)$|^(?:FTSE|Dow\s+Jones|S&P|Nikkei|DAX)\b"
    # places by their kind: "the Leeds and Liverpool Canal", "Oxford Street"
    r"|\b(?:Canal|River|Street|Road|Avenue|Square|Park|Bridge|Valley|Airport|Station)$"
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
    r"^(?:\s+(?:said|says|told|wrote|called|added|noted|explained)\b|,\s+\d{1,2}\b|,\s+(?:who|whose|"
    r"(?:the|its|their|a|an)\s+(?:creator|founder|co-founder|chief|head|president|chairman|boss|"
    r"ceo|professor|trader|student|engineer|researcher|entrepreneur|billionaire|former)|"
    r"co-founded|founder)\b)",
    re.I,
)
_ORG_SUFFIX = re.compile(
    r"\b(?:Holdings|Group|Inc|Corp|Corporation|Company|Co|Technologies|Labs|Bank|Capital|"
    r"Partners|Systems|Networks|Media|Motors|Airlines|Services|Platforms|Electronics|Brands|"
    r"Entertainment|Financial|Pharmaceuticals|Energy|Industries|International|Ltd|LLC|AG|SA|"
    r"Sachs|Stanley|Chase)\.?$"
)
_PEOPLE_AFTER_NAME = re.compile(
    r"[^\S\n]+(?:professors|executives|engineers|researchers|students|graduates|alumni|"
    r"employees|staffers|workers|"
    r"veterans|founders|scientists|economists)\b"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:(?:co-)?founded\s+(?:in\s+\d{4}\s+)?by|started\s+by|created\s+by|"
    r"(?:co-)?founded\s+(?:in\s+\d{4}\s+)?by\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+and|"
    r"chief\s+executive|ceo|founder|co-founder|president|chairman|boss|mr\.?|ms\.?|"
    # "Two Stanford professors, Andrew Ng and Daphne Koller, launched it"
    r"(?:professors|founders|co-founders|engineers|friends|brothers|sisters|students|"
    r"researchers),\s+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+and)?|"
    # "together with his brother Nikolai"
    r"(?:his|her|their)\s+(?:brother|sister|wife|husband|father|mother|son|daughter|friend|"
    r"partner|cousin))"
    r",?\s+$",
    re.I,
)
# "Daniel Ek, the founder of Spotify, says it has ...": a sentence opening on a person
# and their role at an organisation is about that organisation
_ROLE_OPENING = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+(?:van|von|de|da)?\s*[A-Z][\w'’.-]+){0,3},\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:founder|co-founder|chief\s+executive|ceo|boss|head|chairman|"
    r"chairwoman|president|cto|cfo|chief\s+[a-z]+\s+officer)\s+(?:of|at)\s+$"
)
_LY_NAME = re.compile(r"[A-Z][a-z]+ly")
# Narrower than _SUBJECT_AFTER on purpose: an adverb also stands before a verb ("Recently
# launched ...", "Similarly, the firm, founded in 2001, has"), a name before these.
_SUBJECT_VERB_AFTER = re.compile(
    r"(?:,\s+(?:the|a|an)\s+[^,.\n]{3,60},)?\s+(?:is|was|has|had|have|uses|used|serves|counts|"
    r"employs|says|said|reported|claims|boasts|helps|lets|offers|runs|now|also)\b"
)
# What a sentence-opening name does when it is the subject: a verb (after an optional
# appositive "Grab, Southeast Asia's answer to Uber, serves"), or it is possessive.
_SUBJECT_VERBS = (
    "is|was|has|had|have|says|said|reported|reports|announced|now|currently|still|also|"
    "alone|itself|employs|employed|serves|served|operates|operated|completes|completed|"
    "reached|reaches|claims|counts|counted|boasts|sold|sells|made|makes|earned|earns|"
    "generated|generates|posted|recorded|added|adds|lost|grew|expects|expected|handles|"
    "handled|processes|delivers|delivered|hosts|hosted|connects|lists|listed|stores|"
    "streams|offers|offered|runs|ran|ships|shipped|produced|produces|facilitated|"
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
    r"(?:^|\b(?:in|by|since|during|until|through|throughout|ended|ending|for)\s+)"
    r"(?:(?:Q[1-4]|H[12]|FY|fiscal(?:\s+year)?)\s*)?"
    # "In December 2019 Zoom had": a month before the year; "In fiscal 2023 Peloton's"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?(?:19|20)\d\d[^\S\n]+$",
    re.I,
)
# "its fintech arm, MoMo,", "its parent, ByteDance,": the appositive is an organisation
_OWNER_NOUNS = re.compile(rf"(?:{_ORG_NOUNS}|parent|arm|division|owner|affiliate|unit)s?")
_PUBLICATION = re.compile(r"^(?:Times|Post|Guardian|Journal|Economist|Atlantic|Telegraph|Verge)$")
_ACTS_ON_FOCUS = re.compile(
    r"[^\S\n]+(?:acquired|bought|purchased|took\s+over|owns|invested\s+in|backed)[^\S\n]+"
    r"(?:it|the\s+(?:company|firm|startup|start-up|site|platform|app|service|business))\b"
)
_CAME_FROM = re.compile(r"\b(?:came|comes|generated|earned|reported|booked)\s+(?:from|by)\s+$")
_TOOL_BEFORE = re.compile(
    r"\b(?:through|via|using|onto|on\s+top\s+of|(?:runs?|running|relies|relying|bets?|betting|"
    r"built|hosted|depends|depending|moved\s+everything)\s+(?:\w+\s+)?(?:on|to))\s+(?:the\s+)?$"
)
_SENTENCE_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+|\n")
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:After|When|Before|Although|Though|Because|Since|Once|Until|Despite|Following|"
    # "Now owned by Microsoft, Activision Blizzard uses": a participle phrase
    r"(?:Now\s+|Once\s+|Long\s+)?(?i:owned|acquired|bought|founded|based|headquartered|known|"
    r"backed|listed)\s+(?:by|in|as|on)|Even\s+though"
    # "For its trading and risk platform Athena, JPMorgan Chase picked Python"
    r"|(?:For|In|With|On|Across|Inside|From)\s+(?:its|their)\s)\b"
)
_CLAUSE_OPENER = re.compile(r";|\b(?:whereas|while|but)\b")
_COMPARED_WITH = re.compile(r"\b(?:than|like|outside\s+of|besides|except|unlike)\s+$")
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)")
# "Cloudflare network is spanning", "Klarna from Sweden is the leader": a subject whose
# verb follows one noun or a place of origin
_NOUN_THEN_VERB = re.compile(
    # "Nubank from São Paulo is", "Cash App from Block Inc. is"
    rf"[^\S\n]+(?:(?:{_ORG_NOUNS}|team|network|app)[^\S\n]+"
    r"(?:is|has|was|serves|operates|employs|counts|runs|reaches|spans)\b"
    # "Bolt from Estonia offers ride hailing": a subject, its origin, then any verb
    r"|(?:from|in)(?:[^\S\n]+[A-Z][\w.-]*){1,3}[^\S\n]+(?:is|has|was|[a-z]{3,}s)\b)"
)
_DESCRIBED_AS_ORG = re.compile(
    rf",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,5}}?(?:{_ORG_NOUNS}),[^\S\n]+[a-z]"
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
_USED_ON = re.compile(
    r"\b(?:(?:transact|shop|buy|sell|listen|watch|play|stream|chat|post|trade|bank|log\s+in|"
    r"sign\s+in)\s+(?:on|at|with|to)|(?:log|logs|sign|signs)\s+into|use|uses|used|open|opens|"
    # "Over 200,000 paid customers rely on Slack"
    r"(?:rely|relies|depend|depends|count|counts)\s+on|"
    # "More than 2.5 billion people watch YouTube every month"
    r"watch|watches|follow|follows|read|reads|"
    r"visit|visits|play|plays|(?:come|comes|came)\s+to)\s+$"
)
_CAREER_BEFORE = re.compile(r"\b(?:from|joined|left|former|formerly\s+at|ex-)\s*$")
_NAMED_DESCRIPTION = re.compile(r"[^,.;]{0,120},\s+\S$")
# "left his job at Credit Suisse to start Revolut": the company its founder started
_TO_FOUND = r"to\s+(?:co-?)?(?:found|start|launch)"
_MADE_BEFORE = re.compile(
    r"\b(?:built|builds|wrote|writes|created|creates|developed|develops|designed|designs|"
    r"open-sourced|released|launched|launches|uses|used|"
    rf"adopted|started|invented|{_TO_FOUND})\s+(?:the\s+|its\s+own\s+)?$"
)
_PASSIVE_AGENT = re.compile(
    r"\b(?:(?:is|was|are|were|been)\s+(?:now\s+|also\s+)?)?(?:owned|run|operated|backed|"
    r"controlled|acquired|bought|funded)\s+by\s+$"
)
_CALLED_BEFORE = re.compile(
    r"\b(?:known(?:\s+(?:internally|before|earlier|formerly|previously))?\s+as|"
    r"(?<!is\s)(?<!was\s)(?<!now\s)(?:internally\s+)?called|named|nicknamed|"
    r"code-?named|dubbed|(?:they|we|it)\s+call)\s+[\"“'‘]?$",
    re.I,
)
_PRODUCT_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:subscription|plan|tier|membership|account|card|app|feature|edition|"
    r"version|model|console|device|phone|headset|bundle)s?\b"
)
_MAKERS_APP = re.compile(
    r"[^\S\n]+(?:(?:mobile|iOS|Android|web|desktop|official)[^\S\n]+)?(?:app|website)\b"
)
_PRODUCT_OF = re.compile(
    r"[^\S\n]+(?!(?:Premium|Plus|Pro|Free|Basic|Standard|Family|Student|Duo|Individual|Prime|"
    r"Inc|Corp|Group|Ltd|LLC)\b)([A-Z][a-z][\w+-]*)"
)
_ORIGIN_BEFORE = re.compile(
    rf"\b(?:the|an?)\s+(?:[\w-]+\s+){{0,3}}(?:{_ORG_NOUNS})\s+(?:from|based\s+in|in)\s+$"
    # "Skyscanner is a flight search engine from Edinburgh which ..."
    r"|\b(?:is|was)\s+(?:the|an?)\s+[^,.;:\n]{0,50}?\s+from\s+$",
    re.I,
)
# "Alibaba is the Chinese e-commerce giant behind Taobao and Tmall, with ...": what the
# subject makes or owns, in its description, is not what is counted
_DESCRIBED_OF = re.compile(
    r"(?:\b(?:is|was)|,)\s+(?:the|a|an)\b[^,;]*\b(?:of|by|behind)\s+"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:,\s+|\s+and\s+))?$"
)
_WITH_ITS_PRODUCT = re.compile(
    r"[^\S\n]+(?:together\s+with|with|and|plus)\s+its\s+(?:[\w-]+\s+){0,3}?"
    r"(?:app|platform|service|product|brand|site|network|game)\s+"
)
_OWN_CLAUSE = re.compile(r",\s+(?:(?:an?|the)\s+[^,;.]*?\b)?(?:that|which|where|whose)\b[^,;.]*$")
_PRODUCT_BEFORE = re.compile(
    r"\b(?:the|its)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}(?:editor|browser|app|application|"
    r"tool|library|framework|game|engine|product|assistant|chatbot|console|player|feature|"
    # "its own Java virtual machine, Dragonwell,", "the logistics arm, Mercado Envios,"
    r"machine|runtime|arm)(?:\s+|,\s+)$",
    re.I,
)
# A name set after what an organisation owns: "made its own Java virtual machine,
# Dragonwell,", "built the logistics arm, Mercado Envios,"
_OWNED_BEFORE = re.compile(
    r"\b(?:(?:its|their)\s+own\s+(?:[\w-]+\s+){0,3}[\w-]+|(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:arm|unit|division|subsidiary)),\s+$",
    re.I,
)
_MADE_OR_OWNED = re.compile(
    r"\b(?:created|creates|built|builds|developed|develops|launched|launches|started|wrote|"
    r"writes|designed|designs|open-sourced|released|releases|"
    r"invented|its|their|called|named)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_MADE_NOW = re.compile(r"\b(?:builds|built|creates|created|develops|developed|makes|made)\s+$")
# "Its games like Sniper 3D and": examples inside a possessive subject, before its verb
_EXAMPLES_IN_SUBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:like|such\s+as|including)\s"
    r"(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^.;])*"
)
_TOOLS_LIKE_BEFORE = re.compile(
    r"\b(?:tools?|librar(?:y|ies)|frameworks?|projects?|engines?|compilers?)\s+"
    r"(?:like|such\s+as|including|called|named)\s+$"
)
_BEHIND_LIST = re.compile(r"\s+behind\s+(?:[^.;]|\.(?=\w))*?")  # "Hotels.com"
_INVERTED_SUBJECT = re.compile(r"\s*The\s+(?:[\w'’-]+\s+){1,8}?(?:is|was)\s+")
_NEW_NAME_BEFORE = re.compile(
    r"\b(?:(?:a|its|the|their)\s+new\s+name,?|renamed(?:\s+(?:it|itself))?(?:\s+(?:to|as))?|"
    r"rebranded(?:\s+(?:it|itself))?\s+(?:to|as)|changed\s+its\s+name\s+to)\s+$"
)
_BEHIND_BEFORE = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+)?(?:{_ORG_NOUNS}|foundation|team|people)\s+behind\s+$", re.I
)
_DESCRIBED_ORG = re.compile(
    rf"(?:['’]s)?,?[^\S\n]+(?:is|was|has\s+been|became)[^\S\n]+(?:the|a|an|one\s+of\s+the)\b"
    rf"[^.;\n]{{0,60}}?\b(?:{_ORG_NOUNS}|maker|chain|retailer|neobank|fintech)s?\b"
    rf"|,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;\n]{{0,50}}?\b(?:{_ORG_NOUNS})\b",
    re.I,
)
_BORN_AT = re.compile(
    r"\b(?:was|were|is|are)\s+(?:first\s+|originally\s+)?(?:born|created|developed|built|"
    r"invented|started|made|written|designed|open-sourced|published|released)\b"
    # "was started in 2014 as an internal tool for scheduling data workflows at Airbnb"
    r"(?:[^.;,\n]{0,80}?[^\S\n])?(?:at|inside|within|by\s+the|"
    # "was published by the data team of Instacart"
    r"(?:team|engineers|developers)\s+(?:of|at))\s+$"
    # "GS Collections was a Java collections library built by Goldman Sachs"
    r"|\b(?:was|is)\s+(?:a|an|the)\s+[^.;,\n]{0,60}?[^\S\n](?:built|created|developed|written|"
    r"made|designed)(?:\s+(?:in|with)\s+[\w#+.-]+)?\s+(?:by|at|inside)(?:\s+the)?\s+$"
    # "Nikolay Storonsky was a trader when he started Revolut": the founder's company
    r"|\b(?:he|she|they)\s+(?:co-)?(?:founded|started|created|launched|built)\s+(?:the\s+)?$"
    # "Lore ... came out of the data science team at Instacart"
    r"|\b(?:came|comes|grew)\s+out\s+of\b[^.;,\n]{0,60}?[^\S\n](?:at|of)\s+$"
    # "left his job as a trader at Credit Suisse to start Revolut"
    rf"|\b{_TO_FOUND}\s+$"
    # "Jan Koum and Brian Acton started WhatsApp in 2009", "Tom Blomfield and a small team
    # started Monzo": the founders' company
    # "Apoorva Mehta, a former Amazon engineer, launched Instacart", "Pavel Durov, who
    # earlier founded VK, launched Telegram"
    r"|\b[A-Z][a-z]+\s+[A-Z][\w'’-]+(?:,\s+(?:a|an|the|who)\s+[^,\n]{3,60},)?"
    r"(?:\s+and\s+(?:[A-Z][a-z]+\s+[A-Z][\w'’-]+|"
    r"(?:a|his|her|two|three|four|some)\s+(?:[a-z]+\s+){0,2}?[a-z]+))?\s+"
    r"(?:co-)?(?:founded|started|launched)\s+"
    # "... started the payments company Block"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|firm|startup|bank|app|platform)\s+)?$"
    # "an open source virtualization tool which engineers at Amazon wrote"
    r"|\b(?:which|that)\s+(?:engineers|developers|a\s+team)\s+(?:at|of|from|inside)\s+$"
    # "It was made by Niantic": the maker of the product in focus
    r"|\b(?:was|is|were|are)\s+(?:first\s+|originally\s+)?(?:made|developed|published)\s+by\s+$"
    # "Eclipse Collections started as an internal Java library at Goldman Sachs"
    r"|\b(?:started|began)\s+(?:life\s+)?as\s+(?:an?\s+)?[^.;,\n]{0,50}?\s(?:at|inside|within)\s+$"
)
# "American", "Swedish", "Chinese", "North American": a nationality adjective
_MADE_BY_STAFF = re.compile(
    r"\b(?:was|were|is|are)\s+(?:first\s+|originally\s+)?(?:created|built|developed|written|"
    r"made|designed|started)\s+(?:in\s+\d{4}\s+)?by\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?)"
    r"\s+(?:engineers|developers|employees|staff|researchers|team)\b"
)
_NATIONALITY = re.compile(
    r"(?:(?:North|South|East|West|Latin|Central)[^\S\n])?[A-Z][a-z]+(?:an|ish|ese)"
    r"|(?:South|North)(?:east|west)[^\S\n][A-Z][a-z]+an"  # "Southeast Asian"
)
# Nationality adjectives that do not end like "American", "Swedish", "Chinese"
_DEMONYMS = frozenset(("French", "Dutch", "Swiss", "Greek", "Thai", "Czech", "Welsh", "Basque"))
# A relative clause describing the name, running on to the figure: ", which was founded in
# 2005 by Matt Mullenweg and have around 1,900 employees"
_RELATIVE_ON = re.compile(
    r",[^\S\n]+(?:which|who)[^\S\n]+(?:was|is)[^\S\n]+(?:founded|started|based|headquartered|"
    r"created)\b[^;]*"
    # "is run by Automattic, a fully remote company employing about 1,900 people"
    rf"|,[^\S\n]+(?:a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{_ORG_NOUNS})[^\S\n]+"
    r"(?:employing|with|that\s+employs|which\s+employs)[^\S\n]+[^;]*"
)
# "from Beijing", "from Redwood City, California"
_FROM_PLACE = re.compile(
    r"[^\S\n]+from[^\S\n]+[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)?(?:,[^\S\n]+[A-Z][\w-]*,?)?"
)
# "the AI team at Tesla", "joined Google": where a person works
_WORKS_AT_BEFORE = r"\b(?:at|joined)\s+$"
_WORKS_AT = re.compile(_WORKS_AT_BEFORE)
_FOUNDED_BEFORE = re.compile(
    rf"\b(?:founded|co-founded|started|launched|created)\s+(?:the\s+)?$|{_WORKS_AT_BEFORE}", re.I
)
_FORMER_NAME_BEFORE = re.compile(
    r"\b(?:founded|started|launched|began|created|set\s+up)\b[^,.;]{0,40}\bas\s+$", re.I
)
_PRODUCT_APPOSITIVE = re.compile(
    # "Deep Brew is the name of the AI platform of Starbucks"
    r"[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+name[^\S\n]+of\b"
    r"(?:[^.;\n]{0,60}?[^\S\n](?:of|from|by|at)[^\S\n]+(?-i:[A-Z]))?"
    r"|,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;\n]{0,40}?\b(?:playlist|app|tool|feature|library|"
    r"framework|engine|product|game|assistant|chatbot|gateway|pipeline|database|service|browser|"
    r"system|compiler|editor|IDE|console|device|language|dialect|distribution|network|platform|"
    r"arm)s?[^\S\n]+(?:at[^\S\n]+the[^\S\n]+heart[^\S\n]+of|of|from|by|at|behind)"
    r"[^\S\n]+(?-i:[A-Z])"
    # "Discover Weekly is the playlist that Spotify prepares for each listener"
    r"|[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:playlist|app|tool|"
    r"feature|library|framework|engine|product|game|assistant|chatbot|service|browser|system)"
    r"[^\S\n]+(?:that|which)[^\S\n]+(?-i:[A-Z])"
    # "RuneScape, the fantasy MMORPG made by Jagex,", "Backstage, the developer portal
    # which Spotify open-sourced": the maker named inside the description
    r"|,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;\n]{0,40}?[^\S\n](?:(?:made|built|developed|published|"
    r"created)[^\S\n]+by|which|that)[^\S\n]+(?-i:[A-Z])"
    # "Duo, the green owl who sends you push notifications, is the mascot of Duolingo"
    r"|(?:,[^,.;\n]{3,100},)?[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:mascot|logo|character)[^\S\n]+of[^\S\n]+(?-i:[A-Z])",
    re.I,
)
# The rest of a list of names after its first ("Photoshop, Illustrator and Premiere Pro")
_NAME_LIST_REST = re.compile(
    r"(?:,[^\S\n]+[A-Z][\w+.'’-]*(?:[^\S\n]+[A-Z][\w+.'’-]*)*)*,?[^\S\n]+(?:and|&)[^\S\n]+"
    r"[A-Z][\w+.'’-]*(?:[^\S\n]+[A-Z][\w+.'’-]*)*"
)
_OPENING_ADVERB = re.compile(
    r"(?<![\w,])(?:Today|Now|Later|Currently|Nowadays|Meanwhile|Still|Also|Since\s+then),?\s+$"
)
# "Magic Pocket, the in-house storage system,": a tool, even with no owner named
_TOOL_APPOSITIVE = re.compile(
    r",[^\S\n]+(?:the|an?|its)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:system|tool|engine|library|"
    r"framework|compiler|browser|database|gateway|pipeline|assistant|chatbot|distribution|"
    r"dialect|model|SDK|API|toolkit|package|plugin|mascot|proxy|runtime|scheduler|hypervisor|"
    r"orchestrator|editor|IDE)\b"
    # "Athena, its trading platform,", "Duo, its green owl,": what the organisation owns
    r"|,[^\S\n]+its[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?(?:platform|app|service|product|"
    r"owl|mascot|bird|character|logo|robot)\b",
    re.I,
)
_FROM_PARENT = re.compile(r"[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?")
_AT_AFTER = re.compile(r"[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:(at)|that)[^\S\n]+")
_REPORTS = re.compile(r"[^\S\n]+(?:reports|reported|says|said|claims|counts|announced)\b")
_VALUED_BEFORE = re.compile(
    r"\bvalu(?:ed|ing|es)\s+(\S.{0,40}?)\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$"
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.I)
_OWNER_DESCRIBES = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{_ORG_NOUNS}|tool|product|arm|division)\b", re.I
)
_BRAND_WITH_S = re.compile(r"['’]s[^\S\n]+([A-Z][a-z]+)\b(?![^\S\n]+[A-Z])")
# "McDonald's has", "McDonald's, the largest fast food chain,": the 's is part of the name
_NAME_WITH_S = re.compile(rf"['’][sS](?:\s+(?:{_SUBJECT_VERBS})\b|,\s+(?:the|a|an)\s)")
# (an adverb may stand between: "Amazon hardly needs an introduction", "Kickstarter even
# made its iOS app open source")
_ADVERB = r"(?:[a-z]+ly|even|already|never|often|soon)\s+"
_PREDICATE = re.compile(rf"\s+(?:{_ADVERB})?(?:(?:{_SUBJECT_VERBS})\b|{_ANY_VERB})")
# ... after an appositive that may hold commas itself ("Roche, headquartered in Basel,
# Switzerland, is ...")
_SUBJECT_AFTER = re.compile(
    # "Pinterest: MAUs 522M, +8% y/y": a digest item's subject
    # "7. Reddit – Rewritten from Lisp ...": a list item's name before a dash
    rf"^(?:[^\S\n]+[–—][^\S\n]+|:[^\S\n]+(?=[^\n]*\d)|['’]s\b|(?:,(?:[^.;]|\.(?=\d|[a-z])){{1,160}}?,|[^\S\n]*\([^)\n]{{1,200}}\))?\s+"
    rf"(?:{_ADVERB})?(?:(?:{_SUBJECT_VERBS})\b|{_ANY_VERB}))"
)
# A section heading that is only a name, maybe numbered ("3. Nintendo", "#2 Target"):
# the section is about that organisation.
_HEADING = re.compile(
    r"(?:#{1,6}[^\S\n]*)?(?:\*\*|__)?"
    r"(?:(?:#?\d{1,2}[.):]?|No\.\s*\d{1,2}[.:]?)[^\S\n]+)?(.+?)(?:\*\*|__)?[.:?]?"
)
# What a company's full name may add to the short form it is then called by: "Epic" for
# "Epic Games", "Delta" for "Delta Air Lines"; not "Microsoft" for "Microsoft Teams".
_SHORT_FORM_REST = re.compile(
    r"(?:International|Games|Group|Holdings|Airlines|Air\s+Lines|Airways|Motors|Motor|Technologies|Labs|"
    r"Entertainment|Studios|Inc\.?|Corp\.?|Corporation|Company|Platforms|Networks|Systems|"
    r"Communications|Financial|Bank|Brands|Interactive|Software|Health|HealthCare|Healthcare|"
    r"Insurance|Pharmaceuticals|Therapeutics)"
)
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
    r"(?:town|city|village|county|region|country|state|province|suburb|district|island)(?![\w-])"
)
_ABBREVIATION = re.compile(rf"({_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN})+)[^\S\n]+\(([A-Z]{{2,6}})\)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _opens_fronted(text: str, start: int) -> bool:
    """Does the sentence open with a fronted phrase or clause before its subject?"""
    return bool(_FRONTED.match(text, start) or _FRONTED_CLAUSE.match(text, start))


def _looks_like_heading(paragraph: str) -> bool:
    """A short line of its own that is no sentence: "## Why they stay", "Zalando and Revolut:"."""
    line = paragraph.strip()
    if "\n" in line or not line:
        return False
    if line.startswith("#"):
        return True
    if re.match(r"[-*•–][^\S\n]", line):  # a list item
        return False
    if line.endswith(":"):  # "Zalando and Revolut:" is one, "A few quick numbers:" is not
        return all(w[:1].isupper() or w in ("and", "&", "of", "the") for w in line.split())
    return len(line.split()) <= 8 and not line.endswith((".", "!", ",", ";"))


def _opens(text: str, sentence_start: int, position: int) -> bool:
    """Does `position` open its sentence (after quotes or brackets) or a clause after a
    dash ("7. Reddit – Rewritten from Lisp")?"""
    return not text[sentence_start:position].strip(" \"'“‘([*#-") or text[
        max(sentence_start, position - 3) : position
    ] in (" – ", " — ")


def _is_title(sentence: str) -> bool:
    """A headline in title case ("Top 8 Companies That Run on Python"): its capitals
    mark a title, not names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    if len(words) < 3 or sentence.rstrip()[-1:] in ".!?":
        return False
    capitalised = sum(w[0].isupper() for w in words if len(w) > 3)
    return capitalised >= 0.6 * max(1, sum(len(w) > 3 for w in words))


_COORDINATION = re.compile(r";|,\s+(?:and|but|while|whereas)\b")
_FRONTED = re.compile(
    r"(?:With|Having|Boasting|Serving|Counting|Thanks\s+to|At|After|Since|Despite|Beyond)\b"
)


_MARKET = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:industry|market|sector|economy)['’]s\b", re.I
)
# A time adverbial before a sentence's figure: "Every day more than 30 million visitors"
_TIME_OPENING = re.compile(
    r"(?:(?:every|each)\s+(?:day|week|month|quarter|year)|last\s+year|"
    r"this\s+year|in\s+(?:19|20)\d\d),?",
    re.I,
)
# A sentence that opens with its measure: "Revenue was", "Net sales rose 12% to"
_MEASURE_OPENING = re.compile(
    r"((?:[A-Z][a-z]+)(?:\s+[a-z]+){0,2}?)\s+(?:was|were|is|are|reached|hit|totalled|totaled|"
    r"rose|grew|climbed|jumped|increased|came\s+in\s+at|stood\s+at)"
    r"(?:\s+(?:\d+(?:\.\d+)?%|by\s+\S+)\s+to)?"
)
# "India processes", "now China has": a place as the subject of a clause
_PLACE_VERBS = (
    r"(?:processes|processed|does|did|has|had|makes|made|records|recorded|handles|handled|sees|"
    r"saw|counts|counted|registers|registered|logs|logged|adds|added|completes|completed)"
)
_PLACE_SUBJECT = re.compile(
    rf"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:alone\s+|now\s+|also\s+)?{_PLACE_VERBS}\b"
)
# "while the whole country records around 13 billion UPI payments"
_COUNTRY_AS_SUBJECT = re.compile(
    r"\bthe\s+(?:whole\s+|entire\s+)?(?:country|nation|industry|market)\s+(?:now\s+|also\s+)?"
    rf"{_PLACE_VERBS}\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+|"
    r"roughly\s+)?$",
    re.I,
)
# ... opening the sentence or a clause
_CLAUSE_START = re.compile(r"(?:^|[;:]|\b(?:and|now|so|but|while|as|because|where))\s*$")
_NEW_CLAUSE_AFTER = re.compile(r",\s+(?:and|but|or|so)\s")
_CODE_AMOUNT = re.compile(r"[A-Z]{2,4}\$?\d[\d.,]*")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|every|each|any|per)\s+$", re.I)
_ARTICLE_ADJ_BEFORE = re.compile(r"\b(?:the|a|an|every|each|any|per)\s+(?:[a-z]+\s+)?$", re.I)
_LOWER_WORDS = re.compile(r"[^\S\n]+[a-z]+[^\S\n]+[a-z]")
_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not the comma in "21,000"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|to|from|with|by|at|on|of|into|than|during)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}$"
)
# The object of a deal ("agreed to buy Pioneer") is not who the sentence is about.
_DEAL_BEFORE = re.compile(
    r"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchased|sell|selling|sold|"
    r"take\s+over|merge\s+with)\s+(?:the\s+)?$"
)
_AGENT_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\s+by\s+(?:the\s+)?$"
)
_OBJECT_BEFORE = re.compile(
    rf"{_DEAL_BEFORE.pattern}|\b(?:for|to|from|with|by|at|on|of|into|than|against|like|"
    r"such\s+as|including)\s+(?:the\s+)?$"
)
# "... and now has", "... and serves": a verb coordinated with the sentence's first one
_SUBJECT_VERB_AGAIN = re.compile(
    r"[^,;:()\n]*?,?\s+and\s+(?:now\s+|also\s+|still\s+|today\s+|currently\s+)?"
    r"(?!is\b|was\b|its\b|this\b|thus\b)[a-z]+(?:s|ed)\s+(?:[a-z]+\s+){0,4}?"
)
_RELATIVE = re.compile(r",\s+(?:which|who|whose|owned\s+by|including|like|such\s+as|from)\b[^,]*,")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    closes: int | None = None  # end of the appositive it stands in, if any
    pronoun: bool = False
    market: bool = False  # "the industry's", "the market's": figures about a market


class Attribution:
    """Organisation mentions sentence by sentence, and the organisation the text is about."""

    def __init__(self, text: str, vocabulary: Vocabulary, spans: list[list[Span]]) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.focus: str | None = None  # the last sentence subject named
        self.paragraph_known: list[str] = []  # vocabulary organisations named in the paragraph
        self.paragraph_focus: str | None = None  # ... in this paragraph
        self.topic: str | None = None  # the paragraph's first sentence subject
        self.named_by_topic: set[str] = set()  # other names in the topic's sentences
        # names organisations made or own (across paragraphs), and the last subject that
        # was none of them: "the company" means an organisation, not its product
        self.products: set[str] = set()
        self.org_focus: str | None = None
        # names described as organisations ("Revolut, the London neobank,", "founded
        # Revolut", "Klarna is a Swedish company"), and the names of this paragraph and the
        # one before, for "the company" at a paragraph's opening
        self.orgs: set[str] = set()
        self.owner_of: dict[str, str] = {}  # product -> the organisation that makes it
        # the app or game the last sentence's subject made: "Block builds Cash App with
        # Kotlin. The app is used by 57 million people"
        self.just_made: str | None = None
        self.paragraph_names: list[str] = []
        self.previous_names: list[str] = []
        self.older_names: list[str] = []  # ... and of the paragraph before that
        self.paragraph_sentences = 0  # sentences of this paragraph already read
        self.previous_topic: str | None = None
        self.earlier_orgs: list[str] = []  # organisations in focus before, latest last
        self.persons: set[str] = set()
        self.full_names: list[str] = []  # multi-word names seen, for "Teams" -> "Microsoft Teams"
        self.known: set[str] = set()  # names seen where only a name can stand
        self._lower_words: set[str] | None = None
        self.as_written: set[str] = set()  # names kept as the article first wrote them
        # names the article describes as places: "Halbury, a former mill town"
        self.places = {m.group(1) for m in _DESCRIBED_PLACE.finditer(text)}
        # "Amazon Web Services (AWS)": the short form the article then uses
        self.abbreviations = {
            m.group(2): m.group(1)
            for m in _ABBREVIATION.finditer(text)
            if _initials(m.group(1)).startswith(m.group(2)[0])
        }
        # paragraphs that are only a name: (paragraph start, end, the name)
        self.headings: list[tuple[int, int, Mention]] = []
        for paragraph in spans:
            heading = self._heading(paragraph)
            whole = text[paragraph[0].start : paragraph[-1].end] if paragraph else ""
            if heading is None and _looks_like_heading(whole):
                # "## 4. Twitch and Hulu", "So, should you use it?": the named section ends
                heading = Mention(paragraph[0].start, paragraph[0].start, "")
            if heading is not None:
                self.headings.append((paragraph[0].start, paragraph[-1].end, heading))
                if heading.name:
                    self.known.add(heading.name)
            if paragraph and table_rows(text, Span(paragraph[0].start, paragraph[-1].end)):
                continue  # a table's header cells ("Revenue 2023") are no names
            for sentence in paragraph:
                for m in _NAME.finditer(text, sentence.start, sentence.end):
                    if _opens(text, sentence.start, m.start()):
                        # "The Airbnb iOS app ...": capitalised after "The", so a name
                        name = self._clean(m.group())
                        if (
                            m.group().split()[0] in _ARTICLES
                            and name
                            and not self._written_lower(name.split()[0])
                        ):
                            self.known.add(name)
                        if (
                            2 <= len(name.split()) <= 3
                            and m.group().split()[0] not in _ARTICLES
                            and not self.vocabulary.entity(name)
                            and not _ORG_SUFFIX.search(name)
                            # ", who was leading", "himself", ", 39,": a person's ("Riot
                            # Games, the creator of League of Legends" is no person)
                            and re.match(
                                r",\s+(?:who|whose)\b|\s+(?:himself|herself)\b|,\s+\d{1,2},",
                                text[m.end() : m.end() + 9],
                            )
                        ):
                            # "Andrej Karpathy, who was leading the AI team at Tesla,"
                            self.persons.update((name, name.split()[-1]))
                        continue
                    name = self._clean(m.group(), opens=False)
                    if name:
                        self.known.add(name)
                        if self._is_person(m.start(), m.end(), name):
                            self.persons.add(name)
                            surname = name.split()[-1]
                            # "Ericsson ... founded in 1876 by Lars Magnus Ericsson": the
                            # surname also names the paragraph's company
                            first = re.search(rf"(?:^|\n){re.escape(surname)}\b", text)
                            if not (first and first.start() < m.start()):
                                self.persons.add(surname)

    def _heading(self, paragraph: list[Span]) -> Mention | None:
        """A paragraph that is only a name, maybe numbered ("4. Emirates")."""
        if not paragraph:
            return None
        start, end = paragraph[0].start, paragraph[-1].end
        m = _HEADING.fullmatch(self.text, start, end)
        if not m:
            return None
        name = _NAME.fullmatch(self.text, m.start(1), m.end(1))
        if not name or len(name.group().split()) > 5:
            return None
        cleaned = self._clean(name.group())
        if not cleaned or cleaned != name.group() or cleaned.casefold() in _PLACES:
            return None
        # "Social media", "Ride-hailing": a heading of common words, not a name (a single
        # name written in lower case elsewhere, "airbnb", is still a name)
        common = cleaned.endswith("ing") or (" " in cleaned and self._written_lower(cleaned))
        if _SECTION_WORDS.intersection(cleaned.split()) or common or (
            # "STREAMING", "RIDE-HAILING": a label in capitals, not an acronym like "IBM"
            cleaned.isupper()
            and re.search(r"[A-Z]{5}|-", cleaned)
            and not self.vocabulary.entity(cleaned)
        ):
            # "Conclusion", "Case Studies From Companies You Use": ends the named section
            return Mention(m.start(1), m.end(1), "")
        return Mention(m.start(1), m.end(1), cleaned)

    def _clean(self, name: str, opens: bool = True) -> str:
        """The name without the words before it that are not part of it. Mid-sentence a
        capitalised opener belongs to the name ("said Just Eat Takeaway.com"); at a
        sentence's start it does only if the article writes it so elsewhere."""
        # the full stop of a sentence is no part of a name, but "L.P." keeps its own
        words = (name if re.search(r"\b[A-Z]\.[A-Z]\.$", name) else name.rstrip(".")).split()
        if len(words) > 1 and words[-1].rstrip(".") in ("Inc", "Corp", "Ltd", "LLC", "plc", "PLC"):
            words = words[:-1]  # "Block Inc.": the company, without its legal form
        while len(words) > 1 and words[-1] in _PLATFORMS:
            words = words[:-1]  # "The Airbnb iOS app": the maker, not the platform
        if words and words[0] in _TECHNOLOGIES:
            return ""  # "React Native", "Kotlin Multiplatform": a technology, not a firm
        if opens and " ".join(words) in self.known:
            return " ".join(words)
        # "The New York Times", "The Wall Street Journal": "The" is part of a paper's name
        if words[:1] == ["The"] and len(words) >= 2 and _PUBLICATION.search(words[-1]):
            if " ".join(words[1:]) in _WITHOUT_THE:
                return " ".join(words[1:])
            return " ".join(words)
        if any(w in _TECHNOLOGIES for w in words[:2]) and words[-1] in _PRODUCT_WORDS:
            return ""  # "The Java Edition", "the Kotlin Foundation": a technology's part
        if (
            len(words) == 2
            and words[0].casefold() in _PLACES | _COUNTRY_WORDS
            and (
                self._written_lower(words[1])
                # "America Movil, controlled by ...": a sentence opens on the whole name
                or (
                    opens
                    and words[1] not in _NOT_NAMES
                    and words[1].casefold() not in _PLACES | _COUNTRY_WORDS
                    and not self.vocabulary.entity(words[1])
                )
            )
        ):
            return " ".join(words)  # "China Mobile", "Japan Airlines": a place in the name
        if len(words) >= 3 and re.search(r"\.(?:com|io|ai|net)$", words[-1]):
            return " ".join(words)  # "Just Eat Takeaway.com is": a domain ends the name
        while words and (
            (
                words[0] in _NOT_NAMES
                and (opens or words[0] not in _OPENERS)
                # "Jan Koum": a first name that is also a month's short form
                and not (len(words) == 2 and len(words[0]) <= 4 and words[0] in _FIRST_NAMES)
            )
            # "Sadly Mozilla also laid off", "Similarly, ...": an adverb opening the sentence
            or (opens and words[0].endswith("ly") and words[0][1:].islower())
            or (len(words) > 1 and words[0].lower() in _DESCRIPTORS and words[1] != "of")
            # "Engineers of Zalando": "of" left at the front once "Engineers" is gone
            or (len(words) > 1 and words[0].islower())
        ):
            words = words[1:]
        return " ".join(words)

    def _is_person(self, start: int, end: int, name: str) -> bool:
        if name in self.persons:
            return True
        words = name.split()
        if self.vocabulary.entity(name) or _ORG_SUFFIX.search(name):
            return False
        # "Elon Musk", "Daniel Ek": a common first name before a surname
        capitalised = all(w[0].isupper() for w in words)
        if 2 <= len(words) <= 3 and words[0] in _FIRST_NAMES and capitalised:
            return True
        # "said Achebe, 47,": one name with an age is a person too
        if len(words) < 2:
            return bool(re.match(r",\s+\d{1,2}\b", self.text[end : end + 6]))
        return bool(
            _PERSON_AFTER.match(self.text[end : end + 40])
            or _PERSON_BEFORE.search(self.text[max(0, start - 60) : start])
        )

    def _canonical(self, name: str) -> str:
        entity = self.vocabulary.entity(name)
        if entity:
            return entity.name
        if name in self.abbreviations:  # "Amazon Web Services (AWS)" ... "AWS"
            return self._canonical(self.abbreviations[name])
        if name in self.as_written:
            # "UPS, the United Parcel Service, ...", "Duolingo ... Super Duolingo": the
            # form the article named first stays the name
            return name
        if name.isupper() and 2 <= len(name) <= 5:  # "Electronic Arts ... EA reported"
            for full in reversed(self.full_names):
                if _initials(full) == name:
                    return full
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
            ):
                return full
        if " " in name:
            self.full_names.append(name)
        self.as_written.add(name)
        return name

    def mentions(self, sentence: Span) -> list[Mention]:
        """Organisations and pronouns in the sentence, in text order."""
        text = self.text
        for first, last, heading in self.headings:
            if first <= sentence.start and sentence.end <= last:
                if not sentence.start <= heading.start < sentence.end:
                    return []  # the "4." before the name
                if " " in heading.name:
                    self.full_names.append(heading.name)
                if not heading.name:  # "Conclusion": no organisation is in focus any more
                    self.focus = self.paragraph_focus = None
                return [heading] if heading.name else []
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
            if entity and not self._excluded(m.start(), m.end(), sentence, vocab=True):
                found.append(Mention(m.start(), m.end(), entity.name))
            taken.append((m.start(), m.end()))
        title = _is_title(text[sentence.start : sentence.end])
        consumed = -1  # where a brand read with its 's ends ("Domino's Pizza")
        for m in _NAME.finditer(text, sentence.start, sentence.end):
            if m.start() < consumed:
                continue
            raw = m.group()
            opens = _opens(text, sentence.start, m.start())
            # "Brainly, the homework community from Poland, is used by": a name in -ly
            # followed by its verb, not an adverb opening the sentence ("Sadly Mozilla")
            ly_name = opens and _LY_NAME.fullmatch(raw) and _SUBJECT_VERB_AFTER.match(text, m.end())
            name = self._clean(raw, opens=opens and not ly_name)
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
            first = opens and start == m.start()
            if _NAME_WITH_S.match(text, end):
                name, end = name + text[end : end + 2], end + 2
            brand = _BRAND_WITH_S.match(text, end)
            if brand and (
                self._written_lower(brand.group(1)) or self._written_lower(brand.group(1) + "s")
            ):
                # "Domino's Pizza runs over 20,000 stores": a brand with a common noun
                name, end = name + brand.group(), brand.end()
                consumed = end
            if name in _NOT_NAMES or name.casefold() in _PLACES or _EVENT_NAME.search(name):
                continue
            if name in self.places:  # "Halbury, a former mill town of about 46,000 people"
                continue
            # "Cyberpunk 2077 has sold 25 million copies": a numbered product as subject
            numbered = _NUMBERED_SUBJECT.match(text, end)
            if first and _MAKERS_APP.match(text, end) and text[start - 1 : start] == "\n":
                # "Tesla mobile app, that lets owners unlock their car, is built with
                # React Native. The electric car maker ...": the paragraph's maker
                self.paragraph_known.append(self._canonical(name))
                continue
            if first and _PRODUCT_NOUN_AFTER.match(text, end):
                continue  # "Premium subscriptions generated most of it": a product
            if first and " " in name and name.split()[0] in _FIRST_NAMES:
                continue  # "David Heinemeier Hansson extracted the framework": a person
            if first and numbered and name not in _NOT_NAMES:
                name, end = f"{name} {numbered.group(1)}", numbered.end(1)
            elif first and not self._opens_as_subject(name, end):
                continue
            if self._excluded(start, end, sentence, vocab=False):
                if self.org_focus and _CALLED_BEFORE.search(
                    text, max(sentence.start, start - 60), start
                ):
                    # "a platform called Michelangelo": no mention, but its maker's product,
                    # so that "Michelangelo was built with Java ... The company" stays theirs
                    self.products.add(name)
                    self.owner_of.setdefault(name, self.org_focus)
                continue
            found.append(Mention(start, end, self._canonical(name)))
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
                    # "The Airbnb iOS app": a product's description names its maker
                    or (inside[0].name in self.known and _PRODUCT_DESCRIPTOR.search(m.group()))
                )
                and m.group().lower().startswith("the ")
            ):
                # "The Spotify Android app was started in Java": the name it describes
                found.append(Mention(m.start(), m.end(), inside[0].name))
            else:
                found.append(Mention(m.start(), m.end(), "", pronoun=True))
        # "Their search engine combine flights from 750 carriers": a sentence opening
        # with "Their" in a paragraph about an organisation means it
        their = re.match(r"[\"“]?Their\b", text[sentence.start : sentence.start + 7])
        if their:
            found.append(Mention(sentence.start, sentence.start + their.end(), "", pronoun=True))
        # '"We now have 9,000 engineers," said Achebe': in a quote, "we" is the speaker's
        # organisation
        for m in _WE.finditer(text, sentence.start, sentence.end):
            if self._in_quote(m.start()):
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
            if self._opens_sentence(found[0].start) and described:
                found[0] = Mention(found[0].start, described.end(), "", pronoun=True)
        for f in found:
            if f.pronoun or not f.name or text[max(0, f.start - 3) : f.start] == "as ":
                continue  # "started in 2013 as PaloAltoDelivery.com": a former name
            self.paragraph_names.append(f.name)
            maker = self._maker(f.name)
            if maker:
                self.products.add(f.name)  # "Amazon S3", "Amazon Corretto": a maker's product
                self.owner_of[f.name] = maker
            if _DESCRIBED_ORG.match(text, f.end) or _FOUNDED_BEFORE.search(
                text, max(0, f.start - 40), f.start
            ):
                self.orgs.add(f.name)
        return self._appositives(found, sentence)

    def section(self, position: int) -> str | None:
        """The organisation whose heading the text at `position` stands under, if any: in a
        listicle ("4. Twitch") pronouns and descriptions mean it, whatever else is named."""
        current: str | None = None
        for first, _, heading in self.headings:
            if first > position:
                break
            current = heading.name or None
        return current

    def _in_quote(self, position: int) -> bool:
        start = self.text.rfind("\n", 0, position) + 1
        before = self.text[start:position]
        straight = before.count('"') % 2 == 1
        return straight or before.count("“") > before.count("”")

    def _written_lower(self, name: str) -> bool:
        """Does the article also write the name in lower case ("advertising")?"""
        if self._lower_words is None:
            # not a web address ("walmart.com", "www.ebay.co.uk"): that is the brand's
            self._lower_words = set(
                re.findall(r"(?<![\w./@])[a-z][\w'’-]*(?!['’-]?\w|\.[a-z]{2,}\b)", self.text)
            )
        if " " not in name:
            return name.lower() in self._lower_words
        return bool(re.search(rf"(?<![\w.]){re.escape(name.lower())}(?![\w])", self.text))

    def _verb_after_origin(self, end: int) -> bool:
        """ "Meituan from Beijing is the biggest ...": where it is from, then its verb."""
        origin = _FROM_PLACE.match(self.text, end)
        return bool(origin and _PREDICATE.match(self.text, origin.end()))

    def _opens_as_subject(self, name: str, end: int) -> bool:
        if name in _SECTION_WORDS:  # "Challenge: ...", "Results: ..." in a case study
            return False
        if name in self.known:
            return True
        if name in _COMMON_PLURALS:  # "Executives said ...", "Analysts expect ..."
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
        if " " not in name and len(name) > 5 and name.endswith("ing") and name[1:].islower():
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
        if self._written_lower(name):
            return False
        # "Wise, known before as TransferWise, help people", "Cloudflare, with around 4,000
        # employees, stopped": a described name, then its (maybe misspelt) verb
        if (
            _APPOSITIVE_THEN_WORD.match(self.text, end)
            and " of " not in name  # "Parts of Titus, the in-house platform, use it"
            and not self._written_lower(name.split()[0])
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
        verb = re.match(r"(?:,[^,.;\n]{1,80},)?[^\S\n]+([a-z]{3,}(?:s|ed))[^\S\n]+[\w$]", after)
        start = end - len(name)
        if (
            verb
            # at a paragraph's start, where a listicle names what the paragraph is about
            # (or a sentence's, with the verb's object a determiner: "Instacart solves this")
            and (
                self.text[max(0, start - 1) : start] in ("", "\n")
                or (
                    self.text[max(0, start - 2) : start] == ". "
                    and re.match(r"\s+(?:this|these|that|the|its|their|a|an)\b",
                                 after[verb.end(1):])
                )
            )
            and name.lower() not in _MEASURE_ADJECTIVES
            and not self.vocabulary.metric_for_phrase(verb.group(1))
            and not self._written_lower(name)
        ):
            return True
        # "Acme revenue grew 12%": a name before the measure it reports, when the article
        # never writes that word in lower case (so it is not "Cloud revenue grew")
        measure = _MEASURE_VERB.match(after)
        return bool(
            measure
            and self.vocabulary.metric_for_phrase(measure.group(1).lower())
            and not self.vocabulary.metric_for_phrase(f"{name} {measure.group(1)}".lower())
            and name.lower() not in _MEASURE_ADJECTIVES
            and not self._written_lower(name)
        )

    def _excluded(self, start: int, end: int, sentence: Span, vocab: bool) -> bool:
        text = self.text
        before = text[max(sentence.start, start - 60) : start]
        after = text[end : end + 3]
        if re.match(r"[^\S\n]*\d", after):  # "Pixel 8", "Boeing 737", "Fortune 500"
            return True
        if _CODE_AMOUNT.fullmatch(text, start, end):  # "revenue of RMB1.08 trillion"
            return True
        # 'Its slogan was "Share your journey"': the first word of a quoted phrase
        if text[start - 1 : start] in ('"', "“") and _LOWER_WORDS.match(text, end):
            return True
        # "10 million TikTok followers", "its Dashers", "their Prime members": what is
        # counted or owned, not who states the figure
        if re.search(
            r"(?:\d[%\w]*|\b(?:its|it['’]s|their|his|her|our|whose|thousand|million|billion|"
            r"trillion))[^\S\n]+$",
            before,
            re.I,
        ) and not _YEAR_BEFORE.search(before):
            return True
        # "a data company whose famous Terminal has 325,000 subscribers": what it owns
        if re.search(r"\bwhose\s+(?:[a-z]+\s+){1,2}$", before):
            return True
        # "Its API gateway, Zuul, handles": a name for something the organisation owns
        owned = re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+)?([\w-]+),\s+$", before, re.I)
        if (
            owned
            and not _OWNER_NOUNS.fullmatch(owned.group(1).lower())
            and text.startswith(",", end)  # the appositive closes after the name
        ):
            return True
        possessed = re.search(r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+$", before)
        if possessed and not (
            _OWNER_NOUNS.fullmatch(possessed.group(1))
            or possessed.group(1) in _DESCRIPTORS
            # "share their homes on Airbnb": a preposition, not what they own
            or possessed.group(1) in _PREPOSITIONS
        ):
            return True  # "Its software MediaWiki is written in PHP"
        # "known internally as Monorail", "a client called Gibbon": a product's name
        if _CALLED_BEFORE.search(before):
            return True
        # "The company became a Public Benefit Corporation": what it is, not who
        if re.search(r"\b(?:became|become|becomes|becoming)\s+(?:a|an)\s+$", before):
            return True
        # "Founded in Malaysia in 2012 as MyTeksi, Grab moved": a former name
        if _FORMER_NAME_BEFORE.search(before) and text.startswith(",", end):
            return True
        # "a Super Duolingo subscription", "the Prime Video app": a product, by its noun
        if re.search(r"\b(?:a|an|the)\s+$", before, re.I) and _PRODUCT_NOUN_AFTER.match(
            text, end
        ):
            return True
        # "the group's eCommerce arm": what an organisation already named owns
        if re.search(rf"\bthe\s+(?:[\w-]+\s+)?(?:{_ORG_NOUNS})['’]s[^\S\n]+$", before, re.I):
            return True
        if _SOURCE_BEFORE.search(before):
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
        if _PLACE_BEFORE.search(before) and not re.match(r"['’]s\b", after):
            return True
        # "in Lebanon, Indiana", "the Bethesda, Maryland-based company": places
        if (
            _PLACE_CHAIN.search(before)
            # "The biggest bank in America, JPMorgan Chase, employs": a described subject;
            # "With 9 million customers in the UK, Monzo is": the fronted phrase's subject
            and not (text.startswith(",", end) and _PREDICATE.match(text, end + 1))
            # "Founded in Malaysia and later moved to Singapore, Grab is": after a fronted clause
            and not (_opens_fronted(text, sentence.start) and _PREDICATE.match(text, end))
        ) or text.startswith("-based", end):
            return True
        # "Swiss Re estimates that insured losses ...": a source, not the figure's subject
        if _SOURCE_AFTER.match(text, end):
            return True
        if name in self.persons or name.split()[-1] in self.persons:
            return True
        if name.endswith("ans") and name[1:].islower():  # "Americans", "Europeans"
            return True
        # "the fastest growing American ride share company": a nationality adjective
        # ("Meituan has", "Wuhan is" are subjects: a verb follows)
        if (
            (_NATIONALITY.fullmatch(name) or name in _DEMONYMS)
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
            and name not in self.known - {name}
            # not "Founded in 1922, the BBC built the first version": its verb follows
            and not (name.isupper() and _PREDICATE.match(text, end))
        )

    def _appositives(self, found: list[Mention], sentence: Span) -> list[Mention]:
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
            # "The brand, founded in 1948 by Rudolf Dassler, has ...": a pronoun opens one too
            if (
                not mention.market
                and self.text.startswith(",", mention.end)
                # "pay for the Bloomberg Terminal, and the company employs": a new clause
                and not _NEW_CLAUSE_AFTER.match(self.text, mention.end)
            ):
                comma = self._appositive_end(mention.end, sentence.end)
                if comma != -1:
                    opener, closes = mention.end, comma
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

    def subject(self, mentions: list[Mention], before: int | None = None) -> str | None:
        # "The digital bank, founded in 2013, passed 100 million customers across ...":
        # a sentence that opens with a pronoun is about the organisation in focus.
        if mentions and mentions[0].pronoun and self._opens_sentence(mentions[0].start):
            # "The Stockholm company that talked a generation out of MP3s, Spotify, leans
            # on Django": the description's own name, in commas after it
            named = next((m for m in mentions[1:] if not m.pronoun), None)
            between = self.text[mentions[0].end : named.start] if named else ""
            if named and not between.strip():
                return named.name  # "The language learning app Duolingo build its app"
            if (
                named
                and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,3}", between)
                and re.search(r"\b(?:parent|owner|holding)\b", between)
            ):
                return named.name  # "Its parent company ByteDance is ..."
            if (
                named
                and _NAMED_DESCRIPTION.match(self.text[mentions[0].end : named.start + 1])
                and self.text.startswith((",", " ", "'"), named.end)
                and not _OWNED_BEFORE.search(self.text, max(0, named.start - 60), named.start)
            ):
                return named.name
            # "Metasploit was rewritten in Ruby ... The company serves 11,000 customers":
            # "the company" skips a product its paragraph's organisation named
            opener = self.text[mentions[0].start : mentions[0].end].lower()
            if re.fullmatch(r"the\s+(?:[\w-]+\s+)?(?:game|app)", opener) and self.just_made:
                return self.just_made  # "Block builds Cash App ... The app is used by"
            # (not when the paragraph's topic is itself a product: "Shopify engineers are
            # behind YJIT, the new compiler ... The company is employing")
            if opener.startswith("the ") and self.topic not in self.products and (
                self.focus in self.named_by_topic
                # "Microsoft 365 now counts 400 million seats, and the company employs"
                or (self.topic and self.focus and self.focus.startswith(self.topic + " "))
            ):
                return self.topic
            described = self._descriptor_target() if opener.startswith("the ") else None
            if described:
                return described
            if (
                opener.startswith("the ")
                and self.focus in self.persons
                and self.org_focus
                and self.org_focus not in self.persons
            ):
                return self.org_focus  # "Luis von Ahn ... started it. The company later"
            if re.fullmatch(r"the\s+(?:[\w-]+\s+)?(?:game|app)", opener) and (
                self.focus in self.products
            ):
                # "Hearthstone, the digital card game of Blizzard, ... The game passed 100
                # million players": the product itself, not its maker
                return self.focus
            if opener.startswith("the ") and self._focus_is_product():
                # "Uber created Michelangelo ... Today Michelangelo manages 5,000 models.
                # (new paragraph) The ride-hailing company is available in 70 countries"
                return self.org_focus
            return None
        candidates = self._after_fronted_clause(mentions)
        objects = self._objects(candidates)  # not across the fronted clause's comma
        for m in candidates:
            if before is not None and m.start >= before:
                break
            if (
                not m.pronoun
                and m.closes is None
                # "Famous games like Pokémon Go and Hollow Knight": listed after an object
                and (m.start not in objects or self.text.startswith(("'s", "’s"), m.end))
                # "built M3, a metrics platform": what the subject made, not the subject
                and not _MADE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # "built the logistics arm, Mercado Envios,": what the subject owns
                and not _OWNED_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                # "who joined from Spotify", "agreed to buy Pioneer": not the subject
                and (
                    not _OBJECT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                    or self.text.startswith(("'s", "’s"), m.end)
                )
                # "tillpoint is licensed by De Nederlandsche Bank": a passive's agent
                and not _AGENT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            ):
                return m.name
        return None

    def _after_fronted_clause(self, mentions: list[Mention]) -> list[Mention]:
        """ "After a database corruption knocked DVD shipments offline, Netflix moved":
        the subject follows a fronted clause, so names inside it are skipped."""
        if not mentions:
            return mentions
        first = mentions[0].start
        ends = [b.end() for b in _SENTENCE_BOUNDARY.finditer(self.text, max(0, first - 400), first)]
        start = ends[-1] if ends else max(0, first - 400)
        head = _FRONTED_CLAUSE.match(self.text, start)
        if not head:
            return mentions
        comma = self.text.find(",", head.end())
        later = [m for m in mentions if m.start > comma >= 0]
        return later if later and any(not m.pronoun for m in later) else mentions

    def _pronoun_subject_owns(self, mentions: list[Mention], named: Mention, end: int) -> bool:
        """Does the figure belong to the pronoun that opens the sentence, though a name
        stands nearer to it?"""
        first = mentions[0]
        if not first.pronoun or not self._opens_sentence(first.start):
            return False
        opener = self.text[first.start : first.end].lower()
        return bool(
            # "Its games like Sniper 3D and Tennis Clash were downloaded over 4 billion
            # times": examples inside the owner's subject
            (
                re.match(r"(?:its|their)\b", opener)
                and _EXAMPLES_IN_SUBJECT.fullmatch(self.text, first.end, named.start)
            )
            # "The travel company behind Expedia, Hotels.com and Vrbo reported revenue of
            # $12.8 billion": what it runs, in its own subject
            or (
                opener.startswith("the ")
                and _BEHIND_LIST.fullmatch(self.text, first.end, named.start)
            )
            # "It created a style guide ... starred on GitHub, and approx 90% of its web
            # code": "its" is the sentence's subject, not a preposition's object
            or (
                re.match(r"it\b|the\s", opener)
                and _PREPOSITION_BEFORE.search(self.text, max(0, named.start - 30), named.start)
                and re.match(r"\s+of\s+its\b", self.text[end : end + 10])
            )
        )

    def _place_is_subject(self, sentence: Span, position: int, mentions: list[Mention]) -> bool:
        """A country or city does what the figure counts: the figure is the place's, not
        an organisation's."""
        if _COUNTRY_AS_SUBJECT.search(self.text, max(sentence.start, position - 60), position):
            return True  # "while the whole country records around 13 billion UPI payments"
        for m in _PLACE_SUBJECT.finditer(self.text, sentence.start, position):
            opening = self.text[sentence.start : m.start()]
            if not _CLAUSE_START.search(opening):
                continue
            if m.group(1).casefold() in _PLACES | _COUNTRY_WORDS and not any(
                not n.pronoun and m.end() <= n.start < position for n in mentions
            ):
                return True
        return False

    def _org_into_focus(self, org: str) -> None:
        """An organisation the text has just described (a product's maker, a founded
        company) becomes the one "the company" means; the one before is remembered."""
        self.orgs.add(org)
        if self.org_focus and self.org_focus != org:
            self.earlier_orgs.append(self.org_focus)
        self.org_focus = org

    def _verb_again(self, mentions: list[Mention], named: Mention, position: int) -> str | None:
        """The sentence's subject when the figure follows a second verb of it, after the
        name in its object: "Walmart bought Flipkart in 2018 and now has 2.1 million
        employees", "It owns Kiddopia and Sportskeeda and has more than 90 million"."""
        if not _SUBJECT_VERB_AGAIN.fullmatch(self.text, named.end, position):
            return None
        first = mentions[0]
        if first.pronoun:
            # not "Its streaming service Disney+ was launched in 2019 and has": the
            # possessive's name is the subject
            possessive = re.match(r"(?i:its|their)\b|.*['’]s$", self.text[first.start : first.end])
            if possessive or not self._opens_sentence(first.start):
                return None
            return self._in_focus()
        subject = self.subject(mentions, named.start)
        return subject if subject == first.name and subject != named.name else None

    def _opens_sentence(self, position: int) -> bool:
        # "Today the company delivers ...": a time adverb before it still opens the sentence
        adverb = _OPENING_ADVERB.search(self.text, max(0, position - 14), position)
        if adverb:
            position = adverb.start()
        return not self.text[max(0, position - 2) : position].strip() or self.text[
            max(0, position - 2) : position
        ].endswith(("\n", ". "))

    def entity_for(
        self, position: int, end: int, sentence: Span, mentions: list[Mention]
    ) -> str | None:
        usable = [m for m in mentions if m.closes is None or position < m.closes]
        if self._place_is_subject(sentence, position, usable):
            return None  # "India processes more than 12 billion UPI payments every month"
        # "fewer than 3,000 at Lyft", "the 150.2 million that Disney+ reports": whose
        # figure it is, named right after it
        at = _AT_AFTER.match(self.text, end)
        if at:
            named = [m for m in usable if m.start == at.end() and not m.pronoun]
            if named and (at.group(1) or _REPORTS.match(self.text, named[0].end)):
                return named[0].name
        # "a round that valued Discord at $15 billion", "valued the company at US$1.1bn"
        valued = _VALUED_BEFORE.search(self.text, max(sentence.start, position - 80), position)
        if valued:
            named = [m for m in usable if m.start == valued.start(1)]
            if named:
                return named[0].name or self.section(position) or self._in_focus()
        before = [m for m in usable if m.end <= position]
        if before:
            nearest = before[-1]
            if nearest.market:  # "The industry's revenue fell 1% to $184 billion"
                return None
            if not nearest.pronoun and _TOOL_BEFORE.search(
                self.text, max(sentence.start, nearest.start - 20), nearest.start
            ):
                # "built Espresso ... streams every change through Apache Kafka, pushing
                # 7 trillion messages a day": the tool the sentence's subject uses
                found = _CLAUSE_OPENER.finditer(self.text, sentence.start, nearest.start)
                openers = [sentence.start] + [m.end() for m in found]
                own: list[Mention] = []
                for clause in reversed(openers):  # the nearest clause that names someone
                    own = [m for m in before if not m.pronoun and m.start >= clause]
                    own = [m for m in own if m is not nearest]
                    if own:
                        break
                subject = own[0].name if own else self.subject(mentions, nearest.start)
                if not subject and any(m.pronoun for m in before):
                    # "The trading app runs on AWS and now serves 23M funded customers"
                    subject = self.section(position) or self._in_focus()
                if subject and subject != nearest.name:
                    return subject
            window = max(sentence.start, nearest.start - 40)
            if (
                not nearest.pronoun
                and _PASSIVE_AGENT.search(self.text, window, nearest.start)
                and _RELATIVE_ON.match(self.text, nearest.end, position)
            ):
                # "It is run by Automattic, which ... have around 1,900 employees"
                return nearest.name
            if not nearest.pronoun and (
                _PASSIVE_AGENT.search(self.text, window, nearest.start)
                or _ACTS_ON_FOCUS.match(self.text, nearest.end)
            ):
                # "The messaging app is owned by Meta and more than 2 billion people use it",
                # "When Facebook bought it in 2014 the company had only 55 employees"
                subject = self.subject(mentions, nearest.start)
                return subject or self.section(position) or self._in_focus()
            if not nearest.pronoun and _COMPARED_WITH.search(self.text, window, nearest.start):
                # "Airbnb is one of the biggest users of React outside of Facebook, about 90%
                # of its pages": a name compared with is not what is counted
                subject = self.subject(mentions, nearest.start)
                if subject and subject != nearest.name and mentions[0].name == subject:
                    return subject
            if not nearest.pronoun and self._pronoun_subject_owns(mentions, nearest, end):
                return self.section(position) or self._in_focus()
            if not nearest.pronoun:
                # "Instagram is the photo sharing app of Meta, with more than 2 billion
                # users": a name after "of" in the predicate is not what is counted
                subject = self.subject(mentions, nearest.start)
                if subject and subject != nearest.name and _FROM_PARENT.fullmatch(
                    # "Cash App from Block Inc. is a payment app with 57 million users"
                    self.text, mentions[0].end, nearest.start
                ) and mentions[0].name == subject:
                    return subject
                if (
                    subject
                    and subject != nearest.name
                    # "Amazon Web Services, the cloud arm of Amazon that made $90.8 billion"
                    and _DESCRIBED_OF.search(self.text[
                        max(sentence.start, nearest.start - 80) : nearest.start
                    ])
                    # "the company behind WeChat, an app that 1.3 billion people use": the
                    # product's own clause counts for it
                    and not _OWN_CLAUSE.match(self.text, nearest.end, position)
                ):
                    return subject
                again = self._verb_again(mentions, nearest, position)
                if again:
                    return again
                if (
                    subject
                    and subject != nearest.name
                    and mentions[0].name == subject
                    # "ShareChat together with its short video app Moj has 325 million": the
                    # subject's own product, named alongside it
                    and _WITH_ITS_PRODUCT.fullmatch(self.text, mentions[0].end, nearest.start)
                ):
                    return subject
                return nearest.name
            # "..., and Peacock, owned by Comcast, doubled its base": an organisation named
            # in the pronoun's own clause; else the sentence's subject, else the focus.
            clause = sentence.start
            for m in _COORDINATION.finditer(self.text, sentence.start, nearest.start):
                clause = m.end()
            # "When Atlassian bought Trello in 2017, it had about 19 million users": the
            # pronoun of the main clause is not the fronted clause's subject
            fronted = _FRONTED_CLAUSE.match(self.text, sentence.start)
            comma = self.text.find(",", fronted.end(), nearest.start) if fronted else -1
            after_fronted = comma != -1
            clause = max(clause, comma)
            objects = self._objects(before)
            own = [
                m
                for m in before
                if not m.pronoun
                and m.start >= clause
                # "agreed to buy Pioneer, a deal that will lift its output": a counterpart;
                # "the parent of Facebook, Instagram and WhatsApp and it employs": a list
                and m.start not in objects
            ]
            if own:
                # "Expedia Group announced AWS as its preferred cloud provider and now runs
                # about 75% of its critical applications on it"
                return self._verb_again(mentions, own[-1], position) or own[-1].name
            role = [
                m
                for m in before
                if not m.pronoun and _ROLE_OPENING.fullmatch(self.text, sentence.start, m.start)
            ]
            if role:
                return role[0].name
            if after_fronted and self._in_focus():
                return self._in_focus()
            section = self.section(position)
            descriptor = self.text[nearest.start : nearest.start + 4].lower() == "the "
            if section and descriptor:
                # "## 2. GitHub ... Microsoft bought the company, and the code hosting site
                # now has": under a heading, "the site" is the heading's organisation
                return section
            subject = self.subject(mentions, nearest.start)
            behind_it = re.match(r"\s+behind\s+(?:it|them)\b", self.text[nearest.end :])
            if (behind_it and descriptor) or _BEHIND_BEFORE.search(
                self.text, max(0, nearest.start - 60), nearest.start
            ):
                # "Fortnite has 650 million players, and the company behind it employs": the
                # organisation in focus before the product
                if self.focus in self.owner_of:
                    return self.owner_of[self.focus]
                if self._focus_is_product() or (subject and subject != self.org_focus):
                    return self.org_focus  # the sentence is about the product
                return self.earlier_orgs[-1] if self.earlier_orgs else self.topic
            if descriptor and not subject and self._focus_is_product():
                return self.org_focus  # "... and the company employs about 7,700 people"
            if (
                descriptor
                and subject
                and self.topic
                and subject != self.topic
                and subject in self.named_by_topic
                and self.topic not in self.products  # "Lore ... came out of ... Instacart"
                and subject != self.just_made  # "Block builds Cash App ... The app is"
            ):
                # "Epic Games is the company behind Fortnite. ... Fortnite has 400 million
                # players, and the company employs": the product's maker
                return self.topic
            if descriptor and subject and self.topic and subject.startswith(self.topic + " "):
                # "Microsoft 365 counts 400 million seats, and the company employs": the
                # product's maker, whom the paragraph is about
                return self.topic
            return subject or section or self._in_focus()
        after = [m for m in usable if m.start >= end]
        # "More than 2.7 billion people use WhatsApp every month": the parser's span runs
        # on to the rate, over the name the people use
        used = [
            m
            for m in usable
            if not m.pronoun
            and position < m.start < end
            and (
                _USED_ON.search(self.text, max(0, m.start - 30), m.start)
                # "over 1 billion hours of YouTube videos a day": whose videos
                or re.search(r"\b(?:hours|minutes)\s+of\s+$", self.text[m.start - 20 : m.start])
            )
        ]
        if used:
            return used[0].name
        if any(m.pronoun and position <= m.start < end for m in usable) and not after:
            # "Around 480 million people use it every month": "it" inside the figure
            return self.section(position) or self._in_focus()
        # "With 450 million users, Pinterest is ...": a fronted phrase's number belongs to
        # the subject that follows it; otherwise whatever comes next names it, and a
        # pronoun there ("Net sales rose 12%, and its cloud arm ...") means the focus.
        comma = self.text.find(",", end, sentence.end)
        if _FRONTED.match(self.text, sentence.start) and comma != -1:
            named = [m for m in after if not m.pronoun and m.start > comma]
            if named:
                return named[0].name
        named_after = [m.name for m in after if not m.pronoun]
        # "... raised $22.5 billion for the US Treasury": a name after the number behind a
        # preposition is a beneficiary or counterpart, not who the figure is about
        after = [
            m
            for m in after
            if m.pronoun
            or not _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            # "$90.8 billion in revenue came from Amazon Web Services": whose it is
            or _CAME_FROM.search(self.text, max(0, m.start - 30), m.start)
            # "About 8 million people transact on Coinbase every month"
            or _USED_ON.search(self.text, max(0, m.start - 30), m.start)
        ]
        if after:
            if after[0].market:
                return None
            if not after[0].pronoun:
                return after[0].name
            if self.text[after[0].start : after[0].start + 4].lower() == "the ":
                # "With about 1.5 million employees, the retailer made ...", after a product
                described = self._descriptor_target()
                if described:
                    return described
            return self.section(position) or self._in_focus() or self.subject(after)
        focus = self.paragraph_focus or self.focus
        if focus and focus in self.products and self.owner_of.get(focus) in named_after:
            # "Radar, the fraud tool of Stripe, ... Businesses processed $1 trillion on
            # Stripe": the product's maker, named after the figure
            return self.owner_of[focus]
        if focus and any(n == focus or n.startswith(focus + " ") for n in named_after):
            # "Roughly 4.4 million subscribers pay for Chegg Study": its maker's product
            # "Twitch is ... More than 7 million streamers go live every month on Twitch":
            # the organisation in focus, even behind a preposition
            return focus
        if not usable and not _is_title(self.text[sentence.start : sentence.end]):
            # "Airbnb is the marketplace ... Over 4 million hosts offer their places": a
            # sentence naming nobody counts for the organisation its paragraph is about;
            # "Revenue was $7.1 billion" for the one in focus
            opening = self.text[sentence.start : position].strip(" \"“")
            measure = _MEASURE_OPENING.fullmatch(opening)
            if (not opening or _TIME_OPENING.fullmatch(opening)) and self.paragraph_focus:
                return self.paragraph_focus
            if measure and self.vocabulary.metric_for_phrase(measure.group(1).lower()):
                return self._in_focus()
        return None

    def new_paragraph(self) -> None:
        if self.paragraph_names:
            self.older_names = self.previous_names
            self.previous_names = self.paragraph_names
            self.previous_topic = self.topic
        self.paragraph_focus = self.topic = None
        self.named_by_topic = set()
        self.paragraph_known: list[str] = []
        self.paragraph_names = []
        self.paragraph_sentences = 0
        self.just_made = None

    def _maker(self, name: str) -> str | None:
        """The organisation a two-word product name starts with ("Amazon Corretto",
        "Amazon S3"), when the article also names it alone; not for names the vocabulary
        knows whole ("Amazon Web Services") or for "Group"-like endings."""
        words = name.split()
        if (
            len(words) != 2
            or self.vocabulary.entity(name)
            or _SHORT_FORM_REST.fullmatch(words[1])
            or words[0] in _PRODUCT_FIRST_WORDS  # "Model Y" is no product of "Model"
        ):
            return None
        if words[0] in self.known or self.vocabulary.entity(words[0]):
            entity = self.vocabulary.entity(words[0])
            return entity.name if entity else words[0]
        return None

    def _descriptor_target(self) -> str | None:
        """What "the company" at a paragraph's opening means when the name in focus is a
        person's or a product's (see _described_org); None to keep the usual reading."""
        described = self._described_org()
        if described and described != self.focus and (
            self.focus not in self.orgs
            or self.focus in self.persons
            or self.focus in self.products
            # "nobody is bigger than Walmart. / The retailer": the previous paragraph named
            # someone else than the organisation in focus
            or (described in self.previous_names and self.focus not in self.previous_names)
        ):
            return described
        return None

    def _described_org(self) -> str | None:
        """ "Nik Storonsky ... founded Revolut in 2015. He is 39. (new paragraph) The company
        serves 45 million customers": at the opening of a paragraph that names nobody yet,
        "the company" is the organisation the previous paragraph named, not its founder,
        product or tool; None when nothing there is recognisably an organisation."""
        if self.paragraph_focus is not None or self.paragraph_known or self.paragraph_sentences:
            return None
        topic = self.previous_topic
        if topic in self.owner_of:
            return self.owner_of[topic]  # "Firefox, the browser of Mozilla, ... / The foundation"
        if (
            topic
            and topic not in self.persons
            and topic not in self.products
            # (a product of the topic itself in focus: "Block ... Cash App, its payment
            # app, ... / The company has")
            and (self.focus not in self.products or self.org_focus == topic)
        ):
            return topic if topic in self.previous_names else None
        for name in reversed(self.previous_names):
            if name in self.products or name in self.persons:
                continue
            if name in self.orgs or self.vocabulary.entity(name):
                return name
        # "Dropbox ... / Magic Pocket, the in-house storage system, ... instead of Amazon S3.
        # / The company has 700 million users": the organisation last in focus
        if self.org_focus and self.org_focus != self.focus and self.org_focus not in self.persons:
            return self.org_focus
        # "When we talk about retail, nobody is bigger than Walmart. / The retailer ...":
        # else the last name there that is no person, product or technology; when nobody
        # was in focus since, the paragraph before it too ("... which users of Twitter
        # saw. / ... built tools like Finagle and Scalding. / The company now counts")
        older = self.older_names if self.org_focus is None and self.focus is None else []
        for name in reversed(older + self.previous_names):
            if (
                name not in self.persons
                and name not in self.products
                and name.split()[0] not in _FIRST_NAMES
                and name.split()[0] not in _PRODUCT_FIRST_WORDS
            ):
                return name
        return None

    def _objects(self, mentions: list[Mention]) -> set[int]:
        """Starts of the names that follow a preposition or a deal verb, and of the names
        listed after one ("of Facebook, Instagram and WhatsApp")."""
        objects: set[int] = set()
        previous: Mention | None = None
        for m in mentions:
            if not m.pronoun and (
                _OBJECT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                or (
                    previous is not None
                    and previous.start in objects
                    and _LIST_JOINER.fullmatch(self.text, previous.end, m.start)
                )
            ):
                objects.add(m.start)
            previous = m
        return objects

    def _focus_is_product(self) -> bool:
        """Is the name in focus something an organisation made, with that organisation
        still the last one in focus?"""
        focus, org = self.focus, self.org_focus
        return bool(
            focus and org and focus != org
            and not self.paragraph_known  # "Tesla mobile app ... The electric car maker"
            and (focus in self.products or focus.startswith(org + " "))
        )

    def _in_focus(self) -> str | None:
        """What "it" means when the sentence names no subject: the paragraph's, else a
        known organisation this paragraph has named ("Most of the edge stack at Netflix
        ... The streaming service passed 300 million"), else the last one in focus."""
        if self.paragraph_focus is None and self.paragraph_known:
            return self.paragraph_known[-1]
        return self.focus

    def after_sentence(self, mentions: list[Mention], sentence: Span | None = None) -> None:
        self.just_made = None
        # "it replaced NGINX by Pingora, an in-house proxy built in Rust": a tool wherever
        # it is named, not only as a subject
        self.products.update(
            m.name
            for m in mentions
            if not m.pronoun and _TOOL_APPOSITIVE.match(self.text, m.end)
        )
        # "built open source tools like Finagle and Scalding": the examples are tools
        listed: Mention | None = None
        for m in mentions:
            if not m.pronoun and (
                _TOOLS_LIKE_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                or (listed and _LIST_JOINER.fullmatch(self.text, listed.end, m.start))
            ):
                self.products.add(m.name)
                listed = m
            else:
                listed = None
        if sentence is not None and self.focus and self.focus not in self.orgs and re.match(
            r"[\"“]?(?:He|She|His|Her)\b", self.text[sentence.start : sentence.start + 5]
        ):
            self.persons.add(self.focus)  # "Nik Storonsky founded Revolut. He is 39 today"
        self.paragraph_known += [
            m.name
            for m in mentions
            if not m.pronoun
            and self.vocabulary.entity(m.name)
            # "who joined from Spotify in 2014": a career, not the paragraph's subject
            and not _CAREER_BEFORE.search(self.text, max(0, m.start - 25), m.start)
            # "When Facebook bought it in 2014, ...": the buyer of the one in focus
            and not _ACTS_ON_FOCUS.match(self.text, m.end)
        ]
        # read as the sentence was read: "The retailer operates" opens its paragraph
        subject = self.subject(mentions)
        opener = _NAME.match(self.text, sentence.start) if sentence is not None else None
        if subject is None and opener and self._clean(opener.group()) in self.persons:
            # "Andrej Karpathy, who was leading the AI team at Tesla, ...": the person's
            # organisation is the one the paragraph goes on about
            subject = next(
                (
                    m.name
                    for m in mentions
                    if not m.pronoun and _WORKS_AT.search(self.text, max(0, m.start - 12), m.start)
                ),
                None,
            )
        renamed = next(
            (m for m in mentions if not m.pronoun and _NEW_NAME_BEFORE.search(
                self.text, max(0, m.start - 40), m.start
            )),
            None,
        )
        if renamed is not None:
            # "it got a new name, Twitch, in 2011": the organisation goes on under it
            self.orgs.add(renamed.name)
            subject = renamed.name
        self.paragraph_sentences += 1
        first = next((m for m in mentions if not m.pronoun), None)
        # "Apache Airflow ... was born at Airbnb in 2014", "React was created at Facebook":
        # the organisation a product came from is the one in focus, and owns it
        born = next(
            (
                m
                for m in mentions
                if not m.pronoun
                and m.name != subject
                and m.name not in self.persons  # "created in 1994 by Rasmus Lerdorf"
                and m.name.split()[0] not in _FIRST_NAMES
                and _BORN_AT.search(self.text, max(0, m.start - 120), m.start)
            ),
            None,
        )
        staff = _MADE_BY_STAFF.search(self.text, sentence.start, sentence.end) if (
            born is None and subject is not None and sentence is not None
        ) else None
        maker = self._canonical(staff.group(1)) if staff else None
        if maker and maker != subject:
            # "Jaeger, the distributed tracing tool, was created by Uber engineers": the
            # tool is its makers' organisation's, which comes into focus
            self.products.add(subject)
            self.owner_of[subject] = maker
            self._org_into_focus(maker)
        if born is not None:
            if subject is not None:
                self.products.add(subject)
                self.owner_of[subject] = born.name
            self._org_into_focus(born.name)
            subject = subject or born.name
        if (
            subject is None
            and first is not None
            and sentence is not None
            and _INVERTED_SUBJECT.fullmatch(self.text, sentence.start, first.start)
            and re.fullmatch(r"[\s.!]*", self.text[first.end : sentence.end])
        ):
            # "The largest card network in the world is Visa.": the name is the subject
            self.orgs.add(first.name)
            subject = first.name
        if subject is None and first is not None and sentence is not None:
            head = _FRONTED_CLAUSE.match(self.text, sentence.start)
            comma = self.text.find(",", sentence.start, sentence.end)
            opening = re.match(r"[A-Z][\w.#+-]*", self.text[sentence.start : first.start])
            if head and first.end <= comma:
                # "Even though the main platform of Shopify is written in Ruby, its data
                # team ...": the organisation the fronted clause names is the one in focus
                self.paragraph_known.append(first.name)
            elif (
                opening
                and opening.group() in _TECHNOLOGIES
                and self.text.endswith(" of ", 0, first.start)
                and first.name.split()[0] not in _FIRST_NAMES
            ):
                # "Ruby on Rails is the heart of Shopify, but ...": a sentence about a
                # technology is about the organisation it names (but "Java is a big part
                # of VisaNet" names Visa's network)
                org = self.org_focus
                if org and len(org) >= 4 and first.name.startswith(org) and first.name != org:
                    self.products.add(first.name)
                    self.owner_of[first.name] = org
                else:
                    self.paragraph_known.append(first.name)
        if subject and first and _ACTS_ON_FOCUS.match(self.text, first.end):
            # "Microsoft acquired it in 2018. It has 100 million developers": the buyer
            # acts on the organisation in focus, which stays in focus
            return
        if subject:
            named = next((m for m in mentions if m.name == subject), None)
            described = named is not None and _PRODUCT_BEFORE.search(
                self.text, max(0, named.start - 50), named.start
            )
            # "The group even made its own Java virtual machine, Dragonwell, ... Its shopping
            # platforms serve": what the organisation made, named after it, leaves it in focus
            owned = bool(
                named is not None and self.topic and self.topic == self.org_focus
                and _OWNED_BEFORE.search(self.text, max(0, named.start - 60), named.start)
            )
            if described and self.topic and subject != self.topic:
                # "the famous code editor VS Code is made with TypeScript. The company
                # made $211.9 billion": a product of the paragraph's organisation
                self.named_by_topic.add(subject)
                self.products.add(subject)
            if self.topic is None and subject not in self.owner_of:
                self.products.discard(subject)  # a paragraph's own subject is no product
            if re.search(r" \d+$", subject) or (
                self.org_focus and subject.startswith(self.org_focus.split()[0] + " ")
                and subject != self.org_focus
            ):
                self.products.add(subject)  # "Unity 6 was released in 2024": a product
            if subject.split()[0] in _PRODUCT_FIRST_WORDS:
                self.products.add(subject)  # "The most sold car of the brand is Model Y"
            # "Photoshop, Illustrator and Premiere Pro, the famous creative tools of Adobe,"
            listed = named is not None and _NAME_LIST_REST.match(self.text, named.end)
            named_end = listed.end() if listed else named.end if named is not None else 0
            appositive = named is not None and _PRODUCT_APPOSITIVE.match(self.text, named_end)
            owner = appositive and _NAME.match(self.text, appositive.end() - 1)
            if appositive and not (
                owner and owner.group().casefold() in _PLACES | _COUNTRY_WORDS
            ):
                # "Discover Weekly, the Monday playlist of Spotify," (not "Grab, the super
                # app of Southeast Asia,")
                self.products.add(subject)
                if owner:
                    # "... platform of Starbucks. It suggests": not across the full stop
                    name = re.split(r"\.\s", owner.group())[0].rstrip(".")
                    self.owner_of[subject] = self._canonical(name)
                    if self.topic is None and self.owner_of[subject] not in self.persons:
                        # "Duo, the green owl ..., is the mascot of Duolingo. The company":
                        # a paragraph that opens on a product is about its maker
                        self._org_into_focus(self.owner_of[subject])
            if named is not None and _TOOL_APPOSITIVE.match(self.text, named.end):
                self.products.add(subject)  # "Magic Pocket, the in-house storage system,"
            maker = self._maker(subject)
            if maker:
                # "Amazon Corretto is a free distribution of OpenJDK": a product of Amazon
                self.products.add(subject)
                self.owner_of[subject] = maker
            if not (
                subject in self.products
                or subject in self.persons
                or (self.org_focus and subject.startswith(self.org_focus + " "))
            ):
                if self.org_focus and self.org_focus != subject:
                    self.earlier_orgs.append(self.org_focus)
                self.org_focus = subject
            if not owned:
                self.focus = self.paragraph_focus = subject
            self.topic = self.topic or subject
            if subject == self.topic:
                # "Rapid7 is a security firm known for Metasploit": what the paragraph's
                # organisation names in its own sentences (products, units)
                self.named_by_topic.update(
                    m.name for m in mentions if not m.pronoun and m.name != subject
                )
                if sentence is not None:
                    # "JPMorgan Chase ... built its Athena risk platform": a name the
                    # organisation owns, left out of the mentions, is its product too
                    for m in _NAME.finditer(self.text, sentence.start, sentence.end):
                        if not _opens(self.text, sentence.start, m.start()):
                            self.named_by_topic.update((m.group(), m.group().split()[0]))
                            if _MADE_OR_OWNED.search(
                                self.text, max(sentence.start, m.start() - 60), m.start()
                            ) and m.group() != subject:  # "Jack Dorsey ... started Block"
                                # "Uber Technologies created Michelangelo", "started
                                # Airflow", "its Athena platform": a product, everywhere
                                self.products.add(m.group())
                                if self.just_made is None and _MADE_NOW.search(
                                    self.text, max(sentence.start, m.start() - 12), m.start()
                                ) and m.group() not in _TECHNOLOGIES:
                                    self.just_made = m.group()
