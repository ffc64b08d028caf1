"""The vocabulary is data a user extends without touching code."""

from __future__ import annotations

import csv

import pytest

from factcheck.vocabulary import VocabularyError, load_vocabulary


def test_aliases_resolve_case_insensitively_to_canonical_entities():
    vocab = load_vocabulary()
    assert vocab.entity("uber technologies").name == "Uber"
    assert vocab.entity("Netflix Inc.").wikidata == "Q907311"
    assert vocab.entity("Nobody Corp") is None


def test_packaged_entities_match_the_reference_ids(tmp_path):
    from conftest import REPO

    path = REPO / "data" / "raw" / "reference" / "entities.csv"
    if not path.exists():
        pytest.skip("reference snapshot not built")
    vocab = load_vocabulary()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entity = vocab.entity(row["entity"])
            assert entity is not None, row["entity"]
            assert entity.wikidata == row["wikidata_qid"]
            assert (entity.sec_cik or "") == row["sec_cik"]


def test_metric_phrases_prefer_the_longest_synonym():
    vocab = load_vocabulary()
    assert vocab.metric_for_phrase("monthly active users all across").name == "monthly_active_users"
    assert vocab.metric_for_phrase("paid subscribers").name == "premium_subscribers"
    assert vocab.metric_for_phrase("daily active users").name == "daily_active_users"
    assert vocab.metric_for_phrase("bananas") is None


def test_user_file_adds_entities_and_synonyms(tmp_path, monkeypatch):
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[entities.Pinterest]\naliases = ["Pinterest Inc."]\nwikidata = "Q255381"\n'
        '[metrics.monthly_active_users]\nsynonyms = ["monthly actives", "pinners"]\n',
        encoding="utf-8",
    )
    vocab = load_vocabulary([extra])
    assert vocab.entity("pinterest inc.").name == "Pinterest"
    assert vocab.metric_for_phrase("pinners").name == "monthly_active_users"
    assert vocab.entity("Netflix") is not None  # the packaged vocabulary is still there
    monkeypatch.setenv("FACTCHECK_VOCABULARY", str(extra))
    assert load_vocabulary().entity("Pinterest") is not None


def test_bad_vocabulary_files_give_one_line_errors(tmp_path):
    with pytest.raises(VocabularyError, match="not found"):
        load_vocabulary([tmp_path / "missing.toml"])
    bad = tmp_path / "bad.toml"
    bad.write_text("[entities.X\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="not valid TOML"):
        load_vocabulary([bad])
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[metrics.x]\nkind = "level"\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match="kind must be"):
        load_vocabulary([wrong])
