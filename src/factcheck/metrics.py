"""Which measure a number counts: its metric.

A vocabulary synonym after the number or earlier in its clause, the possessive subject
("Zoom's daily meeting participants peaked at ..."), the noun counted, else the
previous claim's metric in the sentence ("..., up from 10 million"); changes get
"_change" (added by the caller). Money without a named measure takes its verb
("paid out roughly EUR 4.5 billion") or what it is the worth of.
"""

from __future__ import annotations

import re

from factcheck import quantities
from factcheck.periods import (
    OUTPUT_NOUNS,
    PERIOD_WORDS,
    RATE_ADJECTIVE_NEAR,
    RATE_ADJECTIVES,
    RATE_AFTER_NOUN,
    WINDOW_ADJECTIVES,
    is_flow,
    period_after,
    period_in,
    rate_after_phrase,
)
from factcheck.segments import Span, word_list
from factcheck.vocabulary import Metric, Vocabulary

# How far (in characters) after a number its metric phrase may start, and before it.
METRIC_WINDOW_AFTER = 60
METRIC_WINDOW_BEFORE = 80

# "Zoom's daily meeting participants peaked at 300 million": the possessive subject
# names what the number measures.
_SUBJECT_METRIC = re.compile(
    r"(?:['’]s|\b[Ii]ts|\b[Tt]heir|\b[Oo]ur"
    # ("Disney+ subscriber numbers now stand at 28.6 million": the name before its figures)
    # (not "Total order numbers grew 23%": a capitalised adjective opening the sentence)
    r"|(?!(?:Total|Overall|Global|Worldwide|Monthly|Daily|Weekly|Annual|Yearly|Quarterly|"
    r"Average|Current|Combined|Active|Paid|New|User|Customer|Subscriber|Member)\b)"
    r"[A-Z][\w&-]*\+?(?=\s+[a-z][\w-]*\s+(?:numbers|figures|count|tally)\b))"
    r"\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+"
    r"(?:(?:has|have|had|was|were)\s+)?(?:often\s+|regularly\s+|usually\s+|now\s+)?"
    r"(?:[a-z]+ed|[a-z]+en|rose|grew|fell|hit|was|were|stood|stand|stands|came|is|are|totalled|"
    r"sank|lost|"
    r"passes|tops|exceeds|crosses|"
    # ("Twitch's active viewers number 2.5 million", "its monthly streamers total 7 million")
    r"number|numbered|total|totals|"
    r"slid|shrank|to\s+(?:grow|rise|reach|fall|climb|increase|decline|top|hit))"
    r"(?:\s+(?:at|to|by|in\s+at))?\s*$"
)
_LEADING_VERB = re.compile(r"(?:crossed|topped|passed|surpassed|exceeded)\s+")
_CLAUSE_END = re.compile(
    # (not "cash and securities of": one holding the vocabulary names)
    r"[,;:]|(?<!\bcash)\s(?:and|but|while|whereas|although)\s+"
    # ("revenue of €7.9 billion last year and an order backlog of": another object)
    r"(?:[a-z]+(?:s|ed)\b|it\b|its\b|the\b|an?\b)"
    # "rose 6% while Trustpilot's revenue climbed": another subject's clause
    r"|\s(?:while|whereas|although)\s+(?=[A-Z])"
)
# "more than 300 million reviews and employing about 900 people": a second clause
_AND_GERUND = re.compile(
    r"\s(?:and|while)\s+(?!(?:having|being|according|including)\b)[a-z]+ing\b"
)
_DIGIT = re.compile(r"\d")
_AMOUNT_START = re.compile(r"(?:[$€£¥₹₩₽₺₦₱฿₫]|[A-Z]{3}\s?|(?:Rs\.?|RM|Rp|[A-Z]{1,2}\$)\s?)?\d")
NUMBER_TOKEN = re.compile(
    r"\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?\s*%?\+?", re.I
)
# Hedges a writer puts between a word and its number ("an estimated", "roughly", "more
# than"): regexes that look back from a number allow them, whether or not the parser's
# span already took them in.
HEDGE = (
    r"(?:(?:an?\s+)?(?:estimated|roughly|about|around|some|nearly|almost|over|more\s+than|"
    r"just|approximately|record)\s+)?"
)
# "its members make 1.6 billion swipes": people, an action, then what is counted
_DOER_THEN_ACTION = re.compile(
    r"[A-Za-z]+\s+(?:[A-Za-z]+\s+){0,2}?(?:make|made|send|sent|post|posted|watch|watched|stream|streamed|"
    rf"book|booked|take|took|place|placed|upload|uploaded|share|shared|play|played|create|"
    rf"created)\s+{HEDGE}$"
)
_VERB_BEFORE = re.compile(
    r"\b([a-z]+(?:ed|es|s)|paid|spent|made|took|brought|raised|lost)(?:\s+(?:out|in|up))?"
    rf"(?:\s+(?:the\s+company|it|them))?\s*{HEDGE}$",
)
_VERB_ONLY = re.compile(
    r"\s*(?:(?:has|have|had)\s+)?(?:[a-z]+ed|rose|grew|fell|sank|hit)(?:\s+(?:to|by))?\s*"
)
_PLAIN_SUBJECT_METRIC = re.compile(
    r"^\s*(?:(?:while|and|but|whereas|although|as)\s+)?(?:the\s+)?((?:[A-Z][a-z-]*\s+|[a-z][a-z-]*\s+)?(?:[a-z][a-z-]*\s+){0,3}?"
    r"[a-z][a-z-]*)\s+"
    # ("Total company vehicle unit sales in 2004 were 6,798,000": the window between)
    r"(?:in\s+(?:19|20)\d\d\s+)?"
    r"(?:(?:has|have|had|was|were)\s+)?"
    r"(?:[a-z]+ed|rose|grew|fell|hit|stood|came|totalled|sank|lost|slid|shrank|(?<=\d\d\s)were)"
    r"(?:\s+(?:at|to|by))?\s*$"
)
# "The number of active cards in Poland and abroad reached 2.1 million": what is counted
_NUMBER_OF_METRIC = re.compile(
    # ("The average number of active viewers is over 2.5 million")
    # ("Twitch's yearly number of minutes watched is over 1.3 trillion", "The average
    # number of daily viewers of Twitch is")
    r"(?:\b[Tt]he|['’]s|\b[Ii]ts|\b[Tt]heir|\b[Oo]ur)\s+"
    r"(?:(?:total|average|current|overall)\s+)?"
    r"(?:(?:yearly|annual|monthly|weekly|daily|quarterly)\s+)?"
    # ("the number of Roku active accounts had grown to": the owner's name may stand first)
    r"number\s+of\s+(?:[A-Z][\w&'’-]*\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?:\s+(?:in|at|on|of|for|across|worldwide|globally)\b[^,.;:]{0,30}?)?\s+"
    r"(?:(?:has|have|had)\s+)?(?:rose|grew|grown|fell|dropped|climbed|jumped|increased|reached|"
    r"stood|hit|passed|topped|exceeded|was|is|came|totaled|totalled|"
    # ("helping the overall number of streaming hours in 2022 to increase to")
    r"to\s+(?:increase|rise|grow|climb|reach))(?:\s+(?:at|to|by))?\s*$"
)
# "Ubisoft said net bookings fell 17%": a measure reported as changing or standing at
_REPORTED_METRIC = re.compile(
    # ("reported on Friday that passenger numbers rose 8.1%")
    r"\b(?:said|says|reported|reports|announced)(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?"
    r"\s+(?:that\s+)?(?:its\s+|the\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)\s+(?:(?:has|have|had)\s+)?"
    r"(?:rose|grew|fell|sank|slid|shrank|dropped|declined|decreased|increased|jumped|climbed|"
    r"slumped|surged|totalled|totaled|was|were|stood|reached|"
    # "losses had deepened to £51.6m in 2004", "profits more than doubled to"
    r"deepened|widened|narrowed|halved|doubled|tripled|trebled|soared|plunged|tumbled)"
    r"(?:\s+in\s+(?:19|20)\d\d)?(?:\s+(?:at|to|by))?\s*$"
)
# "Platzi grew its paying students by 40%", "cut its workforce by 10%": the measure a
# change verb acts on
_CHANGED_OBJECT_METRIC = re.compile(
    r"\b(?:grew|grows|increased|increases|raised|raises|boosted|boosts|lifted|lifts|cut|cuts|"
    r"reduced|reduces|expanded|expands|trimmed|trims|lowered|lowers)\s+(?:its|their|the)\s+"
    # (not "cut the waiting time by 60%", "its cloud bill by 30%": an engineering result)
    r"((?:[a-z][\w-]*\s+){0,2}?(?!(?:time|times|costs?|bills?|spend|spending)\b)[a-z][\w-]*)"
    r"\s+by\s*$"
)
_NOUN_WORDS = re.compile(
    # (a quoted noun too: 'operates 176 "athletic country clubs"')
    r"\s*[\"“‘]?(?:of\s+(?:the\s+|its\s+|their\s+)?)?"
    # (past a size: "14 million nine-litre cases", "16 million 12-inch wafers")
    r"(?:(?:[\d.,]+|[a-z]+)-(?:litre|liter|inch|foot|ounce|pound|gallon|metre|meter)s?\s+)?"
    r"((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)"
)
_SHARED_NOUN = re.compile(
    r"\s*[a-z][a-z-]*[^s\W]\s+(?:and|or)\s+[a-z][a-z-]*(?=\s+[a-z][a-z-]*s\b(?!\s+(?:and|or)\b))"
)
# Words that end a noun phrase (or show there is none: "$42 and have since ...").
_STOP_NOUNS = frozenset(
    word_list(
        """
        of in and or the a an to for with by on at from is are was were has have had than more
        less its their that this these those which who what when while before after since just
        now still also already each every per last next ago earlier later over under about
        around across during through into out up down as if but so not only worldwide globally
        alone apiece respectively there here it they them he she we you be been being will would
        can could may might should do does did said says say without within against via parent owner
        including despite toward towards among between beyond like unlike except amid
        because although though unless whereas until
        """
    )
)
_PEOPLE_NOUNS = frozenset(
    word_list(
        """
        active actives users uniques people peoples members subscribers customers players
        accounts listeners viewers readers visitors participants attendees followers gamers
        travellers travelers shoppers fans patients payers buyers sellers bettors drivers
        riders
        """
    )
)


def _fits(metric_unit: str, unit: str) -> bool:
    """Can a number in `unit` state a metric measured in `metric_unit`? A percentage can
    state a share or change of anything; counts and money do not mix."""
    if unit in ("percent", "percentage_point", "basis_point"):
        return True
    return _same_kind(metric_unit, unit)


# The synonyms whose metric a number in a unit can state, per vocabulary and unit: the
# loops below run for every number, the unit test once. The vocabulary is kept in the
# value so that an id is never reused for another one while cached.
_FITTING: dict[tuple[int, str], tuple[Vocabulary, list[tuple[str, Metric]]]] = {}


def _fitting(vocabulary: Vocabulary, unit: str) -> list[tuple[str, Metric]]:
    key = (id(vocabulary), unit)
    hit = _FITTING.get(key)
    if hit is None or hit[0] is not vocabulary:
        pairs = [(s, m) for s, m in vocabulary.synonym_pairs if _fits(m.unit, unit)]
        hit = _FITTING[key] = (vocabulary, pairs)
    return hit[1]


def _metric_after(
    text: str, start: int, limit: int, vocabulary: Vocabulary, unit: str = "count"
) -> tuple[str | None, int, int]:
    """The vocabulary metric whose synonym starts soonest after `start`, and where its
    synonym starts and ends."""
    window = text[start:limit].casefold()
    best: tuple[int, int, str] | None = None
    for synonym, metric in _fitting(vocabulary, unit):
        at = _find_word(window, synonym)
        if at is not None and (
            best is None or at < best[0] or (at == best[0] and len(synonym) > best[1])
        ):
            best = (at, len(synonym), metric.name)
    if best is None:
        return None, start, start
    return best[2], start + best[0], start + best[0] + best[1]


def _is_word_at(window: str, at: int, length: int) -> bool:
    # ("self-employed advisers" are no employees: a hyphen joins a word before)
    before_ok = at == 0 or not (window[at - 1].isalnum() or window[at - 1] == "-")
    after = at + length
    return before_ok and (after >= len(window) or not window[after].isalnum())


def _find_word(window: str, phrase: str) -> int | None:
    at = window.find(phrase)
    while at != -1:
        if _is_word_at(window, at, len(phrase)):
            return at
        at = window.find(phrase, at + 1)
    return None


def _metric_before(
    text: str, start: int, end: int, vocabulary: Vocabulary, unit: str = "count"
) -> tuple[str | None, int]:
    """The vocabulary metric named last in text[start:end], and where its synonym starts."""
    window = text[start:end].casefold()
    best: tuple[int, int, str] | None = None
    for synonym, metric in _fitting(vocabulary, unit):
        at = window.rfind(synonym)
        while at != -1 and not _is_word_at(window, at, len(synonym)):
            at = window.rfind(synonym, 0, at)
        # the synonym ending last, the longest of those ("operating profit", not "profit")
        if at != -1 and (best is None or (at + len(synonym), -at) > (best[0], -best[1])):
            best = (at + len(synonym), at, metric.name)
    if best is None:
        return None, end
    return best[2], start + best[1]


def _slug(words: list[str]) -> str:
    return "_".join(re.sub(r"[^a-z0-9]+", "_", w.lower()).strip("_") for w in words)


_FRONTED_WINDOW = re.compile(r"\s*(?:each|every)\s+(day|month)\s*,?\s*", re.I)
_NOUN_THEN_PREPOSITION = re.compile(
    # ("256 million links every month for its customers")
    r"\s*[a-z][\w-]*\s+(?:(?:every|each|a|per)\s+(?:day|week|month|quarter|year)\s+|"
    r"(?:daily|weekly|monthly|yearly|annually)\s+)?"
    r"(?:for|to|from|by|with)\s"
)
_DETERMINERS = frozenset(("their", "its", "the", "his", "her", "our", "your"))


def _noun_after(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """A slug of the noun phrase a number counts when the vocabulary has no name for it,
    and the period a leading rate adjective gives it ("annual meeting minutes").

    Without a tagger: up to three words up to the first function word;
    "1.8 million vehicles last year" -> vehicles; "$42 and have since" -> none.
    """
    # "18 pay-per-view and special events": two describing words share one noun, which is
    # what is counted
    shared = _SHARED_NOUN.match(text, start, end)
    if shared:
        start = shared.end()
    m = _NOUN_WORDS.match(text, start, end)
    if not m:
        return None, None
    words: list[str] = []
    tokens = text[m.start(1) : end].split()
    for i, word in enumerate(m.group(1).split()):
        if word.lower() in _STOP_NOUNS or (words and word.lower() in RATE_ADJECTIVES):
            break  # (after the noun, "daily" is its rate: "20 million answers daily")
        # "5 million hosts share their homes": a word before a determiner is a verb
        if words and i + 1 < len(tokens) and tokens[i + 1].lower() in _DETERMINERS:
            break
        words.append(word)
    period = None
    rate = words[0].lower() if len(words) > 1 else ""
    people = any(w.lower() in _PEOPLE_NOUNS for w in words[1:])
    if rate in RATE_ADJECTIVES and not people:
        # "31 million daily rides", "4,000 daily departures"; not "daily active users"
        period = RATE_ADJECTIVES[rate]
        words = words[1:]
    if not words:
        return None, None
    return _slug(words), period


_OF_THEM_AFTER = re.compile(r"[^\S\n]+of[^\S\n]+them\b")
_PLURAL_NOUN = re.compile(r"\b([a-z][a-z-]{2,}s)\b")
# words ending in "s" that are no plural nouns, or count nothing a firm has
_NOT_PLURAL_NOUNS = frozenset(
    [
        "its", "has", "was", "is", "this", "thus", "us", "as", "does", "goes", "makes",
        "sells", "runs", "says", "plus", "less", "unless", "across", "perhaps", "always",
        "series", "news", "means", "process", "business", "ones", "others", "years",
        "months", "days", "weeks", "hours", "minutes", "times", "decades"
    ]
)
# what software is made of ("Python microservices, about 140 of them"): a system's size
_SYSTEM_PLURALS = frozenset(
    [
        "microservices", "services", "models", "rules", "scripts", "apps", "pipelines",
        "repositories", "tests", "servers", "nodes", "jobs", "notebooks", "dashboards",
        "tables", "features", "modules", "packages", "libraries", "bots", "algorithms",
        "connectors", "apis", "endpoints", "containers", "clusters"
    ]
)
_SUBORDINATOR = re.compile(r"\s(?:so\s+that|because|whereby|in\s+order\s+that)\s")


def _clause_start(text: str, sentence: Span, position: int) -> int:
    """Start of the clause a number stands in, for looking back at its metric."""
    cut = max(text.rfind(c, sentence.start, position) for c in ",;:") + 1
    for m in _CLAUSE_END.finditer(text, max(cut, sentence.start), position):
        cut = max(cut, m.start() + 1)  # "... active listings and has welcomed 1.5 billion"
    # "batches engraving jobs so that one laser can work through 40 plates": a clause of
    # purpose or cause counts its own noun
    for m in _SUBORDINATOR.finditer(text, max(cut, sentence.start), position):
        cut = max(cut, m.end())
    # "... 300 million reviews and employing about 900 people"
    for m in _AND_GERUND.finditer(text, max(cut, sentence.start), position):
        if _DIGIT.search(text, max(cut, sentence.start), m.start()):  # after a number
            cut = max(cut, m.start() + 1)
    if cut > sentence.start and text[cut - 1] == "," and not text[cut:position].strip():
        # a number in apposition names the noun before it: "its first annual profit,
        # £15.4 million, ..."
        return _clause_start(text, sentence, cut - 1)
    return max(sentence.start, cut, position - METRIC_WINDOW_BEFORE)


_BASE_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+([a-z]+)\s+base\s+(?:(?:grew|rose|climbed|reached|stood|"
    r"expanded|increased|jumped)\s+)?(?:to\s+|at\s+|of\s+|by\s+)?$"
)
_SOLD_FOR = re.compile(
    r"\bsold\s+(?:products|goods|merchandise|items|cars|vehicles|devices|phones|tickets)\s+"
    r"for\s+$"
)
_SOLD_WORTH_OF = re.compile(r"\s+worth\s+of\b")
_SOLD_BEFORE = re.compile(r"\b(?:sold|sells|sell|selling)\s+(?:about\s+|around\s+|some\s+)?$")
_SELLERS = re.compile(r"\b(?:merchants|sellers|vendors|makers|hosts|creators|shops)\b", re.I)
_HELD_IN = re.compile(
    r"\s+in\s+(?:customer\s+|total\s+|pawn\s+)?(deposits|loans|assets|investments|savings|reserves|cash(?![\s-]+back))\b",
    re.I,
)


# "ended September with $938 million in cash": what it holds, not what it paid
_CASH_HELD_BEFORE = re.compile(
    r"\b(?:with|holds?|held|had|has|have|sits\s+on|sat\s+on)\s+(?:[a-z]+\s+){0,2}$"
)
_USE_IT_IN_WINDOW = re.compile(
    r"\s+(?:use|open|visit|play)\s+(?:it|the\s+app|the\s+site|the\s+service|its\s+apps?)\s+"
    r"(?:(daily|weekly|monthly)|(?:every|each|a|per)\s+(day|week|month))\b"
)
_TEAM_OF_BEFORE = re.compile(r"\b(?:a|its|their|the)\s+team\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)
# ("with a team of 85." counts its people too)
# ("a team of about 90 and says": the clause ends after it)
_TEAM_PEOPLE_AFTER = re.compile(r"\s+(?:people|staff)\b|(?=[,.;:)])|(?=\s+(?:and|but|who|that)\s)")
_PAYROLL_AFTER = re.compile(
    r"\s+(?:people|staff|workers|employees)\s+(?:on\s+(?:its|the|their)\s+(?:global\s+)?payrolls?|"
    # "About 18,400 people work for Trumpf"
    # ("around 130 people work there today")
    r"(?:now\s+)?work(?:ed)?\s+(?:for|at|there))\b"
)


def _named(
    known: Metric | None, fallback: str, end: int
) -> tuple[str | None, str | None, int, bool]:
    """metric_for's answer for a measure named in the text: the vocabulary's name for it
    when it has one, else the text's own slug; no period."""
    return (known.name if known else fallback), None, end, known is not None


_TIMES_AFTER = re.compile(r"\s+times\b")
_VALUED_AT_BEFORE = re.compile(
    r"\bvalu(?:ed|ing|es)\s+(?:[^\s.;]+\s+){1,5}?at\s+(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|some\s+|an\s+estimated\s+)?$"
)
_MONEY_DONE = {
    "pledged": "pledges", "raised": "funds_raised", "donated": "donations",
    "invested": "investments", "lent": "loans", "loaned": "loans", "paid": "payouts",
    "processed": "payment_volume", "spent": "spending",
}
_MONEY_DONE_AFTER = re.compile(
    rf"\s+(?:has|have|had|was|were)\s+(?:now\s+|so\s+far\s+|already\s+)?been\s+"
    rf"({'|'.join(_MONEY_DONE)})\b(?:\s+out)?",
    re.I,
)
_THROUGH_ITS_PLATFORM = re.compile(
    r"(?:\s+(?:a|per|each|every)\s+(?:day|week|month|quarter|year))?\s+(?:through|via)\s+"
    r"(?:it\b|(?:its|their)\s+(?:[\w-]+\s+)?(?:platform|platforms|system|software|app|service)\b)"
)
_ROUND_AFTER = re.compile(
    r"\s+(?:(?:funding|financing|investment|seed|venture|equity|growth)\s+)?(?:round|Series\s+[A-H])\b"
    # "A $72 million investment led by Bezos Expeditions"
    r"|\s+(?:investment|funding|financing)(?=\s+(?:was\s+)?(?:led|co-led)\s+by\b)",
    re.I,
)
# (the parser's span holds "more than", "upwards of"; not "a further")
_RAISED_BEFORE = re.compile(
    r"\brais(?:ed|ing)\s+(?:a\s+further\s+|another\s+|an\s+additional\s+)?$", re.I
)
_DONE_TIMES = {
    "downloaded": "downloads", "installed": "downloads", "streamed": "streams",
    "viewed": "views", "watched": "views", "played": "plays",
}
_DONE_TIMES_BEFORE = re.compile(
    rf"\b({'|'.join(_DONE_TIMES)})\b[^.;:]{{0,40}}$", re.I
)


def metric_for(
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
    found = _metric_for(text, sentence, q, start, end, limit, vocabulary, previous)
    if found[0] is None and q.unit == "count":
        # "has sold more than 1 billion of them", "it has nearly 800 of them working": what
        # the plural noun named before counts, when nothing else names it
        them = _OF_THEM_AFTER.match(text, number_end(q, start))
        if them:
            named = [
                m.group(1)
                for m in _PLURAL_NOUN.finditer(text, max(0, sentence.start - 200), start)
                if m.group(1).lower() not in _NOT_PLURAL_NOUNS
            ]
            if not named or named[-1].lower() not in _SYSTEM_PLURALS:
                return (_slug(named[-1:]) if named else "units"), None, them.end(), False
    if found[0] is None and q.unit in quantities.CURRENCIES:
        written = q.surface[q.number_end - q.start :]
        if quantities.is_currency_word(written):
            # "earning 233 billion won", "a profit, of 2.29 billion rupees": a sum named by
            # nothing but its currency is still money the sentence counts
            return _slug(written.split()), None, end, False
    return found


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
    # The counted noun stands in the number's own clause: "50,000 connectors worldwide
    # and employs 140,000 people" -> connectors, not employees.
    boundary = _CLAUSE_END.search(text, end, limit) or _AND_GERUND.search(text, end, limit)
    if boundary:
        limit = boundary.start()
    # "- Monthly users: 2 billion+", "Revenue (2023): $33.7 billion": a fact sheet's label
    label = _LABEL_BEFORE.fullmatch(text, sentence.start, start)
    label_name, label_period = label_metric(label.group(1), vocabulary) if label else (None, None)
    if label and not (
        # "Netflix: 260 million subscribers": a name for a label, the measure after it
        label_name is not None
        and vocabulary.metric(label_name) is None
        and _metric_after(text, start, limit, vocabulary, q.unit)[0] is not None
    ):
        # "Listeners: around 76 million a month": actives named by their window
        active = label_name and _active_in_window(
            text, label_name, number_end(q, start), sentence.end
        )
        return (active, "", end, True) if active else (label_name, label_period, end, True)
    digits_end = number_end(q, start)
    # "its games have been downloaded more than 5 billion times": downloads, counted
    if q.unit == "count" and (times := _TIMES_AFTER.match(text, digits_end)) and (
        verb := _DONE_TIMES_BEFORE.search(text, max(sentence.start, start - 60), start)
    ):
        name = _DONE_TIMES[verb.group(1).lower()]
        return _named(vocabulary.metric_for_phrase(name), name, times.end())
    if q.unit in quantities.CURRENCIES:
        # "Investors valued Harvey at $5 billion", "a deal that valued it at $12.5 billion"
        if _VALUED_AT_BEFORE.search(text, max(sentence.start, start - 80), start):
            return _named(vocabulary.metric_for_phrase("valuation"), "market_capitalization", end)
        # "More than $8 billion has been pledged on it": money it moved, named by the verb
        if done := _MONEY_DONE_AFTER.match(text, digits_end):
            name = _MONEY_DONE[done.group(1).lower()]
            return _named(vocabulary.metric_for_phrase(name.replace("_", " ")), name, done.end())
        # "a $160 million round", "a $400 million Series C": money a funding round raised
        # ("has raised more than $800 million since 2009": the same, named by the verb)
        rnd = _ROUND_AFTER.match(text, digits_end)
        if rnd or _RAISED_BEFORE.search(text, max(sentence.start, start - 30), start):
            name = "funding_raised"
            known = vocabulary.metric_for_phrase("funding raised")
            return _named(known, name, rnd.end() if rnd else end)
        # "its customers bill $16 billion a year through its platform": money that passes
        # through the business, its payment volume
        if through := _THROUGH_ITS_PLATFORM.match(text, digits_end):
            name = "total_payment_volume"
            return _named(vocabulary.metric_for_phrase("payment volume"), name, through.end())
    # "a 62% share of the domestic market", "27% of the UK grocery market"
    if q.unit == "percent" and (
        _MARKET_SHARE_AFTER.match(text, end, sentence.end)
        # "Its share of the global PC market stood at 23.5%"
        or _MARKET_SHARE_BEFORE.search(text, max(sentence.start, start - 80), start)
    ):
        return "market_share", None, end, True
    # "83 million use it monthly": people active in a window, the noun left out
    use = _USE_IT_IN_WINDOW.match(text, number_end(q, start)) if q.unit == "count" else None
    if use:
        window = next(g for g in use.groups() if g).lower()
        window = WINDOW_ADJECTIVES.get(window, window)
        name = f"{window}_active_users"
        return _named(vocabulary.metric_for_phrase(name.replace("_", " ")), name, use.end())
    # "has about 33,000 people on its payroll", "18,400 people work for it": its staff
    payroll = _PAYROLL_AFTER.match(text, number_end(q, start)) if q.unit == "count" else None
    if payroll is None and q.unit == "count" and _TEAM_OF_BEFORE.search(
        text, max(sentence.start, start - 30), start
    ):
        # "with a team of about 40 people": its staff
        payroll = _TEAM_PEOPLE_AFTER.match(text, number_end(q, start))
    if payroll:
        return _named(vocabulary.metric_for_phrase("employees"), "employees", payroll.end())
    worth = _SOLD_WORTH_OF.match(text, number_end(q, start))
    if (
        worth
        and q.unit in quantities.CURRENCIES
        and _SOLD_BEFORE.search(text, max(sentence.start, start - 30), start)
    ):
        # "sold £9.1 billion worth of shots last year": its sales; what its merchants
        # sold ("Merchants on the platform sold $235.9 billion worth of goods") passed
        # through it
        sellers = _SELLERS.search(text, max(sentence.start, start - 60), start)
        phrase = "gross merchandise volume" if sellers else "revenue"
        return _named(vocabulary.metric_for_phrase(phrase), phrase, worth.end())
    # The parser's span may already hold the counted noun ("14 million rides per month"),
    # so the metric is looked for from the number on.
    metric, synonym_start, metric_end = _metric_after(text, start, limit, vocabulary, q.unit)
    if metric is not None and _NOUN_THEN_PREPOSITION.match(
        text[number_end(q, start) : synonym_start]
    ):
        metric = None  # "22.3 million packages for customers": the noun it counts comes first
    if metric is not None:
        active = _active_in_window(text, metric, number_end(q, start), sentence.end)
        if active:
            return active, "", metric_end, True
        period = period_after(text, metric_end, sentence.end)
        # "$39 billion in quarterly revenue": a rate adjective inside the metric's words
        adjective = _ADJECTIVE_IN_METRIC.search(text[end:metric_end])
        if period is None and adjective and is_flow(vocabulary, metric) and q.unit != "percent":
            period = RATE_ADJECTIVES[adjective.group(1).lower()]
        return metric, period, metric_end, True
    money = q.unit in quantities.CURRENCIES
    base = (
        _BASE_BEFORE.search(text, max(sentence.start, start - 50), start)
        if q.unit == "count"
        else None
    )
    if base:
        # "grew its subscriber base to 470 million", "Its seller base crossed 1.4 million"
        phrase = base.group(1).lower() + "s"
        return _named(vocabulary.metric_for_phrase(phrase), phrase, end)
    if money and _SOLD_FOR.search(text, max(sentence.start, start - 40), start):
        # "It sold products for €41.18 billion in 2023": its sales
        return _named(vocabulary.metric_for_phrase("revenue"), "revenue", end)
    held = _HELD_IN.match(text, number_end(q, start)) if money else None
    if held and held.group(1).lower() == "cash" and not _CASH_HELD_BEFORE.search(
        text, max(sentence.start, start - 30), start
    ):
        held = None  # "collected $2.2 billion in cash", "paid $28 billion in cash for"
    if held:
        # "the bank holds R$ 80 billion in deposits": what the money is, named after it
        held_as = held.group(1).lower()
        if held_as == "cash":  # the vocabulary's name for it
            return _named(vocabulary.metric_for_phrase("cash on hand"), "cash", held.end())
        return held_as, None, held.end(), False
    clause = _clause_start(text, sentence, start)
    metric, synonym_at = _metric_before(text, clause, start, vocabulary, q.unit)
    counted, _ = _noun_after(text, number_end(q, start), limit)
    if (
        metric is not None
        and q.unit == "count"
        and counted
        and _COUNTED_BEFORE.search(text, clause, synonym_at)
    ):
        # "150 million monthly active users and 19 million active servers": the measure
        # before counts an earlier number; this one counts its own noun
        metric = None
    if metric is not None and q.unit == "count" and counted and _DOER_THEN_ACTION.match(
        text, synonym_at, start
    ):
        # "Every day its members make 1.6 billion swipes": what the members do is counted
        metric = None
    opener = text.rfind(",", sentence.start, clause - 1)
    if metric is None and opener != -1 and _VERB_ONLY.fullmatch(text, clause, start):
        # "Revenue per available room, the industry's main measure, rose 14.9%": the
        # subject stands before the appositive
        head = max(sentence.start, text.rfind(",", sentence.start, opener) + 1)
        metric, synonym_at = _metric_before(text, head, opener, vocabulary, q.unit)
    if metric is not None:
        adjective = RATE_ADJECTIVE_NEAR.search(text, max(clause, synonym_at - 40), synonym_at)
        period = None
        flow = is_flow(vocabulary, metric)
        if adjective and flow and q.unit != "percent":
            period = RATE_ADJECTIVES[adjective.group(1).lower()]
        period = (
            period
            or period_after(text, end, sentence.end)
            or (rate_after_phrase(text, end, sentence.end) if flow else None)
        )
        return metric, period, end, True
    # "Its assets under administration crossed £1.8bn": the verb the number's words open on
    lead = _LEADING_VERB.match(q.surface)
    subject = (
        # ("Twitch's number of active viewers is": what is numbered, not "number")
        _NUMBER_OF_METRIC.search(text, clause, start)
        or _SUBJECT_METRIC.search(text, clause, start + (lead.end() if lead else 0))
        # ("Stride said that enrolments reached": what was said, not who said it)
        or _REPORTED_METRIC.search(text, clause, start)
        or _PLAIN_SUBJECT_METRIC.match(text[clause:start])
        or _CHANGED_OBJECT_METRIC.search(text, clause, start)
    )
    known_subject = subject and vocabulary.metric_for_phrase(subject.group(1))
    if known_subject and not _fits(known_subject.unit, q.unit):
        subject = None  # "Its customers moved £118 billion": not a count of customers
    if subject and not any(w.lower() in _STOP_NOUNS for w in subject.group(1).split()):
        words = subject.group(1).split()
        known = vocabulary.metric_for_phrase(" ".join(words))
        # "NASA's annual budget is about $25 billion": money a rate adjective times
        rate = RATE_ADJECTIVES.get(words[0].lower()) if len(words) > 1 else None
        if rate and known is None and q.unit in quantities.CURRENCIES:
            return _slug(words[1:]), rate, end, False
        if rate and known is None and q.unit != "percent" and _OUTPUT_NOUN.fullmatch(words[-1]):
            # "quarterly production slipped to 641,000 carats": the quarter's output (not
            # "daily meeting participants jumped to 300 million", a level of each day)
            return _slug(words[1:]), rate, end, True
        if subject.re is _NUMBER_OF_METRIC:
            # "the number of" says a measure follows, known to the vocabulary or not; a
            # window before it times what was done ("Twitch's yearly number of minutes
            # watched is over 1.3 trillion"), not who is active in it ("daily number of
            # users")
            window = re.search(r"(\w+)\s+number\s+of\s", subject.group())
            rate = RATE_ADJECTIVES.get(window.group(1).lower()) if window else None
            done = known.kind == "flow" if known else words[-1].endswith("ed")
            period = rate if done else None
            return (known.name if known else _slug(words)), period, end, True
        return _named(known, _slug(words), end)
    noun, period = _noun_after(text, number_end(q, start), limit)
    if noun in _CHANGE_NOUNS:
        # "a 50% increase in call and data tariffs": the measure follows "in"
        measure = _CHANGE_OF.match(text, number_end(q, start), limit)
        if measure:
            words = [w for w in measure.group(1).split() if w.lower() not in _STOP_NOUNS]
            known = vocabulary.metric_for_phrase(" ".join(words).lower())
            return _named(known, _slug(words[-1:]), end)
        if previous is not None:  # "..., a 26% jump"
            return previous[0].removesuffix("_change"), None, end, False
    if noun is not None:
        # "150 million people use it every month" is how monthly active users are said
        # ("Each month 465 million people use Pinterest": the window may come first)
        fronted = _FRONTED_WINDOW.fullmatch(text, sentence.start, start)
        rate = (
            q.period
            or period_in(text, end, _clause_end(text, end, sentence.end))
            or (PERIOD_WORDS[fronted.group(1).lower()] if fronted else None)
        )
        if rate in ("per_month", "per_day") and noun.split("_")[0] in ("people", "users"):
            name = "monthly_active_users" if rate == "per_month" else "daily_active_users"
            return name, "", end, True
        # "7 million streamers go live every month", "19 million active servers each week":
        # how many are active in a window, a level named by it
        active = _active_in_window(text, noun, number_end(q, start), sentence.end)
        if active:
            return active, "", end, False
        # "16 million shipments each business day"
        rate = RATE_AFTER_NOUN.match(text, number_end(q, start), limit)
        if period is None and rate:
            period = PERIOD_WORDS[(rate.group(1) or rate.group(2)).lower()]
        if period is None:
            # (past the clause boundary "and games" looked like: the phrase is strict)
            period = rate_after_phrase(text, number_end(q, start), sentence.end)
        return noun, period, end, False
    # "..., up 13%", "up from 10 million", "$90.8 billion of that": the measure of the
    # previous claim in the sentence (a change in percent goes with any measure; money
    # does not go with a count's change: "cut 50 jobs ... and lost $237 million").
    if previous is not None and (
        _same_kind(previous[1], q.unit)
        or q.unit in ("percent", "percentage_point", "basis_point")
        or (previous[2] and _fits(_metric_unit(vocabulary, previous[0], q.unit), q.unit))
        # "were 77m euros, up from 38m in the same period": the sum again, its currency
        # left to the reader
        or (
            q.unit == "count"
            and not _same_kind(previous[1], "count")
            and q.value >= 1e6
            and _COMPARED_FROM.search(text, max(clause, start - 20), start) is not None
        )
    ):
        return previous[0].removesuffix("_change"), None, end, False
    if q.unit not in ("count", "percent", "percentage_point", "basis_point"):
        worth = _WORTH_BEFORE.search(text, clause, start)
        if worth and worth.group(1).lower() not in _STOP_NOUNS:
            # "processed transactions worth $272 billion": the value of what is counted;
            # "sold tickets worth £5.3 billion": sales
            noun = worth.group(1).lower().removesuffix("s")
            sold = re.search(r"\bsold\s+$", text[max(clause, worth.start() - 10) : worth.start()])
            return f"{noun}_{'sales' if sold else 'value'}", None, end, False
        # the parser's span may hold the verb as a bound: "ARR crossed £11m"
        amount = _AMOUNT_START.search(text, start, end)
        verb = _VERB_BEFORE.search(text, clause, amount.start() if amount else start)
        if verb:  # "paid out roughly EUR 4.5 billion", "saves the company $1 billion"
            name = "net_loss" if verb.group(1) == "lost" else _slug(verb.group(1).split())
            return name, None, end, False
    if q.unit in quantities.CURRENCIES and q.value >= 1e6:
        # "reported bookings of $3.5 billion": the amount a noun names (smaller amounts
        # are prices and pay: "a flat brokerage of Rs 20")
        of = _NOUN_OF_AMOUNT.search(text, clause, start)
        words = of.group(1).split() if of else []
        while words and words[0].lower() in _STOP_NOUNS:
            words = words[1:]  # "and bookings of"
        if words and not any(w.lower() in _STOP_NOUNS for w in words):
            return _slug(words), None, end, False
        # "moving about £145 billion across borders": what the business moves or handles
        moving = _MOVING_BEFORE.search(text, clause, start)
        if moving:
            return _MOVED[moving.group(1).lower()], None, end, False
    return None, None, end, False


_MOVED = {
    "mov": "moved_volume", "process": "processed_volume", "handl": "handled_volume",
    "transfer": "transfer_volume", "send": "sent_volume", "settl": "settled_volume",
}
_MOVING_BEFORE = re.compile(
    rf"\b(mov|process|handl|transfer|send|settl)(?:ing|es|ed|s|e)?\s+{HEDGE}$", re.I
)


_NOUN_OF_AMOUNT = re.compile(r"\b([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+of\s+$")


_ADJECTIVE_IN_METRIC = re.compile(
    r"\b(daily|weekly|monthly|quarterly|annual|annually|yearly)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*\s*$",
    re.I,
)
# (not a number inside a name: "Acme8 employs", "8x8 employs", "2U employs")
_COUNTED_BEFORE = re.compile(
    r"(?<!\w)" + NUMBER_TOKEN.pattern + r"(?![a-z])\s*(?:[a-z-]+\s+){0,2}$", re.I
)


# What a business turns out over a window ("annual production capacity")
_OUTPUT_NOUN = re.compile(rf"(?:{OUTPUT_NOUNS}|capacity|volumes?)", re.I)


_LABEL_BEFORE = re.compile(
    r"[^\S\n]*(?:[-*•–][^\S\n]+)?([A-Za-z][A-Za-z -]{1,40}?(?:[^\S\n]*\([^)\n]{1,20}\))?)"
    r"[^\S\n]*:[^\S\n]*"
    r"(?:~|approx\.?[^\S\n]*|about[^\S\n]+|around[^\S\n]+|roughly[^\S\n]+|over[^\S\n]+|"
    r"more[^\S\n]+than[^\S\n]+|nearly[^\S\n]+|almost[^\S\n]+)?",
    re.I,
)
# Labels that hold dates, prices or ranks, not a measure of scale.
_NOT_MEASURE_LABELS = frozenset(
    word_list(
        """
        founded launched since year established started owner headquarters hq price
        prices cost costs fee fees commission rank ranking version ceo
        """
    )
)


def label_metric(label: str, vocabulary: Vocabulary) -> tuple[str | None, str | None]:
    """The metric a fact sheet's label or a table's column header names ("Monthly users",
    "Revenue (2023)", "Employees"), and the period it states: a rate adjective, or a year
    for a flow ("Revenue 2023" is that year's revenue)."""
    # "Revenue last year", "Revenue (2023)": the window is the year
    year = re.search(r"\b(?:19|20)\d\d\b|\b(?:last|this)\s+year\b", label, re.I)
    label = re.sub(r"\b(?:last|this)\s+year\b", "", label, flags=re.I)
    words = re.findall(r"[A-Za-z][\w-]*", label.lower())
    words = [w for w in words if w not in ("fy", "approx", "approximately", "est", "estimated")]
    if not words or words[0] in _NOT_MEASURE_LABELS or words[-1] in _NOT_MEASURE_LABELS:
        return None, None
    rate = RATE_ADJECTIVES.get(words[0]) if len(words) > 1 else None
    known = vocabulary.metric_for_phrase(" ".join(words))
    if known is None and rate:
        known = vocabulary.metric_for_phrase(" ".join(words[1:]))
        if known is not None and known.kind != "flow":
            known = vocabulary.metric_for_phrase(" ".join(words))
    name = known.name if known else _slug(words[1:] if rate else words)
    if known is not None and known.kind != "flow":
        return name, ""
    return name, rate or ("per_year" if year else None)


_NEXT_FIGURE = re.compile(r"\d|\s(?:and|but)\s")


def _active_in_window(text: str, noun: str, after: int, sentence_end: int) -> str | None:
    """ "7 million streamers go live every month", "19 million active servers each week":
    how many are active in a window is a level named by it, not a rate. `after` is where
    the number ends; the window must follow before another number or clause."""
    word = next(
        (
            w
            for w in reversed(noun.split("_"))
            # "100 million Brazilians every day": people of a country
            if w in _ACTIVE_NOUNS or (w.endswith(("ians", "ans")) and len(w) > 6)
        ),
        "",
    )
    stop = _clause_end(text, after, sentence_end)
    other = _NEXT_FIGURE.search(text, after, stop)
    every = _EVERY.search(text, after, other.start() if other else stop)
    if not every or not word:
        return None
    if _NEW_AFTER.match(text, after) or _JOINING.search(text, after, every.start()):
        return None  # "1,700 new sellers joined every day": additions, a flow per day
    word_of_window = next(g for g in every.groups() if g).lower()
    window = WINDOW_ADJECTIVES.get(
        word_of_window, word_of_window
    )
    return noun if noun.startswith(window) else f"{window}_active_{word}"


_NEW_AFTER = re.compile(r"\s+new\b")
_JOINING = re.compile(r"\b(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+up|register(?:s|ed)?)\b")
_EVERY = re.compile(
    r"\b(?:(?:every|each)\s+(day|week|month|quarter)|(?:a|per)\s+(week|month)|"
    r"(daily|weekly|monthly))\b",
    re.I,
)
_ACTIVE_NOUNS = _PEOPLE_NOUNS | frozenset(
    word_list(
        "streamers creators servers sellers merchants hosts learners students developers devices "
        "retailers"
    )
)
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
_MARKET_SHARE_BEFORE = re.compile(
    r"\bshare\s+of\s+(?:the|its|their)\s+(?:[\w.-]+\s+){0,3}?market\s+"
    r"(?:(?:stood|was|is|reached|rose|fell|hit|grew|climbed|slipped|dropped)\s+(?:(?:at|to)\s+)?"
    r"|(?:at|to)\s+)$",
    re.I,
)
_CHANGE_NOUNS = frozenset(
    word_list("jump rise increase gain surge growth drop decline fall decrease slump climb")
)


def _clause_end(text: str, start: int, end: int) -> int:
    m = _CLAUSE_END.search(text, start, end)
    return m.start() if m else end


def number_end(q: quantities.Quantity, start: int) -> int:
    """Where `q`'s number ends in a text where `q` starts at `start` (its span may run on
    over the counted noun up to a rate: "100 billion messages a day"), past a bound
    written after it ("its 1,000 or so tenants", "500 or more stores")."""
    position = start + q.number_end - q.start
    after = _BOUND_AFTER_NUMBER.match(q.surface, q.number_end - q.start)
    if after is None and q.unit in quantities.CURRENCIES and quantities.is_currency_word(
        q.surface[q.number_end - q.start :]
    ):
        # "27.2m euros", "1.33bn Australian dollars": the currency is no counted noun
        return start + len(q.surface)
    return position + after.end() - after.start() if after else position


_BOUND_AFTER_NUMBER = re.compile(r"[^\S\n]+or[^\S\n]+(?:so|more|less|fewer)\b")


def _metric_unit(vocabulary: Vocabulary, metric: str, default: str) -> str:
    known = vocabulary.metric(metric.removesuffix("_change"))
    return known.unit if known else default


_COMPARED_FROM = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+with|against)\s+$", re.I)


def _same_kind(unit: str, other: str) -> bool:
    """Counts go with counts, money with money (any currency), percentages with percentages."""

    def kind(u: str) -> str:
        return u if u in ("count", "percent", "percentage_point", "basis_point") else "money"

    return kind(unit) == kind(other)
