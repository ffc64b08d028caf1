"""Where factcheck reads and writes, relative to one project root.

The root is `FACTCHECK_HOME` if set, else the current directory, so that `make run`
in a clone and an analyst's notebook in the same folder agree on `data/processed/`.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    return Path(os.environ.get("FACTCHECK_HOME") or Path.cwd()).resolve()


def raw_dir() -> Path:
    """Immutable inputs: articles, the curated reference snapshot, raw live responses."""
    return project_root() / "data" / "raw"


def reference_dir() -> Path:
    """The curated, cited reference snapshot (the default, offline source)."""
    return raw_dir() / "reference"


def sources_dir() -> Path:
    """Raw responses saved by live fetches, never rewritten."""
    return raw_dir() / "sources"


def processed_dir() -> Path:
    """Canonical outputs analysts load, rewritten atomically by each run."""
    return project_root() / "data" / "processed"


def reports_dir() -> Path:
    """One folder per run plus a stable `latest` pointer."""
    return project_root() / "reports"


def cache_dir() -> Path:
    """The persistent HTTP cache of live sources."""
    return project_root() / ".cache"
