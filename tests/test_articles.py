"""Reading articles: what a user sees when pointing factcheck at a file or URL."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import requests
import responses

from factcheck.articles import (
    DEFAULT_USER_AGENT,
    ArticleError,
    article_id,
    html_to_article,
    read_article,
    text_to_article,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "articles" / "top-10-companies-using-python.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "articles"
URL = "https://news.example.org/2021/04/streaming-giants-keep-growing/"


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def assert_clean_layout(text: str) -> None:
    """Paragraphs separated by exactly one blank line, no stray whitespace."""
    assert text == text.strip()
    assert "\n\n\n" not in text
    for paragraph in paragraphs(text):
        assert paragraph
        assert "\n" not in paragraph
        assert paragraph == re.sub(r"\s+", " ", paragraph).strip()


# --------------------------------------------------------------------------- plain text


def test_seed_article_reads_with_title_and_every_paragraph():
    article = read_article(SEED)

    assert article.title == "Top 10 Companies using Python in Backend"
    assert article.published is None
    raw = SEED.read_text(encoding="utf-8")
    expected = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
    assert paragraphs(article.text) == expected
    assert_clean_layout(article.text)
    start = article.text.find("more than 33 million members")
    assert start > 0
    assert article.text[start : start + 28] == "more than 33 million members"
    assert article.article_id.startswith("top-10-companies-using-python-")


def test_seed_article_id_is_the_same_however_the_path_is_written(monkeypatch):
    monkeypatch.chdir(ROOT)
    relative = read_article("data/raw/articles/top-10-companies-using-python.txt")
    absolute = read_article(SEED)
    assert relative.article_id == absolute.article_id
    assert relative.source == "data/raw/articles/top-10-companies-using-python.txt"


def test_published_argument_is_kept_for_text_files():
    article = read_article(SEED, published=date(2020, 3, 1))
    assert article.published == date(2020, 3, 1)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("cafe-cp1252.txt", ["Le café coûte 3 € à Paris.", "« naïve » façade", "–"]),
        ("cafe-latin1.txt", ["Un café très crème, déjà 2 millions de tasses."]),
    ],
)
def test_legacy_encoded_text_is_decoded_correctly(name, words):
    article = read_article(FIXTURES / name)
    for word in words:
        assert word in article.text
    assert article.title == "Le café de Marie"
    assert "\r" not in article.text


def test_utf8_bom_and_crlf_are_handled(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffHeadline here\r\n\r\nBody with 3 million users.\r\n".encode("utf-8"))
    article = read_article(path)
    assert article.text == "Headline here\n\nBody with 3 million users."
    assert article.title == "Headline here"


def test_utf16_file_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Größe\n\nÜber 5 Millionen Kunden.".encode("utf-16"))
    assert read_article(path).text == "Größe\n\nÜber 5 Millionen Kunden."


@pytest.mark.parametrize(
    ("sentence", "encoding"),
    [
        ("Компания сообщила, что у неё более двух миллионов клиентов в этом году.", "cp1251"),
        ("Zażółć gęślą jaźń, pchnąć w tę łódź jeża. Firma ma 2 miliony klientów.", "cp1250"),
        ("Ελληνικά κείμενα με 3 εκατομμύρια χρήστες.", "cp1253"),
        ("The tank holds 3 m³ of water at 20 °C and costs 5 €.", "cp1252"),
    ],
)
def test_other_legacy_code_pages_are_not_mistaken_for_each_other(tmp_path, sentence, encoding):
    path = tmp_path / "legacy.txt"
    path.write_bytes(sentence.encode(encoding))
    assert read_article(path).text == sentence


def test_first_line_is_not_a_title_when_it_is_a_sentence(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Netflix has 33 million members.\n\nSecond paragraph.\n", encoding="utf-8")
    assert read_article(path).title is None


def test_wrapped_lines_join_and_list_items_stand_alone(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Intro line one\nand line two.\n- Uber: 15 million trips\n- Lyft: 2 million rides\n",
        encoding="utf-8",
    )
    assert paragraphs(read_article(path).text) == [
        "Intro line one and line two.",
        "- Uber: 15 million trips",
        "- Lyft: 2 million rides",
    ]


def test_text_copied_from_a_web_page_keeps_a_paragraph_or_heading_per_line(tmp_path):
    long = "Zomato is a food company founded in 2008 that serves more than 23 countries " * 2
    path = tmp_path / "copied.txt"
    path.write_text(
        "Case studies\nThree real world case studies follow, each about one company.\n"
        f"Machine Learning Case Studies\nZomato\n{long.strip()}.\nIt works with 200,000 "
        "restaurants.\n",
        encoding="utf-8",
    )
    assert paragraphs(read_article(path).text)[1:] == [
        "Three real world case studies follow, each about one company.",
        "Machine Learning Case Studies",  # (was one name: "... Case Studies Zomato Zomato")
        "Zomato",
        long.strip() + ".",
        "It works with 200,000 restaurants.",
    ]


def test_table_rows_keep_their_lines(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text(
        "Wrapped prose\nline.\n\nCompany | Employees\n---|---\nUber |  ~30,400\nLyft | 2,945\n",
        encoding="utf-8",
    )
    assert paragraphs(read_article(path).text) == [
        "Wrapped prose line.",
        "Company | Employees\n---|---\nUber | ~30,400\nLyft | 2,945",
    ]


def test_markdown_headings_and_list_items_are_paragraphs_without_markup():
    article = read_article(FIXTURES / "notes.md")
    assert article.title == "Python at scale"
    assert paragraphs(article.text) == [
        "Python at scale",
        "Some companies run Python in production, see the list.",
        "Numbers",
        "Instagram has more than 2 billion monthly active users.",
        "Dropbox has 17.77 million paying users.",
        "Closing thought with code.",
    ]


# --------------------------------------------------------------------------- HTML


def test_html_keeps_only_the_article_paragraphs_in_order():
    article = read_article(FIXTURES / "news-page.html")

    assert paragraphs(article.text) == [
        "Streaming giants keep growing",
        "Netflix ended the quarter with 207.64 million paid memberships, up from 203.66 million.",
        "Spotify has 158 million premium subscribers.",
        "What analysts say",
        "Growth slowed after 2020.",
        "Prices rose in 11 markets.",
        "“We are very pleased with 4 million new members,” the company said.",
        "Line one of a poem line two",
        "A new paragraph after two breaks.",
    ]
    assert_clean_layout(article.text)
    for boilerplate in ("cookies", "Home", "Share", "Related", "sidebar", "Most read",
                        "Great article", "©", "JavaScript", "trackView", "font-family",
                        "Hidden", "comment", "Readers also liked", "999000000"):
        assert boilerplate not in article.text


def test_html_title_and_date_from_open_graph_and_article_meta():
    article = read_article(FIXTURES / "news-page.html")
    assert article.title == "Streaming giants keep growing"
    # article:published_time wins over <time> and <meta name="date">, in the page's own zone
    assert article.published == date(2021, 4, 20)


def test_html_date_from_json_ld_graph_prefers_the_article_node():
    article = read_article(FIXTURES / "jsonld-graph.html")
    assert article.published == date(2022, 11, 3)
    assert article.title == "Ride-hailing by the numbers"


def test_html_main_content_and_table_rows():
    article = read_article(FIXTURES / "jsonld-graph.html")
    assert paragraphs(article.text) == [
        "Ride-hailing by the numbers",
        "Uber completed 1.95 billion trips in the third quarter.",
        "Company | Trips",
        "Uber | 1.95 billion",
        "Lyft | 194 million",
    ]
    assert "Menu" not in article.text


def test_html_date_from_time_element_and_title_from_h1():
    article = read_article(FIXTURES / "time-only.html")
    assert article.published == date(2018, 9, 1)
    assert article.title == "Quora keeps answering"
    assert "50% off" not in article.text
    assert "Quora has 300 million monthly unique visitors." in paragraphs(article.text)


def test_json_ld_as_a_list_and_title_tag_with_site_suffix():
    html = """<html><head>
      <title>Lyft rides | Ride News</title><meta property="og:site_name" content="Ride News">
      <script type="application/ld+json">[{"@type": "Organization", "name": "Ride News"},
        {"@type": "BlogPosting", "datePublished": "2019-07-15"}]</script>
    </head><body><article><p>Lyft facilitates 14 million rides per month.</p></article></body>
    </html>"""
    article = html_to_article(html, "lyft.html")
    assert article.published == date(2019, 7, 15)
    assert article.title == "Lyft rides"
    assert article.text == "Lyft facilitates 14 million rides per month."


def test_json_ld_date_of_a_plain_web_page_is_used_when_no_article_node_has_one():
    html = """<html><head><script type="application/ld+json">
      {"@graph": [{"@type": "WebPage", "datePublished": "2016-02-29T23:00:00-05:00"},
                  {"@type": "Article", "headline": "No date here"}]}</script></head>
      <body><p>Spotify has 30 million paid subscribers.</p></body></html>"""
    assert html_to_article(html, "s.html").published == date(2016, 2, 29)


def test_page_header_is_dropped_when_the_body_is_the_content():
    html = """<html><body><header><h1>My Site</h1><p>Since 1999</p></header>
      <div><p>Facebook has 2.9 billion monthly active users.</p></div></body></html>"""
    assert html_to_article(html, "f.html").text == "Facebook has 2.9 billion monthly active users."


def test_lists_of_links_are_navigation_not_article_text():
    # Menus and "related stories" boxes carry no class a rule could know; what gives them
    # away is that their text is links. A sentence linking its own source stays.
    html = """<html><body><div class="l-wrap">
      <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
          <li><a href="/sport">Sport</a></li></ul>
      <p>Uber completed <a href="https://investor.uber.com">1.95 billion trips</a> in
         the third quarter, the company said in its quarterly report.</p>
      <p>Lyft reported 194 million rides over the same period, up 27% from a year before,
         with revenue of $1.05 billion.</p>
      <div><h3>More from Business</h3>
        <a href="/a">Cavs come back to top Hornets, 91-87</a>
        <a href="/b">Airline adds 12 routes to the Gulf</a></div>
    </div></body></html>"""
    text = html_to_article(html, "links.html").text
    assert paragraphs(text) == [
        "Uber completed 1.95 billion trips in the third quarter, the company said in its "
        "quarterly report.",
        "Lyft reported 194 million rides over the same period, up 27% from a year before, "
        "with revenue of $1.05 billion.",
    ]


def test_every_paragraph_marked_paywall_is_the_story_not_a_paywall_prompt():
    # Wired and the other Conde Nast sites mark each paragraph of a story class="paywall".
    body = "".join(
        f'<p class="paywall">Paragraph {n} of the story, with enough words to read as prose '
        f"about the company and its {n} million riders.</p>" for n in range(1, 5)
    )
    html = f"""<html><body><article><h1>Ride-hailing in 2023</h1>{body}
      <div class="paywall-prompt">Subscribe for $1 a week</div></article></body></html>"""
    text = html_to_article(html, "wired.html").text
    assert "Paragraph 4 of the story" in text and "4 million riders" in text
    assert "Subscribe" not in text


def test_a_class_saying_what_a_wrapper_has_does_not_make_it_boilerplate():
    html = """<html><body><nav><a href="/">Home</a></nav>
      <section class="o-section o-section--has-sidebar"><div class="c-article-body">
        <p>The skate park opened in May and counted 12,000 visitors in its first month.</p>
      </div></section>
      <div class="o-grid"><p>Site footer text that is long enough to outweigh the story,
        written here at some length so that the section holds under half of the page's
        text and only the class word could save it from the boilerplate rule.</p></div>
    </body></html>"""
    assert "12,000 visitors" in html_to_article(html, "skate.html").text


def test_teaser_cards_in_a_related_box_are_not_the_article():
    story = " ".join(["Spotify has 158 million premium subscribers."] * 12)
    html = f"""<html><body><div class="post"><p>{story}</p></div>
      <div id="related_posts"><ul>
        <li><article class="post_teaser"><p>Teaser about a festival with 40,000 guests and
          a line-up that runs over three long days.</p></article></li>
        <li><article class="post_teaser"><p>Another teaser, this one on 300 new shops that
          opened in the city centre last spring.</p></article></li>
      </ul></div></body></html>"""
    text = html_to_article(html, "teasers.html").text
    assert "158 million premium subscribers" in text
    assert "40,000" not in text and "300 new shops" not in text


def test_page_dates_in_meta_article_date_original_and_no_warnings(recwarn):
    html = """<html><head>
      <meta name="article_date_original" content="Saturday, December 27, 2014, 12:06 PM CET">
      </head><body><p>Google handled 3.5 billion searches a day.</p></body></html>"""
    assert html_to_article(html, "c.html").published == date(2014, 12, 27)
    xhtml = '<?xml version="1.0" encoding="utf-8"?>' + html
    html_to_article(xhtml, "x.xhtml")
    assert not [str(w.message) for w in recwarn]


def test_meta_name_date_is_the_last_resort_and_published_argument_overrides():
    html = """<html><head><meta name="DC.date" content="2017-05-02"></head>
      <body><p>Reddit has 330 million monthly active users.</p></body></html>"""
    assert html_to_article(html, "r.html").published == date(2017, 5, 2)
    given = html_to_article(html, "r.html", published=date(2020, 1, 1))
    assert given.published == date(2020, 1, 1)


def test_html_detected_by_content_in_a_txt_file(tmp_path):
    path = tmp_path / "saved-page.txt"
    path.write_text(
        "<!DOCTYPE html><html><body><nav>Menu</nav><p>Hello 5 million</p></body></html>",
        encoding="utf-8",
    )
    assert read_article(path).text == "Hello 5 million"


def test_html_charset_from_meta_tag():
    article = read_article(FIXTURES / "prix-cp1252.html")
    assert article.text == "Un café coûte 3 € — “cher”."
    assert article.title == "Prix à Paris"


def test_small_teaser_article_does_not_replace_the_page_content():
    html = """<html><body><main><h1>Dropbox</h1><p>Dropbox has 17 million paying users and
      keeps growing every year with new customers in many countries.</p></main>
      <div class="teasers"><article><p>Other story</p></article></div></body></html>"""
    text = html_to_article(html, "d.html").text
    assert "Dropbox has 17 million paying users" in text


# --------------------------------------------------------------------------- file errors


def test_missing_file_is_a_one_line_error(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ArticleError, match=r"^article not found: .*nope\.txt$"):
        read_article(missing)


def test_directory_is_an_error(tmp_path):
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


@pytest.mark.parametrize("content", ["", "\n\n   \n", "<html><body><nav>x</nav></body></html>"])
def test_empty_article_is_an_error(tmp_path, content):
    path = tmp_path / "empty.html"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"^no text found in "):
        read_article(path)


def test_pdf_and_binary_files_are_not_articles(tmp_path):
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    with pytest.raises(ArticleError, match="PDF"):
        read_article(pdf)
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ArticleError, match="binary"):
        read_article(blob)


def test_oversized_file_is_an_error(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 300, encoding="utf-8")
    with pytest.raises(ArticleError, match="larger than 0.001 MB"):
        read_article(path, max_bytes=1000)


def test_unsupported_scheme_is_an_error():
    with pytest.raises(ArticleError, match="unsupported URL scheme 'ftp'"):
        read_article("ftp://example.org/a.txt")


# --------------------------------------------------------------------------- URLs


@responses.activate
def test_url_fetch_reads_the_page_with_a_descriptive_user_agent(monkeypatch):
    monkeypatch.delenv("FACTCHECK_USER_AGENT", raising=False)
    body = (FIXTURES / "news-page.html").read_bytes()
    responses.get(URL, body=body, content_type="text/html; charset=utf-8")

    article = read_article(URL + "#comments", save_raw=False)

    assert article.source == URL
    assert article.title == "Streaming giants keep growing"
    assert article.published == date(2021, 4, 20)
    assert "207.64 million paid memberships" in article.text
    assert article.article_id.startswith("streaming-giants-keep-growing-")
    sent = responses.calls[0].request
    assert sent.headers["User-Agent"] == DEFAULT_USER_AGENT


@responses.activate
def test_user_agent_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("FACTCHECK_USER_AGENT", "acme-factcheck/1.0 (ops@acme.example)")
    responses.get(URL, body="Plain words: 3 million.", content_type="text/plain")
    article = read_article(URL, save_raw=False, session=requests.Session())
    assert article.text == "Plain words: 3 million."
    assert responses.calls[0].request.headers["User-Agent"] == (
        "acme-factcheck/1.0 (ops@acme.example)"
    )


@responses.activate
def test_charset_from_http_header_decodes_the_page():
    html = "<html><body><p>Un café à 3 €</p></body></html>".encode("cp1252")
    responses.get(URL, body=html, content_type="text/html; charset=ISO-8859-1")
    assert read_article(URL, save_raw=False).text == "Un café à 3 €"


def one_line_error(location: str, **kwargs) -> str:
    with pytest.raises(ArticleError) as info:
        read_article(location, save_raw=False, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


@responses.activate
def test_http_404_is_a_one_line_error_with_the_status():
    responses.get(URL, status=404, body="not here")
    message = one_line_error(URL)
    assert "HTTP 404" in message
    assert URL in message


@responses.activate
def test_oversized_stream_is_cut_off():
    responses.get(URL, body=b"a" * 5_100_000, content_type="text/plain")
    assert one_line_error(URL).startswith("article larger than 5 MB")


@responses.activate
def test_declared_oversize_is_refused_before_reading():
    responses.get(
        URL, body=b"small", content_type="text/html", headers={"Content-Length": "9000000"},
        auto_calculate_content_length=False,
    )
    assert one_line_error(URL).startswith("article larger than 5 MB")


@responses.activate
@pytest.mark.parametrize("content_type", ["application/pdf", "image/png"])
def test_non_text_content_types_are_not_articles(content_type):
    responses.get(URL, body=b"%PDF-1.4 ...", content_type=content_type)
    message = one_line_error(URL)
    assert "not an article" in message
    assert content_type in message


@responses.activate
@pytest.mark.parametrize(
    "exc", [requests.exceptions.ConnectTimeout("slow"), requests.exceptions.ReadTimeout("slow")]
)
def test_timeouts_are_one_line_errors(exc):
    responses.get(URL, body=exc)
    assert one_line_error(URL, timeout=7) == f"timed out fetching {URL} after 7 s"


@responses.activate
def test_connection_failure_is_a_one_line_error():
    responses.get(URL, body=requests.exceptions.ConnectionError("Max retries exceeded\nboom"))
    assert one_line_error(URL) == f"could not connect to news.example.org to fetch {URL}"


@responses.activate
def test_raw_page_is_saved_once_per_retrieval(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_HOME", str(tmp_path))
    body = (FIXTURES / "time-only.html").read_bytes()
    responses.get(URL, body=body, content_type="text/html")

    read_article(URL)
    web = tmp_path / "data" / "raw" / "articles" / "web"
    first = sorted(web.glob("*.html"))
    assert len(first) == 1
    assert first[0].read_bytes() == body
    meta = json.loads(first[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["url"] == URL
    assert meta["retrieved_at"]
    assert meta["bytes"] == len(body)

    first_mtime = first[0].stat().st_mtime_ns
    read_article(URL)
    saved = sorted(web.glob("*.html"))
    assert len(saved) == 2
    assert first[0].stat().st_mtime_ns == first_mtime
    assert len(list(web.glob("*.json"))) == 2


# --------------------------------------------------------------------------- ids


def test_article_id_is_stable_and_depends_on_the_source_not_the_text():
    source = "data/raw/articles/top-10-companies-using-python.txt"
    first = article_id(source, "old text")
    assert first == article_id(source, "old text")
    assert first == article_id(source, "edited text")
    assert re.fullmatch(r"top-10-companies-using-python-[0-9a-f]{8}", first)
    assert article_id("other/top-10-companies-using-python.txt", "old text") != first
    assert article_id(URL, "x").startswith("streaming-giants-keep-growing-")
    assert article_id("https://example.org/", "x").startswith("example-org-")


def test_reread_article_keeps_its_id_when_the_text_changes(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Story\n\nUber has 15 million trips.", encoding="utf-8")
    before = read_article(path)
    path.write_text("Story\n\nUber has 25 million trips.", encoding="utf-8")
    after = read_article(path)
    assert before.article_id == after.article_id
    assert before.text != after.text


def test_text_to_article_accepts_bytes():
    article = text_to_article("Titel\n\nÜber 2 Millionen.".encode("cp1252"), "t.txt")
    assert article.text == "Titel\n\nÜber 2 Millionen."


@responses.activate
def test_server_errors_are_unavailable_but_not_found_is_not():
    from factcheck.articles import ArticleUnavailable

    responses.get("https://news.example.org/down", status=503)
    responses.get("https://news.example.org/gone", status=404)
    with pytest.raises(ArticleUnavailable, match="HTTP 503"):
        read_article("https://news.example.org/down", save_raw=False)
    with pytest.raises(ArticleError, match="HTTP 404") as info:
        read_article("https://news.example.org/gone", save_raw=False)
    assert not isinstance(info.value, ArticleUnavailable)


def test_html_bylines_author_boxes_and_post_meta_are_not_the_article():
    html = (
        "<html><body><main><article><h1>Top 5 Companies Using Python</h1>"
        '<p class="byline">By Jane Doe · 5 min read · 1,234 views</p>'
        '<div class="post-meta">Updated 3 hours ago · 48 comments</div>'
        "<p>Spotify has 236 million premium subscribers.</p>"
        '<p class="author-bio">Jane Doe has written 300 articles for TechBlog.</p>'
        "</article></main></body></html>"
    )
    article = html_to_article(html, "t.html")
    assert paragraphs(article.text) == [
        "Top 5 Companies Using Python",
        "Spotify has 236 million premium subscribers.",
    ]
