"""Paragraphs and sentences of an article's text, as character spans.

Every reading rule works on these spans, so they live apart from the rules: a change
to how text is split (a new abbreviation, a new sentence end) is made here alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def word_list(blob: str) -> list[str]:
    """The whitespace-separated words of a word list written as a text block."""
    return blob.split()


_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", re.S)
_ABBREVIATIONS = (
    "approx",
    "inc",
    "corp",
    "co",
    "ltd",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "u.k",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "est",
    "approx",
    "fig",
    "jr",
    "sr",
)
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: runs of text separated by blank lines."""
    return [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def sentences(text: str, within: Span) -> list[Span]:
    """Sentence spans inside a paragraph, not split after "approx." or "Inc."."""
    out: list[Span] = []
    start = within.start
    for match in _SENTENCE_END.finditer(text, within.start, within.end):
        word = re.search(r"([\w.]+)[.!?]+\W*$", text[start : match.end()])
        abbreviation = word and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS
            or re.fullmatch(r"[A-Z]", word.group(1))  # an initial: "J. Willard Marriott"
        )
        if abbreviation and match.group() == ".":
            continue
        end = match.end() if match.group() != "\n" else match.start()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = match.end()
    if text[start : within.end].strip():
        out.append(_trim(text, start, within.end))
    return out


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
