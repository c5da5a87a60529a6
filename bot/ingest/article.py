"""HTML to Document: decode the bytes, extract the article with trafilatura, refuse walls and non-articles."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import charset_normalizer
import lxml.html
import trafilatura
from lxml.etree import ParserError

from bot.briefing.model import Document
from bot.ingest.errors import NotAnArticle, Paywalled, Unreadable

# Chosen by measurement on the article-extraction set (bench/extraction.py): comments are not the
# article, and favor_precision drops more boilerplate than it loses body text...
EXTRACTION_OPTIONS: Mapping[str, Any] = {"include_comments": False, "favor_precision": True}
# ...except on the odd page where precision mode throws the body away: when its text is short, the
# balanced mode is tried too and wins if it found at least twice as much.
FALLBACK_OPTIONS: Mapping[str, Any] = {"include_comments": False}

# Below this many words the page has no article to brief (menus, a video caption, an error page).
MIN_ARTICLE_WORDS = 30
# A page this short that mentions a paywall or consent wall is the wall, not a short article.
STUB_WORDS = 150
# A teaser this long can still end in "subscribe to continue reading": that sentence must be in the
# extracted text itself for a page of this length to count as a paywall.
TEASER_WORDS = 400
# Extracted text that is mostly a cookie notice names several consent phrases at once.
CONSENT_DENSE_PHRASES = 3
CONSENT_DENSE_WORDS = 600

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# WHATWG encoding labels that Python's codecs read differently: browsers decode these as the
# Windows superset, and so must we or curly quotes and euro signs turn into control characters.
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "cp819": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932", "x-sjis": "cp932",
}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_NOT_FREE = re.compile(r""""isAccessibleForFree"\s*:\s*"?(?:false|False|FALSE)\b""")
# Share of U+FFFD a declared charset may produce before we stop trusting the declaration.
_MAX_REPLACEMENT_SHARE = 0.001


def _codec(label: str | None) -> str | None:
    """The Python codec name for an HTML/HTTP charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _meta_charset(body: bytes) -> str | None:
    """The charset a <meta> tag declares in the first 4 KB (where browsers look for it)."""
    match = _META_CHARSET.search(body[:4096])
    if not match:
        return None
    codec = _codec(match.group(1).decode("ascii", "ignore"))
    # A <meta> can only be read if the bytes are ASCII-compatible, so "utf-16" there is a lie.
    return "utf-8" if codec and codec.startswith("utf-16") else codec


def _decode_declared(body: bytes, codec: str) -> str | None:
    """`body` decoded with a declared codec, tolerating a few bad bytes; None if it does not fit."""
    try:
        return body.decode(codec)
    except UnicodeDecodeError:
        text = body.decode(codec, errors="replace")
        return text if text.count("\ufffd") <= len(text) * _MAX_REPLACEMENT_SHARE else None


def decode_html(body: bytes, http_charset: str | None = None) -> str:
    """Page bytes as text: byte-order mark, then HTTP charset, then <meta>, then detection."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared = [c for c in (_codec(http_charset), _meta_charset(body)) if c]
    if not any(c.startswith(("utf-16", "utf-32")) for c in declared) and body[:4096].count(0) > 8:
        # NUL bytes in an ASCII-compatible page mean binary data served as text.
        raise Unreadable(detail="NUL bytes in a page declared as text")
    for codec in declared:
        text = _decode_declared(body, codec)
        if text is not None:
            return text
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body[:65536]).best()
    if best is not None:
        text = _decode_declared(body, best.encoding)
        if text is not None:
            return text
    raise Unreadable(detail=f"declared {declared or 'nothing'}, detection failed")


@lru_cache(maxsize=1)
def _walls() -> dict[str, tuple[str, ...]]:
    """The wall phrases from data/walls.json, normalised like the text they are matched against."""
    raw = json.loads(resources.files("bot.ingest").joinpath("data/walls.json").read_text(encoding="utf-8"))
    return {kind: tuple(_normalise(p) for p in raw[kind]) for kind in ("paywall", "consent")}


def _normalise(text: str) -> str:
    """Lower-case, straight apostrophes, ZWNJ kept, runs of whitespace collapsed to one space."""
    text = text.lower().replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(text.split())


def _phrases(kind: str, text: str) -> list[str]:
    """The `kind` wall phrases found in (normalised) `text`."""
    return [p for p in _walls()[kind] if p in text]


def _page_text(html: str) -> str:
    """The visible text of the whole page (scripts and styles dropped), normalised."""
    try:
        # lxml refuses str input that still carries an XML encoding declaration.
        tree = lxml.html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ParserError, ValueError):
        return ""
    for node in tree.xpath("//script|//style|//template"):
        node.drop_tree()
    return _normalise(tree.text_content())


def wall_kind(text: str, html: str) -> str | None:
    """'paywall' or 'consent' if the page is such a wall rather than the article, else None."""
    words = len(text.split())
    if words >= CONSENT_DENSE_WORDS:
        return None
    extracted = _normalise(text)
    if words < TEASER_WORDS and _phrases("paywall", extracted):
        return "paywall"
    consent_in_text = _phrases("consent", extracted)
    if len(consent_in_text) >= CONSENT_DENSE_PHRASES:
        return "consent"
    if words >= STUB_WORDS:
        return None
    if consent_in_text:
        return "consent"
    page = _page_text(html)
    if _phrases("paywall", page) or _NOT_FREE.search(html):
        return "paywall"
    if words < MIN_ARTICLE_WORDS and _phrases("consent", page):
        return "consent"
    return None


def _hostname(url: str | None) -> str | None:
    """The host part of `url` without a leading www., or None."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def check_article(text: str, html: str) -> None:
    """Raise Paywalled if `text` extracted from `html` is a wall, NotAnArticle if it is too short."""
    kind = wall_kind(text, html)
    if kind is not None:
        raise Paywalled(detail=kind)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise NotAnArticle(
            "That page has no article text I can read; send a link to a news article or paste its text.",
            key="link_no_text",
            detail=f"{len(text.split())} words extracted",
        )


def extract_text(html: str, url: str | None = None, options: Mapping[str, Any] | None = None) -> str:
    """The main text trafilatura finds in `html` (paragraphs joined by newlines), '' if none."""
    return _bare(html, url, options)[0]


def _bare(html: str, url: str | None, options: Mapping[str, Any] | None) -> tuple[str, Any]:
    """(main text, trafilatura's result) with the chosen options and fallback, or the given options."""
    if options is not None:
        return _run(html, url, options)
    text, result = _run(html, url, EXTRACTION_OPTIONS)
    if len(text.split()) < STUB_WORDS:
        other, other_result = _run(html, url, FALLBACK_OPTIONS)
        if len(other.split()) >= 2 * len(text.split()):
            return other, other_result
    return text, result


def _without_title(text: str, title: str | None) -> str:
    """`text` without a first line that repeats the headline (Document.title carries it)."""
    first, _, rest = text.partition("\n")
    if title and rest and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest.lstrip("\n")
    return text


def _run(html: str, url: str | None, options: Mapping[str, Any]) -> tuple[str, Any]:
    """(main text, trafilatura's result with metadata or None) for one set of options."""
    opts = dict(options)
    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, **opts)
    except (ValueError, TypeError, ParserError) as exc:
        raise NotAnArticle(detail=f"trafilatura failed: {exc!r}") from exc
    if result is None:
        return "", None
    return _without_title((result.text or "").strip(), result.title), result


def extract_document(html: str, url: str | None = None, options: Mapping[str, Any] | None = None) -> Document:
    """The article in `html` as a Document; raises Paywalled or NotAnArticle when there is none."""
    text, result = _bare(html, url, options)
    check_article(text, html)
    lang = _HTML_LANG.search(html[:4096])
    return Document(
        text=text,
        title=(result.title or None),
        url=url or result.url or None,
        site=result.sitename or result.hostname or _hostname(url),
        author=result.author or None,
        published=result.date or None,
        language_hint=lang.group(1).lower() if lang else None,
    )


def article_text(doc: Document) -> str:
    """The article as plain text for `python -m bot extract`: a header of what is known, then the body."""
    header = [doc.title, " · ".join(x for x in (doc.site, doc.author, doc.published) if x), doc.url]
    lines = [x for x in header if x]
    return "\n".join([*lines, "", doc.text]) if lines else doc.text
