"""A fake Telegram Bot API server on 127.0.0.1 (asyncio streams, no extra dependencies).

It speaks the Bot API's JSON over HTTP/1.1 the way python-telegram-bot uses it: `POST /bot<TOKEN>/<method>`
with form-encoded or multipart parameters, `GET /file/bot<TOKEN>/<path>` for downloads. It records every
call, holds updates for `getUpdates` (long poll with timeout and offset), and fails on demand (429 with
`retry_after`, 500).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from fake_bot_api_wire import HttpRequest, parse_multipart, read_request, write_response

BOT_ID = 7_000_001
BOT_USERNAME = "SitrepTestBot"
# Parameters python-telegram-bot sends JSON-encoded inside the form.
_JSON_PARAMS = {
    "reply_markup",
    "reply_parameters",
    "commands",
    "link_preview_options",
    "entities",
    "allowed_updates",
    "scope",
    "caption_entities",
}
_INT_PARAMS = {"chat_id", "message_id", "offset", "limit", "timeout", "user_id", "reply_to_message_id"}


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    status: int = 200
    result: Any = None


class FakeBotAPI:
    """The server: start(), inject updates, inspect `calls`, stop()."""

    def __init__(self, token: str = "123456:TEST-token_secret") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.files: dict[str, tuple[str, bytes]] = {}
        self.failures: dict[str, list[tuple[int, int | None]]] = {}
        self.port = 0
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(100_000)
        self._changed = asyncio.Condition()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.sent: dict[tuple[int, int], dict[str, Any]] = {}

    # ---- lifecycle -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL is set to."""
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self, port: int = 0) -> FakeBotAPI:
        """Listen on `port` of 127.0.0.1 (0: a free one)."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def serve_forever(self) -> None:
        """Serve until cancelled (for running the fake API by hand)."""
        assert self._server is not None
        await self._server.serve_forever()

    async def stop(self) -> None:
        """Close the listener and every open connection."""
        if self._server:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    # ---- what tests do -------------------------------------------------------------------------

    def add_file(self, file_id: str, data: bytes, file_path: str = "documents/file.txt") -> None:
        """Make a file downloadable through getFile."""
        self.files[file_id] = (file_path, data)

    def fail(self, method: str, status: int, *, retry_after: int | None = None, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with `status` (429 carries retry_after)."""
        self.failures.setdefault(method.lower(), []).extend([(status, retry_after)] * times)

    async def push(self, update: dict[str, Any]) -> int:
        """Queue an update (its update_id is assigned here) and wake the long poll."""
        update = {"update_id": next(self._update_ids), **update}
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()
        return update["update_id"]

    def calls_of(self, method: str, **where: Any) -> list[Call]:
        """The recorded successful calls of `method` whose params match `where`."""
        return [
            c
            for c in self.calls
            if c.method.lower() == method.lower()
            and c.status == 200
            and all(c.params.get(k) == v for k, v in where.items())
        ]

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[Call], bool] = lambda c: True,
        *,
        after: int = 0,
        timeout: float = 20.0,
        count: int = 1,
    ) -> list[Call]:
        """Wait until `count` successful calls of `method` after index `after` satisfy `predicate`."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                found = [
                    c
                    for c in self.calls[after:]
                    if c.method.lower() == method.lower() and c.status == 200 and predicate(c)
                ]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.status) for c in self.calls[after:]]
                    raise TimeoutError(f"no {count}× {method} after call {after}; saw {seen}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), left)

    # ---- HTTP ----------------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                request = await read_request(reader)
                if request is None:
                    break
                status, body, content_type = await self._route(request)
                await write_response(writer, status, body, content_type)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client went away mid-request (e.g. a cancelled long poll)
        finally:
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _route(self, request: HttpRequest) -> tuple[int, bytes, str]:
        path = unquote(request.path.split("?", 1)[0])  # file URLs arrive percent-encoded
        if path == "/_test/updates" and request.method == "POST":  # for driving the bot by hand (curl)
            return 200, _json({"update_id": await self.push(json.loads(request.body))}), "application/json"
        if path == "/_test/calls":
            calls = [{"method": c.method, "status": c.status, "params": c.params} for c in self.calls]
            return 200, _json(calls), "application/json"
        file_prefix = f"/file/bot{self.token}/"
        if request.method == "GET" and path.startswith(file_prefix):
            wanted = path[len(file_prefix) :]
            for file_path, data in self.files.values():
                if file_path == wanted:
                    return 200, data, "application/octet-stream"
            return 404, b"not found", "text/plain"
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return (
                401,
                _json({"ok": False, "error_code": 401, "description": "Unauthorized"}),
                "application/json",
            )
        method = path[len(prefix) :]
        params = _params(request)
        call = Call(method, params)
        pending = self.failures.get(method.lower())
        if pending:
            status, retry_after = pending.pop(0)
            call.status = status
            await self._record(call)
            error: dict[str, Any] = {
                "ok": False,
                "error_code": status,
                "description": f"Fake failure {status}",
            }
            if retry_after is not None:
                error["parameters"] = {"retry_after": retry_after}
                error["description"] = f"Too Many Requests: retry after {retry_after}"
            return status, _json(error), "application/json"
        handler = getattr(self, f"_m_{method.lower()}", None)
        call.result = await handler(params) if handler else True
        await self._record(call)
        result = call.result
        return 200, _json({"ok": True, "result": result}), "application/json"

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    # ---- methods -------------------------------------------------------------------------------

    async def _m_getme(self, _: dict[str, Any]) -> dict[str, Any]:
        return bot_user()

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        async with self._changed:
            while True:
                # An offset confirms every update before it: they are never sent again.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._updates or time.monotonic() >= deadline:
                    return self._updates[:limit]
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())

    async def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, text=params.get("text", ""))

    async def _m_senddocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, document={"file_id": "sent-doc", "file_unique_id": "sent-doc"})

    async def _m_sendphoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(
            params, photo=[{"file_id": "sent", "file_unique_id": "s", "width": 1, "height": 1}]
        )

    async def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = {**self.sent.get(key, _base_message(*key)), "text": params.get("text", "")}
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        self.sent[key] = message
        return message

    async def _m_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params["chat_id"]), int(params["message_id"]))
        message = {**self.sent.get(key, _base_message(*key)), "reply_markup": params.get("reply_markup")}
        self.sent[key] = message
        return message

    async def _m_getfile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_path, data = self.files[params["file_id"]]
        return {
            "file_id": params["file_id"],
            "file_unique_id": params["file_id"],
            "file_size": len(data),
            "file_path": file_path,
        }

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message = {**_base_message(chat_id, next(self._message_ids)), **content}
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        reply = (params.get("reply_parameters") or {}).get("message_id")
        if reply:
            message["reply_to_message"] = _base_message(chat_id, reply, from_bot=False)
        self.sent[(chat_id, message["message_id"])] = message
        return message


def bot_user() -> dict[str, Any]:
    """The bot's own User object."""
    return {
        "id": BOT_ID,
        "is_bot": True,
        "first_name": "Sitrep",
        "username": BOT_USERNAME,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
    }


def _base_message(chat_id: int, message_id: int, from_bot: bool = True) -> dict[str, Any]:
    chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
    if chat_id < 0:
        chat["title"] = "Test group"
    sender = bot_user() if from_bot else {"id": abs(chat_id), "is_bot": False, "first_name": "User"}
    return {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": sender}


def _params(request: HttpRequest) -> dict[str, Any]:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        raw = parse_multipart(request.body, content_type)
    elif content_type.startswith("application/json"):
        raw = json.loads(request.body or b"{}")
    else:
        raw = dict(parse_qsl(request.body.decode("utf-8"), keep_blank_values=True))
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _JSON_PARAMS and isinstance(value, str):
            value = json.loads(value)
        elif key in _INT_PARAMS and isinstance(value, str) and value.lstrip("-").isdigit():
            value = int(value)
        out[key] = value
    return out


def _json(value: Any) -> bytes:
    return json.dumps(value, default=repr).encode("utf-8")
