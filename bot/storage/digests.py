"""Digest state in the store: subscriptions, digest times, feeds and their items, briefings, trends."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from ..briefing.model import Briefing
from ..feeds import FeedItem
from ..render.i18n import choose_language, supported
from ..render.json import briefing_from_dict, briefing_to_dict
from .deliveries import DeliveryLog, dialect_insert
from .tables import (
    ceasefire_seen,
    chats,
    digest_settings,
    feed_items,
    feed_state,
    feeds,
    item_briefings,
    subscriptions,
    trend_points,
)

__all__ = ["ChatDigest", "DayFigures", "DigestStore", "FeedPoll", "FeedSource", "ItemBriefing"]


@dataclass(frozen=True)
class ChatDigest:
    """A chat that follows topics: what, when (local "HH:MM") and where (IANA zone), since when, and
    in which language its digest is written."""

    chat_id: int
    topics: tuple[str, ...]
    digest_time: str
    timezone: str
    since: datetime
    language: str = "en"


@dataclass(frozen=True)
class FeedSource:
    """One configured source."""

    id: int
    url: str
    added_by: int | None


@dataclass(frozen=True)
class FeedPoll:
    """What the last poll of a feed left: validators for a conditional GET, when, and any error."""

    url: str
    etag: str | None
    last_modified: str | None
    polled_at: datetime | None
    error: str | None = None


@dataclass(frozen=True)
class ItemBriefing:
    """An item's article (or feed text) and its briefing, made once."""

    key: str
    fetched: bool
    text: str
    briefing: Briefing


@dataclass(frozen=True)
class DayFigures:
    """One topic's highest figures and ceasefire status on one digest day."""

    day: date
    killed: int | None
    injured: int | None
    ceasefire: str


def _aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def _now() -> datetime:
    return datetime.now(UTC)


class DigestStore:
    """Typed async access to the digest tables; `deliveries` is the delivery log."""

    def __init__(self, engine: AsyncEngine, default_time: str = "07:00", default_zone: str = "UTC") -> None:
        self.engine = engine
        self.default_time = default_time
        self.default_zone = default_zone
        self.deliveries = DeliveryLog(engine)

    # --- subscriptions and digest times ---------------------------------------------------------

    async def subscribe(
        self, chat_id: int, topic: str, now: datetime | None = None, language: str | None = None
    ) -> bool:
        """Follow `topic` in `chat_id`, noting the Telegram `language` of the user who asked (one of
        ours, else None); False when the chat already follows it."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                dialect_insert(conn, subscriptions)
                .values(chat_id=chat_id, topic=topic, created_at=now or _now(), language=supported(language))
                .on_conflict_do_nothing(index_elements=["chat_id", "topic"])
            )
        return result.rowcount == 1

    async def unsubscribe(self, chat_id: int, topic: str | None = None) -> int:
        """Stop one topic (matched without regard to case), or every topic when None; returns how many."""
        query = sa.delete(subscriptions).where(subscriptions.c.chat_id == chat_id)
        if topic is not None:
            query = query.where(sa.func.lower(subscriptions.c.topic) == topic.lower())
        async with self.engine.begin() as conn:
            result = await conn.execute(query)
        return int(result.rowcount or 0)

    async def topics(self, chat_id: int) -> list[str]:
        """The chat's topics, oldest first."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                sa.select(subscriptions.c.topic)
                .where(subscriptions.c.chat_id == chat_id)
                .order_by(subscriptions.c.created_at, subscriptions.c.topic)
            )
            return [r.topic for r in rows]

    async def schedule_of(self, chat_id: int) -> tuple[str, str]:
        """The chat's ("HH:MM", IANA zone), the defaults where it set none."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(sa.select(digest_settings).where(digest_settings.c.chat_id == chat_id))
            ).first()
        return (row.digest_time, row.timezone) if row else (self.default_time, self.default_zone)

    async def set_schedule(
        self, chat_id: int, *, digest_time: str | None = None, timezone: str | None = None
    ) -> tuple[str, str]:
        """Change the chat's digest time and/or zone; returns the new ("HH:MM", zone)."""
        current_time, current_zone = await self.schedule_of(chat_id)
        values = {"digest_time": digest_time or current_time, "timezone": timezone or current_zone}
        async with self.engine.begin() as conn:
            await conn.execute(
                dialect_insert(conn, digest_settings)
                .values(chat_id=chat_id, updated_at=_now(), **values)
                .on_conflict_do_update(index_elements=["chat_id"], set_={**values, "updated_at": _now()})
            )
        return values["digest_time"], values["timezone"]

    async def chat_digests(self) -> list[ChatDigest]:
        """Every chat that follows at least one topic, with its schedule and the language of its digest
        (the scheduler's whole input)."""
        query = (
            sa.select(subscriptions, digest_settings.c.digest_time, digest_settings.c.timezone,
                      chats.c.reply_language)
            .select_from(
                subscriptions
                .outerjoin(digest_settings, digest_settings.c.chat_id == subscriptions.c.chat_id)
                .outerjoin(chats, chats.c.chat_id == subscriptions.c.chat_id)
            )
            .order_by(subscriptions.c.chat_id, subscriptions.c.created_at, subscriptions.c.topic)
        )
        found: dict[int, ChatDigest] = {}
        subscriber: dict[int, str | None] = {}  # the language of the latest subscribe that noted one
        async with self.engine.connect() as conn:
            for r in await conn.execute(query):
                created = _aware(r.created_at) or _now()
                old = found.get(r.chat_id)
                subscriber[r.chat_id] = r.language or subscriber.get(r.chat_id)
                found[r.chat_id] = ChatDigest(
                    r.chat_id,
                    (*old.topics, r.topic) if old else (r.topic,),
                    r.digest_time or self.default_time,
                    r.timezone or self.default_zone,
                    min(old.since, created) if old else created,
                    choose_language(r.reply_language, subscriber[r.chat_id]),
                )
        return list(found.values())

    async def digest_language(self, chat_id: int) -> str:
        """The language of the chat's digest: its /lang choice, else the Telegram language of the user
        who subscribed last (of those whose language we know), else English."""
        async with self.engine.connect() as conn:
            chosen = await conn.scalar(sa.select(chats.c.reply_language).where(chats.c.chat_id == chat_id))
            latest = await conn.scalar(
                sa.select(subscriptions.c.language)
                .where(subscriptions.c.chat_id == chat_id, subscriptions.c.language.is_not(None))
                .order_by(subscriptions.c.created_at.desc(), subscriptions.c.topic.desc())
                .limit(1)
            )
        return choose_language(chosen, latest)

    # --- feeds ----------------------------------------------------------------------------------

    async def feeds(self, defaults: Sequence[str] = ()) -> list[FeedSource]:
        """The sources in the order added; while there are none, `defaults` are stored first."""
        async with self.engine.begin() as conn:
            rows = list(await conn.execute(sa.select(feeds).order_by(feeds.c.id)))
            if not rows and defaults:
                stamp = _now()
                await conn.execute(
                    dialect_insert(conn, feeds).on_conflict_do_nothing(index_elements=["url"]),
                    [{"url": u, "added_by": None, "created_at": stamp} for u in dict.fromkeys(defaults)],
                )
                rows = list(await conn.execute(sa.select(feeds).order_by(feeds.c.id)))
        return [FeedSource(r.id, r.url, r.added_by) for r in rows]

    async def add_feed(self, url: str, added_by: int | None = None) -> bool:
        """Add a source; False when it is one already."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                dialect_insert(conn, feeds)
                .values(url=url, added_by=added_by, created_at=_now())
                .on_conflict_do_nothing(index_elements=["url"])
            )
        return result.rowcount == 1

    async def remove_feed(self, url: str) -> bool:
        """Remove a source; False when it was not one."""
        async with self.engine.begin() as conn:
            result = await conn.execute(sa.delete(feeds).where(feeds.c.url == url))
        return result.rowcount == 1

    async def poll_state(self, url: str) -> FeedPoll | None:
        """What the last poll of `url` left, or None before the first."""
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(feed_state).where(feed_state.c.url == url))).first()
        if row is None:
            return None
        return FeedPoll(row.url, row.etag, row.last_modified, _aware(row.polled_at), row.error)

    async def save_poll(self, poll: FeedPoll) -> None:
        """Keep a poll's validators, time and error for the next one."""
        values = {"etag": poll.etag, "last_modified": poll.last_modified, "polled_at": poll.polled_at,
                  "error": poll.error}
        async with self.engine.begin() as conn:
            await conn.execute(
                dialect_insert(conn, feed_state)
                .values(url=poll.url, **values)
                .on_conflict_do_update(index_elements=["url"], set_=values)
            )

    async def add_items(self, feed_url: str, items: Iterable[FeedItem], now: datetime) -> list[FeedItem]:
        """Store items not seen before (by link, else id); returns the new ones."""
        fresh = {i.key: i for i in items}
        if not fresh:
            return []
        new: list[FeedItem] = []
        async with self.engine.begin() as conn:
            for key, i in fresh.items():
                result = await conn.execute(
                    dialect_insert(conn, feed_items)
                    .values(key=key, item_id=i.id, link=i.link, title=i.title, summary=i.summary,
                            published=i.published, source=i.source, source_url=i.source_url,
                            feed_url=feed_url, seen_at=now)
                    .on_conflict_do_nothing(index_elements=["key"])
                )
                if result.rowcount == 1:
                    new.append(i)
        return new

    async def items_since(self, since: datetime) -> list[FeedItem]:
        """Items published (or, undated, first seen) at or after `since`, newest first."""
        when = sa.func.coalesce(feed_items.c.published, feed_items.c.seen_at)
        async with self.engine.connect() as conn:
            rows = await conn.execute(sa.select(feed_items).where(when >= since).order_by(when.desc()))
            return [
                FeedItem(r.item_id, r.link, r.title, r.summary, _aware(r.published), r.source, r.source_url)
                for r in rows
            ]

    # --- briefings of items ---------------------------------------------------------------------

    async def item_briefings(self, keys: Iterable[str]) -> dict[str, ItemBriefing]:
        """The stored briefings of these items, by key."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return {}
        async with self.engine.connect() as conn:
            rows = await conn.execute(sa.select(item_briefings).where(item_briefings.c.key.in_(wanted)))
            return {
                r.key: ItemBriefing(r.key, bool(r.fetched), r.text, briefing_from_dict(r.briefing))
                for r in rows
            }

    async def save_item_briefing(self, item: ItemBriefing) -> None:
        """Keep an item's briefing (the first one stored wins)."""
        async with self.engine.begin() as conn:
            await conn.execute(
                dialect_insert(conn, item_briefings)
                .values(key=item.key, fetched=item.fetched, text=item.text,
                        briefing=briefing_to_dict(item.briefing), briefed_at=_now())
                .on_conflict_do_nothing(index_elements=["key"])
            )

    # --- trend and ceasefire memory -------------------------------------------------------------

    async def record_day(self, topic: str, figures: DayFigures) -> None:
        """Keep (or replace) a topic's figures for one day."""
        values = {"killed": figures.killed, "injured": figures.injured, "ceasefire": figures.ceasefire}
        async with self.engine.begin() as conn:
            await conn.execute(
                dialect_insert(conn, trend_points)
                .values(topic=topic.lower(), day=figures.day, **values)
                .on_conflict_do_update(index_elements=["topic", "day"], set_=values)
            )

    async def trend(self, topic: str, since: date) -> list[DayFigures]:
        """A topic's days from `since` on, oldest first."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                sa.select(trend_points)
                .where(trend_points.c.topic == topic.lower(), trend_points.c.day >= since)
                .order_by(trend_points.c.day)
            )
            return [DayFigures(r.day, r.killed, r.injured, r.ceasefire) for r in rows]

    async def last_ceasefire(self, chat_id: int, topic: str) -> str | None:
        """The ceasefire status the chat's last digest of `topic` reported, or None."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(ceasefire_seen.c.status).where(
                        ceasefire_seen.c.chat_id == chat_id, ceasefire_seen.c.topic == topic.lower()
                    )
                )
            ).first()
        return row.status if row else None

    async def set_last_ceasefire(self, chat_id: int, topic: str, status: str) -> None:
        """Remember the status this digest reported, for the next one's "agreed → violated"."""
        values = {"status": status, "updated_at": _now()}
        async with self.engine.begin() as conn:
            await conn.execute(
                dialect_insert(conn, ceasefire_seen)
                .values(chat_id=chat_id, topic=topic.lower(), **values)
                .on_conflict_do_update(index_elements=["chat_id", "topic"], set_=values)
            )
