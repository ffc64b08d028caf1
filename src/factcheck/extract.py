"""From an article's text to numeric claims about organisations.

`factcheck.quantities` finds the numbers; this module decides which of them are
claims and puts each together, with a few general reading rules and no language model.
The rules live by what they decide:

- `factcheck.segments`: paragraphs and sentences;
- `factcheck.names`: which capitalised words name organisations;
- `factcheck.attribution`: which organisation a number is about;
- `factcheck.metrics`: which measure it counts;
- `factcheck.periods`: the rate or window it is stated over;
- here: what is not a claim, how a number reads (bounds, changes), and the loop.

Not claims: multipliers ("ten times"), survey samples and findings, prices ("costs
$98 a year", "opened at $42"), per-item amounts ("each contribute $100,000"),
years used as modifiers ("its 2023 layoffs"), years, durations and dates, figures of
a group ("the chains' 40,000 hotels"), ages ("Tadashi Yanai, 75,", "shoppers under 25"),
ratings and relatives ("4.8 stars", "his four brothers"), price rises ("a 50% increase in
tariffs"); physical amounts only as rates or capacities.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import os
import re
from collections.abc import Iterable, Iterator

from factcheck import quantities
from factcheck.attribution import LIST_JOINER, Attribution
from factcheck.metrics import (
    HEDGE,
    METRIC_WINDOW_AFTER,
    METRIC_WINDOW_BEFORE,
    NUMBER_TOKEN,
    label_metric,
    metric_for,
    number_end,
)
from factcheck.names import (
    DEMONYMS,
    NAME,
    PLACES,
    TECHNOLOGIES,
    TOPIC_WORDS,
    Mention,
    abbreviates,
    common_name,
)
from factcheck.periods import (
    OUTPUT_NOUNS,
    PERIOD_WORDS,
    WINDOW_ADJECTIVES,
    heading_window,
    is_flow_claim,
    report_window,
    window_period,
)
from factcheck.schema import Article, Claim
from factcheck.segments import (
    Span,
    flattened_statement,
    paragraphs,
    sentences,
    table_rows,
    word_list,
)
from factcheck.vocabulary import ENV_VAR, Vocabulary, load_vocabulary

__all__ = [
    "CLAIM_UNITS",
    "CLAIM_UNITS_EXCLUDED",
    "METRIC_WINDOW_AFTER",
    "METRIC_WINDOW_BEFORE",
    "Span",
    "extract_claims",
    "extract_many",
    "iter_claims",
    "paragraphs",
    "sentences",
]


# Units that are about an organisation's scale; years and durations are dates and
# spans ("In 2012", "after six months"), not figures a public statistic can check.
CLAIM_UNITS_EXCLUDED = frozenset({"year", "duration", "date"})
# Units an organisation's scale is stated in: counts, shares and money. Physical units
# ("330 miles", "45,000 kg", "3.45 GHz") describe products, unless stated as a rate of
# the business ("3.2 million barrels a day", "31 gigabytes of data each month").
CLAIM_UNITS = frozenset({"count", "percent", "percentage_point", "basis_point"})


# "a petition that passes 100,000 signatures is considered", "once it reaches 50,000
# signatures": a rule's threshold, in the present tense (not "when it passed 1 million")
_RULE_THRESHOLD_BEFORE = re.compile(
    r"\b(?:that|once|if|when|until|unless)\s+(?:it\s+|they\s+)?(?:passes|reaches|hits|"
    r"crosses|exceeds|tops|collects|gathers|gets)\s+$"
)
# "with global refining capacity of around 103 million barrels a day": the world's, not a firm's
_GLOBAL_MEASURE_BEFORE = re.compile(
    r"\b(?:global|world|the\s+world['’]s)\s+(?:(?!and\b|or\b)[a-z]+\s+){0,2}?(?:capacity|demand|"
    r"output|production|consumption|shipments|sales)\s+(?:of|is|was|at|stood\s+at|reached)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$",
    re.I,
)
# "at least one toilet for every 20 workers", "one for every 30 or so residents": the
# denominator of a ratio, not a count of anything the firm has
_FOR_EVERY_BEFORE = re.compile(r"\bfor\s+every\s+$", re.I)
_OF_MERGED_FIRM = re.compile(
    r"\s+of\s+the\s+(?:combined|merged|enlarged)\s+(?:company|group|business|entity|firm)\b"
)
_NOT_CLAIM_BEFORE = re.compile(
    # survey samples, prices and per-item amounts
    r"(?:\b(?:survey|poll|study|sample|panel)\s+of\s+"
    r"|\b(?:costs?|costing|priced\s+at|price\s+of|charges?|opened\s+at|closed\s+at|"
    r"trading\s+at|trades\s+at|sells\s+for|fees?\s+(?:start(?:ing|s)?\s+)?(?:from|at)|"
    # "a low fee, starting from 0.4% of the amount", "plans starting at $5"
    r"starting\s+(?:from|at)"
    # "Even when Bitcoin price crossed $60,000": a price, whatever it passed
    # (the parser takes "crossed" as the bound, so only "price" may stand before it)
    r"|\bprice(?:\s+(?:crossed|hit|reached|topped|passed|rose\s+to|fell\s+to|jumped\s+to|"
    r"climbed\s+to|dropped\s+to|was|is)(?:\s+(?:above|over|below))?)?)\s+"
    r"(?:just\s+|only\s+)?"
    # (not "in each of its roughly 500 theatres": all of them)
    r"|\beach(?!\s+(?:day|week|month|quarter|year)\b|\s+of\s+(?:its|their|the)\s)"
    r"(?:\s+[a-z]+){0,2}\s+"
    # "where a delivery of 500 bricks is": one example load, not a scale
    r"|\b(?:a|one)\s+(?:single\s+|typical\s+)?(?:delivery|shipment|batch|load|pallet|"
    r"consignment)\s+of\s+"
    # "a layer 2 network", "level 3", "season 4": the number of a kind or a step
    r"|\b(?:layer|level|tier|phase|stage|type|class|season|episode|chapter|part|step|round|"
    r"gen|generation|series|version)\s+"
    # "in quarter 2 (Q2)": which quarter (not "in the quarter 3 million joined")
    r"|\b(?<!the\s)quarter\s+"
    # "banned in 12 countries", "bigger than the GDP of 25 countries": where it is not, or
    # a yardstick; no scale of its own
    r"|\b(?:banned|blocked|restricted|prohibited|outlawed)\s+(?:[a-z]+\s+){0,3}?in\s+"
    r"|\b(?:GDP|gross\s+domestic\s+product)\s+(?:[a-z]+\s+){0,2}?(?:of|by)\s+(?:the\s+)?"
    # "were load tested for 50 million concurrent users": a test's target, not a scale
    r"|\b(?:load|stress)[\s-]+test(?:ed|s)?\s+(?:for|with|at|of)\s+(?:up\s+to\s+)?"
    # "only after the first $1 million in gross revenue": a threshold
    r"|\bafter\s+(?:the\s+)?first\s+"
    # "free to developers until their game earns $1 million"
    r"|\buntil\s+(?:their|its|his|her|the|a|your)\s+(?:[\w-]+\s+){0,2}?(?:earns|makes|"
    r"reaches|hits|passes|crosses)\s+"
    # "when the price of Bitcoin climbed above $70,000": a price
    r"|\bprice\s+of\s+(?:[\w-]+\s+){0,2}?(?:(?:climbed|rose|jumped|fell|dropped|reached|hit|"
    r"was|is|stood)\s+(?:above\s+|below\s+|to\s+|at\s+|past\s+)?)?"
    # "testing the apps on more than 1,000 different devices": a test bench
    r"|\btest(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:on|across)\s+"
    # "its Pay in 4 product": a product's name
    r"|\bPay\s+in\s+"
    # "A data scientist at Airbnb earns around $180,000 a year": a person's pay
    r"|\ban?\s+(?:[\w-]+\s+)?(?:engineer|scientist|developer|analyst|employee|worker|driver|"
    r"nurse|designer)\s+(?:at\s+[\w&.'’-]+\s+)?(?:earns|makes|gets|is\s+paid)\s+"
    # "on a render farm of more than 5,000 machines": a system's size
    r"|\b(?:render|server|build)\s+farm\s+of\s+"
    # "a pack of 1,000 V-Bucks costs $8.99": what one purchase holds
    r"|\b(?:pack|bundle|box|bag|bottle|set)\s+of\s+"
    # "lets shoppers split a purchase into 4 interest-free payments": a product feature
    r"|\bsplit\s+(?:[\w-]+\s+){0,4}?in(?:to)?\s+"
    # "the global recorded music revenues were $28.6 billion": a market's, not a company's
    # (not a firm's own: "EY ... reported global revenue of $49.4 billion")
    r"|\b(?:the\s+)?(?<!\bits\s)(?<!\btheir\s)(?<!\breported\s)(?<!\bposted\s)(?<!\bhad\s)"
    r"global\s+(?:[\w-]+\s+){0,3}?(?:revenues?|sales|market|spending|premiums)\s+"
    r"(?:were|was|is|are|reached|hit|of|passed|topped|exceeded)\s+(?:about\s+|around\s+|some\s+)?"
    # "revenue per advertiser is above £1,500 per month": a price-like average
    r"|\b(?:revenue|spend|spending|sales)\s+per\s+(?:[\w-]+\s+){1,2}?(?:is|was|were|are|of|reached|hit)\s+"
    r"(?:above\s+|about\s+|around\s+|over\s+|nearly\s+)?"
    # "the average fee is often below 1%", "its standard fee for a card payment in the US is
    # 2.99%": a fee
    r"|\bfees?(?:\s+(?:for|on|of|in)(?:\s+[\w-]+){1,7}?)?\s+(?:is|are|was|were)\s+"
    r"(?:often\s+|usually\s+|typically\s+|just\s+|only\s+)?"
    # "doing the job of 700 agents": a comparison, not a headcount
    r"|\b(?:job|jobs|work|equivalent)\s+of\s+(?:about\s+|around\s+|some\s+)?"
    # "Jakarta, a city of over 10 million people": a place's population
    r"|\b(?:city|town|country|nation|metropolis|state|region|island|village|population)"
    r"\s+of\s+"
    # "fines of up to €150 million", "penalties of up to 4% of turnover": a legal cap
    r"|\b(?:fines?|penalt(?:y|ies))\s+(?:of\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?"
    # "operates one of the 13 root name servers": the class it is one of, not its count
    r"|\bone\s+of\s+the\s+"
    # "the chains' 40,000 hotels", "the five companies' revenue of": a group's figure
    r"|\b(?:the|these|those|all)\s+(?:[a-z]+\s+)?[a-z]+s['’]\s+)$",
    re.I,
)
_DIMENSIONS = re.compile(
    r"\b\d[\d,.]*[^\S\n]*(?:by|x|×)[^\S\n]*\d[\d,.]*[^\S\n]*(?:-[^\S\n]*)?"
    r"(?:dpi|pixels?|px|mm|cm|metres?|meters?|m|feet|ft|foot|inches|inch|in)\b"
)
_SURVEY_FINDING = re.compile(
    r"\b(?:survey|poll|study|surveys|polls|studies)\b.*\b(?:found|estimates?|estimated|shows?|"
    r"showed)\b"
    # "Industry reports say online retail sales reached $5.8 trillion"
    # ("Industry estimates say close to 50% of web traffic comes from bots")
    r"|\b(?:industry|analyst|market|research)\s+(?:reports?|estimates?|figures|data)\s+"
    r"(?:say|said|show|showed|shows|suggest|suggests|estimate|estimated)\b"
    # "Doctors recommend 10,000 steps a day": advice, not an organisation's figure
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:Doctors|Experts|Scientists|Researchers|Economists|Physicians|"
    r"Dietitians|Nutritionists|Coaches|Trainers)\s+(?:recommend|suggest|advise|say|estimate)\b"
    # "According to one developer survey only about 6% of programmers use Ruby"
    r"|\baccording\s+to\s+(?:a|an|one|the|its|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:survey|poll|study)\b"
    # "Octagon's research team surveyed 10,000 fans across 12 countries": a sample
    r"|\b(?:surveyed|polled)\b",
    re.I | re.S,
)
# "the shares fell 8% in one day", "Its shares are still about 60% below the IPO price":
# the market's figure, whatever measure the sentence named before
_SHARES_MOVE_BEFORE = re.compile(
    # ("Shares in Irish oil company Petrel Resources have lost", "Nortel shares, which have
    # lost nearly 50% of their value since last year, climbed 1.46%")
    r"\b(?:shares|stock)(?:\s+(?:in|of)\s+[^,;:.]{1,60}?)?(?:\s*,[^,;:]{1,90},)?\s+"
    r"(?:(?:are|were|is|was|have|has|had|still|now|also|then)\s+)*"
    r"(?:(?:fell|rose|sank|slid|lost|gained|dropped|jumped|climbed|surged|plunged|tumbled|"
    r"closed|ended|traded|trade|down|up)\s+)?(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"less\s+than\s+)?$",
    re.I,
)
_MULTIPLIER_AFTER = re.compile(
    r"^(?:\s*-?\s*fold\b|\s+times\b|\s+(?:largest|biggest|top|most|best|leading|"
    r"fastest|richest|highest|busiest|smallest|oldest|strongest)\b)",
    re.I,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|the|this|that|a|an)\s+$", re.I)
_ESTIMATED_AT_BEFORE = re.compile(r"\b(?:estimated|reckoned|thought)\s+at\s+$", re.I)
_CROSSING_BEFORE = re.compile(
    r"\b(?:passed|passing|surpassed|surpassing|crossed|crossing|topped|exceeded|broke|"
    r"cleared|eclipsed|pass|surpass|cross|top|exceed|passes|surpasses|clears|"
    r"(?:gone|went|goes|going)\s+past)\s+(?:the\s+)?"
    # "passed the milestone of five billion trips", "crossed the 100 million mark"
    r"(?:(?:milestone|mark|threshold|landmark)\s+of\s+)?$"
    # "climbed past half a billion"
    r"|\b(?:went|got|grew|rose|climbed|pushed|moved|jumped|is|was|now|well)\s+past\s+$",
    re.I,
)
_MILESTONE_BEFORE = re.compile(r"\b(?:milestone|landmark)\s+of\s+$", re.I)
_PHRASAL_OVER = re.compile(
    r"\b(?:handed|hands|handing|turned|turns|turning|took|takes|taking|signed|signs|"
    # "members spread over 190 countries": across, not more than
    r"spread|spreads|scattered)\s+$",
    re.I,
)


def _is_number(q: quantities.Quantity) -> bool:
    """A stated number rather than part of a name ("7-Eleven", "A-1") or a vague plural
    ("millions of gig riders", "billions of dollars")."""
    surface = q.surface.strip()
    return not (re.search(r"\d-[A-Z]", surface) or _VAGUE_PLURAL.match(surface))


def _is_time_total(q: quantities.Quantity, after: str = "") -> bool:
    """ "players spent 20.7 billion hours", "720,000 hours of video are uploaded": a total
    of time spent or published, counted like a flow."""
    return q.unit == "duration" and (q.value >= 1e6 or bool(_MEDIA_TIME.match(after)))


_MEDIA_TIME = re.compile(r"\s+of\s+(?:new\s+)?(?:video|videos|content|footage|music|audio)\b")
# "more than half of its backend services", "about three quarters of its critical
# applications": a share of the organisation's own systems, stated in words
_SHARE_OF_OWN_SYSTEMS = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:services|applications|apps|workloads|"
    r"systems|codebase|code|infrastructure|microservices)\b",
    re.I,
)


def _as_counted(q: quantities.Quantity, after: str) -> quantities.Quantity:
    """The quantity in the unit a claim counts it in: a total of hours is a count, "half
    of its services" a percentage."""
    if _is_time_total(q, after):
        return dataclasses.replace(q, unit="count")
    if q.unit == "fraction" and _SHARE_OF_OWN_SYSTEMS.match(after):
        return dataclasses.replace(
            q,
            unit="percent",
            value=q.value * 100,
            low=None if q.low is None else q.low * 100,
            high=None if q.high is None else q.high * 100,
        )
    return q


# "the average salary is about $140,000", "a fee of around 13.25%", "a single server can
# hold up to 500,000 members": pay, prices and a product's limits
_LIMIT_OR_PAY_BEFORE = re.compile(
    r"\b(?:salary|salaries|wage|wages|fee|fees|commission|tariff)\b(?:\s+[\w-]+){0,4}?\s+"
    r"(?:is|are|was|of|at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?$"
    r"|\b(?:tuition|price|pricing|cost)\s+(?:is|was|of)\s+(?:about\s+|around\s+|just\s+)?$"
    r"|\bcan\s+(?:hold|host|support|handle|store|fit|carry|have)\s+$"
    # "free delivery on orders over $35"
    r"|\b(?:orders?|purchases?|baskets?|spending)\s+(?:of\s+)?$",
    re.I,
)
# A sentence saying when (a year, a season, a target date) states its own time
_WHEN_WORDS = re.compile(
    r"\b(?:(?:19|20)\d\d|summer|winter|spring|autumn|quarter|month|week|day|by|since|until|"
    r"alone|recently|once|then)\b",
    re.I,
)
# "Fees at its flagship campuses in Hong Kong and Dubai can exceed $40,000 a year"
_PRICES_CAN_REACH = re.compile(
    r"\b(?:fees|prices|tuition)\b[^.;:]{0,60}?\b(?:can|could|may|often)\s+(?:exceed|top|"
    r"reach|run\s+to|pass)\s+$",
    re.I,
)
# System nouns counted per day or week too ("45 billion hacking attempts every day": the
# attackers' numbers, not the bank's; deploys, pipelines, connections)
_SYSTEM_RATE_NOUNS = (
    r"attempts|attacks|cyberattacks|deploys|deployments|pipelines|data\s+pipelines|"
    r"connections|concurrent\s+sessions|test\s+cases|(?:unit\s+|automated\s+)tests|"
    # "one of their services handled over a billion hits a day"
    r"hits|security\s+events|API\s+calls|api\s+calls|"
    # "ingests 4 billion sensor readings a day", "runs 250 million predictions a month":
    # a system's data (none of 48 in the sets is gold)
    r"readings|data\s+points|predictions|forecasts|sensor\s+events|genotypes"
)
_SYSTEM_SPEC_AFTER = re.compile(
    # (not a telecom's customers: "310 million wireless lines")
    r"\s+(?!(?:wireless|mobile|phone|telephone|fixed|broadband|postpaid|prepaid|cellular|"
    r"access|voice|subscriber)\s+lines)"
    r"(?:[a-z-]+\s+)?(?:nodes|modules|operations|queries|containers|pods|shards|partitions|"
    r"web\s+servers|api\s+calls|calls|cores|threads|brokers|clusters|objects|"
    r"stars|petabytes|terabytes|gigabytes|lines(?:\s+of\s+(?:\w+\s+)?code)?)\b"
    # "over 50 million HTTP requests per second": a system's throughput
    r"|\s+(?:[\w-]+\s+){0,2}?(?:per|a|each|every)\s+second\b"
    r"|\s+(?:[\w-]+\s+)?(?:requests|queries|calls)\s+(?:per|a|each)\s+minute\b"
    r"|\s+(?:[a-z-]+\s+)?(?:microservices|servers|files|data\s+jobs|ratings?|hdr|uhd|"
    r"resolution|efficacy|accuracy|levels|installments|shades|colours|"
    # ("24 currency pairs"; not "shipped 12 million pairs of headphones", goods counted)
    r"pairs(?!\s+of\s+(?:[a-z-]+\s+)?(?:shoes|sneakers|trainers|boots|headphones|earbuds|"
    r"glasses|spectacles|sunglasses|jeans|socks|skis|lenses|gloves))|"
    # ("over 500 applications on AWS"; not "received 840,318 applications")
    r"applications(?=\s+(?:on|running|built|written|that|which|across)\b)|"
    r"virtual\s+machines|VMs|integrations|nines|GPUs|sensors|configurations|"
    # "brings together data from 20 different internal sources"
    r"(?:[a-z-]+\s+)?(?:data\s+)?sources|"
    rf"colors|flavours|flavors|choices|models|edges|{_SYSTEM_RATE_NOUNS}|"
    # "the 14 characters code", "recognise more than 25 scenes": a product's spec
    r"characters?|digits|letters|pixels|megapixels|frames|stems|scenes|predictions|attributes|"
    r"currencies|questions|languages|cameras|resolutions|qubits?(?:\s+processors?)?|markers|types\s+of|kinds\s+of|"
    # ("pressures of up to 13 bar": a machine's spec; not "400 bars" of gold)
    r"components|databases|dimensions|steps|slots|bar(?!s)|psi|"
    r"(?:such|internal|backend|back-end)\s+services)\b"
    # "runs more than 150 machine learning models in production"
    r"|\s+(?:machine[\s-]+learning|ML|AI)\s+models\b"
    # "around 1,000 Python services", "3.5 billion system requests": a system's parts and load
    r"|\s+(?:Python|Java|Go|Golang|Ruby|Kotlin|Scala|Rust|Elixir|PHP|C\+\+|C#|Node\.js)\s+"
    r"(?:services|microservices|modules|scripts|jobs|files|repositories|packages|libraries)\b"
    r"|\s+(?:system|API|HTTP|server)\s+(?:requests|calls)\b"
    # "the 11.11 shopping festival", "the 11.11 Singles Day festival": a date naming an event
    r"|\s+(?:[a-z]+\s+|(?:[A-Z][\w'’]*\s+){1,3})?(?:festival|holiday)\b"
    # (nor "20,000 holiday-home owners": a compound before its noun)
    r"(?![\s-]+(?:properties|homes?|rentals|lets|packages|parks|makers|goers)\b|-)",
    re.I,
)
# "Kafka at LinkedIn handles 7 trillion messages a day": what a tool moves is a system's
# throughput, not the business's scale ("WhatsApp delivers 100 billion messages a day" is)
_THROUGHPUT_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:messages|events|records|jobs|tasks|workflows|DAGs)\b", re.I
)
_TOOL = re.compile(
    r"\b(?:Kafka|Flink|Spark|Storm|Samza|RabbitMQ|Pulsar|Kinesis|Airflow|Luigi|Celery|Dagster|"
    r"clusters?|brokers?|pipelines?|queues?|schedulers?|(?:event|message|data)\s+bus(?:es)?)\b"
)
_PER_MINUTE_OR_HOUR = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:a|an|per|each|every)\s+(?:minute|hour|night)\b", re.I
)
# "trained on 300,000 labelled images", "bought a 61% stake", "the country's 44 fund
# houses", "when it drops below 20 percent": training data, a holding, a country's count, a
# threshold (none of 21 such numbers in the sets is gold)
_NO_SCALE_BEFORE = re.compile(
    r"\btrained\s+on\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|roughly\s+|"
    r"nearly\s+)?$"
    r"|\b(?:country|nation|world|industry|sector)['’]s\s+(?:[a-z]+\s+)?$",
    re.I,
)
_THRESHOLD_BEFORE = re.compile(r"\b(?:drops?|falls?|dips?|fell|dropped)\s+$")
_STAKE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?stake\b")
_SAME_PERIOD = re.compile(
    r"\b(?:over|in|during|for)\s+(?:the\s+same|that)\s+(?:period|twelve\s+months|year|time)\b"
    # "It added 7 million registered learners in the period" (not "in the period from ...")
    r"|\b(?:in|during)\s+the\s+period\b(?!\s+(?:from|between|of|since|to|ending|ended)\b)",
    re.I,
)
_TYPICAL_SUBJECT = re.compile(
    # (not "The average number of daily viewers on Twitch is": a count, averaged)
    r"\s*[\"“]?(?:A|An|The)\s+(?:typical|average)\s+(?!number\s+of\s)"
    r"(?:(?!,\s+(?:and|but|while|whereas)\s)[^;])*"
)
_MACHINE_AT_WORK_BEFORE = re.compile(
    # (an engine only before a "re-" verb, "the route engine recomputes 1.2 million routes";
    # not "its search engine answers 8.5 billion queries a day": the product is the business)
    r"\b(system|pipeline|models?|algorithms?|grader|scanner|chatbot|bot|app|service|"
    r"framework|tool|deployment|engine(?=\S*\s+(?:that\s+|which\s+)?(?:now\s+|also\s+)?re))"
    # ("Processing System (IFPS), written in C++, processes up to 40,000 flight plans")
    r"(?:\s*\([^()]{1,30}\))?(?:,[^,.;]{1,60},)?"
    r"\s+(?:that\s+|which\s+)?(?:now\s+|also\s+|can\s+)?(?:scans?|screens?|processes|"
    r"handles?|pushes|push|answers?|identif(?:y|ies)|detects?|checks?|sorts?|flags?|"
    r"analy[sz]es|indexes|crawls|classif(?:y|ies)|tags|routes|reads|ingests?|runs|"
    r"re-?runs|re-?computes|re-?prices|re-?calculates)"
    r"\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|"
    r"nearly\s+|almost\s+)?$",
    re.I,
)
_RATE_OF_SYSTEM = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{_SYSTEM_RATE_NOUNS})\b", re.I)
# "19 million servers are active every week": Discord's communities, not machines
_ACTIVE_COMMUNITIES = re.compile(r"\s+(?:active\s+)?servers\s+(?:are\s+)?active\b", re.I)
_FREQUENCY_AFTER = re.compile(r"\s*times\s+(?:a|an|per|each|every)\s+(?:day|week|month|hour)\b")
_TOOL_RESULT = re.compile(
    r"\b(?:models?|algorithms?|system|tool|engine|software)\s+(?:has\s+|have\s+)?"
    r"(?:reduced|cut|improved|lowered|boosted|raised|increased)\b[^.;]*\bby\s+$"
)
_SAVES_BEFORE = re.compile(rf"\bsaves?\s+(?:\w+\s+){{0,3}}?{HEDGE}$")
_UPTIME = re.compile(r"\b(?:uptime|availability|SLA)\b", re.I)
_FEE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:fee|fees|commission|surcharge|levy|tax|tip|tips|take\s+rate|"
    r"royalty|royalties)\b"
    # "it waives its 15% revenue share": the platform's cut of each sale
    r"|\s+revenue\s+share\b"
    # "a 15% share on digital sales": the platform's cut
    r"|\s+share\s+(?:on|of)\s+(?:[a-z-]+\s+)?(?:sales|revenue|transactions|purchases)\b"
    # "5,000 euros borrowed from his parents": a loan to a founder
    r"|\s+(?:[a-z]+\s+)?(?:borrowed|loaned|lent)\b"
    # "charging 2.9% plus 30 cents": a price per transaction
    r"|\s+plus\s+(?:[$€£]\s?)?\d+(?:\.\d+)?\s*(?:cents?|c|p|pence)?\b"
    # "3.7% plus $1.79 per ticket": what each sale costs
    # "$1.79 for every paid ticket", "$27,000 per year for one seat": what each one costs
    r"|(?:\s+(?:per|a|an|each)\s+(?:year|month|week))?"
    r"\s+(?:per|a|an|each|for\s+(?:each|every|one|a))\s+(?:[a-z]+\s+)?"
    r"(?:ticket|order|transaction|item|unit|sale|booking|seat|licen[cs]e)\b",
    re.I,
)
_MEASURE_OF_ONE = re.compile(
    r"\s+(?:item|person|man|woman|seat|bed|room|page|piece|step|point|star|player|member)"
    r"\s+[a-z]"
)
# An opening quotation mark and at most three words before the number
_IN_SHORT_QUOTE = re.compile(r"[\"“](?:[^\s\"“”]+\s){0,3}$")
_MODEL_NUMBER_AFTER = re.compile(
    r"\s+(?:phone|handset|smartphone|car|console|camera|laptop|jet|plane|airliner|tablet|"
    r"chip|processor)\b(?!-)"
)
# "costs from 0.4% of the amount": a fee on each transfer
_OF_EACH_AMOUNT = re.compile(
    r"\s+of\s+(?:the|each|every|a)\s+(?:amount|transfer|transaction|payment|sum|order|purchase)\b"
)
_OF_GDP = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:GDP|gross\s+domestic\s+product)\b"
)
_SPLIT_KEPT = re.compile(r"\b(?:keep|keeps|kept|get|gets|take|takes|receive|receives)\s+$", re.I)
_OF_EACH_SALE = re.compile(
    r"\s+of\s+(?:the\s+|each\s+|every\s+)?(?:revenue|sales?|price|purchases?|transactions?)\b"
)
_SERVICE_LOAD = re.compile(
    r"\b(?:services?|servers?|clusters?|APIs?|proxy|gateway|systems?)\s+(?:is|are|was|were)?\s*"
    r"(?:handling|serving|processing|handles|serves|processes|handled|served|processed)\s+"
    r"(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|some\s+|up\s+to\s+)?$"
)
_MARKET_WORTH_BEFORE = re.compile(
    # ("The global market for security services was worth", "expects the sewing machine
    # market to be worth", "The UK online betting market, by comparison, was worth")
    r"\bmarket(?:\s+(?:for|of)(?:\s+[\w-]+){1,3}?)?(?:,[^,.;]{1,30},)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:was|is|will\s+be|"
    r"could\s+be|is\s+expected\s+to\s+be|to\s+be|"
    r"is\s+projected\s+to\s+be|is\s+set\s+to\s+be)\s+(?:worth|valued\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
    # "The global logistics market is estimated around $9 trillion"
    r"|\bmarket\s+(?:is|was)\s+(?:estimated|valued|put|sized)\s+(?:at\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$"
    # "the global cloud market is expected to cross $1 trillion by 2030"
    r"|\bmarket\s+(?:is|was|will|could)\s+(?:[\w-]+\s+){0,3}?(?:cross|reach|hit|top|exceed|"
    r"surpass|pass|grow\s+to)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
    re.I,
)
# What a system's engineering changes (latency, memory, ...), not the business's scale
_ENGINEERING_MEASURES = (
    r"(?:latency|latencies|response\s+times?|load\s+times?|build\s+times?|page\s+loads?|"
    r"memory|cpu|crash(?:es)?|bugs|errors?|downtime|startup\s+time|access\s+times?|"
    r"code\s+size|app\s+size|binary\s+size|bundle\s+size|outages|network\s+faults|"
    r"development\s+time|dev\s+time|(?:network\s+|unit\s+)?tests|(?:null\s+pointer\s+)?exceptions)"
)
_ENGINEERING_BEFORE = re.compile(rf"\b{_ENGINEERING_MEASURES}\s+(?:\w+\s+){{0,6}}$", re.I)
_ENGINEERING_AFTER = re.compile(
    r"\s+(?:improvement|reduction|drop|decrease|increase|cut|speed-?up|gain)\s+in\s+"
    rf"(?:the\s+)?{_ENGINEERING_MEASURES}\b"
    # "saved them about 30% of the development time"
    rf"|\s+of\s+(?:the\s+|their\s+|its\s+)?{_ENGINEERING_MEASURES}\b",
    re.I,
)
# "70% less CPU", "20% more accurate", "over 1% CPU": how a system performs
_COMPARED_AFTER = re.compile(
    r"\s+(?:less|fewer|faster|slower|smaller|cheaper|lighter|shorter|quicker|better|worse|"
    r"(?:more\s+)?(?:accurate|precise)|more\s+(?:reliable|efficient|stable)|cpu|of\s+cpu|memory|"
    # "10% lower CPU usage", "30% higher throughput", "the users clicked 12% more"
    rf"(?:lower|higher)\s+(?:{_ENGINEERING_MEASURES}|throughput)|more\s+on\b)\b",
    re.I,
)
_SITES = (
    r"(?:countries|markets|offices|cities|continents|sites|factories|plants|stores|shops|hubs|"
    r"campuses|regions|states|brands|subsidiaries|segments|divisions|warehouses|hospitals|"
    r"hotels|airports|data\s+centres|data\s+centers|theatres|theaters|cinemas|galleries|"
    r"museums|venues|parks|clinics|schools|stations|restaurants|branches|mills|mines|ports|"
    r"terminals|breweries|resorts|studios|laboratories|labs|villages|clubs|locations|lounges)"
)
_FLEET_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:ships|vessels|aircraft|satellites)\b", re.I)
_SMALL_SCALE_NOUN = re.compile(
    # ("four ships", "a fleet of six cable ships": a fleet's size)
    rf"\s+(?:[a-z-]+\s+)?(?:{_SITES}|employees|staff|workers)\b|{_FLEET_AFTER.pattern}", re.I
)
_SMALL_FLOW_IN_WINDOW = re.compile(
    r"\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:in\s+(?:19|20)\d\d\b|(?:last|this|a|each|every|per)\s+year\b)"
)
_SITES_OF_PLACE = re.compile(rf"\s+(?:[A-Z][a-z]+\s+){{1,2}}{_SITES}\b")
_SHARE_OF_PEOPLE_OR_FAULTS = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?(?:bugs|vulnerabilities|crashes|"
    r"outages|incidents|graduates|students|respondents|alumni|applicants|developers|programmers|"
    r"enterprises|organizations|organisations|companies|businesses)\b",
    re.I,
)
_RATIO_BEFORE = re.compile(
    # "one in four", "1 in 5"; not "orders in 2023 in more than 25 countries"
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$",
    re.I,
)
_BACK_REFERENCE = re.compile(r"\b(?:the|these|those|both|all|its|their)\s+$", re.I)
_NUMBERED_NAME = re.compile(r"[a-z,;]\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*[^\S\n]$")
_BULLET = re.compile(r"[-*•–][^\S\n]+")
_SINGLE = re.compile(r"(?:one|a|an|single|a\s+single)", re.I)


def _spelled_small_count(q: quantities.Quantity, text: str) -> bool:
    """ "two main languages", "two German immigrants", "four new games": a spelled count
    below ten with words before its noun is a count for the parser (NewsQuant's convention)
    but seldom a figure of the business; only "nine markets", "eight countries" (a plural
    noun right after the number) are. `text` is what follows the quantity."""
    return (
        q.unit == "count"
        and q.value < 10
        and not re.search(r"\d", q.surface)
        and not re.match(r"\s+(?:[a-z]+s|people|staff|children|men|women)\b", text)
        # ("six West End theatres", "three Texas plants": a place before the sites)
        and not _SITES_OF_PLACE.match(text)
        # ("eight European countries", "six Canadian provinces": where it operates)
        and not _PLACES_OF_REGION.match(text)
        # ("six forest villages", "four regional airports": sites of a kind; not "three
        # new campuses" to come, nor "three reporting segments")
        and not re.match(rf"\s+(?!new\b|reporting\b|operating\b)[a-z]+\s+{_SITES}\b", text)
        # ("a fleet of six cable ships": a fleet's size)
        and not _FLEET_AFTER.match(text)
    )


_PLACES_OF_REGION = re.compile(
    # ("six coastal US cities": a describing word may come first)
    r"\s+(?:[a-z]+\s+)?[A-Z][\w.]*\s+(?:countries|states|provinces|markets|regions|territories|cities)\b"
)


_CAPITAL_WORD = re.compile(r"[^\S\n]+[A-Z][a-z]")
# "over 1,500 of its microservices are written in it": a part of a system, counted
_OF_ITS_SYSTEM = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:its|their|the)[^\S\n]+(?:[a-z-]+[^\S\n]+)?"
    r"(?:microservices|servers|nodes|clusters|repositories|repos|jobs|pipelines)\b"
)
# "the popular 3 Series", "the A4 Class": a model line named by its number
_MODEL_LINE_AFTER = re.compile(r"[^\S\n]+(?:Series|Class|Line|Edition)\b")
_NAMED_OFFER_AFTER = re.compile(
    r"[^\S\n]+(?:product|option|plan|offer|feature|service)\b(?![^\S\n]+[a-z]+s\b)"
)


_FORECAST_OF_BEFORE = re.compile(
    # ("less than analyst projections of 162.5 million", "Wall Street's expectation of")
    r"\b(?:analysts?['’]?|consensus|Wall\s+Street(?:['’]s)?|market)\s+(?:estimates?|"
    r"expectations?|forecasts?|projections?)\s+(?:of|for)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I,
)
# "Airbus expects airlines to need more than 42,000 new aircraft", "IATA expects SAF output
# to reach around 1.9 million tonnes": a forecast, not a figure of today
_EXPECTED_AFTER = re.compile(
    r"(?:[^\S\n]+[a-z]+){0,2}?[^\S\n]+(?:expected|forecast|predicted|projected|estimated)[^\S\n]+"
    r"by[^\S\n]+(?:[A-Z]|analysts?\b|economists?\b|the[^\S\n]+market\b)"
    # "the $2.09 billion analysts were expecting", "521 million orders Wall Street had forecast"
    r"|(?:[^\S\n]+[a-z]+){0,2}?[^\S\n]+(?:analysts?|Wall[^\S\n]+Street|economists?)[^\S\n]+"
    r"(?:had[^\S\n]+|were[^\S\n]+|was[^\S\n]+)?(?:expected|expecting|forecast|predicted|"
    r"projected|estimated)\b"
)
_EXPECTED_TO_REACH_BEFORE = re.compile(
    r"\b(?:expects?|expected|predicts?|predicted|forecasts?|projects?|projected)\s+"
    r"(?:[\w'’-]+\s+){0,5}?to\s+(?:need|reach|hit|top|exceed|surpass|grow\s+to|rise\s+to)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|over\s+)?$"
    # "Gartner has predicted that 70% of new applications ... will use"
    r"|\b(?:predicts?|predicted|forecasts?|forecasted|projects|projected)\s+that\s+$"
    # "predicted that a summer release would gross $800 million": a prediction's amount
    r"|\b(?:would|will)\s+(?:gross|earn|make|generate|bring\s+in)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|over\s+)?$"
    # "research firm IDC expects 9.7 million headsets to ship" (not a firm's own guidance:
    # "Uber expects between 30 and 32 million trips a day")
    r"|\b(?:firm|house|analysts?|researchers?|consultancy)\s+(?:[A-Z][\w&-]*\s+){0,2}"
    r"(?:expects?|expected|predicts?|predicted|forecasts?|forecasted|projects)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|more\s+than\s+|over\s+)?$"
)
_ITS_TOOL_SUBJECT = re.compile(
    r"\b[Ii]ts\s+(?:[\w-]+\s+)?(?:simulator|crawler|bot|engine|model|algorithm|tool|system)"
    r",\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+(?:[a-z]+\s+){1,2}$"
)
_ESTIMATE_BY_OUTSIDER = re.compile(
    r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?(?:firm|consultancy|analyst|researcher|"
    r"house|survey|study|poll|census)\s+(?:now\s+|also\s+)?"
    # ("an industry survey now counts around 23 million Americans who shot a bow")
    r"(?:values?|puts?|estimates?|sizes?|reckons?|counts?|finds?|found)\s+[^.;:]*$"
)
# "founded in 1997 by 19 US governors": who founded it, not its scale
_FOUNDERS_BEFORE = re.compile(
    r"\b(?:founded|co-founded|started|set\s+up|established|created)\s+"
    r"(?:in\s+(?:19|20)\d\d\s+)?by\s+(?:about\s+|some\s+|a\s+group\s+of\s+)?$"
)
_UNIT_OF_ORG = re.compile(r"(.+?)\s+(?:(?:AI\s+)?Labs|Global\s+Tech)")
_CUT_BEFORE = re.compile(
    r"\b(?:keeps?|keeping|takes?|taking|retains?|pockets?"
    # "promised to share 90 percent of advertising revenue with content creators": a
    # split it offers, not a scale
    r"|(?:to|will)\s+(?:share|give|pass\s+on|hand\s+over)(?:\s+back)?)\s+(?:only\s+|just\s+|about\s+|"
    r"around\s+|roughly\s+)?$"
)


def _inside_quotes(text: str, start: int, position: int) -> bool:
    """Does a quotation opened in the sentence stand open at `position`?"""
    span = text[start:position]
    return span.count("\u201c") > span.count("\u201d") or span.count('"') % 2 == 1


def _list_span(found: list[quantities.Quantity], i: int, sentence_text: str) -> tuple[int, int]:
    """The first and last index of the list of numbers found[i] stands in ("80 million and
    1.6 million accounts", "260 million, 150 million and 95 million subscribers"): counts or
    sums joined by commas and "and" (not alternatives: "1 or 2 sprints"; nor shares:
    "about 16%, and 49% of developers")."""
    def joined(a: int, b: int) -> bool:
        gap = LIST_JOINER.fullmatch(sentence_text, found[a].end, found[b].start)
        return (
            found[a].unit == found[b].unit
            and found[a].unit not in ("percent", "year")
            and gap is not None
            and "or" not in gap.group().split()
        )

    first, last = i, i
    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(found) and joined(last, last + 1):
        last += 1
    return first, last


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respective(
    text: str,
    sentence: Span,
    listed: tuple[int, int],
    i: int,
    found: list[quantities.Quantity],
    mentions: list[Mention],
) -> str | None:
    """ "Roku and Fubo reported 80 million and 1.6 million accounts, respectively": the
    i-th number of the list is the i-th of as many organisations listed before it."""
    first, last = listed
    numbers_start = sentence.start + found[first].start
    if last == first or not _RESPECTIVELY.search(
        text, sentence.start + found[last].end, sentence.end
    ):
        return None
    names = [m for m in mentions if not m.pronoun and m.end <= numbers_start]
    names = names[-(last - first + 1) :]
    if len(names) != last - first + 1 or not all(
        LIST_JOINER.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(names)
    ):
        return None
    return names[i - first].name


_OR_BEFORE = re.compile(
    r",?\s+or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$"
)


_EACH_AFTER = re.compile(
    # (at its clause's end: not "shipments each business day", "clients that each pay")
    r"(?:[^\S\n]+(?!that\b|who\b|which\b)[a-z][\w-]*){0,2}[^\S\n]+each"
    r"(?=[^\S\n]*(?:[.,;:)]|$)|[^\S\n]+and\b)"
)


_CONVERSION_GAP = re.compile(
    r"\s*(?:[;,/]\s*|\s+or\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?"
)


def _converted_in_brackets(text: str, sentence_start: int, start: int) -> bool:
    """ "400m euros ($527.61m; £274.73m)", "$186m (£98m; 143m euros)": a sum restated in
    other currencies, each one after the first, in the brackets right after it."""
    opened = text.rfind("(", sentence_start, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    inner = text[opened + 1 : start]
    inside = quantities.parse(inner)
    bounds = [0, *(b for x in inside for b in (x.start, x.end)), len(inner)]
    gaps = [inner[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if not all(_CONVERSION_GAP.fullmatch(gap) for gap in gaps) or any(
        x.unit not in quantities.CURRENCIES for x in inside
    ):
        return False
    # the sum before the brackets, maybe with its window between ("3bn yuan in 2004 ($365m")
    window = max(sentence_start, opened - 60)
    head = quantities.parse(text[window:opened])
    while head and head[-1].unit == "year":
        head.pop()
    return (
        bool(head)
        and head[-1].unit in quantities.CURRENCIES
        and len(text[window + head[-1].end : opened].strip()) <= 20
    )


_BRACKETS_AFTER = re.compile(r"[^\S\n]*\(([^()\n]{1,60})\)")


def _conversion_after(text: str, sentence: Span, q: quantities.Quantity, start: int) -> Span | None:
    """ "a $676m (£352m) loss", "signed a $6bn (£3.12bn) deal": brackets restating the sum
    in other currencies, which the words naming it are read past."""
    if q.unit not in quantities.CURRENCIES:
        return None
    brackets = _BRACKETS_AFTER.match(text, number_end(q, start), sentence.end)
    if brackets is None or not _converted_in_brackets(text, sentence.start, brackets.end(1)):
        return None
    return Span(brackets.start(), brackets.end())


def _not_a_claim(
    text: str,
    sentence: Span,
    q: quantities.Quantity,
    start: int,
    end: int,
    capacity: bool = False,
) -> bool:
    before = text[max(sentence.start, start - 40) : start]
    if q.unit in CLAIM_UNITS_EXCLUDED:  # time totals were made counts when parsed
        return True
    # "one man", "one of the best", "a single store": the parser counts them, readers don't
    if _SINGLE.fullmatch(q.surface.strip()) or _spelled_small_count(q, text[end : end + 40]):
        return True
    # "commissions of $0": nothing is no scale
    if q.value == 0:
        return True
    # "its E-Flexer ships carry 1,000 passengers each": one unit's capacity, not the firm's
    if q.unit == "count" and _EACH_AFTER.match(text, end):
        return True
    # "a 40-node cluster", "a 15-second spot": a number made an adjective is a size of
    # one thing (not "a 5,000-strong workforce", "a 60-person team", "its 30-plus plants")
    if q.unit == "count" and _ADJECTIVE_COUNT_AFTER.match(text, end):
        return True
    # "its Pay in 4 product", "the Pay in 3 option": the number of a product's name;
    # 'listicles like "21 Things Only 90s Kids Remember"': a title's; "the 3 Series": a model
    if q.unit == "count" and (
        (q.value > 1 and _NAMED_OFFER_AFTER.match(text, end))
        or (text[max(0, start - 1) : start] in ('"', "“") and _CAPITAL_WORD.match(text, end))
        or _MODEL_LINE_AFTER.match(text, end)
        or _OF_ITS_SYSTEM.match(text, end)
    ):
        return True
    # 'a paper called "150 Successful Machine Learning Models: 6 Lessons Learned"': a
    # number inside a quoted title
    if q.unit == "count" and _CAPITAL_WORD.match(text, end) and _inside_quotes(
        text, sentence.start, start
    ):
        return True
    # "the São Paulo metropolitan area, home to roughly 22 million people": a population
    if re.search(r"\bhome\s+to\s+$", before) and re.match(
        r"\s+(?:people|residents|inhabitants)\b", text[end : end + 20]
    ):
        return True
    # "over 95% of the top 1,000 apps on Play Store": a share of a ranking, not a scale
    if q.unit == "percent" and re.match(r"\s+of\s+the\s+top\s+\d", text[end : end + 20]):
        return True
    # "it keeps only 15% of digital sales": a platform's cut, a fee
    if q.unit == "percent" and _CUT_BEFORE.search(before):
        return True
    # "C++20", "Notepad++ 8": the number of a name
    glued = text[max(0, start - 1) : start]
    if text[max(0, start - 2) : start] == "++" or (
        q.surface.startswith("+") and (glued.isalnum() or glued == "+")
    ):
        return True
    # "missed analysts' estimates of $1.98 billion": what others expected, not a result
    if _FOUNDERS_BEFORE.search(before):
        return True
    if _FORECAST_OF_BEFORE.search(before) or _EXPECTED_TO_REACH_BEFORE.search(
        text, max(sentence.start, start - 80), start
    ):
        return True
    # "beating the 25 million expected by Wall Street analysts": what others expected
    if _EXPECTED_AFTER.match(text, number_end(q, start)):
        return True
    # "its simulator, Carcraft, drives about 20 million virtual miles a day": a named
    # tool's load (as a crawler's pages)
    if _ITS_TOOL_SUBJECT.search(text, sentence.start, start):
        return True
    # "one market research firm values the accessories business around phones at roughly
    # $90 billion": an outsider's estimate of a market
    if _ESTIMATE_BY_OUTSIDER.search(text, sentence.start, start):
        return True
    # "shares jumped 8% to $18.40": a share price
    if q.unit in quantities.CURRENCIES and q.value < 10000 and _SHARE_PRICE_BEFORE.search(
        text, sentence.start, start
    ):
        return True
    # "during 11.11 its systems", "on 11.11": a date written as a decimal
    if (
        q.unit == "count"
        and re.fullmatch(r"\d{1,2}\.\d{1,2}", q.surface)
        and _DATE_DECIMAL_BEFORE.search(before)
    ):
        return True
    # "a team of just four developers" (not "a team of roughly 8,000 employees")
    # ("Rentec Direct is a firm in Oregon with a team of 85": the staff a firm has)
    if q.value < 100 and _SMALL_TEAM_BEFORE.search(before) and not _HAS_TEAM_BEFORE.search(before):
        return True
    # "the framework has 80,000 GitHub stars and over 3,000 contributors": a code
    # project's (not "Scale pays a network of more than 240,000 contributors")
    counted = number_end(q, start)
    if (
        q.unit == "count"
        and _CONTRIBUTORS_AFTER.match(text, counted)
        and _CODE_PROJECT_BEFORE.search(text, sentence.start, start)
    ):
        return True
    # "Its crawler, AhrefsBot, visits about 8 billion pages a day": a tool's load
    if _PAGES_AFTER.match(text, counted) and _CRAWLER_BEFORE.search(text, sentence.start, start):
        return True
    # "a free plan for up to 500 contacts", "still allows up to 500": a limit of an offer
    if q.comparator == "lte" and _OFFER_LIMIT_BEFORE.search(before):
        return True
    # "one in four subscribers", "1 in 5 users": a ratio
    if _RATIO_BEFORE.search(before):
        return True
    # "two languages", "two engineers": a small spelled count is scale only for places and
    # sites ("nine offices", "three countries")
    dozen = re.search(r"\bdozen\b", q.surface) is not None
    if (
        # ("more than a dozen" legacy systems: a dozen is as small; but "roughly a dozen
        # people" is a staff)
        (q.value < 10 or (dozen and not re.match(r"\s+people\b", text[end : end + 8])))
        and not re.search(r"\d", q.surface)
        and not _SMALL_SCALE_NOUN.match(text, end)
        and not _SITES_OF_PLACE.match(text, end)
        and not _PLACES_OF_REGION.match(text, end)
        # ("held nine events in 2024", "opened seven stores a year"): a count in a window
        and not _SMALL_FLOW_IN_WINDOW.match(text, end)
    ):
        return True
    # "it is right around 85% of the time": how often, not how much
    if q.unit == "percent" and re.match(r"\s+of\s+the\s+times?\b", text[end : end + 17]):
        return True
    # "70% of the security bugs", "87% of last year's graduates": shares of things or
    # people, not of the organisation's business
    if q.unit == "percent" and _SHARE_OF_PEOPLE_OR_FAULTS.match(text, end):
        return True
    # "Omnicom shareholders will own 60.6% of the combined company": a deal's terms
    if q.unit == "percent" and _OF_MERGED_FIRM.match(text, end):
        return True
    # "the two platforms", "both apps": a number that points back at things named before
    # (not "it now covers all 3 of its production sites": every one of them, counted)
    if (
        q.value < 10
        and _BACK_REFERENCE.search(before)
        and not (
            re.search(r"\ball\s+$", before, re.I)
            and re.match(r"\s+of\s+(?:its|their)\s", text[end : end + 12])
        )
    ):
        return True
    # "summon a Model 3", "the Galaxy S24": the number of a product's name
    if q.unit == "count" and q.value < 10000 and _NUMBERED_NAME.search(before):
        return True
    if (
        q.unit not in CLAIM_UNITS_EXCLUDED
        and not _is_scale_unit(q.unit)
        and (
            not (
                q.period
                or capacity
                or (q.unit in _BULK_UNITS and _OUTPUT_BEFORE.search(before))
                or (
                    q.unit in quantities.AREA_UNITS
                    and q.value >= 1e6
                    and _AREA_HELD_BEFORE.search(before) is not None
                )
            )
            or _HYPHENATED_UNIT.match(q.surface)
        )
    ):
        return True  # ("16 million 12-inch wafers a year": the 12-inch is a size)
    # "Their data platform processes more than 40 terabytes of data every day": a system's
    # load (but "users stream 31 gigabytes of data each month" is the business's)
    if q.unit.endswith("byte") and _SYSTEM_PROCESSES_BEFORE.search(before):
        return True
    # "TIFF images at 204 by 196 dpi", "a 1920 x 1080 screen": a side of one thing's size
    if any(d.start() <= start and end <= d.end()
           for d in _DIMENSIONS.finditer(text, sentence.start, sentence.end)):
        return True
    if (
        _NOT_CLAIM_BEFORE.search(before)
        or _RULE_THRESHOLD_BEFORE.search(before)
        or _FOR_EVERY_BEFORE.search(before)
        or _GLOBAL_MEASURE_BEFORE.search(before)
        or _LIMIT_OR_PAY_BEFORE.search(before)
        or _PRICES_CAN_REACH.search(text, sentence.start, start)
    ):
        return True
    # "a 6.5% transaction fee", "$12.99 a month": what a customer pays, not a scale
    if _FEE_AFTER.match(text, end) or (
        q.unit in quantities.CURRENCIES and q.value < 1000 and q.period
    ):
        return True
    # "a 50 item order", "a 5 star rating": a measure of one thing, not a count
    if (
        q.unit == "count"
        and q.comparator == "eq"
        and q.value < 1000
        and re.search(r"\b(?:a|an)\s+$", before)
        and _MEASURE_OF_ONE.match(text, end)
    ):
        return True
    # '"Pay in 4"', a short quoted name or slogan ending on its number: it names nothing
    if _IN_SHORT_QUOTE.search(text, max(0, start - 30), start) and re.match(
        r"[\"”]", text[end : end + 1]
    ):
        return True
    # "the old 3310 phone": a model number before a singular product noun
    if (
        q.unit == "count"
        and q.comparator == "eq"
        and q.value >= 10
        and _MODEL_NUMBER_AFTER.match(text, end)
    ):
        return True
    # "up to 70% off on restaurants": a discount; "around 10% of the world GDP": an economy's
    if q.unit == "percent" and (
        re.match(r"\s+off\b", text[end : end + 5])
        or _OF_GDP.match(text, end)
        or _OF_EACH_AMOUNT.match(text, end)
    ):
        return True
    # "2.9% plus 30 cents per transaction": small change is a price
    # (pence are parsed in their own unit, "penny", which is no claim unit)
    if q.unit == "count" and re.match(r"\s+cents?\b", text[end : end + 7]):
        return True
    # "developers keep 88% of the revenue": the split of each sale, a fee by another name
    if q.unit == "percent" and _SPLIT_KEPT.search(before) and _OF_EACH_SALE.match(text, end):
        return True
    # "the market was worth around $270 billion": a market's figure, not a company's
    # (its name may outrun `before`: "The US market for portable toilet rental is worth")
    if _MARKET_WORTH_BEFORE.search(text, max(sentence.start, start - 80), start):
        return True
    # where the digits end: the parser's span may run on over the noun and a rate ("45
    # billion hacking attempts every day"); found once, without copying the text before it
    digits_end = number_end(q, start)
    while digits_end > start and text[digits_end - 1].isspace():
        digits_end -= 1
    # "one of their Python services is handling 1.2 billion requests a day": a system's load
    if _SERVICE_LOAD.search(text, max(sentence.start, start - 60), start) and re.match(
        r"\s+(?:[a-z-]+\s+)?(?:requests|queries|calls)\b", text[digits_end : digits_end + 30]
    ):
        return True
    # "deploying code more than 50 times a day": how often, not how much
    if q.value < 1000 and _FREQUENCY_AFTER.match(text, digits_end):
        return True
    # "its machine learning models reduced the late deliveries by 20%": what a tool did
    if q.unit == "percent" and _TOOL_RESULT.search(text, sentence.start, start):
        return True
    # "ORION saves it around 100 million miles": an engineering result ("saves the
    # company $1 billion" is money the business keeps)
    if q.unit not in quantities.CURRENCIES and _SAVES_BEFORE.search(before):
        return True
    if _THROUGHPUT_AFTER.match(text, digits_end) and _TOOL.search(
        text, sentence.start, sentence.end
    ):
        return True
    # "checking 1,200 razors a minute", "up to 120 packs per minute", "£12 per hour", "40,000
    # formulas every night": a machine's speed, a wage or a batch, never a scale (none of
    # 94 in the sets is gold)
    if _PER_MINUTE_OR_HOUR.match(text, digits_end):
        return True
    if _NO_SCALE_BEFORE.search(before) or (q.unit == "percent" and _STAKE_AFTER.match(text, end)):
        return True
    if _THRESHOLD_BEFORE.search(before) and re.match(r"(?:below|under)\b", q.surface):
        return True
    # "revenue of Rs 2.21 trillion ($26.5 billion)", "400m euros ($527.61m; £274.73m)": the
    # same sum converted, no second claim
    if q.unit in quantities.CURRENCIES and _converted_in_brackets(text, sentence.start, start):
        return True
    if q.unit in quantities.CURRENCIES and (restated := _OR_BEFORE.search(before)):
        # "revenue of €10.1 billion, or about $11 billion": the same sum in another currency
        sums = quantities.parse(before[: restated.start()])
        if sums and sums[-1].end == restated.start() and sums[-1].unit not in (q.unit, "count"):
            return sums[-1].unit in quantities.CURRENCIES
    # "A typical US pharmacy stocks around 3,000 products", "The average bride is now 31":
    # one typical thing or person, not an organisation's scale
    if _TYPICAL_SUBJECT.fullmatch(text, sentence.start, start):
        return True
    # "its social listening system scans around 1 million TikTok videos a month", "the
    # models screen about 10 million profile photos a week", "a small Flask app that answers
    # around 5,000 queries a day": what a machine does is its throughput, not a scale
    machine = _MACHINE_AT_WORK_BEFORE.search(text, max(sentence.start, start - 80), start)
    if machine and q.unit not in quantities.CURRENCIES and (
        machine.group(1).lower() not in ("app", "service")
        or any(
            t in TECHNOLOGIES
            for t in re.findall(
                r"[\w.+#-]+", text[max(sentence.start, machine.start() - 40) : machine.start()]
            )
        )
    ):
        return True
    # "clusters with more than 8,000 nodes", "up to 60,000 operations", "99.99% uptime":
    # the size or service level of a system, not of the business; some system nouns also
    # after a run-on span ("over 7,000 deploys per week"; "8.5 billion queries a day" is
    # scale, so not every system noun counts there)
    # ("79,000 miles of pipelines": a length, whatever it is of)
    system = (
        q.unit not in _BULK_UNITS and _SYSTEM_SPEC_AFTER.match(text, end)
    ) or _RATE_OF_SYSTEM.match(text, digits_end)
    if (system and not _ACTIVE_COMMUNITIES.match(text, end)) or (
        q.unit == "percent" and _UPTIME.search(text, max(sentence.start, start - 30), end + 30)
    ):
        return True
    # "a file 212 lines long", "a man 6 feet tall": a size, not a scale
    if re.match(r"\s+[a-z]+\s+(?:long|wide|tall|deep|high)\b", text[end : end + 30]):
        return True
    # "70% less CPU", "33% fewer lines of code", "50% faster", "cut p99 latency by 50%":
    # an engineering result
    if q.unit == "percent" and (
        (_COMPARED_AFTER.match(text, end) and not _CHANGE_ON_EARLIER.match(text, end))
        or _ENGINEERING_BEFORE.search(text, max(sentence.start, start - 80), start)
        # "a 12% improvement in CPU usage", "70% reduction in latency"
        or _ENGINEERING_AFTER.match(text, end)
    ):
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
    # "nearly 70% of them are women": who the users are, not how many
    if q.unit == "percent" and _DEMOGRAPHIC_AFTER.match(text, end):
        return True
    # "85% of its riders prefer to stay self-employed": an opinion finding about people
    if q.unit == "percent" and _OPINION_AFTER.match(text, end, sentence.end):
        return True
    # "58% of its users are over 13": an age
    if (
        q.unit == "count"
        and q.value < 120
        and _AGE_BEFORE.search(before)
        and re.match(r"\s*(?:[,.;]|\Z|years?\b|-year-olds?\b|and\s+\d)", text[end : end + 12])
    ):
        return True
    # "customers, all of whom must be 21 or older": an age limit
    if (
        q.unit == "count"
        and q.value < 120
        and re.match(r"\s+(?:or|and)\s+(?:older|over|above|younger)\b", text[end : end + 14])
    ):
        return True
    # "its founder Tadashi Yanai, 75, has said", "shoppers under 25 are": ages
    if (
        q.unit == "count"
        and q.value < 120
        and (
            (
                _NAME_COMMA_BEFORE.search(before)
                and re.match(r"\s*(?:[,.;]|\Z)", text[end : end + 2])
            )
            or _PEOPLE_AGE_BEFORE.search(before + re.sub(r"[\d.,]+$", "", q.surface))
        )
    ):
        return True
    # "its 2023 layoffs", "the 2024 election": a year used as a modifier
    digits = text[start:end]
    return bool(
        q.unit == "count"
        and re.fullmatch(r"(?:19|20)\d\d", digits)
        and _DETERMINER_BEFORE.search(before)
    )


_JOINED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:joined|signed\s+up|were\s+added|came\s+on\s+board)\b"
)
_NEW_AFTER = re.compile(r"\s*new\b")
_JOB_CHANGE_BEFORE = re.compile(
    r"\b(cutting|shedding|slashing|eliminating|axing|laying\s+off|laid\s+off|lays\s+off|adding|"
    rf"hiring)\s+{HEDGE}$",
    re.I,
)
_JOBS_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:jobs|roles|positions|employees|workers|staff|people)\b"
)
_CLOSED_BEFORE = re.compile(r"\b(?:closed|closing|shut|shutting|shuttered)\s+(?:down\s+)?$")
# A physical amount is the business's scale when it is a capacity: "22 gigawatts of
# renewable power capacity", "a capacity of 4.5 million barrels".
_CAPACITY = re.compile(r"\bcapacity\b")
# ... or what it produced, moved or holds: "shipped 54.6 million tonnes of steel in 2023",
# "reported shipments of 1.5 million tonnes", "operates 93,000 km of pipeline", "holds
# 2.7 million hectares of land"
_BULK_UNITS = frozenset((
    "tonne", "kilogram", "barrel", "litre", "gallon", "hectare", "acre", "kilometre",
    "mile", "metre", "square_metre", "square_foot", "megawatt", "gigawatt",
    "gigawatt_hour", "megawatt_hour", "terawatt_hour",
))
# ... or the land or floor space it holds or serves, when it is a business's scale: "a
# landlord with roughly 500 million square feet", "used on more than 250 million acres",
# "its gross lettable area passed 13 million square metres" (not "a grower with 5,000
# acres", "the average farm covers about 445 acres")
_AREA_HELD_BEFORE = re.compile(
    r"\b(?:with|on|covering|covers|spanning|spans|area\s+(?:of|passed|reached|is|was|"
    r"totals|totalled|totaled|grew\s+to|rose\s+to))[^\S\n]+(?:some[^\S\n]+)?$"
)
_OUTPUT_BEFORE = re.compile(
    r"\b(?:shipped|ships|produced|produces|sold|sells|crushed|crushes|handled|handles|"
    r"mined|mines|moved|moves|transported|transports|collected|collects|processed|processes|"
    r"refined|refines|delivered|delivers|pumped|pumps|generated|generates|harvested|"
    r"harvests|operates|operated|owns|owned|holds|held|controls|controlled|manages|managed|"
    r"flew|flies|driven|recycled|recycles|laid|lays|installed|installs|"
    # "It farms about 10,000 acres of its own orchards": the land it works
    r"farms|farmed|cultivates|cultivated)"
    r"[^\S\n]+(?:(?:an?[^\S\n]+)?(?:average|total|combined|"
    r"record)[^\S\n]+(?:of[^\S\n]+)?)?$"
    rf"|\b{OUTPUT_NOUNS}[^\S\n]+of[^\S\n]+$"
    # "Its NdPr output that year was 5,655 tonnes"
    r"|\b(?:production|output|shipments)(?:[^\S\n]+(?:that|this|last|in|the)[^\S\n]+\w+)?"
    r"[^\S\n]+(?:was|were|reached|totalled|totaled|came[^\S\n]+to|rose[^\S\n]+to"
    # "aggregates shipments fell 3% to 62.1 million tons"
    r"|(?:rose|fell|grew|climbed|dropped|slipped|declined|increased|decreased)[^\S\n]+"
    r"(?:by[^\S\n]+)?\d[\d.,]*(?:%|[^\S\n]+per[^\S\n]?cent)[^\S\n]+to)[^\S\n]+$",
    re.I,
)


def _heading_names_it(heading: str, name: str) -> bool:
    """Is `name` the list heading's organisation under a longer registered name: the
    heading's words with corporate words after them ("Panasonic Holdings Corporation",
    "Kao Corporation of Tokyo", "Hermès International") or a capitalised word before
    ("Aktiebolaget Electrolux")?"""
    m = re.fullmatch(rf"((?:[A-Z][\w.-]*\s+)*?){re.escape(heading)}((?:\s+\S+)*)", name)
    if m is None or name == heading:
        return False
    after = m.group(2).split()
    return all(
        w in _CORPORATE_WORDS or (i > 0 and after[i - 1] == "of" and w[:1].isupper())
        for i, w in enumerate(after)
    )


_CORPORATE_WORDS = frozenset(
    word_list(
        """
        Holdings Holding Group Corporation Corp Corp. Company Co Co. Technologies Technology
        International Industries Industrial Entertainment Enterprises Incorporated Inc Inc.
        Communications Systems Brands Worldwide Global Airport Video Companies of
        """
    )
)
# "12-inch", "3-nanometre": a measure written as an adjective, a property of what follows
_HYPHENATED_UNIT = re.compile(r"[\d.,]+-[a-z]")
_REPORTED_BY = re.compile(
    r"\s*([A-Z][\w&.-]*(?:[^\S\n]+[A-Z][\w&.-]*)*)[^\S\n]+"
    r"(?:reckons|reckoned|estimates|estimated|calculates|calculated|believes|thinks)\b"
)
_ADJECTIVE_COUNT_AFTER = re.compile(
    r"-(?!strong\b|plus\b|odd\b|something\b|person\b|people\b|member\b|employee\b)[a-z]+\b"
)
# a size written as an adjective, digits or words: "nine-litre", "12-inch", "20-foot"
_MEASURE_ADJECTIVE = re.compile(r"(?:[\d.,]+|[a-z]+)-[a-z]+")
_SYSTEM_PROCESSES_BEFORE = re.compile(
    r"\b(?:platform|system|pipeline|cluster|infrastructure|engine|database|warehouse|lake|"
    r"servers?)\s+(?:\w+\s+)?(?:processes|processed|handles|handled|ingests|ingested|stores|"
    r"stored|crunches|moves|holds)\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?$",
    re.I,
)
_DEMOGRAPHIC_AFTER = re.compile(
    r"\s+of\s+(?:them|its\s+\w+|their\s+\w+)\s+(?:are|were)\s+(?:women|men|female|male)\b"
    # "more than 60% of the population is under 25": a country's, not the company's
    r"|\s+of\s+the\s+(?:\w+\s+)?population\b",
    re.I,
)
_SMALL_TEAM_BEFORE = re.compile(
    r"(?<!its\s)(?<!their\s)(?<!our\s)\bteam\s+of\s+(?:just\s+|only\s+)?$", re.I
)
_PAGES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?pages\b")
_CONTRIBUTORS_AFTER = re.compile(r"\s+contributors\b")
_CRAWLER_BEFORE = re.compile(r"\b(?:[Cc]rawlers?|[Bb]ots?|[Ss]pider|crawls|crawled)\b|[a-z]Bot\b")
_CODE_PROJECT_BEFORE = re.compile(
    r"\b(?:GitHub|open[- ]source|framework|library|project|repository|compiler)\b", re.I
)
_HAS_TEAM_BEFORE = re.compile(
    # ("a French nonprofit with a paid team of under 20 people")
    r"\b(?:with|has|have|had)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+)?team\s+of\s+"
    r"(?:just\s+|only\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?$",
    re.I,
)
_SHARE_PRICE_BEFORE = re.compile(r"\b(?:shares?|stock)\b[^.;]{0,40}\b(?:to|at)\s+$", re.I)
_DATE_DECIMAL_BEFORE = re.compile(r"\b(?:on|during|before|after|until|since)\s+(?:the\s+)?$", re.I)
_OFFER_LIMIT_BEFORE = re.compile(r"\b(?:for|plan|allows?|allowed|lets|supports?)\s+$")
_BACK_TO_THEM = re.compile(
    r"\b(?:of|among|from)\s+(?:them\b|(?:these|those)\s+(?:users|listeners|customers|members|"
    r"people|subscribers|accounts)\b)"
    # "Each month over 2.5 billion people log in to watch videos there"
    r"|\bthere\b",
    re.I,
)
_ANAPHORIC_FIGURE = re.compile(
    r"\b(?:that|this)\s+(?:figure|number|total|amount)\b"
    # "That was up 29% on the previous year": the last figure again
    r"|^[\"“]?(?:That|This)\s+(?:was|is)\s+(?:up|down)\b",
    re.I,
)
_PRODUCT_LIST_BEFORE = re.compile(
    # (a comma before "and" only after a list: "Python 3, and roughly 70 percent of its
    # services" starts a new clause)
    r"\b(?:[A-Z][\w-]*|versions?)\s+\d+(?:\.\d+)*(?:(?:,\s*\d+(?:\.\d+)*)+,?)?\s+(?:and|or|&)\s+$"
)
# A change stated by a noun or an adjective ("an increase of 5%", "growth by 3%", "a 7%
# drop", "costs were 3% lower"): the parser marks only verbs and adverbs (NewsQuant's
# convention), but for a claim it is a change all the same.
_CHANGE_NOUN_ONLY = {"growth": "up", "reduction": "down"}
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?P<w>[A-Za-z]+)(?:\s+(?P<prep>of|by))?\s+(?:(?:between|from)\s+)?"
    r"(?:(?:just|well|slightly|far|a\s+little|a\s+bit|only|barely|still|much|significantly|"
    r"substantially|considerably)\s+)?$"
)
_CHANGE_NOUN_AFTER = re.compile(
    r"\s*(?:-\s*)?(?i:(?P<up>increase|rise|jump|gain|growth|surge|hike|boost|climb|uptick|"
    r"higher)|(?P<down>decrease|decline|drop|fall|reduction|loss|slump|plunge|dip|lower|"
    r"contraction))\b"
)
# "8% less than the year before", "12% more than a year earlier": a change on an earlier
# period (not "20% more accurate", "70% less CPU", which are engineering results)
_CHANGE_ON_EARLIER = re.compile(
    r"\s+(?:(?P<up>more|higher)|(?P<down>less|fewer|lower))\s+than\s+(?:in\s+)?"
    r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:year|quarter|month)\s+before|"
    r"(?:the\s+)?(?:previous|prior|last)\s+(?:year|quarter|month)|(?:19|20)\d\d\b|"
    r"the\s+same\s+(?:period|quarter|month)\b)",
    re.I,
)
# "an increase of 60,600 jobs, or 1%", "a 5% drop, or 3 million": the restatement.
_NOUN_CHANGE_OR = re.compile(
    r"\b(?P<w>[A-Za-z]+)\s+of\s+\S*?\d(?:[\d,.]*\d)?(?:%|[A-Za-z]+)?(?:\s+[a-z]+){0,2},?\s+or\s+$"
    r"|\d(?:[\d,.]*\d)?(?:%|[A-Za-z]+)?(?:\s+[a-z]+)?\s*-?\s*(?P<after>[a-z]+),?\s+or\s+$"
)


# "NCM grew 15%", "it rose by about 9%": the growth verb right after its subject
_FIRM_GREW_BEFORE = re.compile(
    r"(?<![\w'’-])([Ii]t|[A-Z][\w&'’.+-]*)[^\S\n]+(?:grew|rose|expanded|jumped|climbed|shrank|"
    r"fell|declined|dropped|slipped|contracted)[^\S\n]+(?:by[^\S\n]+)?(?:(?:about|around|"
    r"roughly|some|nearly|almost|more[^\S\n]+than|over|just[^\S\n]+over|close[^\S\n]+to)"
    r"[^\S\n]+)?\Z"
)


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
        comparator = "gte"
    elif comparator == "eq" and _ESTIMATED_AT_BEFORE.search(before):
        comparator = "approx"  # "revenue is estimated at $1 billion", as "an estimated"
    elif comparator == "gte" and surface.startswith("over") and _PHRASAL_OVER.search(before):
        comparator = "eq"
    if comparator != q.comparator:
        low, high = quantities.interval(q.value, q.precision, comparator)
    if change is None and q.unit != "year":
        # "an increase of 5%", "growth by 3%", "a 7% drop", "3% lower", "..., or 1%"
        noun = _CHANGE_NOUN_BEFORE.search(text, max(sentence.start, start - 60), start)
        word = noun.group("w").lower() if noun else ""
        after = _CHANGE_NOUN_AFTER.match(text, start + len(q.surface), sentence.end)
        restated = q.comparator == "eq" and _NOUN_CHANGE_OR.search(
            text, max(sentence.start, start - 60), start
        )
        earlier = _CHANGE_ON_EARLIER.match(text, start + len(q.surface), sentence.end)
        if earlier:
            change = "up" if earlier.group("up") else "down"
        elif noun and noun.group("prep") == "of" and word in quantities.CHANGE_WORDS:
            change = quantities.CHANGE_WORDS[word]
        elif word in _CHANGE_NOUN_ONLY:
            change = _CHANGE_NOUN_ONLY[word]
        elif after and q.period is None:
            change = "up" if after.group("up") else "down"
        elif restated and restated.group("w"):
            change = quantities.CHANGE_WORDS.get(restated.group("w").lower())
        elif restated and (a := _CHANGE_NOUN_AFTER.fullmatch(restated.group("after"))):
            change = "up" if a.group("up") else "down"
    if change and re.match(r"(?:above|past|beyond)\b", surface):
        change = None
    # "opened 271 new restaurants", "800 new US stores": an addition, not the level
    number = NUMBER_TOKEN.search(text, start, start + len(q.surface) + 1)
    if change is None and q.unit == "count" and number and _NEW_AFTER.match(text, number.end()):
        change = "up"
    # "a quarter of a million merchants joined it in the last quarter": an addition
    digits_end = number_end(q, start)
    if change is None and q.unit == "count" and _JOINED_AFTER.match(text, digits_end):
        change = "up"
    # "closed 240 stores during the year": a reduction, counted over its window
    if change is None and q.unit == "count" and _CLOSED_BEFORE.search(before):
        change = "down"
    # "after cutting 230 jobs", "is hiring 500 engineers": the gerund of a job change
    if change is None and q.unit == "count" and _JOBS_AFTER.match(text, digits_end):
        gerund = _JOB_CHANGE_BEFORE.search(before)
        if gerund:
            change = "up" if gerund.group(1).lower() in ("adding", "hiring") else "down"
    return comparator, low, high, change


_VAGUE_PLURAL = re.compile(
    r"(?:tens\s+of\s+|hundreds\s+of\s+)?(?:dozens|hundreds|thousands|"
    r"millions|billions|trillions)\b"
    # "several thousand kilometres", "a few hundred jobs": no number stated either
    r"|(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:hundred|thousand|million|billion)\b",
    re.I,
)
_OPINION_AFTER = re.compile(
    r"\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    # "of the developers who used it wanted to keep using it"
    r"(?:(?:who|that)\s+(?:[\w-]+\s+){1,4}?)?(?:would|wanted|say|said|says|"
    r"prefer|prefers|preferred|want|wants|wanted|believe|believes|think|thinks|feel|feels|"
    r"agree|agreed|expect|expects|like|likes|trust|trusts|plan|plans)\b",
    re.I,
)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages|age\s+of|are|were|is|was|be)\s+(?:over|under|above|below|at\s+least)?\s*$"
    # "some of them as young as 16"
    r"|\bas\s+(?:young|old)\s+as\s*$"
    # "students between the ages of 2 and 18"
    r"|\bages\s+of\s+(?:\d{1,2}\s+(?:and|to)\s+)?$",
    re.I,
)
_NAME_COMMA_BEFORE = re.compile(
    r"(?:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+|\b(?:said|says|added|told)\s+[A-Z][\w'’-]+"
    # "its chief executive, 61, told analysts": a role, then the age of who holds it
    r"|\b(?:chief\s+executive|chief\s+financial\s+officer|chairman|chairwoman|chair|founder|"
    r"co-founder|president|CEO|CFO|boss|owner)),\s*$"
)
_PEOPLE_AGE_BEFORE = re.compile(
    r"\b(?:people|users|shoppers|customers|adults|children|kids|teens|teenagers|players|"
    r"viewers|members|consumers|those|them|anyone|everyone|nobody|someone|somebody)\s+"
    r"(?:under|over|aged|above|below)\s+$",
    re.I,
)
# What prices, fares and pay are called: a figure about them is not about scale.
_PRICE_WORDS = frozenset(
    word_list("fare fares price prices fee wage wages salary salaries tariff tariffs ticket")
)
# "a record $10 million payment in 2022": one payment, not the business's flow (but
# "payment volume" is)
_ONE_PAYMENT = frozenset(word_list("payment payout bounty fine"))
# Time units: "47 consecutive years" is a duration, "20.7 billion hours" engagement.
_TIME_NOUNS = frozenset(
    word_list("seconds minutes hours days weeks months years decades centuries quarters")
)


# Ratings ("rated 4.8 stars") and relatives or founders ("with his four brothers") are
# not an organisation's scale.
_NOT_SCALE_NOUNS = frozenset(
    word_list(
        """
        pages words characters millisecond milliseconds microsecond microseconds nanoseconds ms
        tokens parameters pixels cents cent pence
        megapixels cores
        transistors friends classmates prize prizes award awards
        star stars rating ratings brothers sisters sons daughters siblings children wife wives
        husband husbands founders co founders cofounders professors investors ideas
        """
    )
)


def _share_price(metric: str, q: quantities.Quantity, change: str | None, before: str) -> bool:
    """A share price or its move is the market's figure, not the company's scale; a count
    of shares is not a price. `before` is the text just before the number ("the shares fell
    8%": a move, whatever measure the sentence named earlier)."""
    words = set(metric.removesuffix("_change").split("_"))
    return (
        bool(words & {"shares", "stock", "stocks", "share"} - {"market"})
        and (
            q.unit in quantities.CURRENCIES
            or (q.unit == "percent" and bool(change))
            or metric.endswith("_change")
        )
        and "market" not in words
    ) or (q.unit == "percent" and bool(_SHARES_MOVE_BEFORE.search(before)))


def _price_or_duration(metric: str, q: quantities.Quantity, media: bool = False) -> bool:
    words = metric.removesuffix("_change").split("_")
    if words[-1] == "sales":
        return False  # "ticket sales" are sales, not a ticket's price
    if words[-1] == "pages" and q.value >= 1e6:
        return False  # "archived more than 860 billion web pages": no document's length
    if words[-2:] in (["flight", "hours"], ["block", "hours"]) and q.value >= 10_000:
        # "its aircraft log about 100,000 flight hours a year": a fleet's operations (not
        # "a 50-hour card", "1,500 flight hours" to qualify)
        return False
    if words[-1] == "investors" and q.unit == "count" and q.value >= 10_000:
        return False  # "It has 140,000 active investors": a platform's customers, no backers
    if any(w in _PRICE_WORDS or w in _NOT_SCALE_NOUNS for w in words):
        return True
    if words[-1] in _ONE_PAYMENT:
        return True
    return q.unit == "count" and words[-1] in _TIME_NOUNS and q.value < 1e6 and not media


# What a listicle counts, not an organisation: "50+ Netflix statistics and facts", "10
# things you need to know about Reddit", "7 insane facts"
_LISTED_ITEMS = frozenset((
    "facts", "stats", "statistics", "things", "ways", "reasons", "tips", "learnings",
    "examples", "trends", "insights", "takeaways", "myths",
))  # (not "lessons", "questions": what a tutoring business sells)
_TOPIC_TITLE_WORDS = frozenset(w.casefold() for w in TOPIC_WORDS)


def _title_organisation(article: Article, attribution: Attribution) -> str | None:
    """The one organisation a page titled as its statistics or facts names and goes on
    naming ("Shopify Statistics 2023: All You Need To Know", "10 Uber facts")."""
    title_words = re.findall(r"[A-Za-z]+", article.title or "")
    if not _TOPIC_TITLE_WORDS.intersection(w.casefold() for w in title_words):
        return None
    names = attribution.names
    found = set()
    for m in NAME.finditer(article.title):
        name = names.topic_name(names.clean(m.group()).split())
        if (
            name
            and name not in TECHNOLOGIES
            and name.casefold() not in PLACES
            and names.times_named(name) >= 3
        ):
            entity = attribution.vocabulary.entity(name)
            found.add(entity.name if entity else name)
    return found.pop() if len(found) == 1 else None


def _owner_in_counted(
    text: str, attribution: Attribution, vocabulary: Vocabulary, end: int, metric_end: int
) -> str | None:
    """The organisation named inside what a figure counts ("over 2 billion WhatsApp monthly
    active users", "3,115 Starbucks locations"), for a sentence naming nobody else: a
    known organisation, not people ("Americans") or a unit ("TEU"); a page's topic ("we
    delve into 33 Spotify podcast statistics") is a listicle's count, dropped before."""
    names = attribution.names
    for start, stop in names.counted_names:
        if not (end <= start < end + 25 and stop <= max(metric_end, end + 40)):
            continue
        name = names.canonical(text[start:stop])
        known = vocabulary.entity(name)
        if known:
            return known.name
        if (
            name in names.known
            and names.times_named(name) > 1
            and name not in DEMONYMS
            and not name.isupper()
            # ("built 100,000 Minis" beside "the Mini": a brand's units)
            and not (name.endswith("s") and names.times_named(name[:-1]))
        ):
            return name
        return None
    return None


def iter_claims(article: Article, vocabulary: Vocabulary) -> Iterator[Claim]:
    text = article.text
    spans = [sentences(text, paragraph) for paragraph in paragraphs(text)]
    attribution = Attribution(text, vocabulary, spans)
    names = attribution.names
    # the title and first paragraphs: where a release names its firm and its window
    opened = [p for p in spans[:3] if p]
    opening_end = min(opened[-1][-1].end, 600) if opened else 0
    page_organisation = _title_organisation(article, attribution) or (
        names.listed_opening(opening_end) if opening_end else None
    )
    question: Question | None = None  # the FAQ question the next sentence answers
    headings = {first: last for first, last, _ in names.headings}
    section_window: str | None = None  # the window the section's heading names
    # ... and the one a results report covers ("Q3 2024 Financial Results")
    page_window = report_window(f"{article.title or ''} {text[:opening_end]}")
    heading_windows = {heading_window(text[first:last]) for first, last in headings.items()}
    heading_windows.discard(None)
    if page_window is None and len(heading_windows) == 1:
        # "Financial Highlights for First Quarter 2024" the one window its headings name:
        # the report's, for its opening highlights too
        page_window = next(iter(heading_windows))
    if page_organisation is None and len(names.registered) == 1 and page_window:
        # a results report that names its firm only once with its legal form ("Net loss
        # attributable to Uber Technologies, Inc. was $654 million") is that firm's
        page_organisation = names.canonical(next(iter(names.registered)))
    for paragraph in spans:
        attribution.new_paragraph()
        if paragraph and paragraph[0].start in headings:
            section_window = heading_window(text[paragraph[0].start : paragraph[-1].end])
        rows = table_rows(text, Span(paragraph[0].start, paragraph[-1].end)) if paragraph else None
        if rows:
            yield from _table_claims(article, rows, vocabulary)
            continue
        if paragraph and flattened_statement(text, paragraph[0].start):
            # "Three Months Ended June 30, % Change 2024 2023 Revenue $ 853,680 ...": a
            # financial table flattened into one line, its cells in thousands and its
            # labels out of reach; no figure is read from it rather than a wrong one
            continue
        # "- completed 9.4 billion trips in 2023": a list item under an organisation
        bullet = bool(paragraph) and _BULLET.match(text, paragraph[0].start) is not None
        last_metric: tuple[str, str, bool] | None = None  # the paragraph's last claim
        last_window: str | None = None  # ... and the last window a flow was counted over
        # ... and whose money was last counted over a window, in which sentence
        reported: tuple[str, int, str] | None = None
        for index, sentence in enumerate(paragraph):
            sentence_text = text[sentence.start : sentence.end]
            mentions = attribution.mentions(sentence)
            found = [
                _as_counted(q, sentence_text[q.end : q.end + 60])
                for q in quantities.parse(sentence_text)
                if _is_number(q)
            ]
            previous_metric: tuple[str, str, bool] | None = None  # metric, unit, change
            previous_entity: tuple[str, int] | None = None  # the last claim's, and its end
            previous_period: tuple[str, str | None] | None = None  # unit, period of the last
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
                if q.surface in attribution.names.numeric_names and (
                    q.start == 0 or text[max(0, start - 4) : start].lower() == "the "
                ):
                    continue  # "The 99 engineering team": the company named by a number
                if attribution.names.in_numbered_name(start):
                    # "4. 38 Degrees ... 38 Degrees campaigns", "Six Flags": a name's number
                    continue
                following = found[i + 1] if i + 1 < len(found) else None
                if (
                    following is not None
                    and following.unit not in ("count", "percent", "year")
                    and following.unit not in quantities.CURRENCIES
                    and _MEASURE_ADJECTIVE.fullmatch(following.surface)
                ):
                    # "14 million nine-litre cases": a size of what is counted, read past
                    following = found[i + 2] if i + 2 < len(found) else None
                next_start = sentence.start + following.start if following else sentence.end
                limit = min(end + METRIC_WINDOW_AFTER, next_start)
                metric_text = text
                converted = _conversion_after(text, sentence, q, start)
                if converted:
                    # the brackets read as blanks, the metric's words found past them
                    gap = converted.end - converted.start
                    metric_text = text[: converted.start] + " " * gap + text[converted.end :]
                    next_start = next(
                        (sentence.start + f.start for f in found[i + 1 :]
                         if sentence.start + f.start >= converted.end),
                        sentence.end,
                    )
                    limit = min(end + gap + METRIC_WINDOW_AFTER, next_start)
                comparator, low, high, change = _reading(text, sentence, q, start)
                metric, period, metric_end, named = metric_for(
                    metric_text, sentence, q, start, end, limit, vocabulary, previous_metric
                )
                target = (
                    attribution.acquired(start, end, sentence, mentions)
                    if q.unit in quantities.CURRENCIES and q.value >= 1e6
                    else None
                )
                if target:  # a takeover's price: what the bought organisation was worth
                    metric, period, metric_end, named = "market_capitalization", None, end, True
                media = bool(_MEDIA_TIME.match(text, number_end(q, start)))
                answer = question and not mentions and q.start < 12
                if answer and (metric is None or not named):
                    # "How many employees does Google have? Around 182,000."
                    metric, period, named = question.metric, question.period, True
                listed = _list_span(found, i, sentence_text)
                if metric is None and listed[1] > i and (q.precision or 0) >= 1e5:
                    # "80 million and 1.6 million accounts": the noun after the list's last
                    # number counts each of them (of round numbers in millions, not "4K and
                    # 8K models", sizes)
                    tail = found[listed[1]]
                    t_start, t_end = sentence.start + tail.start, sentence.start + tail.end
                    t_next = (
                        sentence.start + found[listed[1] + 1].start
                        if listed[1] + 1 < len(found)
                        else sentence.end
                    )
                    metric, period, _, named = metric_for(
                        text, sentence, tail, t_start, t_end,
                        min(t_end + METRIC_WINDOW_AFTER, t_next), vocabulary, previous_metric,
                    )
                if (
                    metric is None
                    and q.unit == "percent"
                    and change
                    and (
                        grew := _FIRM_GREW_BEFORE.search(
                            text, max(sentence.start, start - 50), start
                        )
                    )
                    and (
                        grew.group(1).lower() == "it"
                        or any(m.start <= grew.start(1) < m.end for m in mentions)
                    )
                    # ("Shares of Robinhood jumped 9%", "Shares of CIMC and Singamas rose 4% and
                    # 6%", "Membership rose 35%")
                    and not re.search(
                        r"\bshares?\s+(?:of|in)\s",
                        text[sentence.start : grew.start(1)],
                        re.I,
                    )
                    and vocabulary.metric_for_phrase(grew.group(1).lower()) is None
                    and not re.search(r"(?:ship|ment|ness|tion|ance|ence)\Z", grew.group(1))
                ):
                    # "While NCM grew 15%", "It grew 26% in the third quarter": a firm that
                    # grew, no measure named, grew its business, as readers take it: sales
                    metric, named = "revenue", False
                if metric is None or (not named and _price_or_duration(metric, q, media)):
                    continue
                if not named and _LISTED_ITEMS.intersection(metric.split("_")):
                    # "10 Uber-interesting facts", "33 Spotify podcast statistics below"
                    continue
                if (
                    q.unit in quantities.CURRENCIES
                    and q.value < 1000
                    and not (named and metric.startswith("average"))
                ):
                    continue  # "a course is sold for $19.99": a price, not a scale
                # "Shares rose 1.5% to $634.10"
                if _share_price(metric, q, change, text[max(sentence.start, start - 160) : start]):
                    continue
                entity_name = (
                    target
                    or _respective(text, sentence, listed, i, found, mentions)
                    or attribution.entity_for(start, end, sentence, mentions)
                )
                if (
                    entity_name is None
                    and not mentions
                    and (
                        named
                        or bullet
                        or _SITES_SUBJECT.match(sentence_text)
                        or _opens_on_measure(sentence_text, metric, q.start)
                    )
                ):
                    # "Paid subscribers grew 52%": the paragraph's organisation, when the
                    # sentence names a measure of the vocabulary and nobody else, or its
                    # sites ("The zoos care for 4,000 animals"); a list item's is the one
                    # its list is about
                    entity_name = (
                        attribution.paragraph_focus
                        or attribution.section(start)
                        or (attribution.focus if bullet else None)
                        # "Shopify Statistics 2023 / ... There are 300,000 employees": a
                        # page about one organisation
                        or (page_organisation if named else None)
                        or (
                            # "Ford reported higher profits. / Net income for 2004 was $3.5bn"
                            attribution.carried_focus()
                            if metric.removesuffix("_change") in _RESULTS
                            and not _MARKET_TALK.search(sentence_text)
                            and sentence_text[:1].isupper()
                            else None
                        )
                    )
                if (
                    mentions
                    and entity_name is not None
                    and _measure_clause_owner(
                        text, sentence.start, max(m.end for m in mentions), start, metric
                    )
                ):
                    # "UFC contributed $324 million and WWE brought in $357 million, while
                    # adjusted EBITDA came to $262 million": a clause that opens on its
                    # measure, naming nobody, is the paragraph's
                    entity_name = (
                        attribution.paragraph_focus or attribution.section(start) or entity_name
                    )
                if (
                    entity_name is None
                    and metric == "funding_raised"
                    and mentions
                    and all(
                        _INVESTOR_BEFORE.search(text, max(0, m.start - 20), m.start)
                        for m in mentions
                    )
                ):
                    # "A $72 million investment led by Bezos Expeditions followed": the
                    # investors named give money to the organisation in focus
                    entity_name = attribution.paragraph_focus or attribution.section(start)
                investor = next(
                    (
                        m
                        for m in mentions
                        if not m.pronoun
                        and m.name == entity_name
                        and _INVESTOR_SUBJECT_AFTER.match(text, m.end)
                    ),
                    None,
                )
                if investor is not None and (
                    metric in ("funding_raised", "market_capitalization", "invested")
                ):
                    # "Index Ventures invested $50M at a $2B valuation": the money and the
                    # value are the organisation invested in, the one in focus
                    owner = attribution.paragraph_focus or attribution.section(start) or (
                        attribution.focus
                    )
                    entity_name = owner if owner != investor.name else None
                    metric = "funding_raised" if metric == "invested" else metric
                if entity_name is None and named and _BACK_TO_THEM.search(sentence_text):
                    # "From them, 239 million are paying for Premium": the users just counted
                    entity_name = attribution.paragraph_focus or attribution.focus
                if entity_name is None and answer:
                    entity_name = question.entity
                if (
                    entity_name is None
                    and not mentions
                    and previous_entity is not None
                    and previous_metric is not None
                    and metric == previous_metric[0].removesuffix("_change")
                    # (a sum's conversion in brackets between: "3bn yuan in 2004 ($365m;
                    # £190m), compared with 1.4bn yuan in 2003")
                    and re.fullmatch(
                        r"[^;.]{0,40}",
                        re.sub(r"\([^()]{0,40}\)", "", text[previous_entity[1] : start]),
                    )
                ):
                    # "Revenue was $7.75 billion, up 93%": the change of the level just
                    # claimed is the same organisation's
                    entity_name = previous_entity[0]
                if entity_name is None and all(m.pronoun for m in mentions):
                    # "There are over 2 billion WhatsApp monthly active users"
                    entity_name = _owner_in_counted(text, attribution, vocabulary, end, metric_end)
                if entity_name is None:
                    continue
                reporter = _REPORTED_BY.match(text, sentence.start, start)
                if reporter and not entity_name.startswith(reporter.group(1)):
                    # "Counterpoint reckons Apple shipped about 34 million watches": one
                    # organisation's estimate of another's figure, not a figure it states
                    continue
                unit_of = _UNIT_OF_ORG.fullmatch(entity_name)
                if unit_of and attribution.named_before(unit_of.group(1)):
                    # "Walmart Global Tech ... offered at more than 4,600 stores": a known
                    # company's technology unit counts for the company
                    entity_name = unit_of.group(1)
                if entity_name in attribution.products and _SYSTEM_LOAD.fullmatch(metric):
                    # "Pingora handles more than 1 trillion requests a day": a tool's load
                    continue
                previous_metric = last_metric = (metric, q.unit, bool(change))
                previous_entity = (entity_name, end)
                if change:  # "revenue rose 12%" is a change, not a level
                    metric = f"{metric}_change"
                quote_end = max(end, metric_end)
                period = (q.period if period is None else period) or None
                if period is None and not _MILESTONE_BEFORE.search(
                    # "passed the milestone of five billion trips earlier this year": a
                    # running total crossed then, not a year's flow
                    text, max(sentence.start, start - 40), start
                ) and is_flow_claim(
                    vocabulary,
                    metric,
                    q.unit,
                    text[max(sentence.start, start - 40) : start],
                    text[number_end(q, start) : end + 30],
                ):
                    # "1.95 billion trips in the third quarter", "revenue of $5bn last year"
                    period = window_period(text, sentence, start, quote_end)
                    if period is None and not _NAMED_BY_WINDOW.match(metric):
                        period = _rate_later(text, quote_end, next_start)
                    if period is None and _SAME_PERIOD.search(
                        text, quote_end, min(next_start, quote_end + 40)
                    ):
                        # "Jet2 flew 17 million passengers last year ... 6.4 million
                        # customers over the same period": the window named before
                        period = last_window
                    if (
                        period is None
                        and q.unit in quantities.CURRENCIES
                        and reported is not None
                        and reported[0] == entity_name
                        and reported[1] == index - 1
                        and not _WHEN_WORDS.search(text, sentence.start, quote_end + 25)
                    ):
                        # "revenue rose 14% to £1.1 billion in the year to August ...
                        # Underlying EBITDA came in at £260 million": the same report's
                        period = reported[2]
                    if period is None and not _NAMED_BY_WINDOW.match(metric):
                        # under "Highlights for Third Quarter 2024", in a quarter's report
                        period = section_window or page_window
                    if period is not None:
                        last_window = period
                        if q.unit in quantities.CURRENCIES:
                            reported = (entity_name, index, period)
                if period and metric.startswith(_WINDOW_NAME.get(period, "-")):
                    # "around 31 million visitors every day" -> daily_active_visitors: a
                    # level its window names, no rate
                    period = None
                if (
                    previous_period is not None
                    and previous_period[0] == q.unit
                    and _UP_FROM_BEFORE.search(text, max(sentence.start, start - 12), start)
                ):
                    # "delivered 1.81 million vehicles in 2023, up from 1.31 million": the
                    # earlier level is counted over the same window ("100 million orders per
                    # month, up from 60 million in 2021": the year says when, not how long)
                    period = previous_period[1]
                if not change:
                    previous_period = (q.unit, period)
                heading = attribution.section(start)
                if heading and (
                    _heading_names_it(heading, entity_name)
                    # "4. EDF / Électricité de France runs 56 reactors": the heading's initials
                    or abbreviates(heading, entity_name)
                    or heading.startswith(entity_name + " ")
                ):
                    # "4. Panasonic ... Panasonic Holdings Corporation reported": the name
                    # the list gives the organisation
                    entity_name = heading
                yield _claim(
                    article,
                    vocabulary,
                    entity_name,
                    q,
                    metric,
                    period,
                    (comparator, low, high),
                    Span(start, quote_end),
                    sentence_text,
                )
            attribution.after_sentence(mentions, sentence)
            question = _question(text, sentence, mentions, vocabulary)


_MEASURE_VERB = re.compile(
    r"\s+(?:averaged|reached|rose|grew|climbed|totalled|totaled|stood|hit|topped|passed)\s"
)


# A company's reported results, which wire copy states without naming the company again
_RESULTS = frozenset((
    "net_income", "revenue", "operating_income", "pre_tax_profit", "net_loss", "losses",
    "loss", "ebitda", "profit", "profits", "earnings", "sales", "turnover",
))


# ... but not a market's or an estimate ("Online sales in the United States reached $1.1
# trillion, according to Adobe Analytics")
_MARKET_TALK = re.compile(
    r"\b(?:markets?|industry|sector|global|worldwide|combined|according\s+to|researchers?|"
    r"analysts?|estimated?|in\s+the\s+(?:United\s+States|US|UK|world))\b",
    re.I,
)


def _opens_on_measure(sentence: str, metric: str, at: int) -> bool:
    """ "Patient visits averaged 30,100 per day in the quarter": the measure the sentence
    opens on, without an owner, is the paragraph's own (its first figure only: not
    "...; analysts had expected $9.53 billion")."""
    words = metric.removesuffix("_change").replace("_", " ")
    verb = _MEASURE_VERB.match(sentence, len(words))
    return (
        sentence[: len(words)].lower() == words
        and verb is not None
        and re.fullmatch(r"[^,;]{0,30}", sentence[verb.end() : at]) is not None
    )


_MEASURE_CLAUSE = re.compile(
    r"(?:;|,\s+(?:while|whereas))\s+((?:[A-Za-z-]+\s+){1,3}?)(?:came\s+to|was|were|rose|grew|"
    r"fell|reached|totalled|totaled|stood\s+at|hit)\s+(?:[a-z]+\s+){0,2}$"
)


def _measure_clause_owner(
    text: str, sentence_start: int, named_end: int, at: int, metric: str
) -> bool:
    """Does the figure at `at` stand in a clause after the last name that opens on its own
    measure ("..., while adjusted EBITDA came to")?"""
    m = _MEASURE_CLAUSE.search(text, max(sentence_start, named_end), at)
    if m is None or m.end() != at:
        return False
    head = metric.removesuffix("_change").split("_")[-1]
    return head in m.group(1).lower().split()


_INVESTOR_BEFORE = re.compile(r"\b(?:led|co-led|backed)\s+by\s+(?:the\s+)?$")
# "Index Ventures invested $50M", "Sequoia led the round": an investor, as the subject
_INVESTOR_SUBJECT_AFTER = re.compile(
    r"[^\S\n]+(?:invested|co-invested|led[^\S\n]+(?:the|a|an|its)\b|co-led|participated)"
)
# "Together the parks welcome more than 5 million visitors a year", "The zoos care for
# more than 4,000 animals", "(runs five zoos.) Together they welcome": the sites of the
# organisation the paragraph is about
_SITES_SUBJECT = re.compile(
    r"Together,?\s+they\s+[a-z]|(?:Together,?\s+the|The)\s+(?:parks|zoos|aquariums|stores|shops|"
    r"hotels|restaurants|plants|factories|mills|mines|branches|outlets|clinics|hospitals|schools|"
    r"warehouses|resorts|cinemas|gyms|farms|venues|museums|airports|depots|properties)\s+(?!of\b)[a-z]"
    # "Members post about 1.5 million items a month": the paragraph's users, acting
    r"|(?:Its\s+|Their\s+)?(?:Members|Users|Customers|Subscribers|Shoppers|Players|Drivers|Riders|"
    r"Hosts|Guests|Listeners|Viewers|Fans)\s+(?:now\s+|also\s+)?(?:post|posted|share|shared|"
    r"upload|uploaded|create|created|make|made|send|sent|book|booked|take|took|place|placed|"
    r"stream|streamed|watch|watched|list|listed|save|saved|rescue|rescued)\s"
)
# What a tool serves: requests and queries (not messages, which people send)
_SYSTEM_LOAD = re.compile(r"(?:[a-z]+_)?(?:requests|queries|api_calls|calls)")
_WINDOW_NAME = {"per_day": "daily_", "per_week": "weekly_", "per_month": "monthly_"}
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)
# "monthly_active_users", "daily_visitors": a level its window names, no rate
_NAMED_BY_WINDOW = re.compile(r"(?:daily|weekly|monthly|quarterly)_|.*active")
@dataclasses.dataclass(frozen=True)
class Question:
    entity: str
    metric: str
    period: str | None


_HOW_MANY = re.compile(
    r"\bhow\s+(?:many|much)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:does|do|did|is|are|"
    r"has|have|had|use|uses|work|works)\b([^?]*)\?\s*$",
    re.I,
)


def _question(
    text: str, sentence: Span, mentions: list, vocabulary: Vocabulary
) -> Question | None:
    """ "How many employees does Google have?": what the next sentence's bare number is
    about, in an FAQ page."""
    asked = _HOW_MANY.search(text, sentence.start, sentence.end)
    named = [m for m in mentions if not m.pronoun]
    if not asked or not named:
        return None
    noun = asked.group(1).lower()
    if _SYSTEM_SPEC_AFTER.match(" " + noun):
        return None  # "How many Kubernetes clusters does Spotify run?"
    known = vocabulary.metric_for_phrase(noun)
    metric = known.name if known else "_".join(noun.split())
    every = re.search(r"\b(?:each|every|a|per)\s+(day|month|week)\b", asked.group(2))
    if every and noun.split()[-1] in ("people", "users", "visitors", "listeners"):
        metric = WINDOW_ADJECTIVES[every.group(1).lower()]
        metric += "_active_users"
    period = None
    if known is None or known.kind == "flow":
        # "How much revenue did Zoom make in its last fiscal year?"
        period = window_period(text, sentence, asked.start(), sentence.end)
        if period is None and every and known is not None:
            period = PERIOD_WORDS[every.group(1).lower()]
    return Question(named[0].name, metric, period)


_RATE_LATER = re.compile(
    r"\b(?:(?:a|per|each|every(?:\s+single)?)\s+(day|week|month|quarter|year)|"
    r"(daily|weekly|monthly|quarterly|annually|yearly))\b",
    re.I,
)


_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def _rate_later(text: str, after: int, stop: int) -> str | None:
    """ "spends around $18 billion on content annually": a flow's rate stated at the end
    of its clause, before any other number."""
    clause = _CLAUSE_BREAK.search(text, after, stop)
    rate = _RATE_LATER.search(text, after, clause.start() if clause else stop)
    return PERIOD_WORDS[(rate.group(1) or rate.group(2)).lower()] if rate else None


def _claim(
    article: Article,
    vocabulary: Vocabulary,
    entity_name: str,
    q: quantities.Quantity,
    metric: str,
    period: str | None,
    reading: tuple[str, float | None, float | None],
    quote: Span,
    sentence: str,
) -> Claim:
    # "McDonald’s" and "McDonald's" are one organisation: analysts join on the name
    entity_name = entity_name.replace("’", "'")
    entity = vocabulary.entity(entity_name)
    if entity is None:
        entity_name = common_name(entity_name)  # "Wipro Limited" is Wipro
    comparator, low, high = reading
    return Claim(
        claim_id=f"{article.article_id}:{quote.start}-{quote.end}",
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
        quote=article.text[quote.start : quote.end],
        sentence=sentence,
        char_start=quote.start,
        char_end=quote.end,
    )


# A table row labelled by a date ("January 2018", "2019", "Q1 2022"): a time series
_DATE_LABEL = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d"
    r"|Q[1-4]\s+(?:19|20)\d\d|(?:19|20)\d\d\s+Q[1-4]"
)
# The organisation opening a series' column header ("TikTok monthly active users")
_HEADER_NAME = re.compile(r"([A-Z][\w&.+'’-]*(?:\s+[A-Z][\w&.+'’-]*)*)\s+(?=[a-z])")
_SERIES_WORDS = frozenset(
    word_list("Total Monthly Daily Annual Yearly Number Active Global Worldwide")
)


def _series_header(header: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The organisation a dated table's column header names and the measure after it:
    "TikTok monthly active users", "TikTok Monthly Active Users Worldwide"."""
    named = _HEADER_NAME.match(header)
    if named is not None:
        name, rest = named.group(1), header[named.end() :]
    else:
        words = header.split()
        cut = next(
            (
                k
                for k in range(1, len(words))
                if words[k] in _SERIES_WORDS
                or vocabulary.metric_for_phrase(" ".join(words[k:]).lower())
            ),
            None,
        )
        if cut is None:
            return None
        name, rest = " ".join(words[:cut]), " ".join(words[cut:])
    return None if name in _SERIES_WORDS else (name, rest)


def _table_claims(
    article: Article, rows: list[list[Span]], vocabulary: Vocabulary
) -> Iterator[Claim]:
    """ "Company | Employees | Revenue 2023" over "Lyft | 2,945 | $4.4B": each row's first
    cell names the organisation, each column's header the measure its cells hold."""
    text = article.text
    headers = [text[c.start : c.end] for c in rows[0]]
    for row in rows[1:]:
        entity_name = text[row[0].start : row[0].end].strip(" *_")
        if not entity_name or not entity_name[0].isalpha():
            continue
        dated = _DATE_LABEL.fullmatch(entity_name) is not None
        line = text[row[0].start : row[-1].end]
        for header, cell in zip(headers[1:], row[1:], strict=True):
            if dated:
                # "Date | TikTok monthly active users" over "January 2018 | 55 million": a
                # series of one organisation, named in the column's header
                series = _series_header(header.strip(" *_"), vocabulary)
                if series is None:
                    continue
                entity_name, header = series
            for q in quantities.parse(text[cell.start : cell.end]):
                start, end = cell.start + q.start, cell.start + q.end
                if not _is_number(q) or q.unit in CLAIM_UNITS_EXCLUDED:
                    continue
                metric, period, metric_end, _ = metric_for(
                    text, cell, q, start, end, cell.end, vocabulary, None
                )
                if metric is None or re.fullmatch(r"[\d_]+", metric):
                    metric, period = label_metric(header, vocabulary)
                    metric_end = end
                if metric is None:
                    continue
                reading = (q.comparator, q.low, q.high)
                quote = Span(start, max(end, metric_end))
                yield _claim(
                    article,
                    vocabulary,
                    entity_name,
                    q,
                    metric,
                    period or None,
                    reading,
                    quote,
                    line,
                )


def _is_scale_unit(unit: str) -> bool:
    return unit in CLAIM_UNITS or unit in quantities.CURRENCIES


def extract_claims(article: Article, vocabulary: Vocabulary | None = None) -> list[Claim]:
    """Every numeric claim about an organisation in an article, in text order."""
    return list(iter_claims(article, vocabulary or _default_vocabulary(os.environ.get(ENV_VAR))))


@functools.lru_cache(maxsize=4)
def _default_vocabulary(files: str | None) -> Vocabulary:
    """The packaged vocabulary (plus FACTCHECK_VOCABULARY's files), read once per process
    and setting rather than once per article."""
    del files  # the cache key: load_vocabulary reads the variable itself
    return load_vocabulary()


def extract_many(articles: Iterable[Article], vocabulary: Vocabulary | None = None) -> list[Claim]:
    vocabulary = vocabulary or _default_vocabulary(os.environ.get(ENV_VAR))
    return [claim for article in articles for claim in iter_claims(article, vocabulary)]
