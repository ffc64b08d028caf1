"""Build benchmarks/corpus/news_corpus.txt (~260 KB) from the hand-written articles.

Deterministic: the same inputs give the same corpus byte for byte. Each variant of
an article reorders its paragraphs, renames the companies and redraws the digits
of every number (years are kept), so the parser sees varied figures, not one
cached text repeated. The seed article is included once per round, verbatim.

    python benchmarks/corpus/make_corpus.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[1] / "data" / "raw" / "articles" / "top-10-companies-using-python.txt"
TARGET_BYTES = 260_000

NAMES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne",
         "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Oscorp", "Pied Piper", "Massive Dynamic"]
NOUNS = ["company", "firm", "group", "business", "operator"]


def _redraw_digits(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        d = m.group()
        if len(d) == 4 and d[:2] in ("19", "20"):
            return d  # a year
        first = str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in d[1:])

    return re.sub(r"[0-9]+", repl, text)


def variant(article: str, rng: random.Random) -> str:
    paras = [p for p in article.split("\n\n") if p.strip()]
    head, body = paras[0], paras[1:]
    rng.shuffle(body)
    text = "\n\n".join([head, *body])
    text = text.replace("The company", f"{rng.choice(NAMES)}").replace(
        "the company", f"the {rng.choice(NOUNS)}")
    return _redraw_digits(text, rng)


def build() -> str:
    rng = random.Random(20240501)
    articles = [a.strip() for a in (HERE / "articles.txt").read_text().split("\n\n\n") if a.strip()]
    seed = SEED.read_text() if SEED.exists() else ""
    out: list[str] = []
    size = 0
    round_no = 0
    while size < TARGET_BYTES:
        parts = [seed] if seed else []
        parts += [a if round_no == 0 else variant(a, rng) for a in articles]
        for p in parts:
            out.append(p)
            size += len(p.encode()) + 3
        round_no += 1
    return "\n\n\n".join(out) + "\n"


if __name__ == "__main__":
    corpus = build()
    (HERE / "news_corpus.txt").write_text(corpus)
    print(f"wrote {len(corpus.encode()):,} bytes to {HERE / 'news_corpus.txt'}")
