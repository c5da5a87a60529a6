"""New briefings: pasted or forwarded text, captions of photos and videos, .txt/.html documents, links."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes, MessageHandler, filters

from .common import language_of, send_reply, service_of, strip_mention, typing


async def brief_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Brief the text or caption of a message (a link in it is fetched and briefed)."""
    message = update.effective_message
    text = strip_mention(message, context.bot.username)
    language = await language_of(update, context)
    async with typing(context, message.chat_id):
        reply = await service_of(context).brief_message(
            message.chat_id, text, message_id=message.message_id, language=language
        )
    await send_reply(context, message.chat_id, reply, message.message_id)


async def brief_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download a .txt or .html document and brief it."""
    message = update.effective_message
    document = message.document
    service = service_of(context)
    name = document.file_name or ""
    language = await language_of(update, context)
    refused = service.check_file(name, document.file_size, language)
    if refused:
        await send_reply(context, message.chat_id, refused, message.message_id)
        return
    async with typing(context, message.chat_id):
        file = await document.get_file()
        data = bytes(await file.download_as_bytearray())
        reply = await service.brief_file(
            message.chat_id, name, data, message_id=message.message_id, language=language
        )
    await send_reply(context, message.chat_id, reply, message.message_id)


HANDLERS = [
    MessageHandler(filters.TEXT & ~filters.COMMAND, brief_text),
    MessageHandler(filters.CAPTION & (filters.PHOTO | filters.VIDEO | filters.ANIMATION), brief_text),
    MessageHandler(filters.Document.ALL, brief_document),
]
