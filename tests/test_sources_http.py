"""The shared HTTP layer: politeness, retries, cache and raw archive, all offline."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import requests
import responses

from factcheck.sources.http import FetchError, HttpClient, HttpConfig

UA = "factcheck-tests/0.1 (Test Runner tests@example.org)"
WIKI = "https://www.wikidata.org/w/api.php"
SEC = "https://data.sec.gov/submissions/CIK0001543151.json"


class FakeTime:
    """A clock that only moves when slept on, so waits are recorded, never spent."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def make_client(tmp_path, fake: FakeTime | None = None, **config) -> HttpClient:
    fake = fake or FakeTime()
    settings = {
        "user_agent": UA,
        "cache_path": tmp_path / "cache" / "http.sqlite",
        "raw_dir": tmp_path / "raw",
    }
    settings.update(config)
    return HttpClient(
        HttpConfig(**settings),
        sleep=fake.sleep,
        clock=fake.clock,
        now=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
    )


@responses.activate
def test_every_request_carries_the_configured_user_agent(tmp_path):
    responses.get(WIKI, json={"entities": {}})
    responses.get(SEC, json={"filings": {}})
    client = make_client(tmp_path, cache_expire_seconds=None)
    client.get_json(WIKI, params={"ids": "Q1"})
    client.get_json(SEC)
    assert len(responses.calls) == 2
    assert {c.request.headers["User-Agent"] for c in responses.calls} == {UA}


def test_user_agent_from_environment_and_required(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_USER_AGENT", "env-agent/1.0 (ops@example.org)")
    client = make_client(tmp_path, user_agent=None)
    assert client.session.headers["User-Agent"] == "env-agent/1.0 (ops@example.org)"
    monkeypatch.delenv("FACTCHECK_USER_AGENT")
    with pytest.raises(FetchError, match="FACTCHECK_USER_AGENT"):
        make_client(tmp_path, user_agent=None)
    with pytest.raises(FetchError, match="contact"):
        make_client(tmp_path, user_agent="python-requests/2.32")


@responses.activate
def test_429_with_retry_after_is_waited_for(tmp_path):
    responses.get(WIKI, status=429, headers={"Retry-After": "2"})
    responses.get(WIKI, json={"entities": {}})
    fake = FakeTime()
    client = make_client(tmp_path, fake)
    assert client.get_json(WIKI) == {"entities": {}}
    assert fake.slept == [2.0]
    assert len(responses.calls) == 2


@responses.activate
def test_retry_after_longer_than_allowed_fails_without_waiting(tmp_path):
    responses.get(WIKI, status=503, headers={"Retry-After": "3600"})
    fake = FakeTime()
    client = make_client(tmp_path, fake)
    with pytest.raises(FetchError, match="HTTP 503"):
        client.get(WIKI)
    assert fake.slept == []


@responses.activate
def test_server_errors_back_off_exponentially_then_fail_with_status(tmp_path):
    responses.get(WIKI, status=500)
    fake = FakeTime()
    client = make_client(tmp_path, fake, retries=3, backoff=0.5)
    with pytest.raises(FetchError) as info:
        client.get(WIKI)
    assert info.value.reason == "HTTP 500"
    assert fake.slept == [0.5, 1.0, 2.0]
    assert len(responses.calls) == 4


@responses.activate
def test_client_errors_are_not_retried(tmp_path):
    responses.get(WIKI, status=404)
    client = make_client(tmp_path)
    with pytest.raises(FetchError, match="HTTP 404"):
        client.get(WIKI)
    assert len(responses.calls) == 1


@responses.activate
def test_timeout_and_dns_failure_have_short_reasons(tmp_path):
    responses.get(WIKI, body=requests.ReadTimeout("read timed out"))
    responses.get(
        SEC,
        body=requests.ConnectionError(
            "Failed to resolve 'data.sec.gov' ([Errno -3] Temporary failure in name resolution)"
        ),
    )
    client = make_client(tmp_path, retries=1)
    with pytest.raises(FetchError) as timeout:
        client.get(WIKI)
    with pytest.raises(FetchError) as dns:
        client.get(SEC)
    assert timeout.value.reason == "timeout"
    assert dns.value.reason == "dns failure"


@responses.activate
def test_malformed_json_is_reported_and_not_kept_in_the_cache(tmp_path):
    responses.get(WIKI, body="<html>maintenance</html>", content_type="application/json")
    client = make_client(tmp_path)
    for _ in range(2):
        with pytest.raises(FetchError, match="malformed JSON"):
            client.get_json(WIKI)
    assert len(responses.calls) == 2  # the bad answer was not served from the cache


@responses.activate
def test_rerun_within_cache_expiry_sends_no_request(tmp_path):
    responses.get(WIKI, json={"entities": {"Q1": {}}})
    first = make_client(tmp_path)
    assert first.get_json(WIKI, params={"ids": "Q1"}) == {"entities": {"Q1": {}}}
    first.close()
    second = make_client(tmp_path)  # a new run: same SQLite cache file
    assert second.get_json(WIKI, params={"ids": "Q1"}) == {"entities": {"Q1": {}}}
    assert len(responses.calls) == 1
    assert (second.sent, second.cached) == (0, 1)


@responses.activate
def test_raw_bodies_are_archived_with_url_status_and_time_never_overwritten(tmp_path):
    responses.get(SEC, json={"cik": "1543151"})
    client = make_client(tmp_path, cache_expire_seconds=None)
    client.get_json(SEC)
    client.get_json(SEC)  # same body, same timestamp: must not overwrite the first
    folder = tmp_path / "raw" / "data.sec.gov"
    bodies = sorted(p for p in folder.iterdir() if not p.name.endswith(".meta.json"))
    sidecars = sorted(folder.glob("*.meta.json"))
    assert len(bodies) == 2 and len(sidecars) == 2
    assert json.loads(bodies[0].read_text()) == {"cik": "1543151"}
    meta = json.loads(sidecars[0].read_text())
    assert meta["url"] == SEC
    assert meta["status"] == 200
    assert meta["retrieved_at"].startswith("2026-11-25T12:00")
    assert bodies[0].suffix == ".json" and bodies[0].name.startswith("20261125T120000")


@responses.activate
def test_sec_requests_are_limited_to_ten_per_second(tmp_path):
    responses.get(SEC, json={})
    responses.get(WIKI, json={})
    fake = FakeTime()
    client = make_client(tmp_path, fake, cache_expire_seconds=None)
    for _ in range(3):
        client.get(SEC)
    assert fake.slept == pytest.approx([0.1, 0.1])
    for _ in range(3):
        client.get(WIKI)  # no limit configured for Wikidata: no waits
    assert len(fake.slept) == 2


@responses.activate
def test_www_and_data_sec_gov_share_one_rate_limit(tmp_path):
    responses.get(SEC, json={})
    archive = "https://www.sec.gov/Archives/edgar/data/1543151/000154315124000008/index.json"
    responses.get(archive, json={})
    fake = FakeTime()
    client = make_client(tmp_path, fake, cache_expire_seconds=None)
    client.get(SEC)
    client.get(archive)
    assert fake.slept == pytest.approx([0.1])
