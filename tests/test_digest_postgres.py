"""Several bot processes against one PostgreSQL never send a digest twice: two stores (two engines,
two connection pools, as two processes would have) race for the same deliveries."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import PG_URL
from test_digest_schedule import (
    Clock,
    Recorder,
    Wire,
    _no_sleep,
    _parts_stack,
    _settings,
    _stop_while_on_wire,
    part,
)

from bot.digest.delivery import Broadcaster
from bot.digest.schedule import DigestScheduler
from bot.digest.service import DigestService
from bot.storage import Store
from bot.storage.digests import DigestStore


@pytest.fixture
async def pg_stores(pg_schema: str):
    """Two stores on one fresh PostgreSQL schema."""
    first = await Store(PG_URL, schema=pg_schema).open()
    second = await Store(PG_URL, schema=pg_schema).open()
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


@pytest.mark.postgres
async def test_claims_race_on_postgres_each_won_once(pg_stores) -> None:
    logs = [DigestStore(s.engine).deliveries for s in pg_stores]
    now = datetime(2027, 6, 1, 8, tzinfo=UTC)
    day = date(2027, 6, 1)
    wins = await asyncio.gather(*(
        log.claim(chat, day, "t", f"w{n}", now) for chat in range(200) for n, log in enumerate(logs)
    ))
    assert sum(wins) == 200
    # Stale claims taken over by both at once: still one winner each.
    later = now + timedelta(minutes=30)
    wins = await asyncio.gather(*(
        log.claim(chat, day, "t", f"late{n}", later) for chat in range(200) for n, log in enumerate(logs)
    ))
    assert sum(wins) == 200


@pytest.mark.postgres
async def test_two_processes_broadcasting_send_each_digest_once(pg_stores) -> None:
    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    send = Recorder(clock)
    schedulers = []
    for store in pg_stores:
        service = DigestService(_settings(), DigestStore(store.engine), None, clock)
        broadcaster = Broadcaster(service, send, sleep=_no_sleep, concurrency=8)
        schedulers.append(DigestScheduler(service, broadcaster))
    for chat in range(1, 121):
        await schedulers[0].service.subscribe(chat, "Yemen")
    clock.advance(hours=2)
    outcomes = await asyncio.gather(*(s.tick() for s in schedulers))
    assert sum(o["sent"] for o in outcomes) == 120
    assert all(o["sent"] > 0 for o in outcomes)  # both took part
    assert send.chats() == Counter({chat: 1 for chat in range(1, 121)})
    assert await asyncio.gather(*(s.tick() for s in schedulers)) == [Counter(), Counter()]


async def _exercise(ds: DigestStore) -> None:
    """Every DigestStore method once, on whichever database `ds` is on."""
    from bot.briefing.model import Briefing, Casualties, Ceasefire
    from bot.feeds import FeedItem
    from bot.storage.digests import DayFigures, FeedPoll, ItemBriefing

    now = datetime(2027, 6, 1, 8, tzinfo=UTC)
    assert await ds.subscribe(1, "Sudan", now) and not await ds.subscribe(1, "Sudan", now)
    assert await ds.subscribe(1, "Gaza Israel", now + timedelta(seconds=1))
    assert await ds.topics(1) == ["Sudan", "Gaza Israel"]
    assert await ds.schedule_of(1) == ("07:00", "UTC")
    assert await ds.set_schedule(1, digest_time="06:15") == ("06:15", "UTC")
    assert await ds.set_schedule(1, timezone="Africa/Khartoum") == ("06:15", "Africa/Khartoum")
    [chat] = await ds.chat_digests()
    assert (chat.topics, chat.digest_time, chat.timezone, chat.since, chat.language) == (
        ("Sudan", "Gaza Israel"), "06:15", "Africa/Khartoum", now, "en")
    assert await ds.unsubscribe(1, "sudan") == 1 and await ds.topics(1) == ["Gaza Israel"]
    assert [f.url for f in await ds.feeds(["https://a.example/rss", "https://b.example/rss"])] == [
        "https://a.example/rss", "https://b.example/rss"]
    assert await ds.add_feed("https://c.example/rss", 42) and not await ds.add_feed("https://c.example/rss")
    assert await ds.remove_feed("https://a.example/rss") and not await ds.remove_feed("https://a.example/rss")
    assert [f.url for f in await ds.feeds(["https://a.example/rss"])] == ["https://b.example/rss", "https://c.example/rss"]
    await ds.save_poll(FeedPoll("https://b.example/rss", '"e1"', None, now))
    await ds.save_poll(FeedPoll("https://b.example/rss", '"e2"', "Tue, 01 Jun 2027 07:00:00 GMT", now))
    poll = await ds.poll_state("https://b.example/rss")
    assert poll is not None and (poll.etag, poll.polled_at) == ('"e2"', now)
    items = [FeedItem(f"id{n}", f"https://b.example/{n}", f"Title {n}", "Summary.", now - timedelta(hours=n),
                      "B") for n in range(3)]
    assert len(await ds.add_items("https://b.example/rss", items, now)) == 3
    assert await ds.add_items("https://b.example/rss", items, now) == []
    assert [i.key for i in await ds.items_since(now - timedelta(hours=1, minutes=30))] == [
        "https://b.example/0", "https://b.example/1"]
    briefing = Briefing("en", 10, 1, ("One.",), (), Casualties(), Ceasefire("agreed", "A truce."), "T")
    await ds.save_item_briefing(ItemBriefing("https://b.example/0", True, "One.", briefing))
    await ds.save_item_briefing(ItemBriefing("https://b.example/0", False, "Other.", briefing))
    kept = await ds.item_briefings(["https://b.example/0", "https://b.example/9"])
    assert list(kept) == ["https://b.example/0"] and kept["https://b.example/0"].text == "One."
    assert kept["https://b.example/0"].briefing.ceasefire.status == "agreed"
    await ds.record_day("Sudan", DayFigures(date(2027, 6, 1), 5, None, "agreed"))
    await ds.record_day("sudan", DayFigures(date(2027, 6, 1), 7, 2, "violated"))
    assert await ds.trend("SUDAN", date(2027, 5, 1)) == [DayFigures(date(2027, 6, 1), 7, 2, "violated")]
    assert await ds.last_ceasefire(1, "Sudan") is None
    await ds.set_last_ceasefire(1, "Sudan", "agreed")
    await ds.set_last_ceasefire(1, "sudan", "violated")
    assert await ds.last_ceasefire(1, "Sudan") == "violated"


@pytest.mark.postgres
async def test_digest_store_on_postgres(pg_stores) -> None:
    await _exercise(DigestStore(pg_stores[0].engine))


async def test_digest_store_on_sqlite(tmp_path) -> None:
    store = await Store(f"sqlite+aiosqlite:///{tmp_path / 's.sqlite3'}").open()
    try:
        await _exercise(DigestStore(store.engine))
    finally:
        await store.close()


async def _subscriber_language(store: Store) -> None:
    """From a database at 0002: the migration adds subscriptions.language and keeps the rows; a digest
    is in the chat's /lang choice, else the Telegram language of the latest subscriber, else English."""
    import sqlalchemy as sa
    from alembic import command

    from bot.storage.migrate import _config, head, revision_of, upgrade

    def columns(sync) -> list[str]:  # type: ignore[no-untyped-def]
        return [c["name"] for c in sa.inspect(sync).get_columns("subscriptions")]

    now = datetime(2027, 6, 1, 8, tzinfo=UTC)
    await upgrade(store.engine, "0002")
    old = sa.table("subscriptions", sa.column("chat_id"), sa.column("topic"),
                   sa.column("created_at", sa.DateTime(timezone=True)))
    async with store.engine.begin() as conn:
        await conn.execute(sa.insert(old).values(chat_id=1, topic="Sudan", created_at=now))
        assert "language" not in await conn.run_sync(columns)
    await upgrade(store.engine)
    assert await revision_of(store.engine) == head()
    async with store.engine.connect() as conn:
        assert "language" in await conn.run_sync(columns)
    ds = DigestStore(store.engine)

    async def language() -> str:
        chats = {c.chat_id: c for c in await ds.chat_digests()}
        assert chats[1].language == await ds.digest_language(1)
        return chats[1].language

    [chat] = await ds.chat_digests()
    assert chat.topics == ("Sudan",) and await language() == "en"  # a row from before: English
    assert await ds.subscribe(1, "Chad", now + timedelta(seconds=1), language="ru-RU")
    assert await language() == "ru"
    assert await ds.subscribe(1, "Libya", now + timedelta(seconds=2), language="pt-BR")  # not one of ours
    assert await language() == "ru"  # the latest subscriber whose language we speak
    assert await ds.subscribe(1, "Yemen", now + timedelta(seconds=3), language="ar")
    assert await language() == "ar"
    await store.set_reply_language(1, "de")  # /lang de in the chat wins
    assert await language() == "de"
    await store.set_reply_language(1, None)  # /lang auto: the subscriber's again
    assert await language() == "ar"
    assert await ds.subscribe(2, "Gaza", now) and await ds.digest_language(2) == "en"
    assert {c.chat_id: c.language for c in await ds.chat_digests()} == {1: "ar", 2: "en"}
    # Down to 0002 and up again: the subscriptions stay, their languages are gone.
    async with store.engine.begin() as conn:
        await conn.run_sync(lambda sync: command.downgrade(_config(sync), "0002"))
        assert "language" not in await conn.run_sync(columns)
    await upgrade(store.engine)
    assert await ds.topics(1) == ["Sudan", "Chad", "Libya", "Yemen"] and await language() == "en"


async def test_migration_adds_the_subscribers_language_on_sqlite(tmp_path) -> None:
    store = Store(f"sqlite+aiosqlite:///{tmp_path / 'm.sqlite3'}")
    try:
        await _subscriber_language(store)
    finally:
        await store.close()


@pytest.mark.postgres
async def test_migration_adds_the_subscribers_language_on_postgres(pg_schema: str) -> None:
    store = Store(PG_URL, schema=pg_schema)
    try:
        await _subscriber_language(store)
    finally:
        await store.close()


# --- a digest stopped part-way --------------------------------------------------------------------

# Parts as a digest has them: HTML, right-to-left marks, Cyrillic, an emoji, line breaks.
REST = ("\u200f<b>السودان — 1 يونيو</b>\n<i>وقف إطلاق النار: متفق عليه</i>",
        "<b>Судан</b> &amp; <a href=\"https://a.example/x?y=1&amp;z=2\">источник</a> 🕊\n\n«конец»")


async def _partial_log(ds: DigestStore) -> None:
    """The delivery log keeps the parts still to send exactly, gives the claim back, and lets one
    taker have them at once; a release keeps them, sent clears them."""
    log = ds.deliveries
    now = datetime(2027, 6, 1, 8, tzinfo=UTC)
    day = date(2027, 6, 1)
    situations = [["Sudan", {"ceasefire": "agreed", "killed": None}]]
    assert await log.take(1, day, "Sudan", "w1", now) is not None
    assert not await log.suspend(1, day, "w2", REST, situations, now)  # not w2's claim
    assert await log.suspend(1, day, "w1", REST, situations, now)
    row = await log.get(1, day)
    assert row is not None and (row.status, row.remaining, row.situations) == ("partial", REST, situations)
    assert await log.days_done(day, now) == set()  # due again, at once
    assert not await log.suspend(1, day, "w1", REST, situations, now)  # given back already
    taken = await asyncio.gather(*(log.take(1, day, "Sudan", f"t{n}", now) for n in range(6)))
    [claim] = [t for t in taken if t is not None]
    assert claim.remaining == REST and claim.situations == situations
    taker = (await log.get(1, day)).claimed_by
    assert await log.days_done(day, now) == {(1, day)}
    await log.release(1, day, taker)  # stopped before any of the rest went out: kept as it was
    row = await log.get(1, day)
    assert (row.status, row.remaining) == ("partial", REST)
    assert (await log.take(1, day, "Sudan", "w3", now)).remaining == REST
    assert await log.finish(1, day, "w3", "sent", now)
    row = await log.get(1, day)
    assert (row.status, row.remaining, row.situations, row.attempts) == ("sent", (), None, 3)
    assert await log.take(1, day, "Sudan", "w4", now) is None
    # A claim with nothing sent is deleted on release, as before.
    assert await log.take(2, day, "Sudan", "w1", now) is not None
    await log.release(2, day, "w1")
    assert await log.get(2, day) is None


@pytest.mark.postgres
async def test_partial_delivery_log_on_postgres(pg_stores) -> None:
    await _partial_log(DigestStore(pg_stores[0].engine))


async def test_partial_delivery_log_on_sqlite(tmp_path) -> None:
    store = await Store(f"sqlite+aiosqlite:///{tmp_path / 'p.sqlite3'}").open()
    try:
        await _partial_log(DigestStore(store.engine))
    finally:
        await store.close()


@pytest.mark.postgres
async def test_stopped_mid_digest_on_postgres_two_processes_send_the_rest_once(pg_stores) -> None:
    """Process one is stopped after part 1 of 3; both then tick at once: parts 2 and 3 go out once, in
    order, from whichever takes them, and the log says sent."""
    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    day = date(2027, 6, 1)
    wire = Wire(clock, hang_at=2)
    first = _parts_stack(pg_stores[0], clock, wire, in_flight_wait=0.05)
    for chat in (1, 2):
        await first.service.subscribe(chat, "Sudan")
    clock.advance(hours=1, minutes=1)
    first.broadcaster.concurrency = 1
    await _stop_while_on_wire(first, wire)  # one chat has part 1; the other nothing yet
    [(stopped, first_part)] = [(c, t) for c, t, _ in wire.sent]
    other = 3 - stopped
    assert first_part == part(1)
    sends = [Recorder(clock), Recorder(clock)]
    again = [_parts_stack(s, clock, r, version="b") for s, r in zip(pg_stores, sends, strict=True)]
    outcomes = await asyncio.gather(*(s.tick() for s in again))
    assert sum(o["sent"] for o in outcomes) == 2
    assert [t for r in sends for c, t, _ in r.sent if c == stopped] == [part(2), part(3)]
    assert [t for r in sends for c, t, _ in r.sent if c == other] == [part(n, 3, "b") for n in (1, 2, 3)]
    rows = {d.chat_id: d for d in await again[0].service.store.deliveries.all(day)}
    assert {c: (d.status, d.remaining) for c, d in rows.items()} == {1: ("sent", ()), 2: ("sent", ())}
    assert await again[1].service.store.trend("Sudan", day) != []


async def _remaining_parts_migration(store: Store) -> None:
    """From a database at 0003: the migration adds deliveries.remaining and .situations, keeping the
    rows (nothing pending in them); down again, a digest waiting for its rest is recorded as failed."""
    import sqlalchemy as sa
    from alembic import command

    from bot.storage.migrate import _config, head, revision_of, upgrade

    def columns(sync) -> list[str]:  # type: ignore[no-untyped-def]
        return [c["name"] for c in sa.inspect(sync).get_columns("deliveries")]

    now = datetime(2027, 6, 1, 8, tzinfo=UTC)
    day = date(2027, 6, 1)
    await upgrade(store.engine, "0003")
    old = sa.table("deliveries", *(sa.column(c) for c in ("chat_id", "day", "topic", "status", "attempts",
                                                           "claimed_by", "claimed_at", "finished_at")))
    async with store.engine.begin() as conn:
        assert "remaining" not in await conn.run_sync(columns)
        await conn.execute(sa.insert(old).values(chat_id=1, day=day, topic="Sudan", status="sent", attempts=1,
                                                 claimed_by="old", claimed_at=now, finished_at=now))
    log = DigestStore(store.engine).deliveries
    await upgrade(store.engine)
    assert await revision_of(store.engine) == head()
    async with store.engine.connect() as conn:
        assert {"remaining", "situations"} <= set(await conn.run_sync(columns))
    row = await log.get(1, day)
    assert row is not None and (row.status, row.remaining, row.situations) == ("sent", (), None)
    assert await log.take(2, day, "Sudan", "new", now) is not None
    assert await log.suspend(2, day, "new", REST, [["Sudan", None]], now)
    assert (await log.get(2, day)).remaining == REST
    async with store.engine.begin() as conn:
        await conn.run_sync(lambda sync: command.downgrade(_config(sync), "0003"))
        assert "remaining" not in await conn.run_sync(columns)
        statuses = dict((await conn.execute(sa.text("SELECT chat_id, status FROM deliveries"))).all())
    assert statuses == {1: "sent", 2: "failed"}
    await upgrade(store.engine)
    assert [(d.chat_id, d.status, d.remaining) for d in await log.all(day)] == [
        (1, "sent", ()), (2, "failed", ())]


async def test_migration_keeps_the_rest_of_a_stopped_digest_on_sqlite(tmp_path) -> None:
    store = Store(f"sqlite+aiosqlite:///{tmp_path / 'r.sqlite3'}")
    try:
        await _remaining_parts_migration(store)
    finally:
        await store.close()


@pytest.mark.postgres
async def test_migration_keeps_the_rest_of_a_stopped_digest_on_postgres(pg_schema: str) -> None:
    store = Store(PG_URL, schema=pg_schema)
    try:
        await _remaining_parts_migration(store)
    finally:
        await store.close()
