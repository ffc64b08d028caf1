"""Reference figures: the cited snapshot by default, live public sources on request.

`fetch_figures` returns the whole series (every metric, every date) for the named
entities. In "live" mode Wikidata and SEC EDGAR are asked first and the snapshot fills
every figure they do not supply; a live failure never raises, it falls back and says why,
in `Figure.note` and in `FetchResult.notes`, so a report can show where each number came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from factcheck import paths
from factcheck.runs import atomic_write_text
from factcheck.schema import Figure
from factcheck.sources.http import FetchError, HttpClient, HttpConfig
from factcheck.sources.result import FetchResult, Source
from factcheck.sources.snapshot import SourceError, figures_to_csv, load_snapshot
from factcheck.vocabulary import Entity, Vocabulary

__all__ = [
    "MODES",
    "FetchError",
    "FetchResult",
    "HttpClient",
    "HttpConfig",
    "Source",
    "SourceError",
    "fetch_figures",
    "live_sources",
    "load_snapshot",
    "refresh_snapshot",
]

MODES = ("snapshot", "live")


def _resolve(
    names: Iterable[str], vocabulary: Vocabulary
) -> tuple[list[Entity], list[str], list[str]]:
    """Known entities (canonical, deduplicated), unknown names, and notes about them."""
    entities: dict[str, Entity] = {}
    unknown: list[str] = []
    for name in names:
        entity = vocabulary.entity(name)
        if entity is None:
            unknown.append(name)
        else:
            entities.setdefault(entity.name, entity)
    notes = [f"unknown entity {n!r}: not in the vocabulary; no figures" for n in unknown]
    return list(entities.values()), unknown, notes


def _canonical(figure: Figure, vocabulary: Vocabulary) -> str:
    entity = vocabulary.entity(figure.entity)
    return entity.name if entity else figure.entity


def _snapshot_for(
    entities: Sequence[Entity], vocabulary: Vocabulary, reference_dir: Path | None
) -> dict[str, list[Figure]]:
    wanted = {e.name for e in entities}
    series: dict[str, list[Figure]] = {name: [] for name in wanted}
    for figure in load_snapshot(reference_dir):
        name = _canonical(figure, vocabulary)
        if name in wanted:
            # a user's row may name the entity by an alias: report it under the canonical name
            qid = figure.entity_id or vocabulary.entities[name].wikidata
            if (figure.entity, figure.entity_id) != (name, qid):
                figure = replace(figure, entity=name, entity_id=qid)
            series[name].append(figure)
    return series


def live_sources(http: HttpClient) -> list[Source]:
    """The live sources, in order of preference, sharing one HTTP client."""
    from factcheck.sources.sec import SecSource
    from factcheck.sources.wikidata import WikidataSource

    return [WikidataSource(http), SecSource(http)]


def _key(figure: Figure) -> tuple:
    return (figure.metric, figure.period, figure.as_of)


def _with_note(figure: Figure, note: str) -> Figure:
    joined = f"{figure.note}; {note}" if figure.note else note
    return replace(figure, note=joined)


def fetch_figures(
    entities: Iterable[str],
    vocabulary: Vocabulary,
    mode: str = "snapshot",
    *,
    reference_dir: Path | None = None,
    http: HttpClient | None = None,
    sources: Sequence[Source] | None = None,
) -> FetchResult:
    """Every figure known for the named entities, with provenance for each.

    mode "snapshot" reads the cited CSVs only (offline); "live" asks Wikidata and SEC
    first (through `http`, or a client configured from the environment) and falls back
    to the snapshot per figure. `sources` overrides the live sources (for tests or
    extensions). Errors in live sources never escape; an unknown mode is a ValueError.
    """
    if mode not in MODES:
        raise ValueError(f"unknown source mode {mode!r}; expected one of: {', '.join(MODES)}")
    known, _unknown, notes = _resolve(entities, vocabulary)
    snapshot = _snapshot_for(known, vocabulary, reference_dir)
    if mode == "snapshot":
        figures = [f for e in known for f in snapshot[e.name]]
        used = {e.name: "snapshot" for e in known}
        notes += [f"snapshot: no figures for {e.name}" for e in known if not snapshot[e.name]]
        return FetchResult(figures, notes, used)

    live_figures: list[Figure] = []
    contributed: dict[str, list[str]] = {e.name: [] for e in known}
    failed: dict[str, list[str]] = {e.name: [] for e in known}
    try:
        active = list(sources) if sources is not None else live_sources(http or HttpClient())
    except FetchError as exc:  # e.g. no User-Agent configured: nothing may be sent
        active = []
        notes.append(f"live: {exc.reason}; used snapshot")
        for entity in known:
            failed[entity.name].append(exc.reason)
    for source in active:
        try:
            result = source.fetch(known, vocabulary)
        except Exception as exc:  # a live source's bug must not sink the run
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
            notes.append(f"{source.name}: failed ({reason}); used snapshot")
            for entity in known:
                failed[entity.name].append(f"{source.name}: {reason}")
            continue
        notes.extend(result.notes)
        for name, reason in result.failures.items():
            if name in failed:
                failed[name].append(f"{source.name}: {reason}")
        for figure in result.figures:
            name = _canonical(figure, vocabulary)
            if name in contributed and source.name not in contributed[name]:
                contributed[name].append(source.name)
            live_figures.append(figure)

    figures: list[Figure] = []
    used: dict[str, str] = {}
    for entity in known:
        mine = [f for f in live_figures if _canonical(f, vocabulary) == entity.name]
        covered = {_key(f) for f in mine}
        reasons = "; ".join(failed[entity.name])
        fallback = f"live failed: {reasons}; used snapshot" if reasons else None
        for figure in snapshot[entity.name]:
            if _key(figure) in covered:
                continue
            mine.append(_with_note(figure, fallback) if fallback else figure)
        figures.extend(mine)
        if contributed[entity.name]:
            used[entity.name] = "+".join(contributed[entity.name])
        elif reasons:
            used[entity.name] = f"snapshot (live failed: {reasons})"
            notes.append(f"{entity.name}: live failed ({reasons}); used snapshot")
        else:
            used[entity.name] = "snapshot"
    return FetchResult(figures, notes, used)


def refresh_snapshot(
    vocabulary: Vocabulary,
    folder: Path | None = None,
    *,
    http: HttpClient | None = None,
    sources: Sequence[Source] | None = None,
    today: date | None = None,
) -> Path:
    """Fetch live figures for every vocabulary entity into a NEW dated snapshot file.

    Old snapshots are never touched (a second refresh on one day gets a `-2` suffix), and
    only live rows are written, each with its own source, URL and retrieval time; the
    curated rows stay in their own file. Nothing fetched is a SourceError, not an empty file.
    """
    folder = Path(folder) if folder is not None else paths.reference_dir()
    try:
        active = list(sources) if sources is not None else live_sources(http or HttpClient())
    except FetchError as exc:
        raise SourceError(f"cannot refresh: {exc.reason}") from None
    entities = list(vocabulary.entities.values())
    figures: list[Figure] = []
    reasons: list[str] = []
    for source in active:
        try:
            result = source.fetch(entities, vocabulary)
        except Exception as exc:  # report, keep what the other sources gave
            reasons.append(f"{source.name}: {type(exc).__name__}: {exc}".splitlines()[0])
            continue
        figures.extend(result.figures)
        reasons.extend(f"{source.name}: {e}: {r}" for e, r in result.failures.items())
    if not figures:
        why = "; ".join(reasons[:5]) or "no live source knows these entities"
        raise SourceError(f"refresh fetched no figures ({why}); no snapshot written")
    stamp = (today or datetime.now(UTC).date()).isoformat()
    target, n = folder / f"figures-{stamp}.csv", 1
    while target.exists():
        n += 1
        target = folder / f"figures-{stamp}-{n}.csv"
    figures.sort(key=lambda f: (f.entity, f.metric, f.as_of, f.period or "", f.source))
    return atomic_write_text(target, figures_to_csv(figures))
