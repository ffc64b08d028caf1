"""Claims in real wire-style journalism: 107 BBC business articles, read by careful readers.

The articles are the "business" part of the public BBC News dataset (D. Greene and P.
Cunningham, ICML 2006; 2004-2005 stories), third-party text without a licence we can rely
on, so only our readers' gold files are here (`benchmarks/bbc_business/<reader>/`); point
the script at a copy of the dataset's `business/` folder (files `001.txt` ... `510.txt`):

    python benchmarks/bench_bbc.py /path/to/bbc/business [--lenient] [-v]

Copies that spell "$"/"£" out as "dollars "/"pounds " (one on GitHub does) are read back
to the symbols first. An article whose gold quotes are not all in the given copy is
skipped and named. Scoring is the project's (`tests/claim_scoring.py`): a gold row is met
by a claim of the same organisation, value, comparator and period whose span overlaps
its quote. `second-reader-C` is a second reader of `C2`'s articles, scored against C2 as
the extractor is (how far two careful readers agree on this text).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gold_sets  # noqa: E402  (staging and reporting shared with bench_pages.py)
from gold_sets import claim_scoring  # noqa: E402

from factcheck.articles import read_article  # noqa: E402

GOLD = HERE / "bbc_business"
_SPELLED = [
    (re.compile(r"\b([A-Z]{0,2})dollars (?=\d)"), r"\1$"),
    (re.compile(r"\bpounds (?=\d)"), "£"),
]


def _symbols(text: str) -> str:
    for pattern, symbol in _SPELLED:
        text = pattern.sub(symbol, text)
    return text


def _dataset_text(dataset: Path, gold: Path) -> Path:
    """The dataset's file for a gold file: bbc-business-004.gold.csv -> 004.txt."""
    number = gold.name.removeprefix("bbc-business-").removesuffix(".gold.csv")
    return dataset / f"{number}.txt"


def main(argv: list[str] | None = None) -> int:
    args = gold_sets.arguments(__doc__.split("\n\n")[0], "the dataset's business/ folder", argv)
    if args.folder is None or not args.folder.is_dir():
        print("No dataset: pass the BBC News dataset's business/ folder (001.txt ... 510.txt).")
        return 0
    readers = sorted(p for p in GOLD.iterdir() if p.is_dir() and p.name != "second-reader-C")
    with tempfile.TemporaryDirectory() as tmp:
        gold_sets.score_readers(
            readers,
            lambda gold: _dataset_text(args.folder, gold),
            Path(tmp),
            convert=_symbols,
            lenient=args.lenient,
            verbose=args.verbose,
        )
        second = GOLD / "second-reader-C"
        folder = Path(tmp) / "C2"
        pairs = []
        for path in claim_scoring.articles(folder):
            article = read_article(path)
            if (second / path.name).with_suffix(".gold.csv").exists():
                rows = claim_scoring.load_gold(second / path.name, article)
                if all(r.start >= 0 for r in rows):
                    claims = claim_scoring.gold_as_claims(second / path.name, article)
                    pairs.append((path.stem, claim_scoring.load_gold(path, article), claims))
        if pairs:
            print(gold_sets.line("reader C vs C2", claim_scoring.score(pairs, args.lenient))
                  + f"  ({len(pairs)} articles both read)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
