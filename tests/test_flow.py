"""The Prefect flow end to end on the seed article, as `make run` runs it."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SEED

from factcheck import schema, tables


@pytest.fixture(scope="module")
def flow_run(prefect_harness, tmp_path_factory):
    from flows.fact_check import fact_check_article

    out = tmp_path_factory.mktemp("run")
    result = fact_check_article(
        str(SEED),
        published=date(2020, 2, 1),
        reports_dir=str(out / "reports"),
        processed_dir=str(out / "processed"),
    )
    return out, result


def test_flow_writes_the_three_csvs_report_and_latest_pointer(flow_run):
    out, result = flow_run
    for table in schema.RECORDS:
        assert (out / "processed" / f"{table}.csv").exists()
    assert (out / "processed" / "README.md").exists()
    latest = out / "reports" / "latest"
    assert latest.is_symlink()
    assert (latest / "report.html").exists() and (latest / "report.md").exists()
    assert latest.resolve() == result["run_dir"].resolve()


def test_checks_have_a_row_for_each_claim(flow_run):
    out, _ = flow_run
    claims = tables.load("claims", out / "processed")
    checks = tables.load("checks", out / "processed")
    assert len(claims) >= 11
    assert list(checks["claim_id"]) == list(claims["claim_id"])
    assert set(checks["verdict"].dropna()) <= set(schema.VERDICTS)


def test_figures_all_cite_a_source_and_date(flow_run):
    out, _ = flow_run
    figures = tables.load("figures", out / "processed")
    assert len(figures) > 0
    assert figures["source_url"].str.match(r"^https?://").all()
    assert figures["as_of"].notna().all()


def test_gx_results_and_data_docs_are_in_the_run_folder(flow_run):
    _, result = flow_run
    assert result["data_docs"]
    run_dir = result["run_dir"]
    assert (run_dir / "data_docs" / "index.html").exists() or any(run_dir.rglob("index.html"))
    html = (run_dir / "report.html").read_text(encoding="utf-8")
    assert "index.html" in html


def test_flow_publishes_artifacts(flow_run):
    from prefect.artifacts import Artifact

    table = Artifact.get("fact-checks")
    assert table is not None and "Netflix" in str(table.data)
    assert "None" not in str(table.data) and "nan" not in str(table.data)  # blanks stay blank
    assert Artifact.get("fact-check-summary") is not None
    link = Artifact.get("fact-check-report")
    assert link is not None and "report.html" in str(link.data)


def test_scheduled_deployment_carries_the_cron_and_articles():
    from flows.fact_check import scheduled

    deployment = scheduled([str(SEED)], "0 6 * * *", vocabulary_files=["mine.toml"])
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "0 6 * * *"
    assert deployment.parameters["articles"] == [str(SEED)]
    assert deployment.parameters["vocabulary_files"] == ["mine.toml"]


def test_loading_retries_only_when_the_server_was_unreachable():
    from prefect.states import Failed

    from factcheck.articles import ArticleError, ArticleUnavailable
    from flows.fact_check import STAGES

    should_retry = STAGES.load.retry_condition_fn
    assert STAGES.load.retries == 2
    assert should_retry(STAGES.load, None, Failed(data=ArticleUnavailable("timed out")))
    assert not should_retry(STAGES.load, None, Failed(data=ArticleError("HTTP 404")))
