"""What every source returns, and the one method a source must have.

Kept apart from `__init__` so the live sources can import it without a cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from factcheck.schema import Figure
from factcheck.vocabulary import Entity, Vocabulary


@dataclass(frozen=True)
class FetchResult:
    """Figures plus the provenance a reviewer needs to trust (or distrust) them."""

    figures: list[Figure]
    notes: list[str]  # human-readable, e.g. "wikidata: timeout for Q907311; used snapshot"
    # entity -> "snapshot" | "wikidata" | "sec" | "wikidata+sec" | "snapshot (live failed: ...)"
    used: dict[str, str]
    failures: dict[str, str] = field(default_factory=dict)  # entity -> why a live source failed


class Source(Protocol):
    name: str

    def fetch(self, entities: Sequence[Entity], vocabulary: Vocabulary) -> FetchResult: ...
