"""The fact-check itself: every claim against the dated series of its entity and measure.

A verdict depends on time, so a claim is read against the whole series, not one value.
The rules, in the order they apply (DESIGN.md "Checks"):

* **Series.** Figures of the claim's entity whose metric is the claim's or declared
  comparable to it (`Vocabulary.comparable_metrics`), in the claim's unit. A figure whose
  definition says it counts *visitors* (or "not MAU") is traffic, not users, and never
  stands in for a user count. Figures dated after `today` are not known yet.
* **Periods.** A flow figure covering a window (day, week, month, quarter, year) is
  converted to the claim's period: month/quarter/year by whole months (a quarter is three
  months), anything else through days, using the real length of the figure's calendar
  window (a quarter ending 2020-03-31 has 91 days, one ending 2019-03-31 has 90; a year
  has 365 or 366). A flow claim without a period is compared with yearly totals only;
  a flow figure without a window is compared with no flow claim. Stocks are never converted.
* **Consistency** is `policy.is_consistent` on the claimed interval (`claim_interval`).
  A figure the source itself bounds ("over N", bound `gte`) is read like a claim: true
  value in [N, N * (1 + margin)]; it agrees with the claim when that range overlaps the
  claimed interval (tested by `is_consistent` on the overlap's nearest point). `approx`
  figures count as printed.
* **Timeline and vintage.** Points are ordered by the date they describe: `as_of` for
  stocks and daily averages, the middle of the window for longer flows (a yearly total is
  an average over the year, not a value at its last day). A *run* of consecutive
  consistent points is widened by linear interpolation to its inconsistent neighbours (the
  claim became true when the line between two dated points entered the interval); two
  neighbouring inconsistent points on either side of the interval imply a short run in
  between. Each run is an episode in which the claim was true; the vintage is the
  episode that decides the verdict.
* **Latest / at publication.** The latest figure is the one with the newest `as_of`; the
  figure current at publication has the newest `as_of` on or before the article date. Among
  figures sharing that date, one that agrees with the claim wins, else the one closest to
  the claim's period.
* **Verdicts.** accurate: consistent with the latest. outdated: consistent with the figure
  at publication (undated: with some episode before the latest). stale: inconsistent at
  publication, but an episode began before it. inaccurate: no episode, and the series
  covers the article's time. unverifiable: no entity / metric / comparable figure, or no
  episode in a series that ends before the article's time (or, undated, that stopped).
  A series whose latest figure is over `DISCONTINUED_AFTER_DAYS` older than `today` is
  reported as apparently discontinued in the explanation, whatever the verdict.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck import policy
from factcheck.schema import Check, Claim, Figure
from factcheck.vocabulary import Vocabulary

# A series whose newest figure is older than this (18 months: more than one annual cycle
# plus the time to publish it) has apparently stopped being reported.
DISCONTINUED_AFTER_DAYS = 548

# A figure whose publisher's definition says it is a visitors / traffic count, or says it is
# not MAU, measures something else than any user metric of the vocabulary.
_OTHER_MEASURE = re.compile(r"\bvisitors?\b|\bnot\s+(?:an?\s+)?MAUs?\b", re.IGNORECASE)

_MONTHS = {"month": 1, "quarter": 3, "year": 12}
_WINDOW_ORDER = ("day", "week", "month", "quarter", "year")
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|millions?|billions?|trillion|bn|mn|tn|[kmb])?(?![a-z])",
    re.IGNORECASE,
)


# ---------------------------------------------------------------- claimed interval


def _rounding_step(claim: Claim) -> float:
    """The precision the words state: '2.50 billion' -> 10 million, '33 million' -> 1 million."""
    for match in _NUMBER.finditer(claim.quote or ""):
        digits, word = match.groups()
        scale = _SCALES[word.lower()] if word else 1.0
        number = float(digits.replace(",", "")) * scale
        if math.isclose(number, claim.value, rel_tol=1e-9):
            decimals = len(digits.split(".")[1]) if "." in digits else 0
            return 10.0 ** -decimals * scale
    # No quote to read: the digits of the value itself (75000000 -> to the nearest million).
    value = abs(claim.value)
    if value < 1000 or value != int(value):
        return 1.0
    text = str(int(value))
    return 10.0 ** (len(text) - len(text.rstrip("0")))


def claim_interval(claim: Claim) -> tuple[float | None, float | None]:
    """The interval the words claim: the extractor's low/high, else rounding + comparator."""
    if claim.low is not None or claim.high is not None:
        return _clean(claim.low), _clean(claim.high)
    value = claim.value
    if claim.comparator == "gte":
        return value, None
    if claim.comparator == "lte":
        return None, value
    if claim.comparator == "approx":
        tol = policy.APPROX_TOLERANCE
        return value * (1 - tol), value * (1 + tol)
    half = _rounding_step(claim) / 2
    return value - half, value + half


def _clean(value: float | None) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


def _effective(low: float | None, high: float | None, margin: float) -> tuple[float, float]:
    """The claimed interval closed by the materiality margin (as `policy.is_consistent` does)."""
    lo = low if low is not None else (high / (1 + margin) if high is not None else -math.inf)
    hi = high if high is not None else (low * (1 + margin) if low is not None else math.inf)
    return lo, hi


# ---------------------------------------------------------------- periods


def _quarter_bounds(day: date) -> tuple[date, date]:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    last_month = first_month + 2
    end = date(day.year, last_month, calendar.monthrange(day.year, last_month)[1])
    return start, end


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def window_start(window: str, as_of: date) -> date:
    """First day of the window a flow figure ending `as_of` covers."""
    if window == "day":
        return as_of
    if window == "week":
        return as_of - timedelta(days=6)
    if window == "month":
        return as_of.replace(day=1)
    if window == "quarter":
        return _quarter_bounds(as_of)[0]
    if window == "year":
        return _year_before(as_of) + timedelta(days=1)
    raise ValueError(f"unknown window {window!r}; expected one of {', '.join(_WINDOW_ORDER)}")


def window_days(window: str, as_of: date) -> int:
    """Days in the window ending `as_of`: the calendar quarter / month, or 365/366 for a year."""
    if window == "quarter":
        start, end = _quarter_bounds(as_of)
        return (end - start).days + 1
    return (as_of - window_start(window, as_of)).days + 1


def _calendar_days(unit: str, on: date) -> int:
    """Days in the calendar day/week/month/quarter/year containing `on`."""
    if unit == "day":
        return 1
    if unit == "week":
        return 7
    if unit == "month":
        return calendar.monthrange(on.year, on.month)[1]
    if unit == "quarter":
        start, end = _quarter_bounds(on)
        return (end - start).days + 1
    if unit == "year":
        return 366 if calendar.isleap(on.year) else 365
    raise ValueError(f"unknown period unit {unit!r}")


def convert(value: float, window: str, as_of: date, period: str) -> float:
    """A flow figure over `window` ending `as_of`, expressed per `period` (e.g. 'per_day')."""
    target = period.removeprefix("per_")
    if target == window:
        return value
    if window in _MONTHS and target in _MONTHS:
        return value * _MONTHS[target] / _MONTHS[window]
    per_day = value / window_days(window, as_of)
    return per_day * _calendar_days(target, as_of)


def _timeline_date(figure: Figure) -> date:
    """The date a value describes: the middle of a flow's window, else `as_of`."""
    if not figure.period or figure.period == "day":
        return figure.as_of
    start = window_start(figure.period, figure.as_of)
    return start + (figure.as_of - start) / 2


# ---------------------------------------------------------------- series


@dataclass(frozen=True)
class Point:
    """One figure on the claim's timeline, its value in the claim's period."""

    figure: Figure
    value: float
    when: date
    preference: tuple
    consistent: bool


@dataclass(frozen=True)
class Episode:
    """A span in which the claim was true; `points` are the consistent figures inside it."""

    start: date
    end: date
    points: tuple[int, ...]
    evidence: date  # the earliest as_of that shows it (a crossing: its interpolated start)


def _words(metric: str) -> str:
    return metric.replace("_", " ")


def _select(
    claim: Claim, figures: Sequence[Figure], vocabulary: Vocabulary, today: date
) -> tuple[str | None, list[tuple[Figure, float]], str | None]:
    """(canonical entity, [(figure, value in claim period)], reason when there is none)."""
    if not claim.entity:
        return None, [], "no organisation was identified for the claim"
    entity = vocabulary.entity(claim.entity)
    if entity is None:
        return None, [], f"'{claim.entity}' is not an organisation in the vocabulary"
    name = entity.name
    if not claim.metric:
        return name, [], "the claim's measure was not recognised"
    if vocabulary.metric(claim.metric) is None:
        return name, [], f"'{claim.metric}' is not a measure in the vocabulary"
    own = [f for f in figures if f.entity == name and f.as_of <= today]
    if not own:
        return name, [], f"no reference figures are known for {name}"
    metrics = vocabulary.comparable_metrics(claim.metric)
    same = [f for f in own if f.metric in metrics and f.unit == claim.unit]
    if not same:
        return name, [], f"no reference figure for {name} {_words(claim.metric)} is known"
    same = [f for f in same if not _OTHER_MEASURE.search(f.definition or "")]
    if not same:
        return name, [], (
            f"the only {name} {_words(claim.metric)} figures count visitors, another measure"
        )
    kind = vocabulary.metric(claim.metric).kind
    out: list[tuple[Figure, float]] = []
    for f in same:
        if (f.period and f.period not in _WINDOW_ORDER) or math.isnan(f.value):
            continue  # a window we cannot measure in days, or no value
        if not f.period:
            if kind == "flow" and claim.period:
                continue  # a flow count over an unknown window cannot be put per period
            out.append((f, f.value))
        elif claim.period:
            out.append((f, convert(f.value, f.period, f.as_of, claim.period)))
        elif f.period == "year":
            out.append((f, f.value))
    if not out:
        series = f"{name} {_words(claim.metric)}"
        if claim.period:
            return name, [], f"no {series} figure can be put {claim.period.replace('_', ' ')}"
        windows = " / ".join(sorted({f.period or "no stated window" for f in same}))
        return name, [], (
            f"the claim states no period and {series} figures are per {windows}, not per year"
        )
    return name, out, None


def _figure_agrees(
    figure: Figure, value: float, low: float | None, high: float | None, margin: float
) -> bool:
    """Whether a figure agrees with the claimed interval; bounded figures by overlap."""
    if figure.bound not in ("gte", "lte"):
        return bool(policy.is_consistent(value, low, high, margin))
    lo_f, hi_f = (value, value * (1 + margin)) if figure.bound == "gte" else (
        value / (1 + margin), value
    )
    lo_c, _ = _effective(low, high, margin)
    nearest = min(max(lo_f, lo_c), hi_f)
    return bool(policy.is_consistent(nearest, low, high, margin))


def _points(
    pairs: list[tuple[Figure, float]], claim: Claim, low: float | None, high: float | None,
    margin: float,
) -> list[Point]:
    target = (claim.period or "per_year").removeprefix("per_")

    def preference(f: Figure) -> tuple:
        order = _WINDOW_ORDER.index(f.period) if f.period in _WINDOW_ORDER else -1
        return (f.period is not None and f.period != target, order, f.bound != "eq")

    points = [
        Point(f, v, _timeline_date(f), preference(f), _figure_agrees(f, v, low, high, margin))
        for f, v in pairs
    ]
    return sorted(points, key=lambda p: (p.when, p.preference))


def _at(points: list[Point], day: date | None) -> int | None:
    """Index of the figure current at `day` (None: the latest); agreeing figures win ties."""
    eligible = [i for i, p in enumerate(points) if day is None or p.figure.as_of <= day]
    if not eligible:
        return None
    newest = max(points[i].figure.as_of for i in eligible)
    tied = [i for i in eligible if points[i].figure.as_of == newest]
    return min(tied, key=lambda i: (not points[i].consistent, points[i].preference))


def _interpolate(d0: date, v0: float, d1: date, v1: float, target: float) -> date:
    """The date the straight line from (d0, v0) to (d1, v1) reaches `target`."""
    if d0 == d1 or v0 == v1:
        return d1
    t = min(max((target - v0) / (v1 - v0), 0.0), 1.0)
    return date.fromordinal(round(d0.toordinal() + t * (d1.toordinal() - d0.toordinal())))


def _edge(outside: Point, inside: Point, lo: float, hi: float) -> date:
    """Where the line from an inconsistent point crosses into the interval toward `inside`."""
    bound = lo if outside.value < lo else hi
    return _interpolate(outside.when, outside.value, inside.when, inside.value, bound)


def episodes(
    points: list[Point], low: float | None, high: float | None, margin: float
) -> list[Episode]:
    """The spans in which the claim was true, from runs of agreeing points and crossings."""
    lo, hi = _effective(low, high, margin)
    out: list[Episode] = []
    i = 0
    while i < len(points):
        if points[i].consistent:
            j = i
            while j + 1 < len(points) and points[j + 1].consistent:
                j += 1
            start = _edge(points[i - 1], points[i], lo, hi) if i > 0 else points[i].when
            end = _edge(points[j + 1], points[j], lo, hi) if j + 1 < len(points) else points[j].when
            first = min(p.figure.as_of for p in points[i : j + 1])
            out.append(Episode(start, end, tuple(range(i, j + 1)), first))
            i = j + 1
            continue
        if i + 1 < len(points) and not points[i + 1].consistent:
            a, b = points[i], points[i + 1]
            if (a.value < lo and b.value > hi) or (a.value > hi and b.value < lo):
                enter, leave = (lo, hi) if a.value < lo else (hi, lo)
                start = _interpolate(a.when, a.value, b.when, b.value, enter)
                end = _interpolate(a.when, a.value, b.when, b.value, leave)
                out.append(Episode(start, end, (), start))
        i += 1
    return out


# ---------------------------------------------------------------- wording


def human(value: float) -> str:
    """301630000 -> '301.63 million', 2.5e9 -> '2.5 billion', 13500 -> '13,500'."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{_trim(value / scale)} {word}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return _trim(value)


def _trim(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".")


def _term(figure: Figure) -> str:
    """The publisher's own term, without its caveats: 'Paid memberships at end of period' -> ..."""
    term = re.split(r"[(;,]", figure.definition or "", maxsplit=1)[0].strip()
    term = re.sub(r"\s+(?:at|as of)\s+(?:the\s+)?(?:end\s+of\s+)?period\b.*$", "", term, flags=re.I)
    if not term:
        return _words(figure.metric)
    first, rest = term.split(" ", 1) if " " in term else (term, "")
    # 'Paid memberships' reads mid-sentence as 'paid memberships'; 'MAUs', 'U.S. cities' stay.
    plain = first[1:].islower() and first[1:].isalpha() and rest == rest.lower()
    return term[:1].lower() + term[1:] if plain else term


def _figure_phrase(point: Point, period: str | None) -> str:
    f = point.figure
    bound = {"gte": "more than ", "lte": "at most ", "approx": "about "}.get(f.bound, "")
    text = f"{bound}{human(f.value)} {_term(f)}"
    if not f.period:
        text += f" at {f.as_of}"
    elif f.period == "day":
        text += ("" if "day" in text.lower() else " a day") + f" at {f.as_of}"
    else:
        text += f" in the {f.period} to {f.as_of}"
    if f.period and period and period.removeprefix("per_") != f.period:
        text += f" ({human(point.value)} {period.replace('_', ' ')})"
    return text


def _ratio(ratio: float) -> str:
    return f"{ratio:.0f}x" if ratio >= 10 else f"{ratio:.2g}x"


def _span(episode: Episode) -> str:
    if episode.start == episode.end:
        return f"around {episode.start}"
    return f"around {episode.start}–{episode.end}"


# ---------------------------------------------------------------- the check


def infer_earliest_date(
    claims: Sequence[Claim], figures: Sequence[Figure], vocabulary: Vocabulary,
    *, margin: float = policy.MATERIALITY_MARGIN, today: date | None = None,
) -> date | None:
    """The earliest date the article can have been written: it quotes all its numbers.

    Each claim can only have been written once the first figure it agrees with existed, so
    the article is no older than the newest of those dates (e.g. Facebook's 2.50 billion
    MAU, first true at 2019-12-31). Interpolated spans are not figures anyone could quote
    and do not count. None when no claim agrees with any figure.
    """
    today = today or date.today()
    earliest: list[date] = []
    for claim in claims:
        _, pairs, _ = _select(claim, figures, vocabulary, today)
        low, high = claim_interval(claim)
        points = _points(pairs, claim, low, high, margin)
        agreeing = [p.figure.as_of for p in points if p.consistent]
        if agreeing:
            earliest.append(min(agreeing))
    return max(earliest) if earliest else None


def compare(
    claims: Sequence[Claim],
    figures: Sequence[Figure],
    vocabulary: Vocabulary,
    *,
    published: date | None = None,
    today: date | None = None,
    margin: float = policy.MATERIALITY_MARGIN,
) -> list[Check]:
    """One check per claim, in claim order. `published` overrides the claims' own dates."""
    today = today or date.today()
    inferred: dict[str, date | None] = {}
    for article_id in dict.fromkeys(c.article_id for c in claims):
        own = [c for c in claims if c.article_id == article_id]
        inferred[article_id] = infer_earliest_date(
            own, figures, vocabulary, margin=margin, today=today
        )
    checks = []
    for claim in claims:
        when = published or claim.published
        checks.append(_check(
            claim, figures, vocabulary, published=when, today=today, margin=margin,
            inferred=None if when else inferred[claim.article_id],
        ))
    return checks


def _check(
    claim: Claim, figures: Sequence[Figure], vocabulary: Vocabulary, *, published: date | None,
    today: date, margin: float, inferred: date | None,
) -> Check:
    low, high = claim_interval(claim)
    entity, pairs, reason = _select(claim, figures, vocabulary, today)
    row = {
        "claim_id": claim.claim_id, "article_id": claim.article_id,
        "entity": entity or claim.entity, "metric": claim.metric, "quote": claim.quote,
        "claimed_value": claim.value, "comparator": claim.comparator,
        "claim_low": low, "claim_high": high, "period": claim.period,
        "published": published, "published_inferred": inferred,
    }
    empty = dict.fromkeys(
        ("pub_value", "pub_as_of", "pub_source_url", "pub_publisher", "latest_value",
         "latest_as_of", "latest_source_url", "latest_definition", "latest_publisher",
         "latest_bound", "ratio", "rel_diff", "in_interval",
         "vintage_start", "vintage_end")
    )
    if reason:
        return Check(**row, **empty, verdict="unverifiable",
                     explanation=f"Unverifiable: {reason}.")

    points = _points(pairs, claim, low, high, margin)
    spans = episodes(points, low, high, margin)
    latest_i = _at(points, None)
    pub_i = _at(points, published) if published else None
    latest, pub = points[latest_i], (points[pub_i] if pub_i is not None else None)
    stopped = (today - latest.figure.as_of).days > DISCONTINUED_AFTER_DAYS

    def episode_of(index: int) -> Episode | None:
        return next((e for e in spans if index in e.points), None)

    vintage: Episode | None = None
    latest_text = f"{entity} reported {_figure_phrase(latest, claim.period)} (latest)"
    ratio = latest.value / claim.value if claim.value else None
    versus = (
        f", {_ratio(ratio)} the claimed '{claim.quote}'" if ratio is not None
        else f", against the claimed '{claim.quote}'"
    )
    if latest.consistent:
        verdict, vintage = "accurate", episode_of(latest_i)
        detail = f", consistent with the claimed '{claim.quote}'"
    elif published and pub is not None and pub.consistent:
        verdict, vintage = "outdated", episode_of(pub_i)
        detail = versus + (
            f"; the claim matched {_figure_phrase(pub, claim.period)}, current at publication"
        )
    elif published and pub is not None:
        before = [e for e in spans if e.evidence <= published]
        covered = not stopped or latest.figure.as_of >= published
        at_pub = f"at publication the figure was {_figure_phrase(pub, claim.period)}"
        if before:
            verdict, vintage = "stale", before[-1]
            detail = versus + f"; {at_pub}, and the claim was true {_span(vintage)}"
        elif spans:
            verdict = "inaccurate"
            detail = versus + f"; {at_pub}, and the claim only matched later figures"
        elif covered:
            verdict = "inaccurate"
            detail = versus + f"; {at_pub}, and no figure in the known series matches the claim"
        else:
            verdict = "unverifiable"
            detail = versus + (
                f"; no figure in the series matches the claim and none is known after "
                f"{latest.figure.as_of}, before the article's date {published}"
            )
    elif published:  # the article predates the series
        verdict = "unverifiable"
        first = min(p.figure.as_of for p in points)
        detail = versus + f"; the known series starts at {first}, after the article's date"
        vintage = spans[-1] if spans else None
    else:
        earlier = [e for e in spans if latest_i not in e.points]
        if earlier:
            verdict, vintage = "outdated", earlier[-1]
            detail = versus + f"; the claim was true {_span(vintage)}"
        elif stopped:
            verdict = "unverifiable"
            detail = versus + (
                "; no figure in the series matches the claim, which may describe a later time"
            )
        else:
            verdict = "inaccurate"
            detail = versus + "; no figure in the known series matches the claim"
    if stopped:
        detail += (
            f"; {entity} has reported no {_term(latest.figure)} since "
            f"{latest.figure.as_of} (the measure appears discontinued)"
        )

    return Check(
        **row,
        pub_value=pub.value if pub else None,
        pub_as_of=pub.figure.as_of if pub else None,
        pub_source_url=pub.figure.source_url if pub else None,
        pub_publisher=pub.figure.publisher if pub else None,
        latest_value=latest.value,
        latest_as_of=latest.figure.as_of,
        latest_source_url=latest.figure.source_url,
        latest_definition=latest.figure.definition,
        latest_publisher=latest.figure.publisher,
        latest_bound=latest.figure.bound,
        ratio=ratio,
        rel_diff=(latest.value - claim.value) / claim.value if claim.value else None,
        in_interval=bool(policy.is_consistent(latest.value, low, high, margin)),
        verdict=verdict,
        vintage_start=vintage.start if vintage else None,
        vintage_end=vintage.end if vintage else None,
        explanation=f"{latest_text}{detail}.",
    )
