"""Readers' gold files scored against texts kept outside the repository (third-party
articles whose licence we cannot rely on): the staging and reporting that
`bench_bbc.py` and `bench_pages.py` share."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import claim_scoring  # noqa: E402  (the tests' scorer, one definition of a match)


def arguments(description: str, folder_help: str, argv: list[str] | None) -> argparse.Namespace:
    """The scripts' one command line: a folder of texts (`args.folder`, may be missing),
    --lenient, -v."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folder", type=Path, nargs="?", help=folder_help)
    parser.add_argument("--lenient", action="store_true", help="forgive another form of a name")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    return parser.parse_args(argv)


def stage(
    reader: Path,
    text_for: Callable[[Path], Path],
    into: Path,
    convert: Callable[[str], str] = lambda text: text,
) -> list[str]:
    """Copy each of the reader's articles beside its gold file; return those skipped (no
    text, or a gold quote not in the given copy)."""
    skipped = []
    into.mkdir(parents=True)
    for gold in sorted(reader.glob("*.gold.csv")):
        name = gold.name.removesuffix(".gold.csv")
        source = text_for(gold)
        if not source.exists():
            skipped.append(f"{name} (no text at {source})")
            continue
        text = convert(source.read_bytes().decode("utf-8", errors="replace"))
        quotes = [row["quote"] for row in claim_scoring.csv.DictReader(gold.open(encoding="utf-8"))]
        if any(q not in text for q in quotes):
            skipped.append(f"{name} (a gold quote is not in this copy)")
            continue
        (into / f"{name}.txt").write_text(text, encoding="utf-8")
        (into / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    return skipped


def line(label: str, score: claim_scoring.Score) -> str:
    matched = len(score.matched)
    gold, found = matched + len(score.missed), matched + len(score.extra)
    return (f"  {label:18s} P {matched / max(1, found):.3f}  R {matched / max(1, gold):.3f}  "
            f"(matched {matched}, gold {gold}, found {found})")


def score_readers(
    readers: list[Path],
    text_for: Callable[[Path], Path],
    staging: Path,
    *,
    convert: Callable[[str], str] = lambda text: text,
    lenient: bool = False,
    verbose: bool = False,
) -> claim_scoring.Score:
    """Print each reader's score (and, verbose, its misses and extras) and the total."""
    total = claim_scoring.Score([], [], [])
    for reader in readers:
        folder = staging / reader.name
        skipped = stage(reader, text_for, folder, convert)
        score = claim_scoring.score_folder(folder, lenient)
        note = f"  skipped: {', '.join(skipped)}" if skipped else ""
        print(line(reader.name, score) + note)
        for part in ("matched", "missed", "extra"):
            getattr(total, part).extend(getattr(score, part))
        if verbose:
            for g in score.missed:
                print(f"      miss  {g.article} {g.entity} {g.value:g} {g.comparator} "
                      f"{g.period} | {g.quote}")
            for name, c in score.extra:
                print(f"      extra {name} {c.entity} {c.value:g} {c.comparator} "
                      f"{c.period} | {c.quote}")
    print(line("all readers", total))
    return total
