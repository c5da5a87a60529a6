"""Links to Documents: find the URLs in a message, fetch one safely, extract its article."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import urlsplit

from bot.briefing.model import Document
from bot.ingest.article import MIN_ARTICLE_WORDS, decode_html, extract_document
from bot.ingest.errors import NotAnArticle
from bot.ingest.fetcher import Fetcher

# A URL starts at a scheme or "www." and runs to whitespace, a quote or an angle bracket; an IPv6
# literal keeps its brackets. Trailing punctuation is trimmed afterwards (see _trim).
_URL = re.compile(r"""(?:\bhttps?://|\bwww\.)(?:\[[0-9A-Fa-f:.%]+\])?[^\s<>"'`«»“”‘’\[\]]*""", re.I)
_TRAILING = ".,;:!?)]}*_~،؛۔。、"
_CLOSERS = {")": "(", "]": "["}


def _trim(url: str) -> str:
    """`url` without the sentence punctuation that followed it; balanced closing brackets stay."""
    while url and url[-1] in _TRAILING:
        last = url[-1]
        if last in _CLOSERS and url.count(_CLOSERS[last]) >= url.count(last):
            break
        url = url[:-1]
    return url


def find_links(text: str) -> list[str]:
    """The http(s) links in a message, in order, without duplicates ("www.x" gets https://).

    A link that ends in "…" (cut off by a preview) keeps the ellipsis so fetching it fails cleanly.
    """
    links: list[str] = []
    for match in _URL.finditer(text):
        url = _trim(match.group(0))
        if url.lower().startswith("www."):
            url = "https://" + url
        host = urlsplit(url).netloc if "://" in url else ""
        if host.strip("/.") and url not in links:
            links.append(url)
    return links


def document_from_html(html: str | bytes, url: str | None = None, *, encoding: str | None = None) -> Document:
    """The article in an HTML page (bytes decoded by BOM, `encoding`, <meta>, then detection)."""
    text = html if isinstance(html, str) else decode_html(html, encoding)
    return extract_document(text, url)


async def document_from_url(url: str, fetcher: Fetcher) -> Document:
    """The article at `url`, fetched by the guarded fetcher; raises an IngestError with a user message."""
    page = await fetcher.fetch(url)  # malformed and cut-off links fail here before any network work
    host = urlsplit(page.url).hostname
    site = host.removeprefix("www.") if host else None
    if page.content_type == "text/plain":
        text = decode_html(page.body, page.encoding).strip()
        if len(text.split()) < MIN_ARTICLE_WORDS:
            raise NotAnArticle(detail=f"{len(text.split())} words of plain text")
        return Document(text=text, url=page.url, site=site)
    # trafilatura takes tens of milliseconds of CPU: keep the event loop answering meanwhile.
    return await asyncio.to_thread(document_from_html, page.body, page.url, encoding=page.encoding)
