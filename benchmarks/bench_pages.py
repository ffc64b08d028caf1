"""Claims in real web articles of the seed's kind, read by careful readers.

"Top N companies using <technology>" posts, company-statistics posts and engineering
histories: the openings (about 2,000 characters) of public web pages as the stored
search corpus gave them. The texts are third-party, so only our readers' gold files and
the pages' addresses are here (`benchmarks/real_pages/<reader>/`, with `sources.tsv`:
file, URL, the query that found it); point the script at a folder holding the texts as
`<reader>/page-NN.txt`:

    python benchmarks/bench_pages.py /path/to/pages [--lenient] [-v]

A page whose gold quotes are not all in the given text is skipped and named. Scoring is
the project's (`tests/claim_scoring.py`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gold_sets  # noqa: E402  (staging and reporting shared with bench_bbc.py)

GOLD = HERE / "real_pages"


def main(argv: list[str] | None = None) -> int:
    args = gold_sets.arguments(
        __doc__.split("\n\n")[0], "folder of <reader>/page-NN.txt", argv
    )
    if args.folder is None or not args.folder.is_dir():
        print("No pages: pass a folder holding <reader>/page-NN.txt (see the docstring).")
        return 0
    readers = sorted(p for p in GOLD.iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        gold_sets.score_readers(
            readers,
            lambda gold: args.folder / gold.parent.name / gold.name.replace(".gold.csv", ".txt"),
            Path(tmp),
            lenient=args.lenient,
            verbose=args.verbose,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
