"""Round 4 of the NewsQuant work: behaviour a reader of `parse` (and of the claims built on
it) notices."""

from __future__ import annotations

import pytest

from factcheck import extract_claims
from factcheck.articles import text_to_article
from factcheck.quantities import VAGUE_MAGNITUDES, Quantity, parse


def one(text: str) -> Quantity:
    found = parse(text)
    assert len(found) == 1, f"{text!r} -> {found}"
    return found[0]


# --------------------------------------------------------------------------- vague plurals


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Thousands of users signed the petition.", 1e3, 1e4),
        ("Dozens of people were hurt.", 12, 120),
        ("It lost millions of dollars.", 1e6, 1e7),
        ("Tens of thousands of fans came.", 1e4, 1e5),
        ("It reaches hundreds of millions of homes.", 1e8, 1e9),
        ("Scores of shops closed.", 20, 200),
    ],
)
def test_a_vague_plural_is_k_to_ten_k(text, low, high):
    # CQE's published convention: "k-s of" is (k, 10k); no end was stated, so no range_high
    q = one(text)
    assert (q.comparator, q.value, q.low, q.high, q.range_high) == ("range", low, low, high, None)


def test_vague_magnitudes_table_is_k_to_ten_k():
    for lo, hi in VAGUE_MAGNITUDES.values():
        assert hi == pytest.approx(10 * lo)


# --------------------------------------------------------------------------- spelled counts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A survey of seven European countries found it.", 7),
        ("Five new seasons of the show will follow.", 5),
        ("Two of Johnson's deputies were fired, and eight other employees left.", 8),
        ("It offered two gas-only powertrain options.", 2),
        ("He won four FA Cup finals with Chelsea.", 4),
        ("With the top three seeds still playing, it is open.", 3),
    ],
)
def test_spelled_counts_with_words_before_the_noun(text, value):
    counts = [q for q in parse(text) if q.value == value]
    assert [(q.unit, q.comparator) for q in counts] == [("count", "eq")]


@pytest.mark.parametrize(
    "text",
    [
        "The two met on Tuesday with aides.",  # no plural noun: the pronoun
        "Two of them withdrew, and three said no.",
        "He asked for one or two more days.",
        "It is one of the Top 10 names.",  # a digit list title stays a label
    ],
)
def test_spelled_numbers_that_count_nothing_stay_out(text):
    assert [q for q in parse(text) if q.unit == "count" and q.value != 1] == []


def test_spelled_counts_with_words_between_are_not_claims():
    # the parser counts "two German immigrants", the extractor does not make a claim of it;
    # a plural noun right after the number ("nine markets") still makes one, and so does a
    # count of where it operates ("two European markets": the writers of blind70-blind72
    # annotate "eight European countries", "six Canadian provinces")
    text = "Deliveroo was founded by two German immigrants."
    assert parse(text)[0].value == 2
    assert extract_claims(text_to_article(text, "x.txt")) == []
    for text, value in (("Deliveroo operates in nine markets.", 9),
                        ("Deliveroo operates in two European markets.", 2)):
        claims = extract_claims(text_to_article(text, "x.txt"))
        assert [(c.entity, c.value, c.unit) for c in claims] == [("Deliveroo", value, "count")]


# --------------------------------------------------------------------------- other forms


def test_spelled_multiplier():
    q = one("Revenue grew more than sixfold last year.")
    assert (q.value, q.comparator, q.unit) == (6, "gte", "count")
    assert one("Sales rose tenfold.").value == 10


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The team finished with a .500 record.", 0.5, "count"),
        ("The yield rose .5% on Monday.", 0.5, "percent"),
        ("Apps cost $.99 each.", 0.99, "usd"),
    ],
)
def test_leading_dot_decimals(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["It ran v.5 of the app.", "See Web 2.0 and 3.8.1 docs.",
                                  "Sales fell. 5 people left."])
def test_a_dot_after_a_word_or_number_is_no_leading_decimal(text):
    assert all(q.value != 0.5 and q.value != 0.8 for q in parse(text))
