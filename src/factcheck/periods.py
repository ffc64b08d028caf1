"""The period a figure is stated over: rates ("a day", "monthly") and windows.

A rate is read from the words next to a number or its metric ("3.2 million barrels a
day", "31 million daily rides"); a flow without one takes the period of the window
nearest it in the sentence ("in the third quarter" -> per_quarter, "last year" ->
per_year), unless that window is a date ("founded in 2013") or a span ("in its first
five days"). Levels (users, stores, assets) get no window.
"""

from __future__ import annotations

import re

from factcheck.quantities import AREA_UNITS
from factcheck.segments import Span, word_list
from factcheck.vocabulary import Vocabulary

# A rate adjective right before a metric's words: "31 million daily rides".
RATE_ADJECTIVE = re.compile(r"\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\s+$", re.I)
# ... or up to two words before it: "quarterly service revenue", "annual net sales".
RATE_ADJECTIVE_NEAR = re.compile(
    r"\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\s+(?:[a-z][\w-]*\s+){0,2}$",
    re.I,
)
RATE_ADJECTIVES = {
    "daily": "per_day",
    "weekly": "per_week",
    "monthly": "per_month",
    "quarterly": "per_quarter",
    "annual": "per_year",
    "annually": "per_year",
    "yearly": "per_year",
}
RATE_AFTER_NOUN = re.compile(
    # ("3 million cans of beans and soup a day": what the goods are made of, between)
    r"\s*(?:[a-z][\w-]*\s+){0,3}?(?:of\s+(?:[a-z][\w-]*\s+){1,3}?)?"
    r"(?:per|a|an|each|every)\s+(?:business\s+|working\s+)?"
    r"(day|week|month|quarter|year)\b(?!\s+(?:earlier|ago|before|later|after))"
    # "3,000 vessel and barge calls annually": a rate adverb after a shared noun
    r"|\s*[a-z][\w-]*\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){1,2}?"
    r"(annually|yearly|daily|weekly|monthly)\b",
    re.I,
)
# ... or a rate after what stands between the noun and it: a second noun sharing the
# number ("30,000 matches and games a year") or a passive verb ("70,000 petitions are
# started on it every month", "1.2 million matches are booked through it each month")
_RATE_AFTER_PHRASE = re.compile(
    # ("10 million loaves, buns and cakes a day": a list of what is counted)
    # ("5 million minutes of live television and events annually")
    r"(?:,?\s+[a-z][\w-]*){0,3}?\s+(?:(?:and|or)\s+(?:[a-z][\w-]*\s+){1,2}?"
    r"|(?:are|were|is|was)\s+[a-z]+(?:ed|en|t)\s+(?:on|through|via|in|with|from)\s+"
    r"(?:it|them|its\s+[a-z]+|the\s+[a-z]+)\s+)"
    r"(?:(?:per|a|an|each|every)\s+(day|week|month|quarter|year)\b"
    r"(?!\s+(?:earlier|ago|before|later|after))"
    # (an adverb, not "posted quarterly revenue")
    r"|(daily|weekly|monthly|quarterly|annually|yearly)(?=\s*(?:[.,;:)]|\Z)|\s+(?:and|or|"
    r"but|in|on|at|for|from|to|since|across|through|worldwide|globally)\b))",
    re.I,
)


def rate_after_phrase(text: str, position: int, end: int) -> str | None:
    """The rate after a second noun or a passive verb that follows the counted noun (up
    to three words after `position`)."""
    m = _RATE_AFTER_PHRASE.match(text, position, end)
    return PERIOD_WORDS[(m.group(1) or m.group(2)).lower()] if m else None


_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:per|a|an|each|every)\s+(?:business\s+|working\s+|trading\s+)?"
    r"(day|week|month|quarter|year)|"
    r"(daily|weekly|monthly|quarterly|annually|yearly))\b",
    re.I,
)
# "monthly_active_users": the adjective a window gives the level it names
WINDOW_ADJECTIVES = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly"}
PERIOD_WORDS = {
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


def period_after(text: str, position: int, end: int) -> str | None:
    m = _PERIOD_AFTER.match(text[position:end])
    if not m:
        return None
    return PERIOD_WORDS[(m.group(1) or m.group(2)).lower()]


# A window a flow is counted over is its period: "in the third quarter", "in Q3", "in
# those three months" -> per_quarter; "in 2023", "in fiscal 2024", "last year", "for the
# year to March", "in the 12 months to June" -> per_year; "in a single day" -> per_day.
_QUARTER_WINDOW = (
    r"\b(?:in|during|for|over)\s+(?:the\s+|its\s+|that\s+|this\s+|those\s+|these\s+)?"
    r"(?:(?:first|second|third|fourth|final|last|latest|past|most\s+recent|same|holiday|"
    r"fiscal|financial|march|june|september|december)\s+){0,2}quarter"
    # "in the first quarter of 2024", "of fiscal 2025": the year names the quarter
    r"(?:\s+of\s+(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?:19|20)\d\d)?\b"
    r"|\b(?:in|during|for)\s+(?:the\s+)?(?:fiscal\s+)?(?:Q|quarter\s+)[1-4]\b"
    # ("fourth-quarter 2004 profits", "Q3 2023 revenue": the year names the quarter)
    r"|\b(?:first|second|third|fourth)-quarter(?:\s+(?:19|20)\d\d)?\b"
    r"|\b(?:first|second|third|fourth)\s+quarter\s+(?:(?:19|20)\d\d\b|(?=[a-z]))"
    r"|\bQ[1-4]\s+(?:(?:19|20)\d\d\s+)?(?=[a-z])"
    # "for the April-June quarter", "in the July-September period": three months named
    # ("during October to December")
    r"|\b(?:January|April|July|October)[-–](?:March|June|September|December)\s+"
    r"(?:quarter|period)\b"
    r"|\b(?:in|during|for|over)\s+(?:the\s+)?(?:January|April|July|October)\s+(?:to|-|–)\s+"
    r"(?:March|June|September|December)\b"
    r"|\b(?:last|this|past)\s+(?:fiscal\s+|financial\s+)?quarter\b"
    r"|\b(?:three|3)[\s-]+months?\b|\b13\s+weeks\b"
)
_YEAR_WINDOW = (
    # ("in Oracle's fiscal 2024": a named firm's year)
    r"\b(?:in|during|for|over)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w&.-]*['’]s\s+(?=fiscal|financial))?"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?(?:19|20)\d\d\b(?!\s*-)"
    # "for the 2023-24 financial year", "in fiscal 2023/24"
    r"|\b(?:in|during|for|over)\s+(?:the\s+|its\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?"
    r"(?:19|20)\d\d[-–/](?:19|20)?\d\d(?:\s+(?:fiscal|financial)\s+year)?\b"
    # "handled $120 billion on an annualised basis", "rose to an annualised $3.1 billion"
    r"|\bon\s+an?\s+annuali[sz]ed\s+basis\b|\ban\s+annuali[sz]ed\s+(?=[$€£]?\d)"
    r"|\b(?:in|during|for)\s+FY\s?\d\d(?:\d\d)?\b"
    # ("... was the most downloaded app in 2022. Its revenue reached $30 billion that
    # year": the year named before)
    r"|\b(?:last|this|that|the\s+past)\s+(?:fiscal\s+|financial\s+)?year\b"
    r"|(?<![\d,]\s)\b(?:19|20)\d\d\s+(?=[a-z])"
    r"|\b(?:in|during|for|over)\s+(?:the\s+|that\s+|its\s+)?(?:(?:last|latest|most\s+recent|"
    r"previous|past)\s+)?(?:(?:fiscal|financial|full|calendar|same|entire|whole)\s+)?year\b"
    r"(?!\s+(?:earlier|ago|before))"
    r"|\b(?:12|twelve)\s+months\b|\b52\s+weeks\b"
    # "Full-year revenue rose 12% to $4.97 billion"
    # (not "trimmed its full-year outlook", "expects full-year growth")
    r"|\bfull-year\b(?!\s+(?:outlook|guidance|forecast|target|growth|expectations?))"
    # a rate phrase competes with the windows on distance: "open the app on a typical
    # day, and the company pays more than $10 billion to rights holders each year"
    r"|\b(?:each|every|per)\s+year\b"
)
# "in a single day", "on a normal day", "on an average day"
_DAY_WINDOW = (
    r"\b(?:in|on)\s+an?\s+(?:single|normal|typical|average|ordinary|busy|usual|given)?\s*"
    # ("on an average weekday": a rail operator's daily count)
    r"(?:business\s+|working\s+)?(?:day|weekday)\b"
    r"|\b(?:each|every|per)\s+day\b"
)
# Nearer than those, a window that is no period: a comparison ("year over year"), a span
# ("in its first five days", "within two months") or a month ("in December").
_NO_WINDOW = (
    r"\byear[\s-]+(?:over|on)[\s-]+year\b"
    # "sold 25 million copies since its launch in 2020": a running total, no window
    r"|\bsince\b|\bover\s+its\s+lifetime\b|\ball[\s-]time\b|\bto\s+date\b|\bin\s+total\s*[,.;)]"
    r"|\b(?:in|within|over|during)\s+(?:just\s+|only\s+)?(?:its\s+|the\s+|their\s+)?"
    r"(?:first\s+|last\s+|past\s+|next\s+)?(?!(?:three|3|twelve|12|13|52)\s)(?:\d+|[a-z]+)\s+"
    r"(?:hours|days|weeks|months)\b"
    r"|\b(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
    r"(?!\s+(?:19|20)\d\d|\s+(?:to|-|–)\s+(?:March|June|September|December)\b)"
)
# "in a busy summer week", "in a typical week"
_WEEK_WINDOW = (
    r"\b(?:in|on|during)\s+an?\s+(?:(?:single|normal|typical|average|ordinary|busy|usual|"
    r"given|quiet|peak)\s+)?(?:(?:summer|winter|spring|autumn|holiday)\s+)?week\b"
    r"|\b(?:each|every|per)\s+week(?:end)?\b"
)
# the running totals among them
_RUNNING_TOTAL = re.compile(r"since\b|over\s+its\s+lifetime|all[\s-]time|to\s+date", re.I)
_WINDOWS = re.compile(
    rf"(?P<none>{_NO_WINDOW})|(?P<per_quarter>{_QUARTER_WINDOW})|(?P<per_year>{_YEAR_WINDOW})"
    rf"|(?P<per_day>{_DAY_WINDOW})|(?P<per_week>{_WEEK_WINDOW})",
    re.I,
)
# "founded in 2013", "went public in 2021": a date, not the window a figure covers.
_EVENT_BEFORE = re.compile(
    r"\b(?:founded|founding|launched|launching|established|created|started|listed|born|"
    r"incorporated|"
    r"opened|acquired|bought|formed|merged|introduced|released|debuted|public|agreed|since|"
    r"spun\s+(?:off|out)|demerged|renamed|rebranded)"
    # "spun off from MDU Resources in 2023", "bought by Terex in 2002": the other party
    r"(?:\s+(?:from|by)\s+(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3})?"
    # "Founded in Edinburgh in 2003": a place between
    r"\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?,?\s+)?$",
    re.I,
)
# What a business turns out, named as a measure ("aggregates shipments fell", "quarterly
# production slipped to"): one list for the modules that read such measures
OUTPUT_NOUNS = r"(?:production|output|shipments|deliveries)"
# Flows that the vocabulary does not name, by their counted noun ("passengers", "hours").
_FLOW_NOUNS = frozenset(
    word_list(
        """
        trips rides orders deliveries passengers travellers travelers visits visitors hours
        minutes downloads installs transactions payments shipments sales bookings messages
        streams journeys flights departures interactions logins times releases nights arrivals
        swipes uploads searches posts tickets packages parcels activities listens plays views
        events prescriptions returns sold shipped delivered produced processed completed races
        verifications carloads stops pickups calls
        """
    )
)
# Money that is a level, not counted over a window.
_STOCK_MONEY = frozenset(
    word_list(
        """
        assets deposits custody valuation valued cap capitalization capitalisation cash debt stake
        force
        loans reserves worth wealth funding raised investment deal acquisition bought price
        book portfolio
        """
    )
)


_FLOW_VERB_BEFORE = re.compile(
    r"\b(?:sold|shipped|delivered|produced|processed|completed|carried|flew|handled|booked|"
    r"built|logged|facilitated|transported|made|opened|signed|distributed|issued|hosted|"
    r"streamed|uploaded|downloaded|installed|delivers|ships|processes|completes|carries|"
    r"transports|handles|launched|launches|performed|performs|sent|sends|answered|answers|"
    r"welcomed|placed|trained|graduated|looked\s+after|handed|hands|printed|struck|minted|"
    r"organised|organized|staged|"
    r"mined|mines|(?:turns|turned|churns|churned)\s+out|"
    # (not "moved its 4 million British customers onto Kraken")
    r"moved(?!\s+(?:its|their|his|her)\b))\s+"
    # "sold in more than 200 countries", "completes each day in 70 countries": where
    # ("hosted by over 4 million hosts": who does it, not what is done)
    r"(?:(?!(?:in|across|into|to|at|from|for|by)\b)[a-z]+\s+){0,3}$"
)
# "arranged 94,000 funerals last year", "fitted around 12,000 patients in 2023", "wrote
# 30,000 wills": what was done, in the window; not a level reached, held or counted
_DONE_VERB_BEFORE = re.compile(
    r"\b(?!(?:employed|reached|passed|topped|crossed|surpassed|exceeded|numbered|counted|"
    r"operated|owned|listed|registered|valued|estimated|based|founded|raised|totalled|"
    r"totaled|hired|added|peaked|approached|neared|controlled|managed|held|had|"
    r"signed|claimed|boasted|recorded|reported|posted|expected|forecast|targeted|planned|"
    r"used|needed|required|cut|lost|closed|dropped|declined|increased|decreased|doubled|"
    r"tripled|grew|rose|fell|covered|helped|averaged|served|announced|combined|received)\b)"
    r"(?:[a-z]{3,}ed|wrote|drew|ran|taught|fed|rode|saw|took|gave|brewed|bred)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|close\s+to|an?\s+"
    r"(?:record|estimated))\s+)?$"
)
# "sold holidays to 6.4 million customers": to whom something was sold, after what
_SOLD_TO_BEFORE = re.compile(
    r"\b(?:sold|sells|delivered|delivers)\s+(?:(?!(?:in|across|into|to|at|from|for|by)\b)"
    r"[a-z]+\s+){1,2}to\s+$"
)


_FLOW_CLAUSE_AFTER = re.compile(
    r"\s+(?:it|they|the\s+(?:company|group|firm))\s+(?:had\s+)?(?:sold|shipped|delivered|"
    r"produced|built|made|carried|handled|processed|booked)\b"
)
# "1,800,000 songs are uploaded on Spotify every month": what is done, said in the passive
_PASSIVE_FLOW_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,5}?(?:is|are|was|were)\s+(?:being\s+)?(?:uploaded|made|sent|booked|"
    r"sold|shipped|delivered|streamed|downloaded|played|processed|ordered|placed|shared|posted|"
    r"watched|completed|taken|served|installed)\b"
)
_FLOW_NOUN_AFTER = re.compile(
    r"\s*(?:[a-z-]+\s+)?(?:{})\b".format("|".join(sorted(w for w in _FLOW_NOUNS if w[-1] == "s")))
)


def is_flow_claim(
    vocabulary: Vocabulary, metric: str, unit: str, before: str = "", after: str = ""
) -> bool:
    """Is the claim an amount counted over a window (trips, revenue, customers added)?
    Shares and percentage changes are not; levels (users, stores) are not, but additions
    to them ("added 4.5 million customers") are."""
    if unit in ("percent", "percentage_point", "basis_point"):
        return False
    if unit == "count" and _PERFECT_BEFORE.search(before):
        # "has sold tickets to more than 7 million fans", "has been downloaded more than 2
        # million times": a running total to date, counted over no window (not money:
        # "has earned $19.4 billion in revenue in its fiscal 2023")
        return False
    if unit == "count" and (_PEAK_BEFORE.search(before) or re.match(r"\s*concurrent\b", after)):
        # "it handled a peak of 10.56 million concurrent users", "drew 12.3 million
        # concurrent players": the highest level, at one moment, not an amount counted
        # over the window (but "revenue peaked at €1.4 billion in 2022" is the year's)
        return False
    if metric.endswith("_change"):
        # "cut 12,000 jobs": layoffs and hiring change a level; no window rate
        return not metric.startswith("employees")
    if unit == "count" and (
        _FLOW_VERB_BEFORE.search(before)
        or _FLOW_NOUN_AFTER.match(after)
        # "fewer than the 1,570 it delivered in 2023": what a clause after it did
        or _FLOW_CLAUSE_AFTER.match(after)
        or _PASSIVE_FLOW_AFTER.match(after)
    ):
        return True
    if (
        unit == "count"
        and _SOLD_TO_BEFORE.search(before)
        and not re.match(r"\s*(?:countries|markets|cities|states|regions)\b", after)
    ):
        return True
    if unit in AREA_UNITS and not _FLOW_VERB_BEFORE.search(before):
        # "its gross lettable area passed 13 million square metres last year": land or
        # floor space held is a level (not "produced 400 million square metres in 2023")
        return False
    known = vocabulary.metric(metric)
    if known is not None:
        return known.kind == "flow"
    if unit == "count" and _DONE_VERB_BEFORE.search(before):
        return True  # (a measure the vocabulary does not know, done in the window)
    words = metric.split("_")
    if unit == "count":  # "2 billion payments"
        return any(w in _FLOW_NOUNS for w in words)
    return not any(w in _STOCK_MONEY for w in words)


_PEAK_BEFORE = re.compile(r"\b(?:peak\s+of|peaked\s+at)\s+$", re.I)
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?"
    r"(?:[a-z]+ed|sold|grown|drawn|won|seen|built|done|made|paid|put)\b[^.;:,]*$"
)
_NAME_BEFORE = re.compile(
    r"\b(?!(?:Its|Their|Our|His|Her|The|This|That|In|For|By|During|Of|Since)\b)[A-Z][\w-]*[^\S\n]$"
)


# A window that opens the next clause: "..., and in 2023 it earned"
# "4 million hosts, and in 2023 it earned", "downloaded 5 billion times, and Sega bought it
# in 2023": a window in the next clause, which has its own subject and verb
_NEXT_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|while|whereas)\s+(?:$|(?:[A-Z][\w&.'’-]*|it|they|he|she|we)\s+"
    r"(?:\w+\s+)?(?:[a-z]+ed|bought|sold|made|took|paid|spent|won|has|had|is|was)\b"
    # "3,000 breweries in 60 countries, and its sales grew 12% last year": another measure
    r"|(?:its|their)\s+(?:[a-z-]+\s+){1,2}?(?:[a-z]+ed|grew|rose|fell|sank|shrank|came|hit|"
    r"stood|was|were)\b)"
    # "runs more than 140 events, reported revenue of $383 million last year": a second
    # verb phrase of the same subject, with its own window
    r"|,\s+(?:reported|posted|recorded|booked)\s+(?:revenue|sales|turnover|net|a|an)\b"
)


_WINDOW_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z-]+[^\S\n]+){0,2}?(?:last|this|in|during)[^\S\n]+(?:year|quarter|month|week|"
    r"(?:19|20)\d\d)\b"
)


def window_period(text: str, sentence: Span, start: int, end: int) -> str | None:
    """The period of the window nearest the number in its sentence, if one is stated."""
    best: tuple[int, str] | None = None
    for m in _WINDOWS.finditer(text, sentence.start, sentence.end):
        if _EVENT_BEFORE.search(text, max(sentence.start, m.start() - 45), m.start()):
            continue
        if m.group()[:3].lower() == "in " and re.search(
            r"\bended\s+\Z", text[max(sentence.start, m.start() - 10) : m.start()]
        ):
            continue  # "before it ended in 2019": when it ended (not "ended 2023 with")
        # "Cyberpunk 2077 has sold": the number of a name, not a year
        if m.group()[0].isdigit() and _NAME_BEFORE.search(
            text, max(sentence.start, m.start() - 30), m.start()
        ):
            continue
        if m.lastgroup == "none" and m.start() >= end and "," in text[end : m.start()]:
            continue  # "2.2 billion orders, up 24% year over year": the change's comparison
        if (
            m.lastgroup == "none"
            and m.end() <= start
            and "," in text[m.end() : start]
            and _WINDOW_AFTER.match(text, end)
        ):
            # "based in Lafayette since 1949, logged nearly 90,000 flight hours last year":
            # the window right after the figure is its own
            continue
        if m.start() >= end and _NEXT_CLAUSE.search(text, end, m.start()):
            continue  # "4 million hosts, and in 2023 it earned $9.9 billion": the next clause's
        if (
            m.lastgroup == "none"
            and end <= m.start() <= end + 40
            and _RUNNING_TOTAL.match(m.group())
            and not re.search(r"[,;]", text[end : m.start()])
        ):
            # "In 2024 it crossed $10 billion in wages advanced since launch": a running
            # total, whatever year it was reached in
            return None
        distance = m.start() - end if m.start() >= end else start - m.end()
        if m.end() <= start and re.search(r"\s(?:and|but)\s", text[m.end() : start]):
            # "79.5 million daily users in the first quarter of 2024 and paid $740 million
            # to its creators during 2023": a window before "and" is the earlier verb's
            distance += 1000
        if distance < 0:  # the window is inside the quote ("2.4 billion orders in 2023")
            distance = 0
        if best is None or distance < best[0]:
            best = (distance, m.lastgroup or "")
    return best[1] if best and best[1] != "none" else None


# "Financial Highlights for Third Quarter 2024", "Q2 2023 Results", "Full Year 2022
# Highlights": a heading that names the one window its section reports
_HEADING_QUARTER = re.compile(r"\b(?:(?:first|second|third|fourth)\s+quarter|Q[1-4])\b", re.I)
_HEADING_YEAR = re.compile(
    r"\b(?:full[\s-]year|fiscal(?:\s+year)?\s+(?:19|20)\d\d|FY[\s-]?(?:19|20)?\d\d)\b", re.I
)


def heading_window(heading: str) -> str | None:
    """The period a section heading sets for the flows under it that state no window of
    their own; none when it names both a quarter and a year ("Fourth Quarter and Full Year
    2022 Results")."""
    quarter = _HEADING_QUARTER.search(heading) is not None
    if quarter == (_HEADING_YEAR.search(heading) is not None):
        return None
    return "per_quarter" if quarter else "per_year"


# "Lyft Announces Strong Q3 2024 Financial Results", "today reported financial results for
# its second quarter ended June 30, 2020", "Netflix ... third-quarter earnings": a report
# of one window's results
_RESULTS_OF_WINDOW = re.compile(
    r"\b(?:(?:first|second|third|fourth)[\s-]+quarter|Q[1-4]|quarter\s+ended)\b"
    r"[^.\n]{0,40}?\b(?:results|earnings)\b"
    r"|\b(?:results|earnings)\s+for\s+(?:the\s+|its\s+)?(?:fiscal\s+)?"
    r"(?:(?:first|second|third|fourth)\s+)?quarter\b",
    re.I,
)


def report_window(opening: str) -> str | None:
    """The window a results report covers, from its title and first lines: the period
    its flows are counted over when they name none of their own."""
    m = _RESULTS_OF_WINDOW.search(opening)
    if m is None or _HEADING_YEAR.search(m.group()):
        return None  # ("Fourth Quarter and Full Year 2022 Financial Results": two windows)
    return "per_quarter"


def period_in(text: str, start: int, end: int) -> str | None:
    m = re.search(
        r"\b(?:every|each|per|a)\s+(?:business\s+)?(day|month)\b", text[start:end], re.I
    )
    return PERIOD_WORDS[m.group(1).lower()] if m else None


def is_flow(vocabulary: Vocabulary, metric: str) -> bool:
    known = vocabulary.metric(metric)
    return known is None or known.kind == "flow"
