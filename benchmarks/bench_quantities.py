"""Throughput and peak memory of factcheck.quantities.parse against quantulum3.

Both parsers read the same news-style corpus (benchmarks/corpus/news_corpus.txt,
built by benchmarks/corpus/make_corpus.py) in one process. quantulum3 manages
only tens of KB per second, so it reads a leading slice of the corpus
(QUANTULUM_SLICE characters, cut at a paragraph break); the comparison is of
throughput (MB/s), which is what a slice measures fairly.

    python benchmarks/bench_quantities.py [--repeat N] [--slice CHARS]

Prints a table and exits 0. Timings are the best of N runs (the minimum is the
least noisy estimate on a shared machine); memory is the tracemalloc peak of one
run, i.e. Python allocations made while parsing, not the process RSS.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE / "corpus"))

from factcheck.quantities import parse  # noqa: E402

CORPUS = HERE / "corpus" / "news_corpus.txt"
QUANTULUM_SLICE = 50_000


def load_corpus() -> str:
    if not CORPUS.exists():
        import make_corpus  # noqa: PLC0415 - only when the committed corpus is missing

        CORPUS.write_text(make_corpus.build())
    return CORPUS.read_text()


def leading_slice(text: str, chars: int) -> str:
    cut = text.rfind("\n\n", 0, chars)
    return text[: cut if cut > chars // 2 else chars]


def measure(fn: Callable[[str], list], text: str, repeat: int) -> dict:
    fn(text[:5_000])  # warm up: imports, regex compilation, model loading
    best = float("inf")
    found = 0
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        found = len(fn(text))
        best = min(best, time.perf_counter() - t0)
    gc.collect()
    tracemalloc.start()
    fn(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"chars": len(text), "seconds": best, "mbps": len(text) / best / 1e6,
            "peak_kib": peak / 1024, "found": found}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="timed runs of factcheck (best kept)")
    ap.add_argument("--slice", type=int, default=QUANTULUM_SLICE,
                    help="characters of the corpus given to quantulum3")
    args = ap.parse_args(argv)

    text = load_corpus()
    rows = {"factcheck.quantities": measure(parse, text, max(1, args.repeat))}

    q_text = leading_slice(text, args.slice)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3  # noqa: PLC0415 - slow import, optional

            rows["quantulum3"] = measure(q3.parse, q_text, 1)
    except Exception as exc:  # quantulum3 is a dev dependency; report, do not fail
        print(f"quantulum3 not measured: {type(exc).__name__}: {exc}")

    print(f"corpus: {CORPUS.relative_to(HERE.parent)} ({len(text.encode()):,} bytes)")
    if "quantulum3" in rows:
        print(f"quantulum3 timed on the first {len(q_text):,} characters only (it is slow); "
              "compare MB/s, not seconds.")
    print()
    header = f"{'parser':<22} {'chars':>9} {'seconds':>9} {'MB/s':>8} {'peak KiB':>9} {'found':>6}"
    print(header)
    print("-" * len(header))
    for name, r in rows.items():
        print(f"{name:<22} {r['chars']:>9,} {r['seconds']:>9.4f} {r['mbps']:>8.3f} "
              f"{r['peak_kib']:>9.0f} {r['found']:>6}")
    if "quantulum3" in rows:
        ratio = rows["factcheck.quantities"]["mbps"] / rows["quantulum3"]["mbps"]
        print(f"\nthroughput ratio factcheck / quantulum3: {ratio:,.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
