"""The extractor on invented news-style articles, scored against hand-written gold claims.

The articles in tests/data/news are test text only, not reference figures (see the
README there). A gold claim is matched by an extracted claim with the same entity
(case-insensitive), value, comparator and period whose span overlaps the gold quote;
each extracted claim matches at most one gold claim. Metric is scored separately.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.articles import read_article
from factcheck.extract import extract_claims
from factcheck.schema import Article, Claim

NEWS = Path(__file__).parent / "data" / "news"
PRECISION_BAR = 0.95
RECALL_BAR = 0.95
METRIC_BAR = 0.80


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


def articles() -> list[Path]:
    return sorted(NEWS.glob("*.txt"))


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


def _matches(g: Gold, c: Claim) -> bool:
    return (
        (c.entity or "").casefold() == g.entity.casefold()
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


@pytest.fixture(scope="module")
def news_score() -> Score:
    pairs = []
    for path in articles():
        article = read_article(path)
        pairs.append((path.stem, load_gold(path, article), extract_claims(article)))
    return score(pairs)


def test_the_evaluation_set_is_well_formed():
    paths = articles()
    assert len(paths) >= 6
    for path in paths:
        article = read_article(path)
        words = len(article.text.split())
        assert 300 <= words <= 900, (path.name, words)
        for g in load_gold(path, article):
            assert article.text.count(g.quote) == 1, (path.name, g.quote)
            assert g.comparator in {"eq", "gte", "lte", "approx", "range"}, g
            assert g.period in {
                "",
                "per_day",
                "per_week",
                "per_month",
                "per_quarter",
                "per_year",
            }, g


def test_precision_and_recall_on_news_articles(news_score):
    assert news_score.precision >= PRECISION_BAR and news_score.recall >= RECALL_BAR, (
        "\n" + news_score.report()
    )


def test_metric_accuracy_among_matched_claims(news_score):
    assert news_score.metric_accuracy >= METRIC_BAR, "\n" + news_score.report()


if __name__ == "__main__":  # a readable report: python tests/test_extract_news.py
    pairs = []
    for path in articles():
        article = read_article(path)
        pairs.append((path.stem, load_gold(path, article), extract_claims(article)))
    print(score(pairs).report())
