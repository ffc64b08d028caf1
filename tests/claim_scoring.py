"""Score extracted claims against hand-written gold claims (shared by the extraction tests).

A gold claim is matched by an extracted claim with the same entity (case and apostrophe
style ignored), value, comparator and period whose span overlaps the gold quote; each
extracted claim matches at most one gold claim. Metric is scored separately, among
matches.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

from factcheck.articles import read_article
from factcheck.extract import extract_claims
from factcheck.schema import Article, Claim

COMPARATORS = {"eq", "gte", "lte", "approx", "range"}
PERIODS = {"", "per_day", "per_week", "per_month", "per_quarter", "per_year"}


@dataclass(frozen=True)
class Gold:
    article: str
    entity: str
    metric: str
    value: float
    unit: str
    comparator: str
    period: str
    quote: str
    start: int
    end: int


@dataclass
class Score:
    matched: list[tuple[Gold, Claim]]
    missed: list[Gold]
    extra: list[tuple[str, Claim]]

    @property
    def precision(self) -> float:
        found = len(self.matched) + len(self.extra)
        return len(self.matched) / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = len(self.matched) + len(self.missed)
        return len(self.matched) / expected if expected else 1.0

    @property
    def metric_accuracy(self) -> float:
        if not self.matched:
            return 1.0
        return sum(g.metric == c.metric for g, c in self.matched) / len(self.matched)

    def report(self) -> str:
        lines = [
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"metric accuracy {self.metric_accuracy:.3f}  "
            f"(matched {len(self.matched)}, missed {len(self.missed)}, "
            f"false positives {len(self.extra)})"
        ]
        for g in self.missed:
            lines.append(
                f"MISS {g.article}: {g.entity} {g.metric} {g.value:g} {g.comparator} "
                f"{g.period or '-'}  <{g.quote}>"
            )
        for name, c in self.extra:
            lines.append(
                f"FP   {name}: {c.entity} {c.metric} {c.value:g} {c.comparator} "
                f"{c.period or '-'}  <{c.quote}>"
            )
        for g, c in self.matched:
            if g.metric != c.metric:
                lines.append(f"METRIC {g.article}: {g.metric} != {c.metric}  <{c.quote}>")
        return "\n".join(lines)


def articles(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def load_gold(path: Path, article: Article) -> list[Gold]:
    rows = []
    with path.with_suffix(".gold.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            start = article.text.find(row["quote"])
            rows.append(
                Gold(
                    article=path.stem,
                    entity=row["entity"],
                    metric=row["metric"],
                    value=float(row["value"]),
                    unit=row["unit"],
                    comparator=row["comparator"],
                    period=row["period"],
                    quote=row["quote"],
                    start=start,
                    end=start + len(row["quote"]),
                )
            )
    return rows


def _name(entity: str) -> str:
    """A name as compared: case and the apostrophe's typography ("BYJU’S", "BYJU'S") are
    how a writer typed it, not which organisation it is."""
    return entity.replace("’", "'").casefold()


def _matches(g: Gold, c: Claim) -> bool:
    return (
        _name(c.entity or "") == _name(g.entity)
        and math.isclose(c.value, g.value, rel_tol=1e-9)
        and c.comparator == g.comparator
        and (c.period or "") == g.period
        and c.char_start < g.end
        and g.start < c.char_end
    )


def score(pairs: list[tuple[str, list[Gold], list[Claim]]]) -> Score:
    result = Score([], [], [])
    for name, gold, claims in pairs:
        free = list(claims)
        for g in gold:
            hit = next((c for c in free if _matches(g, c)), None)
            if hit is None:
                result.missed.append(g)
            else:
                free.remove(hit)
                result.matched.append((g, hit))
        result.extra.extend((name, c) for c in free)
    return result


def score_folder(folder: Path) -> Score:
    """Run the extractor on every article in `folder` and score it against the gold files."""
    pairs = []
    for path in articles(folder):
        article = read_article(path)
        pairs.append((path.stem, load_gold(path, article), extract_claims(article)))
    return score(pairs)


def check_well_formed(folder: Path, min_articles: int = 6) -> None:
    """Every article is 300-900 words and every gold row is valid with a unique quote."""
    paths = articles(folder)
    assert len(paths) >= min_articles
    for path in paths:
        article = read_article(path)
        words = len(article.text.split())
        assert 300 <= words <= 900, (path.name, words)
        for g in load_gold(path, article):
            assert article.text.count(g.quote) == 1, (path.name, g.quote)
            assert g.comparator in COMPARATORS, g
            assert g.period in PERIODS, g
