"""Just enough HTTP/1.1 for the fake Bot API: read a request (Content-Length bodies), write a response,
parse multipart/form-data."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP


@dataclass
class HttpRequest:
    """One parsed request."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


async def read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    """The next request on a keep-alive connection, or None when the client closed it."""
    line = await reader.readline()
    if not line:
        return None
    method, path, _ = line.decode("latin-1").split(" ", 2)
    headers: dict[str, str] = {}
    while True:
        raw = await reader.readline()
        if raw in (b"\r\n", b"\n", b""):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int((await reader.readline()).strip().split(b";")[0], 16)
            if size == 0:
                await reader.readline()
                break
            body += await reader.readexactly(size)
            await reader.readline()
    else:
        body = await reader.readexactly(int(headers.get("content-length") or 0))
    return HttpRequest(method, path, headers, body)


async def write_response(writer: asyncio.StreamWriter, status: int, body: bytes, content_type: str) -> None:
    """Send one response and keep the connection open."""
    reason = {200: "OK", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}.get(status, "Error")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    writer.write(head.encode("latin-1") + body)
    await writer.drain()


def parse_multipart(body: bytes, content_type: str) -> dict[str, str | bytes]:
    """Form fields of a multipart body: text fields as str, file parts as bytes."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    fields: dict[str, str | bytes] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        if part.get_filename():
            fields[str(name)] = payload
        else:
            fields[str(name)] = payload.decode("utf-8")
    return fields
