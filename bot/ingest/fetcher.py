"""The guarded async fetcher: public addresses only, checked at connect time, with time and size limits."""

from __future__ import annotations

import asyncio
import re
import ssl
import time
import typing
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from bot.ingest.addresses import AddressGuard, GuardedTransport, Resolver
from bot.ingest.errors import (
    BadLink,
    FetchFailed,
    IngestError,
    NotAnArticle,
    NotFound,
    Paywalled,
    TimedOut,
    TooLarge,
    Unreadable,
)
from bot.settings import Settings

HTML_TYPES: frozenset[str] = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
FEED_TYPES: frozenset[str] = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
USER_AGENT = "Mozilla/5.0 (compatible; SitrepBot/0.1; +https://github.com/sitrep-bot/sitrep)"
MAX_REDIRECTS = 5
# After IDNA encoding (httpx does it) a host name is letters, digits, hyphens, underscores and dots;
# IPv6 literals (with colons) are checked as addresses later.
_LABEL = r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
_HOST_NAME = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\.?")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Response headers worth keeping: validators for conditional GET, and the page's declared language.
_KEPT_HEADERS = ("etag", "last-modified", "content-language", "cache-control", "date")
# What a page without a Content-Type really is, by its first bytes.
_MAGIC = ((b"%PDF", "application/pdf"), (b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF8", "image/gif"), (b"PK\x03\x04", "application/zip"))
_DAMAGED = "That page's compressed data is damaged; try again later or paste the article text."


@dataclass(frozen=True)
class Page:
    """One fetched page: the final URL after redirects, its status, type, charset and raw body."""

    url: str
    status: int
    content_type: str
    encoding: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redirects: tuple[str, ...] = ()
    fetched_at: float = field(default_factory=time.time)


class PageCache(Protocol):
    """Where recently fetched pages are kept (by final URL, with a TTL); the store implements it.

    The fetcher asks `get` for the link and for each redirect target before requesting it; a store
    may also index a page under its `redirects` so a link that redirected is found next time.
    """

    async def get(self, url: str) -> Page | None:
        """The page fetched from `url` within the TTL, or None."""
        ...

    async def put(self, page: Page) -> None:
        """Keep `page` under `page.url`."""
        ...


def parse_url(url: str) -> httpx.URL:
    """`url` as an absolute http(s) URL; raises BadLink for anything else, including cut-off links."""
    url = url.strip()
    if url.endswith(("…", "...")):
        raise BadLink(
            "That link looks cut off (it ends in …); send the full link.", key="link_cut_off", detail=url
        )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise BadLink(detail=f"{url!r}: {exc}") from exc
    if parsed.scheme not in ("http", "https"):
        raise BadLink(
            "I only fetch http and https links; send a link to a web page.", key="link_not_http", detail=url
        )
    host = parsed.raw_host.decode("ascii", "replace")
    if not host or not (_HOST_NAME.fullmatch(host) or ":" in host):
        raise BadLink(detail=f"{url!r}: host {host!r}")
    return parsed


class _BoundedBody:
    """Collects a body, decompressing gzip/deflate itself so no chunk can expand past the limit."""

    def __init__(self, coding: str, limit: int) -> None:
        self._coding, self._limit = coding, limit
        self._parts: list[bytes] = []
        self._size = 0
        self._inflater: typing.Any = None
        if coding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding not in ("", "identity", "deflate"):
            raise Unreadable(detail=f"content-encoding {coding}")

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise TooLarge(detail=f"more than {self._limit} bytes after decompression")
        self._parts.append(data)

    def feed(self, data: bytes) -> None:
        """Add raw bytes from the wire; raises TooLarge as soon as the decoded body passes the limit."""
        if self._coding == "deflate" and self._inflater is None and data:
            # "deflate" is zlib-wrapped by the spec but raw deflate on some servers; the header tells.
            wrapped = len(data) > 1 and data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        if self._inflater is None:
            self._keep(data)
            return
        try:
            while data:
                self._keep(self._inflater.decompress(data, self._limit - self._size + 1))
                data = self._inflater.unconsumed_tail
                if self._inflater.eof:
                    data = self._inflater.unused_data
                    if not data or self._coding == "deflate":
                        break
                    # Concatenated gzip members: start the next one.
                    self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        except zlib.error as exc:
            raise Unreadable(_DAMAGED, key="link_damaged", detail=str(exc)) from exc

    def body(self) -> bytes:
        """The decoded body."""
        if self._inflater is not None and not self._inflater.eof:
            try:
                self._keep(self._inflater.flush(self._limit - self._size + 1))
            except zlib.error as exc:
                raise Unreadable(_DAMAGED, key="link_damaged", detail=str(exc)) from exc
        return b"".join(self._parts)


def _not_accepted(media_type: str) -> NotAnArticle:
    """The one-line answer for a link whose content type is not a page we read."""
    # Each kind has its own label key: "an image" or "a PDF" does not translate as a slot in one sentence.
    kinds = {
        "image/": ("an image", "link_is_image"),
        "video/": ("a video", "link_is_video"),
        "audio/": ("audio", "link_is_audio"),
        "application/pdf": ("a PDF", "link_is_pdf"),
    }
    kind, key = next((k for prefix, k in kinds.items() if media_type.startswith(prefix)), (None, None))
    what = kind or f"a {media_type or 'non-web'} file"
    key = key or ("link_is_file" if media_type else "link_is_not_web")
    return NotAnArticle(
        f"That link is {what}, not an article; send a link to a news article or paste its text.",
        key=key,
        values={"media_type": media_type} if key == "link_is_file" else None,
        detail=media_type,
    )


def _status_error(status: int) -> IngestError:
    """The error for a non-success HTTP status."""
    if status in (404, 410):
        return NotFound(detail=str(status))
    if status == 402:
        return Paywalled(detail="402")
    if status in (401, 403, 451):
        return FetchFailed(
            f"That site refused to show me the page (HTTP {status}); paste the article text instead.",
            key="link_refused",
            values={"status": status},
            detail=str(status),
        )
    if status == 429:
        return FetchFailed(
            "That site is limiting requests right now; try again in a few minutes.", key="link_rate_limited"
        )
    if status >= 500:
        return FetchFailed(
            f"That site had an error (HTTP {status}); try again later.",
            key="link_server_error",
            values={"status": status},
            detail=str(status),
        )
    return FetchFailed(
        f"That site answered HTTP {status}; check the link.",
        key="link_http_status",
        values={"status": status},
        detail=str(status),
    )


class Fetcher:
    """Fetches pages strangers point it at: http(s) only; every connection, redirects included, goes
    to an address resolved once and checked (AddressGuard); at most MAX_REDIRECTS redirects; connect
    and total time limits; raw and decompressed bytes capped at fetch_max_bytes; types from `accept`.
    """

    def __init__(
        self,
        settings: Settings,
        cache: PageCache | None = None,
        *,
        resolver: Resolver | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        """`resolver` replaces getaddrinfo and `ssl_context` the system CAs (tests, private CAs)."""
        self._settings = settings
        self._cache = cache
        self._max_bytes = settings.fetch_max_bytes
        self.guard = AddressGuard(settings.fetch_allow_list, resolver)
        limits = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30)
        self._client = httpx.AsyncClient(
            transport=GuardedTransport(self.guard, limits, ssl_context),
            timeout=httpx.Timeout(settings.fetch_timeout, connect=settings.fetch_connect_timeout),
            follow_redirects=False,  # followed by hand so every hop is checked and counted
            trust_env=False,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def fetch(
        self,
        url: str,
        accept: Collection[str] = HTML_TYPES,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Page:
        """The page at `url` (redirects followed), or an IngestError saying in one line why not.

        With `etag` / `last_modified` the request is conditional and an unchanged page comes back
        as a Page with status 304 and an empty body (the cache is bypassed).
        """
        start = parse_url(url)
        try:
            async with asyncio.timeout(self._settings.fetch_timeout):
                return await self._follow(start, accept, etag, last_modified)
        except TimeoutError as exc:
            raise TimedOut(detail=f"{url}: over {self._settings.fetch_timeout}s in total") from exc
        except httpx.TimeoutException as exc:
            raise TimedOut(detail=f"{url}: {exc!r}") from exc
        except httpx.UnsupportedProtocol as exc:
            raise BadLink(detail=f"{url}: {exc}") from exc
        except httpx.ConnectError as exc:
            if "CERTIFICATE" in str(exc).upper() or "SSL" in str(exc).upper():
                raise FetchFailed(
                    "That site's secure connection could not be verified; paste the article text instead.",
                    key="link_tls",
                    detail=f"{url}: {exc}",
                ) from exc
            raise FetchFailed(
                "I could not connect to that site; check the link or try again later.",
                key="link_connect",
                detail=f"{url}: {exc}",
            ) from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(detail=f"{url}: {exc!r}") from exc

    async def _follow(
        self, url: httpx.URL, accept: Collection[str], etag: str | None, last_modified: str | None
    ) -> Page:
        """Request `url`, following at most MAX_REDIRECTS checked redirects."""
        conditional = bool(etag or last_modified)
        headers = {"Accept": ", ".join([*sorted(accept), "*/*;q=0.1"])}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited: list[str] = []
        for _ in range(MAX_REDIRECTS + 1):
            if self._cache is not None and not conditional:
                cached = await self._cache.get(str(url))
                if cached is not None and cached.content_type in accept:
                    return cached
            request = self._client.build_request("GET", url, headers=headers)
            response = await self._client.send(request, stream=True)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    visited.append(str(url))
                    try:
                        url = parse_url(str(url.join(location.strip())))
                    except httpx.InvalidURL as exc:
                        raise BadLink(
                            "That link redirects to a malformed address.",
                            key="link_bad_redirect",
                            detail=location,
                        ) from exc
                    if str(url) in visited:
                        raise FetchFailed(
                            "That link redirects in a loop; open it in a browser and send the final link.",
                            key="link_redirect_loop",
                            detail=" -> ".join([*visited, str(url)]),
                        )
                    continue
                page = await self._read(response, accept, conditional, tuple(visited))
            finally:
                await response.aclose()
            if self._cache is not None and page.status == 200:
                await self._cache.put(page)
            return page
        raise FetchFailed(
            f"That link redirects more than {MAX_REDIRECTS} times; send the final link instead.",
            key="link_redirects",
            values={"count": MAX_REDIRECTS},
            detail=" -> ".join(visited),
        )

    async def _read(
        self, response: httpx.Response, accept: Collection[str], conditional: bool, redirects: tuple[str, ...]
    ) -> Page:
        """The Page for a final response: status, type and size checked, body read under the caps."""
        kept = {k: response.headers[k] for k in _KEPT_HEADERS if k in response.headers}
        if response.status_code == 304 and conditional:
            return Page(str(response.url), 304, "", None, b"", kept, redirects)
        if not 200 <= response.status_code < 300:
            raise _status_error(response.status_code)
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type and media_type not in accept:
            raise _not_accepted(media_type)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self._max_bytes:
            raise TooLarge(detail=f"content-length {length}")
        coding = response.headers.get("content-encoding", "").strip().lower()
        collected = _BoundedBody(coding, self._max_bytes)
        async for chunk in response.aiter_raw():
            # aiter_raw counts the bytes on the wire; the decoded size is capped by _BoundedBody.
            if response.num_bytes_downloaded > self._max_bytes:
                raise TooLarge(detail=f"more than {self._max_bytes} bytes on the wire")
            collected.feed(chunk)
        body = collected.body()
        if not media_type:
            media_type = next((t for magic, t in _MAGIC if body.startswith(magic)), "text/html")
            if media_type not in accept:
                raise _not_accepted(media_type)
        encoding = _charset(response.headers.get("content-type", ""))
        return Page(str(response.url), response.status_code, media_type, encoding, body, kept, redirects)


def _charset(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header value, or None."""
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None
