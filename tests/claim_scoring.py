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


# What a name may add to the name of the same organisation: its legal form, or a word
# that only says it is a firm ("4imprint Group" is 4imprint, "Walmart Connect" is not
# Walmart). Used only by the lenient count, which tells name-form disagreements apart.
_FIRM_TAIL = frozenset((
    "group", "holdings", "holding", "company", "corporation", "corp", "corp.", "inc", "inc.",
    "plc", "ltd", "ltd.", "limited", "ag", "sa", "s.a.", "se", "n.v.", "nv", "gmbh", "s.p.a.",
    "spa", "a/s", "asa", "ab", "oyj", "llc", "co", "co.", "&", "international", "industries",
    "global", "technologies",
))


def _core(entity: str) -> str:
    words = _name(entity).replace(",", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _FIRM_TAIL:
        words = words[:-1]
    return " ".join(words)


def same_organisation(a: str, b: str) -> bool:
    """Lenient name equality: the same name up to a firm word, a legal form or "The", or
    one name the initials of the other ("IGT", "International Game Technology")."""
    if _name(a) == _name(b) or _core(a) == _core(b):
        return True
    for short, full in ((a, b), (b, a)):
        initials = "".join(w[0] for w in full.split() if w[:1].isalpha())
        if short.isupper() and " " in full.strip() and initials.casefold() == short.casefold():
            return True
    return False


def _matches(g: Gold, c: Claim, lenient: bool = False) -> bool:
    return (
        (
            same_organisation(c.entity or "", g.entity)
            if lenient
            else _name(c.entity or "") == _name(g.entity)
        )
        and math.isclose(c.value, g.value, rel_tol=1e-9)
        and c.comparator == g.comparator
        and (c.period or "") == g.period
        and c.char_start < g.end
        and g.start < c.char_end
    )


def score(pairs: list[tuple[str, list[Gold], list[Claim]]], lenient: bool = False) -> Score:
    """Micro counts over articles; `lenient` matches names by same_organisation()."""
    result = Score([], [], [])
    for name, gold, claims in pairs:
        free = list(claims)
        for g in gold:
            hit = next((c for c in free if _matches(g, c, lenient)), None)
            if hit is None:
                result.missed.append(g)
            else:
                free.remove(hit)
                result.matched.append((g, hit))
        result.extra.extend((name, c) for c in free)
    return result


def score_folder(folder: Path, lenient: bool = False) -> Score:
    """Run the extractor on every article in `folder` and score it against the gold files."""
    pairs = []
    for path in articles(folder):
        article = read_article(path)
        pairs.append((path.stem, load_gold(path, article), extract_claims(article)))
    return score(pairs, lenient)


def gold_as_claims(path: Path, article: Article) -> list[Claim]:
    """Another reader's gold rows as claims, to score two readers against each other."""
    return [
        Claim(
            claim_id=f"{g.article}:{g.start}-{g.end}", article_id=g.article, source=str(path),
            published=None, entity=g.entity, entity_id=None, metric=g.metric, value=g.value,
            unit=g.unit, comparator=g.comparator, low=None, high=None,
            period=g.period or None, quote=g.quote, sentence="", char_start=g.start,
            char_end=g.end,
        )
        for g in load_gold(path, article)
    ]


def score_reader(folder: Path, reader: Path, lenient: bool = False) -> Score:
    """Score a second reader's gold files (`reader`/NAME.gold.csv, for the articles it
    annotated) against the writers' gold in `folder`, as the extractor is scored."""
    pairs = []
    for path in articles(folder):
        if (reader / path.name).with_suffix(".gold.csv").exists():
            article = read_article(path)
            claims = gold_as_claims(reader / path.name, article)
            pairs.append((path.stem, load_gold(path, article), claims))
    return score(pairs, lenient)


def check_well_formed(folder: Path, min_articles: int = 6) -> None:
    """Every article is 300-900 words and every gold row is valid with a unique quote."""
    paths = articles(folder)
    assert len(paths) >= min_articles
    for path in paths:
        article = read_article(path)
        words = len(article.text.split())
        assert 300 <= words <= 900, (path.name, words)
        check_rows(path, article)


def check_rows(path: Path, article: Article) -> None:
    """Every gold row of `path`'s gold file (it may be a second reader's, beside another
    folder's article) is valid, with a quote that occurs once in the article."""
    for g in load_gold(path, article):
        assert article.text.count(g.quote) == 1, (path.name, g.quote)
        assert g.comparator in COMPARATORS, g
        assert g.period in PERIODS, g
