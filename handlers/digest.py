"""Daily digests: /subscribe /topics /unsubscribe /digest_time /timezone /digest /feeds /addfeed
/removefeed /trend, and the buttons that drop a topic. Parse, ask the DigestService, send."""

from __future__ import annotations

import hashlib
from html import escape, unescape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot.digest.service import DigestService, Said, TrendReply
from bot.render.i18n import supported
from bot.render.labels import label

from .common import language_of, typing

DIGEST_SERVICE_KEY = "digest_service"
_DROP = "d:"
# Telegram captions stop at 1,024 characters.
_CAPTION = 1024


def digests_of(context: ContextTypes.DEFAULT_TYPE) -> DigestService:
    """The application's DigestService (built in post_init)."""
    return context.bot_data[DIGEST_SERVICE_KEY]


def _argument(update: Update) -> str:
    """What follows the command in the message ('' when nothing does)."""
    parts = (update.effective_message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


def _drop_data(topic: str) -> str:
    """A drop button's callback data: a short hash of the topic (data is limited to 64 bytes)."""
    return _DROP + hashlib.sha1(topic.lower().encode()).hexdigest()[:16]


async def _say(update: Update, context: ContextTypes.DEFAULT_TYPE, said: Said) -> None:
    text = label(said.key, await language_of(update, context), **said.values)
    await update.effective_message.reply_text(text)


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Follow a topic: free words or a conflict's name."""
    # The subscriber's own Telegram language is kept (not the chat's /lang choice, which the digest
    # reads at sending time): it is what the digest falls back to when the chat has no choice.
    user = update.effective_user
    telegram_language = supported(user.language_code) if user else None
    said = await digests_of(context).subscribe(update.effective_chat.id, _argument(update), telegram_language)
    await _say(update, context, said)


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the chat's topics, each with a button to drop it."""
    said, followed = await digests_of(context).topics(update.effective_chat.id)
    language = await language_of(update, context)
    lines = [label(said.key, language, **said.values), *(f"• {escape(t)}" for t in followed)]
    # Button texts are plain, not HTML: the label's escaping is undone.
    buttons = [
        [InlineKeyboardButton(unescape(label("button_drop", language, topic=t)), callback_data=_drop_data(t))]
        for t in followed
    ]
    markup = InlineKeyboardMarkup(buttons) if buttons else None
    await update.effective_message.reply_text("\n".join(lines), reply_markup=markup)


async def on_drop(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop the topic whose button was pressed."""
    query = update.callback_query
    chat_id = query.message.chat.id if query.message else update.effective_chat.id
    service = digests_of(context)
    _, followed = await service.topics(chat_id)
    topic = next((t for t in followed if _drop_data(t) == query.data), None)
    if topic is None:
        await query.answer()
        return
    said = await service.unsubscribe(chat_id, topic)
    await query.answer()
    language = await language_of(update, context)
    await context.bot.send_message(chat_id, label(said.key, language, **said.values))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop one topic, or all of them."""
    said = await digests_of(context).unsubscribe(update.effective_chat.id, _argument(update))
    await _say(update, context, said)


async def digest_time(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Set when the daily digest comes."""
    said = await digests_of(context).set_time(update.effective_chat.id, _argument(update))
    await _say(update, context, said)


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Set the chat's time zone."""
    said = await digests_of(context).set_zone(update.effective_chat.id, _argument(update))
    await _say(update, context, said)


async def digest_now(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send today's digest now."""
    chat_id = update.effective_chat.id
    language = await language_of(update, context)
    async with typing(context, chat_id):
        result = await digests_of(context).digest_now(chat_id, language)
    if isinstance(result, Said):
        await _say(update, context, result)
        return
    for part in result:
        await context.bot.send_message(chat_id, part)


async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the sources, numbered."""
    urls = await digests_of(context).feeds()
    if not urls:
        await _say(update, context, Said("feeds_none"))
        return
    intro = label("feeds_intro", await language_of(update, context), count=len(urls))
    lines = [intro, *(f"{n}. {escape(u)}" for n, u in enumerate(urls, 1))]
    await update.effective_message.reply_text("\n".join(lines))


async def add_feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add a source (admins only)."""
    user = update.effective_user.id if update.effective_user else None
    said = await digests_of(context).add_feed(user, _argument(update))
    await _say(update, context, said)


async def remove_feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remove a source by URL or number (admins only)."""
    user = update.effective_user.id if update.effective_user else None
    said = await digests_of(context).remove_feed(user, _argument(update))
    await _say(update, context, said)


async def trend(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a topic's chart with its caption, or how many days of history there are."""
    chat_id = update.effective_chat.id
    language = await language_of(update, context)
    async with typing(context, chat_id):
        result = await digests_of(context).trend(chat_id, _argument(update), language)
    if isinstance(result, TrendReply):
        await context.bot.send_photo(chat_id, result.png, caption=escape(result.caption[:_CAPTION - 24]))
    else:
        await _say(update, context, result)


HANDLERS = [
    CommandHandler("subscribe", subscribe),
    CommandHandler("topics", topics),
    CallbackQueryHandler(on_drop, pattern=f"^{_DROP}"),
    CommandHandler("unsubscribe", unsubscribe),
    CommandHandler("digest_time", digest_time),
    CommandHandler("timezone", timezone),
    CommandHandler("digest", digest_now),
    CommandHandler("feeds", feeds),
    CommandHandler("addfeed", add_feed),
    CommandHandler("removefeed", remove_feed),
    CommandHandler("trend", trend),
]
