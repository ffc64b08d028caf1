"""factcheck: extract numeric claims about organisations and check them against cited figures.

The public API, for analysts and notebooks (no Prefect or Great Expectations needed)::

    import factcheck
    article = factcheck.read_article("data/raw/articles/top-10-companies-using-python.txt")
    claims = factcheck.extract_claims(article)
    checks = factcheck.load("checks")            # data/processed/checks.csv with dtypes

Names are imported on first use, so `import factcheck` stays fast and light.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "read_article": "factcheck.articles",
    "extract_claims": "factcheck.extract",
    "parse_quantities": ("factcheck.quantities", "parse"),
    "load_vocabulary": "factcheck.vocabulary",
    "fetch_figures": "factcheck.sources",
    "compare": "factcheck.compare",
    "load": "factcheck.tables",
    "to_frame": "factcheck.tables",
    "check_articles": "factcheck.pipeline",
    "RunOptions": "factcheck.pipeline",
    "Article": "factcheck.schema",
    "Claim": "factcheck.schema",
    "Figure": "factcheck.schema",
    "Check": "factcheck.schema",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    module_name, attr = target if isinstance(target, tuple) else (target, name)
    value = getattr(import_module(module_name), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
