"""Great Expectations validation of the three tables: schema checks and the fact-check itself.

The suites live as files under version control in `gx/` (a GX file context) and are built
by `build_suites()`, the single source; `sync_context()` writes them only when their content
changed, because GX gives every write fresh ids and would otherwise dirty git on every run.
The `checks` suite receives the tolerances of `factcheck.policy` as suite parameters, so GX's
unexpected rows are exactly the claims `policy.is_consistent` calls inconsistent.
great_expectations is imported lazily: importing it costs seconds.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from factcheck import paths, policy, schema
from factcheck.runs import atomic_write_text

if TYPE_CHECKING:  # pragma: no cover
    from great_expectations.core import ExpectationSuite
    from great_expectations.data_context import AbstractDataContext

TABLES = ("claims", "figures", "checks")
DATASOURCE = "factcheck"
BATCH_DEFINITION = "whole_dataframe"
RUN_SITE = "run_data_docs"  # data docs site registered in memory only, pointing into the run dir
URL_PATTERN = r"^https?://"

# Columns `checks` gets before validation: ratios of the latest figure to the claimed bounds.
# The one-sided ones are null unless the other side is unbounded, so the materiality margin
# applies only to "more than" / "less than" claims.
RATIO_COLUMNS = (
    "latest_over_low",
    "latest_over_high",
    "latest_over_low_one_sided",
    "latest_over_high_one_sided",
)

# Expectations of the `checks` suite whose unexpected rows are the report's discrepancies.
DISCREPANCY_META = {"factcheck": "discrepancy"}

# What identifies a figure. The design names (entity, metric, as_of, source); period and
# definition are added because the curated snapshot rightly holds, for one date, a quarter's
# and a year's total of the same flow, and two definitions (quarterly vs full-year average).
FIGURE_KEY = ("entity", "metric", "period", "as_of", "definition", "source")

# Which columns name an unexpected row in the results; figures have no single key, so their
# unexpected rows are given by row number.
INDEX_COLUMNS: dict[str, list[str]] = {
    "claims": ["claim_id"],
    "figures": [],
    "checks": ["claim_id"],
}


def suite_parameters(
    *,
    article_length: int | None = None,
    margin: float = policy.MATERIALITY_MARGIN,
    today: date | None = None,
) -> dict[str, Any]:
    """The run-time values of the suites' `$PARAMETER`s, computed exactly as `policy` does."""
    today = today or datetime.now(UTC).date()
    return {
        "article_length": article_length,
        "today": datetime(today.year, today.month, today.day),
        "min_ratio_low": 1.0,
        "max_ratio_high": 1.0,
        "max_ratio_low_one_sided": 1.0 + margin,
        "min_ratio_high_one_sided": 1.0 / (1.0 + margin),
    }


def add_ratio_columns(checks: pd.DataFrame) -> pd.DataFrame:
    """`checks` plus the ratio columns the `checks` suite bounds, via `policy.bound_ratios`."""
    out = checks.reset_index(drop=True).copy()
    # A missing input column gives null ratios: the suite's column-list check reports it.
    value, low, high = (
        out[c] if c in out else pd.Series([None] * len(out), dtype=object)
        for c in ("latest_value", "claim_low", "claim_high")
    )
    ratios = [
        policy.bound_ratios(_num(v), _num(lo), _num(hi))
        for v, lo, hi in zip(value, low, high, strict=True)
    ]
    over_low = [r[0] for r in ratios]
    over_high = [r[1] for r in ratios]
    out["latest_over_low"] = _floats(over_low)
    out["latest_over_high"] = _floats(over_high)
    out["latest_over_low_one_sided"] = _floats(
        [lo if hi is None else None for lo, hi in zip(over_low, over_high, strict=True)]
    )
    out["latest_over_high_one_sided"] = _floats(
        [hi if lo is None else None for lo, hi in zip(over_low, over_high, strict=True)]
    )
    return out


def _num(value: Any) -> float | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def _floats(values: list[float | None]) -> pd.Series:
    return pd.Series([math.nan if v is None else v for v in values], dtype="float64")


def build_suites() -> dict[str, ExpectationSuite]:
    """The three expectation suites; the committed `gx/expectations/*.json` must equal these."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    def param(name: str) -> dict[str, str]:
        return {"$PARAMETER": name}

    claims = [
        gxe.ExpectTableColumnsToMatchOrderedList(column_list=schema.column_names("claims")),
        gxe.ExpectColumnValuesToNotBeNull(column="claim_id"),
        gxe.ExpectColumnValuesToBeUnique(column="claim_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="value"),
        gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, strict_min=True),
        gxe.ExpectColumnValuesToNotBeNull(column="comparator"),
        gxe.ExpectColumnValuesToBeInSet(column="comparator", value_set=list(schema.COMPARATORS)),
        gxe.ExpectColumnValuesToBeInSet(column="period", value_set=list(schema.PERIODS)),
        gxe.ExpectColumnValuesToNotBeNull(column="char_start"),
        gxe.ExpectColumnValuesToNotBeNull(column="char_end"),
        gxe.ExpectColumnValuesToBeBetween(column="char_start", min_value=0),
        # min_value keeps the expectation valid when the article length is unknown (None).
        gxe.ExpectColumnValuesToBeBetween(
            column="char_end", min_value=1, max_value=param("article_length")
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(column_A="char_end", column_B="char_start"),
    ]
    figures = [
        gxe.ExpectTableColumnsToMatchOrderedList(column_list=schema.column_names("figures")),
        gxe.ExpectColumnValuesToNotBeNull(column="source_url"),
        gxe.ExpectColumnValuesToMatchRegex(column="source_url", regex=URL_PATTERN),
        gxe.ExpectColumnValuesToNotBeNull(column="as_of"),
        gxe.ExpectColumnValuesToBeBetween(column="as_of", max_value=param("today")),
        gxe.ExpectCompoundColumnsToBeUnique(column_list=list(FIGURE_KEY)),
        gxe.ExpectColumnValuesToNotBeNull(column="value"),
        gxe.ExpectColumnValuesToBeBetween(column="value", min_value=0, strict_min=True),
    ]
    discrepancy = dict(DISCREPANCY_META)
    checks = [
        gxe.ExpectTableColumnsToMatchOrderedList(
            column_list=[*schema.column_names("checks"), *RATIO_COLUMNS]
        ),
        gxe.ExpectColumnValuesToNotBeNull(column="claim_id"),
        gxe.ExpectColumnValuesToBeUnique(column="claim_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="verdict"),
        gxe.ExpectColumnValuesToBeInSet(column="verdict", value_set=list(schema.VERDICTS)),
        gxe.ExpectColumnValuesToMatchRegex(column="latest_source_url", regex=URL_PATTERN),
        # The fact-check: nulls (no latest figure, or an unbounded side) are not unexpected.
        gxe.ExpectColumnValuesToBeBetween(
            column="latest_over_low", min_value=param("min_ratio_low"), meta=discrepancy
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="latest_over_high", max_value=param("max_ratio_high"), meta=discrepancy
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="latest_over_low_one_sided",
            max_value=param("max_ratio_low_one_sided"),
            meta=discrepancy,
        ),
        gxe.ExpectColumnValuesToBeBetween(
            column="latest_over_high_one_sided",
            min_value=param("min_ratio_high_one_sided"),
            meta=discrepancy,
        ),
    ]
    return {
        name: gx.ExpectationSuite(name=name, expectations=expectations)
        for name, expectations in (("claims", claims), ("figures", figures), ("checks", checks))
    }


def suite_signature(expectations: Iterable[Any]) -> list[dict[str, Any]]:
    """What an expectation list means, without the ids GX regenerates on every write."""
    out = []
    for expectation in expectations:
        config = expectation.configuration.to_json_dict()
        out.append({k: config.get(k) or None for k in ("type", "kwargs", "meta", "severity")})
    return out


def committed_suite_signature(path: Path) -> list[dict[str, Any]]:
    """`suite_signature` of a suite JSON file as GX stores it."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        {k: e.get(k) or None for k in ("type", "kwargs", "meta", "severity")}
        for e in data["expectations"]
    ]


@dataclass
class SyncedContext:
    """A GX file context whose suites and checkpoints match `build_suites()`."""

    context: AbstractDataContext
    checkpoints: dict[str, Any]


def get_context(gx_root: Path | None = None) -> AbstractDataContext:
    """The GX file context at `<gx_root>/gx`, quiet: no analytics, no progress bars."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx

    root = Path(gx_root) if gx_root else paths.project_root()
    context = gx.get_context(mode="file", project_root_dir=str(root))
    quiet = {"globally": False}
    if context.variables.analytics_enabled is not False or context.variables.progress_bars != quiet:
        # Only a fresh gx/ lacks these; the committed great_expectations.yml has them.
        context.variables.analytics_enabled = False
        context.variables.progress_bars = quiet
        context.variables.save()
    return context


def sync_context(gx_root: Path | None = None) -> SyncedContext:
    """Create or update suites, datasource, validation definitions and checkpoints.

    Each object is written only when missing or different in content, so a rerun leaves the
    committed files byte-identical.
    """
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction
    from great_expectations.exceptions import DataContextError

    context = get_context(gx_root)
    suites = {}
    for name, suite in build_suites().items():
        try:
            existing = context.suites.get(name)
        except DataContextError:
            existing = None
        if existing is not None and suite_signature(existing.expectations) == suite_signature(
            suite.expectations
        ):
            suites[name] = existing
        else:
            suites[name] = context.suites.add_or_update(suite)

    try:
        datasource = context.data_sources.get(DATASOURCE)
    except (KeyError, ValueError, DataContextError):
        datasource = context.data_sources.add_pandas(DATASOURCE)

    checkpoints = {}
    for name in TABLES:
        try:
            asset = datasource.get_asset(name)
        except LookupError:
            asset = datasource.add_dataframe_asset(name)
        try:
            batch = asset.get_batch_definition(BATCH_DEFINITION)
        except KeyError:
            batch = asset.add_batch_definition_whole_dataframe(BATCH_DEFINITION)

        wanted_vd = gx.ValidationDefinition(name=name, data=batch, suite=suites[name])
        vd = _reuse_or_write(context.validation_definitions, wanted_vd)

        result_format: dict[str, Any] = {"result_format": "COMPLETE"}
        if INDEX_COLUMNS[name]:
            result_format["unexpected_index_column_names"] = INDEX_COLUMNS[name]
        wanted_cp = gx.Checkpoint(
            name=name,
            validation_definitions=[vd],
            actions=[UpdateDataDocsAction(name="data_docs", site_names=[RUN_SITE])],
            result_format=result_format,
        )
        checkpoints[name] = _reuse_or_write(context.checkpoints, wanted_cp)
    return SyncedContext(context, checkpoints)


def _reuse_or_write(factory: Any, wanted: Any) -> Any:
    """The stored object if it equals `wanted` apart from its id, else `wanted` written."""
    from great_expectations.exceptions import DataContextError

    try:
        existing = factory.get(wanted.name)
    except (DataContextError, KeyError, ValueError):
        existing = None
    if existing is not None and _without_ids(existing) == _without_ids(wanted):
        return existing
    return factory.add_or_update(wanted)


def _without_ids(obj: Any) -> Any:
    data = json.loads(obj.json())
    data.pop("id", None)
    return data


def validate(
    tables: Mapping[str, pd.DataFrame],
    run_dir: Path,
    *,
    article_length: int | None = None,
    gx_root: Path | None = None,
    margin: float = policy.MATERIALITY_MARGIN,
) -> dict:
    """Validate claims, figures and checks; write Data Docs and results JSON into `run_dir`.

    Returns a plain, JSON-able summary (GX result objects do not pickle): overall success,
    per-suite counts and failed expectations (with any exception GX caught), and the
    discrepancies, i.e. the claim ids of the `checks` suite's unexpected rows.
    """
    from great_expectations.core.run_identifier import RunIdentifier

    run_dir = Path(run_dir)
    missing = [t for t in TABLES if t not in tables]
    if missing:
        raise ValueError(f"validate() needs tables {', '.join(missing)}")
    frames = {
        "claims": tables["claims"].reset_index(drop=True),
        "figures": tables["figures"].reset_index(drop=True),
        "checks": add_ratio_columns(tables["checks"]),
    }
    params = suite_parameters(article_length=article_length, margin=margin)

    synced = sync_context(gx_root)
    context = synced.context
    docs_dir = run_dir / "data_docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    sites = dict(context.variables.data_docs_sites or {})
    # Registered in memory only (no save), so great_expectations.yml is not rewritten per run.
    context.variables.data_docs_sites = {
        **sites,
        RUN_SITE: {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": str(docs_dir.resolve()),
            },
        },
    }
    run_id = RunIdentifier(run_name=run_dir.name, run_time=datetime.now(UTC))
    results: dict[str, Any] = {}
    try:
        for name in TABLES:
            checkpoint_result = synced.checkpoints[name].run(
                batch_parameters={"dataframe": frames[name]},
                expectation_parameters=params,
                run_id=run_id,
            )
            (results[name],) = checkpoint_result.run_results.values()
    finally:
        context.variables.data_docs_sites = sites

    summary = summarize(results)
    summary["data_docs"] = str(docs_dir / "index.html")
    results_path = run_dir / "validation" / "validation_results.json"
    summary["results_path"] = str(results_path)
    payload = {
        "summary": summary,
        "suite_parameters": params,
        "results": {name: result.to_json_dict() for name, result in results.items()},
    }
    atomic_write_text(results_path, json.dumps(payload, indent=2, default=_json_default) + "\n")
    forget_run(Path(context.root_directory), run_dir.name)
    return summary


def forget_run(gx_dir: Path, run_name: str) -> None:
    """Drop GX's own copy of a run's results from `gx/uncommitted/validations/`.

    The run folder keeps the results and the Data Docs; without this, GX's store grows
    with every scheduled run and nobody reads it.
    """
    store = Path(gx_dir) / "uncommitted" / "validations"
    for folder in store.glob(f"*/{run_name}"):
        shutil.rmtree(folder, ignore_errors=True)


def summarize(results: Mapping[str, Any]) -> dict:
    """The plain summary of suite validation results (GX `ExpectationSuiteValidationResult`s)."""
    suites: dict[str, Any] = {}
    discrepancies: list[str] = []
    for name, result in results.items():
        failed = []
        for item in result.results:
            config = item.expectation_config
            error = exception_message(item.exception_info)
            if item.success and error is None:
                continue
            res = item.result or {}
            keys = _unexpected_keys(res)
            entry = {
                "expectation_type": config.type,
                "column": _columns_of(config.type, config.kwargs),
                "unexpected_count": res.get("unexpected_count"),
                "unexpected_keys": keys,
                "exception_info": error,
            }
            if config.type.startswith("expect_table_"):
                # e.g. which columns are missing or out of order
                entry["details"] = json.loads(json.dumps(res.get("details"), default=_json_default))
            failed.append(entry)
            if name == "checks" and (config.meta or {}).get("factcheck") == "discrepancy":
                discrepancies += [str(k) for k in keys if str(k) not in discrepancies]
        stats = result.statistics
        suites[name] = {
            "success": bool(result.success) and not any(f["exception_info"] for f in failed),
            "evaluated": int(stats["evaluated_expectations"]),
            "successful": int(stats["successful_expectations"]),
            "unsuccessful": int(stats["unsuccessful_expectations"]),
            "failed_expectations": failed,
        }
    return {
        "success": all(s["success"] for s in suites.values()),
        "suites": suites,
        "discrepancies": discrepancies,
    }


def _columns_of(expectation_type: str, kwargs: Mapping[str, Any]) -> str | list[str] | None:
    """The column(s) an expectation is about; None for whole-table expectations."""
    if expectation_type.startswith("expect_table_"):
        return None
    if kwargs.get("column"):
        return kwargs["column"]
    if kwargs.get("column_list"):
        return list(kwargs["column_list"])
    return [kwargs.get("column_A"), kwargs.get("column_B")]


def exception_message(info: Mapping[str, Any] | None) -> str | None:
    """The message of an exception GX caught, in either shape it reports; None if none.

    GX gives `{"raised_exception": ..., "exception_message": ...}` for an expectation, or a
    mapping of metric ids to such dicts when a metric failed to compute.
    """
    if not info:
        return None
    if "raised_exception" in info:
        if info.get("raised_exception"):
            return str(info.get("exception_message") or "exception raised")
        return None
    messages = [exception_message(v) for v in info.values() if isinstance(v, Mapping)]
    found = [m for m in messages if m]
    return "; ".join(found) if found else None


def _unexpected_keys(result: Mapping[str, Any]) -> list[Any]:
    """Keys of the unexpected rows: claim ids for claims/checks, 0-based row numbers (in the
    order given) for figures."""
    keys = []
    for entry in result.get("unexpected_index_list") or []:
        if isinstance(entry, Mapping):
            keys.append(entry.get("claim_id"))
        else:
            keys.append(_json_default(entry) if not isinstance(entry, int | str) else entry)
    return keys


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date | pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)
