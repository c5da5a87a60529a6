"""The guarded fetcher against a local server on 127.0.0.1: real pages, hostile pages, address tricks."""

from __future__ import annotations

import gzip
import ipaddress
import json
import socket
import ssl
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator

import pytest
from conftest import SHARED, shared_path
from local_server import OWN_PARAGRAPHS, Certificates, LocalServer, make_certificates

from bot.ingest.addresses import AddressGuard, is_public_address
from bot.ingest.errors import (
    BadLink,
    BlockedAddress,
    FetchFailed,
    NotAnArticle,
    NotFound,
    Paywalled,
    TimedOut,
    TooLarge,
)
from bot.ingest.fetcher import FEED_TYPES, USER_AGENT, Fetcher, Page
from bot.ingest.link import document_from_url
from bot.settings import Settings

PAGES = SHARED / "data" / "article-extraction" / "html"
TIMEOUT = 1.5
MAX_BYTES = 1_000_000


def settings(allow: str = "") -> Settings:
    """Fetch settings for tests: short timeouts, a 1 MB cap, the given allow list."""
    return Settings(
        _env_file=None,
        SITREP_FETCH_ALLOW=allow,
        SITREP_FETCH_TIMEOUT=TIMEOUT,
        SITREP_FETCH_CONNECT_TIMEOUT=1.0,
        SITREP_FETCH_MAX_BYTES=MAX_BYTES,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(PAGES if PAGES.exists() else None) as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    """A fetcher that may reach 127.0.0.1 (and nothing else private)."""
    f = Fetcher(settings("127.0.0.1"))
    yield f
    await f.aclose()


@pytest.fixture
async def strict_fetcher() -> AsyncIterator[Fetcher]:
    """A fetcher with the allow list unset, as deployed."""
    f = Fetcher(settings(""))
    yield f
    await f.aclose()


def fixed_resolver(*answers: list[str], calls: list[str] | None = None):
    """A resolver that gives `answers[0]` on the first call, `answers[1]` on the next, … (last repeats)."""
    log = calls if calls is not None else []

    async def resolve(host: str, port: int) -> list[str]:
        log.append(host)
        return answers[min(len(log), len(answers)) - 1]

    return resolve


# --- address checks -------------------------------------------------------------------------------

NOT_PUBLIC = [
    "127.0.0.1",
    "127.0.0.2",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "169.254.0.1",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "240.0.0.1",
    "192.0.2.1",
    "198.18.0.1",
    "::",
    "::1",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "fec0::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "2002:7f00:1::1",
    "2002:a00:1::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "64:ff9b::7f00:1",
    "64:ff9b::a00:1",
    "2001:db8::1",
]
PUBLIC = [
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
    "2002:808:808::1",
    "64:ff9b::808:808",
]


@pytest.mark.parametrize("address", NOT_PUBLIC)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert is_public_address(ipaddress.ip_address(address))


LOOPBACK_SPELLINGS = [
    "127.0.0.1",
    "2130706433",
    "0x7f.1",
    "0x7f000001",
    "017700000001",
    "0177.0.0.1",
    "127.1",
    "0",
    "0.0.0.0",
    "::1",
    "[::1]",
    "::ffff:127.0.0.1",
    "[::ffff:127.0.0.1]",
    "localhost",
]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
async def test_numeric_tricks_resolve_to_loopback_and_are_refused(host: str) -> None:
    with pytest.raises(BlockedAddress):
        await AddressGuard().addresses(host, 80)


@pytest.mark.parametrize("host", ["169.254.169.254", "10.0.0.1", "192.168.0.1", "[fe80::1]", "fd00::1"])
async def test_private_and_metadata_addresses_are_refused(host: str) -> None:
    with pytest.raises(BlockedAddress):
        await AddressGuard().addresses(host, 80)


async def test_allow_list_opens_only_what_it_lists() -> None:
    guard = AddressGuard(["127.0.0.1"])
    assert await guard.addresses("127.0.0.1", 80) == ["127.0.0.1"]
    assert await guard.addresses("::ffff:127.0.0.1", 80) == ["127.0.0.1"]
    for other in ("127.0.0.2", "::1", "10.0.0.1", "169.254.169.254"):
        with pytest.raises(BlockedAddress):
            await guard.addresses(other, 80)
    cidr = AddressGuard(["10.0.0.0/8"])
    assert await cidr.addresses("10.1.2.3", 80) == ["10.1.2.3"]
    with pytest.raises(BlockedAddress):
        await cidr.addresses("192.168.0.1", 80)


async def test_allow_listed_host_name_reaches_its_private_address() -> None:
    guard = AddressGuard(["intranet.test"], resolver=fixed_resolver(["10.9.9.9"]))
    assert await guard.addresses("Intranet.Test.", 80) == ["10.9.9.9"]
    with pytest.raises(BlockedAddress):
        await guard.addresses("other.test", 80)


async def test_every_resolved_address_is_checked() -> None:
    assert await AddressGuard(resolver=fixed_resolver(["93.184.216.34"])).addresses("news.test", 80) == [
        "93.184.216.34"
    ]
    mixed = AddressGuard(resolver=fixed_resolver(["93.184.216.34", "127.0.0.1"]))
    with pytest.raises(BlockedAddress):
        await mixed.addresses("news.test", 80)


# --- the allow list unset: every loopback URL is refused before any connection -----------------------


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "127.1",
        "2130706433",
        "0x7f.1",
        "017700000001",
        "[::ffff:127.0.0.1]",
        "0.0.0.0",
    ],
)
async def test_loopback_urls_refused_without_allow_list(
    server: LocalServer, strict_fetcher: Fetcher, host: str
) -> None:
    before = len(server.seen)
    with pytest.raises(BlockedAddress) as caught:
        await strict_fetcher.fetch(server.url("/own", host))
    assert str(caught.value) == BlockedAddress.message
    assert len(server.seen) == before  # refused before connecting


async def test_loopback_refused_through_document_from_url(
    server: LocalServer, strict_fetcher: Fetcher
) -> None:
    with pytest.raises(BlockedAddress):
        await document_from_url(server.url("/own"), strict_fetcher)


# --- real pages ---------------------------------------------------------------------------------------


def some_page_ids(count: int) -> list[str]:
    """The first `count` page ids of the extraction set whose true body has 300+ words."""
    truth = json.loads(shared_path("data", "article-extraction", "ground-truth.json").read_text("utf-8"))
    return sorted(k for k, v in truth.items() if len(v["articleBody"].split()) >= 300)[:count]


async def test_real_page_is_fetched_as_served(server: LocalServer, fetcher: Fetcher) -> None:
    for page_id in some_page_ids(3):
        expected = gzip.decompress((PAGES / f"{page_id}.html.gz").read_bytes())
        page = await fetcher.fetch(server.url(f"/article/{page_id}"))
        assert (page.status, page.content_type, page.body) == (200, "text/html", expected)
        gz = await fetcher.fetch(server.url(f"/article-gz/{page_id}"))
        assert gz.body == expected  # served gzip-encoded, decoded by the fetcher


async def test_real_page_becomes_a_document(server: LocalServer, fetcher: Fetcher) -> None:
    page_id = some_page_ids(1)[0]
    doc = await document_from_url(server.url(f"/article/{page_id}"), fetcher)
    assert doc.url == server.url(f"/article/{page_id}")
    assert len(doc.text.split()) > 100
    assert doc.title


async def test_user_agent_names_the_bot_and_host_header_is_kept(
    server: LocalServer, fetcher: Fetcher
) -> None:
    await fetcher.fetch(server.url("/own"))
    seen = server.seen[-1]
    assert seen.headers["user-agent"] == USER_AGENT
    assert "SitrepBot" in USER_AGENT and USER_AGENT.startswith("Mozilla/5.0")
    assert seen.headers["host"] == f"127.0.0.1:{server.port}"


@pytest.mark.parametrize("path", ["/gzip", "/gzip-members", "/deflate", "/deflate-raw", "/plain"])
async def test_compressed_and_plain_pages_are_read(server: LocalServer, fetcher: Fetcher, path: str) -> None:
    doc = await document_from_url(server.url(path), fetcher)
    assert all(paragraph in doc.text for paragraph in OWN_PARAGRAPHS)


# --- DNS rebinding -------------------------------------------------------------------------------------


async def test_connection_goes_to_the_address_that_was_checked(server: LocalServer) -> None:
    # The first answer is allowed, every later one is not: a fetcher that looked the name up again
    # to connect (or let the OS do it: "rebind.test" does not exist) would fail here.
    calls: list[str] = []
    resolver = fixed_resolver(["127.0.0.1"], ["127.0.0.2"], calls=calls)
    f = Fetcher(settings("127.0.0.1"), resolver=resolver)
    try:
        page = await f.fetch(server.url("/own", "rebind.test"))
        assert page.status == 200 and b"border town" in page.body
        assert calls == ["rebind.test"]
        assert server.seen[-1].headers["host"] == f"rebind.test:{server.port}"
        # A new connection asks again, and the rebound answer is refused.
        with pytest.raises(BlockedAddress):
            await f.fetch(server.url("/own?again", "rebind.test"))
    finally:
        await f.aclose()


async def test_name_that_does_not_resolve_fails_cleanly() -> None:
    async def nowhere(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    f = Fetcher(settings(""), resolver=nowhere)
    try:
        with pytest.raises(FetchFailed, match="does not resolve"):
            await f.fetch("https://no-such-site.test/news")
    finally:
        await f.aclose()


# --- redirects -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.2:{port}/own",
        "http://[::1]:{port}/own",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://0x7f000002:{port}/own",
        "http://[::ffff:192.168.0.1]/",
    ],
)
async def test_redirect_to_a_blocked_address_is_refused(
    server: LocalServer, fetcher: Fetcher, target: str
) -> None:
    with pytest.raises(BlockedAddress):
        await fetcher.fetch(server.url("/redirect?to=" + target.format(port=server.port)))


async def test_redirect_to_a_name_resolving_to_an_unlisted_loopback_is_refused(server: LocalServer) -> None:
    # Allowed: 127.0.0.1 only. "ip6-localhost.test" answers ::1, loopback but not listed.
    resolver = fixed_resolver(["::1"])
    f = Fetcher(settings("127.0.0.1"), resolver=resolver)
    try:
        with pytest.raises(BlockedAddress):
            await f.fetch(server.url(f"/redirect?to=http://ip6-localhost.test:{server.port}/own"))
    finally:
        await f.aclose()


async def test_redirects_are_followed_up_to_five(server: LocalServer, fetcher: Fetcher) -> None:
    page = await fetcher.fetch(server.url("/chain/5"))
    assert page.url == server.url("/chain/0")
    assert len(page.redirects) == 5
    with pytest.raises(FetchFailed, match="more than 5"):
        await fetcher.fetch(server.url("/chain/6"))


async def test_redirect_loop_is_an_error(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchFailed, match="loop"):
        await fetcher.fetch(server.url("/loop/a"))


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/"])
async def test_redirect_to_another_scheme_is_refused(
    server: LocalServer, fetcher: Fetcher, target: str
) -> None:
    with pytest.raises(BadLink):
        await fetcher.fetch(server.url("/redirect?to=" + target))


# --- limits --------------------------------------------------------------------------------------------


async def test_endless_slow_body_times_out(server: LocalServer, fetcher: Fetcher) -> None:
    start = time.monotonic()
    with pytest.raises(TimedOut):
        await fetcher.fetch(server.url("/slow-body"))
    assert time.monotonic() - start < TIMEOUT + 1.5


async def test_slow_headers_time_out(server: LocalServer, fetcher: Fetcher) -> None:
    start = time.monotonic()
    with pytest.raises(TimedOut):
        await fetcher.fetch(server.url("/slow-headers"))
    assert time.monotonic() - start < TIMEOUT + 1.5


@pytest.mark.parametrize("path", ["/big", "/big-declared"])
async def test_fifty_megabyte_body_is_too_large(server: LocalServer, fetcher: Fetcher, path: str) -> None:
    with pytest.raises(TooLarge) as caught:
        await fetcher.fetch(server.url(path))
    assert str(caught.value) == TooLarge.message


async def test_gzip_bomb_is_stopped_without_inflating_it(server: LocalServer, fetcher: Fetcher) -> None:
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge):
            await fetcher.fetch(server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 50 MB inflated; a 64 KB chunk of it alone would be 64 MB if decompressed without a bound.
    assert peak < 8 * MAX_BYTES


@pytest.mark.parametrize(
    ("content_type", "says"),
    [
        ("image/png", "an image"),
        ("application/pdf", "a PDF"),
        ("video/mp4", "a video"),
        ("audio/mpeg", "audio"),
        ("application/octet-stream", "application/octet-stream"),
    ],
)
async def test_wrong_content_type_is_not_an_article(
    server: LocalServer, fetcher: Fetcher, content_type: str, says: str
) -> None:
    with pytest.raises(NotAnArticle, match=says):
        await fetcher.fetch(server.url(f"/typed?type={content_type}"))


async def test_untyped_pdf_is_recognised(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(NotAnArticle, match="a PDF"):
        await fetcher.fetch(server.url("/untyped-pdf"))


async def test_feed_types_are_a_parameter(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(NotAnArticle):
        await fetcher.fetch(server.url("/own"), accept=FEED_TYPES)


# --- statuses and walls --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error", "says"),
    [
        (404, NotFound, "not found"),
        (410, NotFound, "not found"),
        (500, FetchFailed, "HTTP 500"),
        (503, FetchFailed, "try again later"),
        (403, FetchFailed, "refused"),
        (429, FetchFailed, "limiting"),
        (402, Paywalled, "paywall"),
    ],
)
async def test_error_statuses(
    server: LocalServer, fetcher: Fetcher, status: int, error: type, says: str
) -> None:
    with pytest.raises(error, match=says):
        await fetcher.fetch(server.url(f"/status/{status}"))


@pytest.mark.parametrize("path", ["/consent", "/paywall"])
async def test_walls_are_refused(server: LocalServer, fetcher: Fetcher, path: str) -> None:
    with pytest.raises(Paywalled) as caught:
        await document_from_url(server.url(path), fetcher)
    assert str(caught.value) == Paywalled.message


async def test_connection_refused_fails_cleanly(fetcher: Fetcher) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchFailed, match="could not connect"):
        await fetcher.fetch(f"http://127.0.0.1:{port}/")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.arabnews.com/node/…",
        "https://www.arabnews.com/node/12...",
        "javascript:alert(1)",
        "ftp://example.com/a",
        "http://",
        "not a link",
        "file:///etc/passwd",
        "http://exa mple.com/",
        "http://a..b/",
        "http://-/",
    ],
)
async def test_bad_links_fail_before_the_network(strict_fetcher: Fetcher, url: str) -> None:
    with pytest.raises(BadLink):
        await strict_fetcher.fetch(url)


# --- conditional GET and cache -------------------------------------------------------------------------


async def test_conditional_get_returns_304(server: LocalServer, fetcher: Fetcher) -> None:
    first = await fetcher.fetch(server.url("/etag"))
    assert first.headers["etag"] == '"v1"'
    again = await fetcher.fetch(server.url("/etag"), etag=first.headers["etag"])
    assert (again.status, again.body) == (304, b"")
    assert server.seen[-1].headers["if-none-match"] == '"v1"'


class DictCache:
    """An in-memory PageCache for the test."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}

    async def get(self, url: str) -> Page | None:
        return self.pages.get(url)

    async def put(self, page: Page) -> None:
        self.pages[page.url] = page


async def test_cache_is_filled_by_final_url_and_used(server: LocalServer) -> None:
    cache = DictCache()
    f = Fetcher(settings("127.0.0.1"), cache)
    try:
        page = await f.fetch(server.url("/redirect?to=/own"))
        assert list(cache.pages) == [server.url("/own")]
        before = len(server.seen)
        assert await f.fetch(server.url("/own")) == page
        assert len(server.seen) == before
    finally:
        await f.aclose()


# --- TLS: the name is verified and sent as SNI while the socket goes to the checked address ---------------


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LocalServer, Certificates]]:
    certs = make_certificates(tmp_path_factory.mktemp("tls"), "news.test")
    if certs is None:
        pytest.skip("openssl is not installed")
    with LocalServer(tls=certs) as running:
        yield running, certs


async def test_https_verifies_the_host_name_not_the_address(
    tls_server: tuple[LocalServer, Certificates],
) -> None:
    server, certs = tls_server
    trust = ssl.create_default_context(cafile=str(certs.ca))
    f = Fetcher(settings("127.0.0.1"), resolver=fixed_resolver(["127.0.0.1"]), ssl_context=trust)
    try:
        page = await f.fetch(server.url("/own", "news.test"))
        assert page.status == 200 and b"border town" in page.body
        assert server.server_names[-1] == "news.test"
        assert server.seen[-1].headers["host"] == f"news.test:{server.port}"
        # The same socket address by its IP: the certificate does not match, so no page.
        with pytest.raises(FetchFailed, match="secure connection"):
            await f.fetch(server.url("/own", "127.0.0.1"))
    finally:
        await f.aclose()


async def test_https_with_an_untrusted_certificate_fails(
    tls_server: tuple[LocalServer, Certificates],
) -> None:
    server, _ = tls_server
    f = Fetcher(settings("127.0.0.1"), resolver=fixed_resolver(["127.0.0.1"]))
    try:
        with pytest.raises(FetchFailed, match="secure connection"):
            await f.fetch(server.url("/own", "news.test"))
    finally:
        await f.aclose()
