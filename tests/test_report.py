"""The discrepancy report as a reviewer sees it: order, wording, escaping, chart, links, files."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pytest

from factcheck import report
from factcheck.report import ReportContext, render_html, render_markdown, summarize, write_report
from factcheck.schema import VERDICTS, Article, Check, Claim

HOSTILE = '<script>alert(1)</script> "&<> |\n*x*'
ARTICLE_ID = "seed-test"
PUBLISHED = date(2020, 6, 1)

# Every figure below is a row of /work/shared/reference/figures.csv, with its real source URL.
URL = {
    "lyft_cities": "https://mobilesyrup.com/2018/09/18/lyft-one-billion-rides/",
    "reddit_mau": "https://www.socialmediatoday.com/news/reddit-shares-insights-into-top-posts-"
    "trends-users-numbers-and-more/591822/",
    "fb_2020q1": "https://www.socialsamosa.com/2020/05/key-highlights-facebook-first-quarter-2020/",
    "fb_2023q4": "https://www.storyboard18.com/how-it-works/metas-ad-revenue-surged-24-percent-"
    "yoy-touches-38-7-bn-in-q4-21626.htm",
    "ig_1b": "https://indianexpress.com/article/technology/social/metas-instagram-users-reach-"
    "2-billion-closing-in-on-facebook-8232331/",
    "ig_3b": "https://www.moneycontrol.com/technology/instagram-now-has-3-billion-monthly-active-"
    "users-confirms-mark-zuckerberg-article-13575986.html/amp",
    "nflx_2020q1": "https://www.broadbandtvnews.com/2020/04/22/coronavirus-impacts-sharply-on-"
    "netflix/",
    "nflx_2025": "https://www.tvtechnology.com/business/netflix-q4-earnings-exceed-expectations-"
    "as-subs-top-325-million",
    "uber_countries": "https://quarterlytics.com/company/uber_uber/annual-report-2019",
}


def _claim_and_check(
    n: int,
    entity: str | None,
    metric: str | None,
    value: float,
    unit: str,
    comparator: str,
    low: float | None,
    high: float | None,
    quote: str,
    sentence: str,
    verdict: str,
    explanation: str,
    pub: tuple[float, date, str] | None = None,
    latest: tuple[float, date, str, str] | None = None,
    vintage: tuple[date | None, date | None] = (None, None),
    latest_bound: str = "eq",
    latest_publisher: str | None = None,
) -> tuple[Claim, Check]:
    claim_id = f"{ARTICLE_ID}:{n * 100}-{n * 100 + len(quote)}"
    claim = Claim(
        claim_id=claim_id, article_id=ARTICLE_ID, source="article.txt", published=PUBLISHED,
        entity=entity, entity_id=None, metric=metric, value=value, unit=unit,
        comparator=comparator, low=low, high=high, period=None, quote=quote, sentence=sentence,
        char_start=n * 100, char_end=n * 100 + len(quote),
    )
    latest_value = latest[0] if latest else None
    check = Check(
        claim_id=claim_id, article_id=ARTICLE_ID, entity=entity, metric=metric, quote=quote,
        claimed_value=value, comparator=comparator, claim_low=low, claim_high=high, period=None,
        published=PUBLISHED, published_inferred=None,
        pub_value=pub[0] if pub else None, pub_as_of=pub[1] if pub else None,
        pub_source_url=pub[2] if pub else None, pub_publisher=None,
        latest_publisher=latest_publisher if latest else None,
        latest_bound=latest_bound if latest else None,
        latest_value=latest_value, latest_as_of=latest[1] if latest else None,
        latest_source_url=latest[2] if latest else None,
        latest_definition=latest[3] if latest else None,
        ratio=latest_value / value if latest_value else None,
        rel_diff=(latest_value - value) / value if latest_value else None,
        in_interval=None if latest is None else bool(low <= latest_value <= (high or low * 1.25)),
        verdict=verdict, vintage_start=vintage[0], vintage_end=vintage[1],
        explanation=explanation,
    )
    return claim, check


def _rows() -> list[tuple[Claim, Check]]:
    fb_latest = (3.07e9, date(2023, 12, 31), URL["fb_2023q4"], "MAUs (as of period end)")
    return [
        _claim_and_check(  # accurate, and hostile: must be escaped everywhere
            1, "Uber", "countries", 69, "count", "eq", 68.5, 69.5,
            quote=f"69 countries {HOSTILE}",
            sentence=f"Uber now runs in 69 countries {HOSTILE} worldwide.",
            verdict="accurate",
            explanation="Matches the latest figure <img src=x onerror=alert(2)>.",
            pub=(69, date(2019, 12, 31), URL["uber_countries"]),
            latest=(69, date(2019, 12, 31), URL["uber_countries"], "Countries"),
            vintage=(date(2019, 12, 31), None),
        ),
        _claim_and_check(
            2, "Spotify", "share_of_services_in_python", 80, "percent", "approx", 72, 88,
            quote="approx 80% of its services",
            sentence="approx 80% of its services are written in Python.",
            verdict="unverifiable",
            explanation="No public statistic measures this; Spotify does not report it.",
        ),
        _claim_and_check(
            3, "Instagram", "monthly_active_users", 800e6, "count", "gte", 800e6, None,
            quote="more than 800 million active users",
            sentence="Instagram has more than 800 million active users.",
            verdict="outdated",
            explanation="True when published (1 billion, June 2018); now 3 billion.",
            pub=(1e9, date(2018, 6, 20), URL["ig_1b"]),
            latest=(3e9, date(2025, 9, 24), URL["ig_3b"], "monthly actives (Zuckerberg post)"),
            vintage=(date(2017, 9, 25), date(2022, 10, 25)),
        ),
        _claim_and_check(
            4, "Facebook", "monthly_active_users", 2.5e9, "count", "eq", 2.495e9, 2.505e9,
            quote="2.50 billion total number of monthly active users",
            sentence="Facebook has 2.50 billion total number of monthly active users.",
            verdict="stale",
            explanation="Already 2.6 billion at publication; 2.5 billion was the Q4 2019 figure.",
            pub=(2.6e9, date(2020, 3, 31), URL["fb_2020q1"]),
            latest=fb_latest,
            vintage=(date(2019, 12, 31), date(2020, 3, 30)),
        ),
        _claim_and_check(
            5, "Netflix", "paid_memberships", 33e6, "count", "gte", 33e6, None,
            quote="more than 33 million members",
            sentence="Netflix has more than 33 million members.",
            verdict="stale",
            explanation="33 million was the end-2012 figure; 182.9 million at publication.",
            pub=(182.86e6, date(2020, 3, 31), URL["nflx_2020q1"]),
            latest=(325e6, date(2025, 12, 31), URL["nflx_2025"],
                    "paid memberships, milestone disclosure ('over 325M')"),
            vintage=(date(2012, 12, 31), date(2012, 12, 31)),
            latest_bound="gte",
            latest_publisher="TV Technology, reporting Netflix Q4 2025 letter",
        ),
        _claim_and_check(
            6, "Lyft", "cities_united_states", 644, "count", "eq", 643.5, 644.5,
            quote="644 cities in the United States",
            sentence="Lyft is operating in 644 cities in the United States.",
            verdict="inaccurate",
            explanation="No known figure was ever 644; Lyft reported more than 300 U.S. cities.",
            latest=(300, date(2018, 9, 18), URL["lyft_cities"], 'U.S. cities ("more than 300")'),
        ),
    ]


def _frames(rows: list[tuple[Claim, Check]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    claims = pd.DataFrame([dataclasses.asdict(c) for c, _ in rows])
    checks = pd.DataFrame([dataclasses.asdict(k) for _, k in rows])
    return checks, claims


@pytest.fixture
def ctx(tmp_path: Path) -> ReportContext:
    return _context(tmp_path)


def _context(tmp_path: Path) -> ReportContext:
    """The seed article's claims (one per verdict, one hostile), dated 2020-06-01."""
    checks, claims = _frames(_rows())
    run_dir = tmp_path / "reports" / "20261125T000000Z-seed-test"
    run_dir.mkdir(parents=True)
    docs = tmp_path / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"
    discrepancies = [k.claim_id for _, k in _rows() if k.in_interval is False]
    return ReportContext(
        article=Article(article_id=ARTICLE_ID, source="data/raw/articles/seed.txt",
                        text="...", title=f"Top 10 {HOSTILE}", published=PUBLISHED),
        checks=checks,
        claims=claims,
        validation={
            "success": False,
            "suites": {
                # the shape of factcheck.validate.validate()'s summary
                "claims": {"success": True, "evaluated": 9, "successful": 9, "unsuccessful": 0,
                           "failed_expectations": []},
                "figures": True,
                "checks": {
                    "success": False, "evaluated": 7, "successful": 6, "unsuccessful": 1,
                    "failed_expectations": [{
                        "expectation_type": "expect_column_values_to_be_in_set",
                        "column": "in_interval", "unexpected_count": 4,
                        "unexpected_keys": [], "exception_info": None,
                    }],
                },
            },
            "discrepancies": discrepancies,
            "data_docs": str(docs),
        },
        sources_note="Figures from the offline reference snapshot "
        "data/raw/reference/figures-2026-11-25.csv",
        generated_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        run_dir=run_dir,
    )


def _undated(ctx: ReportContext, inferred: date | None) -> ReportContext:
    checks = ctx.checks.copy()
    checks["published"] = None
    checks["published_inferred"] = inferred
    article = dataclasses.replace(ctx.article, published=None)
    return dataclasses.replace(ctx, article=article, checks=checks)


# ---------------------------------------------------------------------------- escaping


def test_html_escapes_hostile_article_text_everywhere(ctx: ReportContext) -> None:
    page = render_html(ctx)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&amp;&lt;&gt;" in page  # the "&<> sequence, escaped
    # the title, the quote inside its sentence and the explanation are all still shown
    assert "<title>Fact-check: Top 10 &lt;script&gt;" in page
    assert "<mark>69 countries &lt;script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


def test_markdown_escapes_pipes_and_html(ctx: ReportContext) -> None:
    text = render_markdown(ctx)
    # every "<" from the article is backslash-escaped, so no renderer sees a tag
    assert not re.search(r"(?<!\\)<(script|img)", text)
    assert "\\<script\\>alert(1)\\</script\\>" in text
    table = [line for line in text.splitlines() if line.startswith("| ") and "Uber" in line]
    assert table, "the hostile claim has a row in the summary table"
    row = table[0]
    # every pipe inside a cell is escaped, so the row keeps the header's 8 columns
    assert "\\|" in row
    assert len(re.findall(r"(?<!\\)\|", row)) == 9
    assert row.endswith("| 69 | 69 | 1x |")  # the newline in the quote did not split the row


def test_markdown_bolds_the_quote_inside_its_sentence(ctx: ReportContext) -> None:
    text = render_markdown(ctx)
    assert "> Lyft is operating in **644 cities in the United States**." in text
    assert "> Facebook has **2.50 billion total number of monthly active users**." in text
    assert "| ≥ 33 million | more than 325 million | 9.85x |" in text


def test_non_http_source_urls_are_not_links(ctx: ReportContext) -> None:
    checks = ctx.checks.copy()
    checks.loc[0, "latest_source_url"] = "javascript:alert(3)"
    page = render_html(dataclasses.replace(ctx, checks=checks))
    assert 'href="javascript' not in page


# ---------------------------------------------------------------------------- content


def _card_order(page: str) -> list[str]:
    return re.findall(r'<article class="card v-([a-z]+)"', page)


def test_claims_are_ordered_by_severity_then_size(ctx: ReportContext) -> None:
    page = render_html(ctx)
    order = _card_order(page)
    assert order == ["inaccurate", "stale", "stale", "outdated", "unverifiable", "accurate"]
    # of the two stale claims, Netflix (9.8x off) comes before Facebook (1.2x off)
    assert page.index("Netflix \u00b7 paid memberships") < page.index(
        "Facebook \u00b7 monthly active users"
    )
    md_headings = re.findall(r"^### \d+\. ([A-Z]+)", render_markdown(ctx), flags=re.M)
    assert [h.lower() for h in md_headings] == order


def test_summarize_counts_in_severity_order(ctx: ReportContext) -> None:
    counts = summarize(ctx.checks)
    assert list(counts) == list(VERDICTS)
    assert counts == {"inaccurate": 1, "stale": 2, "outdated": 1, "unverifiable": 1,
                      "accurate": 1}
    categorical = ctx.checks.assign(verdict=ctx.checks["verdict"].astype("category"))
    assert summarize(categorical) == counts


def test_headline_shows_claim_count_verdict_counts_and_date(ctx: ReportContext) -> None:
    text = render_markdown(ctx)
    head = text.split("## Where the figures came from")[0]
    assert "**Numeric claims checked:** 6" in head
    assert "1 inaccurate, 2 stale, 1 outdated, 1 unverifiable, 1 accurate" in head
    assert "2020-06-01" in head
    page = render_html(ctx)
    header = page.split("</header>")[0]
    assert "6 numeric claims" in header
    assert "STALE 2" in header and "INACCURATE 1" in header


def test_unknown_date_says_inferred_writing_date(ctx: ReportContext) -> None:
    undated = _undated(ctx, date(2020, 3, 31))
    expected = (
        "unknown \u2014 earliest possible writing date inferred: 2020-03-31 "
        "from the newest figure it quotes"
    )
    assert expected in render_html(undated)
    assert expected in render_markdown(undated)
    assert "no writing date could be inferred" in render_html(_undated(ctx, None))


def test_card_has_figures_sources_ratio_vintage_and_suggestion(ctx: ReportContext) -> None:
    page = render_html(ctx)
    netflix = re.search(r'<article class="card v-stale".*?</article>', page, flags=re.S).group(0)
    assert "<mark>more than 33 million members</mark>" in netflix
    assert "\u2265 33 million" in netflix  # claimed, with its comparator
    assert "182.9 million" in netflix and "2020-03-31" in netflix  # at publication
    assert "325 million" in netflix and "2025-12-31" in netflix  # latest
    # the link names who published the figure; without a publisher, the host
    assert f'href="{URL["nflx_2025"]}"' in netflix
    assert ">TV Technology, reporting Netflix Q4 2025 letter</a>" in netflix
    assert ">indianexpress.com</a>" in page
    assert "milestone disclosure" in netflix  # the publisher's term
    assert "9.85x" in netflix
    assert "true as of 2012-12-31" in netflix
    # the latest figure is a milestone ("over 325M"), and the suggestion keeps its bound
    assert "Netflix: more than 325 million paid memberships (as of 2025-12-31)" in netflix
    assert "STALE" in netflix  # the badge says it in words, not colour alone
    cards = re.findall(r"<article .*?</article>", page, flags=re.S)
    facebook = next(card for card in cards if "Facebook" in card)
    assert "true from 2019-12-31 to 2020-03-30" in facebook
    assert "2.5 billion" in facebook and "3.07 billion" in facebook


def test_human_readable_numbers() -> None:
    assert report.human_number(301_630_000) == "301.6 million"
    assert report.human_number(2_500_000_000) == "2.5 billion"
    assert report.human_number(644) == "644"
    assert report.human_number(80, "percent") == "80%"
    assert report.human_ratio(9.1) == "9.1x"
    assert report.human_ratio(1.03) == "1.03x"


def test_offline_snapshot_is_stated(ctx: ReportContext) -> None:
    assert "Offline snapshot" in render_html(ctx)
    assert "**Offline snapshot:**" in render_markdown(ctx)
    live = dataclasses.replace(ctx, sources_note="Figures fetched live from Wikidata and SEC.")
    assert "Offline snapshot" not in render_html(live)


# ---------------------------------------------------------------------------- chart


def test_svg_chart_has_log_ticks_and_one_marker_pair_per_latest_figure(ctx: ReportContext) -> None:
    page = render_html(ctx)
    svg = re.search(r"<svg.*?</svg>", page, flags=re.S).group(0)
    with_latest = ctx.checks["latest_value"].notna().sum()
    assert with_latest == 5
    assert svg.count('class="marker-claimed"') == with_latest
    assert svg.count('class="marker-latest"') == with_latest
    ticks = re.findall(r'<g class="tick">.*?<text[^>]*>([^<]+)</text>', svg)
    # values span 69 to 3.07 billion: every decade from 10 to 10 billion is labelled
    assert ticks == ["10", "100", "1k", "10k", "100k", "1M", "10M", "100M", "1B", "10B"]
    assert "log scale" in svg
    assert "Lyft \u00b7 cities united states" in svg
    assert ">9.85x</text>" in svg  # Netflix: latest / claimed at the row's end


def test_log_ticks_add_intermediate_ticks_on_a_narrow_range() -> None:
    assert report.log_ticks(2.5e9, 3.07e9) == [1e9, 2e9, 5e9, 1e10]


# ---------------------------------------------------------------------------- self-contained


def test_html_is_self_contained_and_accessible(ctx: ReportContext) -> None:
    page = render_html(ctx)
    assert '<html lang="en">' in page
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert "url(" not in page and "@font-face" not in page
    assert not re.search(r"<[^>]*\ssrc=", page)
    # every http(s) URL in the page is the target of a link to a cited source
    for match in re.finditer(r"https?://", page):
        assert page[max(0, match.start() - 6): match.start()] == 'href="'
    assert '<th scope="col">' in page
    assert "@media print" in page and "break-inside: avoid" in page and "attr(href)" in page
    assert page.count("<h1>") == 1 and "<h2" in page and "<h3" in page


def test_validation_status_and_relative_data_docs_link(ctx: ReportContext) -> None:
    page = render_html(ctx)
    assert 'href="../../gx/uncommitted/data_docs/local_site/index.html"' in page
    assert "2 of 3 suites passed" in page
    assert "<strong>4</strong> discrepancies" in page
    assert "9 of 9 expectations met" in page
    assert "6 of 7 expectations met; failed expect_column_values_to_be_in_set (in_interval): " \
        "4 unexpected" in page
    assert page.count("GX discrepancy</span>") == 4
    text = render_markdown(ctx)
    assert "[GX Data Docs](../../gx/uncommitted/data_docs/local_site/index.html)" in text
    assert "4 discrepancies" in text


def test_report_without_validation_says_so(ctx: ReportContext) -> None:
    page = render_html(dataclasses.replace(ctx, validation=None))
    assert "Validation did not run" in page
    assert "Data Docs" not in page


def test_no_claims_renders_a_clear_report(ctx: ReportContext) -> None:
    empty = dataclasses.replace(ctx, checks=ctx.checks.iloc[0:0], claims=ctx.claims.iloc[0:0])
    page = render_html(empty)
    assert "No numeric claims found" in page.split("</header>")[0]
    assert "<svg" not in page and "<article" not in page
    assert "0 numeric claims" in page
    assert "No numeric claims found" in render_markdown(empty)
    assert summarize(empty.checks) == dict.fromkeys(VERDICTS, 0)


# ---------------------------------------------------------------------------- files


def test_write_report_writes_both_files_atomically(ctx: ReportContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        renames.append((os.fspath(src), os.fspath(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    md_path, html_path = write_report(ctx)
    assert (md_path, html_path) == (ctx.run_dir / "report.md", ctx.run_dir / "report.html")
    assert md_path.read_text("utf-8") == render_markdown(ctx)
    assert html_path.read_text("utf-8") == render_html(ctx)
    assert [Path(dst) for _, dst in renames] == [md_path, html_path]
    assert all(Path(src).parent == ctx.run_dir and src.endswith(".tmp") for src, _ in renames)
    assert sorted(p.name for p in ctx.run_dir.iterdir()) == ["report.html", "report.md"]


# ---------------------------------------------------------------------------- in a browser


def _chromium() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed")
def test_report_renders_in_headless_chromium(ctx: ReportContext, tmp_path: Path) -> None:
    _, html_path = write_report(ctx)
    png = tmp_path / "report.png"
    subprocess.run(
        [
            _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={png}",
            "--window-size=1200,2000", html_path.resolve().as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )
    assert png.exists()
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def test_renders_the_same_from_contract_dtypes(ctx: ReportContext) -> None:
    """Frames cast to the schema's dtypes (datetimes, categorical verdicts) read the same."""
    from factcheck import tables

    rows = _rows()
    typed = dataclasses.replace(
        ctx,
        checks=tables.to_frame("checks", [k for _, k in rows]),
        claims=tables.to_frame("claims", [c for c, _ in rows]),
    )
    assert render_html(typed) == render_html(ctx)
    assert render_markdown(typed) == render_markdown(ctx)


def test_relative_data_docs_path_is_read_from_the_project_root(
    ctx: ReportContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_HOME", str(tmp_path))
    validation = {**ctx.validation, "data_docs": "gx/uncommitted/data_docs/local_site/index.html",
                  "results": str(ctx.run_dir / "validation.json")}
    page = render_html(dataclasses.replace(ctx, validation=validation))
    assert 'href="../../gx/uncommitted/data_docs/local_site/index.html"' in page
    assert '<a href="validation.json">Validation results</a>' in page
