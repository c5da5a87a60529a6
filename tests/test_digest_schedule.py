"""Digest scheduling and delivery on the store, with an injected clock: local hours through DST changes,
missed hours, restarts mid-broadcast (and mid-digest), RetryAfter, Forbidden, errors; times and zones as
users type them."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from test_feeds import NOW, Entry, LocalSite, Resource, atom, real_pages, rss, site  # noqa: F401

from bot.briefing.model import CasualtyReport
from bot.digest.delivery import Broadcaster
from bot.digest.model import Situation
from bot.digest.schedule import DigestScheduler, due_day
from bot.digest.service import DigestMessage, DigestService
from bot.digest.zones import local_at, parse_clock, resolve_zone, zone_of
from bot.ingest.fetcher import Fetcher
from bot.settings import Settings
from bot.storage import Store
from bot.storage.digests import ChatDigest, DayFigures, DigestStore

BERLIN = "Europe/Berlin"


class Clock:
    """Aware UTC now, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class Recorder:
    """A `send` that records (chat, text, clock time); chats in `fail` raise the error given."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.sent: list[tuple[int, str, datetime]] = []
        self.fail: dict[int, list[Exception]] = {}

    async def __call__(self, chat_id: int, text: str) -> None:
        errors = self.fail.get(chat_id)
        if errors:
            raise errors.pop(0)
        self.sent.append((chat_id, text, self.clock()))

    def chats(self) -> Counter[int]:
        return Counter(c for c, _, _ in self.sent)


def _settings(feeds: str = "") -> Settings:
    return Settings(SITREP_FEEDS=feeds, SITREP_DIGEST_TIME="07:00", SITREP_DIGEST_TIMEZONE="UTC",
                    SITREP_FETCH_ALLOW="127.0.0.1", _env_file=None)


@pytest.fixture
async def store(tmp_path):
    opened = await Store(f"sqlite+aiosqlite:///{tmp_path / 'd.sqlite3'}").open()
    yield opened
    await opened.close()


def _stack(store: Store, clock: Clock, send: Recorder | None = None, **kw) -> DigestScheduler:
    service = DigestService(_settings(), DigestStore(store.engine, "07:00", "UTC"), None, clock)
    broadcaster = Broadcaster(service, send or Recorder(clock), sleep=kw.pop("sleep", _no_sleep), **kw)
    return DigestScheduler(service, broadcaster)


async def _no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


# --- times and zones ------------------------------------------------------------------------------


def test_clock_and_zone_parsing() -> None:
    assert [parse_clock(t) for t in ("07:30", "7:30", "7", "19.05", "7h30")] == [
        "07:30", "07:30", "07:00", "19:05", "07:30"]
    assert parse_clock("25:00") is None and parse_clock("seven") is None and parse_clock("") is None
    assert resolve_zone("Asia/Karachi").zone == "Asia/Karachi"
    assert resolve_zone("asia/karachi").zone == "Asia/Karachi"
    assert resolve_zone("Karachi").zone == "Asia/Karachi"
    assert resolve_zone("new york").zone == "America/New_York"
    assert resolve_zone("Istanbul").zone in ("Asia/Istanbul", "Europe/Istanbul")  # aliases: one clock
    assert resolve_zone("Buenos Aires").zone is not None
    assert resolve_zone("+05:00").zone == "Etc/GMT-5"
    assert resolve_zone("UTC-3").zone == "Etc/GMT+3"
    assert resolve_zone("+05:30").zone == "+05:30"
    assert resolve_zone("utc").zone == "UTC"
    assert resolve_zone("Atlantis").zone is None and resolve_zone("").zone is None
    assert zone_of("+05:30").utcoffset(None) == timedelta(hours=5, minutes=30)
    assert zone_of("Etc/GMT-5").utcoffset(datetime(2026, 1, 1)) == timedelta(hours=5)


def test_local_hour_does_not_move_across_dst_changes() -> None:
    berlin = zone_of(BERLIN)
    # Last Sundays of March and October 2027: 07:30 in Berlin is 06:30 UTC in winter, 05:30 in summer.
    assert local_at(date(2027, 3, 27), "07:30", berlin) == datetime(2027, 3, 27, 6, 30, tzinfo=UTC)
    assert local_at(date(2027, 3, 28), "07:30", berlin) == datetime(2027, 3, 28, 5, 30, tzinfo=UTC)
    assert local_at(date(2027, 10, 30), "07:30", berlin) == datetime(2027, 10, 30, 5, 30, tzinfo=UTC)
    assert local_at(date(2027, 10, 31), "07:30", berlin) == datetime(2027, 10, 31, 6, 30, tzinfo=UTC)
    # 02:30 does not exist on 28 March: it is taken as the instant after the gap.
    assert local_at(date(2027, 3, 28), "02:30", berlin) == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    chat = ChatDigest(1, ("x",), "07:30", BERLIN, datetime(2027, 1, 1, tzinfo=UTC))
    assert due_day(chat, datetime(2027, 3, 28, 5, 29, tzinfo=UTC)) is None
    assert due_day(chat, datetime(2027, 3, 28, 5, 30, tzinfo=UTC)) == date(2027, 3, 28)
    # Just after midnight UTC it is already the next day in Karachi.
    karachi = ChatDigest(2, ("x",), "00:30", "Asia/Karachi", datetime(2027, 1, 1, tzinfo=UTC))
    assert due_day(karachi, datetime(2027, 3, 1, 19, 31, tzinfo=UTC)) == date(2027, 3, 2)


def test_every_answer_of_the_digest_service_has_a_label() -> None:
    import re
    from pathlib import Path

    import bot.digest.service as service_module
    import handlers.digest as handler_module
    from bot.render.labels import LABELS

    used = set()
    for module in (service_module, handler_module):
        used |= set(re.findall(r'(?:Said|label)\("(\w+)"', Path(module.__file__).read_text("utf-8")))
    assert len(used) > 20 and used <= set(LABELS), used - set(LABELS)


# --- the schedule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start", [datetime(2027, 3, 25, 12, tzinfo=UTC), datetime(2027, 10, 28, 12, tzinfo=UTC)]
)
async def test_one_digest_a_day_at_the_local_hour_through_a_dst_change(store, start) -> None:
    clock = Clock(start)
    send = Recorder(clock)
    scheduler = _stack(store, clock, send)
    await scheduler.service.subscribe(5, "Pakistan Afghanistan")
    await scheduler.service.set_time(5, "07:30")
    await scheduler.service.set_zone(5, "Berlin")
    while clock.now < start + timedelta(days=5):
        await scheduler.tick()
        clock.advance(minutes=10)
    local = [t.astimezone(zone_of(BERLIN)) for _, _, t in send.sent]
    assert len(local) == 5  # one a day, the first the day after subscribing at noon
    assert [t.date() for t in local] == [start.date() + timedelta(days=n) for n in range(1, 6)]
    assert all((t.hour, t.minute) == (7, 30) for t in local), local
    assert {t.utcoffset() for t in local} == {timedelta(hours=1), timedelta(hours=2)}  # both sides


async def test_missed_hour_is_sent_when_back_once_and_only_the_same_local_day(store) -> None:
    clock = Clock(datetime(2027, 5, 3, 5, tzinfo=UTC))
    send = Recorder(clock)
    scheduler = _stack(store, clock, send)
    await scheduler.service.subscribe(7, "Syria")
    await scheduler.service.set_zone(7, "Asia/Karachi")  # 07:00 there is 02:00 UTC
    clock.now = datetime(2027, 5, 4, 9, tzinfo=UTC)  # down from 05:00 to 09:00 UTC the next day
    await scheduler.tick()
    await scheduler.tick()
    assert [(c, t) for c, _, t in send.sent] == [(7, clock.now)]
    # Down over the whole next day (the 5th, Karachi): that digest is not sent on the 6th.
    clock.now = datetime(2027, 5, 5, 19, 30, tzinfo=UTC)  # 00:30 on the 6th in Karachi
    await scheduler.tick()
    assert len(send.sent) == 1
    clock.now = datetime(2027, 5, 6, 2, 1, tzinfo=UTC)
    await scheduler.tick()
    log = await scheduler.service.store.deliveries.all()
    assert [(d.day, d.status) for d in log] == [(date(2027, 5, 4), "sent"), (date(2027, 5, 6), "sent")]


async def test_restart_mid_broadcast_resumes_without_repeats(store) -> None:
    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    gate = asyncio.Event()
    first_sent: list[int] = []

    class Stalling(Recorder):
        async def __call__(self, chat_id: int, text: str) -> None:
            if len(first_sent) >= 20:
                await gate.wait()  # the process is stopped while this send hangs
            first_sent.append(chat_id)

    first = _stack(store, clock, Stalling(clock), concurrency=4, in_flight_wait=0.05)
    for chat in range(1, 51):
        await first.service.subscribe(chat, "Sudan")
    clock.advance(hours=1, minutes=1)
    task = asyncio.create_task(first.tick())
    while len(first_sent) < 20:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    task.cancel()  # what stopping the application does to a running broadcast
    with pytest.raises(asyncio.CancelledError):
        await task
    # A new process on the same store: the rest, each once.
    send = Recorder(clock)
    second = _stack(store, clock, send)
    await second.tick()
    await second.tick()
    assert len(first_sent) == 20 and len(set(first_sent)) == 20
    assert sorted(first_sent + [c for c, _, _ in send.sent]) == list(range(1, 51))
    statuses = Counter(d.status for d in await second.service.store.deliveries.all())
    assert statuses == {"sent": 50}


async def test_a_request_in_flight_when_stopped_is_recorded_as_it_ended(store) -> None:
    """Stopping cancels the broadcast while requests are on the wire: one Telegram answers counts as
    sent (a restart must not repeat it), one that fails is given back to be sent later."""
    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    on_wire: list[int] = []
    answer = asyncio.Event()

    class Slow(Recorder):
        async def __call__(self, chat_id: int, text: str) -> None:
            on_wire.append(chat_id)
            await answer.wait()
            if chat_id == 2:
                raise NetworkError("connection reset")
            self.sent.append((chat_id, text, self.clock()))

    send = Slow(clock)
    first = _stack(store, clock, send, concurrency=2)
    for chat in (1, 2):
        await first.service.subscribe(chat, "Sudan")
    clock.advance(hours=1, minutes=1)
    task = asyncio.create_task(first.tick())
    while len(on_wire) < 2:  # both requests are in flight
        await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.sleep(0.05)
    answer.set()  # Telegram answers after the cancel
    with pytest.raises(asyncio.CancelledError):
        await task
    rows = {d.chat_id: d.status for d in await first.service.store.deliveries.all()}
    assert send.chats() == {1: 1} and rows == {1: "sent"}
    again = Recorder(clock)
    second = _stack(store, clock, again)
    await second.tick()
    assert again.chats() == {2: 1}  # the failed one, once; chat 1 not repeated


async def test_claim_of_a_dead_process_is_taken_over_after_the_lease(store) -> None:
    clock = Clock(datetime(2027, 6, 1, 7, 5, tzinfo=UTC))
    send = Recorder(clock)
    scheduler = _stack(store, clock, send)
    await scheduler.service.store.subscribe(9, "Gaza", datetime(2027, 5, 1, tzinfo=UTC))
    log = scheduler.service.store.deliveries
    assert await log.claim(9, date(2027, 6, 1), "Gaza", "dead-process", clock())
    await scheduler.tick()
    assert send.sent == []  # still within the dead process's lease
    clock.advance(minutes=11)
    await scheduler.tick()
    await scheduler.tick()
    assert send.chats() == {9: 1}
    row = await log.get(9, date(2027, 6, 1))
    assert row is not None and row.status == "sent" and row.attempts == 2


async def test_retry_after_forbidden_and_errors(store) -> None:
    clock = Clock(datetime(2027, 7, 1, 6, tzinfo=UTC))
    send = Recorder(clock)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    scheduler = _stack(store, clock, send, sleep=sleep, backoff=0.5)
    for chat in (1, 2, 3, 4, 5):
        await scheduler.service.subscribe(chat, "Ukraine Russia")
    send.fail[1] = [RetryAfter(timedelta(seconds=3)), RetryAfter(timedelta(seconds=2))]
    send.fail[2] = [Forbidden("Forbidden: bot was blocked by the user")]
    send.fail[3] = [NetworkError("reset")] * 4
    send.fail[4] = [NetworkError("reset"), NetworkError("reset")]
    send.fail[5] = [BadRequest("Chat not found")]
    clock.advance(hours=2)
    outcomes = await scheduler.tick()
    assert outcomes == {"sent": 2, "blocked": 1, "failed": 2}
    assert send.chats() == {1: 1, 4: 1}
    assert sorted(slept) == sorted([3, 2, 0.5, 1.0, 2.0, 0.5, 1.0])
    store_ = scheduler.service.store
    assert await store_.topics(2) == []  # blocked: unsubscribed
    rows = {d.chat_id: d for d in await store_.deliveries.all()}
    assert rows[2].status == "blocked"
    assert rows[3].status == "failed" and "NetworkError" in (rows[3].error or "")
    assert rows[5].status == "failed" and "bad request" in (rows[5].error or "")
    assert await scheduler.tick() == Counter()  # failures are recorded, not retried all day


# --- a digest of several messages stopped part-way --------------------------------------------------


def part(n: int, of: int = 3, version: str = "a") -> str:
    """Part `n` of a digest of `of` messages written from `version` of the day's stories."""
    return f"<b>Sudan</b> ({version}) part {n} of {of}"


class Parts(DigestService):
    """A service whose digest for every chat is `count` messages written from `version` of the day's
    stories, with a situation for /trend; it counts how often it composed."""

    def __init__(self, *args, count: int = 3, version: str = "a", **kw) -> None:
        super().__init__(*args, **kw)
        self.count = count
        self.version = version
        self.composed = 0

    async def compose_for(self, chat: ChatDigest, day: date, now: datetime | None = None) -> DigestMessage:
        self.composed += 1
        parts = tuple(part(n, self.count, self.version) for n in range(1, self.count + 1))
        dead = CasualtyReport("killed", 12, None, False, "12 killed", "Twelve people were killed.")
        return DigestMessage(parts, (("Sudan", Situation("agreed", None, dead, None, (("Sudan", 3),))),))


class Wire(Recorder):
    """A `send` whose `hang_at`-th request (1-based, this process's) stays on the wire until `answer` is
    set (then it went out) or the broadcast gives up on it (then it did not)."""

    def __init__(self, clock: Clock, hang_at: int) -> None:
        super().__init__(clock)
        self.hang_at = hang_at
        self.asked = 0
        self.on_wire: asyncio.Event = asyncio.Event()
        self.answer = asyncio.Event()

    async def __call__(self, chat_id: int, text: str) -> None:
        self.asked += 1
        if self.asked == self.hang_at:
            self.on_wire.set()
            await self.answer.wait()
        await super().__call__(chat_id, text)


def _parts_stack(store: Store, clock: Clock, send: Recorder, *, count: int = 3, version: str = "a",
                 **kw) -> DigestScheduler:
    service = Parts(_settings(), DigestStore(store.engine, "07:00", "UTC"), None, clock, count=count,
                    version=version)
    return DigestScheduler(service, Broadcaster(service, send, sleep=kw.pop("sleep", _no_sleep), **kw))


async def _stop_while_on_wire(scheduler: DigestScheduler, send: Wire, answered: bool = False) -> None:
    """Run a tick, cancel it (stopping the application) while `send` has a request on the wire, and let
    Telegram answer that request after the cancel when `answered`."""
    task = asyncio.create_task(scheduler.tick())
    await send.on_wire.wait()
    task.cancel()
    if answered:
        await asyncio.sleep(0)
        send.answer.set()
    with pytest.raises(asyncio.CancelledError):
        await task


def test_situations_kept_for_the_rest_read_back_as_they_were() -> None:
    import json

    from bot.digest.delivery import situations_from_json, situations_to_json

    dead = CasualtyReport("killed", 24, 30, True, "dozens", "Dozens <died> & more.", side="both")
    situations = (("Sudan", Situation("violated", "agreed", dead, None, (("RSF", 4), ("SAF", 2)))),
                  ("Chad", None))
    stored = json.loads(json.dumps(situations_to_json(situations)))  # as the JSON column hands it back
    assert situations_from_json(stored) == situations
    stored[0][1]["killed"]["a_field_since_dropped"] = 1
    assert situations_from_json(stored) == situations
    assert situations_from_json(None) == ()


async def _stopped_after_part_one(store: Store, chat_id: int) -> tuple[Clock, DigestScheduler, Wire]:
    """A three-part digest for `chat_id` stopped while part 2 was on the wire (never answered): part 1
    went out. Returns the clock, the stopped scheduler and its wire."""
    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    wire = Wire(clock, hang_at=2)
    first = _parts_stack(store, clock, wire, in_flight_wait=0.05)
    await first.service.subscribe(chat_id, "Sudan")
    clock.advance(hours=1, minutes=1)
    await _stop_while_on_wire(first, wire)
    return clock, first, wire


async def test_stopped_after_part_one_of_three_the_restart_sends_parts_two_and_three_once(store) -> None:
    clock, first, wire = await _stopped_after_part_one(store, 1)
    day = date(2027, 6, 1)
    assert [t for _, t, _ in wire.sent] == [part(1)]
    log = first.service.store.deliveries
    row = await log.get(1, day)
    assert row is not None and row.status == "partial"
    assert row.remaining == (part(2), part(3))
    assert await first.service.store.trend("Sudan", day) == []  # recorded once all parts are out
    assert await first.due() != []  # the rest is due

    # Restarted: the stories have changed since, and Telegram asks it to wait once; the rest goes out
    # as it was, in order, without composing anything.
    send = Recorder(clock)
    send.fail[1] = [RetryAfter(timedelta(seconds=3))]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    second = _parts_stack(store, clock, send, version="b", sleep=sleep)
    assert await second.tick() == {"sent": 1}
    assert [t for _, t, _ in send.sent] == [part(2), part(3)]
    assert second.service.composed == 0 and slept == [3]
    row = await log.get(1, day)
    assert row is not None and (row.status, row.remaining, row.situations) == ("sent", (), None)
    assert await second.service.store.trend("Sudan", day) == [DayFigures(day, 12, None, "agreed")]
    assert await second.service.store.last_ceasefire(1, "Sudan") == "agreed"
    assert await second.tick() == Counter()  # none more that day
    assert [t for _, t, _ in wire.sent + send.sent] == [part(1), part(2), part(3)]


async def test_stopped_again_while_sending_the_rest_each_part_still_goes_out_once(store) -> None:
    """Four parts and three stops: one after part 2 was answered on the wire (it went out), one before
    anything of the rest went out (the rest is kept as it was), one after part 3."""
    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    day = date(2027, 6, 1)
    processes: list[Recorder] = []

    async def run(send: Recorder, version: str, answered: bool = False, **kw) -> DigestScheduler:
        processes.append(send)
        scheduler = _parts_stack(store, clock, send, count=4, version=version, **kw)
        if isinstance(send, Wire):
            await _stop_while_on_wire(scheduler, send, answered)
        else:
            assert await scheduler.tick() == {"sent": 1}
        return scheduler

    await DigestStore(store.engine).subscribe(7, "Sudan", clock() - timedelta(days=1))
    clock.advance(hours=1, minutes=1)
    first = await run(Wire(clock, hang_at=2), "a", answered=True)  # parts 1 and 2 out
    log = first.service.store.deliveries
    assert (await log.get(7, day)).remaining == (part(3, 4), part(4, 4))
    await run(Wire(clock, hang_at=1), "b", in_flight_wait=0.05)  # part 3 never answered
    row = await log.get(7, day)
    assert row.status == "partial"
    assert row.remaining == (part(3, 4), part(4, 4))
    await run(Wire(clock, hang_at=2), "c", in_flight_wait=0.05)  # part 3 out, part 4 not
    assert (await log.get(7, day)).remaining == (part(4, 4),)
    last = await run(Recorder(clock), "d")
    assert [t for p in processes for _, t, _ in p.sent] == [part(n, 4) for n in range(1, 5)]
    row = await log.get(7, day)
    assert (row.status, row.remaining, row.attempts) == ("sent", (), 4)
    assert await last.service.store.trend("Sudan", day) == [DayFigures(day, 12, None, "agreed")]


async def test_the_rest_of_a_digest_whose_sender_died_is_sent_after_the_lease(store) -> None:
    clock, first, _ = await _stopped_after_part_one(store, 3)
    day = date(2027, 6, 1)
    log = first.service.store.deliveries
    # A process takes the rest and dies without a word: the row is its claim until the lease ends.
    taken = await log.take(3, day, "Sudan", "dead-process", clock())
    assert taken is not None and taken.remaining == (part(2), part(3))
    assert await log.take(3, day, "Sudan", "another", clock()) is None
    send = Recorder(clock)
    second = _parts_stack(store, clock, send, version="b")
    assert await second.tick() == Counter()
    clock.advance(minutes=11)
    assert await second.tick() == {"sent": 1}
    assert [t for _, t, _ in send.sent] == [part(2), part(3)]
    assert second.service.composed == 0


async def test_a_chat_that_blocked_the_bot_before_the_rest_is_unsubscribed(store) -> None:
    clock, _, _ = await _stopped_after_part_one(store, 4)
    day = date(2027, 6, 1)
    send = Recorder(clock)
    send.fail[4] = [Forbidden("Forbidden: bot was blocked by the user")]
    second = _parts_stack(store, clock, send)
    assert await second.tick() == {"blocked": 1}
    row = await second.service.store.deliveries.get(4, day)
    assert row is not None and row.status == "blocked"
    assert row.remaining == (part(2), part(3))  # never sent
    assert await second.service.store.topics(4) == [] and send.sent == []


# --- feeds: polled conditionally, items stored once, articles briefed once --------------------------


def _serve(site: LocalSite) -> tuple[list[str], list]:  # noqa: F811
    """An RSS and an Atom feed of real pages, with validators, served on 127.0.0.1."""
    pages = real_pages()
    for p in pages:
        site.resources[f"/a/{p.id}.html"] = Resource(p.html, "text/html; charset=utf-8")
    entries = [Entry(p.title, site.url(f"/a/{p.id}.html"), p.lead, NOW - timedelta(hours=n + 1))
               for n, p in enumerate(pages)]
    site.resources["/one.rss"] = Resource(
        rss("Outlet One", site.url("/"), entries[:2]), "application/rss+xml", etag='"one-1"'
    )
    site.resources["/two.atom"] = Resource(atom("Outlet Two", site.url("/"), entries[2:]),
                                           "application/atom+xml", last_modified=NOW - timedelta(hours=1))
    return [site.url("/one.rss"), site.url("/two.atom")], pages


async def test_feeds_polled_conditionally_items_once_articles_briefed_once(store, site) -> None:  # noqa: F811
    urls, pages = _serve(site)
    clock = Clock(NOW)
    fetcher = Fetcher(_settings())
    try:
        service = DigestService(_settings(",".join(urls)), DigestStore(store.engine), fetcher, clock)
        send = Recorder(clock)
        scheduler = DigestScheduler(service, Broadcaster(service, send, sleep=_no_sleep))
        # The digest is due a little after NOW, so the items (an hour or more old) are in its day.
        due = NOW + timedelta(minutes=10)
        for chat in (11, 12, 13):
            await service.store.subscribe(chat, "Afghanistan", NOW - timedelta(days=2))
            await service.store.set_schedule(chat, digest_time=f"{due:%H:%M}", timezone="UTC")
        first = await scheduler.poll()
        assert (first.feeds, first.new_items, first.failed) == (2, len(pages), 0)
        second = await scheduler.poll()
        assert (second.new_items, second.not_modified) == (0, 2)
        assert [s for p, s in site.log if p in ("/one.rss", "/two.atom")] == [200, 200, 304, 304]
        clock.now = due + timedelta(minutes=5)
        await scheduler.tick()
        assert send.chats() == {11: 1, 12: 1, 13: 1}
        text = send.sent[0][1]
        assert pages[0].title in text and pages[2].title not in text  # about Afghanistan only
        article_fetches = Counter(p for p, _ in site.log if p.startswith("/a/"))
        assert article_fetches and set(article_fetches.values()) == {1}  # once, not once a subscriber
        kept = await service.store.item_briefings([site.url(f"/a/{p.id}.html") for p in pages])
        assert set(kept) == {site.url(f"/a/{p.id}.html") for p in pages[:2]}
        # A new service (a restart) reuses the stored briefings: no article is fetched again.
        again = DigestService(_settings(",".join(urls)), DigestStore(store.engine), fetcher, clock)
        assert await again.digest_now(11) == [text]
        assert Counter(p for p, _ in site.log if p.startswith("/a/")) == article_fetches
        days = await service.store.trend("afghanistan", clock.now.date() - timedelta(days=1))
        assert len(days) == 1
    finally:
        await fetcher.aclose()


async def test_each_chat_gets_its_digest_in_its_language(store) -> None:
    from bot.render.i18n import RLM
    from bot.render.labels import label

    clock = Clock(datetime(2027, 6, 1, 6, tzinfo=UTC))
    send = Recorder(clock)
    scheduler = _stack(store, clock, send)
    service = scheduler.service
    await service.subscribe(21, "Sudan", "ru")  # the subscriber's Telegram language
    await service.subscribe(22, "Sudan", "ar")
    await service.subscribe(23, "Sudan", "de")
    await store.set_reply_language(23, "fr")  # the chat's /lang choice wins over the subscriber's
    await service.subscribe(24, "Sudan")  # no language known: English
    clock.advance(hours=1, minutes=1)
    assert (await scheduler.tick())["sent"] == 4
    sent = {chat: text for chat, text, _ in send.sent}
    assert sent == {
        21: label("digest_nothing_new", "ru").format(topic="Sudan"),
        22: RLM + label("digest_nothing_new", "ar").format(topic="Sudan"),
        23: label("digest_nothing_new", "fr").format(topic="Sudan"),
        24: "<b>Sudan</b>: nothing new since the last digest.",
    }
    # /digest answers in the asker's language; without one, in the chat's digest language.
    assert await service.digest_now(21, "de") == ["<b>Sudan</b>: nichts Neues seit dem letzten Überblick."]
    assert await service.digest_now(23) == [sent[23]]
