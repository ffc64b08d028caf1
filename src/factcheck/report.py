"""The discrepancy report: per claim, was the article wrong or just old, and what to write instead.

Reviewers read it, not analysts, so numbers are human-readable, claims come most severe first
and every verdict is stated in words as well as colour. The HTML is one self-contained file
(inline CSS and SVG, no script, no web assets) so it opens offline, prints, and can be mailed.
Every piece of article text is escaped: an article is untrusted input.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pandas as pd

from factcheck import paths
from factcheck.runs import atomic_write_text
from factcheck.schema import VERDICTS, Article

REPORT_MD = "report.md"
REPORT_HTML = "report.html"
DASH = "\u2014"  # shown where a value is unknown

# Keys of the `validate()` result that may name the saved validation results file.
RESULTS_KEYS = ("results", "results_path", "validation_results")

VERDICT_STYLE: dict[str, tuple[str, str, str]] = {
    # verdict: (colour with >= 4.5:1 contrast against white, symbol, what it means for a reviewer)
    "inaccurate": ("#b3261e", "\u2717", "matches no known figure"),
    "stale": ("#a34a00", "\u21ba", "was already out of date when published"),
    "outdated": ("#7a5d00", "\u25f7", "was right when written, no longer"),
    "unverifiable": ("#4d5560", "?", "no comparable figure"),
    "accurate": ("#1b6e33", "\u2713", "matches the latest figure"),
}
_UNKNOWN_STYLE = ("#4d5560", "?", "")

COMPARATOR_SIGN = {"gte": "\u2265 ", "lte": "\u2264 ", "approx": "\u2248 ", "eq": ""}
PERIOD_WORDS = {
    "per_day": " per day",
    "per_week": " per week",
    "per_month": " per month",
    "per_quarter": " per quarter",
    "per_year": " per year",
}


@dataclass(frozen=True)
class ReportContext:
    """Everything one report shows; built by the pipeline, rendered here without side effects."""

    article: Article
    checks: pd.DataFrame
    claims: pd.DataFrame
    validation: Mapping[str, Any] | None
    sources_note: str
    generated_at: datetime
    run_dir: Path


@dataclass(frozen=True)
class ClaimView:
    """One claim as the report shows it: raw values plus the context a reviewer needs."""

    number: int
    claim_id: str
    verdict: str
    entity: str
    metric: str
    quote: str
    sentence: str
    unit: str | None
    comparator: str
    period: str | None
    claimed_value: float | None
    claim_low: float | None
    claim_high: float | None
    pub_value: float | None
    pub_as_of: date | None
    pub_source_url: str | None
    pub_publisher: str | None
    latest_value: float | None
    latest_as_of: date | None
    latest_source_url: str | None
    latest_definition: str | None
    latest_publisher: str | None
    latest_bound: str | None
    ratio: float | None
    rel_diff: float | None
    vintage_start: date | None
    vintage_end: date | None
    explanation: str
    discrepancy: bool


# ---------------------------------------------------------------------------- plain values


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _num(value: Any) -> float | None:
    if _missing(value):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out


def _day(value: Any) -> date | None:
    if _missing(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(stamp) else stamp.date()


def _str(value: Any) -> str | None:
    if _missing(value):
        return None
    text = str(value)
    return text if text.strip() else None


# ---------------------------------------------------------------------------- human formats


def human_number(value: float | None, unit: str | None = None) -> str:
    """301630000 -> '301.6 million', 2.5e9 -> '2.5 billion', 80 percent -> '80%'."""
    if value is None or math.isnan(value):
        return "\u2014"
    if unit == "percent":
        return f"{value:.4g}%"
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            scaled = value / size
            digits = max(0, 3 - int(math.floor(math.log10(abs(scaled)))))
            text = f"{scaled:.{digits}f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"
    if unit and unit not in ("count", "percent"):
        if unit.lower() == "usd":
            return f"${text}"
        return f"{text} {unit.upper()}"
    return text


def short_number(value: float) -> str:
    """Axis tick labels: 1000000 -> '1M', 2.5e9 -> '2.5B'."""
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:g}{suffix}"
    return f"{value:g}"


def human_ratio(ratio: float | None) -> str:
    """latest / claimed as '9.1x'; three significant digits keep 1.03x distinct from 1x."""
    if ratio is None or math.isnan(ratio):
        return "\u2014"
    return f"{ratio:.3g}x"


def human_rel_diff(rel_diff: float | None) -> str:
    if rel_diff is None or math.isnan(rel_diff):
        return ""
    pct = rel_diff * 100
    if abs(pct) < 0.05:
        return "same as claimed"
    direction = "above" if pct > 0 else "below"
    return f"latest is {abs(pct):,.3g}% {direction} the claim"


def human_date(day: date | None) -> str:
    return day.isoformat() if day else "unknown date"


def humanize_metric(metric: str | None) -> str:
    return metric.replace("_", " ") if metric else "unknown metric"


def claimed_text(view: ClaimView) -> str:
    """The claim as a number with its comparator and period: '\u2265 33 million per day'."""
    period = PERIOD_WORDS.get(view.period or "", "")
    if view.comparator == "range" and view.claim_low is not None and view.claim_high is not None:
        low = human_number(view.claim_low, view.unit)
        high = human_number(view.claim_high, view.unit)
        return f"{low} \u2013 {high}{period}"
    sign = COMPARATOR_SIGN.get(view.comparator, "")
    return f"{sign}{human_number(view.claimed_value, view.unit)}{period}"


def interval_text(view: ClaimView) -> str:
    """The interval the words claim, as compared: rounding and comparator included."""
    low, high = view.claim_low, view.claim_high
    if low is not None and high is not None:
        return f"{human_number(low, view.unit)} to {human_number(high, view.unit)}"
    if low is not None:
        return f"at least {human_number(low, view.unit)}"
    if high is not None:
        return f"at most {human_number(high, view.unit)}"
    return ""


def vintage_text(view: ClaimView) -> str:
    """When the claim was true: 'true from 2019-12-31 to 2020-03-30'."""
    start, end = view.vintage_start, view.vintage_end
    if start and end:
        if start == end:
            return f"true as of {start.isoformat()}"
        return f"true from {start.isoformat()} to {end.isoformat()}"
    if start:
        return f"true since {start.isoformat()}"
    if end:
        return f"true until {end.isoformat()}"
    if view.verdict == "inaccurate":
        return "never matched a known figure"
    if view.verdict == "unverifiable":
        return "cannot be dated: no comparable figure"
    return "\u2014"


# What a figure's own bound reads as: the publisher said "over" or "nearly".
_BOUND_WORDS = {"gte": "more than", "approx": "about", "lte": "less than"}


def latest_figure_text(view: ClaimView) -> str:
    """The latest figure as the publisher states it: 'more than 325 million' for a milestone."""
    value = human_number(view.latest_value, view.unit)
    words = _BOUND_WORDS.get(view.latest_bound or "")
    return f"{words} {value}" if words else value


def _latest_text(view: ClaimView) -> str | None:
    return None if view.latest_value is None else latest_figure_text(view)


def _pub_text(view: ClaimView) -> str | None:
    return None if view.pub_value is None else human_number(view.pub_value, view.unit)


def suggestion_text(view: ClaimView) -> str:
    """What to write instead, from the latest cited figure only (never an invented one)."""
    if view.verdict == "accurate":
        return "No change needed."
    if view.latest_value is None:
        return "No comparable figure is known: cite a source for this number, or drop it."
    period = PERIOD_WORDS.get(view.period or "", "")
    figure = (
        f"{view.entity}: {latest_figure_text(view)} {humanize_metric(view.metric)}{period} "
        f"(as of {human_date(view.latest_as_of)})"
    )
    if view.verdict == "unverifiable":
        return f"No comparable current figure; the last one cited is {figure}. Date the claim."
    return figure


def url_label(url: str) -> str:
    """A link's visible text: its host, so the reviewer sees who is cited."""
    host = urlsplit(url).netloc
    return host[4:] if host.startswith("www.") else (host or url)


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) stays text."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in ("http", "https") else None


# ---------------------------------------------------------------------------- the view model


def summarize(checks: pd.DataFrame) -> dict[str, int]:
    """Verdict counts in schema.VERDICTS order (most severe first), zeros included."""
    counts = {verdict: 0 for verdict in VERDICTS}
    if checks is None or checks.empty or "verdict" not in checks:
        return counts
    for verdict in checks["verdict"].astype("string").fillna(""):
        if verdict in counts:
            counts[verdict] += 1
    return counts


def order_checks(checks: pd.DataFrame) -> pd.DataFrame:
    """Most severe verdict first, then the largest |relative difference| first."""
    if checks.empty:
        return checks
    rank = {verdict: i for i, verdict in enumerate(VERDICTS)}
    frame = checks.reset_index(drop=True).copy()
    verdicts = frame["verdict"].astype("string").fillna("")
    frame["_rank"] = [rank.get(v, len(VERDICTS)) for v in verdicts]
    frame["_size"] = -pd.to_numeric(frame["rel_diff"], errors="coerce").abs().fillna(-1.0)
    frame["_pos"] = range(len(frame))
    frame = frame.sort_values(["_rank", "_size", "_pos"], kind="stable")
    return frame.drop(columns=["_rank", "_size", "_pos"]).reset_index(drop=True)


def _claims_by_id(claims: pd.DataFrame | None) -> dict[str, dict[str, Any]]:
    if claims is None or claims.empty or "claim_id" not in claims:
        return {}
    return {str(row["claim_id"]): row for row in claims.to_dict("records")}


def claim_views(ctx: ReportContext) -> list[ClaimView]:
    """The checks, ordered by severity, joined to their claims' sentences and units."""
    claims = _claims_by_id(ctx.claims)
    flagged = {str(c) for c in (ctx.validation or {}).get("discrepancies") or ()}
    views = []
    for number, row in enumerate(order_checks(ctx.checks).to_dict("records"), start=1):
        claim_id = str(row.get("claim_id"))
        claim = claims.get(claim_id, {})
        quote_text = _str(row.get("quote")) or _str(claim.get("quote")) or ""
        views.append(
            ClaimView(
                number=number,
                claim_id=claim_id,
                verdict=_str(row.get("verdict")) or "unverifiable",
                entity=_str(row.get("entity")) or "Unknown entity",
                metric=_str(row.get("metric")) or "unknown_metric",
                quote=quote_text,
                sentence=_str(claim.get("sentence")) or quote_text,
                unit=_str(claim.get("unit")),
                comparator=_str(row.get("comparator")) or "eq",
                period=_str(row.get("period")),
                claimed_value=_num(row.get("claimed_value")),
                claim_low=_num(row.get("claim_low")),
                claim_high=_num(row.get("claim_high")),
                pub_value=_num(row.get("pub_value")),
                pub_as_of=_day(row.get("pub_as_of")),
                pub_source_url=_str(row.get("pub_source_url")),
                pub_publisher=_str(row.get("pub_publisher")),
                latest_value=_num(row.get("latest_value")),
                latest_as_of=_day(row.get("latest_as_of")),
                latest_source_url=_str(row.get("latest_source_url")),
                latest_definition=_str(row.get("latest_definition")),
                latest_publisher=_str(row.get("latest_publisher")),
                latest_bound=_str(row.get("latest_bound")),
                ratio=_num(row.get("ratio")),
                rel_diff=_num(row.get("rel_diff")),
                vintage_start=_day(row.get("vintage_start")),
                vintage_end=_day(row.get("vintage_end")),
                explanation=_str(row.get("explanation")) or "",
                discrepancy=claim_id in flagged,
            )
        )
    return views


def _newest_day(values: Iterable[Any]) -> date | None:
    days = [d for d in (_day(v) for v in values) if d]
    return max(days) if days else None


def article_date(ctx: ReportContext) -> tuple[date | None, date | None]:
    """(known or given publication date, inferred earliest writing date)."""
    published = ctx.article.published
    if published is None and not ctx.checks.empty and "published" in ctx.checks:
        published = _newest_day(ctx.checks["published"])
    inferred = None
    if not ctx.checks.empty and "published_inferred" in ctx.checks:
        inferred = _newest_day(ctx.checks["published_inferred"])
    return published, inferred


def article_date_text(ctx: ReportContext) -> str:
    published, inferred = article_date(ctx)
    if published:
        return published.isoformat()
    if inferred:
        return (
            "unknown \u2014 earliest possible writing date inferred: "
            f"{inferred.isoformat()} from the newest figure it quotes"
        )
    return "unknown \u2014 no writing date could be inferred from its figures"


def article_title(article: Article) -> str:
    return _str(article.title) or article.source or article.article_id


def is_offline(sources_note: str) -> bool:
    note = sources_note.lower()
    return "snapshot" in note or "offline" in note


def counts_text(counts: Mapping[str, int]) -> str:
    parts = [f"{n} {verdict}" for verdict, n in counts.items() if n]
    return ", ".join(parts) if parts else "none"


def relative_href(target: str | os.PathLike[str], run_dir: Path) -> str:
    """A link from report to target that survives moving the run folder as a whole."""
    text = os.fspath(target)
    if _safe_url(text):
        return text
    if text.startswith("file://"):
        text = text[len("file://") :]
    path = Path(text)
    if not path.is_absolute():
        path = paths.project_root() / path
    rel = os.path.relpath(path.resolve(), Path(run_dir).resolve())
    return quote(Path(rel).as_posix(), safe="/._-~")


@dataclass(frozen=True)
class SuiteView:
    name: str
    success: bool | None
    detail: str


def suite_views(validation: Mapping[str, Any] | None) -> list[SuiteView]:
    """Suites from `factcheck.validate.validate()`: counts and failed expectations, in words."""
    suites = (validation or {}).get("suites") or {}
    out = []
    for name, result in suites.items():
        if not isinstance(result, Mapping):
            out.append(SuiteView(str(name), None if result is None else bool(result), ""))
            continue
        stats = result.get("statistics") or result
        evaluated = stats.get("evaluated", stats.get("evaluated_expectations"))
        met = stats.get("successful", stats.get("successful_expectations"))
        parts = [f"{met} of {evaluated} expectations met"] if evaluated is not None else []
        for failed in result.get("failed_expectations") or ():
            parts.append(_failed_text(failed))
        success = result.get("success")
        out.append(SuiteView(str(name), None if success is None else bool(success),
                             "; ".join(parts)))
    return out


def _failed_text(failed: Mapping[str, Any]) -> str:
    """'expect_column_values_to_be_between (ratio): 4 unexpected rows', or the exception."""
    column = failed.get("column")
    if isinstance(column, list | tuple):
        column = ", ".join(str(c) for c in column)
    text = f"failed {failed.get('expectation_type') or 'expectation'}"
    if column:
        text += f" ({column})"
    if failed.get("exception_info"):
        return f"{text}: raised {failed['exception_info']}"
    if failed.get("unexpected_count") is not None:
        text += f": {failed['unexpected_count']} unexpected"
    return text


def validation_links(ctx: ReportContext) -> list[tuple[str, str]]:
    """(label, relative href) for the Data Docs and the saved validation results."""
    validation = ctx.validation or {}
    links = []
    if validation.get("data_docs"):
        links.append(("GX Data Docs", relative_href(validation["data_docs"], ctx.run_dir)))
    for key in RESULTS_KEYS:
        if validation.get(key):
            links.append(("Validation results", relative_href(validation[key], ctx.run_dir)))
            break
    return links


def _split_quote(sentence: str, quote_text: str) -> tuple[str, str, str]:
    """(before, quote, after) within the sentence; the quote alone if it is not inside."""
    at = sentence.find(quote_text) if quote_text else -1
    if at < 0:
        return "", quote_text or sentence, ""
    return sentence[:at], quote_text, sentence[at + len(quote_text) :]


# ---------------------------------------------------------------------------- markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!&{}])")


def md(text: str | None) -> str:
    """Text safe inside Markdown (and table cells): specials and raw HTML backslash-escaped."""
    if not text:
        return ""
    flat = re.sub(r"\s+", " ", str(text))  # one line: a newline would end a table row
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    # A leading "1. " or "- " would turn the text into a list item.
    return re.sub(
        r"^(\d+[.)]|[-+=])(?=\s|$)", lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], escaped
    )


def md_url(url: str) -> str:
    return quote(url, safe=":/?#@!$&'*+,;=%-._~")


def md_link(url: str | None, label: str | None = None) -> str:
    safe = _safe_url(url)
    if not safe:
        return md(url) if url else "no source"
    target = md_url(safe).replace("(", "%28").replace(")", "%29")
    return f"[{md(label or url_label(safe))}]({target})"


def _md_figure(
    text: str | None, as_of: date | None, url: str | None, publisher: str | None = None
) -> str:
    if text is None:
        return "none known"
    return f"{md(text)} (as of {human_date(as_of)}, {md_link(url, publisher)})"


def render_markdown(ctx: ReportContext) -> str:
    """The report as Markdown, for terminals, diffs and Prefect artifacts."""
    views = claim_views(ctx)
    counts = summarize(ctx.checks)
    title = article_title(ctx.article)
    lines = [f"# Fact-check: {md(title)}", ""]
    source = _safe_url(ctx.article.source)
    lines += [
        f"- **Article:** {md_link(source, source) if source else md(ctx.article.source)}",
        f"- **Article date:** {md(article_date_text(ctx))}",
        f"- **Numeric claims checked:** {len(views)}",
        f"- **Verdicts:** {md(counts_text(counts))}",
        f"- **Generated:** {ctx.generated_at.isoformat(timespec='seconds')}",
        "",
    ]
    if views:
        lines += ["| verdict | count |", "|---|---:|"]
        lines += [f"| {verdict} | {n} |" for verdict, n in counts.items()]
        lines.append("")
    lines += ["## Where the figures came from", ""]
    if is_offline(ctx.sources_note):
        lines += ["**Offline snapshot:** figures come from a curated, cited snapshot, "
                  "not from live sources.", ""]
    lines += [md(ctx.sources_note) or "No sources note was given.", ""]
    lines += _md_validation(ctx)
    if not views:
        lines += ["## No numeric claims found", "",
                  "The article contains no numeric claims about known organisations, "
                  "so there is nothing to check.", ""]
        return "\n".join(lines)
    lines += ["## Summary, most severe first", "",
              "The chart of claimed vs latest figures is in `report.html`.", "",
              "| # | verdict | entity | metric | quote | claimed | latest | ratio |",
              "|---:|---|---|---|---|---:|---:|---:|"]
    for v in views:
        latest = _latest_text(v) or "\u2014"
        lines.append(
            f"| {v.number} | {v.verdict.upper()} | {md(v.entity)} "
            f"| {md(humanize_metric(v.metric))} | {md(v.quote)} | {md(claimed_text(v))} "
            f"| {md(latest)} | {human_ratio(v.ratio)} |"
        )
    lines += ["", "## Claims", ""]
    for v in views:
        lines += _md_claim(v)
    return "\n".join(lines)


def _md_validation(ctx: ReportContext) -> list[str]:
    lines = ["## Validation (Great Expectations)", ""]
    if ctx.validation is None:
        return [*lines, "Validation did not run for this report.", ""]
    suites = suite_views(ctx.validation)
    failed = [s for s in suites if s.success is False]
    discrepancies = len(ctx.validation.get("discrepancies") or ())
    status = "passed" if ctx.validation.get("success") else "failed"
    lines.append(
        f"Overall: **{status}** \u2014 {len(suites) - len(failed)} of {len(suites)} suites passed; "
        f"{discrepancies} discrepancies (unexpected rows in the checks suite)."
    )
    lines.append("")
    if suites:
        lines += ["| suite | result | detail |", "|---|---|---|"]
        for s in suites:
            result = {True: "passed", False: "FAILED", None: "not run"}[s.success]
            lines.append(f"| {md(s.name)} | {result} | {md(s.detail)} |")
        lines.append("")
    for label, href in validation_links(ctx):
        lines.append(f"- [{label}]({href})")
    lines.append("")
    return lines


def _md_claim(v: ClaimView) -> list[str]:
    before, quoted, after = _split_quote(v.sentence, v.quote)
    sentence = f"{md(before)}**{md(quoted)}**{md(after)}"
    latest = _md_figure(
        _latest_text(v), v.latest_as_of, v.latest_source_url, v.latest_publisher
    )
    if v.latest_value is not None and v.latest_definition:
        latest += f"; publisher's term: \u201c{md(v.latest_definition)}\u201d"
    interval = interval_text(v)
    claimed = md(claimed_text(v)) + (f" (read as {md(interval)})" if interval else "")
    ratio = human_ratio(v.ratio)
    if v.rel_diff is not None:
        ratio += f" ({md(human_rel_diff(v.rel_diff))})"
    lines = [
        f"### {v.number}. {v.verdict.upper()} \u2014 {md(v.entity)}, "
        f"{md(humanize_metric(v.metric))}",
        "",
        f"> {sentence}",
        "",
        f"- **Verdict:** {v.verdict.upper()} ({VERDICT_STYLE.get(v.verdict, _UNKNOWN_STYLE)[2]})",
        f"- **Claimed:** {claimed}",
        f"- **Figure at publication:** "
        f"{_md_figure(_pub_text(v), v.pub_as_of, v.pub_source_url, v.pub_publisher)}",
        f"- **Latest figure:** {latest}",
        f"- **Ratio (latest / claimed):** {ratio}",
        f"- **Vintage:** {md(vintage_text(v))}",
        f"- **Explanation:** {md(v.explanation)}",
        f"- **Write instead:** {md(suggestion_text(v))}",
    ]
    if v.discrepancy:
        lines.append("- **GX:** flagged as an unexpected row by the `checks` suite")
    lines += [f"- Claim id: `{v.claim_id.replace('`', '')}`", ""]
    return lines


# ---------------------------------------------------------------------------- HTML


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def html_link(url: str | None, label: str | None = None) -> str:
    safe = _safe_url(url)
    if not safe:
        return esc(url) if url else "no source"
    return (
        f'<a href="{esc(safe)}" rel="noopener noreferrer">'
        f"{esc(label or url_label(safe))}</a>"
    )


def badge(verdict: str, count: int | None = None) -> str:
    colour, symbol, meaning = VERDICT_STYLE.get(verdict, _UNKNOWN_STYLE)
    suffix = f" {count}" if count is not None else ""
    title = f' title="{esc(meaning)}"' if meaning else ""
    return (
        f'<span class="badge v-{esc(verdict)}" style="--c:{colour}"{title}>'
        f'<span aria-hidden="true">{symbol}</span> {esc(verdict.upper())}{suffix}</span>'
    )


CSS = """
:root { --ink:#1a1d21; --muted:#4d5560; --line:#d5d9de; --paper:#fff; --wash:#f4f6f8; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; color: var(--ink); background: var(--wash); line-height: 1.45; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; line-height: 1.2; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; padding-bottom: .25rem;
  border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0; display: flex; gap: .6rem; align-items: center;
  flex-wrap: wrap; overflow-wrap: anywhere; }
a { color: #0b57a4; }
.panel, .card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 1rem 1.25rem; }
.kicker { color: var(--muted); margin: 0; text-transform: uppercase; letter-spacing: .06em;
  font-size: .8rem; font-weight: 600; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 1rem 0; }
dl.meta dt { font-weight: 600; color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0;
  margin: .5rem 0 0; }
.badge { display: inline-block; background: var(--c); color: #fff; border: 2px solid var(--c);
  border-radius: 999px; padding: .1rem .65rem; font-size: .8rem; font-weight: 700;
  letter-spacing: .04em; white-space: nowrap; }
.badge.zero { background: var(--paper); color: var(--muted); border: 2px solid var(--line); }
.offline { display: inline-block; background: #fff4d6; border: 1px solid #c9a227;
  border-radius: 4px; padding: 0 .4rem; font-weight: 700; }
.status-pass { color: #1b6e33; font-weight: 700; white-space: nowrap; }
.status-fail { color: #b3261e; font-weight: 700; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; background: var(--paper); font-size: .92rem; }
caption { text-align: left; color: var(--muted); padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .4rem .55rem; text-align: left;
  vertical-align: top; }
th { background: var(--wash); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; }
.chart { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: .5rem; }
.chart svg { width: 100%; height: auto; display: block; }
.chart-note { color: var(--muted); font-size: .88rem; margin: .4rem 0 0; }
.card { margin: 0 0 1rem; border-left: 8px solid var(--c); break-inside: avoid;
  page-break-inside: avoid; }
.sentence { margin: .75rem 0; padding: .5rem .9rem; border-left: 3px solid var(--line);
  background: var(--wash); font-style: italic; overflow-wrap: anywhere; }
mark { background: #ffe36e; color: inherit; font-style: normal; font-weight: 600;
  padding: 0 .15em; border-radius: 2px; }
.explanation { margin: .5rem 0 .75rem; font-weight: 500; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: 12rem 1fr; gap: .35rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.value { font-weight: 700; font-variant-numeric: tabular-nums; }
.term { color: var(--muted); }
.claim-id { color: var(--muted); font-size: .78rem; margin: .75rem 0 0; overflow-wrap: anywhere; }
.gx-flag { font-size: .8rem; border: 1px solid var(--muted); border-radius: 4px;
  padding: 0 .35rem; color: var(--muted); font-weight: 600; }
.empty { font-size: 1.1rem; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
ol.sources li { overflow-wrap: anywhere; }
@media (max-width: 640px) { dl.facts, dl.meta { grid-template-columns: 1fr; } }
@media print {
  html { background: #fff; font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .panel, .card, .chart, .table-wrap { border-color: #999; }
  .card { border-left-width: 1px; border-left-style: solid; }
  .badge, .badge.zero { background: none !important; color: #000 !important;
    border: 2px solid var(--c); }
  mark { background: none; text-decoration: underline; text-decoration-thickness: 2px; }
  .sentence, th { background: none; }
  a { color: #000; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; color: #333;
    overflow-wrap: anywhere; word-break: break-all; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .chart { break-inside: avoid; page-break-inside: avoid; }
}
"""


def render_html(ctx: ReportContext) -> str:
    """The report as one self-contained, printable, accessible HTML page."""
    views = claim_views(ctx)
    counts = summarize(ctx.checks)
    title = article_title(ctx.article)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Defence in depth: even if escaping failed, nothing could load or run.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>Fact-check: {esc(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        _html_header(ctx, views, counts, title),
        "<main>",
        _html_sources(ctx),
        _html_validation(ctx),
    ]
    if views:
        parts += [_html_chart_section(views), _html_summary_table(views), _html_cards(views),
                  _html_cited(views)]
    else:
        parts.append(
            '<section aria-labelledby="empty-h"><h2 id="empty-h">No numeric claims found</h2>'
            '<p class="empty">The article contains no numeric claims about known organisations, '
            "so there is nothing to check.</p></section>"
        )
    parts += [
        "</main>",
        f"<footer><p>Generated {esc(ctx.generated_at.isoformat(timespec='seconds'))} by "
        "factcheck. Verdicts, most severe first: "
        + ", ".join(esc(v) for v in VERDICTS)
        + ".</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _html_header(ctx: ReportContext, views: list[ClaimView], counts: Mapping[str, int],
                 title: str) -> str:
    source = ctx.article.source
    source_html = html_link(source, source) if _safe_url(source) else esc(source)
    badges = "".join(
        f"<li>{badge(verdict, n)}</li>" if n else
        f'<li><span class="badge zero">{esc(verdict.upper())} 0</span></li>'
        for verdict, n in counts.items()
    )
    return (
        '<header class="panel">'
        '<p class="kicker">Fact-check report</p>'
        f"<h1>{esc(title)}</h1>"
        '<dl class="meta">'
        f"<dt>Article</dt><dd>{source_html}</dd>"
        f"<dt>Article date</dt><dd>{esc(article_date_text(ctx))}</dd>"
        f"<dt>Claims checked</dt><dd>{len(views)} numeric claim{'s' if len(views) != 1 else ''}"
        f"</dd><dt>Verdicts</dt><dd>{esc(counts_text(counts))}</dd>"
        "</dl>"
        f'<ul class="counts" aria-label="Verdict counts">{badges}</ul>'
        + ("" if views else '<p class="empty"><strong>No numeric claims found</strong> in this '
           "article: nothing to check.</p>")
        + "</header>"
    )


def _html_sources(ctx: ReportContext) -> str:
    offline = (
        '<p><span class="offline">Offline snapshot</span> Figures come from a curated, cited '
        "snapshot, not from live sources; every figure below links to where it was read.</p>"
        if is_offline(ctx.sources_note)
        else ""
    )
    note = esc(ctx.sources_note) or "No sources note was given."
    return (
        '<section aria-labelledby="sources-h"><h2 id="sources-h">Where the figures came from</h2>'
        f'<div class="panel">{offline}<p>{note}</p></div></section>'
    )


def _html_validation(ctx: ReportContext) -> str:
    head = '<section aria-labelledby="gx-h"><h2 id="gx-h">Validation (Great Expectations)</h2>'
    if ctx.validation is None:
        return (head + '<div class="panel"><p>Validation did not run for this report.</p>'
                "</div></section>")
    suites = suite_views(ctx.validation)
    failed = [s for s in suites if s.success is False]
    discrepancies = len(ctx.validation.get("discrepancies") or ())
    ok = bool(ctx.validation.get("success"))
    status = (
        '<span class="status-pass">\u2713 passed</span>' if ok
        else '<span class="status-fail">\u2717 failed</span>'
    )
    rows = "".join(
        f"<tr><th scope=\"row\">{esc(s.name)}</th><td>"
        + {True: '<span class="status-pass">\u2713 passed</span>',
           False: '<span class="status-fail">\u2717 failed</span>',
           None: "not run"}[s.success]
        + f"</td><td>{esc(s.detail)}</td></tr>"
        for s in suites
    )
    table = (
        '<div class="table-wrap"><table><caption>Expectation suites</caption><thead><tr>'
        '<th scope="col">Suite</th><th scope="col">Result</th><th scope="col">Detail</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
        if suites else ""
    )
    links = "".join(
        f'<li><a href="{esc(href)}">{esc(label)}</a> <span class="term">({esc(href)})</span></li>'
        for label, href in validation_links(ctx)
    )
    return (
        head + '<div class="panel">'
        f"<p>Overall: {status} \u2014 {len(suites) - len(failed)} of {len(suites)} suites passed; "
        f"<strong>{discrepancies}</strong> discrepanc{'y' if discrepancies == 1 else 'ies'} "
        "(claims whose latest figure lies outside the claimed interval: unexpected rows in the "
        "<code>checks</code> suite).</p>"
        f"{table}{f'<ul>{links}</ul>' if links else ''}</div></section>"
    )


def _html_summary_table(views: list[ClaimView]) -> str:
    rows = "".join(
        "<tr>"
        f'<td class="num"><a href="#claim-{v.number}">{v.number}</a></td>'
        f"<td>{badge(v.verdict)}</td>"
        f"<td>{esc(v.entity)}</td><td>{esc(humanize_metric(v.metric))}</td>"
        f'<td class="num">{esc(claimed_text(v))}</td>'
        f'<td class="num">{esc(_latest_text(v) or DASH)}</td>'
        f"<td>{esc(human_date(v.latest_as_of) if v.latest_value is not None else '')}</td>"
        f'<td class="num">{esc(human_ratio(v.ratio))}</td>'
        "</tr>"
        for v in views
    )
    return (
        '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary, most severe first</h2>'
        '<div class="table-wrap"><table><caption>One row per claim; details below.</caption>'
        '<thead><tr><th scope="col" class="num">#</th><th scope="col">Verdict</th>'
        '<th scope="col">Entity</th><th scope="col">Metric</th>'
        '<th scope="col" class="num">Claimed</th><th scope="col" class="num">Latest</th>'
        '<th scope="col">Latest as of</th><th scope="col" class="num">Ratio</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )


def _html_figure(
    text: str | None,
    as_of: date | None,
    url: str | None,
    missing: str,
    publisher: str | None = None,
) -> str:
    if text is None:
        return esc(missing)
    return (
        f'<span class="value">{esc(text)}</span> '
        f"as of {esc(human_date(as_of))} \u2014 {html_link(url, publisher)}"
    )


def _html_cards(views: list[ClaimView]) -> str:
    return (
        '<section aria-labelledby="claims-h"><h2 id="claims-h">Claims, most severe first</h2>'
        + "".join(_html_card(v) for v in views)
        + "</section>"
    )


def _html_card(v: ClaimView) -> str:
    colour = VERDICT_STYLE.get(v.verdict, _UNKNOWN_STYLE)[0]
    before, quoted, after = _split_quote(v.sentence, v.quote)
    latest = _html_figure(
        _latest_text(v), v.latest_as_of, v.latest_source_url, "none known", v.latest_publisher
    )
    if v.latest_value is not None and v.latest_definition:
        latest += (
            '<br><span class="term">Publisher\u2019s term: '
            f"\u201c{esc(v.latest_definition)}\u201d</span>"
        )
    interval = interval_text(v)
    claimed = f'<span class="value">{esc(claimed_text(v))}</span>'
    if interval:
        claimed += f' <span class="term">(read as {esc(interval)})</span>'
    ratio = f'<span class="value">{esc(human_ratio(v.ratio))}</span>'
    if v.rel_diff is not None:
        ratio += f" ({esc(human_rel_diff(v.rel_diff))})"
    flag = (
        ' <span class="gx-flag" title="Unexpected row in the GX checks suite">GX discrepancy</span>'
        if v.discrepancy else ""
    )
    meaning = VERDICT_STYLE.get(v.verdict, _UNKNOWN_STYLE)[2]
    return (
        f'<article class="card v-{esc(v.verdict)}" id="claim-{v.number}" style="--c:{colour}" '
        f'aria-labelledby="claim-{v.number}-h">'
        f'<h3 id="claim-{v.number}-h"><span>{v.number}.</span> {badge(v.verdict)} '
        f"<span>{esc(v.entity)} \u00b7 {esc(humanize_metric(v.metric))}</span>{flag}</h3>"
        f'<blockquote class="sentence">{esc(before)}<mark>{esc(quoted)}</mark>{esc(after)}'
        "</blockquote>"
        f'<p class="explanation">{esc(v.explanation)}</p>'
        '<dl class="facts">'
        f"<dt>Verdict</dt><dd>{esc(v.verdict)} \u2014 {esc(meaning)}</dd>"
        f"<dt>Claimed</dt><dd>{claimed}</dd>"
        "<dt>Figure at publication</dt><dd>"
        + _html_figure(_pub_text(v), v.pub_as_of, v.pub_source_url,
                       "none known (article date unknown or no earlier figure)", v.pub_publisher)
        + "</dd>"
        f"<dt>Latest figure</dt><dd>{latest}</dd>"
        f"<dt>Ratio latest / claimed</dt><dd>{ratio}</dd>"
        f"<dt>Vintage</dt><dd>{esc(vintage_text(v))}</dd>"
        f"<dt>Write instead</dt><dd>{esc(suggestion_text(v))}</dd>"
        "</dl>"
        f'<p class="claim-id">Claim id: {esc(v.claim_id)}</p>'
        "</article>"
    )


def _html_cited(views: list[ClaimView]) -> str:
    urls: list[str] = []
    for v in views:
        for url in (v.pub_source_url, v.latest_source_url):
            safe = _safe_url(url)
            if safe and safe not in urls:
                urls.append(safe)
    if not urls:
        return ""
    items = "".join(f"<li>{html_link(u)}</li>" for u in urls)
    return (
        '<section aria-labelledby="cited-h"><h2 id="cited-h">Pages cited</h2>'
        f'<ol class="sources">{items}</ol></section>'
    )


# ---------------------------------------------------------------------------- the SVG chart


@dataclass(frozen=True)
class ChartRow:
    label: str
    verdict: str
    claimed: float
    latest: float
    unit: str | None


def chart_rows(views: Iterable[ClaimView]) -> list[ChartRow]:
    """One row per claim with a latest figure; both values must be positive for a log axis."""
    return [
        ChartRow(f"{v.number}. {v.entity} \u00b7 {humanize_metric(v.metric)}", v.verdict,
                 v.claimed_value, v.latest_value, v.unit)
        for v in views
        if v.latest_value and v.claimed_value and v.latest_value > 0 and v.claimed_value > 0
    ]


def log_ticks(low: float, high: float) -> list[float]:
    """Decade ticks covering [low, high]; 1-2-5 ticks when the span is two decades or less."""
    start, stop = math.floor(math.log10(low)), math.ceil(math.log10(high))
    if stop == start:
        stop += 1
    steps = (1, 2, 5) if stop - start <= 2 else (1,)
    ticks = [m * 10.0**e for e in range(start, stop + 1) for m in steps]
    return [t for t in ticks if t <= 10.0**stop]


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def render_svg_chart(views: Iterable[ClaimView]) -> str:
    """Claimed vs latest figures on a log axis, as inline SVG (no script, no external assets)."""
    rows = chart_rows(views)
    if not rows:
        return ""
    values = [v for r in rows for v in (r.claimed, r.latest)]
    ticks = log_ticks(min(values), max(values))
    lo, hi = math.log10(ticks[0]), math.log10(ticks[-1])
    width, left, right, top, row_h = 960, 300, 84, 56, 30
    height = top + row_h * len(rows) + 34
    plot_w = width - left - right

    def x(value: float) -> float:
        return left + (math.log10(value) - lo) / (hi - lo) * plot_w

    out = [
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" '
        'font-size="13">',
        '<title id="chart-title">Claimed vs latest figures, log scale</title>',
        f'<desc id="chart-desc">For each of {len(rows)} claims with a latest figure, a hollow '
        "circle marks the claimed value and a filled diamond the latest figure, on a logarithmic "
        "axis.</desc>",
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fff"/>',
        # Legend
        '<g class="legend" fill="#1a1d21">'
        f'<circle cx="{left + 6}" cy="16" r="6" fill="#fff" stroke="#1a1d21" stroke-width="2.5"/>'
        f'<text x="{left + 18}" y="20">claimed</text>'
        f'<path d="M {left + 104} 9 l 7 7 l -7 7 l -7 -7 z" fill="#1a1d21"/>'
        f'<text x="{left + 116}" y="20">latest figure</text>'
        f'<text x="{left + 230}" y="20" fill="#4d5560">colour = verdict; line = the gap</text>'
        f'<text x="{width - 10}" y="20" text-anchor="end" fill="#4d5560">latest / claimed</text>'
        "</g>",
    ]
    bottom = top + row_h * len(rows)
    for tick in ticks:
        tx = x(tick)
        major = math.isclose(math.log10(tick), round(math.log10(tick)))
        out.append(
            f'<g class="tick"><line x1="{tx:.1f}" y1="{top - 8}" x2="{tx:.1f}" y2="{bottom}" '
            f'stroke="{"#b8bec5" if major else "#e3e6ea"}" stroke-width="1"/>'
            f'<text x="{tx:.1f}" y="{bottom + 18}" text-anchor="middle" fill="#4d5560">'
            f"{esc(short_number(tick))}</text></g>"
        )
    for i, row in enumerate(rows):
        cy = top + row_h * i + row_h / 2
        colour = VERDICT_STYLE.get(row.verdict, _UNKNOWN_STYLE)[0]
        xc, xl = x(row.claimed), x(row.latest)
        claimed, latest = human_number(row.claimed, row.unit), human_number(row.latest, row.unit)
        if i % 2 == 0:
            out.append(f'<rect x="0" y="{cy - row_h / 2:.1f}" width="{width}" height="{row_h}" '
                       'fill="#f4f6f8" opacity="0.6"/>')
        out.append(
            f'<g class="row v-{esc(row.verdict)}">'
            f"<title>{esc(row.label)}: claimed {esc(claimed)}, latest {esc(latest)} "
            f"({esc(row.verdict)})</title>"
            f'<text x="{left - 12}" y="{cy + 4:.1f}" text-anchor="end" fill="#1a1d21">'
            f"{esc(_truncate(row.label, 40))}</text>"
            f'<line x1="{xc:.1f}" y1="{cy:.1f}" x2="{xl:.1f}" y2="{cy:.1f}" stroke="{colour}" '
            'stroke-width="3" opacity="0.55"/>'
            f'<circle class="marker-claimed" cx="{xc:.1f}" cy="{cy:.1f}" r="6.5" fill="#fff" '
            f'stroke="{colour}" stroke-width="3"/>'
            f'<path class="marker-latest" d="M {xl:.1f} {cy - 8:.1f} l 8 8 l -8 8 l -8 -8 z" '
            f'fill="{colour}" stroke="#fff" stroke-width="1"/>'
            f'<text x="{width - 10}" y="{cy + 4:.1f}" text-anchor="end" fill="#1a1d21">'
            f"{esc(human_ratio(row.latest / row.claimed))}</text>"
            "</g>"
        )
    out.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 2}" text-anchor="middle" fill="#4d5560">'
        "value (log scale)</text>"
    )
    out.append("</svg>")
    return "".join(out)


def _html_chart_section(views: list[ClaimView]) -> str:
    svg = render_svg_chart(views)
    body = (
        f'<figure class="chart" style="margin:0">{svg}<figcaption class="chart-note">'
        "Each row is one claim: the hollow circle is what the article says, the diamond the "
        "latest known figure. The further apart, the more the article is off; ratios are in "
        "the table below.</figcaption></figure>"
        if svg
        else '<p class="panel">No claim has a latest figure to chart.</p>'
    )
    return (
        '<section aria-labelledby="chart-h"><h2 id="chart-h">Claimed vs latest figures</h2>'
        f"{body}</section>"
    )


# ---------------------------------------------------------------------------- writing


def write_report(ctx: ReportContext) -> tuple[Path, Path]:
    """Write report.md and report.html into the run folder, each atomically."""
    run_dir = Path(ctx.run_dir)
    md_path = atomic_write_text(run_dir / REPORT_MD, render_markdown(ctx))
    html_path = atomic_write_text(run_dir / REPORT_HTML, render_html(ctx))
    return md_path, html_path
