"""RSS and Atom feeds: parse bytes into FeedItems, and poll a feed through the guarded fetcher."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml.etree import ParserError

from .ingest.errors import IngestError

if TYPE_CHECKING:
    from .ingest.fetcher import Fetcher

__all__ = [
    "FEED_ACCEPT",
    "FEED_CONTENT_TYPES",
    "FeedItem",
    "FeedResult",
    "NotAFeed",
    "fetch_feed",
    "parse_feed",
]

FEED_CONTENT_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
# Servers often label feeds loosely (text/html, text/plain, octet-stream): the parser, not the
# label, decides whether the bytes are a feed (NotAFeed otherwise), so those types are fetched too.
FEED_ACCEPT = FEED_CONTENT_TYPES | {"text/html", "text/plain", "application/octet-stream"}

_SPACE = re.compile(r"\s+")


class NotAFeed(IngestError):
    """The address answered with something that is neither RSS nor Atom."""

    message = "That address is not an RSS or Atom feed; check the feed's URL."
    key = "feed_not_a_feed"


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, reduced to plain text and an aware UTC time."""

    id: str
    link: str | None
    title: str
    summary: str
    published: datetime | None
    source: str
    source_url: str | None = None

    @property
    def key(self) -> str:
        """What identifies the item across feeds and polls: its link, else its id."""
        return self.link or self.id

    @property
    def text(self) -> str:
        """Title and summary as one text, for matching and as the fallback to brief."""
        if not self.summary:
            return self.title
        return f"{self.title}\n\n{self.summary}" if self.title else self.summary


@dataclass(frozen=True)
class FeedResult:
    """One poll of one feed: its items (empty when not modified) and the validators for the next."""

    url: str
    items: tuple[FeedItem, ...]
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    title: str | None = None


def plain_text(fragment: str) -> str:
    """The visible text of an HTML fragment (feed summaries are often HTML), whitespace collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return _SPACE.sub(" ", fragment).strip()
    try:
        text = lxml.html.fromstring(f"<div>{fragment}</div>").text_content()
    except (ParserError, ValueError):
        text = re.sub(r"<[^>]*>", " ", fragment)
    return _SPACE.sub(" ", text).strip()


def _when(entry: Mapping[str, Any]) -> datetime | None:
    """The entry's publication (else update) time in UTC; feedparser gives struct_time in UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                return datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _site_name(feed: Mapping[str, Any], url: str | None) -> str:
    """A short name for the outlet: the feed's title, else the host of its site or URL."""
    title = plain_text(str(feed.get("title") or ""))
    if title:
        return title
    host = urlsplit(str(feed.get("link") or url or "")).hostname or ""
    return host.removeprefix("www.") or "unknown feed"


def parse_feed(data: bytes, url: str | None = None, content_type: str | None = None) -> tuple[FeedItem, ...]:
    """The items of an RSS or Atom document (raises NotAFeed when the bytes are not a feed)."""
    headers = {"content-type": content_type} if content_type else {}
    # Bytes, never a string: feedparser treats a string that looks like a URL as one and fetches it.
    parsed = feedparser.parse(bytes(data), response_headers=headers, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise NotAFeed(detail=f"{url}: {reason!r}" if reason else url)
    source = _site_name(parsed.feed, url)
    source_url = parsed.feed.get("link") or url
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = (entry.get("link") or "").strip() or None
        title = plain_text(str(entry.get("title") or ""))
        summary = plain_text(str(entry.get("summary") or ""))
        if not summary and entry.get("content"):
            summary = plain_text(str(entry.content[0].get("value") or ""))
        if not (title or summary):
            continue
        ident = (entry.get("id") or "").strip() or link
        if not ident:
            ident = "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()
        items.append(FeedItem(ident, link, title, summary, _when(entry), source, source_url))
    return tuple(items)


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """A response header by case-insensitive name."""
    for key, value in (headers or {}).items():
        if key.lower() == name:
            return value
    return None


async def fetch_feed(
    url: str, fetcher: Fetcher, etag: str | None = None, last_modified: str | None = None
) -> FeedResult:
    """Poll `url` through the guarded fetcher, conditionally when validators are given.

    Unchanged since the validators → `not_modified` and no items. Fetch failures raise IngestError
    (with its one-line message); a page that is not a feed raises NotAFeed.
    """
    page = await fetcher.fetch(url, FEED_ACCEPT, etag=etag, last_modified=last_modified)
    new_etag = _header(page.headers, "etag") or etag
    new_modified = _header(page.headers, "last-modified") or last_modified
    if page.status == 304:
        return FeedResult(url, (), new_etag, new_modified, not_modified=True)
    items = parse_feed(page.body, page.url, page.content_type)
    return FeedResult(url, items, new_etag, new_modified, title=items[0].source if items else None)
