"""A Briefing as Telegram HTML: the briefing, its detail views and /ask answers; user text escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..briefing.languages import extracts
from ..briefing.model import Briefing
from .i18n import directed
from .labels import label
from .localized import SEMICOLON, casualty_text, ceasefire_text, cut_text, language_text, number, type_text
from .split import split_message

__all__ = [
    "actors_html",
    "answer_html",
    "briefing_html",
    "casualties_html",
    "ceasefire_html",
    "escape_text",
    "help_html",
    "more_html",
    "source_html",
    "split_message",
    "start_html",
]

# Shown in the briefing itself; the Actors view lists them all.
_TOP_ACTORS = 5
# The Source view quotes the text up to here; the whole text may be 50,000 words.
_SOURCE_CHARS = 3000
COMMANDS: tuple[str, ...] = (
    "start", "help", "more", "actors", "casualties", "ceasefire", "source", "ask",
    "subscribe", "topics", "unsubscribe", "digest_time", "timezone", "digest", "trend", "feeds", "addfeed",
    "removefeed", "lang",
)


def escape_text(text: str | None) -> str:
    """`text` safe inside Telegram HTML (None as empty)."""
    return escape(text or "")


_e = escape_text


def _quote(text: str | None) -> str:
    return f"<blockquote>{_e(text)}</blockquote>" if text else ""


def _header(b: Briefing, heading: str | None = None) -> list[str]:
    lines = [f"<b>{_e(b.title)}</b>"] if b.title else []
    if heading:
        lines.append(f"<b>{_e(heading)}</b>")
    return lines


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{_e(url)}">{_e(text or url)}</a>'


def briefing_html(
    b: Briefing, *, short_words: int | None = None, minimum: int = 0, language: str = "en"
) -> str:
    """The whole briefing: title, language and cut, summary bullets, actors, casualties, ceasefire.

    `short_words` set: the text was under `minimum` words, and the briefing says so first. Labels come
    in `language` (the reader's); the summary stays in the text's language.
    """
    lines: list[str] = []
    if short_words is not None:
        lines += [f"<i>{label('too_short', language, words=short_words, minimum=minimum)}</i>", ""]
    lines += _header(b)
    lines.append(f"<i>{_e(language_text(b.language, language))} · {_e(cut_text(b, language))}</i>")
    lines += [f"<i>{note}</i>" for note in _notes(b, language)]
    lines += ["", f"<b>{label('summary', language)}</b>"]
    lines += [f"• {_e(s)}" for s in b.summary] or [label("none_found", language)]
    if not extracts(b.language):  # the note above says why there is nothing more
        return directed("\n".join(lines), language)
    lines.append("")
    names = ", ".join(f"{_e(a.name)} ({_e(type_text(a.type, language))})" for a in b.actors[:_TOP_ACTORS])
    lines.append(f"<b>{label('actors', language)}:</b> {names or label('none_found', language)}")
    lines.append(f"<b>{label('casualties', language)}:</b> {_casualty_summary(b, language)}")
    lines.append(f"<b>{label('ceasefire', language)}:</b> {_e(ceasefire_text(b, language))}")
    if b.url:
        lines.append(f"<b>{label('source', language)}:</b> {_link(b.url, b.site)}")
    return directed("\n".join(lines), language)


def _notes(b: Briefing, language: str) -> list[str]:
    """What the engine noted (b.notes, in English for the CLI), said in the reader's language."""
    name = language_text(b.language, language)
    notes = [label(f"language_{b.language_doubt}", language, name=name)] if b.language_doubt else []
    if not extracts(b.language):
        notes.append(label("summary_only", language, name=name))
    return notes


def _summary_only(b: Briefing, heading: str, language: str) -> str:
    """A detail view of a text whose language we summarize but do not read."""
    lines = [*_header(b, heading), label("summary_only", language, name=language_text(b.language, language))]
    return directed("\n".join(lines), language)


def _casualty_summary(b: Briefing, language: str) -> str:
    heads = [r for r in (b.casualties.killed, b.casualties.injured) if r]
    shown = heads or list(b.casualties.reports[:3])
    joined = (SEMICOLON.get(language, "; ")).join(_e(casualty_text(r, language)) for r in shown)
    return joined or label("none_reported", language)


def more_html(b: Briefing, language: str = "en") -> str:
    """A longer summary of the same text, one bullet a sentence."""
    lines = _header(b, label("more", language))
    lines.append(f"<i>{_e(cut_text(b, language))}</i>")
    lines += [f"• {_e(s)}" for s in b.summary]
    return directed("\n".join(lines), language)


def actors_html(b: Briefing, language: str = "en") -> str:
    """Every actor found, with its other names and the sentence that names it."""
    if not extracts(b.language):
        return _summary_only(b, label('actors', language), language)
    lines = _header(b, label("actors", language))
    if not b.actors:
        lines.append(label("none_found", language))
    for a in b.actors:
        head = f"• <b>{_e(a.name)}</b> ({_e(type_text(a.type, language))}"
        head += f", {_e(a.group)}" if a.group else ""
        head += f", {label('mentions', language, count=a.mentions)})"
        aliases = _distinct(a.aliases, a.name)
        if aliases:
            head += f" — {label('also_called', language)}: {_e(', '.join(aliases))}"
        lines += [head, _quote(a.evidence)]
    return directed("\n".join(x for x in lines if x), language)


def _distinct(names: Sequence[str], own: str) -> list[str]:
    """`names` without repeats (by case and apostrophe form) and without `own`."""
    seen = {own.casefold()}
    out = []
    for name in names:
        key = name.casefold().replace("’", "'")
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def casualties_html(b: Briefing, language: str = "en") -> str:
    """The headline figures and every figure reported, each with its sentence."""
    if not extracts(b.language):
        return _summary_only(b, label('casualties', language), language)
    lines = _header(b, label("casualties", language))
    cas = b.casualties
    for fig in (cas.killed, cas.injured):
        if fig:
            lines.append(f"<b>{_e(casualty_text(fig, language))}</b> ({label('headline', language)})")
    for report in cas.reports:
        lines += [f"• {_e(casualty_text(report, language))}", _quote(report.evidence)]
    if not cas.reports and not cas.killed and not cas.injured:
        lines.append(label("none_reported", language))
    return directed("\n".join(x for x in lines if x), language)


def ceasefire_html(b: Briefing, language: str = "en") -> str:
    """The ceasefire status with its qualifiers and the sentence it rests on."""
    if not extracts(b.language):
        return _summary_only(b, label('ceasefire', language), language)
    lines = _header(b, label("ceasefire", language))
    lines += [_e(ceasefire_text(b, language)), _quote(b.ceasefire.evidence)]
    return directed("\n".join(x for x in lines if x), language)


def source_html(b: Briefing, text: str, url: str | None = None, language: str = "en") -> str:
    """Where the briefing came from: link, site, author, date, and the start of the text briefed."""
    lines = _header(b, label("source", language))
    url = url or b.url
    if url:
        lines.append(f"{label('link', language)}: {_link(url)}")
    else:
        lines.append(label("no_source", language))
    for key, value in (("site", b.site), ("author", b.author), ("published", b.published)):
        if value:
            lines.append(f"{label(key, language)}: {_e(value)}")
    shown = text if len(text) <= _SOURCE_CHARS else text[:_SOURCE_CHARS].rsplit(" ", 1)[0]
    lines += ["", label("text_briefed", language, words=number(b.words, language)), _quote(shown)]
    if shown != text:
        lines.append(f"<i>{label('text_cut', language)}</i>")
    return directed("\n".join(lines), language)


def answer_html(question: str, found: Sequence[str], language: str = "en") -> str:
    """An /ask answer: the question, then the sentences that answer it quoted, or 'nothing found'."""
    lines = [f"<b>{label('question', language)}:</b> {_e(question)}", ""]
    if not found:
        lines.append(label("answer_none", language))
    else:
        lines.append(label("answer_intro", language))
        lines += [_quote(s) for s in found]
    return directed("\n".join(lines), language)


def start_html(language: str = "en") -> str:
    """The greeting: what the bot does, in three lines with an example."""
    return directed(label("start", language), language)


def help_html(language: str = "en") -> str:
    """Every command with one line each."""
    lines = [label("help_intro", language)]
    lines += [f"/{name} — {label('cmd_' + name, language)}" for name in COMMANDS]
    return directed("\n".join([*lines, "", label("help_outro", language)]), language)
