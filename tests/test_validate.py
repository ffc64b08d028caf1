"""GX validation: the suites accept good tables, flag bad rows, and agree with `policy`."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from factcheck import policy, schema
from factcheck.schema import Check, Claim
from factcheck.validate import exception_message

REPO = Path(__file__).resolve().parents[1]
GX_DIR = REPO / "gx"
ARTICLE = (
    "Netflix has 325 million paid memberships. Spotify counts more than 280 million premium "
    "subscribers. Uber completes about 3.8 billion trips a quarter."
)


# ---------------------------------------------------------------- frames built from records


def frame(table: str, records: list) -> pd.DataFrame:
    """Records as a DataFrame with the contract's column order and dtypes."""
    rows = [dataclasses.asdict(r) for r in records]
    return cast(pd.DataFrame(rows, columns=schema.column_names(table)), table)


def cast(df: pd.DataFrame, table: str) -> pd.DataFrame:
    out = {}
    for column in schema.columns(table):
        series = df[column.name]
        if column.dtype.startswith("datetime64"):
            series = pd.to_datetime(series).astype(column.dtype)
        elif column.dtype in ("float64", "Int64"):
            series = pd.to_numeric(series).astype(column.dtype)
        else:
            series = series.astype(column.dtype)
        out[column.name] = series
    return pd.DataFrame(out)


def snapshot_figures() -> pd.DataFrame:
    """The project's curated, cited reference snapshot: the only source of figures here."""
    found = sorted((REPO / "data" / "raw" / "reference").glob("figures*.csv"))
    assert found, "the curated reference snapshot data/raw/reference/figures*.csv is missing"
    return cast(pd.read_csv(found[-1], dtype=str), "figures")


def latest(figures: pd.DataFrame, entity: str, metric: str, period: str | None = None) -> pd.Series:
    rows = figures[(figures.entity == entity) & (figures.metric == metric)]
    rows = rows[rows.period.isna()] if period is None else rows[rows.period == period]
    return rows.sort_values("as_of").iloc[-1]


def claim(claim_id: str, quote: str, value: float, comparator: str, low, high, **kw) -> Claim:
    start = ARTICLE.index(quote)
    fields = dict(
        claim_id=claim_id, article_id="test", source="test.txt", published=None,
        entity=None, entity_id=None, metric=None, value=value, unit="count",
        comparator=comparator, low=low, high=high, period=None, quote=quote,
        sentence=quote, char_start=start, char_end=start + len(quote),
    )
    fields.update(kw)
    return Claim(**fields)


def check(claim_id: str, comparator: str, low, high, fig: pd.Series | None) -> Check:
    value = None if fig is None else float(fig.value)
    ok = policy.is_consistent(value, low, high)
    return Check(
        claim_id=claim_id, article_id="test", entity=None if fig is None else fig.entity,
        metric=None if fig is None else fig.metric, quote="q",
        claimed_value=low if low is not None else high, comparator=comparator,
        claim_low=low, claim_high=high, period=None, published=None, published_inferred=None,
        pub_value=None, pub_as_of=None, pub_source_url=None, latest_value=value,
        latest_as_of=None if fig is None else fig.as_of,
        latest_source_url=None if fig is None else fig.source_url,
        latest_definition=None, ratio=None, rel_diff=None, in_interval=ok,
        verdict={None: "unverifiable", True: "accurate", False: "inaccurate"}[ok],
        vintage_start=None, vintage_end=None, explanation="e",
    )


def check_matrix(figures: pd.DataFrame) -> list[Check]:
    """Every comparator, inside, outside and at the edges of each interval, real latest figures."""
    rows: list[Check] = []
    figs = [
        latest(figures, "Netflix", "paid_memberships"),
        latest(figures, "Spotify", "premium_subscribers"),
        latest(figures, "Uber", "trips", "quarter"),
    ]
    for n, fig in enumerate(figs):
        v = float(fig.value)
        cases = {
            "eq-in": ("eq", v * 0.999, v * 1.001),
            "eq-out": ("eq", v * 1.05, v * 1.06),
            "eq-exact": ("eq", v, v),
            "approx-in": ("approx", v / 1.1, v / 0.9),
            "approx-below": ("approx", v * 1.2, v * 1.4),
            "range-in": ("range", v * 0.8, v * 1.2),
            "range-above": ("range", v * 0.5, v * 0.9),
            "gte-in": ("gte", v / 1.1, None),
            "gte-edge": ("gte", v / (1 + policy.MATERIALITY_MARGIN), None),
            "gte-far-below": ("gte", v / 10, None),  # "more than 33 million" for 330 million
            "gte-above": ("gte", v * 1.1, None),
            "gte-moderate": ("gte", v / 1.4, None),  # within margin 0.5, beyond 0.25
            "lte-in": ("lte", None, v * 1.1),
            "lte-edge": ("lte", None, v * (1 + policy.MATERIALITY_MARGIN)),
            "lte-far-above": ("lte", None, v * 10),
            "lte-below": ("lte", None, v * 0.9),
            "zero-low": ("gte", 0.0, None),
        }
        for name, (comparator, low, high) in cases.items():
            rows.append(check(f"c{n}-{name}", comparator, low, high, fig))
        rows.append(check(f"c{n}-missing-latest", "eq", v, v * 1.01, None))
    return rows


def good_tables(figures: pd.DataFrame) -> dict[str, pd.DataFrame]:
    netflix = latest(figures, "Netflix", "paid_memberships")
    spotify = latest(figures, "Spotify", "premium_subscribers")
    claims = [
        claim("t:0", "325 million", 325e6, "eq", 324.5e6, 325.5e6),
        claim("t:1", "more than 280 million", 280e6, "gte", 280e6, None),
        claim("t:2", "about 3.8 billion", 3.8e9, "approx", 3.42e9, 4.18e9, period="per_quarter"),
    ]
    checks = [
        check("t:0", "eq", 324.5e6, 325.5e6, netflix),
        check("t:1", "gte", 280e6, None, spotify),
        check("t:2", "approx", 3.42e9, 4.18e9, None),
    ]
    return {
        "claims": frame("claims", claims),
        "figures": figures,
        "checks": frame("checks", checks),
    }


def bad_claims() -> list[Claim]:
    return [
        claim("ok", "325 million", 325e6, "eq", 324.5e6, 325.5e6),
        claim("zero", "325 million", 0.0, "eq", None, None),
        claim("foo", "325 million", 325e6, "foo", None, None),
        claim("past-end", "325 million", 325e6, "eq", None, None, char_end=len(ARTICLE) + 5),
        claim("empty-span", "325 million", 325e6, "eq", None, None, char_end=12, char_start=12),
        claim("bad-period", "325 million", 325e6, "eq", None, None, period="per_fortnight"),
    ]


def bad_figures(figures: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """Real rows, then a corrupted copy of each kind; returns the frame and the bad row numbers."""
    base = figures.head(5).reset_index(drop=True)
    no_url = base.iloc[[0]].copy()
    no_url["source_url"] = pd.NA
    no_url["definition"] = "corrupted copy: source_url removed"
    future = base.iloc[[1]].copy()
    future["as_of"] = pd.Timestamp(date.today() + timedelta(days=30))
    not_url = base.iloc[[2]].copy()
    not_url["source_url"] = "www.example.org/no-scheme"
    not_url["definition"] = "corrupted copy: URL without scheme"
    duplicate = base.iloc[[3]].copy()
    out = pd.concat([base, no_url, future, not_url, duplicate], ignore_index=True)
    out = cast(out, "figures")
    return out, {"no_url": 5, "future": 6, "not_url": 7, "duplicate": 8, "original": 3}


def failed(result: dict, suite: str) -> dict[tuple[str, str], list]:
    """{(expectation type, column): unexpected keys} of a suite's failed expectations."""
    out = {}
    for item in result["suites"][suite]["failed_expectations"]:
        column = item["column"]
        key = column if isinstance(column, str) else ",".join(map(str, column))
        out[(item["expectation_type"], key)] = item["unexpected_keys"]
    return out


# ---------------------------------------------------------------- fixtures: few GX runs


@pytest.fixture(scope="module")
def gx_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the committed GX file context, so tests never write into the repo."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(GX_DIR, root / "gx", ignore=shutil.ignore_patterns("uncommitted"))
    return root


def tracked_files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted((root / "gx").rglob("*"))
        if p.is_file() and "uncommitted" not in p.parts
    }


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return snapshot_figures()


@pytest.fixture(scope="module")
def good(gx_root: Path, figures: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory):
    from factcheck.validate import validate

    before = tracked_files(gx_root)
    run_dir = tmp_path_factory.mktemp("runs") / "good-run"
    result = validate(
        good_tables(figures), run_dir, article_length=len(ARTICLE), gx_root=gx_root
    )
    return {"result": result, "run_dir": run_dir, "before": before}


@pytest.fixture(scope="module")
def bad(gx_root: Path, figures: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory):
    from factcheck.validate import validate

    matrix = check_matrix(figures)
    figs, rows = bad_figures(figures)
    tables = {
        "claims": frame("claims", bad_claims()),
        "figures": figs,
        "checks": frame("checks", matrix),
    }
    run_dir = tmp_path_factory.mktemp("runs") / "bad-run"
    result = validate(tables, run_dir, article_length=len(ARTICLE), gx_root=gx_root)
    return {"result": result, "matrix": matrix, "rows": rows}


@pytest.fixture(scope="module")
def broken(gx_root: Path, figures: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory):
    """as_of left as text (a CSV read without parse_dates), a checks column dropped, and a
    wider materiality margin."""
    from factcheck.validate import validate

    matrix = check_matrix(figures)
    tables = good_tables(figures)
    tables["figures"] = tables["figures"].assign(
        as_of=tables["figures"]["as_of"].dt.strftime("%Y-%m-%d").astype(object)
    )
    tables["checks"] = frame("checks", matrix).drop(columns=["explanation"])
    run_dir = tmp_path_factory.mktemp("runs") / "broken-run"
    result = validate(tables, run_dir, gx_root=gx_root, margin=0.5)
    return {"result": result, "matrix": matrix}


# ---------------------------------------------------------------- tests without GX runs


def test_importing_validate_does_not_import_great_expectations():
    code = (
        "import sys, factcheck.validate; "
        "sys.exit(int(any(m.startswith('great_expectations') for m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr or "great_expectations was imported"


def test_committed_suites_equal_build_suites():
    from factcheck.validate import build_suites, committed_suite_signature, suite_signature

    built = build_suites()
    committed = {p.stem for p in (GX_DIR / "expectations").glob("*.json")}
    assert committed == set(built)
    for name, suite in built.items():
        path = GX_DIR / "expectations" / f"{name}.json"
        assert committed_suite_signature(path) == suite_signature(suite.expectations), name


def test_committed_config_keeps_gx_quiet():
    text = (GX_DIR / "great_expectations.yml").read_text()
    assert "analytics_enabled: false" in text
    assert "globally: false" in text


def test_exception_message_reads_both_shapes_gx_reports():
    assert exception_message({"raised_exception": False, "exception_message": None}) is None
    assert exception_message({"raised_exception": True, "exception_message": "boom"}) == "boom"
    nested = {"MetricConfigurationID(x)": {"raised_exception": True, "exception_message": "bad"}}
    assert exception_message(nested) == "bad"


# ---------------------------------------------------------------- tests on GX runs


def test_good_tables_pass_every_suite(good):
    result = good["result"]
    assert result["success"] is True, result
    assert {name: s["success"] for name, s in result["suites"].items()} == {
        "claims": True, "figures": True, "checks": True,
    }
    assert all(s["evaluated"] == s["successful"] > 0 for s in result["suites"].values())
    assert result["discrepancies"] == []


def test_the_curated_snapshot_passes_the_figures_suite(good):
    assert good["result"]["suites"]["figures"]["failed_expectations"] == []


def test_data_docs_index_is_in_the_run_dir(good):
    index = Path(good["result"]["data_docs"])
    assert index == good["run_dir"] / "data_docs" / "index.html"
    assert index.is_file()
    pages = list((good["run_dir"] / "data_docs" / "validations").rglob("*.html"))
    assert {p.parts[-4] for p in pages} == {"claims", "figures", "checks"}


def test_gx_keeps_no_second_copy_of_the_run_results(good, gx_root):
    store = gx_root / "gx" / "uncommitted" / "validations"
    assert store.is_dir()  # GX filed the results there during the run ...
    assert not list(store.glob(f"*/{good['run_dir'].name}"))  # ... and they were dropped


def test_results_json_is_written_and_matches_the_summary(good):
    path = Path(good["result"]["results_path"])
    assert path.parent == good["run_dir"] / "validation"
    saved = json.loads(path.read_text())
    assert saved["summary"] == json.loads(json.dumps(good["result"]))
    assert set(saved["results"]) == {"claims", "figures", "checks"}
    assert saved["suite_parameters"]["max_ratio_low_one_sided"] == 1 + policy.MATERIALITY_MARGIN


def test_runs_leave_the_committed_gx_files_unchanged(good, bad, gx_root):
    assert tracked_files(gx_root) == good["before"]


def test_claims_suite_flags_bad_claims(bad):
    result = bad["result"]
    assert result["success"] is False
    assert result["suites"]["claims"]["success"] is False
    flagged = failed(result, "claims")
    assert flagged[("expect_column_values_to_be_between", "value")] == ["zero"]
    assert flagged[("expect_column_values_to_be_in_set", "comparator")] == ["foo"]
    assert flagged[("expect_column_values_to_be_in_set", "period")] == ["bad-period"]
    assert flagged[("expect_column_values_to_be_between", "char_end")] == ["past-end"]
    assert flagged[
        ("expect_column_pair_values_a_to_be_greater_than_b", "char_end,char_start")
    ] == ["empty-span"]
    assert "ok" not in {k for keys in flagged.values() for k in keys}


def test_figures_suite_flags_unsourced_future_and_duplicate_figures(bad):
    rows = bad["rows"]
    flagged = failed(bad["result"], "figures")
    assert bad["result"]["suites"]["figures"]["success"] is False
    assert flagged[("expect_column_values_to_not_be_null", "source_url")] == [rows["no_url"]]
    assert flagged[("expect_column_values_to_match_regex", "source_url")] == [rows["not_url"]]
    assert flagged[("expect_column_values_to_be_between", "as_of")] == [rows["future"]]
    key = ",".join(("entity", "metric", "period", "as_of", "definition", "source"))
    assert sorted(flagged[("expect_compound_columns_to_be_unique", key)]) == [
        rows["original"], rows["duplicate"],
    ]


def test_checks_discrepancies_are_exactly_the_inconsistent_claims(bad):
    matrix = bad["matrix"]
    expected = {
        c.claim_id
        for c in matrix
        if policy.is_consistent(c.latest_value, c.claim_low, c.claim_high) is False
    }
    # the matrix exercises both outcomes, and unverifiable rows are not discrepancies
    assert expected and len(expected) < len(matrix)
    assert set(bad["result"]["discrepancies"]) == expected
    assert not any(d.endswith("missing-latest") for d in bad["result"]["discrepancies"])
    assert bad["result"]["suites"]["checks"]["success"] is False


def test_margin_is_passed_to_the_checks_suite(broken):
    matrix = broken["matrix"]
    expected = {
        c.claim_id
        for c in matrix
        if policy.is_consistent(c.latest_value, c.claim_low, c.claim_high, 0.5) is False
    }
    assert set(broken["result"]["discrepancies"]) == expected
    assert "c0-gte-moderate" not in expected  # consistent at margin 0.5, not at 0.25


def test_exceptions_inside_gx_are_reported_as_failures(broken):
    figures = broken["result"]["suites"]["figures"]
    assert figures["success"] is False
    assert broken["result"]["success"] is False
    errors = [f for f in figures["failed_expectations"] if f["exception_info"]]
    assert [f["column"] for f in errors] == ["as_of"]
    assert "same type" in errors[0]["exception_info"]


def test_a_missing_column_fails_the_suite_and_says_which(broken):
    checks = broken["result"]["suites"]["checks"]
    assert checks["success"] is False
    (table,) = [f for f in checks["failed_expectations"] if f["column"] is None]
    assert table["expectation_type"] == "expect_table_columns_to_match_ordered_list"
    assert "explanation" in json.dumps(table["details"])
