"""HTML to Document: extraction quality on real pages, walls, encodings, links in messages."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter

import pytest
from conftest import shared_path
from local_server import CONSENT_HTML, OWN_PARAGRAPHS, PAYWALL_HTML, article_html

from bot.briefing.model import Document
from bot.ingest.article import article_text, decode_html, extract_document, extract_text, wall_kind
from bot.ingest.errors import IngestError, NotAnArticle, Paywalled, Unreadable
from bot.ingest.link import document_from_html, find_links

# --- extraction quality on real pages (read from ../shared at run time) ----------------------------------


def token_f1(truth: str, predicted: str) -> float:
    """F1 of the multisets of word tokens (the benchmark's tokens, single rather than 4-grams)."""
    t, p = Counter(re.findall(r"\w+", truth)), Counter(re.findall(r"\w+", predicted))
    overlap = sum((t & p).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(t.values())
    return 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def real_pages() -> list[tuple[str, str, str]]:
    """(HTML bytes decoded, URL, true body) for the first 20 pages of the extraction set by id."""
    folder = shared_path("data", "article-extraction")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth)[:20]:
        raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pages.append((decode_html(raw), truth[key]["url"], truth[key]["articleBody"]))
    return pages


def test_extraction_matches_ground_truth_on_real_pages(real_pages: list[tuple[str, str, str]]) -> None:
    scores = [token_f1(body, extract_text(html, url)) for html, url, body in real_pages]
    assert sum(scores) / len(scores) >= 0.9, scores
    assert sum(s >= 0.8 for s in scores) >= 17, scores


def test_real_articles_are_not_taken_for_walls(real_pages: list[tuple[str, str, str]]) -> None:
    # Full articles (150+ true words) must come through; shorter truths may be paywall teasers.
    full = [(html, url) for html, url, body in real_pages if len(body.split()) >= 150]
    assert len(full) >= 15
    for html, url in full:
        doc = extract_document(html, url)
        assert doc.url == url and doc.site and doc.title


# --- walls and non-articles, on our own small pages -----------------------------------------------------


def test_consent_wall_is_paywalled() -> None:
    with pytest.raises(Paywalled) as caught:
        document_from_html(CONSENT_HTML, "https://news.example/story")
    assert str(caught.value) == Paywalled.message
    assert "paywall or cookie wall" in Paywalled.message and "paste the article text" in Paywalled.message


def test_subscribe_stub_is_paywalled() -> None:
    with pytest.raises(Paywalled):
        document_from_html(PAYWALL_HTML, "https://news.example/story")


def test_free_access_false_on_a_short_page_is_paywalled() -> None:
    teaser = article_html(paragraphs=OWN_PARAGRAPHS[:2]).replace(
        "</head>", '<script type="application/ld+json">{"isAccessibleForFree": "False"}</script></head>'
    )
    with pytest.raises(Paywalled):
        document_from_html(teaser)


def test_wall_phrase_found_in_an_xhtml_page_with_an_xml_declaration() -> None:
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<article><h1>Talks resume</h1><p>Delegations returned to the table on Monday.</p></article>"
        "<div class='paywall-box'><p>Subscribe to continue reading</p></div></body></html>"
    )
    # The phrase sits outside the extracted text: it is found in the page's own text.
    assert wall_kind("Delegations returned to the table on Monday.", xhtml) == "paywall"
    with pytest.raises(Paywalled):
        document_from_html(xhtml)


def test_non_english_walls_are_recognised() -> None:
    french = (
        "<html lang='fr'><body><article><h1>Trêve à la frontière</h1><p>Les ministres se sont réunis"
        " dimanche soir.</p><p>Cet article est réservé aux abonnés. Déjà abonné ? Connectez-vous.</p>"
        "</article></body></html>"
    )
    german = (
        "<html lang='de'><body><div><h2>Datenschutz</h2><p>Wir verwenden Cookies, um Inhalte zu"
        " personalisieren.</p><button>Alle akzeptieren</button><button>Alle ablehnen</button></div>"
        "</body></html>"
    )
    for html in (french, german):
        with pytest.raises(Paywalled):
            document_from_html(html)


def test_short_article_with_cookie_banner_and_newsletter_box_is_an_article() -> None:
    html = article_html().replace(
        "<footer>",
        "<div id='cookie-banner'>We use cookies. <button>Accept all</button></div>"
        "<aside><p>Subscribe to our newsletter for the morning briefing.</p></aside><footer>",
    )
    doc = document_from_html(html, "https://www.news.example/2025/border")
    assert doc.text.splitlines() == list(OWN_PARAGRAPHS)
    assert doc.site == "news.example"


def test_long_article_mentioning_a_wall_phrase_is_an_article() -> None:
    aside = "Readers already a subscriber to the print edition can read it there."
    paragraphs = (*OWN_PARAGRAPHS * 6, aside)
    doc = document_from_html(article_html(paragraphs=paragraphs))
    assert len(doc.text.split()) > 400


def test_page_without_article_text_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="no article text"):
        document_from_html("<html><body><nav><a href='/'>Home</a></nav><p>Photo gallery</p></body></html>")
    with pytest.raises(NotAnArticle):
        document_from_html(b"")


def test_walls_json_is_a_data_file_with_both_kinds() -> None:
    from importlib import resources

    walls = json.loads(resources.files("bot.ingest").joinpath("data/walls.json").read_text(encoding="utf-8"))
    assert len(walls["paywall"]) >= 20 and len(walls["consent"]) >= 20
    assert all(p == p.lower() for p in walls["paywall"] + walls["consent"])


# --- metadata --------------------------------------------------------------------------------------------


def test_metadata_is_extracted() -> None:
    html = article_html().replace(
        "</head>",
        '<meta name="author" content="Amina Rahimi">'
        '<meta property="article:published_time" content="2025-10-12T08:30:00Z">'
        '<meta property="og:site_name" content="Frontier Post"></head>',
    )
    doc = document_from_html(html, "https://frontier.example/a/1")
    assert (doc.title, doc.author, doc.published, doc.site) == (
        "Border crossing reopens",
        "Amina Rahimi",
        "2025-10-12",
        "Frontier Post",
    )
    assert doc.language_hint == "en"
    header = (
        "Border crossing reopens\nFrontier Post · Amina Rahimi · 2025-10-12\nhttps://frontier.example/a/1\n\n"
    )
    assert article_text(doc) == header + doc.text
    assert article_text(Document(text="Only text.")) == "Only text."


# --- encodings -------------------------------------------------------------------------------------------

RUSSIAN = (
    "Власти приграничного города сообщили, что пункт пропуска вновь открылся во вторник утром после"
    " трёх дней закрытия. Грузовики с продовольствием и топливом снова двинулись через границу."
)


def russian_page(meta: str = "") -> str:
    """A tiny Russian page with an optional <meta> in its head."""
    body = f"<body><article><p>{RUSSIAN}</p></article></body>"
    return f"<html><head>{meta}<title>Граница</title></head>{body}</html>"


@pytest.mark.parametrize(
    ("body", "http_charset"),
    [
        (russian_page().encode("cp1251"), "windows-1251"),
        (russian_page('<meta charset="windows-1251">').encode("cp1251"), None),
        (
            russian_page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">').encode(
                "koi8_r"
            ),
            None,
        ),
        (russian_page().encode("utf-8"), None),
        (b"\xef\xbb\xbf" + russian_page().encode("utf-8"), "windows-1251"),  # BOM wins over HTTP
        (russian_page().encode("utf-16"), None),
        (russian_page().encode("cp1251"), None),  # nothing declared: detected
        (russian_page('<meta charset="utf-8">').encode("cp1251"), None),  # declared wrongly: detected
    ],
)
def test_encodings_are_decoded(body: bytes, http_charset: str | None) -> None:
    assert RUSSIAN in decode_html(body, http_charset)


def test_latin1_label_means_windows_1252() -> None:
    body = "<p>“Ceasefire” — €5</p>".encode("cp1252")
    assert decode_html(body, "ISO-8859-1") == "<p>“Ceasefire” — €5</p>"


def test_binary_is_unreadable() -> None:
    with pytest.raises(Unreadable) as caught:
        decode_html(bytes(range(256)) * 64, "utf-8")
    assert "encoding" in str(caught.value)
    assert isinstance(caught.value, IngestError)


def test_document_from_html_accepts_bytes_with_a_charset() -> None:
    html = article_html().replace("<meta charset='utf-8'>", "")
    doc = document_from_html(html.encode("cp1252"), "https://news.example/x", encoding="cp1252")
    assert doc.text.startswith("Officials in the border town")


# --- links in messages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "links"),
    [
        ("Read this: https://news.example/a/b?x=1. Terrible.", ["https://news.example/a/b?x=1"]),
        (
            "(see https://en.wikipedia.org/wiki/Durand_Line_(border))",
            ["https://en.wikipedia.org/wiki/Durand_Line_(border)"],
        ),
        (
            "two: http://a.example/1, www.b.example/2; and http://a.example/1 again",
            ["http://a.example/1", "https://www.b.example/2"],
        ),
        ("cut: https://www.arabnews.com/node/…", ["https://www.arabnews.com/node/…"]),
        ("«https://news.example/ar»، وقال", ["https://news.example/ar"]),
        ("local http://[::1]:8080/x!", ["http://[::1]:8080/x"]),
        ("no links here, just www. and http:// fragments", []),
        ("HTTPS://NEWS.EXAMPLE/Caps", ["HTTPS://NEWS.EXAMPLE/Caps"]),
    ],
)
def test_find_links(message: str, links: list[str]) -> None:
    assert find_links(message) == links
