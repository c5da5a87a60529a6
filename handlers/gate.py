"""Gatekeepers that run before every other handler: in groups only what is addressed to the bot
gets through; each user may send `rate_limit_count` requests per `rate_limit_seconds`."""

from __future__ import annotations

import math
import re
import time
from collections import deque

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.render.labels import label

from .common import is_group, language_of, replied_to_bot

LIMITER_KEY = "rate_limiter"


class RateLimiter:
    """A sliding window per user: at most `count` requests in any `seconds`."""

    def __init__(self, count: int, seconds: float, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self.count = count
        self.seconds = seconds
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}

    def wait_for(self, user_id: int) -> float:
        """0 and the request is counted when the user may go on; else the seconds until they may."""
        now = self.clock()
        window = self._seen.setdefault(user_id, deque())
        while window and window[0] <= now - self.seconds:
            window.popleft()
        if len(window) >= self.count:
            return window[0] + self.seconds - now
        window.append(now)
        if len(self._seen) > 10_000:  # forget idle users so the table cannot grow without bound
            self._seen = {u: w for u, w in self._seen.items() if w and w[-1] > now - self.seconds}
            self._warned = {u: t for u, t in self._warned.items() if t > now - self.seconds}
        return 0.0

    def first_refusal(self, user_id: int) -> bool:
        """True once per blocked stretch: the user is told when to come back, not told again and again."""
        now = self.clock()
        window = self._seen.get(user_id)
        if self._warned.get(user_id, -math.inf) >= (window[0] if window else now):
            return False
        self._warned[user_id] = now
        return True


def addressed(message: Message, bot_id: int, username: str | None) -> bool:
    """In a group: a command for this bot, a mention of it, or a reply to it."""
    text = message.text or message.caption or ""
    command = re.match(r"/\w+(?:@(\w+))?", text)
    if command:
        return command.group(1) is None or command.group(1).lower() == (username or "").lower()
    if username and f"@{username.lower()}" in text.lower():
        return True
    return replied_to_bot(message, bot_id) is not None


async def only_addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop group messages that are not for the bot."""
    message = update.effective_message
    if update.callback_query or message is None or not is_group(update):
        return
    if not addressed(message, context.bot.id, context.bot.username):
        raise ApplicationHandlerStop


async def rate_limit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop a user over the rate limit and tell them when to try again."""
    user = update.effective_user
    limiter: RateLimiter | None = context.bot_data.get(LIMITER_KEY)
    if user is None or limiter is None:
        return
    wait = limiter.wait_for(user.id)
    if not wait:
        return
    if not limiter.first_refusal(user.id):
        if update.callback_query:
            await update.callback_query.answer()
        raise ApplicationHandlerStop
    text = label("rate_limited", await language_of(update, context), seconds=math.ceil(wait))
    if update.callback_query:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message:
        await update.effective_message.reply_text(text)
    raise ApplicationHandlerStop
