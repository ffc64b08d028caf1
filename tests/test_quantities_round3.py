"""Round 3 of the NewsQuant work: behaviour a reader of `parse` (and of the claims built on
it) notices. Conventions follow NewsQuant's gold where it is consistent on the dev split."""

from __future__ import annotations

import pytest

from factcheck.extract import _reading
from factcheck.quantities import Quantity, parse
from factcheck.segments import Span


def one(text: str) -> Quantity:
    found = parse(text)
    assert len(found) == 1, f"{text!r} -> {found}"
    return found[0]


# --------------------------------------------------------------------------- changes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It reported an increase of 5% in users.", 5),
        ("It reported a 5% increase in users.", 5),
        ("It reported a 7% drop in users.", 7),
        ("Costs were 3% lower.", 3),
        ("BioView shares finished 34.4% higher at 3.23 shekels.", 34.4),
        ("Partners pledged a decrease of 400,000 barrels a day.", 400_000),
        ("Revenue growth of 12% beat forecasts.", 12),
    ],
)
def test_a_change_stated_by_a_noun_or_adjective_is_not_marked(text, value):
    q = parse(text)[0]
    assert (q.value, q.change) == (value, None)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Revenue rose 12% in the quarter.", "up"),
        ("Shares were down 3% on Friday.", "down"),
        ("The index gained 0.7 percent to 6,327.80.", "up"),
        ("Toyota increased global production by 300,000 cars.", "up"),
        ("Fresh fruit prices are expected to increase 5%.", "up"),
    ],
)
def test_a_change_stated_by_a_verb_or_adverb_is_marked(text, change):
    assert parse(text)[0].change == change


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("It reported an increase of 5% in users.", ["up"]),
        ("It reported a 7% drop in users.", ["down"]),
        ("Costs were 3% lower.", ["down"]),
        ("Revenue growth of 12% beat forecasts.", ["up"]),
        ("It posted an increase of 60,600 jobs, or 1%, in May.", ["up", "up"]),
        ("It has 33 million members.", [None]),
    ],
)
def test_claims_still_read_noun_changes_as_changes(text, changes):
    whole = Span(0, len(text))
    got = [_reading(text, whole, q, q.start)[3] for q in parse(text)]
    assert got == changes


# --------------------------------------------------------------------------- spelled counts


@pytest.mark.parametrize(
    "text",
    [
        "It is quite a lot for one man to balance.",
        "She put one hand behind her head.",
        "There is one particular demand that stands out.",
        "One US fluid ounce is 1/16 of a US pint.",
        "Are you on the hunt for one of the best wireless speakers?",
        "Its one of my local stores.",
        "One of the bidders withdrew.",
    ],
)
def test_one_before_a_noun_or_one_of_a_group_is_a_count_of_one(text):
    q = parse(text)[0]
    assert (q.value, q.unit, q.comparator, q.surface.lower()) == (1, "count", "eq", "one")


def test_spelled_counts_of_a_group():
    assert [(q.value, q.unit) for q in parse("Two of Johnson’s deputies were fired.")] == [
        (2, "count")
    ]
    assert [q.value for q in parse("Three of the bidders withdrew.")] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "One can see why.",
        "They helped one another.",
        "Each one they lose counts.",
        "She is the one who called.",
        "It takes one or two tries.",
        "HabEx is just one of four concepts.",  # a ratio, not one thing
        "At least one of its apps is used daily.",  # an idiom ("some")
        "It was a one-off payment.",
    ],
)
def test_one_as_a_pronoun_or_idiom_is_not_a_count(text):
    assert [q for q in parse(text) if q.value == 1] == []


# --------------------------------------------------------------------------- forms


def test_hyphenated_to_range_and_a_ratio():
    q = parse("It is quick off the line: 0-to-60-mph in 3 seconds.")[0]
    assert (q.value, q.range_high, q.comparator, q.unit) == (0, 60, "range", "mile_per_hour")
    q = one("The board backed it in a 3-to-1 vote.")
    assert (q.value, q.comparator) == (3, "eq")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It is the strength of the sub-500 sq m office market.", 500, "square_metre"),
        ("Sales of sub-$100 phones doubled.", 100, "usd"),
        ("Bonds with a sub-1% yield.", 1, "percent"),
    ],
)
def test_sub_before_a_number_is_an_upper_bound(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.comparator, q.low, q.high) == (value, unit, "lte", None, value)
