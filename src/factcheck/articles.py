"""Reading articles: a file or a URL in, one `Article` with clean paragraph text out.

Claims point into `Article.text` by character offsets, so the text is built here once,
deterministically: paragraphs (headings and list items included) separated by one blank
line, whitespace normalised inside each. Everything a reader would not call the article
(navigation, cookie banners, share buttons, scripts) is left out, because numbers in
boilerplate are not claims. Web pages are kept as raw bytes under `data/raw/` so that a
fact-check can be re-run on exactly what was read.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import os
import re
import time
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit, urlunsplit

import requests
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PreformattedString, Script, Stylesheet, Tag

from factcheck import paths
from factcheck.runs import atomic_write_bytes
from factcheck.schema import Article

DEFAULT_USER_AGENT = (
    "factcheck/0.1 (+https://github.com/factcheck; contact: set FACTCHECK_USER_AGENT)"
)
USER_AGENT_ENV = "FACTCHECK_USER_AGENT"
MAX_BYTES = 5_000_000

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


class ArticleError(ValueError):
    """The article cannot be read (missing, unreadable, not an article, fetch failed).

    A user mistake or a remote failure, reported in one line without a traceback.
    """


class ArticleUnavailable(ArticleError):
    """The article's server could not be reached or failed (timeout, refused, HTTP 5xx).

    Worth retrying later, unlike a 404 or a PDF: scheduled runs retry only these.
    """


# --------------------------------------------------------------------------- public API


def read_article(
    location: str | os.PathLike[str],
    *,
    published: date | None = None,
    session: requests.Session | None = None,
    max_bytes: int = MAX_BYTES,
    timeout: float = 20,
    save_raw: bool = True,
) -> Article:
    """Read an article from a text/Markdown/HTML file or an http(s) URL.

    `published` overrides any date found in the page. Fetched pages are saved under
    `paths.raw_dir()/articles/web/` (a new file per retrieval) unless `save_raw` is False.
    """
    loc = os.fspath(location)
    if isinstance(loc, bytes):  # pragma: no cover - PathLike[bytes] is not supported
        loc = os.fsdecode(loc)
    scheme = urlsplit(loc).scheme.lower() if "://" in loc else ""
    if scheme in ("http", "https"):
        return _read_url(
            loc, published=published, session=session, max_bytes=max_bytes,
            timeout=timeout, save_raw=save_raw,
        )
    if scheme:
        raise ArticleError(f"unsupported URL scheme {scheme!r} in {loc} (use http or https)")
    return _read_file(Path(loc).expanduser(), loc, published=published, max_bytes=max_bytes)


def article_id(source: str, text: str = "") -> str:
    """A stable id: slug of the file name or URL plus a short hash of the source.

    The hash is of the source, not of the text, so an article that is re-read (or edited
    slightly upstream) keeps its id and its claims keep their `claim_id`s. Only when there
    is no source at all does the text decide.
    """
    source = (source or "").strip()
    key = source or text
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{_slug_of_source(source)}-{digest}"


def html_to_article(
    html: str | bytes,
    source: str,
    *,
    published: date | None = None,
    encoding: str | None = None,
) -> Article:
    """Main content of an HTML page as an `Article` (title and date from its metadata).

    `encoding` is the charset from HTTP headers, if any; bytes are otherwise decoded from
    a BOM, `<meta charset>`, or detection.
    """
    if isinstance(html, bytes):
        html = _decode_html(html, source, encoding)
    with warnings.catch_warnings():
        # XHTML served as a web page reads fine with the HTML parser
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "html.parser")
    root = _content_root(soup)
    meta = _meta_tags(soup)
    title = _html_title(soup, meta, root)
    found_date = _html_published(soup, meta, root)
    paragraphs = _html_paragraphs(root, _find_boilerplate(root))
    return _article(source, paragraphs, title, published or found_date)


def text_to_article(
    text: str | bytes,
    source: str,
    *,
    published: date | None = None,
    markdown: bool = False,
) -> Article:
    """A plain-text (or Markdown) article: paragraphs split at blank lines and list items."""
    if isinstance(text, bytes):
        text = decode_bytes(text, source)
    paragraphs = _text_paragraphs(text, markdown=markdown)
    title = _text_title(paragraphs, text, markdown=markdown)
    return _article(source, paragraphs, title, published)


def _article(
    source: str, paragraphs: list[str], title: str | None, published: date | None
) -> Article:
    """Paragraphs joined by one blank line: the text every claim offset points into."""
    text = "\n\n".join(paragraphs)
    if not text:
        raise ArticleError(f"no text found in {source}")
    return Article(
        article_id=article_id(source, text),
        source=source,
        text=text,
        title=title,
        published=published,
    )


# --------------------------------------------------------------------------- files


def _read_file(path: Path, given: str, *, published: date | None, max_bytes: int) -> Article:
    try:
        if not path.exists():
            raise ArticleError(f"article not found: {given}")
        if path.is_dir():
            raise ArticleError(f"{given} is a directory, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"article larger than {_megabytes(max_bytes)}: {given}")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read {given}: {exc.strerror or exc}") from None
    suffix = path.suffix.lower()
    return bytes_to_article(
        data, _file_source(path), published=published, name=given,
        html=suffix in HTML_SUFFIXES or None, markdown=suffix in MARKDOWN_SUFFIXES,
    )


def stream_to_article(
    stream: BinaryIO,
    source: str,
    *,
    published: date | None = None,
    name: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Article:
    """An article read from an open binary stream (a pipe), under the same size cap and
    checks as a file. `name` is how errors refer to it (default: `source`)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleError(f"article larger than {_megabytes(max_bytes)}: {name or source}")
    return bytes_to_article(data, source, published=published, name=name)


def bytes_to_article(
    data: bytes,
    source: str,
    *,
    published: date | None = None,
    name: str | None = None,
    html: bool | None = None,
    markdown: bool = False,
) -> Article:
    """An article from raw bytes of unknown kind (a pipe, an upload): binary is refused,
    HTML is sniffed unless `html` says, and the encoding is detected. `name` is how
    errors refer to it (default: `source`)."""
    _reject_binary(data, name or source)
    if html or (html is None and _looks_like_html(data)):
        return html_to_article(data, source, published=published)
    return text_to_article(data, source, published=published, markdown=markdown)


def _file_source(path: Path) -> str:
    """The path relative to the project root when inside it, so ids agree across clones."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(paths.project_root()).as_posix()
    except ValueError:
        return resolved.as_posix()


# --------------------------------------------------------------------------- URLs


@dataclass(frozen=True)
class _Download:
    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    content: bytes
    retrieved_at: datetime


def _read_url(
    url: str,
    *,
    published: date | None,
    session: requests.Session | None,
    max_bytes: int,
    timeout: float,
    save_raw: bool,
) -> Article:
    source = urlunsplit(urlsplit(url)._replace(fragment=""))
    download = _fetch(source, session=session, max_bytes=max_bytes, timeout=timeout)
    if save_raw:
        _save_download(download)
    _reject_binary(download.content, url)
    is_html = "html" in download.content_type or (
        download.content_type in ("", "application/octet-stream")
        and _looks_like_html(download.content)
    )
    if is_html:
        return html_to_article(
            download.content, source, published=published, encoding=download.charset
        )
    text = _decode(download.content, url, declared=download.charset)
    markdown = download.content_type == "text/markdown"
    return text_to_article(text, source, published=published, markdown=markdown)


def user_agent() -> str:
    return os.environ.get(USER_AGENT_ENV, "").strip() or DEFAULT_USER_AGENT


def _fetch(
    url: str, *, session: requests.Session | None, max_bytes: int, timeout: float
) -> _Download:
    """GET with a size cap and timeouts; every failure becomes a one-line ArticleError."""
    own_session = session is None
    session = session or requests.Session()
    headers = {
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    }
    current_ua = str(session.headers.get("User-Agent", ""))
    if os.environ.get(USER_AGENT_ENV) or not current_ua or current_ua.startswith("python-requests"):
        headers["User-Agent"] = user_agent()
    retrieved_at = datetime.now(UTC)
    # The read timeout applies per chunk; the deadline also bounds a server that drips.
    deadline = time.monotonic() + 3 * timeout
    response = None
    try:
        response = session.get(
            url, headers=headers, timeout=(min(timeout, 10.0), timeout), stream=True,
            allow_redirects=True,
        )
        if response.status_code >= 500:
            raise ArticleUnavailable(f"fetching {url} failed: HTTP {response.status_code}")
        if not 200 <= response.status_code < 300:
            reason = f" {response.reason}" if response.reason else ""
            raise ArticleError(f"fetching {url} failed: HTTP {response.status_code}{reason}")
        content_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
        if not _is_textual(content_type):
            raise ArticleError(f"{url} is not an article: content type {content_type}")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise ArticleError(f"article larger than {_megabytes(max_bytes)}: {url}")
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_content(chunk_size=65536):
            total += len(chunk)
            if total > max_bytes:
                raise ArticleError(f"article larger than {_megabytes(max_bytes)}: {url}")
            if time.monotonic() > deadline:
                raise ArticleError(f"timed out fetching {url} after {3 * timeout:g} s")
            chunks.append(chunk)
        return _Download(
            url=url,
            final_url=response.url or url,
            status=response.status_code,
            content_type=content_type,
            charset=charset,
            content=b"".join(chunks),
            retrieved_at=retrieved_at,
        )
    except requests.exceptions.Timeout:
        raise ArticleUnavailable(f"timed out fetching {url} after {timeout:g} s") from None
    except requests.exceptions.SSLError:
        raise ArticleError(f"TLS/certificate error fetching {url}") from None
    except requests.exceptions.ConnectionError as exc:
        if "timed out" in str(exc).lower():
            raise ArticleUnavailable(f"timed out fetching {url} after {timeout:g} s") from None
        raise ArticleUnavailable(f"could not connect to {_host(url)} to fetch {url}") from None
    except requests.exceptions.RequestException as exc:
        raise ArticleError(f"could not fetch {url}: {_one_line(exc)}") from None
    finally:
        if response is not None:
            response.close()
        if own_session:
            session.close()


def _save_download(download: _Download) -> Path:
    """Keep the raw bytes and where/when they came from; never overwrite an earlier one."""
    folder = paths.raw_dir() / "articles" / "web"
    stamp = download.retrieved_at.strftime("%Y%m%dT%H%M%S%fZ")
    slug = _slug_of_source(download.url)[:60]
    ext = ".html" if "html" in download.content_type else ".txt"
    base = f"{stamp}-{slug}"
    name, n = base, 1
    while (folder / f"{name}{ext}").exists() or (folder / f"{name}.json").exists():
        n += 1
        name = f"{base}-{n}"
    body = atomic_write_bytes(folder / f"{name}{ext}", download.content)
    meta = {
        "url": download.url,
        "final_url": download.final_url,
        "status": download.status,
        "content_type": download.content_type,
        "charset": download.charset,
        "retrieved_at": download.retrieved_at.isoformat(),
        "bytes": len(download.content),
        "sha256": hashlib.sha256(download.content).hexdigest(),
        "file": body.name,
    }
    atomic_write_bytes(
        folder / f"{name}.json", (json.dumps(meta, indent=2) + "\n").encode("utf-8")
    )
    return body


def _parse_content_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    content_type = parts[0].lower() if parts else ""
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return content_type, charset


def _is_textual(content_type: str) -> bool:
    return (
        not content_type
        or content_type.startswith("text/")
        or content_type in ("application/xhtml+xml", "application/octet-stream")
    )


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Non-letters a Western (cp1252) text plausibly contains.
_WESTERN_SYMBOLS = set("€‚„…†‡‰‹›‘’“”•–—™\xa0¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷")


def decode_bytes(data: bytes, source: str = "", declared: str | None = None) -> str:
    """Decode text: BOM, then a declared charset, then UTF-8, then detection.

    Detection is charset-normalizer, except that a text which reads as plausible
    Western-European cp1252 is taken as such: charset-normalizer misreads short cp1252
    texts ("café", "€") as cp1250 or cp1257.
    """
    return _decode(data, source, declared=declared)


def _decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _clean_decoded(data.decode(encoding, errors="replace"))
    if declared:
        encoding = _known_encoding(declared)
        if encoding:
            try:
                return _clean_decoded(data.decode(encoding))
            except UnicodeDecodeError:
                pass  # the declaration lies; detect instead
    has_nul = b"\x00" in data[:4096]  # UTF-16/32 without a BOM: leave it to detection
    try:
        if not has_nul:
            return _clean_decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and not has_nul and _plausibly_western(western):
        return _clean_decoded(western)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(f"cannot detect the text encoding of {source or 'the article'}")
    return _clean_decoded(str(best))


def _known_encoding(name: str) -> str | None:
    """The Python codec for a charset label (latin-1 labels mean cp1252, as browsers do)."""
    try:
        encoding = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    if encoding in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252" if encoding != "ascii" else "utf-8"
    return encoding


def _plausibly_western(text: str) -> bool:
    """Whether a cp1252 reading looks like Western-European text, not another code page."""
    letters = [c for c in text if c.isalpha()]
    non_ascii = [c for c in letters if not c.isascii()]
    if letters and len(non_ascii) > 0.3 * len(letters):
        return False  # Cyrillic or Greek read as accented Latin
    for i, char in enumerate(text):
        if char.isascii() or char.isspace():
            continue
        if not char.isalpha() and char not in _WESTERN_SYMBOLS:
            return False
        inside_word = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
        if inside_word and not char.isalpha() and char not in "’·":
            return False  # "Za¿ó³æ": symbols inside a word belong to another code page
        if char.isupper() and i and text[i - 1].isalpha() and text[i - 1].islower():
            return False  # "jaŸñ": a capital inside a lower-case word
    return True


def _clean_decoded(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def _reject_binary(data: bytes, source: str) -> None:
    head = data[:16]
    if head.startswith(b"%PDF-"):
        raise ArticleError(f"{source} is a PDF, not a text or HTML article")
    magic = {
        b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
        b"PK\x03\x04": "a ZIP archive (e.g. a Word file)", b"\x1f\x8b": "gzip data",
    }
    for prefix, what in magic.items():
        if head.startswith(prefix):
            raise ArticleError(f"{source} is {what}, not a text or HTML article")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    if b"\x00" in data[:4096] and not _utf16_or_32(data):
        raise ArticleError(f"{source} is binary data, not a text or HTML article")


def _utf16_or_32(data: bytes) -> bool:
    """Text with NUL bytes and no BOM is UTF-16/32 only if detection says so."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return best is not None and best.encoding.startswith(("utf_16", "utf_32"))


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return head.startswith("<") and "<html" in head


# --------------------------------------------------------------------------- plain text

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•·▪◦]|\d{1,3}[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def _text_paragraphs(text: str, *, markdown: bool) -> list[str]:
    """Blocks at blank lines; list items and (Markdown) headings are blocks of their own."""
    text = _clean_decoded(text)
    blocks: list[list[str]] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(current.copy())
            current.clear()

    for line in text.split("\n"):
        if not line.strip():
            close()
            continue
        if markdown:
            if _MD_FENCE.match(line):
                close()
                continue
            if _MD_SETEXT.match(line) and current and len(current) == 1:
                close()  # the line above was a heading
                continue
            if _MD_RULE.match(line):
                close()
                continue
            heading = _MD_HEADING.match(line)
            if heading:
                close()
                blocks.append([heading.group(1)])
                continue
            line = re.sub(r"^\s{0,3}>\s?", "", line)
        if _LIST_ITEM.match(line):
            close()
            line = line if not markdown else _LIST_ITEM.sub("", line)
        current.append(line)
    close()
    paragraphs = []
    for whole in blocks:
        # a table ("Company | Users | Founded" and its rows, maybe under a heading line)
        # keeps one row a line
        for barred, lines_run in itertools.groupby(whole, key=lambda line: "|" in line):
            run = list(lines_run)
            table = barred and len(run) > 1
            for block in [run] if table else _line_paragraphs(run):
                lines = block if table else [" ".join(block)]
                if markdown:
                    lines = [_strip_markdown(line) for line in lines]
                paragraph = "\n".join(_normalise_space(line) for line in lines)
                if paragraph:
                    paragraphs.append(paragraph)
    return paragraphs


# Lines longer than this are not hard-wrapped prose: each is a paragraph of its own.
_WRAP_WIDTH = 100
_LINE_END = re.compile(r"[.!?:;,]['\"”’)\]]*\s*$")


def _line_paragraphs(block: list[str]) -> list[list[str]]:
    """A block's lines grouped into paragraphs. Text copied from web pages puts one
    paragraph or heading on each line with no blank line between ("Case Studies /
    Zomato / Zomato is a food company ..."), where hard-wrapped prose continues a
    sentence on the next line: long lines, and short heading-like lines before a
    capital, end a paragraph."""
    if len(block) == 1:
        return [block]
    longest = max(len(line.strip()) for line in block)
    groups: list[list[str]] = [[]]
    for i, line in enumerate(block):
        groups[-1].append(line)
        if i + 1 == len(block):
            break
        stripped = line.strip()
        following = block[i + 1].lstrip()
        heading = (
            len(stripped) <= 60
            and len(stripped) < 0.6 * longest
            and not _LINE_END.search(stripped)
            and following[:1].isupper()
        )
        if longest > _WRAP_WIDTH or heading:
            groups.append([])
    return [g for g in groups if g]


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    return text


def _text_title(paragraphs: list[str], raw: str, *, markdown: bool) -> str | None:
    """The first line, when it reads like a title: short, one line, no final period."""
    if not paragraphs:
        return None
    first = paragraphs[0]
    first_raw = next((line for line in raw.splitlines() if line.strip()), "")
    if markdown and _MD_HEADING.match(first_raw):
        return first
    one_line = _normalise_space(_strip_markdown(first_raw) if markdown else first_raw) == first
    if (
        one_line
        and len(first) <= 150
        and len(first.split()) <= 25
        and not first.endswith((".", ",", ";", ":"))
        and len(paragraphs) > 1
    ):
        return first
    return None


_SPACE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def _normalise_space(text: str) -> str:
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    return _SPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------- HTML

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

_DROP_TAGS = (
    "nav", "footer", "script", "style", "noscript", "aside", "form", "iframe", "svg",
    "button", "select", "option", "textarea", "input", "template", "object", "embed",
    "video", "audio", "canvas", "map", "dialog", "link", "meta", "head", "title",
)
_HINT = re.compile(
    # "has-sidebar", "with-ads", "no-comments" describe a wrapper, they do not name one
    r"(?:^|(?<!has)(?<!with)(?<!no)[-_])(cookies?|consent|gdpr|banner|share|sharing|sharebar|social|related|"
    r"comments?|disqus|sidebar|advert\w*|ads?|adslot|sponsor\w*|promo|newsletter|subscribe|"
    r"popup|modal|breadcrumbs?|skip-link|paywall|recommended|more-stories|"
    # a byline's, an author box's or a post's meta line ("5 min read", "1,234 views")
    r"bylines?|authors?|bio|meta|reading-time|read-time|tags)(?:$|[-_])",
    re.I,
)
_BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
    "figure", "figcaption", "caption", "address", "details", "summary", "hr", "center", "body",
    "html", "header", "fieldset", "legend",
))
_CELL_TAGS = frozenset(("td", "th"))
# elements that hold lists of links: a menu, a "related" box, a tag cloud, a link table
_LIST_HOLDERS = frozenset((
    "ul", "ol", "dl", "menu", "div", "section", "table", "tbody", "tr", "td", "p", "span",
))
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SKIP_STRINGS = (PreformattedString, Script, Stylesheet)


def _decode_html(data: bytes, source: str, declared: str | None) -> str:
    """BOM, else the HTTP charset, else <meta charset>, else UTF-8, else detection."""
    if not any(data.startswith(bom) for bom, _ in _BOMS) and not declared:
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared = match.group(1).decode("ascii", "replace")
    return _decode(data, source, declared=declared)


def _text_len(tag: Tag) -> int:
    return len(_normalise_space(tag.get_text(" ")))


def _content_root(soup: BeautifulSoup) -> Tag:
    """<article> (the longest), else <main>, else [role=main], else <body>.

    A candidate must hold a fair share of the page's text, so a small teaser <article>
    in a sidebar does not stand in for the content.
    """
    body = soup.body or soup
    body_len = _text_len(body) or 1
    candidates: list[Tag] = []
    articles = soup.find_all("article")
    if articles:
        candidates.append(max(articles, key=_text_len))
    main = soup.find("main")
    if main is not None:
        candidates.append(main)
    role = soup.find(attrs={"role": "main"})
    if role is not None:
        candidates.append(role)
    for candidate in candidates:
        if _text_len(candidate) >= 0.2 * body_len:
            return candidate
    return body


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            meta.setdefault(key.strip().lower(), content.strip())
    return meta


def _html_title(soup: BeautifulSoup, meta: dict[str, str], root: Tag) -> str | None:
    """og:title, then <title> (without a trailing " | Site name"), then the first h1."""
    for key in ("og:title", "twitter:title"):
        title = _normalise_space(meta.get(key, ""))
        if title:
            return title
    if soup.title is not None:
        title = _normalise_space(soup.title.get_text())
        site = _normalise_space(meta.get("og:site_name", ""))
        if site and title != site:
            for sep in (" | ", " - ", " – ", " — ", " · ", " :: "):
                if title.endswith(sep + site):
                    title = title[: -len(sep + site)].strip()
                    break
        if title:
            return title
    h1 = root.find("h1") or soup.find("h1")
    if h1 is not None:
        title = _normalise_space(h1.get_text(" "))
        if title:
            return title
    return None


_DATE_META_KEYS = (
    "date", "pubdate", "publishdate", "publish_date", "publication_date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date",
    "datepublished", "sailthru.date", "parsely-pub-date", "article_date_original",
)


def _html_published(soup: BeautifulSoup, meta: dict[str, str], root: Tag) -> date | None:
    """Publication date from the page's own metadata, most explicit source first."""
    for key in ("article:published_time", "og:article:published_time"):
        found = parse_date(meta.get(key))
        if found:
            return found
    found = _json_ld_published(soup)
    if found:
        return found
    times = root.find_all("time", attrs={"datetime": True})
    preferred = [
        t for t in times
        if t.has_attr("pubdate") or str(t.get("itemprop", "")).lower() == "datepublished"
    ]
    for tag in preferred + times:
        found = parse_date(str(tag.get("datetime")))
        if found:
            return found
    for key in _DATE_META_KEYS:
        found = parse_date(meta.get(key))
        if found:
            return found
    return None


_ARTICLE_TYPES = re.compile(r"article|posting|report", re.I)


def _json_ld_published(soup: BeautifulSoup) -> date | None:
    """`datePublished` from JSON-LD (a dict, a list, or an @graph), articles preferred."""
    found: list[tuple[bool, date]] = []
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        raw = script.string or script.get_text()
        raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                value = node.get("datePublished")
                parsed = parse_date(value) if isinstance(value, str) else None
                if parsed:
                    types = node.get("@type", "")
                    types = " ".join(types) if isinstance(types, list) else str(types)
                    found.append((bool(_ARTICLE_TYPES.search(types)), parsed))
                stack.extend(reversed([v for v in node.values() if isinstance(v, list | dict)]))
    for is_article, parsed in found:
        if is_article:
            return parsed
    return found[0][1] if found else None


_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str | None) -> date | None:
    """The calendar date a page states (its own local date for a timestamp), or None."""
    if not value or not value.strip():
        return None
    match = _ISO_DATE.match(value)
    try:
        if match:
            parsed = date(*map(int, match.groups()))
        else:
            from dateutil import parser as date_parser

            with warnings.catch_warnings():
                # "12:06 PM CET": the zone is not needed for the calendar date
                warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
                parsed = date_parser.parse(value.strip(), default=datetime(1, 1, 1)).date()
    except (ValueError, OverflowError, ImportError):
        return None
    if not 1900 <= parsed.year <= datetime.now(UTC).year + 1:
        return None
    return parsed


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _hint_words(tag: Tag) -> set[str]:
    """The boilerplate words a tag's class or id carries ("share-bar" -> {"share"})."""
    values: list[str] = []
    for attr in ("class", "id"):
        value = tag.get(attr)
        if isinstance(value, list):
            values.extend(value)
        elif isinstance(value, str):
            values.extend(value.split())
    return {m.group(1).lower() for v in values for m in _HINT.finditer(v)}


@dataclass
class _Boilerplate:
    """What the text walk leaves out, by element identity (no tree surgery)."""

    skip: set[int]
    headings_only: set[int]


@dataclass
class _Size:
    text: int = 0  # characters of visible text, whitespace runs counted once
    links: int = 0  # of which inside <a href>
    anchors: int = 0  # <a href> elements holding text


def _sizes(root: Tag) -> dict[int, _Size]:
    """Text and link-text size of every element under root, in one pass.

    Tags in reverse document order come after all their descendants, so each element
    sums its children's sizes once (a get_text() per element is quadratic on deep pages).
    """
    sizes: dict[int, _Size] = {}
    for tag in reversed([root, *root.find_all(True)]):
        size = _Size()
        for child in tag.children:
            if isinstance(child, Tag):
                inner = sizes.get(id(child))
                if inner is not None:
                    size.text += inner.text
                    size.links += inner.links
                    size.anchors += inner.anchors
            elif isinstance(child, NavigableString) and not isinstance(child, _SKIP_STRINGS):
                size.text += len(" ".join(child.split()))
        if tag.name == "a" and tag.has_attr("href") and size.text:
            size.links, size.anchors = size.text, 1
        sizes[id(tag)] = size
    return sizes


def _link_list(size: _Size) -> bool:
    """Menus, "related stories" and tag clouds: several links that are most of the text.

    One link, however long, is left alone: a sentence may link its own source.
    """
    return size.anchors >= 2 and size.links >= 0.5 * size.text


def _main_content(root: Tag, sizes: dict[int, _Size]) -> Tag:
    """The largest <main> or <article> under root, if it holds a fair share of the text
    (a teaser card in a "related" box is an <article> too); else root."""
    inner = root.find_all(("main", "article"))
    if not inner:
        return root
    largest = max(inner, key=lambda tag: sizes[id(tag)].text)
    return largest if sizes[id(largest)].text >= 0.2 * sizes[id(root)].text else root


def _find_boilerplate(root: Tag) -> _Boilerplate:
    """Mark what is not the article.

    Marking instead of `decompose()`, which is quadratic in bs4 on long pages. A <header>
    inside an <article>/<main> usually carries the headline: its headings stay, its
    bylines and share bars go. A class or id that hints at boilerplate is not taken at
    its word by an element holding most of the text (a "has-sidebar" wrapper), nor by
    paragraphs that hold most of it together (every paragraph of a Wired story is marked
    "paywall"); an <aside> that wraps the page's <main> or <article> is layout.
    """
    sizes = _sizes(root)
    root_len = sizes[id(root)].text or 1
    wrappers = {id(parent) for parent in _main_content(root, sizes).parents}
    skip = {id(tag) for tag in root.find_all(_DROP_TAGS) if id(tag) not in wrappers}
    hinted_paragraphs: dict[str, list[Tag]] = {}
    for tag in root.find_all(True):
        size = sizes[id(tag)]
        if _is_hidden(tag) or (
            tag.name in _LIST_HOLDERS and _link_list(size) and size.text < 0.5 * root_len
        ):
            skip.add(id(tag))
        elif tag.name not in ("html", "body") and id(tag) not in wrappers:
            words = _hint_words(tag)
            if words and tag.name == "p":
                for word in words:
                    hinted_paragraphs.setdefault(word, []).append(tag)
            elif words and size.text < 0.5 * root_len:
                skip.add(id(tag))
    for paragraphs in hinted_paragraphs.values():
        if sum(sizes[id(p)].text for p in paragraphs) < 0.5 * root_len:
            skip.update(id(p) for p in paragraphs)
    headers = {id(tag) for tag in root.find_all("header")}
    if root.name in ("body", "[document]"):
        return _Boilerplate(skip | headers, set())
    return _Boilerplate(skip, headers)


def _html_paragraphs(root: Tag, boilerplate: _Boilerplate) -> list[str]:
    """Text with block boundaries kept: each block-level element closes a paragraph.

    Iterative, because badly nested pages make trees deeper than Python's recursion limit.
    Table cells in one row are joined with " | "; two <br>s end a paragraph.
    """
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if not buffer:
            return
        joined = "".join(buffer)
        buffer.clear()
        for part in re.split(r"\n[^\S\n]*\n", joined):
            paragraph = _normalise_space(part)
            if paragraph:
                paragraphs.append(paragraph)

    stack: list[object] = [root]
    end_block = object()
    while stack:
        node = stack.pop()
        if node is end_block:
            flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIP_STRINGS):
                buffer.append(str(node))
            continue
        if not isinstance(node, Tag) or id(node) in boilerplate.skip:
            continue
        name = node.name
        if name == "br":
            buffer.append("\n")
            continue
        if name in _CELL_TAGS and "".join(buffer).strip():
            buffer.append(" | ")
        if id(node) in boilerplate.headings_only:
            children: list[object] = list(node.find_all(_HEADINGS))
        else:
            children = list(node.children)
        if name in _BLOCK_TAGS or node is root:
            flush()
            stack.append(end_block)
        stack.extend(reversed(children))
    flush()
    return paragraphs


# --------------------------------------------------------------------------- helpers


def _slug_of_source(source: str) -> str:
    """A readable slug: the file name stem, or the URL's last path segment (or its host)."""
    if "://" in source:
        parts = urlsplit(source)
        segments = [s for s in parts.path.split("/") if s]
        name = segments[-1] if segments else parts.hostname or "article"
        if segments and re.fullmatch(r"index|default|\d+", Path(name).stem, re.I):
            name = "-".join(segments[-2:]) if len(segments) > 1 else (parts.hostname or name)
    else:
        name = Path(source).name if source else "article"
    stem = re.sub(r"\.(?:html?|xhtml|shtml|php|aspx?|jsp|txt|md|markdown)$", "", name, flags=re.I)
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", stem).lower()).strip("-")
    return slug[:60].strip("-") or "article"


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:g} MB"


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _one_line(exc: BaseException) -> str:
    text = _SPACE.sub(" ", str(exc)).strip()
    return text[:200] + ("…" if len(text) > 200 else "")
