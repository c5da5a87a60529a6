"""Digest broadcast against a rate-limited fake Bot API: sustained messages/s, lost, duplicates.

usage: python -m bench.digest_send [--subscribers N] [--limit PER_SECOND]

N chats (default 2,000) follow a topic; the clock passes their digest hour and one scheduler tick
broadcasts, through the application's own bot (its AIORateLimiter) and the real delivery log, to a
fake Bot API on 127.0.0.1 that, like Telegram, answers 429 with retry_after beyond 30 messages in
any second overall or more than one message a second in one chat. The bar: ≥ 28 messages/s
sustained, 0 lost, 0 duplicates. The run is bounded: it stops by itself after --timeout seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter, deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import ROOT
from bot.app import build_application
from bot.digest.delivery import Broadcaster
from bot.digest.schedule import DigestScheduler
from bot.digest.service import DigestService
from bot.settings import Settings
from bot.storage import Store
from bot.storage.digests import DigestStore

sys.path.insert(0, str(ROOT / "tests"))  # the fake Bot API server is a test tool
from fake_bot_api import Call, FakeBotAPI, _json, _params


class LimitedAPI(FakeBotAPI):
    """The fake Bot API with Telegram's broadcast limits enforced on sendMessage."""

    def __init__(self, per_second: int = 30) -> None:
        super().__init__()
        self.per_second = per_second
        self.accepted: deque[float] = deque()  # times of messages accepted in the last second
        self.last_in_chat: dict[int, float] = {}
        self.delivered: Counter[int] = Counter()
        self.times: list[float] = []
        self.refused = 0

    async def _route(self, request: Any) -> tuple[int, bytes, str]:
        if not request.path.endswith("/sendMessage"):
            return await super()._route(request)
        params = _params(request)
        chat = int(params["chat_id"])
        now = time.monotonic()
        while self.accepted and self.accepted[0] <= now - 1.0:
            self.accepted.popleft()
        if len(self.accepted) >= self.per_second or now - self.last_in_chat.get(chat, -9.0) < 1.0:
            self.refused += 1
            body = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1}}
            return 429, _json(body), "application/json"
        self.accepted.append(now)
        self.last_in_chat[chat] = now
        self.delivered[chat] += 1
        self.times.append(now)
        call = Call("sendMessage", params)
        call.result = self._message(params, text=params.get("text", ""))
        return 200, _json({"ok": True, "result": call.result}), "application/json"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def measure(subscribers: int, per_second: int, timeout: float) -> dict[str, float]:
    """Broadcast one digest to each of `subscribers` chats; what the server saw."""
    api = await LimitedAPI(per_second).start()
    clock = Clock(datetime(2027, 3, 1, 6, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.sqlite3'}"
        settings = Settings(TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url,
                            SITREP_DATABASE_URL=database, SITREP_FEEDS="", _env_file=None)
        store = await Store(database).open()
        app = build_application(settings)  # the bot as deployed: its rate limiter, its defaults
        await app.initialize()
        try:
            service = DigestService(settings, DigestStore(store.engine), None, clock)
            for chat in range(1, subscribers + 1):
                await service.store.subscribe(100_000 + chat, "Pakistan Afghanistan", clock.now)
            scheduler = DigestScheduler(service, Broadcaster(
                service, lambda chat_id, text: app.bot.send_message(chat_id, text)))
            clock.now += timedelta(hours=1, minutes=1)
            started = time.monotonic()
            timed_out = False
            try:
                await asyncio.wait_for(scheduler.tick(), timeout)
            except TimeoutError:
                timed_out = True
            elapsed = time.monotonic() - started
            log = Counter(d.status for d in await service.store.deliveries.all())
        finally:
            await app.shutdown()
            await store.close()
            await api.stop()
    times = api.times
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    return {
        "subscribers": subscribers,
        "delivered": sum(1 for c in api.delivered.values() if c),
        "lost": subscribers - sum(1 for c in api.delivered.values() if c),
        "duplicates": sum(c - 1 for c in api.delivered.values() if c > 1),
        "rate": (len(times) - 1) / span if span else 0.0,
        "refused": api.refused,
        "seconds": elapsed,
        "sent_logged": log.get("sent", 0),
        "failed_logged": log.get("failed", 0),
        "timed_out": timed_out,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--subscribers", type=int, default=2000)
    ap.add_argument("--limit", type=int, default=30, help="messages per second the fake server allows")
    ap.add_argument("--timeout", type=float, default=150.0, help="stop after this many seconds")
    args = ap.parse_args()
    r = asyncio.run(measure(args.subscribers, args.limit, args.timeout))
    print(f"{r['subscribers']:,} subscribers, one digest each, fake Bot API allowing {args.limit} messages/s "
          "overall and 1/s per chat (429 + retry_after beyond)\n")
    print("| measure | value |\n|---|---|")
    print(f"| sustained messages/s, first to last accepted (bar ≥ 28) | {r['rate']:.1f} |")
    print(f"| delivered | {r['delivered']:,} |")
    print(f"| lost (bar 0) | {r['subscribers'] - r['delivered']:,} |")
    print(f"| duplicates (bar 0) | {r['duplicates']:,} |")
    print(f"| 429 answers from the server | {r['refused']:,} |")
    print(f"| delivery log: sent / failed | {r['sent_logged']:,} / {r['failed_logged']:,} |")
    print(f"| wall time, s | {r['seconds']:.1f}{' (stopped at the time limit)' if r['timed_out'] else ''} |")


if __name__ == "__main__":
    main()
