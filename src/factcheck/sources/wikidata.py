"""Wikidata quantity statements (subscribers, employees, revenue) as dated figures.

`wbgetentities` returns up to 50 items a call; each item's English label is checked
against the entity's names before its id is trusted (public datasets disagree on a few
ids). Only properties the vocabulary maps to a metric are read; each statement needs a
P585 "point in time" to become a figure, because a value without a date cannot be
compared with a dated claim.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from factcheck.schema import Figure
from factcheck.sources.http import FetchError, HttpClient
from factcheck.sources.result import FetchResult
from factcheck.vocabulary import Entity, Metric, Vocabulary

API_URL = "https://www.wikidata.org/w/api.php"
BATCH_SIZE = 50  # the API's limit for ids per wbgetentities call
POINT_IN_TIME = "P585"
REFERENCE_URL = "P854"
# Wikidata unit items -> the project's unit codes ("1" is Wikidata's dimensionless unit).
UNITS = {"1": "count", "Q4917": "usd", "Q4916": "eur", "Q25224": "gbp", "Q8146": "jpy"}
RANK_ORDER = {"preferred": 0, "normal": 1}  # "deprecated" statements are dropped
PROPERTY_LABELS = {
    "P3744": "number of subscribers",
    "P1128": "employees",
    "P2139": "total revenue",
    "P2295": "net profit",
    "P3362": "operating income",
    "P2403": "total assets",
}


def item_url(qid: str, pid: str) -> str:
    return f"https://www.wikidata.org/wiki/{qid}#{pid}"


def parse_amount(amount: str) -> float:
    """Wikidata amounts are signed decimal strings: "+75000000", "-1.5"."""
    return float(amount.replace(",", ""))


def parse_unit(unit: str) -> str | None:
    """"1" or an entity URI (http://www.wikidata.org/entity/Q4917) -> count, usd, ...; else None."""
    return UNITS.get(unit.rsplit("/", 1)[-1])


def parse_time(value: dict[str, Any]) -> date | None:
    """A Wikidata time value as the last day it covers (year precision -> 31 December)."""
    text = str(value.get("time", "")).lstrip("+")
    precision = int(value.get("precision", 11))
    try:
        year, month, day = (int(p) for p in text[:10].split("-"))
    except ValueError:
        return None
    if year <= 0:
        return None
    if precision <= 9 or month == 0:
        return date(year, 12, 31)
    if precision == 10 or day == 0:
        return date(year, month, calendar.monthrange(year, month)[1])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _snak_value(snak: dict[str, Any]) -> Any:
    if snak.get("snaktype", "value") != "value":
        return None
    return (snak.get("datavalue") or {}).get("value")


def _reference_urls(statement: dict[str, Any]) -> list[str]:
    urls = []
    for reference in statement.get("references", []) or []:
        for snak in (reference.get("snaks") or {}).get(REFERENCE_URL, []):
            value = _snak_value(snak)
            if isinstance(value, str):
                urls.append(value)
    return urls


def statement_figures(
    entity: Entity,
    qid: str,
    pid: str,
    metric: Metric,
    statements: list[dict[str, Any]],
    retrieved_at: datetime,
) -> tuple[list[Figure], list[str]]:
    """The figures of one property's statements, best rank first, one per date; plus notes."""
    notes: list[str] = []
    candidates = []
    skipped = {"deprecated": 0, "no point in time": 0, "not a quantity": 0}
    for statement in statements:
        rank = statement.get("rank", "normal")
        if rank not in RANK_ORDER:
            skipped["deprecated"] += 1
            continue
        quantity = _snak_value(statement.get("mainsnak") or {})
        if not isinstance(quantity, dict) or "amount" not in quantity:
            skipped["not a quantity"] += 1
            continue
        unit = parse_unit(str(quantity.get("unit", "1")))
        if unit is None:
            notes.append(f"wikidata: {qid} {pid}: unit {quantity.get('unit')} not known; skipped")
            continue
        times = [
            parse_time(v)
            for snak in (statement.get("qualifiers") or {}).get(POINT_IN_TIME, [])
            if isinstance(v := _snak_value(snak), dict)
        ]
        as_of = next((t for t in times if t is not None), None)
        if as_of is None:
            skipped["no point in time"] += 1
            continue
        try:
            value = parse_amount(str(quantity["amount"]))
        except ValueError:
            skipped["not a quantity"] += 1
            continue
        candidates.append((RANK_ORDER[rank], as_of, value, unit, rank, _reference_urls(statement)))
    for why, count in skipped.items():
        if count:
            notes.append(f"wikidata: {qid} {pid}: {count} statement(s) skipped ({why})")
    # Preferred first, then latest date; one figure per date (the best-ranked one).
    candidates.sort(key=lambda c: (c[0], -c[1].toordinal()))
    figures, seen = [], set()
    for _, as_of, value, unit, rank, refs in candidates:
        if as_of in seen:
            continue
        seen.add(as_of)
        cited = f"; Wikidata cites {refs[0]}" if refs else ""
        figures.append(
            Figure(
                entity=entity.name,
                entity_id=qid,
                metric=metric.name,
                value=value,
                unit=unit,
                period="year" if metric.kind == "flow" else None,
                as_of=as_of,
                bound="eq",
                definition=f"{PROPERTY_LABELS.get(pid, pid)} (Wikidata {pid})",
                source="wikidata",
                source_url=item_url(qid, pid),
                publisher="Wikidata",
                retrieved_at=retrieved_at,
                note=f"rank {rank}{cited}",
            )
        )
    return figures, notes


def _api_error(payload: Any) -> str | None:
    """Why a 200 answer is unusable: an API error object, or no `entities` map."""
    if not isinstance(payload, dict):
        return "malformed JSON"
    if "error" in payload:
        return f"API error {(payload.get('error') or {}).get('code', 'unknown')}"
    if not isinstance(payload.get("entities"), dict):
        return "malformed JSON (no entities)"
    return None


def label_matches(item: dict[str, Any], entity: Entity) -> tuple[bool, str | None]:
    label = (((item.get("labels") or {}).get("en")) or {}).get("value")
    names = {n.casefold() for n in entity.names}
    return (label is not None and label.casefold() in names), label


class WikidataSource:
    """Figures from Wikidata for entities with a QID, for metrics with a `wikidata_property`."""

    name = "wikidata"

    def __init__(
        self,
        http: HttpClient,
        batch_size: int = BATCH_SIZE,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        maxlag_retries: int = 2,
    ) -> None:
        self.http = http
        self.maxlag_retries = maxlag_retries
        self.batch_size = max(1, min(batch_size, BATCH_SIZE))
        self.now = now

    def _request(self, ids: list[str]) -> dict[str, Any]:
        params = {
            "action": "wbgetentities",
            "ids": "|".join(ids),
            "props": "claims|labels",
            "languages": "en",
            "format": "json",
            "maxlag": "5",
        }
        for attempt in range(self.maxlag_retries + 1):
            try:
                payload = self.http.get_json(API_URL, params=params, reject=_api_error)
            except FetchError as exc:
                # maxlag: the servers ask batch clients to wait (HTTP 200 + Retry-After)
                if exc.reason != "API error maxlag" or attempt == self.maxlag_retries:
                    raise
                self.http.sleep(getattr(exc, "retry_after", None) or 5.0)
                continue
            return payload["entities"]
        raise FetchError("API error maxlag", API_URL)  # pragma: no cover - loop always returns

    def fetch(self, entities: Sequence[Entity], vocabulary: Vocabulary) -> FetchResult:
        properties = {
            m.wikidata_property: m for m in vocabulary.metrics.values() if m.wikidata_property
        }
        figures: list[Figure] = []
        notes: list[str] = []
        used: dict[str, str] = {}
        failures: dict[str, str] = {}
        by_qid: dict[str, list[Entity]] = {}
        for entity in entities:
            if entity.wikidata:
                by_qid.setdefault(entity.wikidata, []).append(entity)
        if not properties or not by_qid:
            return FetchResult(figures, notes, used, failures)
        qids = list(by_qid)
        retrieved_at = self.now()
        for start in range(0, len(qids), self.batch_size):
            batch = qids[start : start + self.batch_size]
            try:
                items = self._request(batch)
            except FetchError as exc:
                for qid in batch:
                    for entity in by_qid[qid]:
                        failures[entity.name] = exc.reason
                notes.append(f"wikidata: {exc.reason} for {', '.join(batch)}")
                continue
            for qid in batch:
                item = items.get(qid) or {}
                for entity in by_qid[qid]:
                    if not item or "missing" in item:
                        failures[entity.name] = f"{qid} not found"
                        notes.append(f"wikidata: {qid} not found for {entity.name}; skipped")
                        continue
                    ok, label = label_matches(item, entity)
                    if not ok:
                        failures[entity.name] = f"{qid} label {label!r} does not match"
                        notes.append(
                            f"wikidata: {qid} is labelled {label!r}, not {entity.name} "
                            "or an alias; id not trusted, skipped"
                        )
                        continue
                    found = 0
                    for pid, metric in properties.items():
                        statements = (item.get("claims") or {}).get(pid) or []
                        got, why = statement_figures(
                            entity, qid, pid, metric, statements, retrieved_at
                        )
                        figures.extend(got)
                        notes.extend(why)
                        found += len(got)
                    if found:
                        used[entity.name] = self.name
        return FetchResult(figures, notes, used, failures)
