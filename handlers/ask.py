"""/ask <question>, and a reply to a briefing that asks something about it."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes, MessageHandler, filters

from .common import language_of, replied_id, send_reply, service_of, strip_mention, typing

# A reply to a briefing with at most this many words is a question; longer, it is a new text to brief.
QUESTION_WORDS = 30


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer /ask with the sentences of the briefed text that best answer the question."""
    message = update.effective_message
    question = " ".join(context.args or [])
    reply_to = replied_id(message)
    language = await language_of(update, context)
    async with typing(context, message.chat_id):
        reply = await service_of(context).ask(message.chat_id, question, reply_to=reply_to, language=language)
    await send_reply(context, message.chat_id, reply, message.message_id)


async def ask_by_reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a short reply to a bot message as a question about that briefing."""
    message = update.effective_message
    question = strip_mention(message, context.bot.username)
    language = await language_of(update, context)
    async with typing(context, message.chat_id):
        reply = await service_of(context).ask(
            message.chat_id, question, reply_to=replied_id(message), language=language
        )
    await send_reply(context, message.chat_id, reply, message.message_id)


class _ShortReplyToBot(filters.MessageFilter):
    """A text message replying to the bot, short enough to be a question."""

    def filter(self, message) -> bool:  # type: ignore[no-untyped-def, override]
        original = message.reply_to_message
        return bool(
            message.text
            and original is not None
            and original.from_user is not None
            and original.from_user.is_bot
            and original.from_user.id == message.get_bot().id
            and len(message.text.split()) <= QUESTION_WORDS
        )


HANDLERS = [
    CommandHandler("ask", ask_command),
    MessageHandler(filters.TEXT & ~filters.COMMAND & _ShortReplyToBot(), ask_by_reply),
]
