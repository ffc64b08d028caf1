"""The seed article end to end without Prefect: verdicts follow from the reference data."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEED

from factcheck import pipeline, tables


def _run(tmp, published=None, validate=False):
    options = pipeline.RunOptions(
        published=published,
        reports_dir=tmp / "reports",
        processed_dir=tmp / "processed",
        validate=validate,
    )
    result = pipeline.check_articles([str(SEED)], options)
    return result, tables.load("checks", tmp / "processed")


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    return _run(tmp_path_factory.mktemp("dated"), published=date(2020, 2, 1), validate=True)


def _verdicts(checks):
    return {(r.entity, r.metric): r.verdict for r in checks.itertuples()}


def test_seed_verdicts_published_early_2020(dated):
    _, checks = dated
    assert _verdicts(checks) == {
        ("Facebook", "monthly_active_users"): "outdated",  # true at end-2019, not now
        ("Netflix", "paid_memberships"): "stale",
        ("Netflix", "countries"): "stale",
        ("Instagram", "monthly_active_users"): "stale",
        ("Spotify", "premium_subscribers"): "stale",
        ("Lyft", "rides"): "stale",
        ("Uber", "trips"): "stale",
        ("Reddit", "monthly_active_users"): "stale",
        ("Lyft", "cities_united_states"): "unverifiable",
        ("Lyft", "cities_canada"): "unverifiable",
        ("Spotify", "share_of_services_in_python"): "unverifiable",
    }


def _row(checks, entity, metric):
    return checks[(checks.entity == entity) & (checks.metric == metric)].iloc[0]


def test_stale_claims_carry_the_vintage_when_they_were_true(dated):
    _, checks = dated
    netflix = _row(checks, "Netflix", "paid_memberships")
    assert netflix.vintage_start.year in (2012, 2013)
    spotify = _row(checks, "Spotify", "premium_subscribers")
    assert spotify.vintage_start.year == 2018
    for row in checks[checks.verdict == "stale"].itertuples():
        assert row.vintage_end < row.published


def test_facebook_mau_is_outdated_and_its_measure_discontinued(dated):
    _, checks = dated
    facebook = _row(checks, "Facebook", "monthly_active_users")
    assert facebook.pub_as_of.date() == date(2019, 12, 31) and facebook.pub_value == 2.5e9
    assert facebook.latest_as_of.date() == date(2023, 12, 31)
    assert "discontinued" in facebook.explanation


def test_uber_trips_per_day_are_compared_per_day(dated):
    _, checks = dated
    uber = _row(checks, "Uber", "trips")
    assert uber.period == "per_day"
    # At publication: 2019's 7 billion trips over 365 days.
    assert uber.pub_value == pytest.approx(7e9 / 365)


def test_reddit_mau_is_compared_only_with_mau(dated):
    _, checks = dated
    reddit = _row(checks, "Reddit", "monthly_active_users")
    for text in (reddit.latest_definition, reddit.explanation):
        assert "DAUq" not in text and "WAUq" not in text and "visitor" not in text.lower()


def test_gx_flags_exactly_the_rows_outside_their_claimed_interval(dated):
    result, checks = dated
    outside = set(checks.loc[checks.in_interval == False, "claim_id"])  # noqa: E712
    assert outside and set(result.discrepancies) == outside
    assert result.data_docs and (result.run_dir / "data_docs" / "index.html").exists()
    assert "data_docs/index.html" in result.report_html.read_text(encoding="utf-8")


def test_undated_article_says_so_and_infers_the_earliest_writing_date(tmp_path):
    result, checks = _run(tmp_path)
    assert checks["published"].isna().all()
    assert set(checks["published_inferred"].dt.date) == {date(2019, 12, 31)}
    report = result.report_md.read_text(encoding="utf-8")
    assert "unknown" in report and "2019-12-31" in report
    assert "offline reference snapshot" in report  # the default run says where figures came from
    assert "stale" not in set(checks["verdict"])  # undated: nothing can be called stale
