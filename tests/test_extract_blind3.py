"""The extractor on a third blind set of invented articles, scored like the news set.

tests/data/blind3 holds six articles (pharmaceuticals, insurance, oil and energy, parcel
carriers and shipping, sportswear, hotel chains) and their gold claims, written by hand
before the extractor was run on them and before its code was read, about sectors the
news and held-out sets do not cover. They are test text only, not reference figures (see
the README there).

Blind numbers, measured before any extractor change made for this set:

    precision 0.697  recall 0.675  metric accuracy 0.671
    (matched 85, missed 41, false positives 37 of 126 gold claims)

One gold row was added after that run, as an annotation mistake against the convention
of the news and held-out gold (a share-price fall, "about 90% below their 2021 peak", is
a `share_price_change` claim there, like Snap's "fallen more than 80%"); with it the
blind run scores precision 0.705, recall 0.677 (86 matched of 127, 36 false positives).

The main causes were appositives holding commas ("Johnson & Johnson, the New Brunswick,
New Jersey group, has"), names joined by "&", people and places inside appositives
("The brand, founded in 1948 by Rudolf Dassler, has", "in Lebanon, Indiana"), a dateline
read as the subject, an initial ending a sentence ("J. Willard Marriott"), events and
estimating sources taken as organisations, financial-result nouns the vocabulary did not
name ("adjusted earnings of", "gross written premiums of"), and windows not read as
periods ("in its fiscal second quarter", "Its 2023 underlying profit", "each business
day"). After the general fixes in src/factcheck/extract.py this set scores precision
0.992, recall 0.992; the assertions below hold the team's bars. The one remaining miss
and false positive are a parser fault ("grew 31% in 2023 to 232.3 billion Danish kroner"
is read as a range from 2023, and "kroner" is no currency). Do not tune on these files:
write new blind articles to measure the next change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from claim_scoring import Score, check_well_formed, score_folder

BLIND3 = Path(__file__).parent / "data" / "blind3"
PRECISION_BAR = 0.95
RECALL_BAR = 0.95


@pytest.fixture(scope="module")
def blind3_score() -> Score:
    return score_folder(BLIND3)


def test_the_blind3_set_is_well_formed():
    check_well_formed(BLIND3)


def test_precision_and_recall_on_blind3_articles(blind3_score):
    assert blind3_score.precision >= PRECISION_BAR and blind3_score.recall >= RECALL_BAR, (
        "\n" + blind3_score.report()
    )


if __name__ == "__main__":  # a readable report: python tests/test_extract_blind3.py
    print(score_folder(BLIND3).report())
