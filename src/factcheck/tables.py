"""The processed tables analysts load: records to DataFrames, CSVs and back.

Column order and dtypes come only from `factcheck.schema`, so `claims.csv`,
`figures.csv`, `checks.csv`, `factcheck.load()` and the generated data dictionary
cannot drift apart.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from factcheck import paths, schema
from factcheck.runs import atomic_write_text

DICTIONARY_NAME = "README.md"
_BOOLEANS = {"True": True, "False": False, "true": True, "false": False, True: True, False: False}


def _cast(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    out = {}
    for column in schema.columns(table):
        series = frame[column.name] if column.name in frame else pd.Series([None] * len(frame))
        if column.dtype.startswith("datetime64"):
            series = pd.to_datetime(series, errors="coerce").astype("datetime64[ns]")
        elif column.dtype == "category":
            series = series.astype("string").astype("category")
        elif column.dtype == "boolean":
            if series.dtype == "string" or series.dtype == object:
                series = series.map(_BOOLEANS.get, na_action="ignore")
            series = series.astype("boolean")
        elif column.dtype == "Int64":
            series = pd.to_numeric(series, errors="coerce").astype("Int64")
        elif column.dtype == "float64":
            series = pd.to_numeric(series, errors="coerce").astype("float64")
        else:
            series = series.astype(column.dtype)
        out[column.name] = series.reset_index(drop=True)
    return pd.DataFrame(out, columns=schema.column_names(table))


def to_frame(table: str, records: Iterable[object]) -> pd.DataFrame:
    """A DataFrame of `table`'s records with the contract's column order and dtypes."""
    rows = [dataclasses.asdict(r) for r in records]  # type: ignore[call-overload]
    return _cast(pd.DataFrame(rows, columns=schema.column_names(table)), table)


def to_csv_text(frame: pd.DataFrame, table: str) -> str:
    """CSV text: stable column order, ISO dates, UTF-8, no index column."""
    frame = _cast(frame, table)
    for column in schema.columns(table):
        if column.dtype.startswith("datetime64"):
            frame[column.name] = frame[column.name].dt.strftime("%Y-%m-%d")
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_tables(frames: Mapping[str, pd.DataFrame], folder: Path | None = None) -> dict[str, Path]:
    """Write each table as `<folder>/<table>.csv` atomically, plus the data dictionary."""
    folder = Path(folder) if folder else paths.processed_dir()
    written = {
        table: atomic_write_text(folder / f"{table}.csv", to_csv_text(frame, table))
        for table, frame in frames.items()
    }
    atomic_write_text(folder / DICTIONARY_NAME, data_dictionary())
    return written


def load(table: str, folder: str | Path | None = None) -> pd.DataFrame:
    """Load a processed table with proper dtypes: datetimes, categorical verdicts, Int64.

    >>> checks = factcheck.load("checks")          # doctest: +SKIP
    >>> checks.groupby("verdict", observed=True).size()  # doctest: +SKIP
    """
    columns = schema.columns(table)  # raises a one-line ValueError for unknown tables
    path = Path(folder or paths.processed_dir()) / f"{table}.csv"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist; run `factcheck run ARTICLE` first")
    raw = pd.read_csv(path, dtype={c.name: "string" for c in columns}, keep_default_na=True)
    frame = _cast(raw, table)
    if table == "checks":
        frame["verdict"] = frame["verdict"].astype(
            pd.CategoricalDtype(list(schema.VERDICTS), ordered=True)
        )
    return frame


def data_dictionary() -> str:
    """The data dictionary of `data/processed/`, generated from the schema."""
    lines = [
        "# data/processed: the data dictionary",
        "",
        "Generated from `src/factcheck/schema.py` by every run; do not edit by hand.",
        'Load a table with its dtypes: `factcheck.load("checks")`, or',
        '`pd.read_csv("data/processed/checks.csv", parse_dates=[...])`.',
        "All files are UTF-8 CSV, comma-separated, one header row, no index column;",
        "dates are ISO `YYYY-MM-DD`; empty cells mean unknown or not applicable.",
        "",
        f"Verdicts, most severe first: {', '.join(f'`{v}`' for v in schema.VERDICTS)}.",
        "",
    ]
    for table, record in schema.RECORDS.items():
        doc = (record.__doc__ or "").strip().splitlines()[0]
        lines += [f"## `{table}.csv`", "", doc, "", "| column | dtype | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.dtype} | {c.doc} |" for c in schema.columns(table)]
        lines.append("")
    return "\n".join(lines)
