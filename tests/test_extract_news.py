"""The extractor on invented news-style articles, scored against hand-written gold claims.

The articles in tests/data/news are test text only, not reference figures (see the
README there). A gold claim is matched by an extracted claim with the same entity
(case-insensitive), value, comparator and period whose span overlaps the gold quote;
each extracted claim matches at most one gold claim. Metric is scored separately
(scoring in tests/claim_scoring.py, shared with tests/test_extract_heldout.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from claim_scoring import Score, check_well_formed, score_folder

NEWS = Path(__file__).parent / "data" / "news"
PRECISION_BAR = 0.95
RECALL_BAR = 0.95
METRIC_BAR = 0.80


@pytest.fixture(scope="module")
def news_score() -> Score:
    return score_folder(NEWS)


def test_the_evaluation_set_is_well_formed():
    check_well_formed(NEWS)


def test_precision_and_recall_on_news_articles(news_score):
    assert news_score.precision >= PRECISION_BAR and news_score.recall >= RECALL_BAR, (
        "\n" + news_score.report()
    )


def test_metric_accuracy_among_matched_claims(news_score):
    assert news_score.metric_accuracy >= METRIC_BAR, "\n" + news_score.report()


if __name__ == "__main__":  # a readable report: python tests/test_extract_news.py
    print(score_folder(NEWS).report())
