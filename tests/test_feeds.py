"""Feeds: RSS and Atom parsed, polled on 127.0.0.1 through the guarded fetcher, conditional GET honoured.

Feeds are built at test time from real pages of ../shared/data/article-extraction (their titles and a
local link to each); nothing third-party is stored in the repo.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import pytest
from conftest import shared_path

from bot.digest.stories import group_items
from bot.feeds import FeedItem, NotAFeed, fetch_feed, parse_feed
from bot.ingest.errors import BlockedAddress, IngestError
from bot.ingest.fetcher import Fetcher
from bot.ingest.link import document_from_html
from bot.settings import Settings

# Pages of the extraction set about Afghanistan, Bolivia and Syria (chosen by their ground truth).
PAGE_IDS = ("7916ecca", "a1fca19b", "4a44ab3e", "1ee91d1f")
NOW = datetime.now(UTC).replace(microsecond=0)


# --- a small local web server ---------------------------------------------------------------------


@dataclass
class Resource:
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: datetime | None = None


@dataclass
class LocalSite:
    """Resources by path on 127.0.0.1, with ETag/Last-Modified validators and a log of requests."""

    resources: dict[str, Resource] = field(default_factory=dict)
    log: list[tuple[str, int]] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            res = site.resources.get(self.path)
            if res is None:
                self._answer(404, b"not found", "text/plain")
                return
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            unchanged = (res.etag is not None and inm == res.etag) or (
                inm is None
                and ims is not None
                and res.last_modified is not None
                and ims == format_datetime(res.last_modified, usegmt=True)
            )
            if unchanged:
                self._answer(304, b"", None, res)
            else:
                self._answer(200, res.body, res.content_type, res)

        def _answer(self, status: int, body: bytes, ctype: str | None, res: Resource | None = None) -> None:
            site.log.append((self.path, status))
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if res is not None and res.etag:
                self.send_header("ETag", res.etag)
            if res is not None and res.last_modified:
                self.send_header("Last-Modified", format_datetime(res.last_modified, usegmt=True))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[LocalSite]:
    """A local site on 127.0.0.1 (a free port), shut down after the test."""
    local = LocalSite()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(local))
    local.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield local
    finally:
        server.shutdown()
        server.server_close()


# --- feeds built at test time ----------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    summary: str
    published: datetime
    guid: str = ""


def rss(title: str, site_link: str, entries: list[Entry]) -> bytes:
    """An RSS 2.0 document for `entries` (summaries as escaped HTML, as most feeds send them)."""
    items = "".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.link)}</link>"
        f'<guid isPermaLink="false">{escape(e.guid or e.link)}</guid>'
        f"<description>{escape('<p>' + escape(e.summary) + '</p>')}</description>"
        f"<pubDate>{format_datetime(e.published, usegmt=True)}</pubDate></item>"
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(site_link)}</link><description>test feed</description>"
        f"{items}</channel></rss>"
    ).encode()


def atom(title: str, site_link: str, entries: list[Entry]) -> bytes:
    """An Atom 1.0 document for `entries`."""
    parts = "".join(
        f'<entry><title>{escape(e.title)}</title><link href="{escape(e.link)}"/>'
        f"<id>{escape(e.guid or e.link)}</id><updated>{e.published.isoformat()}</updated>"
        f'<summary type="text">{escape(e.summary)}</summary></entry>'
        for e in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>{escape(title)}</title><link href="{escape(site_link)}"/><id>{escape(site_link)}</id>'
        f"<updated>{NOW.isoformat()}</updated>{parts}</feed>"
    ).encode()


@dataclass(frozen=True)
class RealPage:
    id: str
    html: bytes
    title: str
    lead: str


def real_pages() -> list[RealPage]:
    """The chosen pages of the extraction set: raw HTML, the title it carries and its first sentence."""
    folder = shared_path("data", "article-extraction", "html")
    truth = json.loads(shared_path("data", "article-extraction", "ground-truth.json").read_text("utf-8"))
    pages = []
    for short in PAGE_IDS:
        full = next((k for k in truth if k.startswith(short)), None)
        if full is None:
            pytest.skip(f"page {short} is not in the extraction set")
        html = gzip.decompress((folder / f"{full}.html.gz").read_bytes())
        doc = document_from_html(html, truth[full]["url"])
        body = truth[full]["articleBody"].strip()
        pages.append(RealPage(short, html, doc.title or body.split(".")[0], body.split("\n")[0][:300]))
    return pages


def settings() -> Settings:
    return Settings(SITREP_FETCH_ALLOW="127.0.0.1", SITREP_FEEDS="", _env_file=None)


# --- parsing ---------------------------------------------------------------------------------------


def test_rss_parses_to_items_with_utc_times_and_plain_summaries() -> None:
    pages = real_pages()
    entries = [
        Entry(p.title, f"https://example.org/{p.id}", p.lead, NOW - timedelta(hours=n))
        for n, p in enumerate(pages)
    ]
    items = parse_feed(rss("Outlet One", "https://example.org/", entries), "https://example.org/rss")
    assert [i.title for i in items] == [p.title for p in pages]
    first = items[0]
    assert first.link == "https://example.org/7916ecca"
    assert first.source == "Outlet One"
    assert first.published == NOW and first.published.tzinfo is not None
    assert "<p>" not in first.summary and first.summary.startswith(pages[0].lead[:40])
    assert first.key == first.link


def test_atom_parses_with_ids_and_offsets_normalised_to_utc() -> None:
    pages = real_pages()
    karachi = NOW.astimezone(timezone(timedelta(hours=5)))  # written with a +05:00 offset
    entry = Entry(pages[1].title, "https://example.net/a", "Short summary & more.", karachi, "tag:x,1")
    doc = atom("Outlet Two", "https://example.net/", [entry])
    assert b"+05:00" in doc
    [item] = parse_feed(doc)
    assert item.id == "tag:x,1"
    assert item.title == pages[1].title
    assert item.source == "Outlet Two"
    assert item.summary == "Short summary & more."
    assert item.published == NOW and item.published.utcoffset() == timedelta(0)


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(NotAFeed):
        parse_feed(real_pages()[0].html, "https://example.org/page")


def test_items_without_link_or_id_get_a_stable_id() -> None:
    doc = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Border reopens</title><description>Trucks crossed.</description></item>"
        b"</channel></rss>"
    )
    [a] = parse_feed(doc)
    [b] = parse_feed(doc)
    assert a.link is None and a.id.startswith("sha1:") and a.id == b.id and a.published is None


# --- polling over 127.0.0.1 ------------------------------------------------------------------------


async def test_fetch_feed_and_conditional_get_by_etag(site: LocalSite) -> None:
    pages = real_pages()
    entries = [Entry(p.title, site.url(f"/a/{p.id}.html"), p.lead, NOW) for p in pages]
    site.resources["/rss"] = Resource(
        rss("Outlet One", site.url("/"), entries), "application/rss+xml", etag='"v1"', last_modified=NOW
    )
    fetcher = Fetcher(settings())
    try:
        first = await fetch_feed(site.url("/rss"), fetcher)
        assert not first.not_modified and len(first.items) == len(pages)
        assert first.etag == '"v1"' and first.last_modified
        second = await fetch_feed(site.url("/rss"), fetcher, first.etag, first.last_modified)
        assert second.not_modified and second.items == ()
        assert second.etag == '"v1"'
        # A changed feed (new ETag) comes back in full.
        site.resources["/rss"].etag = '"v2"'
        third = await fetch_feed(site.url("/rss"), fetcher, second.etag, second.last_modified)
        assert not third.not_modified and third.etag == '"v2"'
    finally:
        await fetcher.aclose()
    assert [status for _, status in site.log] == [200, 304, 200]


async def test_conditional_get_by_last_modified_only(site: LocalSite) -> None:
    entries = [Entry("Talks resume at the border", site.url("/x"), "Delegations met on Sunday.", NOW)]
    site.resources["/atom"] = Resource(
        atom("Outlet Two", site.url("/"), entries),
        "application/atom+xml",
        last_modified=NOW - timedelta(days=1),
    )
    fetcher = Fetcher(settings())
    try:
        first = await fetch_feed(site.url("/atom"), fetcher)
        assert first.etag is None and first.last_modified
        second = await fetch_feed(site.url("/atom"), fetcher, last_modified=first.last_modified)
    finally:
        await fetcher.aclose()
    assert second.not_modified
    assert [status for _, status in site.log] == [200, 304]


async def test_feed_served_as_text_html_is_still_read_and_a_page_is_refused(site: LocalSite) -> None:
    entries = [Entry("Talks resume at the border", site.url("/x"), "Delegations met on Sunday.", NOW)]
    site.resources["/loose"] = Resource(rss("Loose", site.url("/"), entries), "text/html; charset=utf-8")
    site.resources["/page"] = Resource(real_pages()[0].html, "text/html")
    fetcher = Fetcher(settings())
    try:
        assert len((await fetch_feed(site.url("/loose"), fetcher)).items) == 1
        with pytest.raises(NotAFeed):
            await fetch_feed(site.url("/page"), fetcher)
        with pytest.raises(IngestError):
            await fetch_feed(site.url("/missing"), fetcher)
    finally:
        await fetcher.aclose()


async def test_feed_on_a_loopback_address_is_refused_without_the_allow_list(site: LocalSite) -> None:
    site.resources["/rss"] = Resource(rss("Outlet", site.url("/"), []), "application/rss+xml")
    fetcher = Fetcher(Settings(SITREP_FETCH_ALLOW="", _env_file=None))
    try:
        with pytest.raises(BlockedAddress):
            await fetch_feed(site.url("/rss"), fetcher)
    finally:
        await fetcher.aclose()
    assert site.log == []


async def test_same_story_from_two_feeds_groups_into_one(site: LocalSite) -> None:
    pages = real_pages()
    one = [Entry(p.title, site.url(f"/one/{p.id}"), p.lead, NOW) for p in pages]
    # The second outlet runs the first story under its own link and a reworded headline.
    words = pages[0].title.split()
    reworded = " ".join(words[-2:] + words[:-2]) + " officials say"
    two = [Entry(reworded, site.url("/two/helicopter"), pages[0].lead, NOW - timedelta(minutes=30))]
    site.resources["/one.rss"] = Resource(rss("Outlet One", site.url("/"), one), "application/rss+xml")
    site.resources["/two.atom"] = Resource(atom("Outlet Two", site.url("/"), two), "application/atom+xml")
    fetcher = Fetcher(settings())
    try:
        a = await fetch_feed(site.url("/one.rss"), fetcher)
        b = await fetch_feed(site.url("/two.atom"), fetcher)
    finally:
        await fetcher.aclose()
    groups = group_items([*a.items, *b.items])
    assert len(groups) == len(pages)
    [pair] = [g for g in groups if len(g) > 1]
    assert {i.source for i in pair} == {"Outlet One", "Outlet Two"}
    assert all(isinstance(i, FeedItem) for g in groups for i in g)
