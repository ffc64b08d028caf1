"""How well `html_to_article` keeps an article and drops the page around it, on real pages.

Two public test sets of other main-content extractors, read from their source
distributions on PyPI (third-party pages, so not copied into this repository):

- trafilatura 1.0.0, `tests/realworld_tests.py` + `tests/cache/`: 83 web pages (mostly
  German news, blogs and shops), each with snippets that must be in the extracted text and
  snippets (menus, footers, "related" boxes, cookie notes) that must not.
- newspaper4k 0.9.6, `tests/data/`: news pages with the article text the library expects
  (`txt/`) and the page's metadata (`metadata/`); the English ones are scored here for
  paragraph recall and precision and for the publication date.

    python benchmarks/bench_html.py --fetch ~/.cache/factcheck-bench   # pip download once
    python benchmarks/bench_html.py --data ~/.cache/factcheck-bench [-v]

The peer in the same run is the whole <body> text with only scripts and styles left out
(what a reader without boilerplate removal gets). Two conventions differ from
trafilatura's on purpose: reader comments and in-article lists of links ("related
stories", affiliate lists) are not the article for factcheck, so snippets from them count
against us here. The script exits 0 and prints where to get the data when it is missing.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tarfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup

from factcheck.articles import ArticleError, html_to_article

TRAFILATURA = "trafilatura-1.0.0"
NEWSPAPER = "newspaper4k-0.9.6"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def factcheck_text(data: bytes, source: str) -> str:
    try:
        return html_to_article(data, source).text
    except ArticleError:
        return ""


def body_text(data: bytes, source: str) -> str:
    """The peer: every string of <body> except scripts and styles, one per line."""
    soup = BeautifulSoup(data, "html.parser")
    for tag in soup.find_all(("script", "style", "noscript", "template")):
        tag.decompose()
    return "\n\n".join(s for s in soup.body.stripped_strings) if soup.body else ""


READERS: dict[str, Callable[[bytes, str], str]] = {
    "factcheck": factcheck_text,
    "whole body": body_text,
}


def fetch(cache: Path) -> None:
    """Download and unpack the two source distributions (needs the package registry)."""
    cache.mkdir(parents=True, exist_ok=True)
    for spec, folder in (("trafilatura==1.0.0", TRAFILATURA), ("newspaper4k==0.9.6", NEWSPAPER)):
        if (cache / folder).is_dir():
            continue
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "-q", "-d", str(cache), spec],
            check=True,
        )
        with tarfile.open(cache / f"{folder}.tar.gz") as archive:
            archive.extractall(cache, filter="data")


def trafilatura_cases(tests: Path) -> list[tuple[str, str, bool]]:
    """(page file, snippet, must be in the text) from realworld_tests.py's test_extract."""
    source = (tests / "realworld_tests.py").read_text(encoding="utf-8")
    table = re.search(r"MOCK_PAGES = \{(.*?)\n\}", source, re.S)
    pages = dict(re.findall(r"^\s*'([^']+)':\s*'([^']+)'", table.group(1), re.M)) if table else {}
    body = source[source.index("def test_extract("):]
    end = body.find("\ndef ", 10)
    cases: list[tuple[str, str, bool]] = []
    page = None
    for line in body[: end if end > 0 else None].splitlines():
        called = re.search(r"load_mock_page\('([^']+)'", line)
        if called:
            page = pages.get(called.group(1))
            continue
        if page is None or not line.strip().startswith("assert"):
            continue
        try:
            tree = ast.parse(line.strip().removeprefix("assert").strip(), mode="eval").body
        except SyntaxError:
            continue
        for part in tree.values if isinstance(tree, ast.BoolOp) else [tree]:
            if (
                isinstance(part, ast.Compare)
                and isinstance(part.left, ast.Constant)
                and isinstance(part.comparators[0], ast.Name)
                and part.comparators[0].id == "result"
            ):
                cases.append((page, str(part.left.value), isinstance(part.ops[0], ast.In)))
    return cases


def score_trafilatura(root: Path, verbose: bool) -> None:
    tests = root / TRAFILATURA / "tests"
    cases = trafilatura_cases(tests)
    pages = sorted({page for page, _, _ in cases})
    print(f"\ntrafilatura 1.0.0 real-world pages: {len(pages)} pages, {len(cases)} snippets")
    print(f"  {'reader':12s} {'article kept':>14s} {'boilerplate dropped':>21s}")
    for name, read in READERS.items():
        texts = {p: normalise(read((tests / "cache" / p).read_bytes(), p)) for p in pages}
        kept = [normalise(s) in texts[p] for p, s, _ in cases]
        good = [k == want for k, (_, _, want) in zip(kept, cases, strict=True)]
        n_in = sum(want for _, _, want in cases)
        ok_in = sum(g for g, (_, _, want) in zip(good, cases, strict=True) if want)
        ok_out = sum(g for g, (_, _, want) in zip(good, cases, strict=True) if not want)
        print(f"  {name:12s} {ok_in:>8d} / {n_in:<3d} {ok_out:>13d} / {len(cases) - n_in:<3d}")
        if verbose and name == "factcheck":
            for g, (page, snippet, want) in zip(good, cases, strict=True):
                if not g:
                    print(f"      {'lost' if want else 'kept'}: {page}: {snippet[:70]}")


def score_newspaper(root: Path, verbose: bool) -> None:
    data = root / NEWSPAPER / "tests" / "data"
    rows = []
    for expected in sorted((data / "txt").glob("*.txt")):
        page = data / "html" / f"{expected.stem}.html"
        meta = data / "metadata" / f"{expected.stem}.json"
        if page.exists() and meta.exists():
            info = json.loads(meta.read_text(encoding="utf-8"))
            if info.get("language") == "en":
                rows.append((expected, page, info))
    print(f"\nnewspaper4k English news pages: {len(rows)} (paragraph characters, mean per page)")
    print(f"  {'reader':12s} {'recall':>7s} {'precision':>10s} {'date right':>11s}")
    for name, read in READERS.items():
        recalls, precisions, dates = [], [], 0
        for expected, page, info in rows:
            want = [normalise(p) for p in expected.read_text(encoding="utf-8").splitlines()]
            want = [p for p in want if p]
            want_all = " ".join(want)
            text = read(page.read_bytes(), info.get("url") or page.name)
            got = [normalise(p) for p in text.split("\n\n") if normalise(p)]
            got_all = " ".join(got)
            recalls.append(sum(len(p) for p in want if p in got_all) / max(1, sum(map(len, want))))
            extra = [p for p in got if p not in want_all]
            precisions.append(1 - sum(map(len, extra)) / max(1, sum(map(len, got))))
            if name == "factcheck":
                published = html_to_article(page.read_bytes(), page.name).published
                stated = str(info.get("publish_date") or "")[:10] or None
                dates += (str(published) if published else None) == stated
                if verbose:
                    print(f"      {page.stem:20s} recall {recalls[-1]:.3f} "
                          f"precision {precisions[-1]:.3f} date {published}")
        date_col = f"{dates} / {len(rows)}" if name == "factcheck" else "-"
        print(f"  {name:12s} {sum(recalls) / len(rows):7.3f} "
              f"{sum(precisions) / len(rows):10.3f} {date_col:>11s}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="folder holding the unpacked sdists")
    parser.add_argument("--fetch", type=Path, metavar="CACHE",
                        help="pip download the sdists into CACHE first, then score them")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    root = args.fetch or args.data
    if args.fetch:
        fetch(args.fetch)
    if root is None or not (root / TRAFILATURA).is_dir() or not (root / NEWSPAPER).is_dir():
        print(f"No data: run with --fetch CACHE (pip downloads {TRAFILATURA} and {NEWSPAPER} "
              "from PyPI), or --data pointing at a folder holding both unpacked.")
        return 0
    score_trafilatura(root, args.verbose)
    score_newspaper(root, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
