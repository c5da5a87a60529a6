"""Digests end to end over a real Bot API wire: the application factory against the fake server on
127.0.0.1, feeds of real pages served locally, and an injected clock. The bar: a chat subscribes,
sets its time and zone, the clock passes the hour, and exactly one digest arrives; after a restart,
none more that day."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from bot_client import User, text_of
from fake_bot_api import Call, FakeBotAPI, _json, _params
from test_digest_schedule import Clock, _serve
from test_feeds import NOW, LocalSite, site  # noqa: F401

import bot.digest.schedule as schedule
from bot.app import build_application
from bot.digest.zones import zone_of
from bot.settings import Settings

ADMIN = 4242
KARACHI = "Asia/Karachi"


class BlockingAPI(FakeBotAPI):
    """The fake server, where chats in `blocked` answer sendMessage with 403 as Telegram does."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked: set[int] = set()

    async def _route(self, request: Any) -> tuple[int, bytes, str]:
        if request.path.endswith("/sendMessage"):
            params = _params(request)
            if int(params.get("chat_id", 0)) in self.blocked:
                await self._record(Call("sendMessage", params, status=403))
                why = "Forbidden: bot was blocked by the user"
                body = {"ok": False, "error_code": 403, "description": why}
                return 403, _json(body), "application/json"
        return await super()._route(request)


class HoldingAPI(BlockingAPI):
    """The blocking server, where the first sendMessage whose text holds `hold` gets no answer until the
    test lets go: the bot gave up on it by then, so it is recorded as a 504, not as delivered."""

    def __init__(self) -> None:
        super().__init__()
        self.hold: str | None = None
        self.held = asyncio.Event()
        self.let_go = asyncio.Event()

    async def _route(self, request: Any) -> tuple[int, bytes, str]:
        if self.hold and request.path.endswith("/sendMessage"):
            params = _params(request)
            if self.hold in params.get("text", ""):
                self.hold = None
                self.held.set()
                await self.let_go.wait()
                await self._record(Call("sendMessage", params, status=504))
                body = {"ok": False, "error_code": 504, "description": "Gateway Timeout"}
                return 504, _json(body), "application/json"
        return await super()._route(request)


@pytest.fixture
async def api():
    server = await HoldingAPI().start()
    yield server
    server.let_go.set()
    await server.stop()


@contextlib.asynccontextmanager
async def running(api: FakeBotAPI, database: str, clock: Clock, feeds: list[str]) -> AsyncIterator[Any]:
    """The real application (handlers, services, JobQueue) polling the fake server, as `run` does."""
    settings = Settings(
        TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url, SITREP_DATABASE_URL=database,
        SITREP_FEEDS=",".join(feeds), SITREP_FETCH_ALLOW="127.0.0.1", SITREP_ADMIN_IDS=str(ADMIN),
        SITREP_RATE_LIMIT_COUNT="1000", _env_file=None,
    )
    app = build_application(settings, clock=clock)
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.post_stop(app)
        await app.shutdown()
        await app.post_shutdown(app)


@pytest.fixture(autouse=True)
def fast_ticks(monkeypatch) -> None:
    monkeypatch.setattr(schedule, "TICK_SECONDS", 0.2)


def _digests(api: FakeBotAPI, chat_id: int, after: int = 0) -> list[Call]:
    """Digest messages (stories, or "nothing new") sent to the chat after call `after`."""
    return [c for c in api.calls[after:] if c.method == "sendMessage" and c.status == 200
            and c.params["chat_id"] == chat_id and c.params["text"].startswith("<b>Afghanistan")]


async def _settle(seconds: float = 1.2) -> None:
    """Let several ticks run."""
    await asyncio.sleep(seconds)


async def test_bar_one_digest_at_the_local_hour_and_none_more_after_a_restart(api, site, tmp_path) -> None:  # noqa: F811
    feeds, pages = _serve(site)
    database = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    clock = Clock(NOW)
    user = User(api, 501)
    hour = (NOW + timedelta(hours=1)).astimezone(zone_of(KARACHI)).strftime("%H:%M")
    async with running(api, database, clock, feeds) as app:
        assert "Afghanistan" in text_of(await user.send("/subscribe Afghanistan"))
        assert hour in text_of(await user.send(f"/digest_time {hour}"))
        assert KARACHI in text_of(await user.send("/timezone Karachi"))
        await app.bot_data["digest_scheduler"].poll()  # the start-up poll, finished
        await _settle()
        assert _digests(api, 501) == []  # not before its hour
        clock.advance(hours=1, minutes=1)
        await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == 501 and "Afghanistan —" in
                           c.params["text"], timeout=30)
        await _settle()
        sent = _digests(api, 501)
        assert len(sent) == 1
        assert pages[0].title in sent[0].params["text"] and pages[2].title not in sent[0].params["text"]
    mark = len(api.calls)
    async with running(api, database, clock, feeds):
        await _settle(2.0)
        assert _digests(api, 501, mark) == []  # the same local day: none more
        clock.advance(days=1)
        await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == 501, after=mark, timeout=30)
        await _settle()
        next_day = _digests(api, 501, mark)
        assert len(next_day) == 1 and "nothing new" in next_day[0].params["text"]  # once; no new items


async def test_429_is_honoured_and_a_blocked_chat_is_unsubscribed(api, site, tmp_path) -> None:  # noqa: F811
    feeds, _ = _serve(site)
    clock = Clock(NOW)
    ok, gone = User(api, 601), User(api, 602)
    async with running(api, f"sqlite+aiosqlite:///{tmp_path / 'b.sqlite3'}", clock, feeds) as app:
        for user in (ok, gone):
            await user.send("/subscribe Afghanistan")
            await user.send((NOW + timedelta(minutes=30)).strftime("/digest_time %H:%M"))
        await app.bot_data["digest_scheduler"].poll()
        api.blocked.add(602)
        api.fail("sendMessage", 429, retry_after=1)
        mark = len(api.calls)
        started = time.monotonic()
        clock.advance(minutes=31)
        await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == 601, after=mark, timeout=30)
        assert time.monotonic() - started >= 1.0
        await _settle()
        assert 429 in [c.status for c in api.calls[mark:] if c.method == "sendMessage"]
        assert len(_digests(api, 601, mark)) == 1
        service = app.bot_data["digest_service"]
        assert await service.store.topics(602) == []
        rows = {d.chat_id: d.status for d in await service.store.deliveries.all()}
        assert rows == {601: "sent", 602: "blocked"}


async def test_digest_commands(api, site, tmp_path) -> None:  # noqa: F811
    feeds, pages = _serve(site)
    clock = Clock(NOW)
    user, admin = User(api, 701), User(api, ADMIN)
    async with running(api, f"sqlite+aiosqlite:///{tmp_path / 'c.sqlite3'}", clock, feeds) as app:
        assert "Usage: <code>/subscribe" in text_of(await user.send("/subscribe"))
        assert "Follow a topic first" in text_of(await user.send("/digest"))
        await user.send("/subscribe Afghanistan")
        await user.send("/subscribe Sudan")
        assert "already follow" in text_of(await user.send("/subscribe afghanistan"))
        listing = await user.send("/topics")
        buttons = [b for row in listing[-1]["reply_markup"]["inline_keyboard"] for b in row]
        assert [b["text"] for b in buttons] == ["Drop Afghanistan", "Drop Sudan"]
        dropped, _ = await user.press(listing[-1], "Drop Sudan")
        assert "no longer follow <b>Sudan</b>" in text_of(dropped)
        assert "Usage: <code>/timezone Asia/Karachi</code>" in text_of(await user.send("/timezone Atlantis"))
        assert "Etc/GMT-5" in text_of(await user.send("/timezone +05:00"))
        assert "Usage: <code>/digest_time 07:30</code>" in text_of(await user.send("/digest_time later"))
        await app.bot_data["digest_scheduler"].poll()
        assert pages[0].title in text_of(await user.send("/digest"))
        assert feeds[0] in text_of(await user.send("/feeds"))
        assert "Only the bot's admins" in text_of(await user.send("/addfeed https://example.org/rss"))
        site.resources["/three.rss"] = site.resources["/one.rss"]
        assert "Added source" in text_of(await admin.send(f"/addfeed {site.url('/three.rss')}"))
        article = site.url(f"/a/{pages[0].id}.html")  # a page, not a feed
        assert "not an RSS or Atom feed" in text_of(await admin.send(f"/addfeed {article}"))
        assert "Removed source" in text_of(await admin.send("/removefeed 1"))
        assert feeds[0] not in text_of(await user.send("/feeds"))
        assert "Not enough history yet: 0 days" in text_of(await user.send("/trend Afghanistan"))
        store = app.bot_data["digest_service"].store
        from bot.storage.digests import DayFigures

        for n in range(4):
            day = NOW.date() - timedelta(days=n)
            await store.record_day("Afghanistan", DayFigures(day, 3 + n, None, "agreed"))
        mark = len(api.calls)
        await api.push({"message": user.message("/trend")})
        photo = await api.wait_for("sendPhoto", after=mark, timeout=30)
        assert "Afghanistan" in photo[0].params["caption"] and photo[0].params["chat_id"] == 701
        assert "no longer follow any topic (1 dropped)" in text_of(await user.send("/unsubscribe"))


async def test_stopped_mid_broadcast_the_restart_sends_the_rest_each_once(api, tmp_path) -> None:
    database = f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}"
    clock = Clock(NOW)
    chats = set(range(801, 901))  # about 3.5 s of sending at 30 messages/s

    def ours(call: Call) -> bool:
        return call.params["chat_id"] in chats

    mark = len(api.calls)
    async with running(api, database, clock, []) as app:
        store = app.bot_data["digest_service"].store
        for chat in sorted(chats):
            await store.subscribe(chat, "Afghanistan", NOW - timedelta(days=1))
        clock.now = (NOW + timedelta(days=1)).replace(hour=7, minute=1)  # past the default 07:00 UTC
        await api.wait_for("sendMessage", ours, after=mark, count=20, timeout=30)
    first = [c for c in api.calls[mark:] if c.method == "sendMessage" and c.status == 200 and ours(c)]
    assert 20 <= len(first) < len(chats)  # stopped in the middle
    async with running(api, database, clock, []) as app:
        await api.wait_for("sendMessage", ours, after=mark, count=len(chats), timeout=60)
        await _settle()
        rows = await app.bot_data["digest_service"].store.deliveries.all()
    delivered = Counter(c.params["chat_id"] for c in api.calls[mark:]
                        if c.method == "sendMessage" and c.status == 200 and ours(c))
    assert delivered == Counter({chat: 1 for chat in chats})  # none lost, none twice
    assert Counter(r.status for r in rows) == {"sent": len(chats)}


async def test_digest_in_the_subscribers_language_then_in_the_chats_choice(api, site, tmp_path) -> None:  # noqa: F811
    from bot.render.i18n import RLM
    from bot.render.labels import label

    feeds, pages = _serve(site)
    clock = Clock(NOW)
    user = User(api, 521)
    user.user["language_code"] = "ru"

    def digests(after: int) -> list[str]:
        return [c.params["text"] for c in api.calls[after:] if c.method == "sendMessage" and c.status == 200
                and c.params["chat_id"] == 521 and "Afghanistan" in c.params["text"].split("\n")[0]]

    async with running(api, f"sqlite+aiosqlite:///{tmp_path / 'l.sqlite3'}", clock, feeds) as app:
        hour = (NOW + timedelta(minutes=30)).strftime("%H:%M")
        subscribed = text_of(await user.send("/subscribe Afghanistan"))
        assert subscribed.startswith(label("subscribed", "ru").split("<b>")[0])
        await user.send(f"/digest_time {hour}")
        await app.bot_data["digest_scheduler"].poll()
        mark = len(api.calls)
        clock.advance(minutes=31)
        await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == 521, after=mark, timeout=30)
        await _settle()
        [scheduled] = digests(mark)  # in the subscriber's Telegram language
        assert pages[0].title in scheduled
        assert "\n<i>" + label("digest_ceasefire", "ru").split("{")[0] in scheduled
        assert "ceasefire:" not in scheduled and "Sources:" not in scheduled and RLM not in scheduled
        # The chat chooses Arabic: /digest and the next scheduled digest follow it, right to left.
        await user.send("/lang ar")
        now = text_of(await user.send("/digest"))
        assert now.startswith(RLM + "<b>Afghanistan — ") and pages[0].title in now
        assert RLM + "<i>" + label("digest_ceasefire", "ar").split("{")[0] in now
        mark = len(api.calls)
        clock.advance(days=1)
        await api.wait_for("sendMessage", lambda c: c.params["chat_id"] == 521, after=mark, timeout=30)
        await _settle()
        assert digests(mark) == [RLM + label("digest_nothing_new", "ar").format(topic="Afghanistan")]


async def test_stopped_mid_digest_the_restart_sends_the_rest_once_in_order(api, tmp_path) -> None:
    """A digest of three messages (three topics, nothing new in each) is stopped while its second is
    on the wire unanswered; after a restart the second and the third go out, once each, in order."""
    database = f"sqlite+aiosqlite:///{tmp_path / 'p.sqlite3'}"
    clock = Clock(NOW)
    topics = ("Sudan", "Chad", "Libya")
    parts = [f"<b>{t}</b>: nothing new since the last digest." for t in topics]

    def texts(after: int) -> list[str]:
        return [c.params["text"] for c in api.calls[after:]
                if c.method == "sendMessage" and c.status == 200 and c.params["chat_id"] == 950]

    mark = len(api.calls)
    async with running(api, database, clock, []) as app:
        store = app.bot_data["digest_service"].store
        for n, topic in enumerate(topics):
            await store.subscribe(950, topic, NOW - timedelta(days=1) + timedelta(seconds=n))
        scheduler = app.bot_data["digest_scheduler"]
        scheduler.broadcaster.in_flight_wait = 0.2  # no answer is coming: give up on it soon
        api.hold = "<b>Chad</b>"
        clock.now = (NOW + timedelta(days=1)).replace(hour=7, minute=1)  # past the default 07:00 UTC
        await asyncio.wait_for(api.held.wait(), 30)
        await scheduler.stop(grace=0)  # what stopping the bot does to a broadcast still running
        [row] = await store.deliveries.all()
        assert (row.status, row.remaining) == ("partial", tuple(parts[1:]))
    assert texts(mark) == parts[:1]
    async with running(api, database, clock, []) as app:
        await api.wait_for("sendMessage", lambda c: c.params["text"] == parts[2], after=mark, timeout=30)
        await _settle()
        [row] = await app.bot_data["digest_service"].store.deliveries.all()
    assert texts(mark) == parts  # each once, in order
    assert (row.status, row.remaining) == ("sent", ())
