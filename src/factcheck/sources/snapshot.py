"""The curated reference snapshot: dated, cited CSVs under `data/raw/reference/`.

Snapshots are immutable: a refresh writes a new dated file beside the old ones, and the
loader reads them all, so a figure someone relied on can always be traced to the file
and the page it came from. Users add figures by dropping any `*.csv` with the figure
columns into the folder (or into a folder passed as `reference_dir`).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import shutil
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from factcheck import paths
from factcheck.runs import atomic_write_text
from factcheck.schema import Figure, column_names


class SourceError(ValueError):
    """A reference file is unreadable or malformed (a user mistake, reported in one line)."""


# Columns a user's CSV must have; the rest of the Figure contract has defaults.
REQUIRED_COLUMNS = ("entity", "metric", "value", "unit", "as_of", "source_url")
# Column names of the shared curation format, accepted as synonyms of the contract's.
COLUMN_ALIASES = {"window": "period", "source_publisher": "publisher", "wikidata_qid": "entity_id"}
# Files in a reference folder that are not figure tables.
NOT_FIGURES = ("entities.csv",)
ENTITIES_FILE = "entities.csv"


def _blank(value: str | None) -> bool:
    return value is None or value.strip() == ""


def _parse_date(text: str, column: str, where: str) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise SourceError(f"{where}: {column} {text!r} is not a date (YYYY-MM-DD)") from None


def _parse_datetime(text: str | None, where: str) -> datetime | None:
    if _blank(text):
        return None
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise SourceError(f"{where}: retrieved_at {text!r} is not an ISO date") from None


def _parse_value(text: str, where: str) -> float:
    try:
        value = float(text.replace(",", "").strip())
    except ValueError:
        raise SourceError(f"{where}: value {text!r} is not a number") from None
    if math.isnan(value):
        raise SourceError(f"{where}: value is empty")
    return value


def read_entity_ids(path: Path) -> dict[str, str]:
    """Entity name -> Wikidata QID from an `entities.csv` (shared curation format)."""
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    out: dict[str, str] = {}
    for row in rows:
        qid = (row.get("wikidata_qid") or row.get("entity_id") or "").strip()
        if row.get("entity") and qid:
            out[row["entity"].strip()] = qid
    return out


def read_figures_csv(
    path: Path, entity_ids: dict[str, str] | None = None, default_retrieved: datetime | None = None
) -> list[Figure]:
    """The figures of one CSV, checked for the required columns and parsable values."""
    entity_ids = entity_ids or {}
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SourceError(f"cannot read reference file {path}: {exc.strerror}") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [COLUMN_ALIASES.get(h.strip(), h.strip()) for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise SourceError(
            f"{path.name}: missing required column(s) {', '.join(missing)}; "
            f"a figure CSV needs {', '.join(REQUIRED_COLUMNS)}"
        )
    reader.fieldnames = header
    figures = []
    for line, row in enumerate(reader, start=2):
        where = f"{path.name} line {line}"
        for column in REQUIRED_COLUMNS:
            if _blank(row.get(column)):
                raise SourceError(f"{where}: {column} is empty (every figure needs it)")
        entity = row["entity"].strip()
        figures.append(
            Figure(
                entity=entity,
                entity_id=(row.get("entity_id") or "").strip() or entity_ids.get(entity),
                metric=row["metric"].strip(),
                value=_parse_value(row["value"], where),
                unit=row["unit"].strip(),
                period=(row.get("period") or "").strip() or None,
                as_of=_parse_date(row["as_of"], "as_of", where),
                bound=(row.get("bound") or "").strip() or "eq",
                definition=(row.get("definition") or "").strip(),
                source=(row.get("source") or "").strip() or "snapshot",
                source_url=row["source_url"].strip(),
                publisher=(row.get("publisher") or "").strip() or None,
                retrieved_at=_parse_datetime(row.get("retrieved_at"), where) or default_retrieved,
                note=(row.get("note") or "").strip() or None,
            )
        )
    return figures


def figure_files(folder: Path) -> list[Path]:
    """The figure CSVs of a reference folder, oldest name first (dated names sort by date)."""
    return sorted(p for p in Path(folder).glob("*.csv") if p.name not in NOT_FIGURES)


def _identity(figure: Figure) -> tuple:
    """What makes two rows the same figure: everything but when and why it was retrieved."""
    skip = {"retrieved_at", "note"}
    return tuple(getattr(figure, f.name) for f in dataclasses.fields(Figure) if f.name not in skip)


def _stamp(figure: Figure) -> datetime:
    """retrieved_at as a naive UTC datetime, so curated and live rows compare."""
    when = figure.retrieved_at or datetime.min
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when


def deduplicate(figures: Iterable[Figure]) -> list[Figure]:
    """Identical figures from several dated snapshots collapse to the newest retrieved one."""
    best: dict[tuple, Figure] = {}
    for figure in figures:
        key = _identity(figure)
        kept = best.get(key)
        if kept is None or _stamp(figure) >= _stamp(kept):
            best[key] = figure
    return list(best.values())


def load_snapshot(folder: Path | None = None) -> list[Figure]:
    """Every figure in the reference folder (default `data/raw/reference/`), de-duplicated."""
    folder = Path(folder) if folder is not None else paths.reference_dir()
    if not folder.is_dir():
        raise SourceError(f"reference folder not found: {folder}")
    entity_ids = read_entity_ids(folder / ENTITIES_FILE)
    figures: list[Figure] = []
    for path in figure_files(folder):
        figures.extend(read_figures_csv(path, entity_ids))
    figures = deduplicate(figures)
    return sorted(figures, key=lambda f: (f.entity, f.metric, f.as_of, f.period or ""))


def figures_to_csv(figures: Iterable[Figure]) -> str:
    """Figures as CSV text in the contract's column order (dates ISO, empty for None)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = column_names("figures")
    writer.writerow(names)
    for figure in figures:
        row = []
        for name in names:
            value = getattr(figure, name)
            if value is None:
                row.append("")
            elif isinstance(value, datetime) and value.time() == datetime.min.time():
                row.append(value.date().isoformat())
            elif isinstance(value, date | datetime):
                row.append(value.isoformat())
            elif isinstance(value, float) and value.is_integer():
                row.append(str(int(value)))
            else:
                row.append(str(value))
        writer.writerow(row)
    return out.getvalue()


def build_snapshot(
    shared_dir: Path, out_dir: Path | None = None, curated: date = date(2026, 11, 25)
) -> Path:
    """Curate shared/reference into a dated snapshot; refuses to rewrite a different old one.

    Every row and citation is kept; `entities.csv` and the NOTES files travel with it
    because they document the caveats a reviewer needs.
    """
    shared_dir, out_dir = Path(shared_dir), Path(out_dir or paths.reference_dir())
    entity_ids = read_entity_ids(shared_dir / ENTITIES_FILE)
    retrieved = datetime(curated.year, curated.month, curated.day)
    figures = read_figures_csv(shared_dir / "figures.csv", entity_ids, default_retrieved=retrieved)
    text = figures_to_csv(figures)
    target = out_dir / f"figures-{curated.isoformat()}.csv"
    if target.exists():
        if target.read_text(encoding="utf-8") != text:
            raise SourceError(f"{target} exists with other rows; snapshots are immutable")
        return target
    atomic_write_text(target, text)
    for extra in [shared_dir / ENTITIES_FILE, *sorted(shared_dir.glob("NOTES-*.md"))]:
        if not (out_dir / extra.name).exists():
            shutil.copyfile(extra, out_dir / extra.name)
    return target
