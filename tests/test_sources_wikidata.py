"""Wikidata: batching, label checks, ranks and quantity parsing, against constructed fixtures."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import responses

from factcheck.sources.http import HttpClient, HttpConfig
from factcheck.sources.wikidata import API_URL, WikidataSource, parse_time, parse_unit
from factcheck.vocabulary import Entity, Vocabulary, load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "sources" / "wikidata"
UA = "factcheck-tests/0.1 (tests@example.org)"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def client(tmp_path) -> HttpClient:
    config = HttpConfig(user_agent=UA, cache_expire_seconds=None, raw_dir=tmp_path / "raw")
    return HttpClient(config, sleep=lambda s: None, now=lambda: NOW)


def source(tmp_path) -> WikidataSource:
    return WikidataSource(client(tmp_path), now=lambda: NOW)


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


def requested_ids(call) -> list[str]:
    return parse_qs(urlsplit(call.request.url).query)["ids"][0].split("|")


@responses.activate
def test_120_entities_take_exactly_three_calls_of_at_most_50_ids(tmp_path):
    def answer(request):
        ids = parse_qs(urlsplit(request.url).query)["ids"][0].split("|")
        items = {q: {"id": q, "labels": {"en": {"language": "en", "value": f"Org {q}"}},
                     "claims": {}} for q in ids}
        return 200, {"Content-Type": "application/json"}, json.dumps({"entities": items})

    responses.add_callback(responses.GET, API_URL, callback=answer)
    entities = [Entity(name=f"Org Q{i}", wikidata=f"Q{i}") for i in range(1, 121)]
    vocabulary = Vocabulary(entities={e.name: e for e in entities},
                            metrics=load_vocabulary().metrics)
    result = source(tmp_path).fetch(entities, vocabulary)
    assert len(responses.calls) == 3
    sizes = [len(requested_ids(c)) for c in responses.calls]
    assert sizes == [50, 50, 20]
    assert sorted(q for c in responses.calls for q in requested_ids(c)) == sorted(
        e.wikidata for e in entities
    )
    assert result.failures == {}
    query = parse_qs(urlsplit(responses.calls[0].request.url).query)
    assert query["action"] == ["wbgetentities"] and query["maxlag"] == ["5"]
    assert query["props"] == ["claims|labels"] and query["languages"] == ["en"]


@responses.activate
def test_quantity_statements_become_dated_figures_best_rank_first(tmp_path):
    responses.get(API_URL, json=fixture("wbgetentities-spotify-netflix.json"))
    vocabulary = load_vocabulary()
    entities = [vocabulary.entity("Spotify"), vocabulary.entity("Netflix")]
    result = source(tmp_path).fetch(entities, vocabulary)
    assert len(responses.calls) == 1
    spotify = [f for f in result.figures if f.entity == "Spotify"]
    # deprecated 180M (2021) dropped; the statement without P585 skipped; preferred first
    assert [(f.value, f.as_of) for f in spotify] == [
        (236_000_000, date(2023, 12, 31)),
        (205_000_000, date(2022, 12, 31)),
    ]
    first = spotify[0]
    assert first.metric == "premium_subscribers" and first.unit == "count"
    assert first.source == "wikidata" and first.entity_id == "Q689141"
    assert first.source_url == "https://www.wikidata.org/wiki/Q689141#P3744"
    assert first.retrieved_at == NOW and first.period is None
    assert "sec.gov" in spotify[1].note  # the statement's reference URL is kept
    assert any("deprecated" in n for n in result.notes)
    assert any("no point in time" in n for n in result.notes)
    netflix = sorted(f.as_of for f in result.figures if f.entity == "Netflix")
    assert netflix == [date(2023, 12, 31), date(2024, 12, 31)]
    assert result.used == {"Spotify": "wikidata", "Netflix": "wikidata"}


@responses.activate
def test_an_id_whose_label_does_not_match_is_not_trusted(tmp_path):
    responses.get(API_URL, json=fixture("wbgetentities-label-mismatch.json"))
    vocabulary = load_vocabulary()
    result = source(tmp_path).fetch([vocabulary.entity("Uber")], vocabulary)
    assert result.figures == []
    assert "Uber" in result.failures and "Uber Eats" in result.failures["Uber"]
    assert any("not trusted" in n for n in result.notes)


@responses.activate
def test_an_alias_label_is_accepted(tmp_path):
    responses.get(API_URL, json={"entities": {"Q380": {
        "id": "Q380", "labels": {"en": {"value": "Meta Platforms"}}, "claims": {}}}})
    vocabulary = load_vocabulary()
    result = source(tmp_path).fetch([vocabulary.entity("Meta")], vocabulary)
    assert result.failures == {}


@responses.activate
def test_maxlag_is_waited_for_then_the_batch_is_read(tmp_path):
    maxlag = {"error": {"code": "maxlag", "info": "Waiting for a database server"}}
    responses.get(API_URL, json=maxlag, headers={"Retry-After": "3"})
    responses.get(API_URL, json=fixture("wbgetentities-spotify-netflix.json"))
    slept: list[float] = []
    config = HttpConfig(user_agent=UA, cache_path=tmp_path / "c.sqlite", raw_dir=tmp_path / "raw")
    http = HttpClient(config, sleep=slept.append, now=lambda: NOW)
    vocabulary = load_vocabulary()
    result = WikidataSource(http, now=lambda: NOW).fetch([vocabulary.entity("Spotify")], vocabulary)
    assert slept == [3.0]
    assert result.failures == {} and len(result.figures) == 2


@responses.activate
def test_api_errors_are_failures_with_their_code_and_are_not_cached(tmp_path):
    responses.get(API_URL, json={"error": {"code": "no-such-entity", "info": "Invalid id"}})
    config = HttpConfig(user_agent=UA, cache_path=tmp_path / "c.sqlite", raw_dir=tmp_path / "raw")
    vocabulary = load_vocabulary()
    for _ in range(2):
        http = HttpClient(config, sleep=lambda s: None, now=lambda: NOW)
        result = WikidataSource(http).fetch([vocabulary.entity("Netflix")], vocabulary)
        assert result.failures == {"Netflix": "API error no-such-entity"}
        assert result.figures == []
    assert len(responses.calls) == 2  # the error answer was not served from the cache


def test_units_and_time_precisions():
    assert parse_unit("1") == "count"
    assert parse_unit("http://www.wikidata.org/entity/Q4917") == "usd"
    assert parse_unit("Q4917") == "usd"
    assert parse_unit("http://www.wikidata.org/entity/Q11573") is None
    assert parse_time({"time": "+2017-06-30T00:00:00Z", "precision": 11}) == date(2017, 6, 30)
    assert parse_time({"time": "+2019-00-00T00:00:00Z", "precision": 9}) == date(2019, 12, 31)
    assert parse_time({"time": "+2020-02-00T00:00:00Z", "precision": 10}) == date(2020, 2, 29)
