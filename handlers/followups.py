"""Follow-ups on a briefing: the buttons under it and /more /actors /casualties /ceasefire /source."""

from __future__ import annotations

import re
from html import unescape

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot.service import VIEWS

from .common import language_of, parse_button, replied_id, send_reply, service_of, typing


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the detail a button asks for, on the briefing it sits under."""
    query = update.callback_query
    parsed = parse_button(query.data)
    if parsed is None or query.message is None:
        await query.answer()
        return
    view, briefing_id = parsed
    chat_id = query.message.chat.id
    language = await language_of(update, context)
    async with typing(context, chat_id):
        reply = await service_of(context).followup(chat_id, view, briefing_id=briefing_id, language=language)
    # A notice (such as a forgotten briefing) also shows on the button itself.
    await query.answer(None if reply.briefing_id else _plain(reply.html))
    await send_reply(context, chat_id, reply, query.message.message_id)


async def view_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show one detail of the briefing replied to, or of the chat's latest briefing."""
    message = update.effective_message
    view = message.text.split()[0].lstrip("/").split("@")[0].lower()
    reply_to = replied_id(message)
    language = await language_of(update, context)
    async with typing(context, message.chat_id):
        reply = await service_of(context).followup(
            message.chat_id, view, reply_to=reply_to, language=language
        )
    await send_reply(context, message.chat_id, reply, message.message_id)


def _plain(html: str) -> str:
    """A short notice for a callback answer (which shows plain text, at most 200 characters)."""
    return unescape(re.sub(r"<[^>]+>", "", html))[:200]


HANDLERS = [CallbackQueryHandler(on_button), CommandHandler(list(VIEWS), view_command)]
