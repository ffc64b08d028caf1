"""Companies' own earnings releases (8-K / 6-K exhibit 99.1) from SEC EDGAR.

User metrics (members, MAUs, trips) are not XBRL facts: they are printed in the earnings
release a company files as exhibit 99.1. This source walks EDGAR's submissions JSON to the
recent release filings, finds the exhibit, and reads it with per-company patterns kept in
`data/sec_patterns.toml`, so a reworded release is fixed in data, not code. Each figure's
as-of date is the period end the release itself states.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from factcheck.schema import Figure
from factcheck.sources.http import FetchError, HttpClient
from factcheck.sources.result import FetchResult
from factcheck.vocabulary import Entity, Vocabulary

SUBMISSIONS_URL = "https://data.sec.gov/submissions/CIK{cik:0>10}.json"
ARCHIVE_URL = "https://www.sec.gov/Archives/edgar/data/{cik}/{folder}/{name}"
PATTERNS_ENV = "FACTCHECK_SEC_PATTERNS"
RELEASE_FORMS = ("8-K", "6-K")
EARNINGS_ITEM = "2.02"  # 8-K item "Results of Operations and Financial Condition"
# File names that mark exhibit 99.1 (tried first), then any exhibit 99 not numbered 99.2+.
EX991_NAME = re.compile(r"(?:ex|exhibit)[-_]?99[-_.]?0?1(?!\d)", re.IGNORECASE)
EX99_NAME = re.compile(r"(?:ex|exhibit)[-_]?99(?![-_.]?0?[2-9])(?!\d)", re.IGNORECASE)
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mm": 1e6, "billion": 1e9, "b": 1e9,
    "bn": 1e9,
}
MONTHS = {m.casefold(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH = "|".join(MONTHS)
ENDED_DATE = re.compile(
    rf"(?i)\b(?:quarter|three months|fiscal quarter|period|year|twelve months)"
    rf"(?: and (?:full |fiscal )?year)? ended ({_MONTH})\.? (\d{{1,2}}),? (\d{{4}})"
)
NAMED_QUARTER = re.compile(
    r"(?i)\b(first|second|third|fourth) quarter"
    r"(?: and (?:full|fiscal)[- ]year)?(?: of)?(?: fiscal)? (\d{4})\b"
)
SHORT_QUARTER = re.compile(r"(?i)\bQ([1-4])(?: |'|’|-)?(\d{4}|\d{2})\b")
RELEASE_LAG = timedelta(days=120)  # a release is filed within weeks of its quarter's end


@dataclass(frozen=True)
class FigurePattern:
    metric: str
    definition: str
    patterns: tuple[re.Pattern[str], ...]
    period: str | None = None
    bound: str = "eq"
    scale: float = 1.0


@dataclass(frozen=True)
class CompanyPatterns:
    entity: str
    forms: tuple[str, ...] = ()
    publisher: str | None = None
    max_filings: int = 8
    figures: tuple[FigurePattern, ...] = field(default_factory=tuple)


def _company(name: str, raw: dict[str, Any]) -> CompanyPatterns:
    figures = []
    for spec in raw.get("figures", []):
        try:
            compiled = tuple(re.compile(p) for p in spec.get("patterns", []))
        except re.error as exc:
            raise ValueError(f"sec patterns for {name} / {spec.get('metric')}: {exc}") from None
        figures.append(
            FigurePattern(
                metric=spec["metric"],
                definition=spec.get("definition", spec["metric"]),
                patterns=compiled,
                period=spec.get("period") or None,
                bound=spec.get("bound", "eq"),
                scale=float(spec.get("scale", 1)),
            )
        )
    return CompanyPatterns(
        entity=name,
        forms=tuple(raw.get("forms", ())),
        publisher=raw.get("publisher"),
        max_filings=int(raw.get("max_filings", 8)),
        figures=tuple(figures),
    )


def load_patterns(extra_files: Iterable[str | os.PathLike[str]] = ()) -> dict[str, CompanyPatterns]:
    """Packaged patterns, then FACTCHECK_SEC_PATTERNS files, then `extra_files`; later wins."""
    texts = [resources.files("factcheck").joinpath("data/sec_patterns.toml").read_text("utf-8")]
    env = [p for p in os.environ.get(PATTERNS_ENV, "").split(":") if p]
    texts += [Path(p).read_text(encoding="utf-8") for p in [*env, *extra_files]]
    companies: dict[str, dict[str, Any]] = {}
    for text in texts:
        companies.update(tomllib.loads(text).get("companies", {}))
    return {name: _company(name, raw) for name, raw in companies.items()}


# -- reading an exhibit ------------------------------------------------------------------
def exhibit_text(html: str) -> str:
    """The release's visible text, one space between words and table cells."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    text = soup.get_text(separator=" ")
    text = text.replace("\u00a0", " ").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def parse_number(value: str, scale_word: str | None, default_scale: float) -> float:
    """"2.11" billion -> 2110000000.0 exactly (decimal arithmetic: no 2109999999.9999998)."""
    try:
        number = Decimal(value.replace(",", "").rstrip("."))
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None
    scale = SCALES[scale_word.casefold()] if scale_word else default_scale
    return float(number * Decimal(repr(scale)))


def _quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    return date(year, month, 31 if month in (3, 12) else 30)


def period_end(text: str, filed: date | None = None) -> date | None:
    """The period end the release states: "quarter ended March 31, 2024", "Q1 2024", ...

    Releases also name prior-year periods, so the latest candidate not after the filing
    date (and at most ~4 months before it) is taken.
    """
    candidates: list[date] = []
    for month, day, year in ENDED_DATE.findall(text):
        try:
            candidates.append(date(int(year), MONTHS[month.casefold()], int(day)))
        except ValueError:
            continue
    for ordinal, year in NAMED_QUARTER.findall(text):
        candidates.append(_quarter_end(int(year), ORDINALS[ordinal.casefold()]))
    for quarter, year in SHORT_QUARTER.findall(text):
        full = int(year) if len(year) == 4 else 2000 + int(year)
        candidates.append(_quarter_end(full, int(quarter)))
    if filed is not None:
        candidates = [c for c in candidates if filed - RELEASE_LAG <= c <= filed]
    return max(candidates) if candidates else None


def read_figures(
    text: str,
    company: CompanyPatterns,
    entity: Entity,
    vocabulary: Vocabulary,
    *,
    as_of: date,
    url: str,
    retrieved_at: datetime,
    note: str | None = None,
) -> tuple[list[Figure], list[str]]:
    """The figures one exhibit's text states, per the company's patterns; plus notes."""
    figures: list[Figure] = []
    notes: list[str] = []
    publisher = company.publisher or f"{entity.name} earnings release (SEC EDGAR)"
    for spec in company.figures:
        metric = vocabulary.metric(spec.metric)
        if metric is None:
            notes.append(f"sec: metric {spec.metric!r} is not in the vocabulary; skipped")
            continue
        for pattern in spec.patterns:
            match = pattern.search(text)
            if not match:
                continue
            groups = match.groupdict()
            try:
                value = parse_number(groups["value"], groups.get("scale"), spec.scale)
            except (KeyError, ValueError):
                continue
            figures.append(
                Figure(
                    entity=entity.name,
                    entity_id=entity.wikidata,
                    metric=metric.name,
                    value=value,
                    unit=metric.unit,
                    period=spec.period,
                    as_of=as_of,
                    bound=spec.bound,
                    definition=spec.definition,
                    source="sec",
                    source_url=url,
                    publisher=publisher,
                    retrieved_at=retrieved_at,
                    note=note,
                )
            )
            break
    return figures, notes


# -- walking EDGAR -----------------------------------------------------------------------
@dataclass(frozen=True)
class Filing:
    accession: str
    form: str
    filed: date | None
    primary: str
    items: str = ""

    @property
    def folder(self) -> str:
        return self.accession.replace("-", "")


def release_filings(submissions: dict[str, Any], forms: Sequence[str], limit: int) -> list[Filing]:
    """Recent filings that carry earnings releases, newest first (8-Ks only with item 2.02)."""
    recent = ((submissions.get("filings") or {}).get("recent")) or {}
    columns = {k: recent.get(k) or [] for k in ("accessionNumber", "form", "filingDate",
                                                 "primaryDocument", "items")}
    out = []
    for i, accession in enumerate(columns["accessionNumber"]):
        def at(key: str, i: int = i) -> str:
            values = columns[key]
            return str(values[i]) if i < len(values) and values[i] is not None else ""

        form = at("form")
        if form not in forms:
            continue
        items = at("items")
        if form == "8-K" and items and EARNINGS_ITEM not in items.split(","):
            continue
        try:
            filed = date.fromisoformat(at("filingDate"))
        except ValueError:
            filed = None
        out.append(Filing(accession, form, filed, at("primaryDocument"), items))
    out.sort(key=lambda f: f.filed or date.min, reverse=True)
    return out[:limit]


def exhibit_from_index(index: dict[str, Any]) -> str | None:
    """Exhibit 99.1's file name from a filing folder's index.json, by its name."""
    items = ((index.get("directory") or {}).get("item")) or []
    names = [str(i.get("name", "")) for i in items if isinstance(i, dict)]
    documents = [n for n in names if n.lower().endswith((".htm", ".html", ".txt"))]
    for pattern in (EX991_NAME, EX99_NAME):
        for name in documents:
            if pattern.search(name):
                return name
    return None


def exhibit_from_index_page(html: str) -> str | None:
    """Exhibit 99.1's file name from the filing index page, by its Type column "EX-99.1"."""
    soup = BeautifulSoup(html, "html.parser")
    for row in soup.find_all("tr"):
        cells = [c.get_text(" ", strip=True) for c in row.find_all("td")]
        if any(c.upper() in ("EX-99.1", "EX-99.01") for c in cells):
            link = row.find("a")
            if link and link.get("href"):
                return str(link["href"]).rsplit("/", 1)[-1]
    return None


class SecSource:
    """Figures from the earnings releases of entities with a `sec_cik` and known patterns."""

    name = "sec"

    def __init__(
        self,
        http: HttpClient,
        patterns: dict[str, CompanyPatterns] | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.http = http
        self.patterns = patterns if patterns is not None else load_patterns()
        self.now = now

    def _exhibit_url(self, cik: str, filing: Filing) -> str | None:
        def url(name: str) -> str:
            return ARCHIVE_URL.format(cik=int(cik), folder=filing.folder, name=name)

        index = self.http.get_json(url("index.json"))
        name = exhibit_from_index(index) if isinstance(index, dict) else None
        if name is None:
            name = exhibit_from_index_page(self.http.get_text(url(f"{filing.accession}-index.htm")))
        return url(name) if name else None

    def _entity(
        self, entity: Entity, company: CompanyPatterns, vocabulary: Vocabulary
    ) -> tuple[list[Figure], list[str]]:
        cik = str(entity.sec_cik)
        forms = company.forms or tuple(f for f in entity.sec_forms if f in RELEASE_FORMS)
        submissions = self.http.get_json(SUBMISSIONS_URL.format(cik=cik))
        if not isinstance(submissions, dict):
            raise FetchError("malformed JSON", SUBMISSIONS_URL.format(cik=cik))
        filings = release_filings(submissions, forms, company.max_filings)
        notes: list[str] = []
        if not filings:
            notes.append(f"sec: no recent {'/'.join(forms)} earnings filings for {entity.name}")
        figures: list[Figure] = []
        failed: list[str] = []
        for filing in filings:
            try:
                url = self._exhibit_url(cik, filing)
                if url is None:
                    notes.append(f"sec: no exhibit 99.1 in {filing.form} {filing.accession}")
                    continue
                text = exhibit_text(self.http.get_text(url))
            except FetchError as exc:
                failed.append(exc.reason)
                notes.append(f"sec: {exc.reason} for {entity.name} {filing.accession}")
                continue
            as_of = period_end(text, filing.filed)
            if as_of is None:
                notes.append(f"sec: no period end stated in {url}; skipped")
                continue
            note = f"{filing.form} filed {filing.filed}, accession {filing.accession}"
            got, why = read_figures(
                text, company, entity, vocabulary,
                as_of=as_of, url=url, retrieved_at=self.now(), note=note,
            )
            figures.extend(got)
            notes.extend(why)
            if not got:
                notes.append(f"sec: no known measure found in {url}")
        if filings and failed and len(failed) == len(filings):
            raise FetchError(failed[-1])
        return _unique(figures), notes

    def fetch(self, entities: Sequence[Entity], vocabulary: Vocabulary) -> FetchResult:
        figures: list[Figure] = []
        notes: list[str] = []
        used: dict[str, str] = {}
        failures: dict[str, str] = {}
        for entity in entities:
            company = self.patterns.get(entity.name)
            if not entity.sec_cik or company is None:
                continue
            try:
                got, why = self._entity(entity, company, vocabulary)
            except FetchError as exc:
                failures[entity.name] = exc.reason
                notes.append(f"sec: {exc.reason} for {entity.name}")
                continue
            figures.extend(got)
            notes.extend(dict.fromkeys(why))
            if got:
                used[entity.name] = self.name
        return FetchResult(figures, notes, used, failures)


def _unique(figures: list[Figure]) -> list[Figure]:
    """One figure per measure and period end: a later release restating it adds nothing."""
    seen: dict[tuple, Figure] = {}
    for figure in figures:
        seen.setdefault((figure.metric, figure.period, figure.as_of, figure.definition), figure)
    return list(seen.values())
