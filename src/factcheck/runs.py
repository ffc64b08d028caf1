"""Run folders and atomic writes: nothing a reader opens is ever half-written.

Each run writes into its own folder under `reports/`; when it is complete, the
`latest` pointer is switched to it in one rename, so a scheduled run never clobbers
a report someone is reading.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write to a temporary file beside `path`, fsync, then rename over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def new_run_dir(reports: Path, article_id: str, now: datetime | None = None) -> Path:
    """A fresh, uniquely named folder for one run of one article."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", article_id).strip("-")[:60] or "article"
    base = Path(reports) / f"{stamp}-{slug}"
    run_dir, n = base, 1
    while run_dir.exists():
        n += 1
        run_dir = base.with_name(f"{base.name}-{n}")
    run_dir.mkdir(parents=True)
    return run_dir


def point_latest(run_dir: Path, name: str = "latest") -> Path:
    """Atomically point `<reports>/latest` (a relative symlink) at a finished run folder."""
    run_dir = Path(run_dir)
    link = run_dir.parent / name
    tmp = run_dir.parent / f".{name}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(run_dir.name, target_is_directory=True)
    os.replace(tmp, link)
    return link
