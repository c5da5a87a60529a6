"""A local HTTP server on 127.0.0.1 serving real extraction-set pages and hostile cases for the fetcher."""

from __future__ import annotations

import functools
import gzip
import shutil
import ssl
import subprocess
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

MB = 1024 * 1024
BIG_BYTES = 50 * MB

# Our own prose for the pages this server makes up (the real pages are read from ../shared at run time).
OWN_PARAGRAPHS = (
    "Officials in the border town said the crossing reopened on Tuesday morning after three days of"
    " closure, and lorries carrying food and fuel began moving again under the watch of both armies.",
    "Traders who had waited on the road since the weekend said the delay had spoiled much of their fruit,"
    " while local councillors asked both governments to agree a timetable that would keep the gate open.",
    "A spokesman for the provincial administration said talks between the two sides would continue next"
    " week in the capital, and that a joint committee would meet to review the incidents of the past month.",
)


def article_html(title: str = "Border crossing reopens", paragraphs: tuple[str, ...] = OWN_PARAGRAPHS) -> str:
    """A small, plain news page built from our own sentences."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Contact us</footer></body></html>"
    )


CONSENT_HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Before you continue</title></head><body>"
    "<div class='consent'><h1>We value your privacy</h1>"
    "<p>We use cookies and similar technologies to store and/or access information on a device. We and"
    " our partners use this for personalised ads and content, measurement and audience research.</p>"
    "<p>You can accept all cookies, reject all, or manage preferences at any time from the cookie policy"
    " page. Your consent applies to this site only.</p>"
    "<button>Accept all</button><button>Reject all</button></div></body></html>"
)

PAYWALL_HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ministers meet on truce</title></head><body>"
    "<article><h1>Ministers meet on truce</h1>"
    "<p>Foreign ministers met late on Sunday to discuss a pause in the fighting along the frontier.</p>"
    "<div class='wall'><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>"
    "</article></body></html>"
)


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """About 50 KB of gzip that inflates to 50 MB of an HTML-looking page."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [compressor.compress(b"<html><body><p>")]
    block = b"a" * MB
    parts.extend(compressor.compress(block) for _ in range(BIG_BYTES // MB))
    parts.append(compressor.flush())
    return b"".join(parts)


def _drip(stop: threading.Event) -> Iterator[bytes]:
    """A body that never ends: a few bytes every 50 ms until the server stops."""
    while not stop.is_set():
        time.sleep(0.05)
        yield b"<p>still going</p>"


@dataclass(frozen=True)
class Certificates:
    """A throw-away CA and a server certificate it signed for `host` (PEM file paths)."""

    ca: Path
    cert: Path
    key: Path
    host: str


def make_certificates(folder: Path, host: str) -> Certificates | None:
    """Make a test CA and a certificate for `host` with the openssl CLI; None if openssl is absent."""
    if shutil.which("openssl") is None:
        return None
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = functools.partial(subprocess.run, check=True, capture_output=True, cwd=folder)
    run(
        [
            "openssl",
            "req",
            "-x509",
            *ec,
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=Sitrep test CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]
    )
    run(["openssl", "req", *ec, "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", f"/CN={host}"])
    (folder / "leaf.ext").write_text(
        f"subjectAltName=DNS:{host}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
        "keyUsage=digitalSignature\nauthorityKeyIdentifier=keyid\nsubjectKeyIdentifier=hash\n"
    )
    run(
        [
            "openssl",
            "x509",
            "-req",
            "-in",
            "leaf.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "leaf.pem",
            "-days",
            "2",
            "-extfile",
            "leaf.ext",
        ]
    )
    return Certificates(folder / "ca.pem", folder / "leaf.pem", folder / "leaf.key", host)


@dataclass
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str]


class LocalServer:
    """ThreadingHTTPServer on 127.0.0.1:<free port>; `pages` is the extraction set's html folder."""

    def __init__(self, pages: Path | None = None, tls: Certificates | None = None) -> None:
        self.pages = pages
        self.seen: list[Seen] = []
        self.server_names: list[str | None] = []  # TLS SNI names clients sent
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.scheme = "http"
        if tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(tls.cert, tls.key)
            context.sni_callback = lambda _sock, name, _ctx: self.server_names.append(name)
            # Handshake in the handler thread, not in accept(), so a failing client cannot stall the server.
            self._httpd.socket = context.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
            self.scheme = "https"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        """An absolute URL on this server, optionally through another host name or address."""
        return f"{self.scheme}://{host}:{self.port}{path}"

    def paths(self) -> list[str]:
        """The paths requested so far."""
        return [s.path for s in self.seen]

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    """A request handler class bound to `server`."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet under pytest
            pass

        def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, location: str, status: int = 302) -> None:
            self._send(status, b"", {"Location": location})

        def _stream(self, chunks: Iterable[bytes], headers: dict[str, str]) -> None:
            """Headers, then chunks until done, the client hangs up or the server stops."""
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            try:
                for chunk in chunks:
                    if server.stopping.is_set():
                        return
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return

        def handle(self) -> None:
            if isinstance(self.request, ssl.SSLSocket):
                self.request.settimeout(5)
                try:
                    self.request.do_handshake()
                except (ssl.SSLError, OSError):
                    return  # the client refused our certificate: nothing to serve
            super().handle()

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            server.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
            parts = url.path.strip("/").split("/")
            route = parts[0]
            if route in ("article", "article-gz") and server.pages is not None:
                path = server.pages / f"{parts[1]}.html.gz"
                if not path.exists():
                    return self._send(404, b"<p>no such page</p>")
                if route == "article-gz":
                    gz = {"Content-Type": "text/html", "Content-Encoding": "gzip"}
                    return self._send(200, path.read_bytes(), gz)
                return self._send(200, gzip.decompress(path.read_bytes()), {"Content-Type": "text/html"})
            if route == "own":
                return self._send(200, article_html().encode())
            if route == "plain":
                return self._send(200, "\n\n".join(OWN_PARAGRAPHS).encode(), {"Content-Type": "text/plain"})
            if route == "consent":
                return self._send(200, CONSENT_HTML.encode())
            if route == "paywall":
                return self._send(200, PAYWALL_HTML.encode())
            if route == "redirect":
                return self._redirect(query["to"], int(query.get("code", "302")))
            if route == "chain":
                hops = int(parts[1])
                if hops:
                    return self._redirect(f"/chain/{hops - 1}")
                return self._send(200, article_html().encode())
            if route == "loop":
                return self._redirect("/loop/b" if parts[1] == "a" else "/loop/a")
            if route == "slow-body":
                return self._stream(_drip(server.stopping), {"Content-Type": "text/html"})
            if route == "slow-headers":
                server.stopping.wait(30)
                return self._send(200, article_html().encode())
            if route in ("big", "big-declared"):
                headers = {"Content-Type": "text/html"}
                if route == "big-declared":
                    headers["Content-Length"] = str(BIG_BYTES)
                chunk = b"<p>" + b"x" * (64 * 1024 - 3)
                return self._stream((chunk for _ in range(BIG_BYTES // len(chunk))), headers)
            if route == "bomb":
                bomb = gzip_bomb()
                return self._send(200, bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip"})
            if route == "gzip":
                return self._send(200, gzip.compress(article_html().encode()), {"Content-Encoding": "gzip"})
            if route == "deflate":
                wrapped = zlib.compress(article_html().encode())
                return self._send(200, wrapped, {"Content-Encoding": "deflate"})
            if route == "gzip-members":  # two gzip members back to back, as some servers concatenate
                html = article_html().encode()
                halves = gzip.compress(html[:500]) + gzip.compress(html[500:])
                return self._send(200, halves, {"Content-Encoding": "gzip"})
            if route == "deflate-raw":
                packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
                body = packer.compress(article_html().encode()) + packer.flush()
                return self._send(200, body, {"Content-Encoding": "deflate"})
            if route == "typed":
                return self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), {"Content-Type": query["type"]})
            if route == "untyped-pdf":
                self.send_response(200)
                self.send_header("Content-Length", "13")
                self.end_headers()
                return self.wfile.write(b"%PDF-1.7\n%...")
            if route == "status":
                return self._send(int(parts[1]), b"<p>status page</p>")
            if route == "etag":
                if self.headers.get("If-None-Match") == '"v1"':
                    return self._send(304, b"", {"ETag": '"v1"', "Content-Length": "0"})
                return self._send(200, article_html().encode(), {"ETag": '"v1"'})
            return self._send(404, b"<p>not found</p>")

    return Handler
