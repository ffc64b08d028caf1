"""Round 5 of the NewsQuant work: two alternatives sharing one unit, age brackets, and more
change verbs."""

from __future__ import annotations

import pytest

from factcheck.quantities import CHANGE_WORDS, parse


def fields(text: str) -> list[tuple]:
    return [(q.value, q.unit, q.duration_unit, q.comparator, q.change) for q in parse(text)]


# --------------------------------------------------------------------------- "N or M unit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs eight or nine euros.",
         [(8, "eur", None, "eq", None), (9, "eur", None, "eq", None)]),
        ("It costs 8 or 9 euros.",
         [(8, "eur", None, "eq", None), (9, "eur", None, "eq", None)]),
        ("Over the past three or four years, rates fell.",
         [(3, "duration", "year", "eq", None), (4, "duration", "year", "eq", None)]),
        ("Shares rose 3 or 4 per cent.",
         [(3, "percent", None, "eq", "up"), (4, "percent", None, "eq", "up")]),
        ("It needs two or three million dollars.",
         [(2e6, "usd", None, "eq", None), (3e6, "usd", None, "eq", None)]),
        ("They ran 5 or 6 miles.",
         [(5, "mile", None, "eq", None), (6, "mile", None, "eq", None)]),
    ],
)
def test_first_of_two_alternatives_takes_the_shared_unit(text, expected):
    assert fields(text) == expected


def test_alternatives_without_a_unit_stay_as_before():
    # spelled small numbers that count nothing stay out; a restatement keeps its own unit
    assert fields("We saw one or two people.") == [(2, "count", None, "eq", None)]
    assert fields("The Dow lost 190 points, or 0.6%.") == [
        (190, "count", None, "eq", "down"), (0.6, "percent", None, "eq", "down")]
    # a smaller second number is no alternative of the same kind
    assert fields("It has 5 or 3 percent.")[0][1] == "count"


# --------------------------------------------------------------------------- age brackets


@pytest.mark.parametrize(
    "text",
    [
        "It says 60 per cent of men aged 18 to 34 who watch sports bet on it.",
        "Employment for women aged 25-54 grew.",
        "Those aged between 18 and 24 were polled.",
        "Children ages 5 to 11 can get the vaccine.",
    ],
)
def test_age_brackets_are_not_quantities(text):
    assert all(not (q.comparator == "range" and q.unit == "count") for q in parse(text))


def test_ranges_elsewhere_and_single_ages_stay():
    assert fields("It sold 18 to 34 cars.")[0][:2] == (18, "count")
    assert [q.value for q in parse("Maddon, 66, has used the downtime.")] == [66]
    assert [q.value for q in parse("The 65-year-old worries.")] == [65]


# --------------------------------------------------------------------------- change verbs


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The euro weakened 0.3% against the dollar.", "down"),
        ("Shares rebounded 4.5% on Tuesday.", "up"),
        ("Oil prices dived 6 per cent.", "down"),
        ("The stock tanked 12%.", "down"),
        ("Bitcoin plummets 20%.", "down"),
        ("The yen strengthened 1.2%.", "up"),
        ("Gold leapt 3%.", "up"),
    ],
)
def test_more_change_verbs(text, change):
    (q,) = parse(text)
    assert q.change == change


def test_change_nouns_stay_unlabelled_but_are_listed():
    # "a rebound of 5%": a noun (NewsQuant "="); the claim extractor reads CHANGE_WORDS
    (q,) = parse("There was a rebound of 5% in sales.")
    assert q.change is None
    assert CHANGE_WORDS["rebound"] == "up" and CHANGE_WORDS["dip"] == "down"
