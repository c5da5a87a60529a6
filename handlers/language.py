"""/lang: the language of the bot's replies in this chat (`/lang xx`, `/lang auto`, `/lang` lists them)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes

from bot.briefing.languages import LANGUAGES
from bot.render.i18n import directed, language_name, own_name, supported
from bot.render.labels import label

from .common import LANGUAGE_KEY, language_of, service_of

AUTO = ("auto", "default", "reset")


def languages_html(current: str) -> str:
    """Which language the chat gets, and the ten to choose from, each in its own name."""
    lines = [label("lang_intro", current, current=language_name(current, current))]
    lines += [f"<code>/lang {code}</code> — {own_name(code)}" for code in LANGUAGES]
    lines.append(label("lang_auto_hint", current))
    return directed("\n".join(lines), current)


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the choice, or set (or reset) the chat's reply language and confirm in it."""
    message = update.effective_message
    args = [a.lower() for a in context.args or []]
    current = await language_of(update, context)
    if not args:
        await message.reply_text(languages_html(current))
        return
    service = service_of(context)
    if args[0] in AUTO:
        await service.set_chat_language(message.chat_id, None)
        _remember(context, None)
        now = await language_of(update, context)
        await message.reply_text(directed(label("lang_auto", now, name=language_name(now, now)), now))
        return
    chosen = supported(args[0])
    if chosen is None:
        await message.reply_text(directed(label("lang_unknown", current, code=args[0][:20]), current))
        return
    await service.set_chat_language(message.chat_id, chosen)
    _remember(context, chosen)
    await message.reply_text(directed(label("lang_set", chosen, name=language_name(chosen, chosen)), chosen))


def _remember(context: ContextTypes.DEFAULT_TYPE, language: str | None) -> None:
    if isinstance(context.chat_data, dict):
        context.chat_data[LANGUAGE_KEY] = language


HANDLERS = [CommandHandler(["lang", "language"], lang_command)]
