"""From an article's text to numeric claims about organisations.

`factcheck.quantities` finds the numbers; this module decides which of them are
claims and what about, with a few general reading rules and no language model:

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
- Metric: a vocabulary synonym after the number or earlier in its clause, the
  possessive subject ("Zoom's daily meeting participants peaked at ..."), the noun
  counted, else the previous claim's metric in the sentence ("..., up from 10
  million"); changes get "_change".
- Not claims: multipliers ("ten times"), survey samples and findings, prices ("costs
  $98 a year", "opened at $42"), per-item amounts ("each contribute $100,000"),
  years used as modifiers ("its 2023 layoffs"), years, durations and dates, figures of
  a group ("the chains' 40,000 hotels"), ages ("Tadashi Yanai, 75,", "shoppers under 25"),
  ratings and relatives ("4.8 stars", "his four brothers"), price rises ("a 50% increase in
  tariffs"); physical amounts only as rates or capacities.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck import quantities
from factcheck.schema import Article, Claim
from factcheck.vocabulary import Vocabulary, load_vocabulary

# Units that are about an organisation's scale; years and durations are dates and
# spans ("In 2012", "after six months"), not figures a public statistic can check.
CLAIM_UNITS_EXCLUDED = frozenset({"year", "duration", "date"})
# Units an organisation's scale is stated in: counts, shares and money. Physical units
# ("330 miles", "45,000 kg", "3.45 GHz") describe products, unless stated as a rate of
# the business ("3.2 million barrels a day", "31 gigabytes of data each month").
CLAIM_UNITS = frozenset({"count", "percent", "percentage_point", "basis_point"})

# How far (in characters) after a number its metric phrase may start, and before it.
METRIC_WINDOW_AFTER = 60
METRIC_WINDOW_BEFORE = 80

_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", re.S)
_ABBREVIATIONS = (
    "approx",
    "inc",
    "corp",
    "co",
    "ltd",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "est",
    "approx",
    "fig",
    "jr",
    "sr",
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n")


def _words(blob: str) -> list[str]:
    return blob.split()


# "it", "its", "the company", "the Swedish company", "the Austin-based carmaker's": words
# that point back at an organisation. Plural "they/them" are left out: in news prose they
# are people ("44% of them cancelled"), while a company is "it".
_ORG_NOUNS = (
    "company|firm|group|platform|service|app|website|site|business|carmaker|automaker|"
    "retailer|streamer|network|giant|startup|start-up|pioneer|maker|chain|operator|"
    "marketplace|rival|unit|lender|bank|airline|insurer|brand|manufacturer|provider|"
    "corporation|conglomerate|publisher|chipmaker|subsidiary|carrier|grocer|discounter|neobank|"
    "telco|broadcaster|studio|franchisee|supermarket|exchange|developer|reinsurer"
)
_PRONOUN = re.compile(
    rf"\b(?:it|its|it['’]s|itself|the\s+(?:[\w-]+\s+|[A-Z][\w-]*,\s+){{0,3}}?"
    rf"(?:{_ORG_NOUNS})(?:['’]s)?)\b",
    re.I,
)
# A capitalised name: "Airbnb", "DoorDash", "eBay", "Disney+", "Amazon Web Services",
# "Bank of America", "Guido van Rossum".
_NAME_TOKEN = r"(?:[A-Z][\w&.]*(?:-[A-Z][\w&.]*)*\+?|[a-z][A-Z]\w*\+?)"
_NAME = re.compile(
    rf"(?<![\w'’+-]){_NAME_TOKEN}(?:[^\S\n](?:(?:of|van|de|von|der|&)[^\S\n])?{_NAME_TOKEN})*"
    r"(?![\w-])"
)
# Capitalised words that are not organisations: sentence openers, calendar words,
# languages and frameworks (the seed is about companies using them), and places.
_NOT_NAMES = frozenset(
    _words(
        """
        The This That These Those There It Its They We He She In On At As By For With After
        Before When While Most Many Some All A An According Our Their His Her One Each Every
        Today Now And But So Also Software Engineers If Since Until Over Under About Around
        Nearly Almost More Less Only Just Even Both Either Neither Here What Which Who Why How
        Meanwhile However Still Yet Then Than Not No Yes Looking Overall Last Next First Second
        Third Top Two Three Four Five Six Seven Eight Nine Ten I Mr Ms Mrs Dr January February
        March April May June July August September October November December Jan Feb Mar Apr Jun
        Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Q1
        Q2 Q3 Q4 FY Python Java JavaScript Go Lisp Django Flask Pylons Node.js Pandas NumPy Pulp
        Gunicorn Gevent Rust Ruby PHP Kotlin Swift SQL HTML CSS C C++ UI UX API APIs AI GPU GPUs
        CPU CEO CFO CTO COO IPO US U.S. UK U.K. EU UN USA America Europe Asia Africa Canada
        India China Japan Germany France Britain England Australia Brazil Mexico Russia Korea
        California Texas Florida London Paris Berlin Seattle Austin Internet Web English
        """
    )
)
# Plural nouns that open news sentences as subjects without being organisations.
_COMMON_PLURALS = frozenset(
    _words(
        """
        Executives Analysts Investors Drivers Riders Shoppers Teenagers Regulators Officials
        Critics Experts Researchers Economists Consumers Shares Americans Europeans Others
        Companies Firms Businesses Startups Banks Prices Rates Markets Sources Reports Results
        People Adults Parents Students Lawmakers Managers Users Engineers Developers Observers
        Workers Employees Customers Subscribers Members Sales Revenues Profits Earnings Stocks
        Surveys Studies Figures Estimates Numbers Data Details Plans Talks Sellers Buyers Hosts
        Merchants Advertisers Insiders Viewers Listeners Players Gamers Fans Creators Partners
        Guests Patients Passengers Travellers Travelers Tourists Visitors Homeowners Athletes
        Policyholders Carriers Insurers Airlines Retailers Brands Chains Rivals Competitors
        """
    )
)
_PLACES = frozenset(
    {
        "united states",
        "united kingdom",
        "european union",
        "southeast asia",
        "latin america",
        "middle east",
        "silicon valley",
        "new york",
        "san francisco",
        "los angeles",
        "east coast",
        "west coast",
        "north america",
        "south america",
        "hong kong",
        "south korea",
        "new zealand",
        "wall street",
        # countries and cities that stand where an organisation could ("across Brazil,
        # Mexico and Colombia", "out of Spain and Australia")
        *_words(
            """
            spain italy portugal netherlands belgium sweden norway denmark finland poland
            ireland austria switzerland greece turkey israel egypt nigeria kenya ghana
            ethiopia morocco argentina chile colombia peru venezuela indonesia malaysia
            singapore thailand vietnam philippines pakistan bangladesh taiwan saudi qatar
            ukraine czechia hungary romania scotland wales dubai tokyo beijing shanghai
            shenzhen mumbai delhi bangalore bengaluru seoul sydney melbourne toronto
            vancouver madrid rome milan amsterdam dublin stockholm munich frankfurt zurich
            geneva atlanta chicago boston dallas houston miami denver kyoto osaka
            """
        ),
        "south africa",
        "saudi arabia",
        "united arab emirates",
    }
)
# Before a name: a place ("in Canada", "across Europe") or a source ("according to IDC",
# "analysts at Forrester", "data from Sensor Tower"): not what a figure is about.
_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout|outside|within|to)\s+(?:the\s+)?$", re.I)
_SOURCE_BEFORE = re.compile(
    r"\b(?:according\s+to|analysts?\s+(?:at|from)|researchers?\s+(?:at|from)|data\s+from|"
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
)
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s"
)
# After a multi-word name: it is a person ("Elon Musk said", "Guido van Rossum, the
# creator of Python", "Marc Benioff, co-founded").
_PERSON_AFTER = re.compile(
    r"^(?:\s+(?:said|says|told|wrote|called|added|noted|explained)\b|,\s+(?:who|whose|"
    r"(?:the|its|their|a)\s+(?:creator|founder|co-founder|chief|head|president|chairman|boss|"
    r"ceo)|co-founded|founder)\b)",
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
    r"veterans|founders|scientists|economists)\b"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:chief\s+executive|ceo|founder|co-founder|president|chairman|boss|mr\.?|ms\.?)"
    r",?\s+$",
    re.I,
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
    "does|did|do|may|might|could|should|must|is not|has not"
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
_NAME_WITH_S = re.compile(rf"['’]s\s+(?:{_SUBJECT_VERBS})\b")
_PREDICATE = re.compile(rf"\s+(?:(?:{_SUBJECT_VERBS})\b|{_ANY_VERB})")
# ... after an appositive that may hold commas itself ("Roche, headquartered in Basel,
# Switzerland, is ...")
_SUBJECT_AFTER = re.compile(
    rf"^(?:['’]s\b|(?:,[^.;]{{1,160}}?,)?\s+(?:(?:{_SUBJECT_VERBS})\b|{_ANY_VERB}))"
)
# A section heading that is only a name, maybe numbered ("3. Nintendo", "#2 Target"):
# the section is about that organisation.
_HEADING = re.compile(r"(?:(?:#?\d{1,2}[.):]?|No\.\s*\d{1,2}[.:]?)[^\S\n]+)?(.+?)[.:]?")
# What a company's full name may add to the short form it is then called by: "Epic" for
# "Epic Games", "Delta" for "Delta Air Lines"; not "Microsoft" for "Microsoft Teams".
_SHORT_FORM_REST = re.compile(
    r"(?:Games|Group|Holdings|Airlines|Air\s+Lines|Airways|Motors|Motor|Technologies|Labs|"
    r"Entertainment|Studios|Inc\.?|Corp\.?|Corporation|Company|Platforms|Networks|Systems|"
    r"Communications|Financial|Bank|Brands|Interactive|Software)"
)
# Descriptors news puts before a name at a sentence's start: "Rival Swiggy", "Lender Monzo".
_DESCRIPTORS = frozenset(
    _words(
        """
        rival rivals competitor carmaker automaker chipmaker retailer lender startup insurer
        airline carrier streamer publisher conglomerate grocer discounter operator
        """
    )
)


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
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|to|from|with|by|at|on|of|into|than|during)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}$"
)
# The object of a deal ("agreed to buy Pioneer") is not who the sentence is about.
_DEAL_BEFORE = re.compile(
    r"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchased|sell|selling|sold|"
    r"take\s+over|merge\s+with)\s+(?:the\s+)?$"
)
_OBJECT_BEFORE = re.compile(
    rf"{_DEAL_BEFORE.pattern}|\b(?:for|to|from|with|by|at|on|of|into|than|against)\s+(?:the\s+)?$"
)
_RELATIVE = re.compile(r",\s+(?:which|who|whose|owned\s+by|including|like|such\s+as|from)\b[^,]*,")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    closes: int | None = None  # end of the appositive it stands in, if any
    pronoun: bool = False
    market: bool = False  # "the industry's", "the market's": figures about a market


_NOT_CLAIM_BEFORE = re.compile(
    # survey samples, prices and per-item amounts
    r"(?:\b(?:survey|poll|study|sample|panel)\s+of\s+"
    r"|\b(?:costs?|costing|priced\s+at|price\s+of|charges?|opened\s+at|closed\s+at|"
    r"trading\s+at|trades\s+at|sells\s+for)\s+(?:just\s+|only\s+)?"
    r"|\beach(?:\s+[a-z]+){0,2}\s+"
    # "the chains' 40,000 hotels", "the five companies' revenue of": a group's figure
    r"|\b(?:the|these|those|all)\s+(?:[a-z]+\s+)?[a-z]+s['’]\s+)$",
    re.I,
)
_SURVEY_FINDING = re.compile(r"\b(?:survey|poll|study)\b.*\bfound\b", re.I | re.S)
_MULTIPLIER_AFTER = re.compile(
    r"^(?:\s*-?\s*fold\b|\s+times\b|\s+(?:largest|biggest|top|most|best|leading|"
    r"fastest|richest|highest|busiest|smallest|oldest|strongest)\b)",
    re.I,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|the|this|that|a|an)\s+$", re.I)
_CROSSING_BEFORE = re.compile(
    r"\b(?:passed|passing|surpassed|surpassing|crossed|crossing|topped|exceeded|broke|"
    r"cleared|eclipsed)\s+$",
    re.I,
)
_PHRASAL_OVER = re.compile(
    r"\b(?:handed|hands|handing|turned|turns|turning|took|takes|taking|signed|signs)\s+$",
    re.I,
)
_RATE_ADJECTIVE = re.compile(r"\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\s+$", re.I)
# ... or up to two words before it: "quarterly service revenue", "annual net sales".
_RATE_ADJECTIVE_NEAR = re.compile(
    r"\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\s+(?:[a-z][\w-]*\s+){0,2}$",
    re.I,
)
_RATE_ADJECTIVES = {
    "daily": "per_day",
    "weekly": "per_week",
    "monthly": "per_month",
    "quarterly": "per_quarter",
    "annual": "per_year",
    "annually": "per_year",
    "yearly": "per_year",
}
# "Zoom's daily meeting participants peaked at 300 million": the possessive subject
# names what the number measures.
_SUBJECT_METRIC = re.compile(
    r"(?:['’]s|\b[Ii]ts|\b[Tt]heir)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:(?:has|have|had|was|were)\s+)?"
    r"(?:[a-z]+ed|[a-z]+en|rose|grew|fell|hit|was|were|stood|came|is|are|totalled|sank|lost|"
    r"slid|shrank|to\s+(?:grow|rise|reach|fall|climb|increase|decline|top|hit))"
    r"(?:\s+(?:at|to|by|in\s+at))?\s*$"
)
_CLAUSE_END = re.compile(
    r"[,;:]|\s(?:and|but|while|whereas|although)\s+(?:[a-z]+(?:s|ed)\b|it\b|its\b|the\b)"
)
_NUMBER_TOKEN = re.compile(
    r"\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?\s*%?", re.I
)
_VERB_BEFORE = re.compile(
    r"\b([a-z]+(?:ed|es|s)|paid|spent|made|took|brought|raised|lost)(?:\s+(?:out|in|up))?"
    r"(?:\s+(?:the\s+company|it|them))?(?:\s+(?:an?\s+)?(?:estimated|roughly|about|"
    r"around|some|nearly|almost|over|more\s+than|just|approximately|record))?\s*$",
)
_VERB_ONLY = re.compile(
    r"\s*(?:(?:has|have|had)\s+)?(?:[a-z]+ed|rose|grew|fell|sank|hit)(?:\s+(?:to|by))?\s*"
)
_RATE_AFTER_NOUN = re.compile(
    r"\s*(?:[a-z][\w-]*\s+){0,3}?(?:per|a|an|each|every)\s+(?:business\s+|working\s+)?"
    r"(day|week|month|quarter|year)\b(?!\s+(?:earlier|ago|before|later|after))",
    re.I,
)
_PLAIN_SUBJECT_METRIC = re.compile(
    r"^\s*(?:(?:while|and|but|whereas|although|as)\s+)?(?:the\s+)?((?:[A-Z][a-z-]*\s+|[a-z][a-z-]*\s+)?(?:[a-z][a-z-]*\s+){0,2}?"
    r"[a-z][a-z-]*)\s+"
    r"(?:(?:has|have|had|was|were)\s+)?"
    r"(?:[a-z]+ed|rose|grew|fell|hit|stood|came|totalled|sank|lost|slid|shrank)"
    r"(?:\s+(?:at|to|by))?\s*$"
)
# "Ubisoft said net bookings fell 17%": a measure reported as changing or standing at
_REPORTED_METRIC = re.compile(
    r"\b(?:said|says|reported|reports|announced)\s+(?:that\s+)?(?:its\s+|the\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)\s+(?:(?:has|have|had)\s+)?"
    r"(?:rose|grew|fell|sank|slid|shrank|dropped|declined|decreased|increased|jumped|climbed|"
    r"slumped|surged|totalled|totaled|was|were|stood|reached)(?:\s+(?:at|to|by))?\s*$"
)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:per|a|an|each|every)\s+(?:business\s+|working\s+|trading\s+)?"
    r"(day|week|month|quarter|year)|"
    r"(daily|weekly|monthly|quarterly|annually|yearly))\b",
    re.I,
)
_PERIOD_WORDS = {
    "day": "per_day",
    "daily": "per_day",
    "week": "per_week",
    "weekly": "per_week",
    "month": "per_month",
    "monthly": "per_month",
    "quarter": "per_quarter",
    "quarterly": "per_quarter",
    "year": "per_year",
    "annually": "per_year",
    "yearly": "per_year",
}
_NOUN_WORDS = re.compile(
    r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?)?((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
)
# Words that end a noun phrase (or show there is none: "$42 and have since ...").
_STOP_NOUNS = frozenset(
    _words(
        """
        of in and or the a an to for with by on at from is are was were has have had than more
        less its their that this these those which who what when while before after since just
        now still also already each every per last next ago earlier later over under about
        around across during through into out up down as if but so not only worldwide globally
        alone apiece respectively there here it they them he she we you be been being will would
        can could may might should do does did said says say without within against via
        including despite toward towards among between beyond like unlike except amid
        """
    )
)
# Rate adjectives right before the counted noun set the period of a flow ("31 million
# daily rides", "3.3 trillion annual meeting minutes"); before "active users" they name
# the metric instead.
_LEADING_RATE = frozenset({"annual", "yearly", "quarterly"})
_PEOPLE_NOUNS = frozenset(
    _words(
        """
        active actives users uniques people members subscribers customers players accounts
        listeners viewers readers visitors
        """
    )
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: runs of text separated by blank lines."""
    return [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def sentences(text: str, within: Span) -> list[Span]:
    """Sentence spans inside a paragraph, not split after "approx." or "Inc."."""
    out: list[Span] = []
    start = within.start
    for match in _SENTENCE_END.finditer(text, within.start, within.end):
        word = re.search(r"([\w.]+)[.!?]+\W*$", text[start : match.end()])
        abbreviation = word and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS
            or re.fullmatch(r"[A-Z]", word.group(1))  # an initial: "J. Willard Marriott"
        )
        if abbreviation and match.group() == ".":
            continue
        end = match.end() if match.group() != "\n" else match.start()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = match.end()
    if text[start : within.end].strip():
        out.append(_trim(text, start, within.end))
    return out


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


class _Attribution:
    """Organisation mentions sentence by sentence, and the organisation the text is about."""

    def __init__(self, text: str, vocabulary: Vocabulary, spans: list[list[Span]]) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.focus: str | None = None  # the last sentence subject named
        self.paragraph_focus: str | None = None  # ... in this paragraph
        self.topic: str | None = None  # the paragraph's first sentence subject
        self.named_by_topic: set[str] = set()  # other names in the topic's sentences
        self.persons: set[str] = set()
        self.full_names: list[str] = []  # multi-word names seen, for "Teams" -> "Microsoft Teams"
        self.known: set[str] = set()  # names seen where only a name can stand
        # paragraphs that are only a name: (paragraph start, end, the name)
        self.headings: list[tuple[int, int, _Mention]] = []
        for paragraph in spans:
            heading = self._heading(paragraph)
            if heading is not None:
                self.headings.append((paragraph[0].start, paragraph[-1].end, heading))
                self.known.add(heading.name)
            for sentence in paragraph:
                for m in _NAME.finditer(text, sentence.start, sentence.end):
                    name = self._clean(m.group())
                    if name and m.start() > sentence.start:
                        self.known.add(name)
                        if self._is_person(m.start(), m.end(), name):
                            self.persons.add(name)
                            self.persons.add(name.split()[-1])

    def _heading(self, paragraph: list[Span]) -> _Mention | None:
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
        return _Mention(m.start(1), m.end(1), cleaned)

    @staticmethod
    def _clean(name: str) -> str:
        words = name.rstrip(".").split()
        while words and (
            words[0] in _NOT_NAMES
            or (len(words) > 1 and words[0].lower() in _DESCRIPTORS and words[1] != "of")
        ):
            words = words[1:]
        return " ".join(words)

    def _is_person(self, start: int, end: int, name: str) -> bool:
        if name in self.persons:
            return True
        words = name.split()
        if len(words) < 2 or self.vocabulary.entity(name) or _ORG_SUFFIX.search(name):
            return False
        return bool(
            _PERSON_AFTER.match(self.text[end : end + 40])
            or _PERSON_BEFORE.search(self.text[max(0, start - 30) : start])
        )

    def _canonical(self, name: str) -> str:
        entity = self.vocabulary.entity(name)
        if entity:
            return entity.name
        for full in reversed(self.full_names):
            # "Teams" -> "Microsoft Teams"; "Epic" -> "Epic Games", "Delta" -> "Delta Air Lines"
            if full.endswith(" " + name) or (
                " " not in name
                and full.startswith(name + " ")
                and _SHORT_FORM_REST.fullmatch(full[len(name) + 1 :])
            ):
                return full
        if " " in name:
            self.full_names.append(name)
        return name

    def mentions(self, sentence: Span) -> list[_Mention]:
        """Organisations and pronouns in the sentence, in text order."""
        text = self.text
        for first, last, heading in self.headings:
            if first <= sentence.start and sentence.end <= last:
                if not sentence.start <= heading.start < sentence.end:
                    return []  # the "4." before the name
                if " " in heading.name:
                    self.full_names.append(heading.name)
                return [heading]
        found: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        for m in self.vocabulary.entity_pattern.finditer(text, sentence.start, sentence.end):
            entity = self.vocabulary.entity(m.group())
            if entity and not self._excluded(m.start(), m.end(), sentence, vocab=True):
                found.append(_Mention(m.start(), m.end(), entity.name))
            taken.append((m.start(), m.end()))
        title = _is_title(text[sentence.start : sentence.end])
        for m in _NAME.finditer(text, sentence.start, sentence.end):
            raw = m.group()
            name = self._clean(raw)
            if not name or any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if title and text[sentence.start : sentence.end].strip(" .") != raw:
                continue
            start = m.start() + raw.index(name)
            end = start + len(name)
            if _NAME_WITH_S.match(text, end):
                name, end = name + text[end : end + 2], end + 2
            if name in _NOT_NAMES or name.casefold() in _PLACES or _EVENT_NAME.search(name):
                continue
            if start == sentence.start and not self._opens_as_subject(name, end):
                continue
            if self._excluded(start, end, sentence, vocab=False):
                continue
            found.append(_Mention(start, end, self._canonical(name)))
        for m in _PRONOUN.finditer(text, sentence.start, sentence.end):
            found = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]
            found.append(_Mention(m.start(), m.end(), "", pronoun=True))
        for m in _MARKET.finditer(text, sentence.start, sentence.end):
            if text[max(sentence.start, m.start() - 2) : m.start()] == ", ":
                continue  # "Revenue per available room, the industry's main measure, rose"
            found.append(_Mention(m.start(), m.end(), "", pronoun=True, market=True))
        # "MUNICH, Feb 23 (Business Desk) - Allianz said ...": a dateline names no subject
        dateline = _DATELINE.match(text, sentence.start, sentence.end)
        if dateline:
            found = [f for f in found if f.start >= dateline.end()]
        found.sort(key=lambda x: x.start)
        return self._appositives(found, sentence)

    def _opens_as_subject(self, name: str, end: int) -> bool:
        if name in self.known:
            return True
        if name in _COMMON_PLURALS:  # "Executives said ...", "Analysts expect ..."
            return False
        if self.vocabulary.metric_for_phrase(name.lower()):
            return False
        return bool(_SUBJECT_AFTER.match(self.text[end : end + 160]))

    def _excluded(self, start: int, end: int, sentence: Span, vocab: bool) -> bool:
        text = self.text
        before = text[max(sentence.start, start - 60) : start]
        after = text[end : end + 3]
        if re.match(r"[^\S\n]*\d", after):  # "Pixel 8", "Boeing 737", "Fortune 500"
            return True
        # "10 million TikTok followers", "its Dashers", "their Prime members": what is
        # counted or owned, not who states the figure
        if re.search(r"(?:\d[%\w]*|\b(?:its|their|his|her|our|whose))[^\S\n]+$", before, re.I):
            return True
        # "the group's eCommerce arm": what an organisation already named owns
        if re.search(rf"\bthe\s+(?:[\w-]+\s+)?(?:{_ORG_NOUNS})['’]s[^\S\n]+$", before, re.I):
            return True
        if _SOURCE_BEFORE.search(before):
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
        if _PLACE_CHAIN.search(before) or text.startswith("-based", end):
            return True
        # "Swiss Re estimates that insured losses ...": a source, not the figure's subject
        if _SOURCE_AFTER.match(text, end):
            return True
        if name in self.persons or name.split()[-1] in self.persons:
            return True
        if name.endswith("ans") and name[1:].islower():  # "Americans", "Europeans"
            return True
        # "the fastest growing American ride share company": a nationality adjective
        if re.fullmatch(r"[A-Z][a-z]+(?:an|ish|ese)", name) and re.match(r"\s+[a-z]", after):
            return True
        # "the Canadian software company": a capitalised modifier, not a name
        return bool(
            " " not in name
            and re.search(r"\b(?:the|a|an|every|each|any|per)\s+$", before, re.I)
            and re.match(r"\s+[a-z]", text[end : end + 2])
            and name not in self.known - {name}
        )

    def _appositives(self, found: list[_Mention], sentence: Span) -> list[_Mention]:
        """Mark mentions inside ", ..., " right after an organisation: that clause closes."""
        out: list[_Mention] = []
        closes: int | None = None
        opener: int | None = None
        for mention in found:
            if closes is not None and mention.start >= closes:
                closes = opener = None
            if closes is not None and opener is not None and mention.start > opener:
                out.append(
                    _Mention(mention.start, mention.end, mention.name, closes, mention.pronoun)
                )
                continue
            out.append(mention)
            # "The brand, founded in 1948 by Rudolf Dassler, has ...": a pronoun opens one too
            if not mention.market and self.text.startswith(",", mention.end):
                comma = self._appositive_end(mention.end, sentence.end)
                if comma != -1:
                    opener, closes = mention.end, comma
        # ", which includes Office and Windows, brought in $69 billion": a relative clause
        # that closes before a number says nothing about it
        for m in _RELATIVE.finditer(self.text, sentence.start, sentence.end):
            for i, mention in enumerate(out):
                if m.start() < mention.start < m.end() and mention.closes is None:
                    out[i] = _Mention(
                        mention.start, mention.end, mention.name, m.end(), mention.pronoun
                    )
        return out

    def _appositive_end(self, start: int, end: int) -> int:
        """The comma that closes an appositive opened at `start`: the one the predicate
        follows ("Johnson & Johnson, the New Brunswick, New Jersey group, has ..."), else
        the first."""
        first = self.text.find(",", start + 1, end)
        comma = first
        while comma != -1 and comma - start <= 160:
            if _PREDICATE.match(self.text, comma + 1):
                return comma
            comma = self.text.find(",", comma + 1, end)
        return first

    def subject(self, mentions: list[_Mention], before: int | None = None) -> str | None:
        # "The digital bank, founded in 2013, passed 100 million customers across ...":
        # a sentence that opens with a pronoun is about the organisation in focus.
        if mentions and mentions[0].pronoun and self._opens_sentence(mentions[0].start):
            # "Metasploit was rewritten in Ruby ... The company serves 11,000 customers":
            # "the company" skips a product its paragraph's organisation named
            opener = self.text[mentions[0].start : mentions[0].end].lower()
            if opener.startswith("the ") and self.focus in self.named_by_topic:
                return self.topic
            return None
        for m in mentions:
            if before is not None and m.start >= before:
                break
            if (
                not m.pronoun
                and m.closes is None
                and not _DEAL_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            ):
                return m.name
        return None

    def _opens_sentence(self, position: int) -> bool:
        return not self.text[max(0, position - 2) : position].strip() or self.text[
            max(0, position - 2) : position
        ].endswith(("\n", ". "))

    def entity_for(
        self, position: int, end: int, sentence: Span, mentions: list[_Mention]
    ) -> str | None:
        usable = [m for m in mentions if m.closes is None or position < m.closes]
        before = [m for m in usable if m.end <= position]
        if before:
            nearest = before[-1]
            if nearest.market:  # "The industry's revenue fell 1% to $184 billion"
                return None
            if not nearest.pronoun:
                return nearest.name
            # "..., and Peacock, owned by Comcast, doubled its base": an organisation named
            # in the pronoun's own clause; else the sentence's subject, else the focus.
            clause = sentence.start
            for m in _COORDINATION.finditer(self.text, sentence.start, nearest.start):
                clause = m.end()
            own = [
                m
                for m in before
                if not m.pronoun
                and m.start >= clause
                # "agreed to buy Pioneer, a deal that will lift its output": a counterpart
                and not _OBJECT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            ]
            if own:
                return own[-1].name
            return self.subject(mentions, nearest.start) or self.focus
        after = [m for m in usable if m.start >= end]
        # "With 450 million users, Pinterest is ...": a fronted phrase's number belongs to
        # the subject that follows it; otherwise whatever comes next names it, and a
        # pronoun there ("Net sales rose 12%, and its cloud arm ...") means the focus.
        comma = self.text.find(",", end, sentence.end)
        if _FRONTED.match(self.text, sentence.start) and comma != -1:
            named = [m for m in after if not m.pronoun and m.start > comma]
            if named:
                return named[0].name
        # "... raised $22.5 billion for the US Treasury": a name after the number behind a
        # preposition is a beneficiary or counterpart, not who the figure is about
        after = [
            m
            for m in after
            if m.pronoun or not _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        ]
        if after:
            if after[0].market:
                return None
            return after[0].name if not after[0].pronoun else self.focus or self.subject(after)
        return None

    def new_paragraph(self) -> None:
        self.paragraph_focus = self.topic = None
        self.named_by_topic = set()

    def after_sentence(self, mentions: list[_Mention]) -> None:
        subject = self.subject(mentions)
        if subject:
            self.focus = self.paragraph_focus = subject
            self.topic = self.topic or subject
            if subject == self.topic:
                # "Rapid7 is a security firm known for Metasploit": what the paragraph's
                # organisation names in its own sentences (products, units)
                self.named_by_topic.update(
                    m.name for m in mentions if not m.pronoun and m.name != subject
                )


def _fits(metric_unit: str, unit: str) -> bool:
    """Can a number in `unit` state a metric measured in `metric_unit`? A percentage can
    state a share or change of anything; counts and money do not mix."""
    if unit in ("percent", "percentage_point", "basis_point"):
        return True
    return _same_kind(metric_unit, unit)


def _metric_after(
    text: str, start: int, limit: int, vocabulary: Vocabulary, unit: str = "count"
) -> tuple[str | None, int]:
    """The vocabulary metric whose synonym starts soonest after `start`, and where it ends."""
    window = text[start:limit].casefold()
    best: tuple[int, int, str] | None = None
    for synonym, metric in vocabulary.synonym_pairs:
        if not _fits(metric.unit, unit):
            continue
        at = _find_word(window, synonym)
        if at is not None and (
            best is None or at < best[0] or (at == best[0] and len(synonym) > best[1])
        ):
            best = (at, len(synonym), metric.name)
    if best is None:
        return None, start
    return best[2], start + best[0] + best[1]


def _find_word(window: str, phrase: str) -> int | None:
    at = window.find(phrase)
    while at != -1:
        before_ok = at == 0 or not window[at - 1].isalnum()
        after = at + len(phrase)
        after_ok = after >= len(window) or not window[after].isalnum()
        if before_ok and after_ok:
            return at
        at = window.find(phrase, at + 1)
    return None


def _metric_before(
    text: str, start: int, end: int, vocabulary: Vocabulary, unit: str = "count"
) -> tuple[str | None, int]:
    """The vocabulary metric named last in text[start:end], and where its synonym starts."""
    window = text[start:end].casefold()
    best: tuple[int, int, str] | None = None
    for synonym, metric in vocabulary.synonym_pairs:
        if not _fits(metric.unit, unit):
            continue
        at = window.rfind(synonym)
        while at != -1 and _find_word(window[at:], synonym) != 0:
            at = window.rfind(synonym, 0, at)
        # the synonym ending last, the longest of those ("operating profit", not "profit")
        if at != -1 and (best is None or (at + len(synonym), -at) > (best[0], -best[1])):
            best = (at + len(synonym), at, metric.name)
    if best is None:
        return None, end
    return best[2], start + best[1]


def _slug(words: list[str]) -> str:
    return "_".join(re.sub(r"[^a-z0-9]+", "_", w.lower()).strip("_") for w in words)


def _noun_after(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """A slug of the noun phrase a number counts when the vocabulary has no name for it,
    and the period a leading rate adjective gives it ("annual meeting minutes").

    Without a tagger: up to three words up to the first function word;
    "1.8 million vehicles last year" -> vehicles; "$42 and have since" -> none.
    """
    m = _NOUN_WORDS.match(text, start, end)
    if not m:
        return None, None
    words: list[str] = []
    for word in m.group(1).split():
        if word.lower() in _STOP_NOUNS:
            break
        words.append(word)
    period = None
    rate = words[0].lower() if len(words) > 1 else ""
    people = any(w.lower() in _PEOPLE_NOUNS for w in words[1:])
    if rate in _RATE_ADJECTIVES and not people:
        # "31 million daily rides", "4,000 daily departures"; not "daily active users"
        period = _RATE_ADJECTIVES[rate]
        words = words[1:]
    if not words:
        return None, None
    return _slug(words), period


def _period_after(text: str, position: int, end: int) -> str | None:
    m = _PERIOD_AFTER.match(text[position:end])
    if not m:
        return None
    return _PERIOD_WORDS[(m.group(1) or m.group(2)).lower()]


def _clause_start(text: str, sentence: Span, position: int) -> int:
    """Start of the clause a number stands in, for looking back at its metric."""
    cut = max(text.rfind(c, sentence.start, position) for c in ",;:") + 1
    for m in _CLAUSE_END.finditer(text, max(cut, sentence.start), position):
        cut = max(cut, m.start() + 1)  # "... active listings and has welcomed 1.5 billion"
    if cut > sentence.start and text[cut - 1] == "," and not text[cut:position].strip():
        # a number in apposition names the noun before it: "its first annual profit,
        # £15.4 million, ..."
        return _clause_start(text, sentence, cut - 1)
    return max(sentence.start, cut, position - METRIC_WINDOW_BEFORE)


def _is_number(q: quantities.Quantity) -> bool:
    """A stated number rather than part of a name ("7-Eleven", "A-1") or a vague plural
    ("millions of gig riders", "billions of dollars")."""
    surface = q.surface.strip()
    return not (re.search(r"\d-[A-Z]", surface) or _VAGUE_PLURAL.match(surface))


def _is_time_total(q: quantities.Quantity) -> bool:
    """ "players spent 20.7 billion hours": a total of time spent, counted like a flow."""
    return q.unit == "duration" and q.value >= 1e6


def _not_a_claim(
    text: str,
    sentence: Span,
    q: quantities.Quantity,
    start: int,
    end: int,
    capacity: bool = False,
) -> bool:
    before = text[max(sentence.start, start - 40) : start]
    if q.unit in CLAIM_UNITS_EXCLUDED and not _is_time_total(q):
        return True
    if (
        q.unit not in CLAIM_UNITS_EXCLUDED
        and not _is_scale_unit(q.unit)
        and not q.period
        and not capacity
    ):
        return True
    if _NOT_CLAIM_BEFORE.search(before):
        return True
    # "ten times that of Lyft" is a multiplier; "logged in 26 billion times" a count
    if _MULTIPLIER_AFTER.match(text[end : end + 12]) and not (
        q.value >= 1000 and re.match(r"\s+times\b", text[end : end + 8])
    ):
        return True
    if _SURVEY_FINDING.search(text, sentence.start, start):
        return True
    # "Boeing 767 and 777 freighters": a number listed with a numbered product name
    if _PRODUCT_LIST_BEFORE.search(before):
        return True
    # "85% of its riders prefer to stay self-employed": an opinion finding about people
    if q.unit == "percent" and _OPINION_AFTER.match(text, end, sentence.end):
        return True
    # "58% of its users are over 13": an age
    if (
        q.unit == "count"
        and q.value < 120
        and _AGE_BEFORE.search(before)
        and re.match(r"\s*(?:[,.;]|\Z|years?\b|-year-olds?\b)", text[end : end + 12])
    ):
        return True
    # "its founder Tadashi Yanai, 75, has said", "shoppers under 25 are": ages
    if q.unit == "count" and q.value < 120 and (
        (_NAME_COMMA_BEFORE.search(before) and re.match(r"\s*,", text[end : end + 2]))
        or _PEOPLE_AGE_BEFORE.search(before + re.sub(r"[\d.,]+$", "", q.surface))
    ):
        return True
    # "its 2023 layoffs", "the 2024 election": a year used as a modifier
    digits = text[start:end]
    return bool(
        q.unit == "count"
        and re.fullmatch(r"(?:19|20)\d\d", digits)
        and _DETERMINER_BEFORE.search(before)
    )


_NEW_AFTER = re.compile(r"\s*new\b")
_CLOSED_BEFORE = re.compile(r"\b(?:closed|closing|shut|shutting|shuttered)\s+(?:down\s+)?$")
# A physical amount is the business's scale when it is a capacity: "22 gigawatts of
# renewable power capacity", "a capacity of 4.5 million barrels".
_CAPACITY = re.compile(r"\bcapacity\b")
_ANAPHORIC_FIGURE = re.compile(r"\b(?:that|this)\s+(?:figure|number|total|amount)\b", re.I)
_PRODUCT_LIST_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+\d+(?:,\s*\d+)*,?\s+(?:and|or|&)\s+$")
_PERCENT_TO = re.compile(r"\s*(?:to|-|–)\s*")


def _percent_ranges(sentence: str, found: list[quantities.Quantity]) -> list[quantities.Quantity]:
    """ "grow 5.5% to 6%": two percentages joined by "to" are a range (not after "from")."""
    out: list[quantities.Quantity] = []
    for q in found:
        low = out[-1] if out else None
        if (
            low is not None
            and low.unit == q.unit == "percent"
            and low.comparator == q.comparator == "eq"
            and low.value < q.value <= 2 * low.value
            and _PERCENT_TO.fullmatch(sentence, low.end, q.start)
            and not re.search(r"\bfrom\s+$", sentence[max(0, low.start - 6) : low.start])
        ):
            out[-1] = dataclasses.replace(
                low,
                comparator="range",
                high=q.high,
                range_high=q.value,
                change=None,
                surface=sentence[low.start : q.end],
                end=q.end,
            )
            continue
        out.append(q)
    return out


def _reading(
    text: str, sentence: Span, q: quantities.Quantity, start: int
) -> tuple[str, float | None, float | None, str | None]:
    """Comparator, interval and change, with verbs the number parser leaves to context:
    "passed/topped/crossed 2 billion" is a lower bound, "handed over 735" is not,
    "climbed above $150 billion" is a level, not a change."""
    comparator, low, high, change = q.comparator, q.low, q.high, q.change
    before = text[max(sentence.start, start - 30) : start]
    surface = q.surface.lower()
    if comparator == "eq" and change is None and _CROSSING_BEFORE.search(before):
        comparator, low, high = "gte", q.value, None
    elif comparator == "gte" and surface.startswith("over") and _PHRASAL_OVER.search(before):
        half = (q.precision or 0.0) / 2
        comparator, low, high = "eq", q.value - half, q.value + half
    if change and re.match(r"(?:above|past|beyond)\b", surface):
        change = None
    # "opened 271 new restaurants", "800 new US stores": an addition, not the level
    number = _NUMBER_TOKEN.search(text, start, start + len(q.surface) + 1)
    if change is None and q.unit == "count" and number and _NEW_AFTER.match(text, number.end()):
        change = "up"
    # "closed 240 stores during the year": a reduction, counted over its window
    if change is None and q.unit == "count" and _CLOSED_BEFORE.search(before):
        change = "down"
    return comparator, low, high, change


_VAGUE_PLURAL = re.compile(
    r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|"
    r"millions|billions|trillions)\b",
    re.I,
)
_OPINION_AFTER = re.compile(
    r"\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:would|say|said|says|"
    r"prefer|prefers|preferred|want|wants|wanted|believe|believes|think|thinks|feel|feels|"
    r"agree|agreed|expect|expects|like|likes|trust|trusts|plan|plans)\b",
    re.I,
)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages|age\s+of|are|were|is|was)\s+(?:over|under|above|below|at\s+least)?\s*$",
    re.I,
)
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s*$")
_PEOPLE_AGE_BEFORE = re.compile(
    r"\b(?:people|users|shoppers|customers|adults|children|kids|teens|teenagers|players|"
    r"viewers|members|consumers|those|anyone|everyone)\s+(?:under|over|aged|above|below)\s+$",
    re.I,
)
# What prices, fares and pay are called: a figure about them is not about scale.
_PRICE_WORDS = frozenset(
    _words("fare fares price prices fee wage wages salary salaries tariff tariffs ticket")
)
# Time units: "47 consecutive years" is a duration, "20.7 billion hours" engagement.
_TIME_NOUNS = frozenset(
    _words("seconds minutes hours days weeks months years decades centuries quarters")
)


# Ratings ("rated 4.8 stars") and relatives or founders ("with his four brothers") are
# not an organisation's scale.
_NOT_SCALE_NOUNS = frozenset(
    _words(
        """
        star stars rating ratings brothers sisters sons daughters siblings children wife wives
        husband husbands founders co founders cofounders professors
        """
    )
)


def _price_or_duration(metric: str, q: quantities.Quantity) -> bool:
    words = metric.removesuffix("_change").split("_")
    if any(w in _PRICE_WORDS or w in _NOT_SCALE_NOUNS for w in words):
        return True
    return q.unit == "count" and words[-1] in _TIME_NOUNS and q.value < 1e6


def iter_claims(article: Article, vocabulary: Vocabulary) -> Iterator[Claim]:
    text = article.text
    spans = [sentences(text, paragraph) for paragraph in paragraphs(text)]
    attribution = _Attribution(text, vocabulary, spans)
    for paragraph in spans:
        attribution.new_paragraph()
        last_metric: tuple[str, str, bool] | None = None  # the paragraph's last claim
        for sentence in paragraph:
            sentence_text = text[sentence.start : sentence.end]
            mentions = attribution.mentions(sentence)
            found = _percent_ranges(
                sentence_text,
                [
                    dataclasses.replace(q, unit="count") if _is_time_total(q) else q
                    for q in quantities.parse(sentence_text)
                    if _is_number(q)
                ],
            )
            previous_metric: tuple[str, str, bool] | None = None  # metric, unit, change
            if _ANAPHORIC_FIGURE.search(sentence_text):
                # "It wants that figure to reach $80 billion": the last claim's measure
                previous_metric = last_metric
            for i, q in enumerate(found):
                start, end = sentence.start + q.start, sentence.start + q.end
                # "22 gigawatts of renewable capacity ... and 100 GW by 2030"
                capacity = _CAPACITY.search(text, max(sentence.start, start - 20), end + 50) or (
                    previous_metric is not None and previous_metric[1] == q.unit
                )
                if _not_a_claim(text, sentence, q, start, end, bool(capacity)):
                    continue
                next_start = (
                    sentence.start + found[i + 1].start if i + 1 < len(found) else sentence.end
                )
                limit = min(end + METRIC_WINDOW_AFTER, next_start)
                comparator, low, high, change = _reading(text, sentence, q, start)
                metric, period, metric_end, named = _metric_for(
                    text, sentence, q, start, end, limit, vocabulary, previous_metric
                )
                if metric is None or (not named and _price_or_duration(metric, q)):
                    continue
                entity_name = attribution.entity_for(start, end, sentence, mentions)
                if entity_name is None and not mentions and named:
                    # "Paid subscribers grew 52%": the paragraph's organisation, when the
                    # sentence names a measure of the vocabulary and nobody else
                    entity_name = attribution.paragraph_focus
                if entity_name is None:
                    continue
                previous_metric = last_metric = (metric, q.unit, bool(change))
                if change:  # "revenue rose 12%" is a change, not a level
                    metric = f"{metric}_change"
                entity = vocabulary.entity(entity_name)
                quote_end = max(end, metric_end)
                period = (q.period if period is None else period) or None
                if period is None and _is_flow_claim(
                    vocabulary,
                    metric,
                    q.unit,
                    text[max(sentence.start, start - 40) : start],
                    text[_number_end(text, start, end) : end + 30],
                ):
                    # "1.95 billion trips in the third quarter", "revenue of $5bn last year"
                    period = _window_period(text, sentence, start, quote_end)
                yield Claim(
                    claim_id=f"{article.article_id}:{start}-{quote_end}",
                    article_id=article.article_id,
                    source=article.source,
                    published=article.published,
                    entity=entity.name if entity else entity_name,
                    entity_id=entity.wikidata if entity else None,
                    metric=metric,
                    value=q.value,
                    unit=q.unit,
                    comparator=comparator,
                    low=low,
                    high=high,
                    period=period,
                    quote=text[start:quote_end],
                    sentence=sentence_text,
                    char_start=start,
                    char_end=quote_end,
                )
            attribution.after_sentence(mentions)


def _metric_for(
    text: str,
    sentence: Span,
    q: quantities.Quantity,
    start: int,
    end: int,
    limit: int,
    vocabulary: Vocabulary,
    previous: tuple[str, str, bool] | None,
) -> tuple[str | None, str | None, int, bool]:
    """The metric a number measures, the period its wording gives, where the metric's
    words end (for the quote) and whether the vocabulary named it."""
    # The counted noun stands in the number's own clause: "50,000 connectors worldwide
    # and employs 140,000 people" -> connectors, not employees.
    boundary = _CLAUSE_END.search(text, end, limit)
    if boundary:
        limit = boundary.start()
    # "a 62% share of the domestic market", "27% of the UK grocery market"
    if q.unit == "percent" and _MARKET_SHARE_AFTER.match(text, end, sentence.end):
        return "market_share", None, end, True
    # The parser's span may already hold the counted noun ("14 million rides per month"),
    # so the metric is looked for from the number on.
    metric, metric_end = _metric_after(text, start, limit, vocabulary, q.unit)
    if metric is not None:
        period = _period_after(text, metric_end, sentence.end)
        adjective = _RATE_ADJECTIVE.search(text[end:metric_end])
        if period is None and adjective and _is_flow(vocabulary, metric) and q.unit != "percent":
            period = _RATE_ADJECTIVES[adjective.group(1).lower()]
        return metric, period, metric_end, True
    clause = _clause_start(text, sentence, start)
    metric, synonym_at = _metric_before(text, clause, start, vocabulary, q.unit)
    opener = text.rfind(",", sentence.start, clause - 1)
    if metric is None and opener != -1 and _VERB_ONLY.fullmatch(text, clause, start):
        # "Revenue per available room, the industry's main measure, rose 14.9%": the
        # subject stands before the appositive
        head = max(sentence.start, text.rfind(",", sentence.start, opener) + 1)
        metric, synonym_at = _metric_before(text, head, opener, vocabulary, q.unit)
    if metric is not None:
        adjective = _RATE_ADJECTIVE_NEAR.search(text, max(clause, synonym_at - 40), synonym_at)
        period = None
        if adjective and _is_flow(vocabulary, metric) and q.unit != "percent":
            period = _RATE_ADJECTIVES[adjective.group(1).lower()]
        return metric, period or _period_after(text, end, sentence.end), end, True
    subject = (
        _SUBJECT_METRIC.search(text, clause, start)
        or _PLAIN_SUBJECT_METRIC.match(text[clause:start])
        or _REPORTED_METRIC.search(text, clause, start)
    )
    if subject and not any(w.lower() in _STOP_NOUNS for w in subject.group(1).split()):
        words = subject.group(1).split()
        known = vocabulary.metric_for_phrase(" ".join(words))
        return (known.name if known else _slug(words)), None, end, known is not None
    noun, period = _noun_after(text, _number_end(text, start, end), limit)
    if noun in _CHANGE_NOUNS:
        # "a 50% increase in call and data tariffs": the measure follows "in"
        measure = _CHANGE_OF.match(text, _number_end(text, start, end), limit)
        if measure:
            words = [w for w in measure.group(1).split() if w.lower() not in _STOP_NOUNS]
            known = vocabulary.metric_for_phrase(" ".join(words).lower())
            return (known.name if known else _slug(words[-1:])), None, end, known is not None
        if previous is not None:  # "..., a 26% jump"
            return previous[0].removesuffix("_change"), None, end, False
    if noun is not None:
        # "150 million people use it every month" is how monthly active users are said
        rate = q.period or _period_in(text, end, _clause_end(text, end, sentence.end))
        if rate in ("per_month", "per_day") and noun.split("_")[0] in ("people", "users"):
            name = "monthly_active_users" if rate == "per_month" else "daily_active_users"
            return name, "", end, True
        # "16 million shipments each business day"
        rate = _RATE_AFTER_NOUN.match(text, _number_end(text, start, end), limit)
        return noun, period or (rate and _PERIOD_WORDS[rate.group(1).lower()]), end, False
    # "..., up 13%", "up from 10 million", "$90.8 billion of that": the measure of the
    # previous claim in the sentence (a change in percent goes with any measure; money
    # does not go with a count's change: "cut 50 jobs ... and lost $237 million").
    if previous is not None and (
        _same_kind(previous[1], q.unit)
        or q.unit in ("percent", "percentage_point", "basis_point")
        or (previous[2] and _fits(_metric_unit(vocabulary, previous[0], q.unit), q.unit))
    ):
        return previous[0].removesuffix("_change"), None, end, False
    if q.unit not in ("count", "percent", "percentage_point", "basis_point"):
        worth = _WORTH_BEFORE.search(text, clause, start)
        if worth and worth.group(1).lower() not in _STOP_NOUNS:
            # "processed transactions worth $272 billion": the value of what is counted
            return f"{worth.group(1).lower().removesuffix('s')}_value", None, end, False
        verb = _VERB_BEFORE.search(text, clause, start)
        if verb:  # "paid out roughly EUR 4.5 billion", "saves the company $1 billion"
            name = "net_loss" if verb.group(1) == "lost" else _slug(verb.group(1).split())
            return name, None, end, False
    return None, None, end, False


_WORTH_BEFORE = re.compile(
    r"\b([a-z][\w-]*)\s+(?:worth|totalling|totaling)\s+(?:(?:an\s+estimated|about|around|"
    r"roughly|nearly|some|almost|over|more\s+than|at\s+least)\s+)?$"
)
_CHANGE_OF = re.compile(
    r"\s*[a-z]+\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?"
    r"[a-z][\w-]*)(?=\s*(?:[,.;]|$|\s(?:to|from|by|at|on|for|in|since|after|this|last)\b))",
    re.I,
)
_MARKET_SHARE_AFTER = re.compile(
    r"\s+(?:share\s+)?of\s+(?:the|its|their)\s+(?:[\w.-]+\s+){0,3}?market\b", re.I
)
_CHANGE_NOUNS = frozenset(
    _words("jump rise increase gain surge growth drop decline fall decrease slump climb")
)


# A window a flow is counted over is its period: "in the third quarter", "in Q3", "in
# those three months" -> per_quarter; "in 2023", "in fiscal 2024", "last year", "for the
# year to March", "in the 12 months to June" -> per_year; "in a single day" -> per_day.
_QUARTER_WINDOW = (
    r"\b(?:in|during|for|over)\s+(?:the\s+|its\s+|that\s+|this\s+|those\s+|these\s+)?"
    r"(?:(?:first|second|third|fourth|final|last|latest|past|most\s+recent|same|holiday|"
    r"fiscal|financial|march|june|september|december)\s+){0,2}quarter\b"
    r"|\b(?:in|during|for)\s+(?:the\s+)?(?:fiscal\s+)?Q[1-4]\b"
    r"|\b(?:first|second|third|fourth)-quarter\b|\bQ[1-4]\s+(?=[a-z])"
    r"|\b(?:three|3)\s+months\b|\b13\s+weeks\b"
)
_YEAR_WINDOW = (
    r"\b(?:in|during|for|over)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?(?:19|20)\d\d\b(?!\s*-)"
    # "handled $120 billion on an annualised basis"
    r"|\bon\s+an?\s+annuali[sz]ed\s+basis\b"
    r"|\b(?:in|during|for)\s+FY\s?\d\d(?:\d\d)?\b"
    r"|\b(?:last|this|the\s+past)\s+year\b"
    r"|(?<![\d,]\s)\b(?:19|20)\d\d\s+(?=[a-z])"
    r"|\b(?:in|during|for|over)\s+(?:the\s+|that\s+|its\s+)?(?:(?:fiscal|financial|full|"
    r"calendar|same)\s+)?year\b(?!\s+(?:earlier|ago|before))"
    r"|\b(?:12|twelve)\s+months\b|\b52\s+weeks\b"
)
_DAY_WINDOW = r"\b(?:in|on)\s+a\s+(?:single\s+)?day\b"
# Nearer than those, a window that is no period: a comparison ("year over year"), a span
# ("in its first five days", "within two months") or a month ("in December").
_NO_WINDOW = (
    r"\byear[\s-]+(?:over|on)[\s-]+year\b"
    # "sold 25 million copies since its launch in 2020": a running total, no window
    r"|\bsince\b"
    r"|\b(?:in|within|over|during)\s+(?:just\s+|only\s+)?(?:its\s+|the\s+|their\s+)?"
    r"(?:first\s+|last\s+|past\s+|next\s+)?(?!(?:three|3|twelve|12|13|52)\s)(?:\d+|[a-z]+)\s+"
    r"(?:hours|days|weeks|months)\b"
    r"|\b(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?!\s+(?:19|20)\d\d)"
)
_WINDOWS = re.compile(
    rf"(?P<none>{_NO_WINDOW})|(?P<per_quarter>{_QUARTER_WINDOW})|(?P<per_year>{_YEAR_WINDOW})"
    rf"|(?P<per_day>{_DAY_WINDOW})",
    re.I,
)
# "founded in 2013", "went public in 2021": a date, not the window a figure covers.
_EVENT_BEFORE = re.compile(
    r"\b(?:founded|launched|launching|established|created|started|listed|born|incorporated|"
    r"opened|acquired|bought|formed|merged|introduced|released|debuted|public|agreed|since)"
    r"\s+$",
    re.I,
)
# Flows that the vocabulary does not name, by their counted noun ("passengers", "hours").
_FLOW_NOUNS = frozenset(
    _words(
        """
        trips rides orders deliveries passengers travellers travelers visits visitors hours
        minutes downloads installs transactions payments shipments sales bookings messages
        streams journeys flights departures interactions logins times releases nights arrivals
        sold shipped delivered produced processed completed
        """
    )
)
# Money that is a level, not counted over a window.
_STOCK_MONEY = frozenset(
    _words(
        """
        assets deposits custody valuation valued cap capitalization capitalisation cash debt stake
        loans reserves worth wealth funding raised investment deal acquisition bought price
        """
    )
)


_FLOW_VERB_BEFORE = re.compile(
    r"\b(?:sold|shipped|delivered|produced|processed|completed|carried|flew|handled|booked|"
    r"built|logged|facilitated|transported|made|opened|signed)\s+(?:[a-z]+\s+){0,3}$"
)


_FLOW_NOUN_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:{})\b".format("|".join(sorted(w for w in _FLOW_NOUNS if w[-1] == "s")))
)


def _is_flow_claim(
    vocabulary: Vocabulary, metric: str, unit: str, before: str = "", after: str = ""
) -> bool:
    """Is the claim an amount counted over a window (trips, revenue, customers added)?
    Shares and percentage changes are not; levels (users, stores) are not, but additions
    to them ("added 4.5 million customers") are."""
    if unit in ("percent", "percentage_point", "basis_point"):
        return False
    if metric.endswith("_change"):
        # "cut 12,000 jobs": layoffs and hiring change a level; no window rate
        return not metric.startswith("employees")
    if unit == "count" and (_FLOW_VERB_BEFORE.search(before) or _FLOW_NOUN_AFTER.match(after)):
        return True
    known = vocabulary.metric(metric)
    if known is not None:
        return known.kind == "flow"
    words = metric.split("_")
    if unit == "count":  # "2 billion payments"
        return any(w in _FLOW_NOUNS for w in words)
    return not any(w in _STOCK_MONEY for w in words)


def _window_period(text: str, sentence: Span, start: int, end: int) -> str | None:
    """The period of the window nearest the number in its sentence, if one is stated."""
    best: tuple[int, str] | None = None
    for m in _WINDOWS.finditer(text, sentence.start, sentence.end):
        if _EVENT_BEFORE.search(text, max(sentence.start, m.start() - 20), m.start()):
            continue
        distance = m.start() - end if m.start() >= end else start - m.end()
        if distance < 0:  # the window is inside the quote ("2.4 billion orders in 2023")
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, m.lastgroup or "")
    return best[1] if best and best[1] != "none" else None


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_END.search(text, start, end)
    return m.start() if m else end


def _period_in(text: str, start: int, end: int) -> str | None:
    m = re.search(r"\b(?:every|each|per|a)\s+(?:business\s+)?(day|month)\b", text[start:end])
    return _PERIOD_WORDS[m.group(1)] if m else None


def _number_end(text: str, start: int, end: int) -> int:
    """Where the number itself ends inside the parser's span (which may run on over the
    counted noun up to a rate: "100 billion messages a day")."""
    ends = [m.end() for m in _NUMBER_TOKEN.finditer(text, start, end)]
    return ends[-1] if ends else end


def _metric_unit(vocabulary: Vocabulary, metric: str, default: str) -> str:
    known = vocabulary.metric(metric.removesuffix("_change"))
    return known.unit if known else default


def _is_flow(vocabulary: Vocabulary, metric: str) -> bool:
    known = vocabulary.metric(metric)
    return known is None or known.kind == "flow"


def _is_scale_unit(unit: str) -> bool:
    return unit in CLAIM_UNITS or unit in quantities.CURRENCIES


def _same_kind(unit: str, other: str) -> bool:
    """Counts go with counts, money with money (any currency), percentages with percentages."""

    def kind(u: str) -> str:
        return u if u in ("count", "percent", "percentage_point", "basis_point") else "money"

    return kind(unit) == kind(other)


def extract_claims(article: Article, vocabulary: Vocabulary | None = None) -> list[Claim]:
    """Every numeric claim about an organisation in an article, in text order."""
    return list(iter_claims(article, vocabulary or load_vocabulary()))


def extract_many(articles: Iterable[Article], vocabulary: Vocabulary | None = None) -> list[Claim]:
    vocabulary = vocabulary or load_vocabulary()
    return [claim for article in articles for claim in iter_claims(article, vocabulary)]
