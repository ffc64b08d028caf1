"""Prefect flows over factcheck's stages: one article, or many in one run.

The flows are a thin shell: each task wraps one plain stage function from
`factcheck.pipeline`, and `pipeline.check_articles` orders them exactly as it does
without Prefect. The flows add retries, observability and artifacts.
Run once with `factcheck run ARTICLE`; schedule with `factcheck serve` (see README).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pandas as pd
from prefect import flow, serve, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

from factcheck import pipeline, tables
from factcheck.articles import ArticleUnavailable


def _unavailable(task, task_run, state) -> bool:
    """Retry loading only when the server was unreachable, not for a 404 or a bad file."""
    return isinstance(state.result(raise_on_failure=False), ArticleUnavailable)


STAGES = pipeline.Stages(
    load=task(
        pipeline.read_article,
        name="load article",
        retries=2,
        retry_delay_seconds=[2, 10],
        retry_condition_fn=_unavailable,
    ),
    extract=task(pipeline.extract_claims, name="extract claims"),
    fetch=task(pipeline.figures_for, name="fetch figures", retries=1, retry_delay_seconds=5),
    compare=task(pipeline.compare, name="compare with figures"),
    validate=task(pipeline.validate_frames, name="validate with Great Expectations"),
    publish=task(pipeline.publish, name="write report and CSVs"),
)


def _publish_artifacts(result: pipeline.RunResult, checks: pd.DataFrame) -> None:
    shown = ["entity", "metric", "quote", "verdict", "latest_value", "latest_as_of", "explanation"]
    rows = checks[shown].astype(object).where(checks[shown].notna(), "").astype(str)
    create_table_artifact(key="fact-checks", table=rows.to_dict("records"), description="Checks")
    counts = ", ".join(f"{n} {v}" for v, n in result.verdicts.items() if n)
    create_markdown_artifact(
        key="fact-check-summary",
        markdown=f"# Fact-check\n\n{result.claims} claims: {counts or 'none'}.\n\n"
        f"{result.sources_note}\n\nReport: `{result.report_html}`",
    )
    create_link_artifact(
        key="fact-check-report", link=result.report_html.resolve().as_uri(), link_text="report.html"
    )


@flow(name="fact-check-articles")
def fact_check_articles(
    articles: list[str],
    published: date | None = None,
    sources: str = "snapshot",
    reports_dir: str | None = None,
    processed_dir: str | None = None,
    vocabulary_files: list[str] | None = None,
    reference_dir: str | None = None,
) -> dict:
    """Fact-check articles (files or URLs) in one run: one report, one set of processed CSVs."""
    options = pipeline.RunOptions(
        published=published,
        sources=sources,
        reports_dir=Path(reports_dir) if reports_dir else None,
        processed_dir=Path(processed_dir) if processed_dir else None,
        reference_dir=Path(reference_dir) if reference_dir else None,
        vocabulary_files=tuple(vocabulary_files or ()),
    )
    result = pipeline.check_articles(articles, options, STAGES)
    checks = tables.load("checks", result.processed["checks"].parent)
    if not checks.empty:
        _publish_artifacts(result, checks)
    return dataclasses.asdict(result)


@flow(name="fact-check-article")
def fact_check_article(
    article: str,
    published: date | None = None,
    sources: str = "snapshot",
    reports_dir: str | None = None,
    processed_dir: str | None = None,
    vocabulary_files: list[str] | None = None,
    reference_dir: str | None = None,
) -> dict:
    """Fact-check one article (file or URL): claims, figures, checks, GX, report, CSVs."""
    return fact_check_articles.fn(
        [article], published, sources, reports_dir, processed_dir, vocabulary_files, reference_dir
    )


def scheduled(
    articles: list[str],
    cron: str,
    sources: str = "snapshot",
    vocabulary_files: list[str] | None = None,
):
    """The batch flow as a deployment on a cron schedule, for `factcheck serve`."""
    return fact_check_articles.to_deployment(
        name="factcheck-scheduled",
        cron=cron,
        parameters={
            "articles": articles,
            "sources": sources,
            "vocabulary_files": vocabulary_files or [],
        },
        description="Fact-check articles on a schedule; see README 'Scheduled and batch runs'.",
    )


def serve_on_schedule(
    articles: list[str],
    cron: str,
    sources: str = "snapshot",
    vocabulary_files: list[str] | None = None,
) -> None:
    """Serve the scheduled deployment until interrupted (needs PREFECT_API_URL)."""
    serve(scheduled(articles, cron, sources, vocabulary_files))
