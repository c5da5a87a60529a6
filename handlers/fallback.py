"""Kind answers to everything the bot cannot brief: stickers, voice, bare photos, other media, unknown
commands."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from bot.render.labels import label

from .common import language_of


async def on_sticker(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a sticker kindly."""
    await update.effective_message.reply_text(label("sticker", await language_of(update, context)))


async def on_voice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say that voice and audio cannot be briefed."""
    await update.effective_message.reply_text(label("voice", await language_of(update, context)))


async def on_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say that images need their text as a caption."""
    await update.effective_message.reply_text(label("photo", await language_of(update, context)))


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point to /help for commands the bot does not know."""
    await update.effective_message.reply_text(label("unknown_command", await language_of(update, context)))


async def on_anything_else(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer any other message (empty text, location, contact, poll…) with what the bot reads."""
    message = update.effective_message
    if message.text is not None and not message.text.strip():
        await message.reply_text(label("empty", await language_of(update, context)))
    else:
        await message.reply_text(label("media", await language_of(update, context)))


HANDLERS = [
    MessageHandler(filters.Sticker.ALL, on_sticker),
    MessageHandler(filters.VOICE | filters.AUDIO | filters.VIDEO_NOTE, on_voice),
    MessageHandler(filters.PHOTO | filters.VIDEO | filters.ANIMATION, on_photo),
    MessageHandler(filters.COMMAND, on_unknown_command),
    MessageHandler(filters.UpdateType.MESSAGES, on_anything_else),
]
