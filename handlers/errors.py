"""The one error handler: log the exception with the update's ids (never its text), tell the user."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.render.labels import label

from .common import language_of

log = logging.getLogger("handlers.errors")


def update_ids(update: object) -> str:
    """'update 12 chat 34 user 56 message 78' — ids only, never text."""
    if not isinstance(update, Update):
        return "no update"
    parts = [f"update {update.update_id}"]
    if update.effective_chat:
        parts.append(f"chat {update.effective_chat.id}")
    if update.effective_user:
        parts.append(f"user {update.effective_user.id}")
    if update.effective_message:
        parts.append(f"message {update.effective_message.message_id}")
    if update.callback_query:
        parts.append(f"callback {update.callback_query.id}")
    return " ".join(parts)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure with the update's ids and say briefly that something went wrong."""
    log.error("handling %s failed", update_ids(update), exc_info=context.error)
    if not isinstance(update, Update):
        return
    # Telling the user may fail too (the API may be what failed): never raise from here.
    with contextlib.suppress(Exception):
        language = "en"
        with contextlib.suppress(Exception):  # the store may be what failed: then English
            language = await language_of(update, context)
        if update.callback_query:
            await update.callback_query.answer(label("error", language))
        if update.effective_chat:
            await context.bot.send_message(update.effective_chat.id, label("error", language))
