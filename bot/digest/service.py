"""What the digest commands and the scheduler call: subscriptions, times, feeds, digests, trends.

No Telegram types here: answers are label keys with their values (`Said`), HTML parts or PNG bytes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from ..briefing.model import CasualtyReport, Document
from ..feeds import fetch_feed
from ..ingest.errors import IngestError
from ..settings import Settings
from ..storage.digests import ChatDigest, DayFigures, DigestStore, ItemBriefing
from .cli import feed_urls
from .collect import Briefed, BriefingCache, collect_stories, select_items
from .compose import compose_digest
from .model import Situation, Story
from .render import digest_html
from .topics import Topic, parse_topic
from .zones import parse_clock, resolve_zone, zone_of

__all__ = ["Clock", "DigestMessage", "DigestService", "Said", "TrendReply", "utc_now"]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# A digest covers what was published in the day before it.
WINDOW = timedelta(hours=24)
# Topics one chat may follow: each costs a section in every digest.
MAX_TOPICS = 10
MAX_TOPIC_CHARS = 200
TREND_DAYS = 30
MIN_TREND_DAYS = 3


def utc_now() -> datetime:
    """The real clock: aware UTC now."""
    return datetime.now(UTC)


@dataclass(frozen=True)
class Said:
    """An answer as a label key and the values it is filled with."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DigestMessage:
    """One chat's digest: its HTML messages and each topic's situation (None: nothing new)."""

    parts: tuple[str, ...]
    situations: tuple[tuple[str, Situation | None], ...]


@dataclass(frozen=True)
class TrendReply:
    """A chart and its caption."""

    png: bytes
    caption: str


@lru_cache(maxsize=512)
def _topic(text: str) -> Topic:
    return parse_topic(text)


def _number(report: CasualtyReport | None) -> int | None:
    """A report's figure for the trend: its lower bound, else its upper bound."""
    if report is None:
        return None
    return report.min if report.min is not None else report.max


class DigestService:
    """Digests over the store; `clock` returns aware UTC now (tests move it through days and DST)."""

    def __init__(self, settings: Settings, store: DigestStore, fetcher: Any = None,
                 clock: Clock | None = None) -> None:
        self.settings = settings
        self.store = store
        self.fetcher = fetcher
        self.clock = clock or utc_now
        self._generation = 0  # bumped when new items arrive, so cached stories are rebuilt
        self._stories: dict[tuple[str, int, datetime], list[Story]] = {}
        self._locks: dict[tuple[str, int, datetime], asyncio.Lock] = {}

    # --- subscriptions and schedule ---------------------------------------------------------------

    async def subscribe(self, chat_id: int, text: str, language: str | None = None) -> Said:
        """Follow the topic named by `text`; `language` is the subscriber's Telegram language (the
        digest's language unless the chat chose one with /lang)."""
        words = " ".join(text.split())[:MAX_TOPIC_CHARS]
        if not words or not _topic(words).concepts:
            return Said("subscribe_usage")
        followed = await self.store.topics(chat_id)
        if any(t.lower() == words.lower() for t in followed):
            return Said("already_subscribed", {"topic": words})
        if len(followed) >= MAX_TOPICS:
            return Said("too_many_topics", {"count": len(followed)})
        await self.store.subscribe(chat_id, words, self.clock(), language)
        clock, zone = await self.store.schedule_of(chat_id)
        return Said("subscribed", {"topic": words, "time": clock, "zone": zone})

    async def topics(self, chat_id: int) -> tuple[Said, list[str]]:
        """The chat's topics with the line that introduces them."""
        followed = await self.store.topics(chat_id)
        if not followed:
            return Said("topics_none"), []
        clock, zone = await self.store.schedule_of(chat_id)
        return Said("topics_intro", {"time": clock, "zone": zone}), followed

    async def unsubscribe(self, chat_id: int, text: str = "") -> Said:
        """Stop the topic named by `text`, or every topic when it is empty."""
        words = " ".join(text.split())
        if not words:
            return Said("unsubscribed_all", {"count": await self.store.unsubscribe(chat_id)})
        if await self.store.unsubscribe(chat_id, words):
            return Said("unsubscribed", {"topic": words})
        return Said("not_subscribed", {"topic": words})

    async def set_time(self, chat_id: int, text: str) -> Said:
        """Set the local time of the chat's digest."""
        clock = parse_clock(text)
        if clock is None:
            return Said("digest_time_usage")
        clock, zone = await self.store.set_schedule(chat_id, digest_time=clock)
        return Said("digest_time_set", {"time": clock, "zone": zone})

    async def set_zone(self, chat_id: int, text: str) -> Said:
        """Set the chat's time zone from an IANA name, a city or a UTC offset."""
        choice = resolve_zone(text)
        if choice.zone is None and choice.choices:
            shown = choice.choices[:6]
            return Said("timezone_ambiguous", {"given": text.strip(), "choices": ", ".join(shown),
                                               "example": shown[0]})
        if choice.zone is None:
            return Said("timezone_usage")
        clock, zone = await self.store.set_schedule(chat_id, timezone=choice.zone)
        return Said("timezone_set", {"zone": zone, "time": clock})

    async def chat(self, chat_id: int) -> ChatDigest | None:
        """The chat's topics, schedule and digest language, or None when it follows nothing."""
        topics = await self.store.topics(chat_id)
        if not topics:
            return None
        clock, zone = await self.store.schedule_of(chat_id)
        language = await self.store.digest_language(chat_id)
        return ChatDigest(chat_id, tuple(topics), clock, zone, self.clock(), language)

    def local_day(self, chat: ChatDigest, now: datetime | None = None) -> date:
        """The chat's local date now."""
        return (now or self.clock()).astimezone(zone_of(chat.timezone)).date()

    # --- feeds ------------------------------------------------------------------------------------

    def is_admin(self, user_id: int | None) -> bool:
        """True for users listed in SITREP_ADMIN_IDS."""
        return user_id is not None and user_id in self.settings.admin_id_list

    async def feeds(self) -> list[str]:
        """The sources' URLs, in the order added (the settings' list until an admin changes it)."""
        return [f.url for f in await self.store.feeds(feed_urls(self.settings))]

    async def add_feed(self, user_id: int | None, url: str) -> Said:
        """Add a source after checking it answers as a feed (admins only)."""
        if not self.is_admin(user_id):
            return Said("admin_only")
        url = url.strip()
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            return Said("addfeed_usage")
        await self.feeds()  # the defaults are stored before the first change
        if self.fetcher is not None:
            try:
                await fetch_feed(url, self.fetcher)
            except IngestError as exc:  # its own line, in the reader's language where it has a key
                if exc.key:
                    return Said(exc.key, dict(exc.values))
                return Said("link_failed", {"reason": str(exc)})
        added = await self.store.add_feed(url, user_id)
        return Said("feed_added" if added else "feed_exists", {"url": url})

    async def remove_feed(self, user_id: int | None, arg: str) -> Said:
        """Remove a source by URL or by its number in /feeds (admins only)."""
        if not self.is_admin(user_id):
            return Said("admin_only")
        arg = arg.strip()
        if not arg:
            return Said("removefeed_usage")
        urls = await self.feeds()
        url = urls[int(arg) - 1] if arg.isdigit() and 0 < int(arg) <= len(urls) else arg
        if await self.store.remove_feed(url):
            return Said("feed_removed", {"url": url})
        return Said("feed_unknown")

    def new_items_arrived(self) -> None:
        """Invalidate the stories built so far (the poller calls this after storing new items)."""
        self._generation += 1
        self._stories.clear()
        self._locks.clear()

    # --- digests ----------------------------------------------------------------------------------

    async def stories(self, topic_text: str, now: datetime) -> list[Story]:
        """The topic's stories of the day before `now`; every item briefed once, kept in the store."""
        window = (now - WINDOW).replace(minute=0, second=0, microsecond=0)
        key = (topic_text.lower(), self._generation, window)
        async with self._locks.setdefault(key, asyncio.Lock()):
            if key in self._stories:
                return self._stories[key]
            topic = _topic(topic_text)
            items = await self.store.items_since(window)
            stored = await self.store.item_briefings(i.key for i in select_items(topic, items))
            cache: BriefingCache = {
                k: Briefed(Document(text=v.text, title=v.briefing.title, url=k), v.briefing, v.fetched)
                for k, v in stored.items()
            }
            stories = await collect_stories(topic, items, self.fetcher, cache)
            for k in cache.keys() - stored.keys():
                b = cache[k]
                await self.store.save_item_briefing(ItemBriefing(k, b.fetched, b.document.text, b.briefing))
            # Windows of earlier hours are done with.
            for old in [k for k in self._stories if k[2] < window]:
                self._stories.pop(old, None)
                self._locks.pop(old, None)
            self._stories[key] = stories
            return stories

    async def compose_for(self, chat: ChatDigest, day: date, now: datetime | None = None) -> DigestMessage:
        """The chat's digest for its local `day` in the chat's language: one section per topic, as HTML
        messages."""
        now = now or self.clock()
        parts: list[str] = []
        situations: list[tuple[str, Situation | None]] = []
        for topic in chat.topics:
            stories = await self.stories(topic, now)
            previous = await self.store.last_ceasefire(chat.chat_id, topic)
            digest = compose_digest(topic, stories, limit=self.settings.digest_stories,
                                    previous_ceasefire=previous, since=now - WINDOW, day=day)
            parts += digest_html(digest, chat.language)
            situations.append((topic, digest.situation))
        return DigestMessage(tuple(parts), tuple(situations))

    async def record_sent(self, chat_id: int, day: date, message: DigestMessage) -> None:
        """After a digest went out: keep each topic's day for /trend and its ceasefire status."""
        for topic, s in message.situations:
            if s is None:
                continue
            figures = DayFigures(day, _number(s.killed), _number(s.injured), s.ceasefire)
            await self.store.record_day(topic, figures)
            if s.ceasefire != "none":
                await self.store.set_last_ceasefire(chat_id, topic, s.ceasefire)

    async def digest_now(self, chat_id: int, language: str | None = None) -> list[str] | Said:
        """Today's digest of the chat's topics, now, in `language` (the asker's; None: the chat's
        digest language). Nothing is recorded: the daily one still comes."""
        chat = await self.chat(chat_id)
        if chat is None:
            return Said("digest_no_topics")
        if language:
            chat = replace(chat, language=language)
        message = await self.compose_for(chat, self.local_day(chat))
        return list(message.parts)

    async def trend(self, chat_id: int, text: str, language: str = "en") -> TrendReply | Said:
        """The topic's chart over the last 30 days with its caption in `language`, or why there is none."""
        from .trend import TrendPoint, trend_caption, trend_chart  # matplotlib loads only when asked

        words = " ".join(text.split())
        if not words:
            followed = await self.store.topics(chat_id)
            if len(followed) != 1:
                return Said("trend_usage")
            words = followed[0]
        chat = await self.chat(chat_id)
        today = self.local_day(chat) if chat else self.clock().date()
        days = await self.store.trend(words, today - timedelta(days=TREND_DAYS - 1))
        if len(days) < MIN_TREND_DAYS:
            return Said("trend_not_enough", {"topic": words, "days": len(days)})
        points = [TrendPoint(d.day, d.killed, d.injured, d.ceasefire) for d in days]
        png = await asyncio.to_thread(trend_chart, points, words, TREND_DAYS)
        return TrendReply(png, trend_caption(points, words, TREND_DAYS, language))
