"""Processed CSVs: the contract's columns and dtypes survive a write and a load."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from factcheck import schema, tables
from factcheck.schema import Check, Claim


def _claim(**kw) -> Claim:
    base = dict(
        claim_id="a:1-20",
        article_id="a",
        source="a.txt",
        published=date(2020, 2, 1),
        entity="Netflix",
        entity_id="Q907311",
        metric="paid_memberships",
        value=33e6,
        unit="count",
        comparator="gte",
        low=33e6,
        high=None,
        period=None,
        quote='more than 33 million, "members"',
        sentence="Netflix has, say, more than 33 million.",
        char_start=1,
        char_end=20,
    )
    base.update(kw)
    return Claim(**base)


def _check(verdict: str, claim_id: str = "a:1-20") -> Check:
    return Check(
        claim_id=claim_id,
        article_id="a",
        entity="Netflix",
        metric="paid_memberships",
        quote="more than 33 million members",
        claimed_value=33e6,
        comparator="gte",
        claim_low=33e6,
        claim_high=None,
        period=None,
        published=date(2020, 2, 1),
        published_inferred=None,
        pub_value=167e6,
        pub_as_of=date(2019, 12, 31),
        pub_source_url="https://example.org/a",
        latest_value=301.63e6,
        latest_as_of=date(2024, 12, 31),
        latest_source_url="https://example.org/b",
        latest_definition="paid memberships",
        ratio=9.14,
        rel_diff=8.14,
        in_interval=False,
        verdict=verdict,
        vintage_start=None,
        vintage_end=None,
        explanation="x",
    )


def test_written_csv_has_contract_columns_in_order_and_iso_dates(tmp_path):
    frames = {"claims": tables.to_frame("claims", [_claim()])}
    path = tables.write_tables(frames, tmp_path)["claims"]
    header, row = path.read_text(encoding="utf-8").splitlines()[:2]
    assert header.split(",") == schema.column_names("claims")
    assert "2020-02-01" in row and "00:00:00" not in row
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_load_round_trips_values_and_gives_proper_dtypes(tmp_path):
    checks = [_check("stale"), _check("accurate", "a:30-40")]
    tables.write_tables(
        {
            "claims": tables.to_frame("claims", [_claim()]),
            "checks": tables.to_frame("checks", checks),
        },
        tmp_path,
    )
    loaded = tables.load("checks", tmp_path)
    assert list(loaded.columns) == schema.column_names("checks")
    assert loaded["latest_as_of"].dtype == "datetime64[ns]"
    assert loaded["latest_as_of"].iloc[0] == pd.Timestamp("2024-12-31")
    assert isinstance(loaded["verdict"].dtype, pd.CategoricalDtype)
    assert loaded["verdict"].cat.ordered and list(loaded["verdict"].cat.categories) == list(
        schema.VERDICTS
    )
    assert loaded["in_interval"].dtype == "boolean"
    claims = tables.load("claims", tmp_path)
    assert claims["char_start"].dtype == "Int64"
    assert claims.loc[0, "quote"] == 'more than 33 million, "members"'
    assert pd.isna(claims.loc[0, "high"])


def test_load_errors_are_one_line(tmp_path):
    with pytest.raises(ValueError, match="unknown table 'nope'"):
        tables.load("nope", tmp_path)
    with pytest.raises(FileNotFoundError, match="factcheck run"):
        tables.load("checks", tmp_path)


def test_data_dictionary_documents_every_column_of_every_table(tmp_path):
    tables.write_tables({"claims": tables.to_frame("claims", [])}, tmp_path)
    text = (tmp_path / "README.md").read_text(encoding="utf-8")
    for table in schema.RECORDS:
        for column in schema.columns(table):
            assert f"| `{column.name}` | {column.dtype} |" in text


def test_committed_data_dictionary_is_the_generated_one():
    from conftest import REPO

    committed = (REPO / "data" / "processed" / "README.md").read_text(encoding="utf-8")
    assert committed == tables.data_dictionary()
