"""The package as an analyst meets it: light to import, no Prefect or GX behind it."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def _modules_after(statement: str) -> set[str]:
    code = f"{statement}; import sys; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout
    return {line.split(".")[0] for line in out.split()}


def test_import_factcheck_imports_neither_prefect_nor_gx():
    loaded = _modules_after("import factcheck")
    assert "prefect" not in loaded
    assert "great_expectations" not in loaded


def test_analyst_api_works_without_prefect_or_gx():
    statement = (
        "import factcheck; a = factcheck.read_article('data/raw/articles/"
        "top-10-companies-using-python.txt'); c = factcheck.extract_claims(a); "
        "f = factcheck.to_frame('claims', c); assert len(f) >= 11"
    )
    loaded = _modules_after(statement)
    assert "prefect" not in loaded
    assert "great_expectations" not in loaded


def test_unknown_attribute_is_an_attribute_error():
    import factcheck

    try:
        factcheck.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_every_advertised_name_resolves():
    import factcheck

    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name
