"""SEC EDGAR earnings releases: filing walk, exhibit discovery and per-company patterns."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import responses

from factcheck.sources.http import HttpClient, HttpConfig
from factcheck.sources.sec import (
    SecSource,
    exhibit_from_index,
    exhibit_text,
    load_patterns,
    period_end,
    read_figures,
)
from factcheck.sources.snapshot import load_snapshot
from factcheck.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "sources" / "sec"
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "raw" / "reference"
UA = "factcheck-tests/0.1 (Test Runner tests@example.org)"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ARCHIVE = "https://www.sec.gov/Archives/edgar/data"
UBER_EXHIBIT = f"{ARCHIVE}/1543151/000154315124000008/uberq423earningspressrelea.htm"
SPOTIFY_EXHIBIT = f"{ARCHIVE}/1639920/000114036123003467/brhc10047269_ex99-1.htm"


def body(name: str) -> str:
    return (FIXTURES / name).read_text()


def register_uber() -> None:
    responses.get("https://data.sec.gov/submissions/CIK0001543151.json",
                  body=body("submissions-CIK0001543151.json"), content_type="application/json")
    folder = f"{ARCHIVE}/1543151/000154315124000008"
    responses.get(f"{folder}/index.json", body=body("uber-000154315124000008-index.json"),
                  content_type="application/json")
    responses.get(f"{folder}/0001543151-24-000008-index.htm",
                  body=body("uber-0001543151-24-000008-index.htm"), content_type="text/html")
    responses.get(UBER_EXHIBIT, body=body("uberq423earningspressrelea.htm"),
                  content_type="text/html")


def register_spotify() -> None:
    responses.get("https://data.sec.gov/submissions/CIK0001639920.json",
                  body=body("submissions-CIK0001639920.json"), content_type="application/json")
    responses.get(f"{ARCHIVE}/1639920/000114036123003467/index.json",
                  body=body("spotify-000114036123003467-index.json"),
                  content_type="application/json")
    responses.get(SPOTIFY_EXHIBIT, body=body("brhc10047269_ex99-1.htm"), content_type="text/html")
    responses.get(f"{ARCHIVE}/1639920/000114036123900003/index.json",
                  body=body("spotify-000114036123900003-index.json"),
                  content_type="application/json")
    responses.get(f"{ARCHIVE}/1639920/000114036123900003/0001140361-23-900003-index.htm",
                  body=body("spotify-0001140361-23-900003-index.htm"), content_type="text/html")


def sec_source(tmp_path, slept: list[float] | None = None) -> SecSource:
    config = HttpConfig(user_agent=UA, cache_expire_seconds=None, raw_dir=tmp_path / "raw")
    sleeps = slept if slept is not None else []
    http = HttpClient(config, sleep=sleeps.append, clock=lambda: 0.0, now=lambda: NOW)
    return SecSource(http, now=lambda: NOW)


def by_key(figures):
    """(metric, period) -> figure, for the measures a release states once."""
    return {(f.metric, f.period): f for f in figures if f.period != "day"}


@responses.activate
def test_uber_release_yields_trips_mapcs_with_period_and_as_of(tmp_path):
    register_uber()
    vocabulary = load_vocabulary()
    result = sec_source(tmp_path).fetch([vocabulary.entity("Uber")], vocabulary)
    figures = by_key(result.figures)
    trips = figures[("trips", "quarter")]
    assert trips.value == 2_601_000_000  # the table's current column, not the prior year's
    assert trips.as_of == date(2023, 12, 31)
    assert trips.source == "sec" and trips.source_url == UBER_EXHIBIT
    assert trips.publisher == "Uber earnings release (SEC EDGAR)"
    assert trips.definition == "Trips" and trips.entity_id == "Q692400"
    assert "0001543151-24-000008" in trips.note
    per_day = {f.definition: f for f in result.figures if f.period == "day"}
    quarter_avg = per_day["Trips per day (quarterly average)"]
    assert (quarter_avg.value, quarter_avg.bound) == (28_000_000, "approx")
    assert quarter_avg.as_of == date(2023, 12, 31)
    assert per_day["Daily trips (full-year average)"].value == 26_000_000
    mapcs = figures[("monthly_active_platform_consumers", None)]
    assert (mapcs.value, mapcs.as_of) == (150_000_000, date(2023, 12, 31))
    assert result.used == {"Uber": "sec"}
    # only the earnings 8-K was opened: the 10-K and the item-5.07 8-K were skipped
    urls = [c.request.url for c in responses.calls]
    assert not any("900001" in u or "900002" in u for u in urls)
    assert all(c.request.headers["User-Agent"] == UA for c in responses.calls)


@responses.activate
def test_sec_figures_agree_with_the_cited_snapshot_rows(tmp_path):
    register_uber()
    vocabulary = load_vocabulary()
    live = sec_source(tmp_path).fetch([vocabulary.entity("Uber")], vocabulary).figures
    snapshot = {(f.metric, f.period, f.as_of, f.value) for f in load_snapshot(REFERENCE)}
    for figure in live:
        assert (figure.metric, figure.period, figure.as_of, figure.value) in snapshot


@responses.activate
def test_spotify_6k_exhibit_found_by_name_and_quarter_parsed(tmp_path):
    register_spotify()
    vocabulary = load_vocabulary()
    result = sec_source(tmp_path).fetch([vocabulary.entity("Spotify")], vocabulary)
    figures = by_key(result.figures)
    assert figures[("premium_subscribers", None)].value == 205_000_000
    assert figures[("monthly_active_users", None)].value == 489_000_000
    assert {f.as_of for f in result.figures} == {date(2022, 12, 31)}
    assert {f.source_url for f in result.figures} == {SPOTIFY_EXHIBIT}
    assert any("no exhibit 99.1" in n and "900003" in n for n in result.notes)
    assert not any("ex99-2" in c.request.url for c in responses.calls)
    assert not any("900001" in c.request.url for c in responses.calls)  # the 20-F


@responses.activate
def test_sec_host_requests_are_rate_limited(tmp_path):
    register_uber()
    vocabulary = load_vocabulary()
    slept: list[float] = []
    sec_source(tmp_path, slept).fetch([vocabulary.entity("Uber")], vocabulary)
    # four requests at one frozen instant: each after the first waits its 1/10 s slot
    assert len(responses.calls) == 4
    assert slept == pytest.approx([0.1, 0.2, 0.3])


@responses.activate
def test_missing_submissions_is_a_failure_not_an_exception(tmp_path):
    responses.get("https://data.sec.gov/submissions/CIK0001759509.json", status=404)
    vocabulary = load_vocabulary()
    result = sec_source(tmp_path).fetch([vocabulary.entity("Lyft")], vocabulary)
    assert result.failures == {"Lyft": "HTTP 404"}
    assert result.figures == []


@pytest.mark.parametrize(
    ("text", "filed", "expected"),
    [
        ("results for the quarter ended March 31, 2024 compared", date(2024, 4, 25),
         date(2024, 3, 31)),
        ("Reddit Announces First Quarter 2024 Results", date(2024, 5, 7), date(2024, 3, 31)),
        ("Q4 2022 Update ... Q4 2021 comparison", date(2023, 1, 31), date(2022, 12, 31)),
        ("Three Months Ended December 31, 2022 and the quarter ended December 31, 2023",
         date(2024, 2, 7), date(2023, 12, 31)),
        ("no period here", date(2024, 2, 7), None),
    ],
)
def test_period_end_is_the_one_the_release_states(text, filed, expected):
    assert period_end(text, filed) == expected


# Sentences in the style of each company's release; numbers from cited figures.csv rows.
RELEASE_LINES = [
    ("Lyft", "Active Riders grew 10% year-over-year to 22.4 million.", "active_riders",
     22_400_000),
    ("Reddit", "DAUq grew 37% year-over-year to 82.7 million.", "daily_active_uniques",
     82_700_000),
    ("Reddit", "WAUq grew 40% year-over-year to 306.2 million.", "weekly_active_uniques",
     306_200_000),
    ("Meta", "Family daily active people (DAP) \u2013 DAP was 3.35 billion on average for "
     "December 2024, an increase of 5% year-over-year.", "family_daily_active_people",
     3_350_000_000),
    ("Facebook", "Facebook daily active users (DAUs) \u2013 DAUs were 2.11 billion on average "
     "for December 2023.", "daily_active_users", 2_110_000_000),
    ("Netflix", "We ended the quarter with 301.63M paid memberships.", "paid_memberships",
     301_630_000),
]


@pytest.mark.parametrize(("entity", "line", "metric", "value"), RELEASE_LINES)
def test_company_patterns_read_their_release_wording(entity, line, metric, value):
    vocabulary = load_vocabulary()
    company = load_patterns()[entity]
    figures, _ = read_figures(
        exhibit_text(f"<p>{line}</p>"), company, vocabulary.entity(entity), vocabulary,
        as_of=date(2024, 12, 31), url="https://www.sec.gov/x.htm", retrieved_at=NOW,
    )
    assert [(f.metric, f.value) for f in figures] == [(metric, value)]
    assert figures[0].publisher.endswith("earnings release (SEC EDGAR)")


def test_patterns_for_metrics_outside_the_vocabulary_are_skipped_with_a_note():
    vocabulary = load_vocabulary()
    figures, notes = read_figures(
        "paid net adds of 13.1M", load_patterns()["Netflix"], vocabulary.entity("Netflix"),
        vocabulary, as_of=date(2023, 12, 31), url="u", retrieved_at=NOW,
    )
    if vocabulary.metric("paid_net_additions") is None:
        assert figures == [] and any("paid_net_additions" in n for n in notes)
    else:
        assert [f.value for f in figures] == [13_100_000]


def test_user_patterns_file_overrides_packaged(tmp_path, monkeypatch):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[companies.Lyft]\nforms = ["8-K"]\n[[companies.Lyft.figures]]\nmetric = "rides"\n'
        "definition = \"Rides\"\nperiod = \"quarter\"\n"
        "patterns = ['Rides (?P<value>[\\d.]+) (?P<scale>million)']\n"
    )
    monkeypatch.setenv("FACTCHECK_SEC_PATTERNS", str(extra))
    assert [f.metric for f in load_patterns()["Lyft"].figures] == ["rides"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["brhc10047269_6k.htm", "brhc10047269_ex99-2.htm", "brhc10047269_ex99-1.htm"],
         "brhc10047269_ex99-1.htm"),
        (["d123d8k.htm", "d123dex992.htm", "d123dex991.htm"], "d123dex991.htm"),
        (["form8-k.htm", "exhibit99.htm"], "exhibit99.htm"),
        (["0001-24-000008-index.htm", "uber-20240207.htm", "q4earnings.htm"], None),
    ],
)
def test_exhibit_99_1_is_recognised_by_file_name(names, expected):
    index = {"directory": {"item": [{"name": n, "type": "text.gif"} for n in names]}}
    assert exhibit_from_index(index) == expected


def test_table_patterns_take_the_current_column_even_at_the_end_of_the_text():
    vocabulary = load_vocabulary()
    figures, _ = read_figures(
        "Key Metrics (in millions) Q4 2021 Q4 2022 Total MAUs 406 489", load_patterns()["Spotify"],
        vocabulary.entity("Spotify"), vocabulary,
        as_of=date(2022, 12, 31), url="u", retrieved_at=NOW,
    )
    assert [(f.metric, f.value) for f in figures] == [("monthly_active_users", 489_000_000)]
