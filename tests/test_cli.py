"""The command line as a user meets it: help, one-line errors, outputs where promised."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO, SEED

from factcheck import schema
from factcheck.cli import main


def _cli(*args: str, cwd=REPO, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", *args], capture_output=True, cwd=cwd, input=stdin
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(), result.stderr.decode()
    )


@pytest.mark.parametrize("command", ["run", "extract", "refresh", "serve"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: factcheck " + command in capsys.readouterr().out


def test_missing_article_is_one_line_and_exit_2():
    result = _cli("run", "no/such/article.txt", "--no-prefect")
    assert result.returncode == 2
    assert result.stderr.strip() == "factcheck: error: article not found: no/such/article.txt"


def test_bad_date_is_rejected_by_the_parser():
    result = _cli("run", str(SEED), "--published", "Feb 2020")
    assert result.returncode == 2
    assert "not a date (YYYY-MM-DD)" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_vocabulary_file_is_one_line(tmp_path):
    result = _cli("extract", str(SEED), "--vocabulary", str(tmp_path / "nope.toml"))
    assert result.returncode == 2
    assert "vocabulary file not found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_extract_writes_claims_csv_and_json(tmp_path):
    out = tmp_path / "claims.csv"
    assert _cli("extract", str(SEED), "--out", str(out)).returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == schema.column_names("claims")
    assert len(lines) - 1 >= 11
    result = _cli("extract", str(SEED), "--format", "json")
    records = json.loads(result.stdout)
    assert {r["entity"] for r in records} >= {"Netflix", "Facebook", "Uber", "Reddit", "Lyft"}
    assert list(records[0]) == schema.column_names("claims")
    dated = _cli("extract", str(SEED), "--format", "json", "--published", "2020-02-01")
    assert {r["published"] for r in json.loads(dated.stdout)} == {"2020-02-01"}


def test_serve_without_a_server_explains_what_to_do(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    result = _cli("serve", str(SEED))
    assert result.returncode == 2
    assert "prefect server start" in result.stderr


def test_live_run_with_every_source_down_falls_back_and_says_so(project, capsys, monkeypatch):
    import responses

    from factcheck import tables

    monkeypatch.setenv("FACTCHECK_USER_AGENT", "factcheck-tests/0.1 (tests@example.org)")
    out, processed = project / "reports", project / "processed"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        code = main(
            ["run", str(SEED), "--sources", "live", "--no-prefect", "-q",
             "--out", str(out), "--processed", str(processed)]
        )  # fmt: skip
        assert mock.calls, "live mode asked no live source"
    assert code == 0
    figures = tables.load("figures", processed)
    assert set(figures["source"]) == {"snapshot"}
    assert figures["note"].str.contains("live failed").all()
    report = (out / "latest" / "report.md").read_text(encoding="utf-8")
    assert "for 0 of 7 organisations" in report


def test_extract_reads_a_piped_article_and_writes_to_dash_as_stdout(tmp_path):
    seed = SEED.read_bytes()
    from_file = json.loads(_cli("extract", str(SEED), "--format", "json").stdout)
    piped = _cli("extract", "-", "--format", "json", "--out", "-", cwd=tmp_path, stdin=seed)
    assert piped.returncode == 0, piped.stderr
    records = json.loads(piped.stdout)
    assert [(r["entity"], r["value"]) for r in records] == [
        (r["entity"], r["value"]) for r in from_file
    ]
    assert {r["source"] for r in records} == {"stdin"}
    assert not (tmp_path / "-").exists()  # "-" is standard output, not a file named "-"


def test_extract_reads_piped_html_and_refuses_piped_binary():
    html = b"<html><body><nav>Menu 12 items</nav><article><p>Nestle employs 270,000 people.</p>"
    result = _cli("extract", "-", "--format", "json", stdin=html + b"</article></body></html>")
    assert [(r["entity"], r["value"]) for r in json.loads(result.stdout)] == [("Nestle", 270000)]
    binary = _cli("extract", "-", stdin=bytes(range(256)) * 8)
    assert binary.returncode == 2
    assert binary.stderr.strip() == (
        "factcheck: error: standard input is binary data, not a text or HTML article"
    )
    twice = _cli("extract", "-", "-", stdin=b"Acme employs 12 people.")
    assert twice.returncode == 2
    assert "read only once" in twice.stderr
