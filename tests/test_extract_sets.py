"""The extractor on invented articles with hand-written gold claims, folder by folder.

Each folder under tests/data holds articles and their gold claims (test text only, never
reference figures: see each README). A gold claim is matched by an extracted claim with
the same entity (case-insensitive), value, comparator and period whose span overlaps the
gold quote; each extracted claim matches at most one gold claim. Metric is scored
separately (scoring in tests/claim_scoring.py). `python tests/test_extract_sets.py`
prints every miss and false positive.

Each set after the first was scored blind, before the extractor was changed for it; those
numbers are the honest estimate for unseen articles, and each folder's README records
them with their causes:

    set       blind precision / recall   after general fixes
    news      (tuned as written)         0.98 / 0.98
    heldout   0.545 / 0.527              0.96 / 0.95
    blind3    0.697 / 0.675              1.00 / 1.00
    blind4    0.813 / 0.813              0.97 / 0.98

Do not tune on these folders to measure a change: write a new blind set.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest
from claim_scoring import Score, check_well_formed, score_folder

DATA = Path(__file__).parent / "data"
PRECISION_BAR = 0.95
RECALL_BAR = 0.95
# Metric names are scored only where the gold was written with the vocabulary's names.
METRIC_BARS = {"news": 0.80}
SETS = ("news", "heldout", "blind3", "blind4")


@cache
def _score(name: str) -> Score:
    return score_folder(DATA / name)


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_well_formed(name):
    check_well_formed(DATA / name)


@pytest.mark.parametrize("name", SETS)
def test_precision_and_recall(name):
    score = _score(name)
    assert score.precision >= PRECISION_BAR and score.recall >= RECALL_BAR, (
        f"{name}\n" + score.report()
    )


@pytest.mark.parametrize("name", sorted(METRIC_BARS))
def test_metric_accuracy_among_matched_claims(name):
    score = _score(name)
    assert score.metric_accuracy >= METRIC_BARS[name], f"{name}\n" + score.report()


if __name__ == "__main__":  # a readable report: python tests/test_extract_sets.py [SET...]
    for name in sys.argv[1:] or SETS:
        print(f"== {name}\n{score_folder(DATA / name).report()}")
