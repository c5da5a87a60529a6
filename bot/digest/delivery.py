"""Broadcast: claim each (chat, day) in the delivery log, send, record the outcome — never twice, never lost.

A claim is taken before anything is sent; the log then says sent, blocked (the chat blocked the
bot: it is unsubscribed) or failed (after retries with backoff). RetryAfter is honoured however
often Telegram says it. A process stopped mid-broadcast gives back the claims it had not started
sending, and another process (or the same one restarted) takes over claims left behind after the
lease; the digests already sent are never sent again.

A digest is one or more messages. A broadcast cancelled while sending one (the request in flight is
still awaited: its answer decides whether that part went out) records what it got to:
- no part out: the claim is given back, and the next broadcast composes and sends the digest;
- every part out: sent, as if it had not been stopped;
- some parts out: the log keeps the parts still to send, their exact text in order, with each
  topic's situation, and the claim is given back as "partial". The next broadcast (this process
  restarted, or another) takes it at once and sends exactly those parts, not recomposed (the day's
  stories may have changed), then records the digest as sent. Stopped again, it keeps what is left.
No part goes out twice and none is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
import warnings
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict
from datetime import date, timedelta
from typing import Any

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from ..render.json import report_from_dict
from ..storage.digests import ChatDigest
from .model import Situation
from .service import DigestMessage, DigestService

__all__ = ["Broadcaster", "Send", "situations_from_json", "situations_to_json", "worker_id"]

log = logging.getLogger(__name__)

# Sends one message part to a chat (HTML); raises telegram errors.
Send = Callable[[int, str], Awaitable[object]]
# Attempts for errors other than RetryAfter (timeouts, 5xx), waiting BACKOFF, 2×BACKOFF… between.
ATTEMPTS = 4
BACKOFF = 1.0
# RetryAfter answers honoured for one digest before it is recorded as failed (a flood that long is
# a bug or an outage, and the next day's digest should not queue behind it).
MAX_RETRY_AFTER = 20
# Digests in flight at once: enough to keep the rate limiter's 30 messages/s busy.
CONCURRENCY = 32
# How long a cancelled broadcast waits for the answer to the request it had in flight.
IN_FLIGHT_SECONDS = 5.0


def worker_id() -> str:
    """This process's name in the delivery log: host, pid and a random part."""
    return f"{socket.gethostname()[:60]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _wait_of(error: RetryAfter) -> float:
    """Seconds Telegram asked to wait (the attribute's type changes in a later major version)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def _went_out(request: asyncio.Future[object] | None, wait: float) -> int:
    """1 when the request in flight when a broadcast was cancelled reached Telegram, else 0. Its answer
    is awaited up to `wait` seconds; one still unanswered then is cancelled and counts as not sent,
    so the digest is given back rather than lost (as before this wait existed)."""
    if request is None:
        return 0
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait({request}, timeout=wait)
    if not request.done():
        request.cancel()
        return 0
    return int(not request.cancelled() and request.exception() is None)


def situations_to_json(situations: Sequence[tuple[str, Situation | None]]) -> list[Any]:
    """Each topic's situation as JSON for the delivery log (what record_sent needs of a digest)."""
    return [[topic, None if s is None else asdict(s)] for topic, s in situations]


def situations_from_json(value: Any) -> tuple[tuple[str, Situation | None], ...]:
    """The situations `situations_to_json` stored."""
    return tuple(
        (topic, None if s is None else Situation(
            s["ceasefire"], s["previous_ceasefire"], report_from_dict(s["killed"]),
            report_from_dict(s["injured"]), tuple((name, count) for name, count in s["actors"])))
        for topic, s in value or ()
    )


class Broadcaster:
    """Sends due digests through `send`, each (chat, day) exactly once across every process."""

    def __init__(self, service: DigestService, send: Send, *, worker: str | None = None,
                 concurrency: int = CONCURRENCY, backoff: float = BACKOFF,
                 sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                 in_flight_wait: float = IN_FLIGHT_SECONDS) -> None:
        self.service = service
        self.send = send
        self.worker = worker or worker_id()
        self.concurrency = concurrency
        self.backoff = backoff
        self.sleep = sleep
        self.in_flight_wait = in_flight_wait
        self._stopping = False

    def stop(self) -> None:
        """Take no more chats: the digests being sent finish, the rest stay unclaimed for later."""
        self._stopping = True

    @property
    def log(self):  # type: ignore[no-untyped-def]
        return self.service.store.deliveries

    async def run(self, due: Sequence[tuple[ChatDigest, date]]) -> Counter[str]:
        """Deliver every (chat, day) in `due`; counts of outcomes (sent, blocked, failed, skipped)."""
        queue: asyncio.Queue[tuple[ChatDigest, date]] = asyncio.Queue()
        for entry in due:
            queue.put_nowait(entry)
        outcomes: Counter[str] = Counter()

        async def worker() -> None:
            while not queue.empty() and not self._stopping:
                chat, day = queue.get_nowait()
                try:
                    outcomes[await self.deliver(chat, day)] += 1
                except Exception:  # e.g. the store went away: the claim is retaken after its lease
                    log.exception("digest for chat %s (%s) interrupted", chat.chat_id, day)
                    outcomes["interrupted"] += 1

        # return_exceptions: a cancelled run then ends only when every worker has recorded the digest
        # it had in flight (without it gather returns at the first cancelled worker, leaving the
        # others running unseen while the process shuts down).
        await asyncio.gather(*(worker() for _ in range(min(self.concurrency, len(due)) or 1)),
                             return_exceptions=True)
        return outcomes

    async def deliver(self, chat: ChatDigest, day: date) -> str:
        """Claim, compose, send and record one chat's digest; returns the outcome. A digest stopped
        part-way before is finished instead: its remaining parts as they were logged."""
        topic = chat.topics[0] if len(chat.topics) == 1 else "all"
        # Shielded: a claim the store has written must be given back if the broadcast is cancelled now.
        claim = asyncio.ensure_future(
            self.log.take(chat.chat_id, day, topic[:200], self.worker, self.service.clock()))
        try:
            claimed = await asyncio.shield(claim)
        except asyncio.CancelledError:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                if await claim:
                    await self.log.release(chat.chat_id, day, self.worker)  # a remainder stays
            raise
        if claimed is None:
            return "skipped"
        if claimed.remaining:
            log.info("digest for chat %s (%s): sending the %d parts left by a stop",
                     chat.chat_id, day, len(claimed.remaining))
            rest = DigestMessage(claimed.remaining, situations_from_json(claimed.situations))
            return await self._send_all(chat, day, rest)
        try:
            message = await self.service.compose_for(chat, day)
        except asyncio.CancelledError:
            await asyncio.shield(self.log.release(chat.chat_id, day, self.worker))
            raise
        except Exception as exc:  # a bug in composing must show in the log, not lose the digest quietly
            log.exception("digest for chat %s (%s) could not be composed", chat.chat_id, day)
            await self._finish(chat.chat_id, day, "failed", f"compose: {type(exc).__name__}")
            return "failed"
        return await self._send_all(chat, day, message)

    async def _send_all(self, chat: ChatDigest, day: date, message: DigestMessage) -> str:
        """Send every part, resuming after the last one sent on each retry; cancelled, log what is
        left (see the module's docstring)."""
        sent = 0
        failures = 0
        waits = 0
        request: asyncio.Future[object] | None = None
        while True:
            try:
                while sent < len(message.parts):
                    # Shielded: a request may reach Telegram before its answer comes back, so a
                    # cancelled broadcast must still learn whether it went out (or send it twice).
                    request = asyncio.ensure_future(self.send(chat.chat_id, message.parts[sent]))
                    await asyncio.shield(request)
                    request = None
                    sent += 1
            except asyncio.CancelledError:
                sent += await _went_out(request, self.in_flight_wait)
                await asyncio.shield(self._stopped(chat, day, message, sent))
                raise
            except Forbidden:
                await self._finish(chat.chat_id, day, "blocked", "forbidden")
                dropped = await self.service.store.unsubscribe(chat.chat_id)
                log.warning("chat %s blocked the bot: %d topics unsubscribed", chat.chat_id, dropped)
                return "blocked"
            except RetryAfter as exc:
                waits += 1
                if waits > MAX_RETRY_AFTER:
                    return await self._give_up(chat, day, f"retry_after ×{waits}")
                # Renew the claim first, so a long wait never looks like a dead process's claim.
                await self.log.note_attempt(chat.chat_id, day, self.worker, self.service.clock())
                await self.sleep(_wait_of(exc))
                continue
            except BadRequest as exc:  # the request itself is wrong: retrying cannot help
                return await self._give_up(chat, day, f"bad request: {exc.message}")
            except TelegramError as exc:
                failures += 1
                if failures >= ATTEMPTS:
                    return await self._give_up(chat, day, f"{type(exc).__name__}: {exc.message}")
                await self.log.note_attempt(chat.chat_id, day, self.worker, self.service.clock())
                await self.sleep(self.backoff * 2 ** (failures - 1))
                continue
            await self._finish(chat.chat_id, day, "sent")
            await self.service.record_sent(chat.chat_id, day, message)
            return "sent"

    async def _stopped(self, chat: ChatDigest, day: date, message: DigestMessage, sent: int) -> None:
        """Log a digest whose broadcast was cancelled after `sent` of its parts went out."""
        if sent == len(message.parts):
            await self._finish(chat.chat_id, day, "sent")
            await self.service.record_sent(chat.chat_id, day, message)
        elif sent == 0:  # nothing went out: the next broadcast sends it (a logged remainder is kept)
            await self.log.release(chat.chat_id, day, self.worker)
        else:  # the chat has the first parts: the next broadcast sends exactly the rest
            log.warning("digest for chat %s (%s) stopped after %d of %d parts: the rest is kept for the "
                        "next broadcast", chat.chat_id, day, sent, len(message.parts))
            kept = await self.log.suspend(chat.chat_id, day, self.worker, message.parts[sent:],
                                          situations_to_json(message.situations), self.service.clock())
            if not kept:
                log.warning("delivery %s/%s was taken over before its rest was kept", chat.chat_id, day)

    async def _give_up(self, chat: ChatDigest, day: date, why: str) -> str:
        log.error("digest for chat %s (%s) failed: %s", chat.chat_id, day, why)
        await self._finish(chat.chat_id, day, "failed", why)
        return "failed"

    async def _finish(self, chat_id: int, day: date, status: str, error: str | None = None) -> None:
        if not await self.log.finish(chat_id, day, self.worker, status, self.service.clock(), error):
            log.warning("delivery %s/%s was taken over before it finished as %s", chat_id, day, status)
