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
    "cie",
    "ltd",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "vs",
    "bros",
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
_OPENS_SENTENCE = re.compile(
    r"\s+(?:The|It|Its|This|These|That|They|Their|There|Then|He|She|We|But|And|In|On|At)\s"
)
# (a list item run into the paragraph opens one too: "... neutral basis. -- Annual active
# buyers grew", "... in 2023. • Revenue rose")
_SENTENCE_END = re.compile(
    r"[.!?]+[\"”’')\]]*(?=\s+(?:(?:--?|[•·▪◦–—])\s+)?[\"“‘(\[]?[A-Z0-9$€£¥])|\n"
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: runs of text separated by blank lines."""
    return [Span(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


# R or C after a word that governs a noun ("and", "over", "in"; not "by"), not an initial
_LANGUAGE_LETTER = re.compile(
    r"\b(?:and|or|in|over|than|like|with|of|for|to|using|write|versus|vs\.?)\s+[RC]$"
)


def sentences(text: str, within: Span) -> list[Span]:
    """Sentence spans inside a paragraph, not split after "approx." or "Inc."."""
    out: list[Span] = []
    start = within.start
    for match in _SENTENCE_END.finditer(text, within.start, within.end):
        word = re.search(r"([\w.]+)[.!?]+\W*$", text[start : match.end()])
        abbreviation = word and (
            word.group(1).lower().rstrip(".") in _ABBREVIATIONS
            # an initial: "J. Willard Marriott", "D.R. Horton"; not "Objective-C." ending a
            # sentence, nor a letter before a word that only opens sentences ("embedded C.
            # Its headcount", "the company behind Circle K. The offer")
            or (
                re.fullmatch(r"[A-Z](?:\.[A-Z])*", word.group(1))  # "D.R. Horton" too
                and text[start + word.start(1) - 1 : start + word.start(1)] != "-"
                and not _OPENS_SENTENCE.match(text, match.end())
                # "an alternative to NONMEM and R. JuliaHub, the company": a language
                and not _LANGUAGE_LETTER.search(text, start, start + word.end(1))
            )
        )
        if abbreviation and match.group() == ".":
            continue
        if _quote_goes_on(text, start, match):
            continue
        end = match.end() if match.group() != "\n" else match.start()
        if text[start:end].strip():
            out.append(_trim(text, start, end))
        start = match.end()
    if text[start : within.end].strip():
        out.append(_trim(text, start, within.end))
    return out


# The rest of a quotation and what follows its close: ', compares prices' goes on
_QUOTE_REST = re.compile(r"[^\"”\n]{0,80}[\"”]\s*(?:,|[a-z])")


def _quote_goes_on(text: str, start: int, match: re.Match) -> bool:
    """Is the end inside a quotation the sentence goes on after ('its slogan "Hotel?
    Trivago.", compares prices')?"""
    if match.group() == "\n" or match.group()[-1] not in ".!?":
        return False
    before = text[start : match.start()]
    inside = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    return inside and bool(_QUOTE_REST.match(text, match.end()))


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


_CELL_SEPARATOR = re.compile(r"[^\S\n]*\|[^\S\n]*")
_RULE_LINE = re.compile(r"[\s|:+-]*")


def table_rows(text: str, within: Span) -> list[list[Span]] | None:
    """The cells of a paragraph that is a text table ("Company | Users | Founded" and rows
    like it), header first, or None. A table's numbers are read by their column, not as
    prose: "Lyft | 2,945 | $4.4B" says nothing in words."""
    lines: list[Span] = []
    position = within.start
    for line in text[within.start : within.end].split("\n"):
        if line.strip() and not _RULE_LINE.fullmatch(line):
            lines.append(_trim(text, position, position + len(line)))
        position += len(line) + 1
    if len(lines) < 2 or not all("|" in text[s.start : s.end] for s in lines):
        return None
    rows: list[list[Span]] = []
    for line in lines:
        cells: list[Span] = []
        start = line.start
        for separator in _CELL_SEPARATOR.finditer(text, line.start, line.end):
            cells.append(Span(start, separator.start()))
            start = separator.end()
        cells.append(Span(start, line.end))
        rows.append([c for c in cells if c.end > c.start])  # "| a | b |" edges are empty
    width = len(rows[0])
    return rows if width >= 2 and all(len(r) == width for r in rows) else None


# "Three Months Ended June 30, % Change 2024 2023 Revenue $ 853,680 $ 708,025 21 % ...": a
# financial table flattened into one line
_FLATTENED_STATEMENT = re.compile(
    r"[^\S\n]*(?:(?:Three|Six|Nine|Twelve)\s+Months|(?:Fiscal\s+)?Years?)\s+Ended\b"
    r"(?=[^\n]{0,80}\d{4}[^\n]*\$[^\S\n]?[\d(])"
)


def flattened_statement(text: str, start: int) -> bool:
    """Does the paragraph at `start` hold a results table flattened into one line, whose
    cells (often in thousands) and labels no sentence reading can pair?"""
    return _FLATTENED_STATEMENT.match(text, start) is not None
