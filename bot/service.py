"""BriefingService: the one thing the Telegram handlers call. Text, files and links in; HTML replies out.

No Telegram types here: chats and messages are plain ids, replies are Telegram HTML strings.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from .briefing import pipeline
from .briefing.ask import answer
from .briefing.errors import BriefingError, EmptyText, UnsupportedLanguage
from .briefing.model import Briefing, Document
from .briefing.sentences import words
from .ingest.errors import IngestError
from .ingest.text import document_from_text
from .render import html as render
from .render.i18n import choose_language, directed, language_name, supported
from .render.labels import label
from .settings import Settings
from .storage import Store, StoredBriefing

log = logging.getLogger(__name__)

VIEWS = ("more", "actors", "casualties", "ceasefire", "source")
TEXT_FILES = (".txt", ".text", ".md")
HTML_FILES = (".html", ".htm", ".xhtml")
# Telegram's getFile serves files up to 20 MB; the settings cap may be lower.
TELEGRAM_FILE_LIMIT = 20 * 1024 * 1024


@dataclass(frozen=True)
class Reply:
    """What to send back: Telegram HTML (split by the sender), and the briefing it shows, if any."""

    html: str
    briefing_id: int | None = None
    buttons: bool = False  # True under a new briefing: More, Actors, Casualties, Ceasefire, Source
    notes: tuple[str, ...] = field(default=())  # HTML lines shown first (link skipped, link failed)
    language: str = "en"  # the reader's language: labels, buttons and layout (right-to-left or not)

    def parts(self) -> list[str]:
        """The messages to send, in order, each under Telegram's 4,096 characters."""
        head = "\n".join(f"<i>{n}</i>" for n in self.notes)
        return render.split_message(directed(f"{head}\n\n{self.html}" if head else self.html, self.language))


class BriefingService:
    """Briefs what people send, keeps briefings in the store, answers follow-ups on them."""

    def __init__(self, settings: Settings, store: Store, fetcher: Any | None = None) -> None:
        self.settings = settings
        self.store = store
        self.fetcher = fetcher

    @property
    def file_limit(self) -> int:
        """The largest file, in bytes, the bot downloads and reads."""
        return min(self.settings.fetch_max_bytes, TELEGRAM_FILE_LIMIT)

    # ---- new briefings -------------------------------------------------------------------------

    # ---- the reader's language ------------------------------------------------------------------

    async def chat_language(self, chat_id: int) -> str | None:
        """The language the chat chose with /lang, or None (follow each user's Telegram language)."""
        chat = await self.store.chat(chat_id)
        return supported(chat.reply_language) if chat else None

    async def set_chat_language(self, chat_id: int, language: str | None) -> None:
        """Answer this chat in `language` from now on (None: follow each user's Telegram language)."""
        await self.store.set_reply_language(chat_id, supported(language))

    async def reply_language(self, chat_id: int, telegram_code: str | None) -> str:
        """The language to answer in: the chat's choice, else the user's Telegram language, else English."""
        return choose_language(await self.chat_language(chat_id), telegram_code)

    # ---- new briefings -------------------------------------------------------------------------

    async def brief_message(
        self, chat_id: int, text: str, *, message_id: int | None = None, language: str = "en"
    ) -> Reply:
        """Brief a pasted post or caption; a link alone (or with a few words) is fetched and briefed."""
        reply = await self._brief_message(chat_id, text, message_id, language)
        return replace(reply, language=language)

    async def _brief_message(self, chat_id: int, text: str, message_id: int | None, language: str) -> Reply:
        if not text or not text.strip():
            return Reply(label("empty", language))
        document = document_from_text(text)
        notes: list[str] = []
        if document.links and len(words(document.text)) < self.settings.min_words:
            if len(document.links) > 1:
                notes.append(label("link_skipped", language, count=len(document.links) - 1))
            fetched = await self._fetch(document.links[0], language)
            if isinstance(fetched, str):
                if not words(document.text):
                    return Reply(fetched)
                notes.append(fetched)  # say the link failed, and brief the words that came with it
            else:
                document = fetched
        elif document.links and words(document.text):
            notes.append(label("link_cited", language))
        reply = await self._brief(chat_id, document, message_id, language)
        return replace(reply, notes=tuple(notes) + reply.notes)

    def check_file(self, filename: str, size: int | None, language: str = "en") -> Reply | None:
        """The answer to a file that will not be read (wrong type, too big), or None to go on."""
        if PurePosixPath(filename or "").suffix.lower() not in TEXT_FILES + HTML_FILES:
            return Reply(label("file_type", language), language=language)
        if size and size > self.file_limit:
            sizes = {"size": _megabytes(size), "limit": _megabytes(self.file_limit)}
            return Reply(label("file_too_big", language, **sizes), language=language)
        return None

    async def brief_file(
        self, chat_id: int, filename: str, data: bytes, *, message_id: int | None = None, language: str = "en"
    ) -> Reply:
        """Brief a .txt or .html file someone sent."""
        refused = self.check_file(filename, len(data), language)
        if refused:
            return refused
        if PurePosixPath(filename).suffix.lower() in TEXT_FILES:
            text = _decode(data)
            if text is None:
                return Reply(label("file_unreadable", language), language=language)
            return await self.brief_message(chat_id, text, message_id=message_id, language=language)
        try:
            from .ingest.link import document_from_html

            # Raw bytes: the page's own <meta charset> decides how it is decoded.
            document = await asyncio.to_thread(document_from_html, data, None)
        except ImportError:
            return Reply(label("file_type", language), language=language)
        except IngestError as error:
            return Reply(_ingest_reason(error, language), language=language)
        return replace(await self._brief(chat_id, document, message_id, language), language=language)

    async def _fetch(self, url: str, language: str = "en") -> Document | str:
        """The article behind `url`, or the one line that says why not."""
        try:
            from .ingest.link import document_from_url
        except ImportError:
            return label("link_unavailable", language)
        if self.fetcher is None:
            return label("link_unavailable", language)
        try:
            return await document_from_url(url, self.fetcher)
        except IngestError as error:
            log.info("link not briefed: %s", type(error).__name__)  # the link is the user's: not logged
            # The reason is already HTML: put it in after label() so it is not escaped twice.
            return label("link_failed", language).format(reason=_ingest_reason(error, language))

    async def _brief(self, chat_id: int, document: Document, message_id: int | None, language: str) -> Reply:
        count = len(words(document.text))
        if count > self.settings.max_words:
            sizes = {"words": f"{count:,}", "maximum": f"{self.settings.max_words:,}"}
            return Reply(label("too_long", language, **sizes))
        try:
            briefing = await asyncio.to_thread(pipeline.brief, document)
        except BriefingError as error:
            return Reply(_refusal(error, language))
        stored = await self.store.save_briefing(
            chat_id=chat_id,
            text=document.text,
            briefing=briefing,
            source_url=document.url,
            request_message_id=message_id,
        )
        short = count if count < self.settings.min_words else None
        html = render.briefing_html(
            briefing, short_words=short, minimum=self.settings.min_words, language=language
        )
        return Reply(html, stored.id, buttons=True)

    # ---- follow-ups ----------------------------------------------------------------------------

    async def find(
        self,
        chat_id: int,
        *,
        briefing_id: int | None = None,
        reply_to: int | None = None,
        language: str = "en",
    ) -> StoredBriefing | str:
        """The briefing a follow-up acts on (by id, by the message replied to, else the latest),
        or the answer to give when there is none."""
        if briefing_id is not None:
            found = await self.store.get_briefing(briefing_id, chat_id)
            return found or label("forgotten", language)
        if reply_to is not None:
            found = await self.store.briefing_for_message(chat_id, reply_to)
            if found:
                return found
        return await self.store.latest_briefing(chat_id) or label("no_briefing", language)

    async def followup(
        self,
        chat_id: int,
        view: str,
        *,
        briefing_id: int | None = None,
        reply_to: int | None = None,
        language: str = "en",
    ) -> Reply:
        """One detail view (more, actors, casualties, ceasefire, source) of a stored briefing."""
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}")
        stored = await self.find(chat_id, briefing_id=briefing_id, reply_to=reply_to, language=language)
        if isinstance(stored, str):
            return Reply(stored, language=language)
        b = stored.briefing
        if view == "more":
            html = render.more_html(await self._longer(stored), language)
        elif view == "source":
            html = render.source_html(b, stored.text, stored.source_url, language)
        else:
            html = {
                "actors": render.actors_html,
                "casualties": render.casualties_html,
                "ceasefire": render.ceasefire_html,
            }[view](b, language)
        return Reply(html, stored.id, language=language)

    async def _longer(self, stored: StoredBriefing) -> Briefing:
        """The same text summarized at about twice the length (at least three more sentences)."""
        b = stored.briefing
        count = min(max(2 * len(b.summary), len(b.summary) + 3), max(b.sentence_count, 1))
        return await asyncio.to_thread(pipeline.brief, _document(stored), count)

    async def ask(
        self,
        chat_id: int,
        question: str,
        *,
        briefing_id: int | None = None,
        reply_to: int | None = None,
        language: str = "en",
    ) -> Reply:
        """The sentences of a stored text that best answer `question`, quoted; or 'nothing found'."""
        question = question.strip()
        if not question:
            return Reply(label("ask_usage", language), language=language)
        stored = await self.find(chat_id, briefing_id=briefing_id, reply_to=reply_to, language=language)
        if isinstance(stored, str):
            return Reply(stored, language=language)
        text_language, sentences = await asyncio.to_thread(pipeline.sentences_of, _document(stored))
        found = answer(sentences, question, text_language)
        html = render.answer_html(question, [s.text for s in found], language)
        return Reply(html, stored.id, language=language)

    async def remember_messages(self, briefing_id: int, chat_id: int, message_ids: Sequence[int]) -> None:
        """Record the messages that show a briefing, so that replies to them act on it."""
        await self.store.attach_messages(briefing_id, chat_id, message_ids)


def _document(stored: StoredBriefing) -> Document:
    """The stored text as a Document again, with what the briefing knew about it."""
    b = stored.briefing
    return Document(
        stored.text,
        title=b.title,
        url=stored.source_url,
        site=b.site,
        author=b.author,
        published=b.published,
        language_hint=stored.language,
    )


def _decode(data: bytes) -> str | None:
    """File bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; None for binary data."""
    candidates = ("utf-16",) if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    return None


def _refusal(error: BriefingError, language: str) -> str:
    """Why a text was not briefed, in the reader's language."""
    if isinstance(error, UnsupportedLanguage):
        name = language_name(error.code, language) if language != "en" else error.name
        return label("unsupported_language", language, name=name, code=error.code)
    if isinstance(error, EmptyText):
        return label("no_text", language)
    return _e(str(error))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _ingest_reason(error: IngestError, language: str) -> str:
    """Why a link or file could not be read, as HTML in `language` (English for an error with no key)."""
    if error.key is None:
        return _e(str(error))
    return label(error.key, language, **error.values)


def _e(text: str) -> str:
    return render.escape_text(text)
