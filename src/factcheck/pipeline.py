"""The fact-check of one or many articles as plain functions, one per stage.

The Prefect flows in `flows/` wrap these stages as tasks; `check_articles()` chains them
without Prefect, for notebooks and tests. Each stage takes and returns plain data.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

from factcheck import paths, schema, tables
from factcheck.articles import read_article
from factcheck.compare import compare
from factcheck.extract import extract_claims
from factcheck.runs import new_run_dir, point_latest
from factcheck.sources import FetchResult, fetch_figures
from factcheck.vocabulary import Vocabulary, load_vocabulary

log = logging.getLogger("factcheck")


@dataclass(frozen=True)
class RunOptions:
    """What an operator chooses for a run; defaults are the offline `make run`."""

    published: date | None = None
    sources: str = "snapshot"
    reports_dir: Path | None = None
    processed_dir: Path | None = None
    reference_dir: Path | None = None
    vocabulary_files: tuple[str, ...] = ()
    validate: bool = True


@dataclass(frozen=True)
class RunResult:
    """Where a run wrote its outputs and what it found, as plain data."""

    run_dir: Path
    report_md: Path
    report_html: Path
    processed: dict[str, Path]
    verdicts: dict[str, int]
    claims: int
    articles: list[str]
    published: list[str | None]
    published_inferred: str | None
    sources_note: str
    validation_success: bool | None
    discrepancies: list[str] = field(default_factory=list)
    data_docs: str | None = None


def figures_for(
    claims: Sequence[schema.Claim], vocabulary: Vocabulary, options: RunOptions
) -> FetchResult:
    entities = sorted({c.entity for c in claims if c.entity and vocabulary.entity(c.entity)})
    return fetch_figures(
        entities, vocabulary, mode=options.sources, reference_dir=options.reference_dir
    )


def sources_note(result: FetchResult, options: RunOptions) -> str:
    if options.sources == "snapshot":
        folder = options.reference_dir or paths.reference_dir()
        note = (
            f"Figures from the offline reference snapshot in {_relative(folder)} "
            "(no live source was asked)."
        )
    else:
        live = sorted(e for e, used in result.used.items() if not used.startswith("snapshot"))
        fell_back = sorted(e for e in result.used if e not in live)
        note = (
            f"Figures from live sources (Wikidata, SEC EDGAR) for {len(live)} of "
            f"{len(result.used)} organisations"
            + (f"; the offline snapshot for {', '.join(fell_back)}." if fell_back else ".")
        )
    return " ".join([note, *result.notes])


def _relative(folder: Path) -> str:
    try:
        return str(Path(folder).resolve().relative_to(paths.project_root()))
    except ValueError:
        return str(folder)


def build_frames(
    claims: Sequence[schema.Claim],
    figures: Sequence[schema.Figure],
    checks: Sequence[schema.Check],
) -> dict[str, pd.DataFrame]:
    return {
        "claims": tables.to_frame("claims", claims),
        "figures": tables.to_frame("figures", figures),
        "checks": tables.to_frame("checks", checks),
    }


def validate_frames(frames: dict[str, pd.DataFrame], run_dir: Path, article_length: int) -> dict:
    from factcheck.validate import validate  # GX is heavy: import only when validating

    return validate(frames, run_dir, article_length=article_length)


def publish(
    articles: Sequence[schema.Article],
    frames: dict[str, pd.DataFrame],
    validation: dict | None,
    note: str,
    run_dir: Path,
    options: RunOptions,
) -> RunResult:
    """Write the report and the run's tables, then the processed CSVs, then point `latest`."""
    from factcheck.report import ReportContext, summarize, write_report

    ctx = ReportContext(
        article=articles[0] if len(articles) == 1 else _combined(articles),
        checks=frames["checks"],
        claims=frames["claims"],
        validation=validation,
        sources_note=note,
        generated_at=datetime.now(UTC),
        run_dir=run_dir,
    )
    report_md, report_html = write_report(ctx)
    tables.write_tables(frames, run_dir / "tables")
    processed = tables.write_tables(frames, options.processed_dir)
    point_latest(run_dir)
    validation = validation or {}
    return RunResult(
        run_dir=run_dir,
        report_md=report_md,
        report_html=report_html,
        processed=processed,
        verdicts=summarize(frames["checks"]),
        claims=len(frames["claims"]),
        articles=[a.source for a in articles],
        published=[a.published.isoformat() if a.published else None for a in articles],
        published_inferred=_inferred(frames["checks"]),
        sources_note=note,
        validation_success=validation.get("success"),
        discrepancies=list(validation.get("discrepancies", [])),
        data_docs=validation.get("data_docs"),
    )


def _inferred(checks: pd.DataFrame) -> str | None:
    """The earliest possible writing date inferred for undated articles, if any."""
    dates = checks["published_inferred"].dropna()
    return dates.max().date().isoformat() if len(dates) else None


def _combined(articles: Sequence[schema.Article]) -> schema.Article:
    return schema.Article(
        article_id="batch",
        source=", ".join(a.source for a in articles),
        text="",
        title=f"{len(articles)} articles",
        published=None,
    )


@dataclass(frozen=True)
class Stages:
    """The stage functions a run calls; the Prefect flow passes task-wrapped versions."""

    load: Callable[..., schema.Article] = read_article
    extract: Callable[..., list[schema.Claim]] = extract_claims
    fetch: Callable[..., FetchResult] = figures_for
    compare: Callable[..., list[schema.Check]] = compare
    validate: Callable[..., dict] = validate_frames
    publish: Callable[..., RunResult] = publish


def check_articles(
    locations: Sequence[str], options: RunOptions | None = None, stages: Stages | None = None
) -> RunResult:
    """Fact-check articles end to end: the one ordering of stages, with or without Prefect."""
    options, stages = options or RunOptions(), stages or Stages()
    vocabulary = load_vocabulary(options.vocabulary_files)
    articles = [stages.load(loc, published=options.published) for loc in locations]
    claims: list[schema.Claim] = []
    checks: list[schema.Check] = []
    figures: dict[tuple, schema.Figure] = {}
    notes: list[str] = []
    for article in articles:
        log.info("%s: reading claims", article.source)
        article_claims = stages.extract(article, vocabulary)
        fetched = stages.fetch(article_claims, vocabulary, options)
        claims += article_claims
        checks += stages.compare(
            article_claims, fetched.figures, vocabulary, published=article.published
        )
        figures.update({_figure_key(f): f for f in fetched.figures})
        notes.append(sources_note(fetched, options))
        log.info(
            "%s: %d claims, %d figures", article.source, len(article_claims), len(fetched.figures)
        )
    frames = build_frames(claims, list(figures.values()), checks)
    run_dir = new_run_dir(options.reports_dir or paths.reports_dir(), articles[0].article_id)
    validation = None
    if options.validate:
        log.info("validating with Great Expectations")
        validation = stages.validate(frames, run_dir, max(len(a.text) for a in articles))
    note = " ".join(dict.fromkeys(notes))
    return stages.publish(articles, frames, validation, note, run_dir, options)


def _figure_key(figure: schema.Figure) -> tuple:
    return (figure.entity, figure.metric, figure.as_of, figure.source, figure.source_url)
