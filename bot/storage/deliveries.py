"""The delivery log: each (chat, local digest day) is claimed once, then marked sent, failed or blocked.

The unique key (chat_id, day) is the lock. A process claims a digest by inserting its row; an insert
that meets the key means another process has it. A claim whose process died (status still
"claimed" after the lease) may be taken over, so a broadcast cut by a restart resumes; on PostgreSQL
the takeover reads the row FOR UPDATE SKIP LOCKED, so two processes never take over the same row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from .tables import deliveries

__all__ = ["CLAIM_LEASE", "DELIVERY_STATUSES", "Delivery", "DeliveryLog", "dialect_insert"]

DELIVERY_STATUSES = ("claimed", "sent", "failed", "blocked")
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
    )


class DeliveryLog:
    """Claims and outcomes of digest deliveries, over the store's engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def claim(
        self, chat_id: int, day: date, topic: str, worker: str, now: datetime, lease: timedelta = CLAIM_LEASE
    ) -> bool:
        """True when this worker now owns the (chat, day) digest: newly claimed, or taken over stale."""
        async with self.engine.begin() as conn:
            inserted = await conn.execute(
                dialect_insert(conn, deliveries)
                .values(chat_id=chat_id, day=day, topic=topic, status="claimed", attempts=1,
                        claimed_by=worker, claimed_at=now)
                .on_conflict_do_nothing(index_elements=["chat_id", "day"])
                .returning(deliveries.c.id)
            )
            if inserted.first() is not None:
                return True
            query = sa.select(deliveries).where(deliveries.c.chat_id == chat_id, deliveries.c.day == day)
            if conn.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            row = (await conn.execute(query)).first()
            if row is None or row.status != "claimed" or (_aware(row.claimed_at) or now) > now - lease:
                return False
            # Compare-and-set on the old claim: on SQLite (no row locks) two takers cannot both win.
            taken = await conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.id == row.id, deliveries.c.claimed_by == row.claimed_by,
                       deliveries.c.claimed_at == row.claimed_at, deliveries.c.status == "claimed")
                .values(claimed_by=worker, claimed_at=now, attempts=deliveries.c.attempts + 1)
            )
            return taken.rowcount == 1

    async def finish(
        self, chat_id: int, day: date, worker: str, status: str, now: datetime, error: str | None = None
    ) -> bool:
        """Record the outcome of this worker's claim (sent, failed or blocked); False if not its claim."""
        if status not in DELIVERY_STATUSES[1:]:
            raise ValueError(f"not a final delivery status: {status}")
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.update(deliveries)
                .where(deliveries.c.chat_id == chat_id, deliveries.c.day == day,
                       deliveries.c.claimed_by == worker, deliveries.c.status == "claimed")
                .values(status=status, finished_at=now, error=error)
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
        """Give back a claim nothing was sent for (shutting down before sending)."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.delete(deliveries).where(
                    deliveries.c.chat_id == chat_id, deliveries.c.day == day,
                    deliveries.c.claimed_by == worker, deliveries.c.status == "claimed",
                )
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

        A claim older than the lease is left out: its process died, and the digest is due again.
        """
        live = sa.or_(deliveries.c.status != "claimed", deliveries.c.claimed_at > now - lease)
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
