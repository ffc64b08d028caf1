"""The data contracts: every table's columns, dtypes and meanings, in one place.

Each record type is a frozen dataclass whose fields carry their pandas dtype and a
one-line meaning. The processed CSVs, `factcheck.load`, the GX suites and the
generated data dictionary (`data/processed/README.md`) all read their columns from
here, so a column cannot be renamed in one place and forgotten in another.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Vocabularies shared by extraction, comparison and validation.
COMPARATORS = ("eq", "gte", "lte", "approx", "range")
PERIODS = ("per_day", "per_week", "per_month", "per_quarter", "per_year")
# What one figure value covers, for flows (trips, rides); empty for point-in-time measures.
WINDOWS = ("day", "week", "month", "quarter", "year")
VERDICTS = ("inaccurate", "stale", "outdated", "unverifiable", "accurate")  # most severe first
SOURCES = ("snapshot", "wikidata", "sec")


def col(dtype: str, doc: str, default: Any = dataclasses.MISSING) -> Any:
    """A dataclass field that records its pandas dtype and meaning for the data dictionary."""
    meta = {"dtype": dtype, "doc": doc}
    if default is dataclasses.MISSING:
        return field(metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Article:
    """An article as read: text with paragraph boundaries kept (blank line between)."""

    article_id: str
    source: str
    text: str
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Claim:
    """One numeric claim about an organisation, as the words state it."""

    claim_id: str = col("string", "Stable id: article id + character span, e.g. `seed-abc123:120-146`.")
    article_id: str = col("string", "Id of the article (slug of its file name or URL plus a hash).")
    source: str = col("string", "Path or URL the article was read from.")
    published: date | None = col("datetime64[ns]", "Article publication date, if known.")
    entity: str | None = col("string", "Canonical organisation name the claim is about.")
    entity_id: str | None = col("string", "Wikidata QID of the entity, where known.")
    metric: str | None = col("string", "Canonical metric (e.g. `paid_memberships`, `trips`).")
    value: float = col("float64", "The stated number, fully expanded (2.50 billion -> 2500000000).")
    unit: str = col("string", "count, percent, a currency code (usd, eur, ...), year, ...")
    comparator: str = col("category", "eq, gte, lte, approx or range: what the words bound.")
    low: float | None = col("float64", "Lower end of the interval the words claim (rounding + comparator); empty if unbounded.")
    high: float | None = col("float64", "Upper end of the interval the words claim; empty if unbounded.")
    period: str | None = col("category", "per_day, per_week, per_month, per_quarter, per_year, or empty.")
    quote: str = col("string", "The exact span of text that carries the claim.")
    sentence: str = col("string", "The sentence the quote stands in.")
    char_start: int = col("Int64", "Offset of the quote's first character in the article text.")
    char_end: int = col("Int64", "Offset one past the quote's last character.")


@dataclass(frozen=True)
class Figure:
    """One cited reference data point; a series is all figures of one entity and metric."""

    entity: str = col("string", "Canonical organisation name.")
    entity_id: str | None = col("string", "Wikidata QID, where known.")
    metric: str = col("string", "Canonical metric.")
    value: float = col("float64", "The figure, fully expanded.")
    unit: str = col("string", "count, percent, usd, ...")
    period: str | None = col("category", "What one value covers for flows: day, week, month, quarter, year; empty for point-in-time measures.")
    as_of: date = col("datetime64[ns]", "The date the value is true for (for a flow, the last day of its window).")
    bound: str = col("category", "eq, or gte/approx where the source itself says 'over' or 'nearly'.")
    definition: str = col("string", "The publisher's own term and caveats (e.g. 'paid memberships', 'DAUq').")
    source: str = col("category", "Which source supplied the row: snapshot, wikidata or sec.")
    source_url: str = col("string", "Where the figure was read.")
    publisher: str | None = col("string", "Who published the page at source_url.")
    retrieved_at: datetime | None = col("datetime64[ns]", "When the figure was fetched or curated.", None)
    note: str | None = col("string", "Provenance notes, e.g. why a live figure fell back to the snapshot.", None)


@dataclass(frozen=True, kw_only=True)
class Check:
    """The fact-check of one claim: the discrepancy table's row."""

    claim_id: str = col("string", "The claim checked (joins to claims.csv).")
    article_id: str = col("string", "The article the claim is from.")
    entity: str | None = col("string", "Canonical organisation name.")
    metric: str | None = col("string", "Canonical metric of the claim.")
    quote: str = col("string", "The claim's exact words.")
    claimed_value: float = col("float64", "The stated number, fully expanded.")
    comparator: str = col("category", "eq, gte, lte, approx or range.")
    claim_low: float | None = col("float64", "Lower end of the claimed interval, per the claim's own period.")
    claim_high: float | None = col("float64", "Upper end of the claimed interval, per the claim's own period.")
    period: str | None = col("category", "The claim's period (per_day, ...), or empty.")
    published: date | None = col("datetime64[ns]", "Article date used for the verdict (known or given).")
    published_inferred: date | None = col("datetime64[ns]", "Earliest possible writing date inferred from the figures the article quotes, when the date is unknown.")
    pub_value: float | None = col("float64", "Figure current at publication, converted to the claim's period.")
    pub_as_of: date | None = col("datetime64[ns]", "As-of date of the figure current at publication.")
    pub_source_url: str | None = col("string", "Source of the figure current at publication.")
    pub_publisher: str | None = col("string", "Who published the figure current at publication.", None)
    latest_value: float | None = col("float64", "Latest known figure, converted to the claim's period.")
    latest_as_of: date | None = col("datetime64[ns]", "As-of date of the latest figure.")
    latest_source_url: str | None = col("string", "Source of the latest figure.")
    latest_definition: str | None = col("string", "Publisher's term for the latest figure.")
    latest_publisher: str | None = col("string", "Who published the latest figure.", None)
    latest_bound: str | None = col("category", "eq, or gte/approx where the latest figure's source itself says 'over' or 'nearly'.", None)
    ratio: float | None = col("float64", "latest_value / claimed_value.")
    rel_diff: float | None = col("float64", "(latest_value - claimed_value) / claimed_value.")
    in_interval: bool | None = col("boolean", "Whether the latest figure lies inside the claimed interval (with the materiality margin).")
    verdict: str = col("category", "accurate, outdated, stale, inaccurate or unverifiable.")
    vintage_start: date | None = col("datetime64[ns]", "First date the claim is known to have been true.")
    vintage_end: date | None = col("datetime64[ns]", "Last date the claim is known to have been true.")
    explanation: str = col("string", "One sentence a reviewer can read, with the correct current figure.")


RECORDS: dict[str, type] = {"claims": Claim, "figures": Figure, "checks": Check}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    doc: str


def columns(table: str) -> list[Column]:
    """The columns of a table (`claims`, `figures` or `checks`) in their stable order."""
    try:
        record = RECORDS[table]
    except KeyError:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(RECORDS)}") from None
    return [Column(f.name, f.metadata["dtype"], f.metadata["doc"]) for f in dataclasses.fields(record)]


def column_names(table: str) -> list[str]:
    return [c.name for c in columns(table)]
