"""The fact-check against the curated reference figures: verdicts a reviewer would read."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import REPO

from factcheck import policy
from factcheck.compare import (
    claim_interval,
    compare,
    convert,
    human,
    infer_earliest_date,
    window_days,
)
from factcheck.schema import Check, Claim, Figure
from factcheck.sources.snapshot import load_snapshot
from factcheck.vocabulary import load_vocabulary

PUBLISHED = date(2020, 2, 1)  # the seed article's figures point to early 2020
TODAY = date(2026, 11, 26)  # fixed, so "latest" and "discontinued" do not drift


def reference_figures() -> list[Figure]:
    """The project's curated snapshot (a faithful copy of shared/reference/figures.csv)."""
    return load_snapshot(REPO / "data" / "raw" / "reference")


def claim(entity, metric, value, comparator, low, high, quote, period=None, unit="count"):
    """A claim as the extractor produces it (low/high from rounding and comparator)."""
    return Claim(
        claim_id=f"seed:{quote}", article_id="seed", source="seed.txt", published=None,
        entity=entity, entity_id=None, metric=metric, value=value, unit=unit,
        comparator=comparator, low=low, high=high, period=period, quote=quote,
        sentence=quote, char_start=0, char_end=len(quote),
    )


SEED_CLAIMS = {
    "netflix_countries": claim("Netflix", "countries", 40, "eq", 39.5, 40.5, "40 countries"),
    "netflix_members": claim(
        "Netflix", "paid_memberships", 33e6, "gte", 33e6, None, "more than 33 million members"
    ),
    "facebook_mau": claim(
        "Facebook", "monthly_active_users", 2.5e9, "eq", 2.495e9, 2.505e9,
        "2.50 billion total number of monthly active users",
    ),
    "instagram_mau": claim(
        "Instagram", "monthly_active_users", 8e8, "gte", 8e8, None,
        "more than 800 million active users",
    ),
    "spotify_subscribers": claim(
        "Spotify", "premium_subscribers", 75e6, "eq", 74.5e6, 75.5e6,
        "It has 75 million paid subscribers",
    ),
    "spotify_python": claim(
        "Spotify", "share_of_services_in_python", 80, "approx", 72, 88,
        "approx 80% of its services are written in Python", unit="percent",
    ),
    "lyft_us_cities": claim(
        "Lyft", "cities_united_states", 644, "eq", 643.5, 644.5,
        "operating in 644 cities in the United States",
    ),
    "lyft_canada_cities": claim(
        "Lyft", "cities_canada", 12, "eq", 11.5, 12.5, "12 cities in Canada"
    ),
    "lyft_rides": claim(
        "Lyft", "rides", 14e6, "eq", 13.5e6, 14.5e6,
        "facilitating 14 million rides per month", period="per_month",
    ),
    "reddit_mau": claim(
        "Reddit", "monthly_active_users", 330e6, "eq", 329.5e6, 330.5e6,
        "Reddit has 330 million monthly active users",
    ),
    "uber_trips": claim(
        "Uber", "trips", 15e6, "gte", 15e6, None, "completes over 15 millions trips daily",
        period="per_day",
    ),
}


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


@pytest.fixture(scope="module")
def figures():
    return reference_figures()


@pytest.fixture(scope="module")
def dated(vocabulary, figures) -> dict[str, Check]:
    checks = compare(list(SEED_CLAIMS.values()), figures, vocabulary, published=PUBLISHED,
                     today=TODAY)
    return dict(zip(SEED_CLAIMS, checks, strict=True))


@pytest.fixture(scope="module")
def undated(vocabulary, figures) -> dict[str, Check]:
    checks = compare(list(SEED_CLAIMS.values()), figures, vocabulary, today=TODAY)
    return dict(zip(SEED_CLAIMS, checks, strict=True))


# ------------------------------------------------------------------ the seed, dated


def test_facebook_mau_is_outdated_and_the_measure_discontinued(dated):
    check = dated["facebook_mau"]
    assert check.verdict == "outdated"
    assert (check.pub_as_of, check.pub_value) == (date(2019, 12, 31), 2.5e9)
    assert (check.latest_as_of, check.latest_value) == (date(2023, 12, 31), 3.07e9)
    # True from when the line from 2.32B (2018-12-31) reached 2.495B until it passed 2.505B
    # on the way to 2.60B (2020-03-31).
    assert (check.vintage_start, check.vintage_end) == (date(2019, 12, 21), date(2020, 1, 5))
    assert check.in_interval is False
    assert "3.07 billion" in check.explanation and "2023-12-31" in check.explanation
    assert "discontinued" in check.explanation


def test_netflix_members_recycled_from_2012_is_stale(dated):
    check = dated["netflix_members"]
    assert check.verdict == "stale"
    assert check.pub_as_of == date(2019, 12, 31) and check.pub_value == 167_090_000
    assert date(2012, 12, 31) <= check.vintage_start <= check.vintage_end < date(2013, 12, 31)
    # A lower bound far below reality reads as the figure: 33 million is not 325 million.
    assert check.latest_value == 325e6 and check.in_interval is False
    assert "325 million" in check.explanation and "2025-12-31" in check.explanation


def test_netflix_forty_countries_was_true_in_2014(dated):
    check = dated["netflix_countries"]
    assert check.verdict == "stale"
    assert check.vintage_start.year == 2014 and check.vintage_end.year == 2014
    assert check.pub_value == 190


def test_instagram_800_million_was_already_old_in_2020(dated):
    # 1 billion (June 2018) is the newest Instagram figure before February 2020: 25% above
    # "more than 800 million", beyond the 20% materiality margin, so the claim recycled the
    # 800 million announced in September 2017.
    check = dated["instagram_mau"]
    assert check.pub_as_of == date(2018, 6, 20) and check.pub_value == 1e9
    assert check.verdict == "stale"
    assert check.vintage_start == date(2017, 9, 25)
    assert check.latest_value == 3e9 and check.in_interval is False


def test_instagram_counts_as_current_with_a_looser_margin(vocabulary, figures):
    (check,) = compare([SEED_CLAIMS["instagram_mau"]], figures, vocabulary,
                       published=PUBLISHED, today=TODAY, margin=0.25)
    assert check.verdict == "outdated"


def test_spotify_75_million_was_true_in_early_2018_by_interpolation(dated):
    check = dated["spotify_subscribers"]
    assert check.verdict == "stale"
    # 71M at 2017-12-31, 96M at 2018-12-31: the line passes 74.5M-75.5M in Feb-Mar 2018.
    assert (check.vintage_start, check.vintage_end) == (date(2018, 2, 20), date(2018, 3, 7))


def test_lyft_14_million_rides_a_month_was_true_in_mid_2016(dated):
    check = dated["lyft_rides"]
    assert check.verdict == "stale"
    assert check.pub_as_of == date(2018, 12, 31) and check.pub_value == 50e6
    assert date(2016, 5, 31) < check.vintage_start <= check.vintage_end < date(2016, 10, 31)
    # Latest: Q4 2025 rides per month = quarterly total / 3.
    assert check.latest_value == pytest.approx(243.5e6 / 3)


def test_uber_daily_trips_compared_per_day(dated):
    check = dated["uber_trips"]
    assert check.verdict == "stale"
    # At publication the newest figure is the FY2019 total: 7 billion / 365 days.
    assert check.pub_as_of == date(2019, 12, 31)
    assert check.pub_value == pytest.approx(7e9 / 365)
    assert date(2018, 1, 1) < check.vintage_start <= check.vintage_end < date(2019, 12, 31)
    assert check.latest_value == 40e6 and check.in_interval is False


def test_uber_quarterly_trips_are_divided_by_the_days_in_the_quarter(vocabulary, figures):
    (check,) = compare([SEED_CLAIMS["uber_trips"]], figures, vocabulary,
                       published=date(2026, 1, 15), today=date(2026, 1, 15))
    assert check.latest_as_of == date(2025, 12, 31)
    assert check.latest_value == pytest.approx(3.8e9 / 92)
    assert "41.3 million per day" in check.explanation


def test_reddit_mau_is_compared_only_with_mau_rows(dated):
    check = dated["reddit_mau"]
    assert check.verdict == "stale"
    # Not the 500M "visitors" row of 2023, nor DAUq / WAUq.
    assert (check.latest_as_of, check.latest_value) == (date(2019, 12, 31), 430e6)
    assert "visitor" not in check.latest_definition.lower()
    assert check.vintage_start.year == check.vintage_end.year == 2018
    assert "discontinued" in check.explanation


def test_reddit_mau_without_mau_rows_is_unverifiable(vocabulary, figures):
    others = [f for f in figures if f.entity == "Reddit"
              and (f.metric != "monthly_active_users" or "visitor" in f.definition.lower())]
    assert others
    (check,) = compare([SEED_CLAIMS["reddit_mau"]], others, vocabulary,
                       published=PUBLISHED, today=TODAY)
    assert check.verdict == "unverifiable"
    assert check.latest_value is None and check.in_interval is None


def test_daily_actives_are_not_monthly_actives(vocabulary, figures):
    dau = claim("Facebook", "daily_active_users", 1.66e9, "eq", 1.655e9, 1.665e9,
                "1.66 billion daily active users")
    (check,) = compare([dau], figures, vocabulary, published=PUBLISHED, today=TODAY)
    assert check.verdict == "outdated"
    assert check.latest_value == 2.11e9 and check.pub_value == 1.66e9


@pytest.mark.parametrize("key", ["lyft_us_cities", "lyft_canada_cities"])
def test_lyft_city_counts_have_no_figure_near_the_article(dated, key):
    check = dated[key]
    assert check.verdict == "unverifiable"
    assert "none is known after 2018" in check.explanation
    assert check.vintage_start is None


def test_a_measure_without_figures_is_unverifiable(dated):
    check = dated["spotify_python"]
    assert check.verdict == "unverifiable"
    assert "Spotify" in check.explanation and "python" in check.explanation
    assert check.latest_value is None and check.ratio is None and check.in_interval is None


@pytest.mark.parametrize("entity", ["Antino Labs", None])
def test_unknown_entity_is_unverifiable(vocabulary, figures, entity):
    unknown = claim(entity, "employees", 500, "eq", 499.5, 500.5, "500 employees")
    (check,) = compare([unknown], figures, vocabulary, published=PUBLISHED, today=TODAY)
    assert check.verdict == "unverifiable"
    assert check.explanation.startswith("Unverifiable:")


def test_in_interval_is_false_exactly_where_the_latest_figure_is_outside(dated, undated):
    for check in [*dated.values(), *undated.values()]:
        if check.latest_value is None:
            assert check.in_interval is None
        else:
            expected = policy.is_consistent(
                check.latest_value, check.claim_low, check.claim_high, policy.MATERIALITY_MARGIN
            )
            assert check.in_interval is expected
            assert check.ratio == pytest.approx(check.latest_value / check.claimed_value)


def test_every_row_has_one_readable_sentence(dated):
    for check in dated.values():
        assert check.explanation.endswith(".") and "\n" not in check.explanation
        assert check.published == PUBLISHED and check.published_inferred is None


# ------------------------------------------------------------------ undated


def test_undated_article_is_no_older_than_facebooks_q4_2019_figure(undated, vocabulary, figures):
    assert {c.published_inferred for c in undated.values()} == {date(2019, 12, 31)}
    assert infer_earliest_date(list(SEED_CLAIMS.values()), figures, vocabulary,
                               today=TODAY) == date(2019, 12, 31)


def test_undated_verdicts(undated):
    assert undated["facebook_mau"].verdict == "outdated"
    assert undated["netflix_members"].verdict == "outdated"
    assert undated["spotify_python"].verdict == "unverifiable"
    assert all(c.published is None and c.pub_value is None for c in undated.values())


# ------------------------------------------------------------------ units


def _figure(value, as_of, period=None, bound="eq", metric="premium_subscribers", entity="Spotify"):
    return Figure(
        entity=entity, entity_id=None, metric=metric, value=value, unit="count",
        period=period, as_of=as_of, bound=bound, definition="Premium Subscribers",
        source="snapshot", source_url="https://example.org/test", publisher="test",
    )


def test_accurate_when_the_latest_figure_agrees(vocabulary):
    series = [_figure(71e6, date(2017, 12, 31)), _figure(75.2e6, date(2018, 3, 31))]
    (check,) = compare([SEED_CLAIMS["spotify_subscribers"]], series, vocabulary,
                       published=date(2018, 5, 1), today=date(2018, 5, 1))
    assert check.verdict == "accurate" and check.in_interval is True
    assert check.vintage_end == date(2018, 3, 31)


def test_materiality_a_lower_bound_far_below_reality_is_not_accurate(vocabulary):
    members = SEED_CLAIMS["netflix_members"]
    day = date(2025, 1, 15)
    far = _figure(301.63e6, date(2024, 12, 31), metric="paid_memberships", entity="Netflix")
    near = _figure(38e6, date(2024, 12, 31), metric="paid_memberships", entity="Netflix")
    (check,) = compare([members], [far], vocabulary, published=day, today=day)
    assert check.verdict == "inaccurate" and check.in_interval is False
    (check,) = compare([members], [near], vocabulary, published=day, today=day)
    assert check.verdict == "accurate" and check.in_interval is True


def test_a_figure_the_source_bounds_is_read_with_the_margin(vocabulary):
    exact = claim("Spotify", "premium_subscribers", 320e6, "eq", 319.5e6, 320.5e6, "320 million")
    over = _figure(300e6, date(2025, 12, 31), bound="gte")  # "over 300 million"
    (check,) = compare([exact], [over], vocabulary, today=date(2026, 1, 1))
    assert check.verdict == "accurate"
    far = claim("Spotify", "premium_subscribers", 500e6, "eq", 499.5e6, 500.5e6, "500 million")
    (check,) = compare([far], [over], vocabulary, today=date(2026, 1, 1))
    assert check.verdict == "inaccurate"


def test_interpolated_vintage_enters_and_leaves_the_interval(vocabulary):
    series = [_figure(71e6, date(2017, 12, 31)), _figure(96e6, date(2018, 12, 31))]
    (check,) = compare([SEED_CLAIMS["spotify_subscribers"]], series, vocabulary,
                       published=date(2019, 6, 1), today=date(2019, 6, 1))
    # 74.5M is 3.5/25 of the way (51 days), 75.5M is 4.5/25 (66 days) into 2018.
    assert check.verdict == "stale"
    assert (check.vintage_start, check.vintage_end) == (date(2018, 2, 20), date(2018, 3, 7))


def test_figures_after_today_are_not_known_yet(vocabulary, figures):
    (check,) = compare([SEED_CLAIMS["facebook_mau"]], figures, vocabulary,
                       published=PUBLISHED, today=PUBLISHED)
    assert check.verdict == "accurate"
    assert check.latest_as_of == date(2019, 12, 31)
    assert "discontinued" not in check.explanation


@pytest.mark.parametrize(
    ("window", "as_of", "days"),
    [
        ("quarter", date(2019, 3, 31), 90),
        ("quarter", date(2020, 3, 31), 91),  # leap year
        ("quarter", date(2025, 12, 31), 92),
        ("quarter", date(2024, 6, 30), 91),
        ("month", date(2020, 2, 29), 29),
        ("month", date(2019, 2, 28), 28),
        ("year", date(2016, 12, 31), 366),
        ("year", date(2019, 12, 31), 365),
        ("day", date(2019, 3, 31), 1),
    ],
)
def test_window_days(window, as_of, days):
    assert window_days(window, as_of) == days


def test_period_conversion():
    assert convert(1.55e9, "quarter", date(2019, 3, 31), "per_day") == pytest.approx(1.55e9 / 90)
    assert convert(1.4e9, "quarter", date(2020, 12, 31), "per_day") == pytest.approx(1.4e9 / 92)
    assert convert(162.6e6, "year", date(2016, 12, 31), "per_month") == pytest.approx(13.55e6)
    assert convert(219e6, "quarter", date(2024, 12, 31), "per_month") == pytest.approx(73e6)
    assert convert(17e6, "day", date(2019, 3, 31), "per_quarter") == pytest.approx(17e6 * 90)
    assert convert(50e6, "month", date(2018, 12, 31), "per_month") == 50e6


def test_claim_interval_falls_back_to_rounding_and_comparator():
    def bare(value, comparator, quote):
        return claim("Facebook", "monthly_active_users", value, comparator, None, None, quote)

    low, high = claim_interval(bare(2.5e9, "eq", "2.50 billion monthly active users"))
    assert (low, high) == (pytest.approx(2.495e9), pytest.approx(2.505e9))
    assert claim_interval(bare(33e6, "gte", "more than 33 million")) == (33e6, None)
    assert claim_interval(bare(75e6, "eq", "")) == (74.5e6, 75.5e6)
    assert claim_interval(bare(40, "eq", "40 countries")) == (39.5, 40.5)


def test_human_numbers():
    assert human(301.63e6) == "301.63 million"
    assert human(2.5e9) == "2.5 billion"
    assert human(13_500) == "13,500"
    assert human(40) == "40"
