"""The delivery log: each (chat, local digest day) is claimed once, then marked sent, failed or blocked.

The unique key (chat_id, day) is the lock. A process claims a digest by inserting its row; an insert
that meets the key means another process has it. A claim whose process died (status still
"claimed" after the lease) may be taken over, so a broadcast cut by a restart resumes; on PostgreSQL
the takeover reads the row FOR UPDATE SKIP LOCKED, so two processes never take over the same row.

A digest of several messages stopped after some went out is "partial": its row keeps the parts
still to send (their exact text, in order) and each topic's situation, and the claim is given back.
The next broadcast takes it at once (no lease: nobody holds it) and sends only those parts; the
row then says sent. A claim given back with nothing sent is deleted, unless it was such a remainder,
which goes back to "partial" untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from .tables import deliveries

__all__ = ["CLAIM_LEASE", "DELIVERY_STATUSES", "FINAL_STATUSES", "Claim", "Delivery", "DeliveryLog",
           "dialect_insert"]

DELIVERY_STATUSES = ("claimed", "sent", "failed", "blocked", "partial")
# What a claim ends as; "partial" is not one: its digest is still to finish.
FINAL_STATUSES = ("sent", "failed", "blocked")
# A claim older than this belongs to a process that died mid-broadcast; sending one digest (with its
# rate-limit waits and retries) takes far less.
CLAIM_LEASE = timedelta(minutes=10)


@dataclass(frozen=True)
class Delivery:
    """One chat's digest of one local day, as the log has it."""

    chat_id: int
    day: date
    topic: str
    status: str
    attempts: int
    claimed_by: str
    claimed_at: datetime
    finished_at: datetime | None
    error: str | None
    # The parts still to send of a digest stopped part-way, in order ((): none pending), and each
    # topic's situation as stored (JSON) for recording once they are out.
    remaining: tuple[str, ...] = ()
    situations: Any = None


@dataclass(frozen=True)
class Claim:
    """A claim won: a digest to compose and send (`remaining` empty), or the rest of one stopped
    part-way, to send as it is."""

    remaining: tuple[str, ...] = ()
    situations: Any = None


def dialect_insert(conn: AsyncConnection | AsyncEngine, table: sa.Table):  # type: ignore[no-untyped-def]
    """An INSERT with ON CONFLICT support for the connection's dialect (SQLite or PostgreSQL)."""
    name = conn.dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"digests need SQLite or PostgreSQL, not {name}")


def _aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored as UTC."""
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def _delivery(row: sa.Row) -> Delivery:
    return Delivery(
        row.chat_id, row.day, row.topic, row.status, row.attempts, row.claimed_by,
        _aware(row.claimed_at) or datetime.min.replace(tzinfo=UTC), _aware(row.finished_at), row.error,
        tuple(row.remaining or ()), row.situations,
    )


class DeliveryLog:
    """Claims and outcomes of digest deliveries, over the store's engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def claim(
        self, chat_id: int, day: date, topic: str, worker: str, now: datetime, lease: timedelta = CLAIM_LEASE
    ) -> bool:
        """True when this worker now owns the (chat, day) digest: newly claimed, or taken over."""
        return await self.take(chat_id, day, topic, worker, now, lease) is not None

    async def take(
        self, chat_id: int, day: date, topic: str, worker: str, now: datetime, lease: timedelta = CLAIM_LEASE
    ) -> Claim | None:
        """Claim the (chat, day) digest for this worker: newly, by taking over a claim stale after the
        lease, or at once when it is "partial"; with what is left to send. None: another has it or it
        is done."""
        async with self.engine.begin() as conn:
            inserted = await conn.execute(
                dialect_insert(conn, deliveries)
                .values(chat_id=chat_id, day=day, topic=topic, status="claimed", attempts=1,
                        claimed_by=worker, claimed_at=now)
                .on_conflict_do_nothing(index_elements=["chat_id", "day"])
                .returning(deliveries.c.id)
            )
            if inserted.first() is not None:
                return Claim()
            query = sa.select(deliveries).where(deliveries.c.chat_id == chat_id, deliveries.c.day == day)
            if conn.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            row = (await conn.execute(query)).first()
            if row is None:
                return None
            stale = row.status == "claimed" and (_aware(row.claimed_at) or now) <= now - lease
            if row.status != "partial" and not stale:
                return None
            # Compare-and-set on the old claim: on SQLite (no row locks) two takers cannot both win.
            taken = await conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.id == row.id, deliveries.c.claimed_by == row.claimed_by,
                       deliveries.c.claimed_at == row.claimed_at, deliveries.c.status == row.status)
                .values(status="claimed", claimed_by=worker, claimed_at=now,
                        attempts=deliveries.c.attempts + 1)
            )
            if taken.rowcount != 1:
                return None
            return Claim(tuple(row.remaining or ()), row.situations)

    async def finish(
        self, chat_id: int, day: date, worker: str, status: str, now: datetime, error: str | None = None
    ) -> bool:
        """Record the outcome of this worker's claim (sent, failed or blocked); False if not its claim.

        Sent clears the parts that were pending; failed and blocked keep them, as the parts that
        never went out."""
        if status not in FINAL_STATUSES:
            raise ValueError(f"not a final delivery status: {status}")
        values: dict[str, Any] = {"status": status, "finished_at": now, "error": error}
        if status == "sent":
            values |= {"remaining": None, "situations": None}
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.chat_id == chat_id, deliveries.c.day == day,
                       deliveries.c.claimed_by == worker, deliveries.c.status == "claimed")
                .values(**values)
            )
        return result.rowcount == 1

    async def suspend(
        self, chat_id: int, day: date, worker: str, remaining: Sequence[str], situations: Any, now: datetime
    ) -> bool:
        """Give back this worker's claim of a digest stopped part-way: keep the parts still to send
        (exact text, in order) and the situations, as "partial"; False if not its claim."""
        if not remaining:
            raise ValueError("a partial digest has parts still to send")
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.chat_id == chat_id, deliveries.c.day == day,
                       deliveries.c.claimed_by == worker, deliveries.c.status == "claimed")
                .values(status="partial", claimed_at=now, remaining=list(remaining), situations=situations)
            )
        return result.rowcount == 1

    async def note_attempt(self, chat_id: int, day: date, worker: str, now: datetime) -> None:
        """Count one more send attempt and renew the claim's lease."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.chat_id == chat_id, deliveries.c.day == day,
                       deliveries.c.claimed_by == worker, deliveries.c.status == "claimed")
                .values(attempts=deliveries.c.attempts + 1, claimed_at=now)
            )

    async def release(self, chat_id: int, day: date, worker: str) -> None:
        """Give back a claim nothing was sent for (shutting down before sending): the row goes, unless
        it holds the rest of a digest stopped part-way, which is "partial" again, its parts kept."""
        mine = (deliveries.c.chat_id == chat_id, deliveries.c.day == day,
                deliveries.c.claimed_by == worker, deliveries.c.status == "claimed")
        async with self.engine.begin() as conn:
            await conn.execute(sa.delete(deliveries).where(*mine, deliveries.c.remaining.is_(None)))
            await conn.execute(
                sa.update(deliveries)
                .where(*mine, deliveries.c.remaining.is_not(None))
                .values(status="partial")
            )

    async def get(self, chat_id: int, day: date) -> Delivery | None:
        """The log's row for (chat, day), or None when nothing was claimed."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(deliveries).where(deliveries.c.chat_id == chat_id, deliveries.c.day == day)
                )
            ).first()
        return _delivery(row) if row else None

    async def days_done(
        self, since: date, now: datetime, lease: timedelta = CLAIM_LEASE
    ) -> set[tuple[int, date]]:
        """Every (chat, day) from `since` on that is sent, failed, blocked or claimed within the lease.

        A claim older than the lease is left out: its process died, and the digest is due again; so
        is a partial one: the rest of it is due.
        """
        live = sa.or_(deliveries.c.status.in_(FINAL_STATUSES),
                      sa.and_(deliveries.c.status == "claimed", deliveries.c.claimed_at > now - lease))
        query = sa.select(deliveries.c.chat_id, deliveries.c.day).where(deliveries.c.day >= since, live)
        async with self.engine.connect() as conn:
            return {(r.chat_id, r.day) for r in await conn.execute(query)}

    async def all(self, day: date | None = None) -> list[Delivery]:
        """Every delivery (of one day, when given), oldest claim first."""
        query = sa.select(deliveries).order_by(deliveries.c.id)
        if day is not None:
            query = query.where(deliveries.c.day == day)
        async with self.engine.connect() as conn:
            return [_delivery(r) for r in await conn.execute(query)]
