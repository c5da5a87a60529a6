"""/start and /help."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot.render.html import help_html, start_html

from .common import language_of


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet and show what the bot does, with an example."""
    await update.effective_message.reply_text(start_html(await language_of(update, context)))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every command with one line each."""
    await update.effective_message.reply_text(help_html(await language_of(update, context)))


HANDLERS = [CommandHandler("start", start), CommandHandler("help", help_command)]
