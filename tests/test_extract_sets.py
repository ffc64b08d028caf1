"""The extractor on invented articles with hand-written gold claims, folder by folder.

Each folder under tests/data holds articles and their gold claims (test text only, never
reference figures: see each README). A gold claim is matched by an extracted claim with
the same entity (case and apostrophe style ignored), value, comparator and period whose
span overlaps the gold quote; each extracted claim matches at most one gold claim. Metric
is scored separately (scoring in tests/claim_scoring.py). `python
tests/test_extract_sets.py` prints every miss and false positive.

Each set after the first was scored blind, before the extractor was changed for it; those
numbers are the honest estimate for unseen articles, and each folder's README records
them with their causes. "seed-like" is the half of a set that imitates the seed listicle:

    set       blind precision / recall            now (ninth session)
    news      (tuned as written)                  0.98 / 0.97
    heldout   0.545 / 0.527                       0.98 / 0.97
    blind3    0.697 / 0.675                       1.00 / 1.00
    blind4    0.813 / 0.813                       0.98 / 0.98
    blind5    0.616 / 0.678 (seed-like 0.62/0.72) 0.94 / 0.85
    blind6    0.486 / 0.566 (seed-like 0.65/0.73) 0.78 / 0.80
    blind7    0.714 / 0.691 (seed-like 0.77/0.83) 0.91 / 0.91
    blind8    0.867 / 0.861 (seed-like 0.90/0.90) 0.97 / 0.95
    blind9    0.795 / 0.816 (seed-like 0.92/0.92) 0.97 / 0.96
    blind10   0.637 / 0.714 (seed-like 0.71/0.89) 0.86 / 0.89
    blind11   0.721 / 0.832 (seed-like 0.82/0.89) 0.88 / 0.90
    blind12   0.805 / 0.879 (all seed-like)       0.95 / 0.99
    blind13   0.764 / 0.764 (seed-like 0.87/0.92) 0.86 / 0.87
    blind14   0.887 / 0.934 (all seed-like)       0.99 / 0.99
    blind15   0.892 / 0.904 (all seed-like)       0.99 / 0.99
    blind16   0.879 / 0.929 (all seed-like)       1.00 / 1.00
    blind17   0.907 / 0.938 (all seed-like)       1.00 / 1.00
    blind18   0.919 / 0.947 (all seed-like)       0.98 / 0.98
    blind19   0.908 / 0.944 (all seed-like)       0.98 / 1.00
    blind20   0.930 / 0.943 (all seed-like)       0.99 / 1.00
    blind21   0.948 / 0.934 (all seed-like)       0.99 / 0.98
    blind22   0.942 / 0.977 (all seed-like)       1.00 / 1.00
    blind23   0.771 / 0.793 (names moved around)  0.97 / 0.99
    blind24   0.785 / 0.785 (names moved around)  0.95 / 0.97
    blind25   0.814 / 0.804 (names moved around)  0.95 / 0.95
    blind26   0.844 / 0.850 (names moved around)  0.96 / 0.96
    blind27   0.859 / 0.913 (2 of 3 names moved)  0.97 / 0.98
    blind28   0.926 / 0.949 (1 of 4 names moved)  0.99 / 0.99
    blind29   0.922 / 0.917 (1 of 4 names moved)  0.99 / 0.99
    blind30   0.941 / 0.937 (1 of 4 names moved)  0.98 / 0.98
    blind31   0.922 / 0.948 (1 of 5 names moved)  1.00 / 1.00
    blind32   0.890 / 0.899 (1 of 5 names moved)  0.97 / 0.97
    blind33   0.887 / 0.919 (1 of 5 names moved)  0.96 / 0.98
    blind34   0.950 / 0.958 (1 of 5 names moved)  0.98 / 0.98
    blind35   0.940 / 0.944 (1 of 5 names moved)  0.98 / 0.98
    blind36   0.929 / 0.945 (1 of 5 names moved)  0.98 / 1.00
    blind37   0.901 / 0.908 (1 of 5 names moved)  0.99 / 0.98
    blind38   0.899 / 0.909 (2 of 5 names moved)  0.98 / 0.97
    blind39   0.898 / 0.906 (1 of 5 names moved)  0.95 / 0.95
    blind40   0.905 / 0.922 (1 of 5 names moved)  0.95 / 0.96
    blind41   0.980 / 0.984 (1 of 5 names moved)  1.00 / 1.00
    blind42   0.960 / 0.980 (1 of 5 names moved)  0.99 / 1.00
    blind43   0.932 / 0.938 (2 of 6 names moved)  0.98 / 0.98
    blind44   0.921 / 0.931 (2 of 6 names moved)  0.99 / 1.00
    blind45   0.917 / 0.934 (2 of 6 names moved)  1.00 / 0.99
    blind46   0.935 / 0.938 (2 of 6 names moved)  0.97 / 0.96
    blind47   0.938 / 0.947 (2 of 6 names moved)  0.97 / 0.97
    blind48   0.942 / 0.967 (2 of 6 names moved)  0.99 / 0.99
    blind49   0.933 / 0.969 (2 of 6 names moved)  0.95 / 0.97
    blind50   0.907 / 0.910 (2 of 6 names moved)  0.97 / 0.97
    blind51   0.930 / 0.930 (2 of 6 names moved)  0.99 / 0.99
    blind52   0.908 / 0.926 (2 of 6 names moved)  0.99 / 0.99
    blind53   0.914 / 0.924 (2 of 6 names moved)  0.99 / 0.99
    blind54   0.949 / 0.956 (2 of 6 names moved)  0.99 / 1.00
    blind55   0.920 / 0.937 (2 of 6 names moved)  0.98 / 0.98
    blind56   0.958 / 0.942 (2 of 6 names moved)  0.99 / 0.98
    blind57   0.934 / 0.931 (2 of 6 names moved)  0.99 / 0.99
    blind58   0.919 / 0.926 (2 of 6 names moved)  0.99 / 0.99
    blind59   0.946 / 0.963 (2 of 6 names moved)  0.99 / 0.99
    blind60   0.918 / 0.905 (2 of 6 names moved)  0.99 / 0.99
    blind61   0.937 / 0.939 (2 of 6 names moved)  0.99 / 0.99
    blind62   0.926 / 0.952 (2 of 6 names moved)  0.97 / 0.98
    blind63   0.884 / 0.897 (2 of 6 names moved)  0.93 / 0.94
    blind64   0.951 / 0.958 (2 of 6 names moved)  0.99 / 0.99
    blind65   0.923 / 0.939 (2 of 6 names moved)  0.98 / 0.98
    blind66   0.904 / 0.888 (2 of 6 names moved)  0.97 / 0.96
    blind67   0.919 / 0.910 (2 of 6 names moved)  0.96 / 0.96
    blind68   0.918 / 0.929 (2 of 6 names moved)  0.95 / 0.96
    blind69   0.667 / 0.641 (2 of 6 names moved)  0.79 / 0.79 (fourteenth session)
    blind70   0.752 / 0.713 (2 of 6 names moved)  0.82 / 0.80 (fourteenth session)
    blind71   0.763 / 0.742 (2 of 6 names moved)  0.83 / 0.84 (fourteenth session)
    blind72   0.743 / 0.742 (2 of 6 names moved)  0.80 / 0.81 (fourteenth session)
    blind73   0.749 / 0.761 (2 of 6 names moved)  0.80 / 0.80 (fourteenth session)
    blind74   0.659 / 0.663 (2 of 6 names moved)  0.79 / 0.79 (fourteenth session)
    blind75   0.802 / 0.796 (2 of 6 names moved)  0.84 / 0.83 (fourteenth session)
    blind76   0.753 / 0.730 (2 of 6 names moved)  0.83 / 0.82 (fourteenth session)
    blind77   0.723 / 0.714 (2 of 6 names moved)  0.79 / 0.78 (fourteenth session)
    blind78   0.746 / 0.725 (2 of 6 names moved)  0.77 / 0.75 (fourteenth session, tuned on)
    blind79   0.730 / 0.751 (2 of 6 names moved)  0.79 / 0.81 (fourteenth session)
    blind80   0.817 / 0.832 (2 of 6 names moved)  0.84 / 0.85 (fourteenth session)
    blind81   0.726 / 0.729 (2 of 6 names moved)  0.73 / 0.73 (fourteenth session, two mends)
    blind82   0.793 / 0.773 (2 of 6 names moved)  0.87 / 0.86 (fifteenth session, tuned on)
    blind83   0.736 / 0.760 (2 of 6 names moved)  0.81 / 0.82 (fifteenth session, tuned on)
    blind84   0.777 / 0.774 (2 of 6 names moved)  0.80 / 0.80 (fifteenth session, three mends)
    blind85   0.801 / 0.800 (2 of 6 names moved)  0.84 / 0.85 (sixteenth session, tuned on)
    blind86   0.730 / 0.744 (2 of 6 names moved)  0.77 / 0.79 (seventeenth session, tuned on)
    blind87   0.768 / 0.765 (2 of 6 names moved)  0.80 / 0.81 (eighteenth session, tuned on)
    blind88   0.782 / 0.771 (2 of 6 names moved)  0.82 / 0.80 (nineteenth session, tuned on)
    blind89   0.753 / 0.755 (2 of 6 names moved)  0.80 / 0.81 (twentieth session, tuned on)
    blind90   0.755 / 0.748 (2 of 6 names moved)  0.84 / 0.84 (twenty-first session, tuned on)
    blind91   0.797 / 0.833 (2 of 6 names moved)  0.82 / 0.85 (twenty-first session, tuned on)
    blind92   0.781 / 0.749 (2 of 6 names moved)  0.85 / 0.82 (twenty-second session, tuned on)
    blind93   0.764 / 0.757 (2 of 6 names moved)  0.78 / 0.77 (twenty-second session, four mends)
    blind94   0.781 / 0.756 (2 of 6 names moved)  0.86 / 0.85 (twenty-third session, tuned on)
    blind95   0.855 / 0.874 (2 of 6 names moved)  0.88 / 0.90 (twenty-third session, tuned on)
    blind96   0.810 / 0.817 (2 of 6 names moved)  0.85 / 0.87 (twenty-third session, tuned on)
    blind97   0.787 / 0.762 (2 of 6 names moved)  0.81 / 0.79 (twenty-fourth session, tuned on)
    blind98   0.785 / 0.778 (2 of 6 names moved)  0.84 / 0.85 (twenty-fourth session, tuned on)
    blind99   0.786 / 0.788 (2 of 6 names moved)  (twenty-fourth session's final code; unread)
    blind100  0.794 / 0.764 (2 of 6 names moved)  0.85 / 0.84 (twenty-seventh session, tuned on)
    blind101  0.776 / 0.763 (2 of 6 names moved)  0.78 / 0.77 (twenty-seventh session, one mend)
    blind102  0.805 / 0.793 (2 of 6 names moved)  0.80 / 0.80 (twenty-seventh session, one mend)
    blind103  0.803 / 0.789 (2 of 6 names moved)  (twenty-seventh session's final code; unread)
    blind104  0.818 / 0.827 (2 of 6 names moved)  0.83 / 0.83 (twenty-eighth session, four mends)
    blind105  0.841 / 0.820 (2 of 6 names moved)  0.89 / 0.87 (twenty-ninth session, read)
    blind106  0.810 / 0.803 (3 of 10 names moved) (twenty-ninth session's final code; unread)

The issue's bar (0.95 both) is held by the sets fixed until they met it; the newer sets
hold floors just under what they reached, so a change that loses claims there fails.
Do not tune on these folders to measure a change: write a new blind set.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest
from claim_scoring import (
    Gold,
    Score,
    check_rows,
    check_well_formed,
    same_organisation,
    score,
    score_folder,
    score_reader,
)

from factcheck.articles import read_article
from factcheck.extract import extract_claims
from factcheck.schema import Article

DATA = Path(__file__).parent / "data"
# second readers' gold for some sets' articles: how far two careful readers agree
READERS = sorted(DATA.glob("*/readers/*"))
ISSUE_BAR = (0.95, 0.95)  # precision, recall
BARS = {
    "news": ISSUE_BAR,
    "heldout": ISSUE_BAR,
    "blind3": ISSUE_BAR,
    "blind4": ISSUE_BAR,
    # below the issue's bar: regression floors at what the general fixes reached
    "blind5": (0.91, 0.82),
    "blind6": (0.73, 0.78),
    "blind7": (0.88, 0.88),
    "blind8": (0.95, 0.93),
    "blind9": ISSUE_BAR,
    "blind10": (0.78, 0.85),
    "blind11": (0.78, 0.85),
    "blind12": (0.91, 0.97),
    "blind13": (0.78, 0.82),
    "blind14": ISSUE_BAR,
    "blind15": ISSUE_BAR,
    "blind16": ISSUE_BAR,
    "blind17": ISSUE_BAR,
    "blind18": ISSUE_BAR,
    "blind19": ISSUE_BAR,
    "blind20": ISSUE_BAR,
    "blind21": ISSUE_BAR,
    "blind22": ISSUE_BAR,
    "blind23": (0.93, 0.97),
    "blind24": (0.93, 0.95),
    "blind25": (0.93, 0.93),
    "blind26": (0.90, 0.90),
    "blind27": (0.90, 0.94),
    "blind28": ISSUE_BAR,
    "blind29": ISSUE_BAR,
    "blind30": ISSUE_BAR,
    "blind31": ISSUE_BAR,
    "blind32": ISSUE_BAR,
    "blind33": (0.92, 0.95),
    "blind34": ISSUE_BAR,
    "blind35": ISSUE_BAR,
    "blind36": ISSUE_BAR,
    "blind37": ISSUE_BAR,
    "blind38": ISSUE_BAR,
    "blind39": ISSUE_BAR,
    "blind40": (0.93, 0.96),
    "blind41": ISSUE_BAR,
    "blind42": ISSUE_BAR,
    "blind43": ISSUE_BAR,
    "blind44": ISSUE_BAR,
    "blind45": ISSUE_BAR,
    "blind46": ISSUE_BAR,
    "blind47": ISSUE_BAR,
    "blind48": ISSUE_BAR,
    "blind49": ISSUE_BAR,
    "blind50": (0.92, 0.92),
    "blind51": (0.98, 0.98),
    "blind52": (0.96, 0.97),
    "blind53": (0.98, 0.98),
    "blind54": (0.98, 0.98),
    "blind55": (0.97, 0.97),
    "blind56": (0.97, 0.95),
    "blind57": (0.97, 0.97),
    "blind58": (0.97, 0.97),
    "blind59": (0.97, 0.97),
    "blind60": (0.97, 0.97),
    "blind61": (0.97, 0.97),
    "blind62": (0.96, 0.97),
    "blind63": (0.92, 0.93),
    "blind64": (0.96, 0.96),
    "blind65": (0.97, 0.97),
    "blind66": (0.96, 0.95),
    "blind67": (0.95, 0.95),
    "blind68": (0.94, 0.95),
    "blind69": (0.77, 0.76),
    "blind70": (0.80, 0.78),
    "blind71": (0.82, 0.82),
    "blind72": (0.79, 0.79),
    "blind73": (0.78, 0.79),
    "blind74": (0.78, 0.78),
    "blind75": (0.82, 0.81),
    "blind76": (0.82, 0.81),
    "blind77": (0.78, 0.77),
    "blind78": (0.76, 0.74),
    "blind79": (0.78, 0.80),
    "blind80": (0.82, 0.84),
    "blind81": (0.71, 0.71),
    "blind82": (0.85, 0.84),
    "blind83": (0.79, 0.80),
    "blind84": (0.79, 0.79),
    "blind85": (0.82, 0.83),
    "blind86": (0.75, 0.77),
    "blind87": (0.78, 0.79),
    "blind88": (0.80, 0.79),
    "blind89": (0.78, 0.79),
    "blind90": (0.82, 0.81),
    "blind91": (0.80, 0.82),
    "blind92": (0.83, 0.81),
    "blind93": (0.76, 0.75),
    "blind94": (0.85, 0.84),
    "blind95": (0.88, 0.90),
    "blind96": (0.84, 0.86),
    "blind97": (0.81, 0.79),
    "blind98": (0.84, 0.85),
    "blind99": (0.78, 0.78),
    "blind100": (0.84, 0.83),
    "blind101": (0.77, 0.76),
    "blind102": (0.80, 0.79),
    "blind103": (0.80, 0.78),
    "blind104": (0.83, 0.83),
    "blind105": (0.88, 0.86),
    "blind106": (0.80, 0.80),
}
# Metric names are scored only where the gold was written with the vocabulary's names.
METRIC_BARS = {"news": 0.80}
SETS = tuple(BARS)


@cache
def _score(name: str) -> Score:
    return score_folder(DATA / name)


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_well_formed(name):
    check_well_formed(DATA / name)


@pytest.mark.parametrize("name", SETS)
def test_precision_and_recall(name):
    score = _score(name)
    precision, recall = BARS[name]
    assert score.precision >= precision and score.recall >= recall, (
        f"{name}\n" + score.report()
    )


@pytest.mark.parametrize("name", sorted(METRIC_BARS))
def test_metric_accuracy_among_matched_claims(name):
    score = _score(name)
    assert score.metric_accuracy >= METRIC_BARS[name], f"{name}\n" + score.report()


def test_scoring_ignores_how_a_writer_typed_the_apostrophe():
    text = "Top companies\n\nBYJU'S has around 150 million registered students."
    claims = extract_claims(Article("a", "a.txt", text))
    gold = Gold("a", "BYJU’S", "registered_students", 150e6, "count", "approx", "",
                "around 150 million", text.index("around"), text.index("around") + 18)
    assert score([("a", [gold], claims)]).recall == 1.0


def test_second_readers_gold_is_well_formed():
    for reader in READERS:
        for gold in reader.glob("*.gold.csv"):
            path = reader.parent.parent / gold.name.replace(".gold.csv", ".txt")
            check_rows(reader / path.name, read_article(path))


def test_lenient_names_forgive_the_form_not_the_organisation():
    assert same_organisation("4imprint Group", "4imprint")
    assert same_organisation("Dole plc", "dole")
    assert same_organisation("The Home Depot", "Home Depot")
    assert same_organisation("IGT", "International Game Technology")
    assert not same_organisation("Walmart Connect", "Walmart")  # a unit is not its parent
    assert not same_organisation("Keller", "Bauer")


if __name__ == "__main__":
    # a readable report: python tests/test_extract_sets.py [--lenient] [SET...]
    # --lenient matches names by same_organisation() (name forms forgiven); the second
    # readers under a set's readers/ are scored against its writers the same way
    lenient = "--lenient" in sys.argv
    for name in [a for a in sys.argv[1:] if a != "--lenient"] or SETS:
        print(f"== {name}\n{score_folder(DATA / name, lenient).report()}")
        for reader in sorted((DATA / name / "readers").glob("*")):
            first = score_reader(DATA / name, reader, lenient).report().splitlines()[0]
            print(f"   reader {reader.name} against the writers: {first}")
