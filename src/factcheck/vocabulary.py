"""The entity and metric vocabulary: which organisations and measures factcheck knows.

It lives in TOML data files, not in code, so that a user adds an organisation or a
metric synonym without touching Python: the packaged `data/vocabulary.toml` is read
first, then each file named in `FACTCHECK_VOCABULARY` (``:``-separated), then files
passed explicitly; later files add to and override earlier ones, key by key.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

ENV_VAR = "FACTCHECK_VOCABULARY"


class VocabularyError(ValueError):
    """A vocabulary file is missing or malformed (a user mistake, reported in one line)."""


@dataclass(frozen=True)
class Entity:
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    sec_cik: str | None = None
    sec_forms: tuple[str, ...] = ()
    confidence: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Metric:
    name: str
    synonyms: tuple[str, ...] = ()
    unit: str = "count"
    kind: str = "stock"  # "stock": a level at a date; "flow": counted over a window
    wikidata_property: str | None = None
    comparable: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    entities: dict[str, Entity] = field(default_factory=dict)
    metrics: dict[str, Metric] = field(default_factory=dict)

    def entity(self, name: str) -> Entity | None:
        """The entity a name or alias refers to (case-insensitive), or None."""
        return self._alias_index.get(name.casefold())

    def metric(self, name: str) -> Metric | None:
        return self.metrics.get(name)

    def metric_for_phrase(self, phrase: str) -> Metric | None:
        """The metric a noun phrase names, preferring the longest synonym it starts with."""
        text = " ".join(phrase.casefold().split())
        for synonym, metric in self.synonym_pairs:
            if text == synonym or text.startswith(synonym + " ") or text.startswith(synonym + "."):
                return metric
        return None

    def comparable_metrics(self, name: str) -> set[str]:
        """The metric itself and those declared to measure the same thing under another name."""
        out = {name}
        metric = self.metrics.get(name)
        if metric:
            out.update(metric.comparable)
        out.update(m.name for m in self.metrics.values() if name in m.comparable)
        return out

    @cached_property
    def _alias_index(self) -> dict[str, Entity]:
        return {n.casefold(): e for e in self.entities.values() for n in e.names}

    @cached_property
    def synonym_pairs(self) -> list[tuple[str, Metric]]:
        """(synonym, metric) pairs, lower case, longest synonym first."""
        pairs = [(s.casefold(), m) for m in self.metrics.values() for s in (*m.synonyms, m.name)]
        return sorted(pairs, key=lambda p: -len(p[0]))

    @cached_property
    def synonyms(self) -> frozenset[str]:
        """Every metric's names and synonyms, lower case, for word-for-word lookups."""
        return frozenset(s for s, _ in self.synonym_pairs)

    @cached_property
    def entity_pattern(self) -> re.Pattern[str]:
        """One regex matching any entity name or alias as a whole word, longest first."""
        names = sorted(self._alias_index, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    for section in ("entities", "metrics"):
        for key, fields in extra.get(section, {}).items():
            base.setdefault(section, {}).setdefault(key, {}).update(fields)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise VocabularyError(f"vocabulary file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"vocabulary file {path} is not valid TOML: {exc}") from None


def load_vocabulary(extra_files: Iterable[str | os.PathLike[str]] = ()) -> Vocabulary:
    """The packaged vocabulary, extended by FACTCHECK_VOCABULARY files and `extra_files`."""
    packaged = resources.files("factcheck").joinpath("data/vocabulary.toml").read_text("utf-8")
    raw: dict[str, Any] = {}
    _merge(raw, tomllib.loads(packaged))
    env_files = [p for p in os.environ.get(ENV_VAR, "").split(":") if p]
    for path in [*env_files, *extra_files]:
        _merge(raw, _read(Path(path)))
    entities = {
        name: Entity(
            name=name,
            aliases=_tuple(f.get("aliases")),
            wikidata=f.get("wikidata") or None,
            sec_cik=str(f["sec_cik"]) if f.get("sec_cik") else None,
            sec_forms=_tuple(f.get("sec_forms")),
            confidence=f.get("confidence"),
        )
        for name, f in raw.get("entities", {}).items()
    }
    metrics = {
        name: Metric(
            name=name,
            synonyms=_tuple(f.get("synonyms")),
            unit=f.get("unit", "count"),
            kind=f.get("kind", "stock"),
            wikidata_property=f.get("wikidata_property"),
            comparable=_tuple(f.get("comparable")),
        )
        for name, f in raw.get("metrics", {}).items()
    }
    for metric in metrics.values():
        if metric.kind not in ("stock", "flow"):
            raise VocabularyError(f"metric {metric.name!r}: kind must be 'stock' or 'flow'")
    return Vocabulary(entities=entities, metrics=metrics)
