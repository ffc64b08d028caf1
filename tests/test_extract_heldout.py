"""The extractor on a held-out set of invented articles, scored like tests/test_extract_news.py.

tests/data/heldout holds six articles (airlines, food delivery, banks, telecoms, games,
retail) and their gold claims, written by hand before the extractor was run on them,
about companies and phrasings the news set does not use. They are test text only, not
reference figures (see the README there).

Blind numbers, measured before any extractor change made for this set (with the team's
window rule in the gold: "in the third quarter", "in 2023", "last year" give a flow the
period per_quarter / per_year, which the extractor did not do yet):

    precision 0.545  recall 0.527  metric accuracy 0.628
    (matched 78, missed 70, false positives 65 of 148 gold claims)

Ignoring period, the same run scored precision 0.678 and recall 0.655. The main causes
were numbered section headings not read as the section's organisation, sentence-opening
subjects with verbs outside a fixed list ("Delta Air Lines flew", "Roblox averaged"),
places and role-introduced sources taken as organisations, and windows not read as
periods. After the general fixes in src/factcheck/extract.py this set scores precision
0.959, recall 0.953, metric accuracy 0.674; the assertions below hold that line. Do not
tune on these files: write new held-out articles to measure the next change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from claim_scoring import Score, check_well_formed, score_folder

HELDOUT = Path(__file__).parent / "data" / "heldout"
PRECISION_BAR = 0.95
RECALL_BAR = 0.95


@pytest.fixture(scope="module")
def heldout_score() -> Score:
    return score_folder(HELDOUT)


def test_the_heldout_set_is_well_formed():
    check_well_formed(HELDOUT)


def test_precision_and_recall_on_heldout_articles(heldout_score):
    assert heldout_score.precision >= PRECISION_BAR and heldout_score.recall >= RECALL_BAR, (
        "\n" + heldout_score.report()
    )


if __name__ == "__main__":  # a readable report: python tests/test_extract_heldout.py
    print(score_folder(HELDOUT).report())
