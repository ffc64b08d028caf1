"""fetch_figures: the whole series per entity, live first, snapshot fallback that says why."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import requests
import responses

from factcheck.sources import (
    FetchResult,
    HttpClient,
    HttpConfig,
    SourceError,
    fetch_figures,
    refresh_snapshot,
)
from factcheck.sources.snapshot import load_snapshot
from factcheck.sources.wikidata import API_URL
from factcheck.vocabulary import Vocabulary, load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "raw" / "reference"
FIXTURES = Path(__file__).parent / "fixtures" / "sources"
UA = "factcheck-tests/0.1 (Test Runner tests@example.org)"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def client(tmp_path, **config) -> HttpClient:
    settings = {"user_agent": UA, "cache_path": tmp_path / "cache.sqlite",
                "raw_dir": tmp_path / "raw"}
    settings.update(config)
    return HttpClient(HttpConfig(**settings), sleep=lambda s: None, now=lambda: NOW)


def snapshot_rows(entity: str):
    return [f for f in load_snapshot(REFERENCE) if f.entity == entity]


def test_snapshot_mode_returns_the_whole_series_for_an_alias():
    result = fetch_figures(["Spotify Technology"], load_vocabulary(), reference_dir=REFERENCE)
    assert result.used == {"Spotify": "snapshot"}
    assert result.figures == snapshot_rows("Spotify")
    metrics = {f.metric for f in result.figures}
    assert metrics == {"premium_subscribers", "monthly_active_users"}
    assert min(f.as_of for f in result.figures) < date(2015, 1, 1)  # history, not just latest


def test_unknown_entities_are_noted_not_fatal():
    result = fetch_figures(["Acme Corp", "Lyft"], load_vocabulary(), reference_dir=REFERENCE)
    assert set(result.used) == {"Lyft"}
    assert any("Acme Corp" in n for n in result.notes)


def test_unknown_mode_is_a_one_line_value_error():
    with pytest.raises(ValueError) as info:
        fetch_figures(["Lyft"], load_vocabulary(), mode="offline-ish", reference_dir=REFERENCE)
    assert "\n" not in str(info.value) and "snapshot" in str(info.value)


FAILURES = {
    "timeout": {"body": requests.ConnectTimeout("connect timed out")},
    "dns failure": {"body": requests.ConnectionError(
        "HTTPSConnectionPool(host='www.wikidata.org', port=443): Max retries exceeded "
        "(Caused by NameResolutionError(\"Failed to resolve 'www.wikidata.org'\"))")},
    "HTTP 500": {"status": 500},
    "malformed JSON": {"body": "{\"entities\": {\"Q209330\": ", "content_type": "application/json"},
}


@pytest.mark.parametrize("reason", list(FAILURES))
@responses.activate
def test_live_failures_fall_back_to_the_snapshot_with_the_reason(tmp_path, reason):
    responses.get(API_URL, **FAILURES[reason])
    # Instagram has a Wikidata id but no SEC filer: only Wikidata is asked
    result = fetch_figures(["Instagram"], load_vocabulary(), mode="live",
                           reference_dir=REFERENCE, http=client(tmp_path, retries=1))
    expected = snapshot_rows("Instagram")
    assert [(f.value, f.as_of, f.source_url) for f in result.figures] == [
        (f.value, f.as_of, f.source_url) for f in expected]
    assert all(f.source == "snapshot" for f in result.figures)
    assert all(reason in f.note and "used snapshot" in f.note for f in result.figures)
    assert result.used["Instagram"] == f"snapshot (live failed: wikidata: {reason})"
    assert any(reason in n for n in result.notes)
    assert responses.calls and all("wikidata.org" in c.request.url for c in responses.calls)


def register_spotify_live() -> None:
    responses.get(API_URL, body=(FIXTURES / "wikidata" / "wbgetentities-spotify-netflix.json")
                  .read_text(), content_type="application/json")
    sec = FIXTURES / "sec"
    archive = "https://www.sec.gov/Archives/edgar/data/1639920"
    responses.get("https://data.sec.gov/submissions/CIK0001639920.json",
                  body=(sec / "submissions-CIK0001639920.json").read_text(),
                  content_type="application/json")
    for folder, name in [("000114036123003467", "spotify-000114036123003467-index.json"),
                         ("000114036123900003", "spotify-000114036123900003-index.json")]:
        responses.get(f"{archive}/{folder}/index.json", body=(sec / name).read_text(),
                      content_type="application/json")
    responses.get(f"{archive}/000114036123900003/0001140361-23-900003-index.htm",
                  body=(sec / "spotify-0001140361-23-900003-index.htm").read_text(),
                  content_type="text/html")
    responses.get(f"{archive}/000114036123003467/brhc10047269_ex99-1.htm",
                  body=(sec / "brhc10047269_ex99-1.htm").read_text(), content_type="text/html")


@responses.activate
def test_live_figures_come_first_and_the_snapshot_fills_the_rest(tmp_path):
    register_spotify_live()
    result = fetch_figures(["Spotify"], load_vocabulary(), mode="live",
                           reference_dir=REFERENCE, http=client(tmp_path))
    assert result.used == {"Spotify": "wikidata+sec"}
    at_end_2022 = [f for f in result.figures
                   if f.metric == "premium_subscribers" and f.as_of == date(2022, 12, 31)]
    assert {f.source for f in at_end_2022} == {"wikidata", "sec"}  # the snapshot row is replaced
    assert all(f.value == 205_000_000 for f in at_end_2022)
    older = [f for f in result.figures if f.as_of < date(2021, 1, 1)]
    assert older and {f.source for f in older} == {"snapshot"}
    assert all(f.note is None for f in older)  # nothing failed: no fallback note
    snapshot_keys = {(f.metric, f.period, f.as_of) for f in snapshot_rows("Spotify")}
    live_keys = {(f.metric, f.period, f.as_of) for f in result.figures if f.source != "snapshot"}
    got_keys = {(f.metric, f.period, f.as_of) for f in result.figures}
    assert got_keys == snapshot_keys | live_keys


@responses.activate
def test_a_rerun_within_cache_expiry_sends_no_requests(tmp_path):
    register_spotify_live()
    first = fetch_figures(["Spotify"], load_vocabulary(), mode="live",
                          reference_dir=REFERENCE, http=client(tmp_path))
    sent = len(responses.calls)
    assert sent > 0
    second_client = client(tmp_path)
    second = fetch_figures(["Spotify"], load_vocabulary(), mode="live",
                           reference_dir=REFERENCE, http=second_client)
    assert len(responses.calls) == sent
    assert second_client.sent == 0
    assert [(f.value, f.as_of, f.source) for f in second.figures] == [
        (f.value, f.as_of, f.source) for f in first.figures]


def test_live_without_a_user_agent_sends_nothing_and_falls_back(monkeypatch):
    monkeypatch.delenv("FACTCHECK_USER_AGENT", raising=False)
    with responses.RequestsMock() as mock:
        result = fetch_figures(["Reddit"], load_vocabulary(), mode="live",
                               reference_dir=REFERENCE)
        assert len(mock.calls) == 0
    assert result.used["Reddit"].startswith("snapshot (live failed: no User-Agent")
    assert len(result.figures) == len(snapshot_rows("Reddit"))


class BrokenSource:
    name = "broken"

    def fetch(self, entities, vocabulary) -> FetchResult:
        raise KeyError("entities")


def test_a_crashing_live_source_never_escapes():
    result = fetch_figures(["Uber"], load_vocabulary(), mode="live", reference_dir=REFERENCE,
                           sources=[BrokenSource()])
    assert result.used["Uber"].startswith("snapshot (live failed: broken: KeyError")
    assert len(result.figures) == len(snapshot_rows("Uber"))


@responses.activate
def test_raw_responses_of_a_live_run_are_archived(tmp_path):
    register_spotify_live()
    http = client(tmp_path)
    fetch_figures(["Spotify"], load_vocabulary(), mode="live", reference_dir=REFERENCE,
                  http=http)
    hosts = {p.parent.name for p in http.saved}
    assert hosts == {"www.wikidata.org", "data.sec.gov", "www.sec.gov"}
    metas = [json.loads(p.read_text()) for p in (tmp_path / "raw").rglob("*.meta.json")]
    assert len(metas) == len(responses.calls)
    assert all(m["url"].startswith("https://") and m["status"] == 200 for m in metas)


def spotify_only():
    vocabulary = load_vocabulary()
    return Vocabulary(entities={"Spotify": vocabulary.entities["Spotify"]},
                      metrics=vocabulary.metrics)


@responses.activate
def test_refresh_writes_a_new_dated_snapshot_and_never_touches_old_ones(tmp_path):
    register_spotify_live()
    folder = tmp_path / "reference"
    folder.mkdir()
    curated = folder / "figures-2026-11-25.csv"
    curated.write_text((REFERENCE / "figures-2026-11-25.csv").read_text())
    before = curated.read_bytes()
    day = date(2026, 11, 26)
    first = refresh_snapshot(spotify_only(), folder, http=client(tmp_path), today=day)
    second = refresh_snapshot(spotify_only(), folder, http=client(tmp_path), today=day)
    assert (first.name, second.name) == ("figures-2026-11-26.csv", "figures-2026-11-26-2.csv")
    assert curated.read_bytes() == before
    fresh = load_snapshot(folder)
    live = [f for f in fresh if f.source in ("wikidata", "sec")]
    assert {(f.source, f.as_of) for f in live} >= {("sec", date(2022, 12, 31)),
                                                  ("wikidata", date(2023, 12, 31))}
    assert all(f.source_url.startswith("https://") and f.retrieved_at for f in live)
    assert len(fresh) == 189 + len(live)  # the two identical refreshes collapse


def test_a_refresh_that_fetches_nothing_writes_nothing(tmp_path):
    with pytest.raises(SourceError, match="no snapshot written"):
        refresh_snapshot(spotify_only(), tmp_path, sources=[BrokenSource()])
    assert list(tmp_path.iterdir()) == []
