"""The one HTTP layer every live source goes through.

Public APIs ask for the same courtesy (a descriptive User-Agent with contact, modest
request rates, backing off when told to), and a fact-check must be reproducible, so all
of that lives here once: timeouts, retries with backoff that honour `Retry-After`, a
persistent cache (a re-run within expiry sends nothing), a per-host rate limit, and every
raw response body kept under `data/raw/sources/<host>/` with a `.meta.json` sidecar
(URL, status, retrieval time).
Failures surface as `FetchError` with a short reason a note can quote.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from factcheck import paths
from factcheck.runs import atomic_write_bytes, atomic_write_text

USER_AGENT_ENV = "FACTCHECK_USER_AGENT"
RETRY_STATUSES = (429, 500, 502, 503, 504)
# SEC: "Current max request rate: 10 requests/second", across all of sec.gov.
DEFAULT_RATE_LIMITS: Mapping[str, float] = {"sec.gov": 10.0}
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|https?://\S+")


class FetchError(Exception):
    """A live fetch failed; `reason` is short enough for a note ("timeout", "HTTP 500")."""

    def __init__(self, reason: str, url: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.url = url


@dataclass(frozen=True)
class HttpConfig:
    """How politely and how durably to fetch; every field has a safe default but the agent."""

    user_agent: str | None = None  # else $FACTCHECK_USER_AGENT; must name a contact
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 3  # further attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_wait: float = 120.0  # a longer Retry-After is not waited for: the fetch fails
    cache_path: Path | None = None  # SQLite file; default <cache_dir>/http_cache.sqlite
    cache_expire_seconds: float | None = 24 * 3600.0  # None: no cache
    raw_dir: Path | None = None  # default data/raw/sources
    rate_limits: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RATE_LIMITS))


def resolve_user_agent(configured: str | None = None) -> str:
    """The configured User-Agent, else $FACTCHECK_USER_AGENT; it must name a contact."""
    agent = (configured or os.environ.get(USER_AGENT_ENV) or "").strip()
    if not agent:
        raise FetchError(
            f"no User-Agent: set {USER_AGENT_ENV}, e.g. 'factcheck/0.1 (Jane Doe jane@example.org)'"
        )
    if not _CONTACT.search(agent):
        raise FetchError(
            f"User-Agent {agent!r} names no contact e-mail or URL (SEC and Wikimedia want one)"
        )
    return agent


class RateLimiter:
    """At most `rate` request starts per second per host group (e.g. all of sec.gov)."""

    def __init__(
        self,
        limits: Mapping[str, float],
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        self.limits = dict(limits)
        self.clock = clock
        self.sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def group(self, host: str) -> str | None:
        matches = [d for d in self.limits if host == d or host.endswith("." + d)]
        return max(matches, key=len) if matches else None

    def wait(self, host: str) -> float:
        """Block until a request to `host` may start; returns the seconds waited."""
        group = self.group(host)
        if group is None or self.limits[group] <= 0:
            return 0.0
        interval = 1.0 / self.limits[group]
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(group, now))
            self._next[group] = start + interval
        delay = start - now
        if delay > 0:
            self.sleep(delay)
        return delay


class _CountingAdapter(HTTPAdapter):
    """Sits where requests leave the process: only real sends are rate-limited and counted."""

    def __init__(self, client: HttpClient) -> None:
        super().__init__()
        self._client = client

    def send(self, request, *args, **kwargs):  # type: ignore[override]
        self._client.rate_limiter.wait(urlsplit(request.url).hostname or "")
        self._client.sent += 1
        return super().send(request, *args, **kwargs)


def _is_dns_failure(exc: BaseException) -> bool:
    seen: list[BaseException] = []
    stack: list[Any] = [exc]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or item in seen:
            continue
        seen.append(item)
        if type(item).__name__ in ("NameResolutionError", "gaierror"):
            return True
        stack.extend([*item.args, getattr(item, "reason", None), item.__cause__, item.__context__])
    text = " ".join(str(e) for e in seen).lower()
    return any(
        marker in text
        for marker in ("name resolution", "failed to resolve", "name or service not known",
                       "nodename nor servname", "getaddrinfo failed", "no address associated")
    )


def _extension(content_type: str, url: str) -> str:
    kind = content_type.split(";")[0].strip().lower()
    for needle, ext in (("json", "json"), ("html", "htm"), ("xml", "xml"), ("text/plain", "txt")):
        if needle in kind:
            return ext
    suffix = Path(urlsplit(url).path).suffix.lstrip(".").lower()
    return suffix if suffix.isalnum() and len(suffix) <= 5 else "bin"


class HttpClient:
    """GET with timeouts, retries, Retry-After, cache, per-host rate limit and raw archiving."""

    def __init__(
        self,
        config: HttpConfig | None = None,
        *,
        sleep: Callable[[float], Any] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.config = config or HttpConfig()
        self.user_agent = resolve_user_agent(self.config.user_agent)
        self.sleep = sleep
        self.now = now
        self.rate_limiter = RateLimiter(self.config.rate_limits, clock=clock, sleep=sleep)
        self.raw_dir = Path(self.config.raw_dir or paths.sources_dir())
        self.sent = 0  # requests that left the process
        self.cached = 0  # answers served from the cache
        self.saved: list[Path] = []  # raw bodies archived by this client
        self.session = self._session()

    def _session(self) -> requests.Session:
        expire = self.config.cache_expire_seconds
        if expire is None:
            session = requests.Session()
        else:
            import requests_cache  # the cache is optional at run time, so import it lazily

            cache_path = Path(self.config.cache_path or paths.cache_dir() / "http_cache.sqlite")
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            session = requests_cache.CachedSession(
                str(cache_path), backend="sqlite", expire_after=expire, allowable_codes=(200,)
            )
        adapter = _CountingAdapter(self)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.headers["User-Agent"] = self.user_agent
        return session

    def close(self) -> None:
        self.session.close()

    # -- raw archive -------------------------------------------------------------------
    def _archive(self, response: requests.Response) -> Path:
        """Keep the body as fetched, with a sidecar naming URL, status and time; never overwrite."""
        host = urlsplit(response.url).hostname or "unknown-host"
        body = response.content or b""
        digest = hashlib.sha256(body).hexdigest()
        retrieved = self.now()
        stamp = retrieved.strftime("%Y%m%dT%H%M%S%fZ")
        ext = _extension(response.headers.get("Content-Type", ""), response.url)
        folder = self.raw_dir / host
        folder.mkdir(parents=True, exist_ok=True)
        stem, n = f"{stamp}-{digest[:12]}", 1
        while (folder / f"{stem}.{ext}").exists() or (folder / f"{stem}.meta.json").exists():
            n += 1
            stem = f"{stamp}-{digest[:12]}-{n}"
        path = atomic_write_bytes(folder / f"{stem}.{ext}", body)
        meta = {
            "url": response.url,
            "status": response.status_code,
            "retrieved_at": retrieved.isoformat(),
            "content_type": response.headers.get("Content-Type"),
            "sha256": digest,
            "bytes": len(body),
        }
        atomic_write_text(folder / f"{stem}.meta.json", json.dumps(meta, indent=2) + "\n")
        self.saved.append(path)
        return path

    # -- retries -----------------------------------------------------------------------
    def _retry_after(self, response: requests.Response) -> float | None:
        value = response.headers.get("Retry-After")
        if not value:
            return None
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - self.now()).total_seconds())

    def get(self, url: str, params: Mapping[str, str] | None = None) -> requests.Response:
        """A successful (2xx) response, from the cache or the network; else FetchError."""
        timeout = (self.config.connect_timeout, self.config.read_timeout)
        attempts = self.config.retries + 1
        reason = "no attempt made"
        for attempt in range(attempts):
            wait = self.config.backoff * (2**attempt)
            try:
                response = self.session.get(url, params=params, timeout=timeout)
            except requests.Timeout:
                reason = "timeout"
            except requests.ConnectionError as exc:
                if _is_dns_failure(exc):
                    raise FetchError("dns failure", url) from None
                reason = "connection failed"
            except requests.RequestException as exc:
                raise FetchError(f"request failed ({type(exc).__name__})", url) from None
            else:
                if getattr(response, "from_cache", False):
                    self.cached += 1
                else:
                    self._archive(response)
                if response.ok:
                    return response
                reason = f"HTTP {response.status_code}"
                if response.status_code not in RETRY_STATUSES:
                    raise FetchError(reason, url)
                told = self._retry_after(response) if response.status_code in (429, 503) else None
                if told is not None:
                    if told > self.config.max_wait:
                        raise FetchError(f"{reason} (Retry-After {told:.0f}s too long)", url)
                    wait = told
            if attempt + 1 < attempts:
                self.sleep(wait)
        raise FetchError(reason, url)

    def get_json(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        reject: Callable[[Any], str | None] | None = None,
    ) -> Any:
        """Parsed JSON; `reject` names a reason to refuse a 200 answer (e.g. an API error).

        A refused or unparsable answer is dropped from the cache, so a re-run asks again.
        """
        response = self.get(url, params)
        try:
            payload = response.json()
        except ValueError:
            self._forget(response)
            raise FetchError("malformed JSON", url) from None
        reason = reject(payload) if reject else None
        if reason:
            self._forget(response)
            error = FetchError(reason, url)
            error.retry_after = self._retry_after(response)  # type: ignore[attr-defined]
            raise error
        return payload

    def get_text(self, url: str, params: Mapping[str, str] | None = None) -> str:
        return self.get(url, params).text

    def _forget(self, response: requests.Response) -> None:
        """Drop a cached answer that turned out unusable, so the next run asks again."""
        cache = getattr(self.session, "cache", None)
        if cache is not None:
            cache.delete(requests=[response.request])
