"""Which addresses the fetcher may reach (public ones, plus SITREP_FETCH_ALLOW), checked at connect time."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable

import httpcore
import httpx

from bot.ingest.errors import BlockedAddress, FetchFailed

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# host, port -> the addresses it resolves to, as strings; injectable so tests can play DNS tricks.
Resolver = Callable[[str, int], Awaitable[list[str]]]

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


async def system_resolve(host: str, port: int) -> list[str]:
    """Every TCP address getaddrinfo gives for `host` (numeric forms like 0x7f.1 normalised by libc)."""
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def canonical(ip: IPAddress) -> IPAddress:
    """The IPv4 address an IPv4-mapped IPv6 address (::ffff:a.b.c.d) stands for, else `ip`."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    return ip


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses a 6to4, Teredo or NAT64 address tunnels to (they reach those hosts)."""
    found = []
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public_address(ip: IPAddress) -> bool:
    """True only for globally routable unicast addresses (and tunnels to them)."""
    ip = canonical(ip)
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if ip in _NAT64:
            # NAT64 prefixes are "reserved" as IPv6, yet DNS64 networks reach public IPv4 hosts this way.
            return bool(embedded) and all(is_public_address(v4) for v4 in embedded)
        if ip.is_site_local or not all(is_public_address(v4) for v4 in embedded):
            return False
    blocked = (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified
    )
    return ip.is_global and not blocked


class AddressGuard:
    """Resolves a host once and returns its addresses only if every one of them may be reached."""

    def __init__(self, allow: Iterable[str] = (), resolver: Resolver | None = None) -> None:
        self._networks: list[IPNetwork] = []
        self._hosts: set[str] = set()
        for entry in allow:
            try:
                self._networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                self._hosts.add(_host_key(entry))
        self._resolve = resolver or system_resolve

    def address_allowed(self, ip: IPAddress) -> bool:
        """Whether a connection to `ip` is allowed: public, or inside an allow-listed network."""
        ip = canonical(ip)
        return is_public_address(ip) or any(ip in net for net in self._networks)

    async def addresses(self, host: str, port: int) -> list[str]:
        """The addresses to connect to for `host`; raises BlockedAddress if any one is not allowed."""
        try:
            answers = [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            try:
                answers = [ipaddress.ip_address(a) for a in await self._resolve(host, port)]
            except (socket.gaierror, UnicodeError) as exc:
                raise FetchFailed(
                    "I could not find that site (its name does not resolve); check the link.",
                    key="link_dns",
                    detail=f"{host}: {exc}",
                ) from exc
        if not answers:
            raise FetchFailed(
                "I could not find that site (its name does not resolve); check the link.", key="link_dns"
            )
        answers = [canonical(ip) for ip in answers]
        if _host_key(host) not in self._hosts:
            # Every answer must pass: an attacker's DNS can mix a public and a private address.
            for ip in answers:
                if not self.address_allowed(ip):
                    raise BlockedAddress(detail=f"{host} resolves to {ip}")
        return [str(ip) for ip in answers]


def _host_key(host: str) -> str:
    """A host name as the allow list compares it: lower case, no trailing dot, no brackets."""
    return host.strip().strip("[]").rstrip(".").lower()


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that resolves each host once, checks it, and dials those addresses."""

    def __init__(self, guard: AddressGuard, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._guard = guard
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """A stream to the first reachable checked address of `host`; TLS still uses `host` for SNI."""
        try:
            async with asyncio.timeout(timeout):
                addresses = await self._guard.addresses(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} took too long") from exc
        error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Never: a Unix socket is a local address."""
        raise BlockedAddress(detail=f"unix socket {path}")

    async def sleep(self, seconds: float) -> None:
        """Sleep the way the inner backend does (httpcore uses it between retries)."""
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with its connection pool built on GuardedBackend (no proxies, no env)."""

    def __init__(
        self, guard: AddressGuard, limits: httpx.Limits, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        super().__init__(trust_env=False, limits=limits)
        if not isinstance(getattr(self, "_pool", None), httpcore.AsyncConnectionPool):
            # httpx keeps its pool in `_pool`; refuse to run unguarded if a new version moves it.
            raise RuntimeError("httpx.AsyncHTTPTransport layout changed; the fetch guard cannot be installed")
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(guard),
        )
