"""The extractor on a fourth blind set of invented articles, scored like the news set.

tests/data/blind4 holds six articles and their gold claims, written by hand before the
extractor was run on them and before its code was read: three close imitations of the
seed listicle ("Top 7 Cybersecurity Companies using Python in 2024", music companies,
edtech) and three news reports (African mobile networks and mobile money, fashion
retail, game publishers), about companies the earlier sets do not cover. They are test
text only, not reference figures (see the README there).

Blind numbers, measured before any extractor change made for this set (with the
working-tree quantities.py of that moment):

    precision 0.813  recall 0.813  metric accuracy 0.701
    (matched 87, missed 20, false positives 20 of 107 gold claims)

No gold row was edited after that run. The main causes were: "the company" resolved to
a product the paragraph's organisation had just named ("Rapid7 is a security firm known
for Metasploit. Metasploit was rewritten ... The company serves"), a subject whose verb
is "does not" ("Primark, owned by ..., does not sell online"), an unnamed measure after
a reporting verb ("said net bookings fell 17%"), windows "in its fiscal 2023" and "on
an annualised basis", a running total read with a window ("sold 25 million copies since
its launch in December 2020"), money stated as "transactions worth $272 billion", store
closures read as levels, "could value it at", "founded by two Stanford professors" read
as the subject, and ages, ratings, relatives and price rises taken as claims. After the
general fixes in src/factcheck/extract.py this set scores precision 0.972, recall 0.981;
the assertions below hold the team's bars. Remaining: "295.7 billion shillings" (the
parser knows no shilling), "The naira has lost about 70% of its value" (its = the
naira, not the organisation in focus) and "Cyberpunk 2077 has sold 25 million copies"
(a numbered product name as the subject). Do not tune on these files: write new blind
articles to measure the next change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from claim_scoring import Score, check_well_formed, score_folder

BLIND4 = Path(__file__).parent / "data" / "blind4"
PRECISION_BAR = 0.95
RECALL_BAR = 0.95


@pytest.fixture(scope="module")
def blind4_score() -> Score:
    return score_folder(BLIND4)


def test_the_blind4_set_is_well_formed():
    check_well_formed(BLIND4)


def test_precision_and_recall_on_blind4_articles(blind4_score):
    assert blind4_score.precision >= PRECISION_BAR and blind4_score.recall >= RECALL_BAR, (
        "\n" + blind4_score.report()
    )


if __name__ == "__main__":  # a readable report: python tests/test_extract_blind4.py
    print(score_folder(BLIND4).report())
