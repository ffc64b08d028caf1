"""The curated snapshot: every cited row kept, user CSVs picked up, bad files named in one line."""

from __future__ import annotations

import csv
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from factcheck.sources import fetch_figures
from factcheck.sources.snapshot import (
    REQUIRED_COLUMNS,
    SourceError,
    build_snapshot,
    load_snapshot,
)
from factcheck.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "raw" / "reference"
SNAPSHOT = REFERENCE / "figures-2026-11-25.csv"
SHARED = ROOT.parent / "shared" / "reference"


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def copy_reference(tmp_path: Path) -> Path:
    folder = tmp_path / "reference"
    shutil.copytree(REFERENCE, folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


def test_snapshot_keeps_every_row_with_its_source_url_and_as_of():
    figures = load_snapshot(REFERENCE)
    written = rows(SNAPSHOT)
    assert len(figures) == len(written) == 189
    expected = {(r["entity"], r["metric"], r["as_of"], r["source_url"], float(r["value"]))
                for r in written}
    loaded = {(f.entity, f.metric, f.as_of.isoformat(), f.source_url, f.value) for f in figures}
    assert loaded == expected
    assert all(f.source_url.startswith("http") and isinstance(f.as_of, date) for f in figures)
    assert all(f.source == "snapshot" and f.publisher for f in figures)
    assert {f.retrieved_at for f in figures} == {datetime(2026, 11, 25)}


def test_snapshot_ids_and_windows_follow_the_curated_sources():
    figures = load_snapshot(REFERENCE)
    netflix = [f for f in figures if f.entity == "Netflix"]
    assert {f.entity_id for f in netflix} == {"Q907311"}
    uber_quarter = [f for f in figures if f.entity == "Uber" and f.period == "quarter"]
    assert uber_quarter and all(f.metric == "trips" for f in uber_quarter)
    assert any(f.bound == "gte" for f in figures)


@pytest.mark.skipif(not (SHARED / "figures.csv").exists(), reason="shared/ not beside the repo")
def test_snapshot_is_a_faithful_copy_of_the_shared_reference():
    shared = rows(SHARED / "figures.csv")
    figures = load_snapshot(REFERENCE)
    got = {(f.entity, f.metric, f.value, f.as_of.isoformat(), f.period or "", f.bound,
            f.definition, f.publisher, f.source_url) for f in figures}
    want = {(r["entity"], r["metric"], float(r["value"]), r["as_of"], r["window"], r["bound"],
             r["definition"], r["source_publisher"], r["source_url"]) for r in shared}
    assert got == want


def test_a_users_extra_csv_in_the_reference_folder_is_picked_up(tmp_path):
    folder = copy_reference(tmp_path)
    (folder / "my-figures.csv").write_text(
        "entity,metric,value,unit,as_of,source_url\n"
        "Lyft Inc.,active_riders,24700000,count,2024-12-31,https://example.org/lyft-q4-2024\n"
    )
    result = fetch_figures(["Lyft"], load_vocabulary(), reference_dir=folder)
    mine = [f for f in result.figures if f.source_url == "https://example.org/lyft-q4-2024"]
    assert len(mine) == 1
    assert mine[0].entity_id == "Q17077936"  # filled from entities.csv
    assert (mine[0].bound, mine[0].source) == ("eq", "snapshot")
    assert len(result.figures) == 1 + sum(1 for r in rows(SNAPSHOT) if r["entity"] == "Lyft")


def test_a_csv_missing_a_required_column_gives_a_one_line_error(tmp_path):
    folder = copy_reference(tmp_path)
    (folder / "broken.csv").write_text(
        "entity,metric,value,unit,as_of\nLyft,rides,1,count,2024-01-01\n"
    )
    with pytest.raises(SourceError) as info:
        load_snapshot(folder)
    message = str(info.value)
    assert "\n" not in message
    assert "broken.csv" in message and "source_url" in message


def test_bad_values_name_the_file_and_line(tmp_path):
    folder = tmp_path / "ref"
    folder.mkdir()
    header = ",".join(REQUIRED_COLUMNS)
    (folder / "x.csv").write_text(f"{header}\nLyft,rides,lots,count,2024-01-01,https://e.org\n")
    with pytest.raises(SourceError, match=r"x\.csv line 2: value 'lots'"):
        load_snapshot(folder)
    (folder / "x.csv").write_text(f"{header}\nLyft,rides,5,count,last year,https://e.org\n")
    with pytest.raises(SourceError, match="as_of"):
        load_snapshot(folder)


def test_identical_rows_across_dated_snapshots_keep_the_newest_retrieval(tmp_path):
    folder = copy_reference(tmp_path)
    written = rows(SNAPSHOT)
    refreshed = written[:3]
    for row in refreshed:
        row["retrieved_at"] = "2027-01-15"
    refreshed[2]["value"] = str(int(float(refreshed[2]["value"])) + 1)  # a corrected figure
    with (folder / "figures-2027-01-15.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(written[0]))
        writer.writeheader()
        writer.writerows(refreshed)
    figures = load_snapshot(folder)
    assert len(figures) == 189 + 1  # two identical rows collapse; the corrected one is new
    first = written[0]
    same = [f for f in figures if (f.entity, f.metric, f.as_of.isoformat(), f.value)
            == (first["entity"], first["metric"], first["as_of"], float(first["value"]))]
    assert [f.retrieved_at for f in same] == [datetime(2027, 1, 15)]


def test_build_snapshot_never_rewrites_an_old_snapshot(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shutil.copy(REFERENCE / "entities.csv", shared / "entities.csv")
    (shared / "figures.csv").write_text(
        "entity,metric,value,unit,as_of,window,bound,definition,source_publisher,source_url\n"
        "Lyft,rides,219000000,count,2024-12-31,quarter,eq,Rides,Lyft Q4 2024 results,"
        "https://reportify.ai/filings/1086928667927515136\n"
    )
    out = tmp_path / "out"
    target = build_snapshot(shared, out, curated=date(2026, 11, 25))
    assert target.name == "figures-2026-11-25.csv"
    [figure] = load_snapshot(out)
    assert (figure.period, figure.publisher, figure.entity_id) == (
        "quarter", "Lyft Q4 2024 results", "Q17077936")
    assert build_snapshot(shared, out, curated=date(2026, 11, 25)) == target  # same rows: fine
    (shared / "figures.csv").write_text((shared / "figures.csv").read_text().replace("219", "218"))
    with pytest.raises(SourceError, match="immutable"):
        build_snapshot(shared, out, curated=date(2026, 11, 25))


def test_missing_reference_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(SourceError, match="reference folder not found"):
        load_snapshot(tmp_path / "nowhere")
