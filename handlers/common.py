"""What every handler shares: the service, sending a reply in parts, the buttons, "typing…"."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.constants import ChatAction, ChatType
from telegram.ext import ContextTypes

from bot.render.i18n import choose_language
from bot.render.labels import label
from bot.service import VIEWS, BriefingService, Reply

SERVICE_KEY = "service"
LANGUAGE_KEY = "reply_language"  # in chat_data: the chat's /lang choice (None: each user's own)
# Telegram shows "typing…" for about 5 seconds; long work refreshes it.
_TYPING_EVERY = 4.5


def service_of(context: ContextTypes.DEFAULT_TYPE) -> BriefingService:
    """The application's BriefingService (built in post_init)."""
    return context.bot_data[SERVICE_KEY]


def briefing_keyboard(briefing_id: int, language: str = "en") -> InlineKeyboardMarkup:
    """The buttons under a briefing; callback data carries the view and the briefing id."""
    buttons = [
        InlineKeyboardButton(label(f"button_{v}", language), callback_data=f"v:{v}:{briefing_id}")
        for v in VIEWS
    ]
    return InlineKeyboardMarkup([buttons[:3], buttons[3:]])


async def language_of(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language to answer this update in: the chat's /lang choice, else the user's Telegram
    language_code, else English. The chat's choice is read once per chat and kept in chat_data."""
    user = update.effective_user
    code = user.language_code if user else None
    chat = update.effective_chat
    if chat is None:
        return choose_language(None, code)
    memo = context.chat_data if isinstance(context.chat_data, dict) else {}
    if LANGUAGE_KEY not in memo:
        memo[LANGUAGE_KEY] = await service_of(context).chat_language(chat.id)
    return choose_language(memo[LANGUAGE_KEY], code)


def parse_button(data: str | None) -> tuple[str, int] | None:
    """(view, briefing id) from a button's callback data, or None if it is not one of ours."""
    parts = (data or "").split(":")
    if len(parts) == 3 and parts[0] == "v" and parts[1] in VIEWS and parts[2].isdigit():
        return parts[1], int(parts[2])
    return None


async def send_reply(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, reply_to: int | None = None
) -> list[Message]:
    """Send a reply (split under 4,096 characters); buttons go under the last part of a briefing."""
    parts = reply.parts()
    sent: list[Message] = []
    for k, part in enumerate(parts):
        markup = None
        if reply.buttons and reply.briefing_id is not None and k == len(parts) - 1:
            markup = briefing_keyboard(reply.briefing_id, reply.language)
        quote = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to and k == 0 else None
        sent.append(
            await context.bot.send_message(chat_id, part, reply_markup=markup, reply_parameters=quote)
        )
    if reply.briefing_id is not None and sent:
        await service_of(context).remember_messages(reply.briefing_id, chat_id, [m.message_id for m in sent])
    return sent


@contextlib.asynccontextmanager
async def typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat while the body runs."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(Exception):  # a lost chat action must never fail the reply
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(_TYPING_EVERY)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def is_group(update: Update) -> bool:
    """True in groups, supergroups and channels."""
    chat = update.effective_chat
    return chat is not None and chat.type != ChatType.PRIVATE


def strip_mention(message: Message, username: str | None) -> str:
    """The message's text or caption without @mentions of this bot."""
    text = message.text or message.caption or ""
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", "", text, flags=re.IGNORECASE)
    return text.strip()


def replied_to_bot(message: Message, bot_id: int) -> int | None:
    """The id of the bot message this message replies to, or None."""
    original = message.reply_to_message
    if original and original.from_user and original.from_user.id == bot_id:
        return original.message_id
    return None


def replied_id(message: Message) -> int | None:
    """The id of the message this one replies to (a briefing, or the post it briefed), or None."""
    return message.reply_to_message.message_id if message.reply_to_message else None
