"""The store: typed async methods over the schema; plain dataclasses out, never ORM rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ..briefing.model import Briefing
from ..render.json import briefing_from_dict, briefing_to_dict
from .migrate import upgrade
from .tables import briefing_messages, briefings, chats


@dataclass(frozen=True)
class StoredBriefing:
    """A briefing as kept for follow-ups: who asked, the cleaned text it came from, the result."""

    id: int
    chat_id: int
    created_at: datetime
    language: str
    source_url: str | None
    text: str
    briefing: Briefing
    request_message_id: int | None = None


@dataclass(frozen=True)
class ChatState:
    """What the bot remembers about one chat."""

    chat_id: int
    last_briefing_id: int | None
    reply_language: str | None


# How long an SQLite writer waits for the database's lock before giving up.
SQLITE_BUSY_SECONDS = 30.0


def now() -> datetime:
    """The current time, zone-aware (UTC)."""
    return datetime.now(UTC)


def make_engine(url: str, *, schema: str | None = None) -> AsyncEngine:
    """An async engine for `url`; SQLite files (and their folder) are created on first use.

    `schema` puts every table (and Alembic's version table) in one PostgreSQL schema, which tests
    use to keep runs apart; it must exist already.
    """
    parsed = make_url(url)
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # A broadcast writes from dozens of tasks at once: a writer waits its turn for up to
        # SQLITE_BUSY_SECONDS instead of failing after sqlite3's default 5 s ("database is locked").
        engine = create_async_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    if schema and parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"server_settings": {"search_path": schema}}
    return create_async_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # SQLite leaves foreign keys off per connection; cascades need them on. Write-ahead logging lets
    # readers go on while one task writes, so a write commits without waiting for every reader.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


class Store:
    """Briefings and chat state, over any SQLAlchemy async URL; `open()` migrates to the newest schema."""

    def __init__(self, url: str, *, schema: str | None = None) -> None:
        self.url = url
        self.engine = make_engine(url, schema=schema)

    async def open(self) -> Store:
        """Create or upgrade the schema (Alembic, to head); safe to call on every start."""
        await upgrade(self.engine)
        return self

    async def close(self) -> None:
        """Release every connection."""
        await self.engine.dispose()

    async def save_briefing(
        self,
        *,
        chat_id: int,
        text: str,
        briefing: Briefing,
        source_url: str | None = None,
        request_message_id: int | None = None,
    ) -> StoredBriefing:
        """Keep a briefing and make it the chat's latest; returns it with its id."""
        created = now()
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.insert(briefings)
                .values(
                    chat_id=chat_id,
                    request_message_id=request_message_id,
                    created_at=created,
                    language=briefing.language,
                    source_url=source_url,
                    text=text,
                    briefing=briefing_to_dict(briefing),
                )
                .returning(briefings.c.id)
            )
            briefing_id = int(result.scalar_one())
            await self._set_chat(conn, chat_id, last_briefing_id=briefing_id)
        return StoredBriefing(
            briefing_id, chat_id, created, briefing.language, source_url, text, briefing, request_message_id
        )

    async def attach_messages(self, briefing_id: int, chat_id: int, message_ids: Sequence[int]) -> None:
        """Record the bot messages that show a briefing, so replies to them find it."""
        if not message_ids:
            return
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.insert(briefing_messages),
                [{"chat_id": chat_id, "message_id": m, "briefing_id": briefing_id} for m in message_ids],
            )

    async def get_briefing(self, briefing_id: int, chat_id: int | None = None) -> StoredBriefing | None:
        """The briefing with this id (only if it belongs to `chat_id`, when given), or None."""
        query = sa.select(briefings).where(briefings.c.id == briefing_id)
        if chat_id is not None:
            query = query.where(briefings.c.chat_id == chat_id)
        return await self._one(query)

    async def briefing_for_message(self, chat_id: int, message_id: int) -> StoredBriefing | None:
        """The briefing a bot message (or the user message that asked for it) shows, or None."""
        shown = sa.select(briefing_messages.c.briefing_id).where(
            briefing_messages.c.chat_id == chat_id, briefing_messages.c.message_id == message_id
        )
        query = sa.select(briefings).where(
            briefings.c.chat_id == chat_id,
            sa.or_(briefings.c.id.in_(shown), briefings.c.request_message_id == message_id),
        )
        return await self._one(query.order_by(briefings.c.id.desc()).limit(1))

    async def latest_briefing(self, chat_id: int) -> StoredBriefing | None:
        """The chat's most recent briefing, or None."""
        state = await self.chat(chat_id)
        if state is None or state.last_briefing_id is None:
            return None
        return await self.get_briefing(state.last_briefing_id, chat_id)

    async def chat(self, chat_id: int) -> ChatState | None:
        """What is stored about a chat, or None for a chat never seen."""
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(chats).where(chats.c.chat_id == chat_id))).first()
        if row is None:
            return None
        return ChatState(row.chat_id, row.last_briefing_id, row.reply_language)

    async def set_reply_language(self, chat_id: int, language: str | None) -> None:
        """Set the language the chat's replies are labelled in (None: follow each text)."""
        async with self.engine.begin() as conn:
            await self._set_chat(conn, chat_id, reply_language=language)

    async def forget_briefings_before(self, cutoff: datetime) -> int:
        """Delete briefings older than `cutoff` (their buttons then say so); returns how many."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(chats)
                .where(
                    chats.c.last_briefing_id.in_(
                        sa.select(briefings.c.id).where(briefings.c.created_at < cutoff)
                    )
                )
                .values(last_briefing_id=None, updated_at=now())
            )
            await conn.execute(
                sa.delete(briefing_messages).where(
                    briefing_messages.c.briefing_id.in_(
                        sa.select(briefings.c.id).where(briefings.c.created_at < cutoff)
                    )
                )
            )
            result = await conn.execute(sa.delete(briefings).where(briefings.c.created_at < cutoff))
        return int(result.rowcount or 0)

    async def _one(self, query: sa.Select) -> StoredBriefing | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return StoredBriefing(
            id=row.id,
            chat_id=row.chat_id,
            created_at=_aware(row.created_at),
            language=row.language,
            source_url=row.source_url,
            text=row.text,
            briefing=briefing_from_dict(row.briefing),
            request_message_id=row.request_message_id,
        )

    @staticmethod
    async def _set_chat(conn, chat_id: int, **values) -> None:  # type: ignore[no-untyped-def]
        """Update a chat row, creating it first when the chat is new (portable upsert)."""
        stamp = now()
        result = await conn.execute(
            sa.update(chats).where(chats.c.chat_id == chat_id).values(updated_at=stamp, **values)
        )
        if result.rowcount == 0:
            await conn.execute(
                sa.insert(chats).values(chat_id=chat_id, created_at=stamp, updated_at=stamp, **values)
            )


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; they were stored as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
