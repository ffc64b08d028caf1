"""From an article's text to numeric claims about organisations.

`factcheck.quantities` finds the numbers; this module decides which of them are
claims and what about: the organisation a sentence is about (its named subject, or
"it/its/they/the company" resolved to the last organisation named), the metric the
number counts (from the vocabulary's synonyms, else the noun that follows it) and
the exact quote, with offsets into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck import quantities
from factcheck.schema import Article, Claim
from factcheck.vocabulary import Vocabulary, load_vocabulary

# Units that are about an organisation's scale; years and durations are dates and
# spans ("In 2012", "after six months"), not figures a public statistic can check.
CLAIM_UNITS_EXCLUDED = frozenset({"year", "duration", "date"})

# How far (in characters) after a number its metric phrase may start, and before it.
METRIC_WINDOW_AFTER = 60
METRIC_WINDOW_BEFORE = 80

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
_PRONOUN = re.compile(
    r"\b(?:it|its|it's|they|their|them|the company|the firm|the group|the platform|"
    r"the service|the app|the website|the site|the business)\b",
    re.I,
)
# A capitalised name opening a sentence: "Pinterest has ...", "Acme Corp. reported ...".
_SUBJECT = re.compile(
    r"^(?:(?:As a result|In \d{4}|Today|Now|Meanwhile|And|But|So|Also)[, ]+)?"
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&)){0,3})"
    r"(?=\s+(?:is|was|has|had|have|says|said|reported|reports|announced|now|currently|"
    r"employs|serves|operates|completes|completed|reached|claims|counts|boasts|sold|sells|"
    r"made|makes|earned|generated|posted|recorded|added|lost|grew|expects|handles|"
    r"processes|delivers|delivered|hosts|,))"
)
# "Amazon's revenue rose ..." names its organisation in the possessive.
_POSSESSIVE_SUBJECT = re.compile(r"((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s")
_NOT_SUBJECTS = frozenset(
    {
        "The",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "It",
        "Its",
        "They",
        "We",
        "He",
        "She",
        "In",
        "On",
        "At",
        "As",
        "By",
        "For",
        "With",
        "After",
        "Before",
        "When",
        "While",
        "Most",
        "Many",
        "Some",
        "All",
        "A",
        "An",
        "According",
        "Python",
        "Our",
        "Their",
        "His",
        "Her",
        "One",
        "Each",
        "Every",
        "Today",
        "Now",
        "And",
        "But",
        "So",
        "Also",
        "Software",
        "Engineers",
    }
)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:(?:per|a|an|each|every)\s+(day|week|month|quarter|year)|"
    r"(daily|weekly|monthly|quarterly|annually|yearly))\b",
    re.I,
)
_PERIOD_WORDS = {
    "day": "per_day",
    "daily": "per_day",
    "week": "per_week",
    "weekly": "per_week",
    "month": "per_month",
    "monthly": "per_month",
    "quarter": "per_quarter",
    "quarterly": "per_quarter",
    "year": "per_year",
    "annually": "per_year",
    "yearly": "per_year",
}
_NOUN_AFTER = re.compile(r"\s*(?:of\s+)?((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)", re.I)
_QUALIFIERS = frozenset(
    {
        "active",
        "paid",
        "paying",
        "monthly",
        "daily",
        "weekly",
        "registered",
        "unique",
        "new",
        "total",
        "full-time",
        "part-time",
        "retail",
        "premium",
        "subscribed",
    }
)
_STOP_NOUNS = frozenset(
    {
        "of",
        "in",
        "and",
        "or",
        "the",
        "a",
        "an",
        "to",
        "for",
        "with",
        "by",
        "on",
        "at",
        "from",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "than",
        "more",
        "less",
        "its",
        "their",
        "that",
    }
)


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
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS and match.group() == ".":
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


class _Attribution:
    """Tracks the organisation each sentence is about, paragraph by paragraph."""

    def __init__(self, text: str, vocabulary: Vocabulary) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.current: str | None = None  # last organisation named in this paragraph
        self.previous: str | None = None  # ... in the paragraph before

    def new_paragraph(self) -> None:
        if self.current:
            self.previous = self.current
        self.current = None

    def mentions(self, sentence: Span) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for m in self.vocabulary.entity_pattern.finditer(self.text, sentence.start, sentence.end):
            entity = self.vocabulary.entity(m.group())
            if entity:
                found.append((m.start(), entity.name))
        if not found:
            words = self.text[sentence.start : sentence.end]
            subject = _SUBJECT.match(words) or _POSSESSIVE_SUBJECT.match(words)
            if subject and subject.group(1).split()[0] not in _NOT_SUBJECTS:
                name = subject.group(1).rstrip(".,")
                found.append((sentence.start + subject.start(1), name))
        return found

    def entity_for(
        self, position: int, sentence: Span, mentions: list[tuple[int, str]]
    ) -> str | None:
        before = [name for start, name in mentions if start < position]
        if before:
            return before[-1]
        if mentions:
            return mentions[0][1]
        if _PRONOUN.search(self.text, sentence.start, position) or _PRONOUN.search(
            self.text, sentence.start, sentence.end
        ):
            return self.current or self.previous
        return None

    def after_sentence(self, mentions: list[tuple[int, str]]) -> None:
        if mentions:
            self.current = mentions[-1][1]


def _metric_after(
    text: str, start: int, limit: int, vocabulary: Vocabulary
) -> tuple[str | None, int]:
    """The vocabulary metric whose synonym starts soonest after `start`, and where it ends."""
    window = text[start:limit].casefold()
    best: tuple[int, int, str] | None = None
    for synonym, metric in vocabulary.synonym_pairs:
        at = _find_word(window, synonym)
        if at is not None and (
            best is None or at < best[0] or (at == best[0] and len(synonym) > best[1])
        ):
            best = (at, len(synonym), metric.name)
    if best is None:
        return None, start
    return best[2], start + best[0] + best[1]


def _find_word(window: str, phrase: str) -> int | None:
    at = window.find(phrase)
    while at != -1:
        before_ok = at == 0 or not window[at - 1].isalnum()
        after = at + len(phrase)
        after_ok = after >= len(window) or not window[after].isalnum()
        if before_ok and after_ok:
            return at
        at = window.find(phrase, at + 1)
    return None


def _metric_before(text: str, start: int, end: int, vocabulary: Vocabulary) -> str | None:
    window = text[start:end].casefold()
    best: tuple[int, str] | None = None
    for synonym, metric in vocabulary.synonym_pairs:
        at = window.rfind(synonym)
        if at != -1 and (best is None or at + len(synonym) > best[0]):
            best = (at + len(synonym), metric.name)
    return best[1] if best else None


def _noun_after(text: str, start: int, end: int) -> str | None:
    """A slug of the noun a number counts when the vocabulary has no name for it.

    Without a tagger, keep one word, or two where the first is a usual qualifier
    ("active users", "paid accounts"): "1.8 million vehicles last year" -> vehicles.
    """
    m = _NOUN_AFTER.match(text, start, end)
    if not m:
        return None
    words = [w for w in m.group(1).lower().split() if w not in _STOP_NOUNS]
    if not words:
        return None
    if len(words) > 1 and words[0] in _QUALIFIERS:
        return "_".join(words[:2])
    return words[0]


def _period_after(text: str, position: int, end: int) -> str | None:
    m = _PERIOD_AFTER.match(text[position:end])
    if not m:
        return None
    return _PERIOD_WORDS[(m.group(1) or m.group(2)).lower()]


def _clause_start(text: str, sentence: Span, position: int) -> int:
    """Start of the clause a number stands in, for looking back at its metric."""
    cut = max(text.rfind(c, sentence.start, position) for c in ",;:")
    return max(sentence.start, cut + 1, position - METRIC_WINDOW_BEFORE)


def iter_claims(article: Article, vocabulary: Vocabulary) -> Iterator[Claim]:
    text = article.text
    attribution = _Attribution(text, vocabulary)
    for paragraph in paragraphs(text):
        attribution.new_paragraph()
        for sentence in sentences(text, paragraph):
            sentence_text = text[sentence.start : sentence.end]
            mentions = attribution.mentions(sentence)
            found = quantities.parse(sentence_text)
            for i, q in enumerate(found):
                if q.unit in CLAIM_UNITS_EXCLUDED:
                    continue
                start, end = sentence.start + q.start, sentence.start + q.end
                entity_name = attribution.entity_for(start, sentence, mentions)
                if entity_name is None:
                    continue
                next_start = (
                    sentence.start + found[i + 1].start if i + 1 < len(found) else sentence.end
                )
                limit = min(end + METRIC_WINDOW_AFTER, next_start)
                # The parser's span may already hold the counted noun ("14 million rides
                # per month"), so the metric is looked for from the number on.
                metric, metric_end = _metric_after(text, start, limit, vocabulary)
                if metric is None:
                    metric = _metric_before(
                        text, _clause_start(text, sentence, start), start, vocabulary
                    ) or _noun_after(text, end, limit)
                    metric_end = end
                if metric is None:
                    continue
                if getattr(q, "change", None):  # "revenue rose 12%" is a change, not a level
                    metric = f"{metric}_change"
                period = q.period or _period_after(text, metric_end, sentence.end)
                entity = vocabulary.entity(entity_name)
                quote_end = max(end, metric_end)
                yield Claim(
                    claim_id=f"{article.article_id}:{start}-{quote_end}",
                    article_id=article.article_id,
                    source=article.source,
                    published=article.published,
                    entity=entity.name if entity else entity_name,
                    entity_id=entity.wikidata if entity else None,
                    metric=metric,
                    value=q.value,
                    unit=q.unit,
                    comparator=q.comparator,
                    low=q.low,
                    high=q.high,
                    period=period,
                    quote=text[start:quote_end],
                    sentence=sentence_text,
                    char_start=start,
                    char_end=quote_end,
                )
            attribution.after_sentence(mentions)


def extract_claims(article: Article, vocabulary: Vocabulary | None = None) -> list[Claim]:
    """Every numeric claim about an organisation in an article, in text order."""
    return list(iter_claims(article, vocabulary or load_vocabulary()))


def extract_many(articles: Iterable[Article], vocabulary: Vocabulary | None = None) -> list[Claim]:
    vocabulary = vocabulary or load_vocabulary()
    return [claim for article in articles for claim in iter_claims(article, vocabulary)]
