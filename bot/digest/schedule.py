"""When digests go out and feeds are read, on python-telegram-bot's JobQueue.

The JobQueue keeps no jobs across restarts, so nothing about a chat lives in a job: a short
repeating tick reads every chat's time and zone from the store, asks which chats have passed their
local digest time today (zoneinfo, so daylight-saving changes never shift the local hour) and have
no delivery logged for that local day, and broadcasts to them. A start-up is the first tick, so a
digest missed while the bot was down goes out when it is back — once, and only the same local day.
A second repeating job polls the feeds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from ..feeds import fetch_feed
from ..ingest.errors import IngestError
from ..storage.digests import ChatDigest, FeedPoll
from .delivery import Broadcaster
from .service import DigestService
from .zones import local_at, zone_of

__all__ = ["TICK_SECONDS", "DigestScheduler", "PollReport", "due_day"]

log = logging.getLogger(__name__)

# How often the tick looks for due digests: a digest goes out within this of its minute.
TICK_SECONDS = 20
# Feeds read at once.
POLL_CONCURRENCY = 4
# Seconds a stopping bot waits for the digests in flight (at most CONCURRENCY at ~30 messages/s).
STOP_GRACE = 10.0


@dataclass(frozen=True)
class PollReport:
    """One round of feed polling."""

    feeds: int
    new_items: int
    not_modified: int
    failed: int


def due_day(chat: ChatDigest, now: datetime) -> date | None:
    """The chat's local day whose digest is due at `now` (its time has passed), else None.

    A chat that started following after today's time gets its first digest tomorrow, not at once.
    """
    zone = zone_of(chat.timezone)
    day = now.astimezone(zone).date()
    at = local_at(day, chat.digest_time, zone)
    if now < at or chat.since > at:
        return None
    return day


class DigestScheduler:
    """Ticks (due digests → broadcast) and feed polls; `install` puts both on a JobQueue."""

    def __init__(self, service: DigestService, broadcaster: Broadcaster) -> None:
        self.service = service
        self.broadcaster = broadcaster
        self._tick_lock = asyncio.Lock()
        self._poll_lock = asyncio.Lock()
        self._running: set[asyncio.Task] = set()

    async def due(self, now: datetime | None = None) -> list[tuple[ChatDigest, date]]:
        """Every (chat, local day) whose digest is due at `now` and not yet in the delivery log."""
        now = now or self.service.clock()
        candidates = [(c, d) for c in await self.service.store.chat_digests() if (d := due_day(c, now))]
        if not candidates:
            return []
        done = await self.service.store.deliveries.days_done(min(d for _, d in candidates), now)
        return [(c, d) for c, d in candidates if (c.chat_id, d) not in done]

    async def tick(self) -> Counter[str]:
        """Send every due digest (one tick at a time; a tick still sending makes the next one wait)."""
        async with self._tick_lock:
            due = await self.due()
            if not due:
                return Counter()
            outcomes = await self.broadcaster.run(due)
            log.info("digests: %s", dict(outcomes))
            return outcomes

    async def poll(self) -> PollReport:
        """Read every feed once, conditionally; store new items, then brief what subscribed topics need."""
        async with self._poll_lock:
            urls = await self.service.feeds()
            gate = asyncio.Semaphore(POLL_CONCURRENCY)
            results = await asyncio.gather(*(self._poll_one(u, gate) for u in urls))
            new = sum(n for n, _ in results if n > 0)
            report = PollReport(len(urls), new, sum(1 for n, nm in results if nm),
                                sum(1 for n, _ in results if n < 0))
            if new:
                self.service.new_items_arrived()
                now = self.service.clock()
                topics = {t.lower(): t for c in await self.service.store.chat_digests() for t in c.topics}
                for topic in topics.values():  # brief now what the next digests will show
                    await self.service.stories(topic, now)
            log.info("feeds polled: %s", report)
            return report

    async def _poll_one(self, url: str, gate: asyncio.Semaphore) -> tuple[int, bool]:
        """(new items, not modified) for one feed; (-1, False) when it failed."""
        store = self.service.store
        async with gate:
            state = await store.poll_state(url)
            now = self.service.clock()
            try:
                result = await fetch_feed(url, self.service.fetcher, state.etag if state else None,
                                          state.last_modified if state else None)
            except IngestError as exc:
                log.info("feed %s not read: %s", url, exc.detail or exc)
                await store.save_poll(FeedPoll(url, state.etag if state else None,
                                               state.last_modified if state else None, now, str(exc)))
                return -1, False
            new = await store.add_items(url, result.items, now)
            await store.save_poll(FeedPoll(url, result.etag, result.last_modified, now, None))
            return len(new), result.not_modified

    # --- on the JobQueue ---------------------------------------------------------------------------

    def install(self, job_queue, poll_minutes: int) -> None:  # type: ignore[no-untyped-def]
        """Put the tick and the feed poll on the application's JobQueue; the first tick runs at once."""
        job_queue.run_repeating(self._tick_job, interval=TICK_SECONDS, first=0.5, name="digest-tick")
        if self.service.fetcher is not None:
            job_queue.run_repeating(self._poll_job, interval=max(1, poll_minutes) * 60, first=1.0,
                                    name="feed-poll")

    async def _tick_job(self, _context: object) -> None:
        self._spawn("tick", self.tick)

    async def _poll_job(self, _context: object) -> None:
        self._spawn("poll", self.poll)

    def _spawn(self, name: str, work) -> None:  # type: ignore[no-untyped-def]
        """Run a job's work as a background task, one of each kind at a time.

        The JobQueue waits for running jobs when the application stops; a broadcast of thousands of
        digests must not hold shutdown up, so it runs beside the job and `stop` cancels it.
        """
        if any(t.get_name() == name and not t.done() for t in self._running):
            return
        task = asyncio.create_task(self._logged(work), name=name)
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    @staticmethod
    async def _logged(work) -> None:  # type: ignore[no-untyped-def]
        try:
            await work()
        except Exception:  # a failed round is logged; the next one tries again
            log.exception("digest job failed")

    async def stop(self, grace: float = STOP_GRACE) -> None:
        """Stop: polls are cancelled; a broadcast takes no more chats and finishes the digests in
        flight (cancelling a request Telegram may already have received could send it twice);
        whatever is still running after `grace` seconds is cancelled, its unsent claims given back."""
        self.broadcaster.stop()
        for task in [t for t in self._running if t.get_name() != "tick"]:
            task.cancel()
        running = list(self._running)
        if running:
            _, late = await asyncio.wait(running, timeout=grace)
            for task in late:
                task.cancel()
            for task in late:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
